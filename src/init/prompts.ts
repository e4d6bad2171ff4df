/**
 * Every question `edu-comms init` asks, in one module: the only place that talks to @inquirer/prompts. The answers go
 * to the pure builders of config.ts and submission.ts. Texts come from the catalogue, labels from the contract.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { confirm as confirmPrompt, input, search as searchPrompt, select as selectPrompt, Separator } from '@inquirer/prompts';
import { ConfigError } from '../util/errors.js';
import { displayPath, formatFindingLine, type LoadedConfig } from '../config/load.js';
import { AuthoritySchema, PRESETS, type Preset, type RosterUnit, type TermDates } from '../contract/config.js';
import { LEVELS, MONTH_RE, QUARTER_RE, SCHOOL_YEAR_RE, type Level } from '../contract/constants.js';
import { metaOf, type Bilingual } from '../contract/meta.js';
import { currentTerm, defaultTerms, periodName, schoolYearOf, type PeriodRef } from '../contract/period.js';
import { buildRoster, rosterAt } from '../contract/roster.js';
import { CHANNEL_TYPES, INCIDENT_SEVERITIES, INCIDENT_STATUSES, LEVEL_NAMES } from '../contract/submission.js';
import { objectShape } from '../contract/walk.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { clerkDate, shortDate } from '../util/dates.js';
import { formFileName } from '../form/prefill.js';
import { type SignerConfig, type SigningAuthority } from '../contract/documents.js';
import { hasName } from '../contract/submission.js';
import { signerLines } from '../render/metadata.js';
import { loadRosterFile } from '../read/roster-file.js';
import {
  authorityDefaults,
  authorityUnit,
  OFFICE_KINDS,
  termProblems,
  UNIT_CODE_RE,
  type AuthorityAnswers,
  type ConfigAnswers,
  type DocumentsAnswers,
  type OfficeKind,
  type RosterAnswer,
} from './config.js';
import {
  parseAnswer,
  questionPlan,
  setAt,
  suggestion,
  type PlanNode,
} from './submission.js';

export interface AskContext {
  lang: Lang;
  today: string;
  /** The folder the files are written to; roster paths are read and written relative to it. */
  cwd: string;
  /** Where explanations between questions go (the terminal, or a test's buffer). */
  out: (text: string) => void;
}

const pick = (text: Bilingual, lang: Lang) => text[lang];

// The prompts' own words (yes/no, the key help line) in the clerk's language.
const keysHelp = (lang: Lang) => (keys: [string, string][]) =>
  keys.map(([key, action]) => `${key} ${action === 'navigate' ? t('init.keys.navigate', lang) : action === 'select' ? t('init.keys.select', lang) : action}`).join(' • ');

function select<T>(lang: Lang, config: Parameters<typeof selectPrompt<T>>[0]): Promise<T> {
  return selectPrompt<T>({ ...config, theme: { style: { keysHelpTip: keysHelp(lang) } } });
}

function search<T>(lang: Lang, config: Parameters<typeof searchPrompt<T>>[0]): Promise<T> {
  return searchPrompt<T>({ ...config, theme: { style: { keysHelpTip: keysHelp(lang) } } });
}

function confirm(lang: Lang, config: { message: string; default: boolean }): Promise<boolean> {
  const [yes, no] = [t('init.yes', lang), t('init.no', lang)];
  return confirmPrompt({ ...config, theme: { keywords: { yes, no, error: () => t('init.yes_no', lang, { yes, no }) } } });
}

function labelOfAuthority(key: keyof typeof AuthoritySchema.shape, lang: Lang): string {
  const meta = metaOf(objectShape(AuthoritySchema)![key]!);
  return meta ? pick(meta.label, lang) : key;
}

function requiredText(lang: Lang) {
  return (value: string) => value.trim() !== '' || t('init.required', lang);
}

/**
 * A text answer. A required one has the suggestion as its default (Enter takes it); an optional one has it written in
 * the line, ready to edit or to delete, so that an empty answer stays empty. `check` refuses an answer with the reason
 * as soon as it is given.
 */
async function askText(
  message: string,
  lang: Lang,
  options: { default?: string; optional?: boolean; check?: (value: string) => string | true } = {},
): Promise<string> {
  const answer = await input({
    message: options.optional ? `${message} ${t('init.optional', lang)}` : message,
    ...(options.default ? { default: options.default, ...(options.optional ? { prefill: 'editable' as const } : {}) } : {}),
    validate: (raw) => {
      const value = raw.normalize('NFC').trim();
      if (value === '') return options.optional ? true : t('init.required', lang);
      return options.check ? options.check(value) : true;
    },
  });
  return answer.normalize('NFC').trim();
}

