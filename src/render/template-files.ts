/**
 * Finding and loading the wording templates: `--template FILE`, else the config's `documents.templates` folder, else
 * the bundled `templates/`. The labels file (`labels.vi.yaml`) is taken from the same folder when it has one.
 * Every problem — YAML, a missing or misspelt front matter key, an unknown field — is reported at its line and column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ConfigError } from '../util/errors.js';
import { displayPath, formatFindingLine } from '../config/load.js';
import { t, type Lang } from '../i18n/index.js';
import { parseYaml } from '../read/yaml.js';
import { issueToFindings } from '../contract/schema-issues.js';
import type { Finding } from '../contract/findings.js';
import type { DocumentKind } from '../contract/documents.js';
import { FRONT_MATTER_SCHEMAS, type FrontMatterOf } from './front-matter.js';
import { LabelsSchema, type Labels } from './labels.js';
import { checkInline, parseInline, parseTemplate, sortProblems, TemplateError, type ParsedTemplate, type TemplateProblem } from './template.js';

export const BUNDLED_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
export const LABELS_FILE = 'labels.vi.yaml';
export const templateFileName = (kind: DocumentKind) => `${kind}.vi.md`;

export interface LoadedTemplate<K extends DocumentKind = DocumentKind> {
  kind: K;
  file: string;
  parsed: ParsedTemplate;
  front: FrontMatterOf<K>;
  labels: Labels;
}

export interface TemplateSource {
  /** `--template FILE`, relative to cwd. */
  override?: string;
  /** `documents.templates`, relative to the config file. */
  folder?: string;
  configPath: string;
  cwd: string;
  lang: Lang;
}

/** The template file of a kind and the labels file to go with it. */
export function locateTemplate(kind: DocumentKind, source: TemplateSource): { template: string; labels: string } {
  const bundledLabels = join(BUNDLED_TEMPLATES, LABELS_FILE);
  const inFolder = (folder: string) => {
    const labels = join(folder, LABELS_FILE);
    return { template: join(folder, templateFileName(kind)), labels: existsSync(labels) ? labels : bundledLabels };
  };
  if (source.override) {
    const template = resolve(source.cwd, source.override);
    const labels = join(dirname(template), LABELS_FILE);
    return { template, labels: existsSync(labels) ? labels : bundledLabels };
  }
  if (source.folder) {
    const folder = resolve(dirname(source.configPath), source.folder);
    const found = inFolder(folder);
    // a department may reword only some kinds: the others come from the bundle
    if (existsSync(found.template)) return found;
    return { template: join(BUNDLED_TEMPLATES, templateFileName(kind)), labels: found.labels };
  }
  return inFolder(BUNDLED_TEMPLATES);
}

function read(path: string, cwd: string, lang: Lang): { text: string; file: string } {
  const file = displayPath(path, cwd);
  try {
    return { text: readFileSync(path, 'utf8'), file };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT' ? t('render.template.not_found', lang, { file }) : t('render.template.unreadable', lang, { file, detail: (error as Error).message }),
    );
  }
}

const problemLine = (file: string, lang: Lang) => (p: TemplateProblem) => `${file}:${p.line}:${p.column} ${t(p.key, lang, p.data)}`;

/** Parse a YAML text that starts at `firstLine` of `file` and check it against `schema`; findings carry file lines. */
function readYamlPart<T>(text: string, firstLine: number, file: string, schema: z.ZodType<T>, lang: Lang): { data?: T; findings: Finding[]; locate: (path: (string | number)[]) => { line: number; column: number } } {
  const shift = (f: Finding): Finding => ({ ...f, line: f.line === null ? null : f.line + firstLine - 1 });
  const parsed = parseYaml(Buffer.from(text, 'utf8'), { file, lang, schema });
  const locate = (path: (string | number)[]) => {
    const at = parsed.locate(path);
    return { line: (at.line ?? 1) + firstLine - 1, column: at.column ?? 1 };
  };
  const findings = parsed.findings.filter((f) => f.severity === 'error').map(shift);
  if (parsed.data === undefined || findings.length > 0) return { findings, locate };
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, findings, locate };
  const issues = result.error.issues.flatMap((issue) =>
    issueToFindings(issue, { root: schema, data: parsed.data, file, lang, locate: parsed.locate }).map(shift),
  );
  return { findings: issues, locate };
}

