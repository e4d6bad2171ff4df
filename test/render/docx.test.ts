/**
 * The rendered documents, read back from their XML: the layout rules of `shared/spec/document-format.md`, and the
 * figures of the summary. Expected values are the Decree's numbers and the fixture's data, never the renderer's output.
 */
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/contract/summary.js';
import { groupSentences } from '../../src/render/narrative.js';
import { documentText, exampleConfig, fixtureSummary, paragraph, paragraphs, renderKind, runStyle } from './helpers.js';

const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);
const sectPrs = (xml: string) => [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
const attr = (xml: string, element: string, name: string) => new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
/** The top-level tables of the body, in order. */
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);

describe.each(['report', 'letter', 'reminder'] as const)('%s: page and fonts', (kind) => {
  it('is A4 with the Decree’s default margins, page numbers hidden on page 1', async () => {
    const { parts } = await renderKind(kind);
    const doc = parts['word/document.xml']!;
    const first = sectPrs(doc).at(-1)!;
    // the last sectPr is the body's own section: for the report it is the landscape appendix
    const portrait = kind === 'report' ? sectPrs(doc)[0]! : first;
    expect(attr(portrait, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(portrait, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(portrait, 'w:pgMar', 'w:top')).toBe(String(mmToTwips(20)));
    expect(attr(portrait, 'w:pgMar', 'w:bottom')).toBe(String(mmToTwips(20)));
    expect(attr(portrait, 'w:pgMar', 'w:left')).toBe(String(mmToTwips(30)));
    expect(attr(portrait, 'w:pgMar', 'w:right')).toBe(String(mmToTwips(15)));
    expect(portrait).toContain('<w:titlePg/>');

    // the first-page header has no page number; the default header has a centred PAGE field
    const rels = parts['word/_rels/document.xml.rels']!;
    const headerOf = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(portrait)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      return parts[`word/${target[1] ?? target[2]}`]!;
    };
    expect(headerOf('first')).not.toMatch(/PAGE/);
    const numbered = headerOf('default');
    expect(numbered).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:fldSimple w:instr="\s*PAGE/);
    expect(numbered).toContain('<w:jc w:val="center"/>');
  });

  it('sets Times New Roman on every font slot, in the defaults and in the theme', async () => {
    const { parts } = await renderKind(kind);
    const rFonts = /<w:rPrDefault>[\s\S]*?<w:rFonts([^>]*)\/>/.exec(parts['word/styles.xml']!)![1]!;
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(rFonts).toContain(`w:${slot}="Times New Roman"`);
    const theme = Object.entries(parts).find(([name]) => name.startsWith('word/theme/'))![1];
    expect(theme).toMatch(/<a:majorFont>\s*<a:latin typeface="Times New Roman"/);
    expect(theme).toMatch(/<a:minorFont>\s*<a:latin typeface="Times New Roman"/);
    // no run picks another font
    for (const part of Object.values(parts)) {
      for (const m of part.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)) expect(m[1]).toBe('Times New Roman');
    }
  });
});