/** A date typed as `05/09/2024`, `05-09-2024` or `2024-09-05`, returned as `YYYY-MM-DD`; `check` refuses it with the reason. */
async function askDate(message: string, lang: Lang, defaultIso: string, check?: (iso: string) => string | true): Promise<string> {
  const answer = await input({
    message,
    default: shortDate(defaultIso),
    validate: (raw) => {
      const iso = clerkDate(raw);
      if (iso === null) return t('init.bad_date', lang);
      return check ? check(iso) : true;
    },
  });
  return clerkDate(answer)!;
}


function schoolYearValid(lang: Lang) {
  return (raw: string) => {
    const m = SCHOOL_YEAR_RE.exec(raw.trim());
    return (m !== null && Number(m[2]) === Number(m[1]) + 1) || t('help.year.invalid', lang);
  };
}

// --- edu-comms.yaml ----------------------------------------------------------------------------------------------

const KIND_LABELS: Record<OfficeKind, MessageKey> = {
  department: 'init.kind.department',
  commune: 'init.kind.commune',
  ward: 'init.kind.ward',
  office: 'init.kind.office',
  school: 'init.kind.school',
  other: 'init.kind.other',
};

export async function askConfigAnswers(ctx: AskContext, file = 'edu-comms.yaml'): Promise<ConfigAnswers> {
  const { lang } = ctx;
  let office = await askAuthority(ctx);
  let calendar = await askCalendar(ctx);
  ctx.out(`\n${t('init.config.section.rules', lang)}\n`);
  let preset = await askPreset(lang);
  ctx.out(`\n${t('init.config.section.roster', lang)}\n`);
  let roster = await askRoster(ctx, office.authority, authorityUnit(office.authority, office.unitName, office.level));
  let documents = await askDocuments(ctx, office.kind, office.authority.place);

  // before anything is written: every answer shown, and any part asked again until the clerk says it is right
  type Part = 'write' | 'authority' | 'calendar' | 'rules' | 'roster' | 'documents';
  for (;;) {
    const answers: ConfigAnswers = { authority: office.authority, ...calendar, preset, roster, documents };
    ctx.out(`\n${reviewText(answers, office.unitName, lang, file)}\n`);
    const part = await select<Part>(lang, {
      message: t('init.review.next', lang),
      choices: [
        { value: 'write', name: t('init.review.write', lang) },
        { value: 'authority', name: t('init.review.fix', lang, { part: t('init.review.authority', lang) }) },
        { value: 'calendar', name: t('init.review.fix', lang, { part: t('init.review.calendar', lang, { year: calendar.school_year }) }) },
        { value: 'rules', name: t('init.review.fix', lang, { part: t('init.review.rules', lang) }) },
        { value: 'roster', name: t('init.review.fix', lang, { part: t('init.review.roster', lang) }) },
        { value: 'documents', name: t('init.review.fix', lang, { part: `${t('init.review.signer', lang)}, ${t('init.review.recipients', lang)}` }) },
      ],
    });
    if (part === 'write') return answers;
    if (part === 'authority') {
      const before = office.authority.code;
      office = await askAuthority(ctx, office);
      // the roster's top unit is the authority itself: it follows the new code and name
      if (roster.kind === 'inline') roster = { kind: 'inline', units: renameTop(roster.units, before, office) };
    } else if (part === 'calendar') calendar = await askCalendar(ctx, calendar);
    else if (part === 'rules') preset = await askPreset(lang, preset);
    else if (part === 'roster') {
      ctx.out(`\n${t('init.config.section.roster', lang)}\n`);
      roster = await askRoster(ctx, office.authority, authorityUnit(office.authority, office.unitName, office.level));
    } else documents = await askDocuments(ctx, office.kind, office.authority.place, documents);
  }
}

interface OfficeAnswers {
  kind: OfficeKind;
  authority: AuthorityAnswers;
  unitName: string;
  level: Level;
}

