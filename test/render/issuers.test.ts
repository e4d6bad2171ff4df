/**
 * Each kind of issuer after the 2025 reform, read back from the DOCX XML: the Sở under its province, a commune's
 * People's Committee (no governing-body line, `ỦY BAN NHÂN DÂN / XÃ …` on two lines, `/BC-UBND`, the drafting unit
 * VHXH in `Lưu`, `TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`), and a school whose header names its commune.
 * Expected values are the Decree's forms (Phụ lục I), written out here, never the renderer's output.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/contract/config.js';
import type { DocumentKind } from '../../src/contract/documents.js';
import { exampleConfig, paragraphs, renderKind, runStyle } from './helpers.js';

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const cells = (table: string) => [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
/** The visible lines of a cell, empty paragraphs (rules, room for the signature) left out. */
const lines = (cell: string) => paragraphs(cell).map((p) => p.text).filter((t) => t !== '');

interface IssuerCase {
  name: string;
  authority: Config['authority'];
  signer: NonNullable<NonNullable<Config['documents']>['signer']>;
  header: string[];
  /** Which of the header lines are bold (the issuer's name; never the governing body). */
  bold: boolean[];
  symbols: Record<DocumentKind, string>;
  lưu: string;
  signature: string[];
}

const CASES: IssuerCase[] = [
  {
    name: 'the Sở',
    authority: { code: 'SGD-THAINGUYEN', governing_body: 'UBND TỈNH THÁI NGUYÊN', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', symbol: 'SGDĐT', place: 'Thái Nguyên', drafting_unit: 'VP' },
    signer: { authority: 'KT.', on_behalf_of: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' },
    header: ['UBND TỈNH THÁI NGUYÊN', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
    bold: [false, true],
    symbols: { report: '/BC-SGDĐT', letter: '/SGDĐT-VP', reminder: '/SGDĐT-VP' },
    lưu: '- Lưu: VT, VP.',
    signature: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Hùng'],
  },
  {
    name: 'a commune People’s Committee',
    authority: { code: 'XA-DINHHOA', name: 'Ủy ban nhân dân xã Định Hóa', symbol: 'UBND', place: 'Định Hóa', drafting_unit: 'VHXH' },
    signer: { collective: 'ỦY BAN NHÂN DÂN', authority: 'KT.', on_behalf_of: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Ma Thị Hoa' },
    header: ['ỦY BAN NHÂN DÂN', 'XÃ ĐỊNH HÓA'],
    bold: [true, true],
    symbols: { report: '/BC-UBND', letter: '/UBND-VHXH', reminder: '/UBND-VHXH' },
    lưu: '- Lưu: VT, VHXH.',
    signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Ma Thị Hoa'],
  },
  {
    name: 'a ward People’s Committee whose chair signs',
    authority: { code: 'PHUONG-PHANDINHPHUNG', name: 'ỦY BAN NHÂN DÂN PHƯỜNG PHAN ĐÌNH PHÙNG', symbol: 'UBND', place: 'Thái Nguyên', drafting_unit: 'VHXH' },
    signer: { authority: 'TM.', on_behalf_of: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Văn Minh' },
    header: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG PHAN ĐÌNH PHÙNG'],
    bold: [true, true],
    symbols: { report: '/BC-UBND', letter: '/UBND-VHXH', reminder: '/UBND-VHXH' },
    lưu: '- Lưu: VT, VHXH.',
    signature: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Minh'],
  },
  {
    name: 'a school under its commune',
    authority: { code: 'TH-CHOCHU', governing_body: 'UBND XÃ ĐỊNH HÓA', name: 'TRƯỜNG TIỂU HỌC CHỢ CHU', symbol: 'THCC', place: 'Định Hóa', drafting_unit: 'VP' },
    signer: { title: 'HIỆU TRƯỞNG', name: 'Đỗ Thị Lan' },
    header: ['UBND XÃ ĐỊNH HÓA', 'TRƯỜNG TIỂU HỌC CHỢ CHU'],
    bold: [false, true],
    symbols: { report: '/BC-THCC', letter: '/THCC-VP', reminder: '/THCC-VP' },
    lưu: '- Lưu: VT, VP.',
    signature: ['HIỆU TRƯỞNG', 'Đỗ Thị Lan'],
  },
];

describe.each(CASES)('issued by $name', (c) => {
  it.each(['report', 'letter', 'reminder'] as const)('%s: header, number, Lưu and signature in Decree-30 form', async (kind) => {
    const loaded = await exampleConfig();
    const config: Config = { ...loaded.config, authority: c.authority, documents: { ...loaded.config.documents, signer: c.signer, reminder: { ...loaded.config.documents?.reminder, signer: c.signer } } };
    const { parts } = await renderKind(kind, { loaded: { ...loaded, config } });
    const doc = parts['word/document.xml']!;
    const header = tables(doc)[0]!;
    const closing = tables(doc).find((t) => t.includes('Nơi nhận:'))!;
    const [issuerCell, nationalCell] = cells(header);

    // row 1, left: the governing body (if any) and the issuer, nothing else; the rule under them is a border
    expect(lines(issuerCell!)).toEqual(c.header);
    const styled = paragraphs(issuerCell!).filter((p) => p.text !== '');
    expect(styled.map((p) => runStyle(p).bold)).toEqual(c.bold);
    expect(issuerCell).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(lines(nationalCell!)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);

    // row 2: the number with the issuer's symbol, the place and date
    const number = paragraphs(header).find((p) => p.text.startsWith('Số:'))!;
    expect(number.text.endsWith(c.symbols[kind])).toBe(true);
    expect(paragraphs(header).some((p) => p.text.startsWith(`${c.authority.place}, ngày `))).toBe(true);

    // closing: Lưu with the drafting unit, the signature block line by line, bold
    const [recipients, signature] = cells(closing);
    expect(lines(recipients!).at(-1)).toBe(c.lưu);
    expect(lines(signature!)).toEqual(c.signature);
    for (const p of paragraphs(signature!).filter((x) => x.text !== '')) expect(runStyle(p).bold).toBe(true);
  });
});

/**
 * What `init` fills in for each kind of issuer it offers (authorityDefaults), rendered and read back from the XML:
 * the wizard's defaults give the Decree's header and signature, not just the hand-written configs above.
 */
describe('init defaults for each issuer kind give a Decree-30 header and signature', () => {
  const KINDS = [
    { kind: 'department', place: 'Thái Nguyên', header: ['UBND TỈNH THÁI NGUYÊN', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], symbol: '/BC-SGDĐT', lưu: '- Lưu: VT, VP.', signature: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Hùng'] },
    { kind: 'commune', place: 'Định Hóa', header: ['ỦY BAN NHÂN DÂN', 'XÃ ĐỊNH HÓA'], symbol: '/BC-UBND', lưu: '- Lưu: VT, VHXH.', signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Hùng'] },
    { kind: 'ward', place: 'Phan Đình Phùng', header: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG PHAN ĐÌNH PHÙNG'], symbol: '/BC-UBND', lưu: '- Lưu: VT, VHXH.', signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Hùng'] },
    // a school: the wizard asks its name and symbol; its governing body is the commune
    { kind: 'school', place: 'Định Hóa', header: ['UBND XÃ ĐỊNH HÓA', 'TRƯỜNG TIỂU HỌC CHỢ CHU'], symbol: '/BC-THCC', lưu: '- Lưu: VT.', signature: ['HIỆU TRƯỞNG', 'Nguyễn Văn Hùng'] },
  ] as const;
  it.each(KINDS)('$kind', async (c) => {
    const { authorityDefaults } = await import('../../src/init/config.js');
    const d = authorityDefaults(c.kind, c.place);
    const loaded = await exampleConfig();
    const authority: Config['authority'] = {
      code: d.code,
      ...(d.governing_body ? { governing_body: d.governing_body } : {}),
      name: d.name || 'TRƯỜNG TIỂU HỌC CHỢ CHU',
      symbol: d.symbol || 'THCC',
      place: c.place,
      ...(d.drafting_unit ? { drafting_unit: d.drafting_unit } : {}),
    };
    const signer = { ...d.signer!, name: 'Nguyễn Văn Hùng' };
    const config: Config = { ...loaded.config, authority, documents: { ...loaded.config.documents, signer } };
    const { parts } = await renderKind('report', { loaded: { ...loaded, config } });
    const doc = parts['word/document.xml']!;
    const header = tables(doc)[0]!;
    expect(lines(cells(header)[0]!)).toEqual(c.header);
    expect(paragraphs(header).find((p) => p.text.startsWith('Số:'))!.text.endsWith(c.symbol)).toBe(true);
    const [recipients, signature] = cells(tables(doc).find((t) => t.includes('Nơi nhận:'))!);
    expect(lines(recipients!).at(-1)).toBe(c.lưu);
    expect(lines(signature!)).toEqual(c.signature);
  });
});
