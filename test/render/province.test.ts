/**
 * A generated province of 1,050 schools (issue 10): the report's narrative stays a few pages whatever the size —
 * measured in the DOCX XML always, and in pages with LibreOffice where it is installed — names every serious
 * incident, lists every model in an appendix, and is the same from office summaries as from the schools' files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate, type SummaryInput } from '../../src/aggregate/aggregate.js';
import { resolvePeriod } from '../../src/contract/period.js';
import type { Summary } from '../../src/contract/summary.js';
import { DEFAULT_CAPS, namedIncidents } from '../../src/render/narrative.js';
import { ROOT } from '../helpers/cli.js';
import { generateProvince, PROVINCE_PERIOD, PROVINCE_ROOT, type Province } from '../helpers/province.js';
import { documentText, exampleConfig, paragraphs, renderKind } from './helpers.js';

const calendar = { '2024-2025': { HK1: { start: '2024-09-05', end: '2025-01-18', deadline: '2024-12-15' } } };
const target = resolvePeriod(PROVINCE_PERIOD, calendar);

function summarise(province: Province, node: string, files = province.files, summaries: SummaryInput[] = []): Summary {
  return aggregate({
    roster: province.roster,
    node,
    target,
    parts: [],
    files,
    summaries,
    rules: { preset: 'recommended', severity: {} },
    generatedAt: '2025-01-05T01:00:00.000Z',
    generator: 'edu-comms test',
    lang: 'vi',
  }).summary;
}

/** The body: everything before the first section break, i.e. before Phụ lục I. */
function narrativeXml(doc: string): string {
  return doc.slice(0, doc.indexOf('<w:sectPr'));
}
const countOf = (xml: string, re: RegExp) => [...xml.matchAll(re)].length;

let province: Province;
let summary: Summary;
let report: Awaited<ReturnType<typeof renderKind>>;
let doc: string;

beforeAll(async () => {
  province = generateProvince({ offices: 20, perOffice: 50, direct: 50 });
  summary = summarise(province, PROVINCE_ROOT);
  const loaded = await exampleConfig();
  report = await renderKind('report', { summary, loaded: { ...loaded, roster: province.roster } });
  doc = report.parts['word/document.xml']!;
}, 120_000);