/** Section 1: who issues the documents. Asked again from the review, the answers given are the suggestions. */
async function askAuthority(ctx: AskContext, current?: OfficeAnswers): Promise<OfficeAnswers> {
  const { lang } = ctx;
  ctx.out(`\n${t('init.config.section.authority', lang)}\n`);
  const kind = await select<OfficeKind>(lang, {
    message: t('init.authority.kind', lang),
    choices: OFFICE_KINDS.map((k) => ({ value: k, name: t(KIND_LABELS[k], lang) })),
    ...(current ? { default: current.kind } : {}),
  });
  const place = await askText(t('init.authority.place', lang), lang, current ? { default: current.authority.place } : {});
  const usual = authorityDefaults(kind, place);
  const same = current !== undefined && current.kind === kind && current.authority.place === place;
  const defaults = same
    ? { ...usual, ...current.authority, drafting_unit: current.authority.drafting_unit ?? '', unit_name: current.unitName, level: current.level }
    : usual;
  const level: Level = kind === 'school' ? await askLevel(t('init.authority.level', lang), lang, defaults.level) : defaults.level;
  const authority: AuthorityAnswers = {
    // a commune or ward People's Committee has no governing-body line: the question may be left empty
    governing_body: await askText(
      `${labelOfAuthority('governing_body', lang)} ${t(kind === 'commune' || kind === 'ward' ? 'init.authority.governing_body.none' : 'init.authority.governing_body.example', lang)}`,
      lang,
      { default: defaults.governing_body, optional: kind === 'commune' || kind === 'ward' || kind === 'other' },
    ),
    name: await askText(`${labelOfAuthority('name', lang)} ${t('init.authority.name.example', lang)}`, lang, { default: defaults.name }),
    symbol: await askText(`${labelOfAuthority('symbol', lang)} ${t('init.authority.symbol.example', lang)}`, lang, { default: defaults.symbol }),
    place,
    code: '',
  };
  const unitName = await askText(t('init.authority.unit_name', lang), lang, { default: defaults.unit_name });
  authority.code = await askUnitCode(t('init.authority.code', lang), lang, new Set(), defaults.code);
  const drafting = await askText(`${labelOfAuthority('drafting_unit', lang)} ${t('init.authority.drafting_unit.example', lang)}`, lang, {
    optional: true,
    default: defaults.drafting_unit,
  });
  if (drafting) authority.drafting_unit = drafting;
  return { kind, authority, unitName, level };
}

/** The roster's top unit after the authority was corrected: its code, name and level, and its children's parent. */
function renameTop(units: readonly RosterUnit[], before: string, office: OfficeAnswers): RosterUnit[] {
  const after = office.authority.code;
  return units.map((u) => {
    if (u.code === before) return { ...u, code: after, name: office.unitName, level: office.level };
    return u.parent === before ? { ...u, parent: after } : u;
  });
}

/** Section 2: the school year and its terms. */
async function askCalendar(ctx: AskContext, current?: Pick<ConfigAnswers, 'school_year' | 'terms'>): Promise<Pick<ConfigAnswers, 'school_year' | 'terms'>> {
  const { lang } = ctx;
  ctx.out(`\n${t('init.config.section.calendar', lang)}\n`);
  const school_year = (
    await input({ message: t('init.calendar.school_year', lang), default: current?.school_year ?? schoolYearOf(ctx.today), validate: schoolYearValid(lang) })
  ).trim();
  const terms = await askTerms(ctx, school_year, current?.school_year === school_year ? current.terms : undefined);
  return { school_year, terms };
}

async function askPreset(lang: Lang, current?: Preset): Promise<Preset> {
  return select<Preset>(lang, {
    message: t('init.preset', lang),
    choices: PRESETS.map((p) => ({ value: p, name: t(p === 'strict' ? 'init.preset.strict' : 'init.preset.recommended', lang) })),
    ...(current ? { default: current } : {}),
  });
}

const AUTHORITY_NAMES: Record<SigningAuthority, MessageKey> = {
  'KT.': 'init.documents.authority.KT',
  'TM.': 'init.documents.authority.TM',
  'Q.': 'init.documents.authority.Q',
  'TL.': 'init.documents.authority.TL',
  'TUQ.': 'init.documents.authority.TUQ',
};

/**
 * Section 5: the signature block and the recipients (`documents.signer`, `documents.recipients`). The usual block of
 * this kind of office is offered (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC at a Sở); the name may be left empty (render asks).
 */
