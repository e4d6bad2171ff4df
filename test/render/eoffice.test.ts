/**
 * Electronic-document mode (`--eoffice`, `documents.eoffice`) and the appendix as a file of its own, read from the
 * DOCX XML; and the metadata record written next to each document, checked against its schema.
 */
import { describe, expect, it } from 'vitest';
import { DocumentMetadataSchema, documentMetadataJsonSchema } from '../../src/contract/document-metadata.js';
import { documentRecord } from '../../src/render/document-record.js';
import { SIGNATURE_ROOM_TWIPS } from '../../src/render/layout.js';
import { resolveMetadata } from '../../src/render/metadata.js';
import { documentText, exampleConfig, fixtureSummary, paragraph, paragraphs, renderKind, unzip } from './helpers.js';

const BLANK = '\u00A0'.repeat(6);

describe('electronic-document mode', () => {
  it('leaves the number and the whole date for the e-office system, even when a number is given', async () => {
    const { parts } = await renderKind('report', { flags: { eoffice: true, number: 15 } });
    const xml = parts['word/document.xml']!;
    expect(paragraph(xml, /^Số:/).text).toBe(`Số: ${BLANK}/BC-SGDĐT`);
    expect(paragraph(xml, /^Thái Nguyên, ngày/).text).toBe(`Thái Nguyên, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
    expect(documentText(xml)).not.toContain('15/BC-SGDĐT');
  });

  it('leaves the appendix’s “(Kèm theo … số …)” line unfilled', async () => {
    const { parts } = await renderKind('report', { flags: { eoffice: true } });
    const notes = paragraphs(parts['word/document.xml']!).filter((p) => p.text.startsWith('(Kèm theo Báo cáo số'));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.text).toBe(`(Kèm theo Báo cáo số ${BLANK}/BC-SGDĐT ngày ${BLANK} tháng ${BLANK} năm ${BLANK} của Sở Giáo dục và Đào tạo Thái Nguyên)`);
    }
  });

  it('keeps a fixed room for the signature image and seal between the title and the name; paper keeps four lines', async () => {
    const electronic = (await renderKind('letter', { flags: { eoffice: true } })).parts['word/document.xml']!;
    const room = paragraphs(electronic).filter((p) => p.xml.includes(`w:line="${SIGNATURE_ROOM_TWIPS}"`) && p.xml.includes('w:lineRule="exact"'));
    expect(room).toHaveLength(1);
    expect(room[0]!.text).toBe('');
    const paper = (await renderKind('letter')).parts['word/document.xml']!;
    expect(paper).not.toContain(`w:line="${SIGNATURE_ROOM_TWIPS}"`);
  });

  it('is off unless asked for, and documents.eoffice turns it on', async () => {
    const loaded = await exampleConfig();
    const base = { kind: 'report' as const, roster: loaded.roster, summary: fixtureSummary(), flags: { number: 15 }, date: '2025-01-05' };
    expect(resolveMetadata({ ...base, config: loaded.config }).meta!).toMatchObject({ electronic: false, number: 15 });
    const config = { ...loaded.config, documents: { ...loaded.config.documents, eoffice: true } };
    expect(resolveMetadata({ ...base, config }).meta!).toMatchObject({ electronic: true, number: null });
  });
});

describe('appendix as its own file', () => {
  it('moves every appendix out of the report into one file of its own, section for section', async () => {
    const inline = await renderKind('report');
    const separate = await renderKind('report', { appendix: 'separate' });
    const sections = (xml: string) => (xml.match(/<w:sectPr\b/g) ?? []).length;
    const orientations = (xml: string) => (xml.match(/w:orient="landscape"/g) ?? []).length;
    const notes = (xml: string) => paragraphs(xml).filter((p) => p.text.startsWith('(Kèm theo Báo cáo số'));
    const whole = inline.parts['word/document.xml']!;
    expect(sections(whole)).toBeGreaterThan(1);
    expect(separate.appendixBytes).toBeDefined();
    const main = separate.parts['word/document.xml']!;
    const appendix = unzip(separate.appendixBytes!)['word/document.xml']!;
    expect(sections(main)).toBe(1);
    expect(orientations(main)).toBe(0);
    expect(notes(main)).toHaveLength(0);
    expect(sections(appendix)).toBe(sections(whole) - 1);
    expect(orientations(appendix)).toBe(orientations(whole));
    expect(notes(appendix).map((p) => p.text)).toEqual(notes(whole).map((p) => p.text));
    expect(notes(appendix)[0]!.text).toContain('05 tháng 01 năm 2025');
  });

  it('is only a report’s: the letter has none', async () => {
    expect((await renderKind('letter', { appendix: 'separate' })).appendixBytes).toBeUndefined();
  });
});

describe('metadata record', () => {
  it('holds what the clerk would retype, and the schema accepts it', async () => {
    const rendered = await renderKind('reminder', { flags: { number: 7, deadline: '2025-01-12' } });
    const loaded = await exampleConfig();
    const { meta } = resolveMetadata({ kind: 'reminder', config: loaded.config, roster: loaded.roster, summary: fixtureSummary(), flags: { number: 7, deadline: '2025-01-12' }, date: '2025-01-05' });
    const record = documentRecord({ meta: meta!, code: 'SGD-THAINGUYEN', typeName: rendered.typeName, subject: rendered.subject, pageCount: 2, files: { document: ['x.pdf'], attachments: [] } });
    expect(record).toMatchObject({
      document_type: 'Công văn',
      document_type_code: 'CV',
      number: 7,
      notation: 'SGDĐT-VP',
      number_and_notation: '07/SGDĐT-VP',
      issue_date: '2025-01-05',
      reply_due: '2025-01-12',
      page_count: 2,
      language: 'vi',
      electronic: false,
    });
    expect(record.subject).toBe(rendered.subject);
    expect(record.subject.length).toBeGreaterThan(10);
    expect(record.signer.authority_lines.at(-1)).toBe(record.signer.position);
    expect(record.recipients.at(-1)).toMatch(/^Lưu: VT/);
    expect(DocumentMetadataSchema.safeParse(record).success).toBe(true);
  });

  it('has no number or issue date in electronic mode, and the schema refuses a record without its subject', async () => {
    const loaded = await exampleConfig();
    const { meta } = resolveMetadata({ kind: 'report', config: loaded.config, roster: loaded.roster, summary: fixtureSummary(), flags: { eoffice: true }, date: '2025-01-05' });
    const record = documentRecord({ meta: meta!, code: 'SGD-THAINGUYEN', typeName: 'BÁO CÁO', subject: 'Kết quả', pageCount: null, files: { document: ['a.docx'], attachments: [] } });
    expect(record).toMatchObject({ number: null, issue_date: null, number_and_notation: '/BC-SGDĐT', document_type: 'Báo cáo', electronic: true });
    const { subject: _, ...withoutSubject } = record;
    expect(DocumentMetadataSchema.safeParse(withoutSubject).success).toBe(false);
    expect(DocumentMetadataSchema.safeParse({ ...record, page_count: 0 }).success).toBe(false);
  });

  it('prints as a JSON Schema naming every field', () => {
    const schema = documentMetadataJsonSchema() as { $id: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$id).toMatch(/document-metadata-v1\.json$/);
    for (const key of ['issuing_organ', 'document_type', 'number_and_notation', 'issue_date', 'subject', 'signer', 'recipients', 'page_count', 'language', 'priority', 'reply_due']) {
      expect(schema.properties[key], key).toBeDefined();
      expect(schema.required).toContain(key);
    }
  });
});
