import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendixPlacement, documentFiles, documentFormats } from '../../src/app/render-output.js';
import { t } from '../../src/i18n/index.js';
import { UsageError } from '../../src/util/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'render-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HK1 = { kind: 'term', school_year: '2024-2025', term: 'HK1' } as const;
const refusal = (f: () => unknown): UsageError => {
  try {
    f();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('render: formats (app/render-output.ts)', () => {
  it('writes what --format says, else what the name given says, else DOCX', () => {
    expect(documentFormats(undefined, undefined, 'report', dir, 'vi')).toEqual({ ext: '.docx', formats: ['docx'] });
    expect(documentFormats('bao-cao.PDF', undefined, 'report', dir, 'vi')).toEqual({ ext: '.pdf', formats: ['pdf'] });
    expect(documentFormats('bao-cao.docx', ['docx', 'pdf'], 'report', dir, 'vi')).toEqual({ ext: '.docx', formats: ['docx', 'pdf'] });
    expect(documentFormats(undefined, ['pdf'], 'letter', dir, 'vi')).toEqual({ ext: '.pdf', formats: ['pdf'] });
  });

  it('takes a folder (existing, or written with a trailing slash) as a place for the usual name', () => {
    mkdirSync(join(dir, 'van-ban.docx'));
    expect(documentFormats('van-ban.docx', ['pdf'], 'report', dir, 'vi').ext).toBe('.pdf');
    expect(documentFormats('moi/', undefined, 'report', dir, 'vi').ext).toBe('.docx');
  });

  it('refuses a name of another kind of file, offering the document’s own (usage error)', () => {
    const error = refusal(() => documentFormats('bao-cao.txt', undefined, 'letter', dir, 'vi'));
    expect(error.message).toBe(t('render.out.ext', 'vi', { file: 'bao-cao.txt' }));
    expect(error.fix).toBe('--out letter.docx');
  });
});

describe('render: the appendix', () => {
  it('goes where --appendix says, else where the configuration says, else inline', () => {
    expect(appendixPlacement(undefined, {}, 'report', 'vi')).toBe('inline');
    expect(appendixPlacement(undefined, { appendix: 'separate' }, 'report', 'vi')).toBe('separate');
    expect(appendixPlacement('inline', { appendix: 'separate' }, 'report', 'vi')).toBe('inline');
    // the configuration's setting is the report's: a letter is still written whole
    expect(appendixPlacement(undefined, { appendix: 'separate' }, 'letter', 'vi')).toBe('separate');
  });

  it('is separate only for the báo cáo when asked on the command line (usage error)', () => {
    expect(refusal(() => appendixPlacement('separate', {}, 'reminder', 'vi')).message).toBe(
      t('render.appendix.report_only', 'vi', { kind: t('render.kind.reminder', 'vi') }),
    );
  });
});

describe('render: the files of one document', () => {
  it('names them <kind>-<node>-<period> in the current folder, the appendix -phu-luc, the record .metadata.json', () => {
    const files = documentFiles(undefined, { kind: 'report', node: 'SGD-THAINGUYEN', period: HK1 }, '.docx', ['docx', 'pdf'], true, dir);
    const base = join(dir, 'report-SGD-THAINGUYEN-2024-2025-HK1');
    expect(files).toEqual({
      docx: `${base}.docx`,
      pdf: `${base}.pdf`,
      appendixDocx: `${base}-phu-luc.docx`,
      appendixPdf: `${base}-phu-luc.pdf`,
      metadata: `${base}.metadata.json`,
      document: [`${base}.pdf`, `${base}.docx`],
      appendix: [`${base}-phu-luc.pdf`, `${base}-phu-luc.docx`],
      all: [`${base}.pdf`, `${base}.docx`, `${base}-phu-luc.pdf`, `${base}-phu-luc.docx`, `${base}.metadata.json`],
    });
  });

  it('keeps the stem of --out for every file, and puts the usual name in a folder given', () => {
    const named = documentFiles('cong-van.pdf', { kind: 'letter', node: 'PGD-X', period: { kind: 'month', month: '2024-10' } }, '.pdf', ['pdf'], false, dir);
    expect(named.all).toEqual([join(dir, 'cong-van.pdf'), join(dir, 'cong-van.metadata.json')]);
    const inFolder = documentFiles('moi/', { kind: 'reminder', node: 'PGD-X', period: { kind: 'quarter', quarter: '2024-Q4' } }, '.docx', ['docx'], false, dir);
    expect(inFolder.all).toEqual([join(dir, 'moi', 'reminder-PGD-X-2024-Q4.docx'), join(dir, 'moi', 'reminder-PGD-X-2024-Q4.metadata.json')]);
  });
});