describe.each(['report', 'letter', 'reminder'] as const)('%s: header table', (kind) => {
  it('is borderless, two columns, the issuer left and the Quốc hiệu right, in the right sizes', async () => {
    const { parts } = await renderKind(kind);
    const doc = parts['word/document.xml']!;
    const header = tables(doc)[0]!;
    expect(header).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
    expect([...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)]).toHaveLength(2);
    const cols = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // left ≈ 6–6.5 cm, right ≈ 9.5–10 cm
    expect(cols[0]).toBeGreaterThanOrEqual(mmToTwips(60));
    expect(cols[0]).toBeLessThanOrEqual(mmToTwips(65));
    expect(cols[1]).toBeGreaterThanOrEqual(mmToTwips(95));
    expect(cols[1]).toBeLessThanOrEqual(mmToTwips(100.5));

    const style = (text: string | RegExp) => runStyle(paragraph(header, text));
    expect(style('UBND TỈNH THÁI NGUYÊN')).toEqual({ size: 26, bold: false, italics: false });
    expect(style('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toEqual({ size: 26, bold: true, italics: false });
    expect(style('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ size: 26, bold: true, italics: false });
    expect(style('Độc lập - Tự do - Hạnh phúc')).toEqual({ size: 28, bold: true, italics: false });
    expect(style(/^Số: /)).toEqual({ size: 26, bold: false, italics: false });
    expect(style('Thái Nguyên, ngày 05 tháng 01 năm 2025')).toEqual({ size: 28, bold: false, italics: true });

    // the rules under the issuer and the motto are paragraph borders, never typed characters
    expect(doc).not.toMatch(/[─━_]{3,}/);
    expect([...header.matchAll(/<w:pBdr><w:bottom w:val="single"/g)]).toHaveLength(2);
  });

  it('draws the issuer’s rule at ⅓–½ of its name and the motto’s rule as long as the motto', async () => {
    const { parts } = await renderKind(kind);
    const header = tables(parts['word/document.xml']!)[0]!;
    const cols = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const rules = paragraphs(header).filter((p) => p.xml.includes('<w:pBdr>'));
    const length = (p: { xml: string }, column: number) => column - Number(attr(p.xml, 'w:ind', 'w:left')) - Number(attr(p.xml, 'w:ind', 'w:right'));
    // widths in Times New Roman (research note vn-format-and-domain.md §1.5): SỞ GIÁO DỤC VÀ ĐÀO TẠO bold 13 pt ≈ 6.1 cm,
    // Độc lập - Tự do - Hạnh phúc bold 14 pt ≈ 5.9 cm
    const issuer = length(rules[0]!, cols[0]!);
    expect(issuer).toBeGreaterThanOrEqual(mmToTwips(61) / 3);
    expect(issuer).toBeLessThanOrEqual(mmToTwips(61) / 2);
    const motto = length(rules[1]!, cols[1]!);
    expect(motto).toBeGreaterThanOrEqual(mmToTwips(59) * 0.9);
    expect(motto).toBeLessThanOrEqual(mmToTwips(59) * 1.1);
  });
});

describe('header of an issuer with a long name', () => {
  it('keeps PHÒNG GIÁO DỤC VÀ ĐÀO TẠO on one line with the low end of the size ranges and a wider left column', async () => {
    const loaded = await exampleConfig();
    const authority = { ...loaded.config.authority, governing_body: 'UBND HUYỆN ĐỊNH HÓA', name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', symbol: 'PGDĐT', place: 'Định Hóa' };
    const { parts } = await renderKind('letter', { loaded: { ...loaded, config: { ...loaded.config, authority } } });
    const header = tables(parts['word/document.xml']!)[0]!;
    const cols = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // Times Bold: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ≈ 15.8 em ≈ 6.7 cm at 12 pt; the Quốc hiệu ≈ 8.8 cm at 12 pt (research §1.5)
    expect(cols[0]).toBeGreaterThan(mmToTwips(67));
    expect(cols[1]).toBeGreaterThan(mmToTwips(88));
    expect(cols[0]! + cols[1]!).toBe(11906 - mmToTwips(30) - mmToTwips(15));
    expect(runStyle(paragraph(header, 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'))).toEqual({ size: 24, bold: true, italics: false });
    expect(runStyle(paragraph(header, 'UBND HUYỆN ĐỊNH HÓA'))).toEqual({ size: 24, bold: false, italics: false });
    expect(runStyle(paragraph(header, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual({ size: 24, bold: true, italics: false });
    expect(runStyle(paragraph(header, 'Độc lập - Tự do - Hạnh phúc'))).toEqual({ size: 26, bold: true, italics: false });
    expect(paragraphs(header).map((p) => p.text)).toContain('Định Hóa, ngày 05 tháng 01 năm 2025');
  });
});

describe('numbers and dates', () => {
  it('writes `Số: 05/BC-SGDĐT` for a report and `Số: 1564/SGDĐT-VP` for a công văn', async () => {
    const report = (await renderKind('report', { flags: { number: 5 } })).parts['word/document.xml']!;
    expect(paragraphs(report).map((p) => p.text)).toContain('Số: 05/BC-SGDĐT');
    const letter = (await renderKind('letter', { flags: { number: 1564 } })).parts['word/document.xml']!;
    expect(paragraphs(letter).map((p) => p.text)).toContain('Số: 1564/SGDĐT-VP');
    expect(letter).not.toMatch(/\/CV-|-CV\b/);
  });

  it('leaves the number blank for the clerk when none is given', async () => {
    const doc = (await renderKind('letter')).parts['word/document.xml']!;
    const number = paragraphs(doc).find((p) => p.text.startsWith('Số:'))!;
    expect(number.text).toMatch(/^Số:\s+\/SGDĐT-VP$/);
  });

  it('pads the month only for January and February: `tháng 4`, never `tháng 04`', async () => {
    const april = documentText((await renderKind('letter', { date: '2025-04-05' })).parts['word/document.xml']!);
    expect(april).toContain('Thái Nguyên, ngày 05 tháng 4 năm 2025');
    expect(april).not.toMatch(/tháng 0[3-9]/);
    const february = documentText((await renderKind('letter', { date: '2025-02-19' })).parts['word/document.xml']!);
    expect(february).toContain('Thái Nguyên, ngày 19 tháng 02 năm 2025');
    const october = documentText((await renderKind('letter', { date: '2024-10-20' })).parts['word/document.xml']!);
    expect(october).toContain('Thái Nguyên, ngày 20 tháng 10 năm 2024');
  });
});

describe('title, addressees and body', () => {
  it('report: BÁO CÁO and its subject in bold 14 pt, centred, then Kính gửi', async () => {
    const doc = (await renderKind('report')).parts['word/document.xml']!;
    const title = paragraph(doc, 'BÁO CÁO');
    expect(runStyle(title)).toEqual({ size: 28, bold: true, italics: false });
    expect(title.xml).toContain('<w:jc w:val="center"/>');
    const subject = paragraph(doc, 'Kết quả công tác truyền thông học kỳ I năm học 2024-2025');
    expect(runStyle(subject)).toEqual({ size: 28, bold: true, italics: false });
    expect(paragraphs(doc).map((p) => p.text)).toContain('Kính gửi: Bộ Giáo dục và Đào tạo');
  });

  it('letter: the V/v summary sits under the number, in the header’s left column, 12 pt', async () => {
    const doc = (await renderKind('letter')).parts['word/document.xml']!;
    const header = tables(doc)[0]!;
    const vv = paragraph(header, 'V/v báo cáo kết quả công tác truyền thông học kỳ I năm học 2024-2025');
    expect(runStyle(vv).size).toBe(24);
    expect(vv.xml).toMatch(/w:before="120"/);
  });

  it('reminder: several addressees as `- …;` lines, the last ending with `.`', async () => {
    const doc = (await renderKind('reminder')).parts['word/document.xml']!;
    const texts = paragraphs(doc).map((p) => p.text);
    const start = texts.findIndex((t) => t.startsWith('Kính gửi:'));
    expect(start).toBeGreaterThan(-1);
    expect(texts[start]).toMatch(/^Kính gửi:\t- .+;$/);
    const lines = [texts[start]!.split('\t')[1]!];
    for (let i = start + 1; texts[i]!.startsWith('- '); i++) lines.push(texts[i]!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((l) => l.endsWith(';'))).toBe(true);
    expect(lines.at(-1)!.endsWith('.')).toBe(true);
  });

  it('body paragraphs are 14 pt, justified, indented 1.27 cm, 6 pt apart; headings I. bold UPPER', async () => {
    const doc = (await renderKind('report')).parts['word/document.xml']!;
    const body = paragraph(doc, /^Thực hiện chế độ báo cáo định kỳ/);
    expect(body.xml).toContain('<w:jc w:val="both"/>');
    expect(body.xml).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body.xml).toMatch(/w:after="120"/);
    expect(runStyle(body).size).toBe(28);
    const heading = paragraph(doc, 'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI');
    expect(runStyle(heading)).toMatchObject({ size: 28, bold: true });
    expect(runStyle(paragraph(doc, '1. Nội dung truyền thông'))).toMatchObject({ bold: true });
    expect(runStyle(paragraph(doc, 'a) Kênh truyền thông của các đơn vị'))).toMatchObject({ bold: false });
  });

  it.each(['report', 'letter', 'reminder'] as const)('%s: the body ends with ./.', async (kind) => {
    const doc = (await renderKind(kind)).parts['word/document.xml']!;
    const texts = paragraphs(doc).map((p) => p.text);
    const closing = texts.indexOf('Nơi nhận:');
    const last = texts.slice(0, closing).filter((t) => t.trim() !== '').at(-1)!;
    expect(last.endsWith('./.')).toBe(true);
    expect(texts.filter((t) => t.includes('./.'))).toHaveLength(1);
  });
});

describe('closing table', () => {
  it.each(['report', 'letter', 'reminder'] as const)('%s: Nơi nhận 12 pt bold italic, list 11 pt, signature block bold 14 pt', async (kind) => {
    const doc = (await renderKind(kind)).parts['word/document.xml']!;
    const closing = tables(doc).find((t) => t.includes('Nơi nhận:'))!;
    expect(closing).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
    expect(runStyle(paragraph(closing, 'Nơi nhận:'))).toEqual({ size: 24, bold: true, italics: true });
    const list = paragraphs(closing).filter((p) => p.text.startsWith('- '));
    expect(list[0]!.text).toBe('- Như trên;');
    expect(list.at(-1)!.text).toBe('- Lưu: VT, VP.');
    for (const p of list) expect(runStyle(p)).toEqual({ size: 22, bold: false, italics: false });
    for (const p of list.slice(0, -1)) expect(p.text.endsWith(';')).toBe(true);

    const [authority, title, name] = kind === 'reminder' ? ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'Hoàng Thị Lan'] : ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Hùng'];
    for (const text of [authority, title, name]) {
      const p = paragraph(closing, text);
      expect(runStyle(p)).toEqual({ size: 28, bold: true, italics: false });
      expect(p.xml).toContain('<w:jc w:val="center"/>');
    }
    // 4 empty lines for the signature and the seal between the title and the name
    const texts = paragraphs(closing).map((p) => p.text);
    const gap = texts.slice(texts.indexOf(title) + 1, texts.indexOf(name));
    expect(gap).toEqual(['', '', '', '']);
  });
});

describe('the figures of the summary', () => {
  const summary: Summary = fixtureSummary();

  it('report: completeness, totals, every incident, late and missing unit, quoted texts with their unit', async () => {
    const text = documentText((await renderKind('report')).parts['word/document.xml']!);
    const c = summary.completeness;
    expect(text).toContain(`Tổng số đơn vị phải báo cáo: ${c.expected}; đã báo cáo đạt yêu cầu: ${c.accepted} đơn vị`);
    expect(text).toContain(`trên cơ sở báo cáo đạt yêu cầu của ${c.accepted}/${c.expected} đơn vị`);
    const topics = Object.values(summary.totals.topics).reduce((a, b) => a + b, 0);
    expect(text).toContain(`đã đăng tải ${topics} tin, bài theo các chủ đề`);
    expect(text).toContain(`đã gửi ${summary.totals.activities.press_articles_sent} tin, bài tới các cơ quan báo chí`);
    expect(text).toContain(`phát sinh ${summary.totals.incidents.total} sự cố truyền thông`);
    for (const incident of summary.lists.incidents) expect(text).toContain(incident.summary);
    for (const unit of [...summary.lists.missing, ...summary.lists.late, ...summary.lists.rejected]) expect(text).toContain(unit.name);
    // near-identical sentences are quoted once, with the number of units (or their names, when at most three wrote it)
    for (const group of groupSentences(summary.lists.assessment.strengths)) {
      const who = group.units.length <= 3 ? group.units.map((u) => u.unit_name).join(', ') : `${group.units.length} đơn vị nêu`;
      expect(text).toContain(`${who}: ${group.text}`);
    }
  });

  it('report appendix: a landscape section, header rows repeated, one row per unit, a total row that adds up', async () => {
    const doc = (await renderKind('report')).parts['word/document.xml']!;
    // the section after the body's: Phụ lục I, the per-unit table
    const appendixSection = sectPrs(doc)[1]!;
    expect(documentText(doc)).toContain('Phụ lục I\n');
    expect(attr(appendixSection, 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(appendixSection).toContain('<w:titlePg/>');
    expect(attr(appendixSection, 'w:pgNumType', 'w:start')).toBe('1');
    const table = tables(doc).find((t) => t.includes('Tổng cộng'))!;
    expect([...table.matchAll(/<w:tblHeader\/>/g)]).toHaveLength(2);
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const cells = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map((p) => p.text).join(''));
    const unitRows = rows.filter((r) => /^\d+$/.test(cells(r)[0] ?? ''));
    expect(unitRows.map((r) => cells(r)[1])).toEqual(expect.arrayContaining(summary.units.map((u) => u.name)));
    expect(unitRows).toHaveLength(summary.units.length);

    // the portal-posts column total, computed here from the fixture
    const portal = summary.units.reduce((sum, u) => sum + (u.counts?.portal_posts ?? 0), 0);
    const total = cells(rows.at(-1)!);
    expect(total[0]).toBe('Tổng cộng');
    expect(total[1]).toBe(String(portal));
    // numbers are right-aligned
    expect(unitRows[0]).toMatch(/<w:jc w:val="right"\/>/);
  });

  it('letter: the headline figures', async () => {
    const text = documentText((await renderKind('letter')).parts['word/document.xml']!);
    const c = summary.completeness;
    expect(text).toContain(`Số đơn vị phải báo cáo: ${c.expected}; đã báo cáo đạt yêu cầu: ${c.accepted}`);
    expect(text).toContain(`Tiếp nhận ${summary.totals.feedback.received} phản ánh, kiến nghị, đã xử lý ${summary.totals.feedback.resolved}`);
  });

  it('reminder: every missing, rejected and late unit by name, the deadline restated and the new one', async () => {
    const text = documentText((await renderKind('reminder')).parts['word/document.xml']!);
    for (const unit of [...summary.lists.missing, ...summary.lists.rejected, ...summary.lists.late]) expect(text).toContain(unit.name);
    expect(text).toContain('trước ngày 15/12/2024');
    expect(text).toContain('trước ngày 10/01/2025');
  });
});

describe('determinism', () => {
  it('the same summary and metadata give byte-identical files; the instant goes into core.xml', async () => {
    const instant = new Date('2025-01-05T01:00:00Z');
    const a = await renderKind('report', { instant });
    const b = await renderKind('report', { instant });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.parts['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-05T01:00:00Z</dcterms:created>');
    expect(a.parts['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-05T01:00:00Z</dcterms:modified>');
    const c = await renderKind('report', { instant: new Date('2025-01-06T01:00:00Z') });
    expect(Buffer.from(a.bytes).equals(Buffer.from(c.bytes))).toBe(false);
  });
});