async function askDocuments(ctx: AskContext, kind: OfficeKind, place: string, current?: DocumentsAnswers): Promise<DocumentsAnswers> {
  const { lang } = ctx;
  ctx.out(`\n${t('init.config.section.documents', lang)}\n${t('init.documents.intro', lang)}\n`);
  const usual: SignerConfig = current?.signer ?? authorityDefaults(kind, place).signer ?? {};
  const authority = await select<SigningAuthority | ''>(lang, {
    message: t('init.documents.authority', lang),
    choices: [{ value: '' as const, name: t('init.documents.authority.own', lang) }, ...(['KT.', 'TM.', 'Q.', 'TL.', 'TUQ.'] as const satisfies readonly SigningAuthority[]).map((a) => ({ value: a, name: t(AUTHORITY_NAMES[a], lang) }))],
    default: usual.authority ?? '',
  });
  const signer: SignerConfig = {};
  if (authority === 'KT.' && (usual.collective !== undefined || kind === 'commune' || kind === 'ward')) {
    const collective = await askText(t('init.documents.collective', lang), lang, { optional: true, default: usual.collective ?? '' });
    if (collective) signer.collective = collective;
  }
  if (authority) signer.authority = authority;
  if (authority && authority !== 'Q.') {
    const label = authority === 'TM.' ? 'init.documents.on_behalf_of.collective' : 'init.documents.on_behalf_of';
    const fallback = authority === 'TM.' ? (usual.collective ?? '') : '';
    signer.on_behalf_of = await askText(t(label, lang), lang, { default: usual.authority === authority ? (usual.on_behalf_of ?? fallback) : fallback });
  }
  const prefix = /^(KT|TM|Q|TL|TUQ)\.\s*/i;
  signer.title = await askText(t('init.documents.title', lang), lang, {
    default: usual.title ?? '',
    check: (value) => !prefix.test(value) || t('init.documents.title.has_authority', lang, { authority: authority || value.split(/\s/)[0]! }),
  });
  const name = await askText(t('init.documents.name', lang), lang, {
    optional: true,
    default: current?.signer.name ?? '',
    check: (value) => (hasName(value) && !/\d/.test(value) && value !== value.toLocaleUpperCase('vi')) || t('init.documents.name.invalid', lang),
  });
  if (name) signer.name = name;

  ctx.out(`${t('init.documents.recipients.intro', lang)}\n`);
  const recipients: string[] = [];
  for (;;) {
    const n = recipients.length + 1;
    const previous = current?.recipients[recipients.length];
    // the example names whom this kind of office usually sends to
    const example = t(kind === 'commune' || kind === 'ward' ? 'init.documents.recipient.example.commune' : kind === 'school' ? 'init.documents.recipient.example.school' : 'init.documents.recipient.example', lang);
    const answer = await askText(t('init.documents.recipient', lang, { n, example }), lang, {
      optional: true,
      ...(previous ? { default: previous } : {}),
      check: (value) => !recipients.includes(value) || t('init.documents.recipient.duplicate', lang),
    });
    if (answer === '') break;
    recipients.push(answer.replace(/[;.]+$/, ''));
  }
  return { signer, recipients };
}

/** Every answer, as the review shows it before writing. */
export function reviewText(answers: ConfigAnswers, unitName: string, lang: Lang, file: string): string {
  const a = answers.authority;
  const header = [a.governing_body, a.name].filter(Boolean).join(' / ');
  const terms = (['HK1', 'HK2'] as const)
    .map((term) => {
      const d = answers.terms[term];
      return `${t(term === 'HK1' ? 'init.calendar.hk1' : 'init.calendar.hk2', lang)} ${t('init.calendar.row', lang, { start: shortDate(d.start), end: shortDate(d.end), deadline: d.deadline ? shortDate(d.deadline) : '—' })}`;
    })
    .join('; ');
  const roster =
    answers.roster.kind === 'inline'
      ? t('init.review.roster.inline', lang, { count: answers.roster.units.length })
      : t('init.review.roster.file', lang, { file: answers.roster.file });
  const { signer, recipients } = answers.documents ?? { signer: {}, recipients: [] };
  const lines = signer.title ? signerLines({ ...signer, title: signer.title }) : [];
  const signed = [...lines, signer.name ?? t('init.review.unset', lang)].join(' / ');
  return [
    t('init.review', lang, { file }),
    `  1. ${t('init.review.authority', lang)}: ${header} (${a.symbol}), ${a.place}; ${unitName}, ${a.code}${a.drafting_unit ? `; ${labelOfAuthority('drafting_unit', lang)}: ${a.drafting_unit}` : ''}`,
    `  2. ${t('init.review.calendar', lang, { year: answers.school_year })}: ${terms}`,
    `  3. ${t('init.review.rules', lang)}: ${answers.preset}`,
    `  4. ${t('init.review.roster', lang)}: ${roster}`,
    `  5. ${t('init.review.signer', lang)}: ${signed}`,
    `     ${t('init.review.recipients', lang)}: ${recipients.length > 0 ? recipients.join('; ') : t('init.review.none', lang)}`,
  ].join('\n');
}

async function askLevel(message: string, lang: Lang, initial?: Level): Promise<Level> {
  return select<Level>(lang, {
    message,
    choices: LEVELS.map((l) => ({ value: l, name: `${l} — ${LEVEL_NAMES[l][lang]}` })),
    ...(initial ? { default: initial } : {}),
  });
}

async function askUnitCode(message: string, lang: Lang, taken: ReadonlySet<string>, initial?: string): Promise<string> {
  const answer = await input({
    message,
    ...(initial ? { default: initial } : {}),
    transformer: (value) => value.toUpperCase(),
    validate: (raw) => {
      const code = raw.trim().toUpperCase();
      if (!UNIT_CODE_RE.test(code)) return t('init.unit_code.invalid', lang);
      if (taken.has(code)) return t('roster.duplicate', lang, { code });
      return true;
    },
  });
  return answer.trim().toUpperCase();
}