describe('a 1,050-school province', () => {
  it('is what the generator promised: over 1,000 schools, high-severity incidents, shared and unique sentences', () => {
    expect(summary.completeness.expected).toBeGreaterThanOrEqual(1000);
    expect(summary.lists.incidents.filter((i) => i.severity === 'high').length).toBeGreaterThan(0);
    expect(new Set(summary.lists.exemplary_models.map((m) => m.title)).size).toBe(summary.lists.exemplary_models.length);
    expect(summary.lists.exemplary_models.length).toBeGreaterThan(500);
    expect(summary.lists.missing.length + summary.lists.late.length).toBeGreaterThan(50);
  });

  it('has a narrative of bounded size: paragraphs and table rows before the first appendix', async () => {
    const body = narrativeXml(doc);
    const paras = countOf(body, /<w:p[ >]/g);
    const rows = countOf(body, /<w:tr[ >]/g);
    // about 6–11 A4 pages of 14 pt text: a page holds some 15–25 paragraphs of this report (a 2,500-school body of 13
    // pages had 190)
    expect(paras).toBeGreaterThan(60);
    expect(paras).toBeLessThanOrEqual(175);
    expect(rows).toBeLessThanOrEqual(4);
    // the whole document, appendices included, holds a row for every school
    expect(countOf(doc, /<w:tr[ >]/g)).toBeGreaterThan(summary.completeness.expected);

    // in pages, where LibreOffice is installed (the CI installs it once .ci/run says so: then it must be there)
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    const required = process.env.CI === 'true' && /libreoffice/i.test(ci);
    const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);
    if (required) expect(soffice, 'LibreOffice is installed by .ci/run').toBeDefined();
    if (soffice) {
      const dir = mkdtempSync(join(tmpdir(), 'edu-comms-province-'));
      try {
        // the body alone (the appendices in a file of their own): its pages are the pages before Phụ lục I, and
        // LibreOffice lays out 10 pages instead of 60
        const loaded = await exampleConfig();
        const body = await renderKind('report', { summary, loaded: { ...loaded, roster: province.roster }, appendix: 'separate' });
        expect(documentText(narrativeXml(body.parts['word/document.xml']!))).toBe(documentText(narrativeXml(doc)));
        writeFileSync(join(dir, 'report.docx'), body.bytes);
        execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { stdio: 'ignore', timeout: 240_000 });
        expect(existsSync(join(dir, 'report.pdf'))).toBe(true);
        const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const pages = text.split('\f').filter((page) => page.trim() !== '');
        expect(pages.join('\n')).not.toMatch(/^\s*Phụ lục I\s*$/m);
        expect(pages.length).toBeGreaterThanOrEqual(5);
        expect(pages.length).toBeLessThanOrEqual(11);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 300_000);

  it('with the chart by managing unit, names only the lowest offices in the narrative; without it, every office', async () => {
    const officeLine = /^- (UBND .+): \d+\/\d+ đơn vị báo cáo đạt yêu cầu \((\d+,\d)%\)/;
    const lines = (d: string) => paragraphs(narrativeXml(d)).map((p) => officeLine.exec(p.text)).filter((m) => m !== null);
    const charted = lines(doc);
    expect(documentText(narrativeXml(doc))).toContain('Biểu đồ 1.');
    expect(charted).toHaveLength(5);
    // the five lowest, lowest first (ties in the summary's order)
    const offices = summary.by_child.filter((c) => c.level === 'OFFICE');
    const lowest = [...offices].sort((a, b) => a.completeness.completeness_pct! - b.completeness.completeness_pct!).slice(0, 5);
    expect(charted.map((m) => m[1])).toEqual(lowest.map((c) => c.name));
    const loaded = await exampleConfig();
    const plain = await renderKind('report', { summary, loaded: { ...loaded, roster: province.roster }, charts: false });
    expect(lines(plain.parts['word/document.xml']!).map((m) => m[1])).toEqual(offices.map((c) => c.name));
    // a higher cap names more, and at half the offices or more every office is named
    const capped = await renderKind('report', { summary, loaded: { ...loaded, roster: province.roster }, caps: { ...DEFAULT_CAPS, lowest_children: 8 } });
    expect(lines(capped.parts['word/document.xml']!)).toHaveLength(8);
    const all = await renderKind('report', { summary, loaded: { ...loaded, roster: province.roster }, caps: { ...DEFAULT_CAPS, lowest_children: 10 } });
    expect(lines(all.parts['word/document.xml']!)).toHaveLength(offices.length);
  }, 120_000);

  it('names every high-severity or still-handling incident in the narrative', () => {
    const body = documentText(narrativeXml(doc));
    const serious = summary.lists.incidents.filter((i) => i.severity === 'high' || i.status === 'handling');
    expect(serious.length).toBeGreaterThan(0);
    expect(namedIncidents(summary.lists.incidents)).toHaveLength(serious.length);
    for (const incident of serious) expect(body).toContain(incident.summary);
    // and the others only in the appendix
    const minor = summary.lists.incidents.find((i) => i.severity !== 'high' && i.status === 'resolved')!;
    expect(body).not.toContain(minor.summary);
    expect(documentText(doc)).toContain(minor.summary);
  });

  it('lists every model, commendation and outstanding unit in an appendix', () => {
    const appendixText = paragraphs(doc.slice(doc.indexOf('<w:sectPr'))).map((p) => p.text).join('\n');
    for (const model of summary.lists.exemplary_models) expect(appendixText).toContain(model.title);
    for (const unit of [...summary.lists.missing, ...summary.lists.rejected, ...summary.lists.late]) expect(appendixText).toContain(unit.name);
    expect(appendixText).toMatch(/^Phụ lục V$/m);
  });

  it('is deterministic: the same summary renders to the same bytes', async () => {
    const loaded = await exampleConfig();
    const again = await renderKind('report', { summary, loaded: { ...loaded, roster: province.roster } });
    expect(Buffer.from(again.bytes).equals(Buffer.from(report.bytes))).toBe(true);
  });

  it('from office summaries gives the same totals, rates and full lists as from every school file', () => {
    const offices = province.offices.map((code) => summarise(province, code, province.files.filter((f) => f.unit?.startsWith(`${code}-`))));
    const direct = province.files.filter((f) => f.unit?.startsWith('THPT-'));
    const inputs = offices.map((s) => ({ file: `sum/${s.node.code}.json`, sha256: s.node.code, summary: s }));
    const rolled = summarise(province, PROVINCE_ROOT, direct, inputs);
    expect(rolled.completeness).toEqual(summary.completeness);
    expect(rolled.totals).toEqual(summary.totals);
    expect(rolled.rates).toEqual(summary.rates);
    expect(rolled.by_child).toEqual(summary.by_child);
    expect(rolled.lists).toEqual(summary.lists);
  });

  it('names the models an office clerk marked featured in its summary, ahead of the rule’s own picks', async () => {
    const code = province.offices[3]!;
    const office = summarise(province, code, province.files.filter((f) => f.unit?.startsWith(`${code}-`)));
    // the office's last model without a URL: the rule alone would never pick it
    const chosen = office.lists.exemplary_models.filter((m) => !m.url).at(-1)!;
    chosen.featured = true;
    const others = province.files.filter((f) => !f.unit?.startsWith(`${code}-`));
    const rolled = summarise(province, PROVINCE_ROOT, others, [{ file: `sum/${code}.json`, sha256: code, summary: office }]);
    expect(rolled.lists.exemplary_models.find((m) => m.title === chosen.title)?.featured).toBe(true);
    const loaded = await exampleConfig();
    const body = (d: string) => documentText(narrativeXml(d));
    const before = body(doc);
    const after = body((await renderKind('report', { summary: rolled, loaded: { ...loaded, roster: province.roster } })).parts['word/document.xml']!);
    expect(before).not.toContain(chosen.title);
    expect(after).toContain(chosen.title);
  }, 60_000);
});
