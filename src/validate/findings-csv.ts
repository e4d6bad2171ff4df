/**
 * All findings of a run as CSV, for clerks who sort and filter them in Excel: one line per finding, headers in the
 * chosen language, UTF-8 with a byte-order mark and CRLF line ends (so Excel shows Vietnamese letters). Pure.
 */
import { stringify } from 'csv-stringify/sync';
import { t, type Lang } from '../i18n/index.js';
import type { Finding, ValidationReport } from '../contract/findings.js';

/** Where a finding is, as the pretty output prints it: a cell, or line:column. */
export function findingLocation(f: Finding): string {
  if (f.cell) return f.cell;
  if (f.line !== null) return `${f.line}:${f.column ?? 1}`;
  return '';
}

/**
 * A text cell Excel would run as a formula (`=…`, `+…`, `-…`, `@…`) is written with a leading apostrophe, which Excel
 * shows as plain text: a value typed by a school must never become a formula on the office's computer.
 */
function safe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function findingsCsv(report: ValidationReport, lang: Lang): string {
  const header = ['file', 'unit', 'status', 'severity', 'rule', 'location', 'path', 'message', 'hint'].map((k) => t(`findings_csv.${k}` as 'findings_csv.file', lang));
  const rows: string[][] = [header];
  for (const file of report.files) {
    const status = t(`validate.status.${file.status}`, lang);
    for (const f of file.findings) {
      rows.push([file.file, file.unit ?? '', status, t(`validate.severity.${f.severity}`, lang), f.rule, findingLocation(f), f.path ?? '', f.message, f.hint ?? ''].map(safe));
    }
  }
  return `\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`;
}

/** The report with only its errors (`--quiet`): files without an error drop out; the summary keeps the real counts. */
export function errorsOnly(report: ValidationReport): ValidationReport {
  const files = report.files
    .map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') }))
    .filter((f) => f.findings.length > 0);
  return { files, summary: report.summary };
}