/** The school year's term dates: the usual ones, shown, then kept or edited until they make sense. */
async function askTerms(ctx: AskContext, schoolYear: string, current?: { HK1: TermDates; HK2: TermDates }): Promise<{ HK1: TermDates; HK2: TermDates }> {
  const { lang } = ctx;
  let terms = current ?? defaultTerms(schoolYear);
  ctx.out(termsTable(terms, lang));
  if (await confirm(lang, { message: t('init.calendar.keep', lang), default: true })) return terms;
  for (;;) {
    // each date is checked against those before it as it is typed; the whole is checked once more
    const HK1 = await askTerm(ctx, 'HK1', terms.HK1);
    const edited = { HK1, HK2: await askTerm(ctx, 'HK2', terms.HK2, HK1.end) };
    const problems = termProblems(edited);
    if (problems.length === 0) return edited;
    for (const p of problems) ctx.out(`  ✗ ${t(p, lang)}\n`);
    terms = edited;
  }
}

async function askTerm(ctx: AskContext, term: 'HK1' | 'HK2', current: TermDates, after?: string): Promise<TermDates> {
  const { lang } = ctx;
  const name = t(term === 'HK1' ? 'init.calendar.hk1' : 'init.calendar.hk2', lang);
  const start = await askDate(`${name} › ${t('init.calendar.start', lang)}`, lang, current.start, (iso) =>
    after === undefined || iso > after || t('init.calendar.overlap', lang),
  );
  const end = await askDate(`${name} › ${t('init.calendar.end', lang)}`, lang, current.end, (iso) => iso > start || t('init.calendar.order', lang));
  const deadline = await askDate(`${name} › ${t('init.calendar.deadline_date', lang)}`, lang, current.deadline ?? current.end, (iso) =>
    (iso >= start && iso <= end) || t('init.calendar.deadline', lang),
  );
  return { start, end, deadline };
}

function termsTable(terms: { HK1: TermDates; HK2: TermDates }, lang: Lang): string {
  const line = (term: 'HK1' | 'HK2') => {
    const d = terms[term];
    return `  ${t(term === 'HK1' ? 'init.calendar.hk1' : 'init.calendar.hk2', lang)}: ${t('init.calendar.row', lang, { start: shortDate(d.start), end: shortDate(d.end), deadline: d.deadline ? shortDate(d.deadline) : '—' })}\n`;
  };
  return `${line('HK1')}${line('HK2')}`;
}


async function askRoster(ctx: AskContext, authority: AuthorityAnswers, top: RosterUnit): Promise<RosterAnswer> {
  const { lang } = ctx;
  const how = await select<'type' | 'import'>(lang, {
    message: t('init.roster.how', lang),
    choices: [
      { value: 'import', name: t('init.roster.import', lang) },
      { value: 'type', name: t('init.roster.type', lang) },
    ],
  });
  if (how === 'import') {
    const imported = await importRoster(ctx, authority, top);
    if (imported) return imported;
  }
  return { kind: 'inline', units: await typeRoster(ctx, top) };
}

async function typeRoster(ctx: AskContext, top: RosterUnit): Promise<RosterUnit[]> {
  const { lang } = ctx;
  const units: RosterUnit[] = [top];
  ctx.out(t('init.roster.type.intro', lang, { code: top.code }) + '\n');
  while (await confirm(lang, { message: t(units.length === 1 ? 'init.roster.add_first' : 'init.roster.add_more', lang, { count: units.length - 1 }), default: true })) {
    const n = units.length;
    const code = await askUnitCode(`${t('init.roster.unit', lang, { n })} › ${t('init.roster.code', lang)}`, lang, new Set(units.map((u) => u.code)));
    const name = await askText(`${t('init.roster.unit', lang, { n })} › ${t('init.roster.name', lang)}`, lang);
    const level = await askLevel(`${t('init.roster.unit', lang, { n })} › ${t('init.roster.level', lang)}`, lang);
    const offices = units.filter((u) => u.level === 'OFFICE');
    const parent =
      offices.length <= 1
        ? top.code
        : await select<string>(lang, {
            message: `${t('init.roster.unit', lang, { n })} › ${t('init.roster.parent', lang)}`,
            choices: offices.map((u) => ({ value: u.code, name: `${u.code} — ${u.name}` })),
            default: top.code,
          });
    const unit: RosterUnit = { code, name, level, parent };
    if (level === 'OFFICE' && (await confirm(lang, { message: t('init.roster.reports', lang), default: false }))) unit.reports = true;
    units.push(unit);
  }
  return units;
}

