/**
 * Shared by the render tests: the fixture summary, the example config, rendering a kind in-process, and reading the
 * DOCX back (unzip, then the text of each paragraph with its run properties).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { loadConfig, type LoadedConfig } from '../../src/config/load.js';
import { SummarySchema, type GroupBreakdown, type Summary } from '../../src/contract/summary.js';
import type { DocumentKind, NarrativeCaps } from '../../src/contract/documents.js';
import { resolveMetadata, type MetadataFlags } from '../../src/render/metadata.js';
import { renderDocument, type Rendered } from '../../src/render/render.js';
import { loadTemplate } from '../../src/render/template-files.js';
import { ROOT } from '../helpers/cli.js';

export const FIXTURE = join(ROOT, 'test', 'fixtures', 'summary-hk1.json');
export const EXAMPLE_CONFIG = join(ROOT, 'examples', 'edu-comms.yaml');

export function fixtureSummary(): Summary {
  return SummarySchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
}

export function exampleConfig(): Promise<LoadedConfig> {
  return loadConfig({ config: EXAMPLE_CONFIG, cwd: ROOT, lang: 'vi' });
}

export interface RenderCase {
  summary?: Summary;
  loaded?: LoadedConfig;
  flags?: MetadataFlags;
  date?: string;
  instant?: Date;
  appendix?: 'inline' | 'separate';
  /** `documents.caps` with defaults (resolveCaps); the renderer's defaults when absent. */
  caps?: NarrativeCaps;
  /** False: no charts (`--no-charts`). */
  charts?: boolean;
  /** The report's breakdown by attribute (`render --by`). */
  breakdown?: GroupBreakdown;
}

export async function renderKind(kind: DocumentKind, options: RenderCase = {}): Promise<Rendered & { parts: Record<string, string> }> {
  const loaded = options.loaded ?? (await exampleConfig());
  const summary = options.summary ?? fixtureSummary();
  const date = options.date ?? '2025-01-05';
  const { meta, missing } = resolveMetadata({ kind, config: loaded.config, roster: loaded.roster, summary, flags: options.flags ?? {}, date });
  if (!meta) throw new Error(`missing metadata: ${missing.map((m) => m.id).join(', ')}`);
  const template = loadTemplate(kind, { configPath: loaded.path, cwd: ROOT, lang: 'vi' });
  const rendered = await renderDocument({ summary, meta, template, roster: loaded.roster, instant: options.instant ?? new Date('2025-01-05T01:00:00Z'), ...(options.appendix ? { appendix: options.appendix } : {}), ...(options.caps ? { caps: options.caps } : {}), ...(options.charts === false ? { charts: false } : {}), ...(options.breakdown ? { breakdown: options.breakdown } : {}) });
  return { ...rendered, parts: unzip(rendered.bytes) };
}

export function unzip(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export interface Para {
  xml: string;
  text: string;
}

/** The paragraphs of a part, each with its raw XML and its visible text (tabs as `\t`). */
export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => {
    const inner = m[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => (t[0] === '<w:tab/>' ? '\t' : decode(t[1]!))).join('');
    return { xml: m[0], text };
  });
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The one paragraph whose text is exactly `text` (fails the test otherwise). */
export function paragraph(xml: string, text: string | RegExp): Para {
  const found = paragraphs(xml).filter((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (found.length !== 1) throw new Error(`expected one paragraph ${String(text)}, found ${found.length}`);
  return found[0]!;
}

/** Run properties of a paragraph: font size (half-points) and bold/italic of its first run with text. */
export function runStyle(para: Para): { size: number | null; bold: boolean; italics: boolean } {
  const run = /<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?\s*<w:t/.exec(para.xml);
  const rPr = run?.[1] ?? '';
  const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr);
  return {
    size: size ? Number(size[1]) : null,
    bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(rPr),
    italics: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(rPr),
  };
}

export const documentText = (xml: string) => paragraphs(xml).map((p) => p.text).join('\n');
