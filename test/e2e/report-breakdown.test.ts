/**
 * End to end (the built bin): the báo cáo broken down by a roster attribute on the post-reform example (issue 11 item
 * 3) — `aggregate --by`, then `render --by` or `documents: breakdown:`; the DOCX read back (group names, a subtotal
 * per group adding up to the total); the usage errors (exit 2, nothing written); byte-identical output.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

const DIR = join(EXAMPLES, '2026-2027');
const HK1 = ['--term', 'HK1', '--year', '2026-2027', '--date', '2026-12-20'];
const work = mkdtempSync(join(tmpdir(), 'edu-comms-breakdown-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Group = { value: string | null; units: string[]; completeness: Record<string, number>; totals: { activities: Record<string, number> } };
type Summary = { completeness: Record<string, number>; totals: { activities: Record<string, number> }; by_group: Array<{ attribute: string; groups: Group[] }> };
let summary: Summary;

const render = (args: readonly string[], out: string) => runCli(['render', '--summary', 'tong-hop', '--number', '12', '--out', out, '--date', '2026-12-20', ...args], { cwd: work });
const documentXml = (file: string) => strFromU8(unzipSync(readFileSync(join(work, file)))['word/document.xml']!);
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const textOf = (xml: string) => decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
/** The rows of the per-unit table (the one closed by “Tổng cộng”), each as its cells' text. */
function unitTable(xml: string): string[][] {
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Tổng cộng'))!;
  return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])));
}
const number = (s: string) => Number(s.replace(/\./g, ''));

beforeAll(() => {
  for (const d of ['submissions', 'excel']) cpSync(join(DIR, d), join(work, d), { recursive: true });
  const config = parse(readFileSync(join(DIR, 'edu-comms.yaml'), 'utf8')) as { documents: Record<string, unknown> };
  writeFileSync(join(work, 'edu-comms.yaml'), stringify({ ...config, documents: { ...config.documents, breakdown: 'loai hinh' } }));
  const r = runCli(['aggregate', '--in', 'submissions', 'excel', '--by', 'địa bàn', '--by', 'loại hình', '--out', 'tong-hop', ...HK1], { cwd: work });
  expect(r.code, r.stderr).toBe(0);
  summary = JSON.parse(readFileSync(join(work, 'tong-hop', 'summary.json'), 'utf8')) as Summary;
});

describe('render --by on the post-reform example', () => {
  it('speaks per commune in III.1 and groups Phụ lục I by commune, each subtotal adding up to the total', () => {
    const r = render(['--by', 'dia ban'], 'bao-cao.docx');
    expect(r.code, r.stderr).toBe(0);
    const xml = documentXml('bao-cao.docx');
    const text = textOf(xml);
    const groups = summary.by_group.find((b) => b.attribute === 'địa bàn')!.groups;
    expect(groups.length).toBeGreaterThan(5);
    expect(text).toContain('Kết quả theo từng địa bàn');
    expect(text).toContain('Tỷ lệ báo cáo đạt yêu cầu và đúng hạn theo địa bàn');
    for (const g of groups) {
      const c = g.completeness;
      expect(text).toContain(`${g.value}: ${c['accepted']}/${c['expected']} đơn vị báo cáo đạt yêu cầu`);
    }
    const rows = unitTable(xml);
    expect(rows.filter((row) => row.length === 1).map((row) => row[0])).toEqual(groups.map((g) => g.value));
    const subtotals = rows.filter((row) => row[0] === 'Cộng');
    expect(subtotals).toHaveLength(groups.length);
    const total = rows.find((row) => row[0] === 'Tổng cộng')!;
    for (let col = 1; col < total.length; col++) expect(subtotals.reduce((n, row) => n + number(row[col]!), 0), `column ${col}`).toBe(number(total[col]!));
    expect(subtotals.map((row) => number(row[1]!))).toEqual(groups.map((g) => g.totals.activities['portal_posts']));
    expect(number(total[1]!)).toBe(summary.totals.activities['portal_posts']);
    // one numbered row per unit of the province, under its commune
    expect(rows.filter((row) => /^\d+$/.test(row[0]!))).toHaveLength(summary.completeness['expected']!);
  });

  it('without --by, documents.breakdown of edu-comms.yaml gives the breakdown (here by loại hình)', () => {
    const r = render([], 'theo-cau-hinh.docx');
    expect(r.code, r.stderr).toBe(0);
    const text = textOf(documentXml('theo-cau-hinh.docx'));
    expect(text).toContain('Kết quả theo từng loại hình');
    const titles = unitTable(documentXml('theo-cau-hinh.docx')).filter((row) => row.length === 1).map((row) => row[0]);
    expect(titles).toEqual(summary.by_group.find((b) => b.attribute === 'loại hình')!.groups.map((g) => g.value));
  });

  it('an office template older than --by: rendered, and the clerk told its body still speaks by managing unit', () => {
    const bundled = readFileSync(join(EXAMPLES, '..', 'templates', 'report.vi.md'), 'utf8');
    const front = bundled.slice(0, bundled.indexOf('\n---\n') + 5);
    writeFileSync(join(work, 'mau-cu.md'), `${front}Kết quả theo từng đơn vị quản lý:\n@each office_list\n- {name}: {completeness_pct}{sep}\n@end\n`);
    const r = render(['--by', 'địa bàn', '--template', 'mau-cu.md'], 'mau-cu.docx');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('mẫu báo cáo mau-cu.md không dùng các trường breakdown');
    // the bundled template speaks by group: no such note
    expect(render(['--by', 'địa bàn'], 'mau-kem-theo.docx').stderr).not.toContain('không dùng các trường breakdown');
  });

  it('writes the same bytes twice', () => {
    expect(render(['--by', 'địa bàn', '--force'], 'lan-1.docx').code).toBe(0);
    expect(render(['--by', 'địa bàn', '--force'], 'lan-2.docx').code).toBe(0);
    expect(readFileSync(join(work, 'lan-1.docx')).equals(readFileSync(join(work, 'lan-2.docx')))).toBe(true);
  });

  it('an attribute the summary was not broken down by: exit 2, says to aggregate --by, writes nothing', () => {
    const r = render(['--by', 'huyện cũ'], 'huyen-cu.docx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«huyện cũ»');
    expect(r.stderr).toContain('aggregate --by "huyện cũ"');
    expect(existsSync(join(work, 'huyen-cu.docx'))).toBe(false);
  });

  it('an unknown attribute: exit 2, did you mean, and the attributes the summary has', () => {
    const r = render(['--by', 'dia bna'], 'sai-ten.docx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Có phải là: địa bàn?');
    expect(r.stderr).toContain('địa bàn, loại hình');
    expect(existsSync(join(work, 'sai-ten.docx'))).toBe(false);
  });

  it('--by with the letter or the reminder: exit 2 (only the report speaks by group)', () => {
    const r = render(['--by', 'địa bàn', '--kind', 'letter'], 'cong-van.docx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--by');
    // documents.breakdown is a report setting: the letter is made as always
    expect(render(['--kind', 'letter'], 'cong-van.docx').code).toBe(0);
  });
});
