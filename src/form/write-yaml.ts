/**
 * Writing a submission as commented YAML, walking the contract's schema so that keys come in the contract's order and
 * every line carries the field's label as a comment, like the Excel form.
 *
 * - `skeleton`: the blank form of `edu-comms template --format yaml`. Required fields are left empty (`code:`) for
 *   the clerk to fill; optional ones are commented out; each repeatable section shows a commented sample item.
 * - `data`: a submission (from `edu-comms convert`): exactly the data given, with absent optional fields shown as
 *   comments. Reading the text back gives the same data.
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import { SUBMISSION_SCHEMA_FILE } from '../contract/json-schema.js';
import { metaOf } from '../contract/meta.js';
import { SubmissionSchema } from '../contract/submission.js';
import { arrayElement, fieldAt, isOptional, leafFields, objectShape, type PathSegment } from '../contract/walk.js';
import { t, type Lang } from '../i18n/index.js';

export interface YamlFormOptions {
  lang: Lang;
  mode: 'skeleton' | 'data';
  /** Lines for the header comment (e.g. the unit and period). */
  caption?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const blank = (v: unknown) => v === undefined || v === null || v === '';

/** A scalar as YAML text, quoted where YAML would read it as something else (`"0912345678"`, `"true"`, `"1.200"`). */
function scalar(value: unknown, indent: string): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = stringify(value, { lineWidth: 0, blockQuote: 'literal' }).replace(/\n$/, '');
  // a block scalar with an explicit indentation indicator (text starting with spaces) is tied to its column:
  // write it as a double-quoted string instead (JSON strings are valid YAML)
  if (/^[|>][1-9]/.test(text)) return JSON.stringify(value);
  // block scalars: continuation lines move in under their key
  return text.replace(/\n/g, `\n${indent}`);
}

function labelOf(schema: z.ZodType, lang: Lang): string {
  return metaOf(schema)?.label[lang] ?? '';
}

function leafComment(root: z.ZodType, path: PathSegment[], lang: Lang): string {
  const { meta, kind } = fieldAt(root, path);
  const label = meta?.label[lang] ?? '';
  const options = kind?.kind === 'enum' && kind.options ? `: ${kind.options.join(' | ')}` : '';
  return `${label}${options}`;
}

/** Writes the data (or skeleton) of one object schema, one line per field. */
function emitObject(lines: string[], root: z.ZodType, schema: z.ZodType, value: unknown, path: PathSegment[], indent: string, options: YamlFormOptions) {
  const { lang, mode } = options;
  const shape = objectShape(schema)!;
  const record = isRecord(value) ? value : {};
  for (const [key, child] of Object.entries(shape)) {
    const childPath = [...path, key];
    const v = record[key];
    const optionalText = t('template.yaml.optional', lang);
    if (objectShape(child)) {
      if (blank(v) && mode === 'data') continue;
      if (path.length === 0) lines.push('');
      lines.push(`${indent}# ${labelOf(child, lang)}${isOptional(child) && mode === 'skeleton' ? ` (${optionalText})` : ''}`);
      lines.push(`${indent}${key}:`);
      emitObject(lines, root, child, v, childPath, `${indent}  `, options);
      continue;
    }
    const element = arrayElement(child);
    if (element) {
      if (path.length === 0) lines.push('');
      lines.push(`${indent}# ${labelOf(child, lang)}`);
      const items = Array.isArray(v) ? v : [];
      if (items.length === 0) {
        if (mode === 'skeleton') {
          lines.push(`${indent}# ${t('template.yaml.list_help', lang)}`);
          emitSample(lines, root, element, childPath, indent, lang);
        }
        lines.push(`${indent}${key}: []`);
        continue;
      }
      lines.push(`${indent}${key}:`);
      items.forEach((item, i) => {
        const itemLines: string[] = [];
        emitObject(itemLines, root, element, item, [...childPath, i], `${indent}    `, { ...options, mode: 'data' });
        // the item's first written field carries the "- "
        const first = itemLines.findIndex((l) => !l.trimStart().startsWith('#'));
        itemLines.forEach((line, j) => {
          if (j === first) lines.push(`${indent}  - ${line.slice(indent.length + 4)}`);
          else if (!line.trimStart().startsWith('#')) lines.push(line);
        });
      });
      continue;
    }
    const comment = leafComment(root, childPath, lang);
    if (blank(v)) {
      const optional = isOptional(child);
      if (mode === 'skeleton' && (!optional || key === firstKeyOfGroup(shape))) lines.push(`${indent}${key}:  # ${comment}`);
      else lines.push(`${indent}# ${key}:  # ${comment}${optional ? ` (${optionalText})` : ''}`);
      continue;
    }
    const text = scalar(v, `${indent}  `);
    // a block scalar's comment goes after its indicator, never after its last line (it would become text)
    const newline = text.indexOf('\n');
    lines.push(newline < 0 ? `${indent}${key}: ${text}  # ${comment}` : `${indent}${key}: ${text.slice(0, newline)}  # ${comment}${text.slice(newline)}`);
  }
}

/**
 * The first field of a group that has required fields (a person's name, the signer's name): optional in the schema so
 * that a rule reports it with a better message, but a skeleton shows it to be filled like the required ones.
 */
function firstKeyOfGroup(shape: Record<string, z.ZodType>): string | undefined {
  const entries = Object.entries(shape);
  return entries.some(([, s]) => !isOptional(s)) ? entries[0]?.[0] : undefined;
}

/** A commented-out sample item of a repeatable section: its fields with their labels. */
function emitSample(lines: string[], root: z.ZodType, element: z.ZodType, path: PathSegment[], indent: string, lang: Lang) {
  lines.push(`${indent}# ${path[path.length - 1]}:`);
  leafFields(element).forEach((field, i) => {
    const label = leafComment(root, [...path, 0, ...field.path], lang);
    const optional = field.optional ? ` (${t('template.yaml.optional', lang)})` : '';
    lines.push(`${indent}#   ${i === 0 ? '- ' : '  '}${field.path.join('.')}:  # ${label}${optional}`);
  });
}

/**
 * The submission (or a blank skeleton) as commented YAML text. The first line points editors (VS Code's YAML
 * extension) at the submission's JSON Schema beside the file, and the next says how to get that file.
 */
export function writeSubmissionYaml(data: unknown, options: YamlFormOptions): string {
  const lines: string[] = [
    `# yaml-language-server: $schema=./${SUBMISSION_SCHEMA_FILE}`,
    `# ${t('template.yaml.title', options.lang)}`,
    `# ${t('template.yaml.schema_hint', options.lang, { file: SUBMISSION_SCHEMA_FILE })}`,
  ];
  if (options.caption) lines.push(`# ${options.caption}`);
  emitObject(lines, SubmissionSchema, SubmissionSchema, data, [], '', options);
  return `${lines.join('\n')}\n`;
}
