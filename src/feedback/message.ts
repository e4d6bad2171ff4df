/**
 * What a clerk sends back to a school, in words the school can act on: a short plain-text message (for Zalo or an
 * e-mail) with the unit, the period, the verdict, the numbered findings with where to fix each, and the deadline; and
 * the same for a whole run in one text, grouped by managing unit. Pure: the caller gives the report, the roster, the
 * dates; nothing here reads or writes a file.
 */
import { periodName, type ResolvedPeriod } from '../contract/period.js';
import type { Roster } from '../contract/roster.js';
import { SubmissionSchema } from '../contract/submission.js';
import { fieldAt, type PathSegment } from '../contract/walk.js';
import { t, type Lang } from '../i18n/index.js';
import { shortDate } from '../util/dates.js';
import { responsesLayout } from '../form/responses-layout.js';
import type { FileResult, Finding } from '../contract/findings.js';

/** Files the schools get something back for: those with errors or warnings (information alone needs no answer). */
export function needsFeedback(file: FileResult): boolean {
  return file.findings.some((f) => f.severity !== 'info');
}

/** The findings a school is told about, in the order of the file (errors and warnings). */
export function feedbackFindings(file: FileResult): Finding[] {
  return file.findings.filter((f) => f.severity !== 'info');
}

/** `contacts.leader.phone`, `channels[1].url` → path segments. */
function segments(path: string): PathSegment[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Where to fix a finding, in the school's terms: the cell of its workbook, the line of its file, the form's question. */
export function whereToFix(f: Finding, file: FileResult, lang: Lang): string {
  const label = f.path ? fieldAt(SubmissionSchema, segments(f.path)).meta?.label[lang] : undefined;
  if (file.format === 'responses') {
    // the school answered an online form: name the question, and the cell for the office's sheet
    const column = f.path ? responsesLayout().columns.find((c) => c.key === f.path) : undefined;
    const question = column?.header[lang] ?? label;
    const cell = f.cell ? /([A-Z]+)(\d+)$/.exec(f.cell) : null;
    const at = cell ? t('feedback.where.cell_of_sheet', lang, { column: cell[1]!, row: cell[2]! }) : '';
    return question ? `${t('feedback.where.question', lang, { question })}${at ? ` (${at})` : ''}` : at;
  }
  if (f.cell) {
    const m = /^(.*)!([A-Z]+\d+)$/.exec(f.cell);
    const cell = m ? t('feedback.where.cell', lang, { sheet: m[1]!, cell: m[2]! }) : f.cell;
    return label ? `${cell} (${label})` : cell;
  }
  if (f.line !== null) return `${t('feedback.where.line', lang, { line: f.line })}${label ? ` (${label})` : ''}`;
  return label ?? '';
}

export interface FeedbackContext {
  roster: Roster;
  lang: Lang;
  /** "Today" (`--date`), to say whether the deadline has passed. */
  today: string;
  /** The period with its deadline from the calendar, for this file (or the run's target); null when unknown. */
  period: ResolvedPeriod | null;
}

/** The unit's name as the roster knows it, else its code, else the file. */
function unitName(file: FileResult, roster: Roster): string {
  const unit = file.unit ? roster.byCode.get(file.unit) : undefined;
  if (unit) return `${unit.name} (${unit.code})`;
  return file.unit ?? file.file;
}

/** The message for one file: plain text, a few lines, pasteable as it is. */
export function feedbackMessage(file: FileResult, ctx: FeedbackContext): string {
  const { lang } = ctx;
  const findings = feedbackFindings(file);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const period = ctx.period ? periodName(ctx.period.ref, lang) : t('feedback.no_period', lang);
  const lines: string[] = [];
  lines.push(t('feedback.to', lang, { unit: unitName(file, ctx.roster) }));
  lines.push('');
  const verdict =
    file.status === 'rejected'
      ? t(warnings > 0 ? 'feedback.verdict.rejected' : 'feedback.verdict.rejected_errors_only', lang, { errors, warnings })
      : t('feedback.verdict.accepted', lang, { warnings });
  // the school knows its file by its name, not by the office's folders
  const name = file.file.split('/').pop()!.replace(/#(\d+)$/, '');
  lines.push(t('feedback.about', lang, { period, file: name, verdict }));
  lines.push('');
  findings.forEach((f, i) => {
    const where = whereToFix(f, file, lang);
    const severity = t(`validate.severity.${f.severity}`, lang);
    lines.push(`${i + 1}. [${severity}] ${where ? `${where}: ` : ''}${f.message}`);
    if (f.hint) lines.push(`   ${t('feedback.fix', lang)}: ${f.hint}`);
  });
  lines.push('');
  const deadline = ctx.period?.deadline ?? null;
  const ask = file.status === 'rejected' ? 'feedback.ask.rejected' : 'feedback.ask.accepted';
  if (deadline === null) lines.push(t(`${ask}.soon`, lang));
  else if (ctx.today > deadline) lines.push(t(`${ask}.late`, lang, { deadline: shortDate(deadline) }));
  else lines.push(t(`${ask}.by`, lang, { deadline: shortDate(deadline) }));
  return `${lines.join('\n')}\n`;
}

/** Every message of a run in one text, grouped by managing unit (in roster order), units in file order inside. */
export function feedbackDigest(files: readonly FileResult[], ctx: Omit<FeedbackContext, 'period'> & { periodOf(file: FileResult): ResolvedPeriod | null }): string {
  const { roster, lang } = ctx;
  const groups = new Map<string, FileResult[]>();
  for (const file of files) {
    const parent = (file.unit ? roster.byCode.get(file.unit)?.parent : undefined) ?? '';
    groups.set(parent, [...(groups.get(parent) ?? []), file]);
  }
  const order = new Map(roster.units.map((u, i) => [u.code, i]));
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : (order.get(a) ?? 0) - (order.get(b) ?? 0) || (a < b ? -1 : 1)));
  const out: string[] = [t('feedback.digest.title', lang, { count: files.length }), ''];
  for (const key of keys) {
    const parent = roster.byCode.get(key);
    const heading = key === '' ? t('feedback.digest.no_parent', lang) : parent ? `${parent.name} (${parent.code})` : key;
    out.push(`=== ${heading} — ${t('feedback.digest.count', lang, { count: groups.get(key)!.length })} ===`, '');
    for (const file of groups.get(key)!) {
      out.push(feedbackMessage(file, { roster, lang, today: ctx.today, period: ctx.periodOf(file) }).trimEnd(), '', '---', '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