/** A roster from a CSV or Excel file: located errors until the file is right, a preview, then link or copy it. */
async function importRoster(ctx: AskContext, authority: AuthorityAnswers, top: RosterUnit): Promise<RosterAnswer | null> {
  const { lang, cwd } = ctx;
  for (;;) {
    const answer = await input({
      message: t('init.roster.file', lang),
      validate: (raw) => {
        const path = resolve(cwd, raw.trim());
        if (raw.trim() === '') return t('init.roster.file.empty', lang);
        if (!existsSync(path) || !statSync(path).isFile()) return t('init.roster.file.missing', lang);
        if (!['.csv', '.xlsx'].includes(extname(path).toLowerCase())) return t('roster.unsupported', lang, { ext: extname(path) || '(?)' });
        return true;
      },
    });
    const path = resolve(cwd, answer.trim());
    const file = displayPath(path, cwd);
    const loaded = await loadRosterFile(path, { file, lang });
    if (loaded.findings.length > 0) {
      ctx.out(`\n${t('init.roster.file.errors', lang, { file, count: loaded.findings.length })}\n`);
      for (const f of loaded.findings.slice(0, 20)) ctx.out(`  ${formatFindingLine(f)}\n`);
      if (loaded.findings.length > 20) ctx.out(`  ${t('init.roster.more', lang, { count: loaded.findings.length - 20 })}\n`);
      const next = await select<'retry' | 'type'>(lang, {
        message: t('init.roster.file.next', lang),
        choices: [
          { value: 'retry', name: t('init.roster.file.retry', lang) },
          { value: 'type', name: t('init.roster.file.type', lang) },
        ],
      });
      if (next === 'type') return null;
      continue;
    }
    ctx.out(rosterPreview(loaded.units, lang));
    if (!(await confirm(lang, { message: t('init.roster.use', lang, { count: loaded.units.length }), default: true }))) continue;

    let units = loaded.units;
    const codes = new Set(units.map((u) => u.code));
    if (!codes.has(authority.code)) {
      // the authority must be a node of the roster: `aggregate` starts from it
      const choice = await select<string>(lang, {
        message: t('init.roster.which_authority', lang, { code: authority.code }),
        choices: [
          { value: '', name: t('init.roster.add_authority', lang, { code: top.code, name: top.name }) },
          ...units.filter((u) => u.level === 'OFFICE').map((u) => ({ value: u.code, name: `${u.code} — ${u.name}` })),
        ],
      });
      if (choice) authority.code = choice;
      else {
        const roots = new Set(buildRoster(units).roots().map((u) => u.code));
        units = [top, ...units.map((u) => (roots.has(u.code) ? { ...u, parent: top.code } : u))];
        ctx.out(`${t('init.roster.copied', lang, { code: top.code })}\n`);
        return { kind: 'inline', units };
      }
    }
    const keep = await select<'file' | 'inline'>(lang, {
      message: t('init.roster.keep', lang),
      choices: [
        { value: 'file', name: t('init.roster.keep.file', lang, { file }) },
        { value: 'inline', name: t('init.roster.keep.inline', lang) },
      ],
    });
    return keep === 'file' ? { kind: 'file', file: relative(cwd, path).split('\\').join('/') } : { kind: 'inline', units };
  }
}

/** The roster as a tree (the first lines), with the number of units per level. */
export function rosterPreview(units: readonly RosterUnit[], lang: Lang, maxLines = 15): string {
  const roster = buildRoster(units);
  const lines: string[] = [];
  const walk = (unit: RosterUnit, depth: number) => {
    lines.push(`${'  '.repeat(depth + 1)}${unit.code} — ${unit.name} (${unit.level})`);
    for (const child of roster.childrenOf(unit.code)) walk(child, depth + 1);
  };
  for (const root of roster.roots()) walk(root, 0);
  const byLevel = new Map<string, number>();
  for (const u of units) byLevel.set(u.level, (byLevel.get(u.level) ?? 0) + 1);
  const counts = [...byLevel].map(([level, n]) => `${level} ${n}`).join(', ');
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines) shown.push(`  ${t('init.roster.more', lang, { count: lines.length - maxLines })}`);
  return `\n${t('init.roster.preview', lang, { count: units.length, counts })}\n${shown.join('\n')}\n\n`;
}

// --- a new submission --------------------------------------------------------------------------------------------

export interface SubmissionDraft {
  draft: Record<string, unknown>;
  ref: PeriodRef;
  unitCode: string;
}

const ENUM_NAMES: Record<string, Record<string, MessageKey>> = {
  'channels.type': Object.fromEntries(CHANNEL_TYPES.map((c) => [c, `init.channel.${c}` as const])),
  'incidents.severity': Object.fromEntries(INCIDENT_SEVERITIES.map((s) => [s, `aggregate.severity.${s}` as const])),
  'incidents.status': Object.fromEntries(INCIDENT_STATUSES.map((s) => [s, `aggregate.incident_status.${s}` as const])),
};

