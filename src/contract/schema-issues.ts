/**
 * Turning zod issues into findings a clerk can act on: the field's Vietnamese label, the value found, the location,
 * and for typos the list of valid keys.
 */
import type { z } from 'zod';
import { fieldAt, formatPath, objectShape, schemaAt, type FieldPath } from './walk.js';
import { catalogue, t, type Lang, type MessageKey } from '../i18n/index.js';
import type { Finding, SourceDocument, SourceFormat } from './findings.js';

const OUR_CODES = new Set([
  'expected_text',
  'empty_text',
  'expected_int',
  'negative',
  'too_large',
  'expected_bool',
  'expected_date',
  'bad_enum',
  'bad_school_year',
  'bad_month',
  'bad_quarter',
  'period_one_form',
  'bad_schema_version',
  'expected_number',
  'expected_factor',
]);

const HINTS: Partial<Record<string, MessageKey>> = {
  expected_int: 'schema.expected_int.hint',
  negative: 'schema.expected_int.hint',
  expected_bool: 'schema.expected_bool.hint',
};

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

export function describeValue(value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === '') return t('value.missing', lang);
  if (typeof value === 'string') return `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
  if (Array.isArray(value)) return lang === 'vi' ? 'một danh sách' : 'a list';
  if (typeof value === 'object') return lang === 'vi' ? 'một nhóm mục' : 'a group of fields';
  return String(value);
}

export interface IssueContext {
  root: z.ZodType;
  data: unknown;
  file: string;
  lang: Lang;
  locate: SourceDocument['locate'];
  /** Prefix of the issue paths inside `root`/`data` (when a section is parsed on its own). */
  prefix?: FieldPath;
  /** The file's format: an Excel form is fixed with its cells and dropdowns, not with YAML syntax. */
  format?: SourceFormat;
}

/** The Excel variant of a message (`<key>.xlsx`) when the file is a workbook and the catalogue has one. */
function forFormat(key: MessageKey, format: IssueContext['format']): MessageKey {
  const variant = `${key}.xlsx`;
  // a responses sheet is fixed in a spreadsheet too: cell messages, not YAML syntax
  return (format === 'xlsx' || format === 'responses') && variant in catalogue ? (variant as MessageKey) : key;
}

export function issueToFindings(issue: z.core.$ZodIssue, ctx: IssueContext): Finding[] {
  const { root, data, file, lang, locate } = ctx;
  const path = [...(ctx.prefix ?? []), ...(issue.path as (string | number)[])];
  const base = { rule: 'schema', severity: 'error' as const, file };

  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(objectShape(schemaAt(root, path) ?? root) ?? {}).join(', ');
    return issue.keys.map((key) => ({
      ...base,
      path: formatPath([...path, key]),
      ...locate([...path, key], 'key'),
      message: t('schema.unknown_key', lang, { key }),
      hint: t('schema.unknown_key.hint', lang, { allowed }),
    }));
  }

  const value = valueAt(data, path);
  const field = fieldAt(root, path);
  const key = path.length > 0 ? String(path[path.length - 1]) : '';
  const label = field.meta?.label[lang] ?? (key || (lang === 'vi' ? 'Tệp' : 'File'));
  // a form shows its choices by name (the dropdown's), a YAML file by code
  const named = (ctx.format === 'xlsx' || ctx.format === 'responses') && field.kind?.labels;
  const options = (field.kind?.options ?? []).map((o) => (named ? (field.kind?.labels?.[o]?.[lang] ?? o) : o)).join(', ');
  const data_ = { label, value: describeValue(value, lang), options, key, path: formatPath(path) };
  const where = { path: formatPath(path) || null, ...locate(path, value === undefined ? 'key' : 'value') };

  const missing = value === undefined && (issue.code === 'invalid_type' || issue.message === 'required');
  if (missing) {
    return [{ ...base, ...where, message: t(forFormat('schema.required', ctx.format), lang, data_), hint: t(forFormat('schema.required.hint', ctx.format), lang, data_) }];
  }
  if (path.length === 0 && issue.code === 'invalid_type') {
    return [{ ...base, ...where, message: t('schema.root_not_mapping', lang), hint: null }];
  }
  let code: string | undefined = OUR_CODES.has(issue.message) ? issue.message : undefined;
  if (!code && issue.code === 'invalid_type') {
    code = issue.expected === 'object' ? 'expected_object' : issue.expected === 'array' ? 'expected_list' : undefined;
  }
  const messageKey = (code ? `schema.${code}` : 'schema.invalid') as MessageKey;
  let hintKey = code ? HINTS[code] : undefined;
  if (ctx.format === 'yaml' || ctx.format === undefined) {
    if (code === 'expected_bool' && typeof value === 'string') hintKey = 'yaml.bool_word.hint';
    if (code === 'expected_date' && typeof value === 'string' && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value)) {
      hintKey = 'yaml.date_format.hint';
    }
  }
  return [
    {
      ...base,
      ...where,
      message: t(forFormat(messageKey, ctx.format), lang, data_),
      hint: hintKey ? t(forFormat(hintKey, ctx.format), lang, { ...data_, source: typeof value === 'string' ? value : '' }) : null,
    },
  ];
}
