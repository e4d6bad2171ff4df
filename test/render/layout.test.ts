/**
 * Layout properties of the Decree-30 documents that the eye misses in a test of texts and sizes, read back from the
 * XML: paragraphs kept with the next, rows that never split, the document language, the body's line spacing, the page
 * numbers' size, the appendix note's italics, the appendix header's columns in the order of the summary's keys, and
 * each chart kept with its caption.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/contract/config.js';
import { UNIT_COUNT_KEYS } from '../../src/contract/summary.js';
import { loadTemplate } from '../../src/render/template-files.js';
import { ROOT } from '../helpers/cli.js';
import { EXAMPLE_CONFIG, exampleConfig, fixtureSummary, paragraph, paragraphs, renderKind, runStyle, type Para } from './helpers.js';

const KINDS = ['report', 'letter', 'reminder'] as const;
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rows = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const keptWithNext = (p: Para) => /<w:keepNext\/>|<w:keepNext w:val="(true|1)"\/>/.test(p.xml);
/** The paragraphs of the body: after the title block and before the closing table. */
function bodyOf(doc: string): Para[] {
  const closing = doc.indexOf(tables(doc).find((t) => t.includes('Nơi nhận:'))!);
  return paragraphs(doc.slice(0, closing)).filter((p) => /<w:ind w:firstLine="720"\/>/.test(p.xml));
}

/**
 * Each kind issued by a Sở (the example's) and by a commune People's Committee (issue 11: both must pass these checks);
 * the headers and signatures themselves are read back in issuers.test.ts.
 */