export async function askSubmissionDraft(ctx: AskContext & { loaded: LoadedConfig }): Promise<SubmissionDraft> {
  const { lang, loaded } = ctx;
  const roster = loaded.roster;
  const expected = roster.units.filter((u) => roster.isExpected(u));
  if (expected.length === 0) throw new ConfigError(t('init.submission.no_units', lang, { file: displayPath(loaded.path, ctx.cwd) }));
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
  const unitCode = await search<string>(lang, {
    message: t('init.submission.unit', lang),
    source: (term) => {
      // every word typed must appear, in any order: "binh yen th" finds TH-BINHYEN, Trường Tiểu học Bình Yên
      const words = fold(term ?? '').split(/\s+/).filter(Boolean);
      const found = expected
        .filter((u) => words.every((w) => fold(`${u.code} ${u.name}`).includes(w)))
        .map((u) => ({ value: u.code, name: `${u.code} — ${u.name}` }));
      // said in the clerk's language (the prompt's own "no results" line is English only)
      return found.length > 0 ? found : [new Separator(t('init.submission.unit_none', lang))];
    },
  });
  const unit = roster.byCode.get(unitCode)!;
  const draft: Record<string, unknown> = {
    schema_version: 1,
    unit: { code: unit.code, name: unit.name, level: unit.level, ...(unit.parent ? { parent: unit.parent } : {}) },
  };

  const ref = await askPeriod(ctx);
  setAt(draft, ['period'], periodObjectOf(ref));
  // the unit as the roster of that school year has it (a school's managing unit before and after 1 July 2025)
  const then = rosterAt(roster, ref).byCode.get(unitCode);
  if (then) draft['unit'] = { code: then.code, name: then.name, level: then.level, ...(then.parent ? { parent: then.parent } : {}) };
  ctx.out(`\n${t('init.submission.for', lang, { unit: (then ?? unit).name, period: periodName(ref, lang) })}\n`);
  await askNodes(questionPlan(), draft, ctx);
  return { draft, ref, unitCode };
}

function periodObjectOf(ref: PeriodRef): Record<string, string> {
  if (ref.kind === 'term') return { school_year: ref.school_year, term: ref.term };
  return ref.kind === 'month' ? { month: ref.month } : { quarter: ref.quarter };
}

async function askPeriod(ctx: AskContext & { loaded: LoadedConfig }): Promise<PeriodRef> {
  const { lang, today } = ctx;
  const schoolYear = schoolYearOf(today);
  type Kind = 'HK1' | 'HK2' | 'CN' | 'month' | 'quarter';
  const kind = await select<Kind>(lang, {
    message: t('init.submission.period', lang),
    choices: [
      { value: 'HK1', name: t('init.period.hk1', lang) },
      { value: 'HK2', name: t('init.period.hk2', lang) },
      { value: 'CN', name: t('init.period.cn', lang) },
      { value: 'month', name: t('init.period.month', lang) },
      { value: 'quarter', name: t('init.period.quarter', lang) },
    ],
    default: currentTerm(today, ctx.loaded.config.calendar, schoolYear).term,
  });
  if (kind === 'month') {
    const month = await input({ message: t('help.month', lang), default: today.slice(0, 7), validate: (v) => MONTH_RE.test(v.trim()) || t('help.month.invalid', lang) });
    return { kind: 'month', month: month.trim() };
  }
  if (kind === 'quarter') {
    const q = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const quarter = await input({ message: t('help.quarter', lang), default: q, validate: (v) => QUARTER_RE.test(v.trim()) || t('help.quarter.invalid', lang) });
    return { kind: 'quarter', quarter: quarter.trim() };
  }
  const year = await input({ message: t('init.calendar.school_year', lang), default: schoolYear, validate: schoolYearValid(lang) });
  return { kind: 'term', term: kind, school_year: year.trim() };
}

async function askNodes(nodes: readonly PlanNode[], draft: Record<string, unknown>, ctx: AskContext, trail: string[] = []): Promise<void> {
  for (const node of nodes) await askNode(node, draft, ctx, trail);
}

async function askNode(node: PlanNode, draft: Record<string, unknown>, ctx: AskContext, trail: string[]): Promise<void> {
  const { lang } = ctx;
  const label = pick(node.label, lang);
  switch (node.type) {
    case 'group': {
      if (node.optional && !(await confirm(lang, { message: t('init.submission.group_optional', lang, { label }), default: false }))) return;
      if (trail.length === 0) ctx.out(`\n── ${label} ──\n`);
      await askNodes(node.children, draft, ctx, [...trail, label]);
      return;
    }
    case 'list': {
      ctx.out(`\n── ${label} ──\n`);
      for (let i = 0; ; i++) {
        const key = i === 0 ? 'init.submission.list_first' : 'init.submission.list_more';
        if (!(await confirm(lang, { message: t(key, lang, { label, count: i }), default: false }))) return;
        // the plan names item fields at index 0: this is item i
        const item = node.item.map((n) => withIndex(n, node.path.length, i));
        await askNodes(item, draft, ctx, [...trail, `${label} ${i + 1}`]);
      }
    }
    case 'field': {
      const message = [...trail, label].join(' › ');
      setAt(draft, node.path, await askField(node, message, draft, ctx));
      return;
    }
  }
}

