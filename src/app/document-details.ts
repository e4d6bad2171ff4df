/**
 * What `render` decides about a document's details (signer, addressee, drafting unit, a reminder's new deadline),
 * apart from the terminal: which value a question accepts, the deadline rule, the draft flow when nobody can be asked
 * (every missing value filled by its usual default, the document then marked DỰ THẢO), which answers may be kept in
 * edu-comms.yaml, and the error that lists what to add. The command only parses options, calls these and prints.
 *
 * The draft values themselves and the advance-reminder wording are the stage's (`render/metadata.ts`: `draftValue`,
 * a new deadline a week after the later of the letter's date and the official deadline; `isAdvanceReminder`, a
 * reminder dated on or before the official deadline is worded as an advance one).
 */
import type { Remembered } from '../config/remember.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { FLAG_OF, fillDrafts, resolveMetadata, type DocumentMeta, type MetadataFlags, type MetadataInput, type MissingField } from '../render/metadata.js';
import { clerkDate, shortDate } from '../util/dates.js';
import { ConfigError, UsageError } from '../util/errors.js';

/** The deadline rule: a reminder's new deadline must come after the letter's date. The reason when it does not. */
export function newDeadlineProblem(deadline: string, date: string, lang: Lang): string | null {
  return deadline <= date ? t('render.deadline.past', lang, { deadline: shortDate(deadline), date: shortDate(date) }) : null;
}

/** The deadline rule on the details as resolved (a `--deadline` or a configured one): a usage error pointing at `--deadline`. */
export function checkNewDeadline(meta: Pick<DocumentMeta, 'newDeadline' | 'date'>, lang: Lang): void {
  const problem = meta.newDeadline === null ? null : newDeadlineProblem(meta.newDeadline, meta.date, lang);
  if (problem !== null) throw new UsageError(problem, '--deadline');
}

/**
 * Whether a prompt accepts `value` for `field`: not blank; a date real (written as clerks write it, 25/12/2024, or
 * 2024-12-25); a new deadline after the document's date `date`. `true`, or the reason to show before asking again.
 */
export function checkAnswer(field: MissingField, value: string, lang: Lang, date?: string): string | true {
  if (value.trim() === '') return t('render.missing.empty', lang);
  if (field.value !== 'date') return true;
  const day = clerkDate(value);
  if (day === null) return t('render.missing.date', lang);
  if (field.id === 'new_deadline' && date !== undefined) return newDeadlineProblem(day, date, lang) ?? true;
  return true;
}

/** An accepted answer as the details take it: a date as ISO, a text trimmed and in NFC. */
export function answerValue(field: MissingField, answer: string): string {
  return field.value === 'date' ? clerkDate(answer)! : answer.trim().normalize('NFC');
}

/** A text prompt: @inquirer/prompts' `input` in the CLI, a stub in tests. */
export type AskText = (question: { message: string; validate: (value: string) => string | true }) => Promise<string>;

/**
 * Ask for what is missing, one question per field (on a terminal only: the caller decides). Each answer is checked as
 * it is given (`checkAnswer`), else the question is asked again with the reason.
 */
export async function askForMissing(missing: readonly MissingField[], lang: Lang, ask: AskText, date?: string): Promise<MetadataFlags> {
  const answers: Record<string, string> = {};
  for (const field of missing) {
    const answer = await ask({ message: t(field.label, lang), validate: (value) => checkAnswer(field, value, lang, date) });
    answers[FLAG_OF[field.id]] = answerValue(field, answer);
  }
  return answers as MetadataFlags;
}

/** The config key each asked detail is remembered under; a reminder's new deadline is for one letter only. */
const REMEMBER_KEY: Partial<Record<MissingField['id'], string>> = {
  'signer.name': 'documents.signer.name',
  'signer.title': 'documents.signer.title',
  'signer.on_behalf_of': 'documents.signer.on_behalf_of',
  parent: 'documents.parent',
  drafting_unit: 'authority.drafting_unit',
};

/** What of the answers can be kept in edu-comms.yaml for next time. */
export function rememberable(missing: readonly MissingField[], answers: MetadataFlags): Array<Remembered & { label: MessageKey }> {
  return missing.flatMap((field) => {
    const key = REMEMBER_KEY[field.id];
    const value = (answers as Record<string, unknown>)[FLAG_OF[field.id]];
    return key && typeof value === 'string' && value !== '' ? [{ key, value, label: field.label }] : [];
  });
}

/** What is missing, each with the flag or the key of `config` (the configuration's name as shown) that gives it. */
export function missingError(missing: readonly MissingField[], config: string, lang: Lang): ConfigError {
  return new ConfigError(
    t('render.missing', lang),
    missing.map((m) =>
      m.flag
        ? t('render.missing.flag', lang, { label: t(m.label, lang), flag: m.flag, key: m.configKey, config })
        : t('render.missing.key', lang, { label: t(m.label, lang), key: m.configKey, config }),
    ),
  );
}

export interface Drafted {
  /** The details resolved again with the drafted values: complete, `meta.draft` listing them. */
  resolved: ReturnType<typeof resolveMetadata>;
  /** One note per drafted value for the terminal: `… “value”` and, on the next line, how to give the real one. */
  notes: string[];
}

/**
 * The draft flow, when nobody can be asked (no terminal): every missing value gets its usual default (`fillDrafts`)
 * and the document is resolved again, so it carries the DỰ THẢO mark listing them; the notes say the same on the
 * terminal, each with the flag or config key that gives the real value. A value with no honest default is a
 * configuration error listing what to add (exit 2), and nothing is drafted.
 */
export function draftMissing(input: Omit<MetadataInput, 'defaults'>, missing: readonly MissingField[], config: string, lang: Lang): Drafted {
  const drafted = fillDrafts(input, missing);
  if (drafted.undecided.length > 0) throw missingError(drafted.undecided, config, lang);
  const howTo = missingError(missing, config, lang).details;
  const notes = drafted.defaults.map(({ id, value }, i) => {
    const field = missing.find((m) => m.id === id)!;
    const shown = value === '' ? t('render.draft.blank', lang) : `“${value}”`;
    return `${t('render.draft', lang, { label: t(field.label, lang), value: shown })}\n  → ${howTo[i]}`;
  });
  return { resolved: resolveMetadata({ ...input, flags: drafted.flags, defaults: drafted.defaults }), notes };
}