const ISSUERS = {
  'the Sở': undefined,
  'a commune': {
    authority: { code: 'XA-DINHHOA', name: 'Ủy ban nhân dân xã Định Hóa', symbol: 'UBND', place: 'Định Hóa', drafting_unit: 'VHXH' },
    signer: { collective: 'ỦY BAN NHÂN DÂN', authority: 'KT.', on_behalf_of: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Ma Thị Hoa' },
  },
} as const satisfies Record<string, { authority: Config['authority']; signer: NonNullable<NonNullable<Config['documents']>['signer']> } | undefined>;
const CASES = KINDS.flatMap((kind) => Object.keys(ISSUERS).map((issuer) => ({ kind, issuer: issuer as keyof typeof ISSUERS })));

async function render(kind: (typeof KINDS)[number], issuer: keyof typeof ISSUERS) {
  const as = ISSUERS[issuer];
  if (!as) return renderKind(kind);
  const loaded = await exampleConfig();
  const documents = loaded.config.documents;
  const config: Config = { ...loaded.config, authority: as.authority, documents: { ...documents, signer: as.signer, reminder: { ...documents?.reminder, signer: as.signer } } };
  return renderKind(kind, { loaded: { ...loaded, config } });
}

describe.each(CASES)('$kind issued by $issuer: pagination', ({ kind, issuer }) => {
  it('keeps headings and the last body paragraph with what follows, and no other body paragraph', async () => {
    const doc = (await render(kind, issuer)).parts['word/document.xml']!;
    const body = bodyOf(doc);
    expect(body.length).toBeGreaterThan(2);
    const last = body.at(-1)!;
    expect(last.text.endsWith('./.')).toBe(true);
    expect(keptWithNext(last)).toBe(true);
    for (const p of body.slice(0, -1)) {
      if (/^([IVX]+\.|\d+\.|[a-zđ]\)) /.test(p.text)) continue; // headings: the test below
      expect(keptWithNext(p), p.text).toBe(false);
    }
  });

  it('never splits the closing table’s row (Nơi nhận and the signature) across pages', async () => {
    const doc = (await render(kind, issuer)).parts['word/document.xml']!;
    const closing = tables(doc).find((t) => t.includes('Nơi nhận:'))!;
    const [row] = rows(closing);
    expect(row).toMatch(/<w:trPr>[\s\S]*?<w:cantSplit\/>[\s\S]*?<\/w:trPr>/);
  });

  it('is written in Vietnamese (vi-VN), so that Word checks the spelling of the right language', async () => {
    const styles = (await render(kind, issuer)).parts['word/styles.xml']!;
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('sets the body at 1.2 lines (288/240), never single or double', async () => {
    const doc = (await render(kind, issuer)).parts['word/document.xml']!;
    for (const p of bodyOf(doc)) expect(p.xml, p.text).toMatch(/<w:spacing [^>]*w:line="288" w:lineRule="auto"/);
  });

  it('numbers the pages in 14 pt like the text', async () => {
    const { parts } = await render(kind, issuer);
    const numbered = Object.entries(parts).filter(([name, xml]) => /^word\/header\d+\.xml$/.test(name) && /PAGE/.test(xml));
    expect(numbered.length).toBeGreaterThan(0);
    for (const [, xml] of numbered) {
      const sizes = [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((r) => /<w:sz w:val="(\d+)"\/>/.exec(r[0])?.[1]);
      expect(sizes.length).toBeGreaterThan(0);
      expect(new Set(sizes)).toEqual(new Set(['28']));
    }
  });
});

describe('report headings', () => {
  it('keeps every heading (I., 1., a)) with the paragraph under it', async () => {
    const doc = (await renderKind('report')).parts['word/document.xml']!;
    for (const text of ['I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI', '1. Nội dung truyền thông', 'a) Kênh truyền thông của các đơn vị']) {
      expect(keptWithNext(paragraph(doc, text)), text).toBe(true);
    }
  });
});

describe('report appendix (the per-unit table)', () => {
  const table = async () => tables((await renderKind('report')).parts['word/document.xml']!).find((t) => t.includes('Tổng cộng'))!;

  it('never splits a row, header rows included', async () => {
    const all = rows(await table());
    expect(all.length).toBeGreaterThan(3);
    for (const row of all) expect(row).toMatch(/<w:trPr>[\s\S]*?<w:cantSplit\/>[\s\S]*?<\/w:trPr>/);
  });

  it('writes the note under its title in italics', async () => {
    const doc = (await renderKind('report')).parts['word/document.xml']!;
    const notes = paragraphs(doc).filter((p) => p.text.startsWith('(Kèm theo Báo cáo'));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(runStyle(note)).toMatchObject({ size: 28, italics: true, bold: false });
  });

  it('heads each count column with the label of the summary key whose figures it holds', async () => {
    const front = loadTemplate('report', { configPath: EXAMPLE_CONFIG, cwd: ROOT, lang: 'vi' }).front;
    const labels = front.appendix.columns as Record<string, string>;
    const [first, second] = rows(await table());
    // grid column → header text: a row-1 cell spans gridSpan columns; row 2 names the columns under a grouped cell
    const grid = (row: string) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].flatMap((m) => {
        const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(m[0])?.[1] ?? 1);
        const text = paragraphs(m[0]).map((p) => p.text).join('');
        return Array.from({ length: span }, () => ({ text, continued: m[0].includes('w:val="continue"') }));
      });
    const top = grid(first!);
    const under = grid(second!);
    const heading = (col: number) => (under[col] && !under[col]!.continued && under[col]!.text ? under[col]!.text : top[col]!.text);
    const keys = [...UNIT_COUNT_KEYS, 'errors', 'warnings'];
    keys.forEach((key, i) => expect(heading(4 + i), key).toBe(labels[key]));

    // and the unit rows hold those keys' figures in those columns
    const unit = fixtureSummary().units.find((u) => u.counts !== null && UNIT_COUNT_KEYS.some((k) => u.counts![k] > 0))!;
    const row = rows(await table()).find((r) => r.includes(`>${unit.name}<`))!;
    const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map((p) => p.text).join(''));
    UNIT_COUNT_KEYS.forEach((key, i) => expect(cells[4 + i], key).toBe(unit.counts![key].toLocaleString('vi-VN')));
  });
});

describe('report figures (the charts)', () => {
  it('keeps each chart’s picture on the page of its caption «Biểu đồ N. …» under it', async () => {
    const all = paragraphs((await renderKind('report')).parts['word/document.xml']!);
    const pictures = all.map((p, i) => ({ p, i })).filter(({ p }) => p.xml.includes('<w:drawing>'));
    expect(pictures.length).toBeGreaterThan(0);
    for (const { p, i } of pictures) {
      expect(all[i + 1]!.text).toMatch(/^Biểu đồ \d+\. /);
      expect(keptWithNext(p), all[i + 1]!.text).toBe(true);
    }
  });
});