/** Check every `{field}` of the front matter's strings; they see the document's fields, not a list item's. */
function checkFrontMatterFields(data: unknown, locate: (path: (string | number)[]) => { line: number; column: number }): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const at = locate(path);
      const found: TemplateProblem[] = [];
      const inline = parseInline(value, at.line, at.column, found);
      problems.push(...found, ...checkInline(inline, null));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(data, []);
  return problems;
}

export function loadTemplate<K extends DocumentKind>(kind: K, source: TemplateSource): LoadedTemplate<K> {
  const { lang, cwd } = source;
  const paths = locateTemplate(kind, source);
  const { text, file } = read(paths.template, cwd, lang);
  const details: string[] = [];

  let parsed: ParsedTemplate | undefined;
  try {
    parsed = parseTemplate(text, file);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    details.push(...error.problems.map(problemLine(file, lang)));
  }

  let front: FrontMatterOf<K> | undefined;
  if (parsed) {
    const schema = FRONT_MATTER_SCHEMAS[kind] as unknown as z.ZodType<FrontMatterOf<K>>;
    if (parsed.frontMatter === null) {
      details.push(`${file}:1:1 ${t('render.template.no_front_matter', lang)}`);
    } else {
      const part = readYamlPart(parsed.frontMatter.text, parsed.frontMatter.line, file, schema, lang);
      details.push(...part.findings.map(formatFindingLine));
      if (part.data !== undefined) {
        const problems = checkFrontMatterFields(part.data, part.locate);
        details.push(...sortProblems(problems).map(problemLine(file, lang)));
        if (problems.length === 0) front = part.data;
      }
    }
  }

  const labelsText = read(paths.labels, cwd, lang);
  const labels = readYamlPart(labelsText.text, 1, labelsText.file, LabelsSchema, lang);
  details.push(...labels.findings.map(formatFindingLine));

  if (details.length > 0 || !parsed || !front || !labels.data) {
    throw new ConfigError(t('render.template.invalid', lang, { file }), details);
  }
  if (kind === 'report') front = withBundledReportParts(front as FrontMatterOf<'report'>, paths.template, lang) as FrontMatterOf<K>;
  if (kind === 'reminder' && !(front as FrontMatterOf<'reminder'>).list && resolve(paths.template) !== resolve(join(BUNDLED_TEMPLATES, templateFileName('reminder')))) {
    // a reminder template older than the attached list takes the list's wording from the bundled one
    const bundled = join(BUNDLED_TEMPLATES, templateFileName('reminder'));
    const base = loadTemplate('reminder', { configPath: bundled, cwd: BUNDLED_TEMPLATES, lang }).front;
    front = { ...(front as FrontMatterOf<'reminder'>), ...(base.list ? { list: base.list } : {}) } as FrontMatterOf<K>;
  }
  let words = labels.data;
  if (!words.changes) {
    // a labels file older than comparisons takes their words from the bundled one
    const bundled = readYamlPart(read(join(BUNDLED_TEMPLATES, LABELS_FILE), BUNDLED_TEMPLATES, lang).text, 1, LABELS_FILE, LabelsSchema, lang).data;
    if (bundled?.changes) words = { ...words, changes: bundled.changes };
  }
  return { kind, file, parsed, front, labels: words };
}

/** A department's report template older than the list appendices gets their wording from the bundled template. */
function withBundledReportParts(front: FrontMatterOf<'report'>, file: string, lang: Lang): FrontMatterOf<'report'> {
  const bundled = join(BUNDLED_TEMPLATES, templateFileName('report'));
  if (front.appendices?.comparison && front.appendix.subtotal !== undefined && front.appendix.group_none !== undefined && front.appendix.compared && front.charts?.completeness_by_group !== undefined) return front;
  if (resolve(file) === resolve(bundled)) return front;
  const base = loadTemplate('report', { configPath: bundled, cwd: BUNDLED_TEMPLATES, lang }).front;
  return {
    ...front,
    appendix: {
      ...front.appendix,
      subtotal: front.appendix.subtotal ?? base.appendix.subtotal,
      group_none: front.appendix.group_none ?? base.appendix.group_none,
      compared: front.appendix.compared ?? base.appendix.compared,
    },
    appendices: front.appendices ? { ...front.appendices, comparison: front.appendices.comparison ?? base.appendices!.comparison } : base.appendices,
    charts: front.charts ? { ...front.charts, completeness_by_group: front.charts.completeness_by_group ?? base.charts?.completeness_by_group } : base.charts,
  };
}