function withIndex(node: PlanNode, at: number, index: number): PlanNode {
  const path = node.path.map((s, i) => (i === at ? index : s));
  if (node.type === 'group') return { ...node, path, children: node.children.map((c) => withIndex(c, at, index)) };
  if (node.type === 'list') return { ...node, path, item: node.item.map((c) => withIndex(c, at, index)) };
  return { ...node, path };
}

async function askField(node: Extract<PlanNode, { type: 'field' }>, message: string, draft: Record<string, unknown>, ctx: AskContext): Promise<unknown> {
  const { lang } = ctx;
  if (node.kind === 'bool') {
    const answer = await confirm(lang, { message, default: false });
    return answer;
  }
  if (node.kind === 'enum') {
    const names = ENUM_NAMES[node.path.filter((s) => typeof s === 'string').join('.')] ?? {};
    const choices = node.options.map((o) => ({ value: o, name: names[o] ? `${o} — ${t(names[o], lang)}` : o }));
    const answer = await select<string>(lang, { message, choices: node.optional ? [{ value: '', name: t('init.none', lang) }, ...choices] : choices });
    return answer === '' ? undefined : answer;
  }
  const suggested = suggestion(node.path, draft, ctx);
  // dates are offered the way clerks write them; both forms are accepted
  const initial = suggested !== undefined && node.kind === 'date' ? shortDate(suggested) : suggested;
  const hint = node.kind === 'date' ? ` ${t('init.date_format', lang)}` : '';
  const answer = await input({
    message: `${message}${hint}${node.optional ? ` ${t('init.optional', lang)}` : ''}`,
    // an optional answer's suggestion is written in the line, so that deleting it leaves the answer empty
    ...(initial !== undefined ? { default: initial, ...(node.optional ? { prefill: 'editable' as const } : {}) } : {}),
    validate: (raw) => {
      if (!node.optional && raw.trim() === '') return t('init.required', lang);
      const parsed = parseAnswer(node.path, raw, lang);
      return parsed.ok || parsed.message;
    },
  });
  const parsed = parseAnswer(node.path, answer, lang);
  return parsed.ok ? parsed.value : undefined;
}

/** Where to write the submission, and in which format. */
export async function askSubmissionOutput(ctx: AskContext, unitCode: string, ref: PeriodRef, formats: readonly ('yaml' | 'xlsx')[]): Promise<{ format: 'yaml' | 'xlsx'; path: string }> {
  const { lang } = ctx;
  const format =
    formats.length > 1
      ? await select<'yaml' | 'xlsx'>(lang, {
          message: t('init.submission.format', lang),
          choices: formats.map((f) => ({ value: f, name: t(f === 'xlsx' ? 'init.format.xlsx' : 'init.format.yaml', lang) })),
        })
      : formats[0]!;
  const path = await askText(t('init.submission.file', lang), lang, { default: formFileName(unitCode, ref, format) });
  return { format, path: resolve(ctx.cwd, path) };
}

// --- files that exist already ------------------------------------------------------------------------------------

/**
 * The file to write: `path` itself when it does not exist or the clerk agrees to replace it, another name they type,
 * or null when they cancel. Never replaces a file without asking.
 */
export async function askWhereToWrite(ctx: AskContext, path: string): Promise<string | null> {
  const { lang, cwd } = ctx;
  let target = path;
  while (existsSync(target)) {
    const file = displayPath(target, cwd);
    const choice = await select<'rename' | 'overwrite' | 'cancel'>(lang, {
      message: t('init.exists', lang, { file }),
      choices: [
        { value: 'rename', name: t('init.exists.rename', lang) },
        { value: 'overwrite', name: t('init.exists.overwrite', lang, { file }) },
        { value: 'cancel', name: t('init.exists.cancel', lang) },
      ],
    });
    if (choice === 'overwrite') return target;
    if (choice === 'cancel') return null;
    const other = await input({ message: t('init.exists.new_name', lang), default: displayPath(freeName(target), cwd), validate: requiredText(lang) });
    target = resolve(cwd, other.trim());
  }
  return target;
}

/** `edu-comms.yaml` → `edu-comms-2.yaml` (the first that does not exist). */
export function freeName(path: string): string {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/** Write although validation found errors? (The clerk may want to finish the file in an editor.) */
export async function askWriteDespiteErrors(lang: Lang, errors: number): Promise<boolean> {
  return confirm(lang, { message: t('init.submission.write_anyway', lang, { errors }), default: true });
}
