/**
 * The workbook read from its XML (`xml-workbook.ts`, what the form reader uses) against exceljs's full model
 * (`loadWorkbook`, what it used before): the same sheets, extents and cells on every workbook the project has, on
 * forms of any submission and on forms a clerk typed anything into.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openPackage, writePackage } from '../../src/form/excel/zip.js';
import { loadWorkbook, type WorkbookView } from '../../src/form/excel/workbook.js';
import { readWorkbook } from '../../src/form/excel/xml-workbook.js';
import { readXlsxDocument } from '../../src/form/read-xlsx.js';
import { writeResponsesWorkbook } from '../../src/form/write-responses.js';
import { submission } from './arbitraries.js';
import { edit, exampleSubmission, form } from './helpers.js';

/** Everything a reader can see of a workbook, one margin row and column beyond each sheet's extent. */
function seen(book: WorkbookView): unknown[] {
  const out: unknown[] = [book.sheetNames];
  for (const name of book.sheetNames) {
    const sheet = book.sheet(name)!;
    out.push({ name: sheet.name, rowCount: sheet.rowCount, columnCount: sheet.columnCount });
    for (let r = 1; r <= sheet.rowCount + 1; r++) {
      for (let c = 1; c <= sheet.columnCount + 1; c++) {
        const cell = sheet.cell(r, c);
        if (cell.type !== 'empty') out.push([r, c, cell.type === 'date' ? { type: 'date', iso: cell.value.toISOString() } : cell]);
      }
    }
  }
  return out;
}

async function bothViews(bytes: Uint8Array) {
  const opened = openPackage(bytes);
  if (!opened.ok) throw new Error(opened.problem.kind);
  return { exceljs: seen(await loadWorkbook(opened.files)), xml: seen(readWorkbook(opened.files)) };
}

function workbooksUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? workbooksUnder(path) : name.endsWith('.xlsx') ? [path] : [];
  });
}

const files = [...workbooksUnder('examples'), ...workbooksUnder('test/fixtures')];

describe('the workbook read from its XML is what exceljs reads', () => {
  it('on every workbook of the examples and the fixtures (written by the tool, by LibreOffice, edited)', async () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const { exceljs, xml } = await bothViews(readFileSync(file));
      expect(xml, file).toEqual(exceljs);
    }
  });

  it('on the form of any submission and on a responses sheet (property)', async () => {
    await fc.assert(
      fc.asyncProperty(submission, async (data) => {
        const { exceljs, xml } = await bothViews(await form(data));
        expect(xml).toEqual(exceljs);
      }),
      { numRuns: 8 },
    );
    const responses = await writeResponsesWorkbook([exampleSubmission(), exampleSubmission()], { lang: 'vi', created: new Date(Date.UTC(2025, 0, 5)), guide: true });
    const { exceljs, xml } = await bothViews(responses);
    expect(xml).toEqual(exceljs);
  });

  const typed = fc.oneof(
    fc.string({ maxLength: 12 }).map((text) => ({ value: text })),
    fc.constantFrom('.VnTime', 'VNI-Times', 'Arial').chain((font) => fc.string({ minLength: 1, maxLength: 6 }).map((text) => ({ value: text, font }))),
    fc.array(fc.record({ text: fc.string({ maxLength: 5 }), font: fc.option(fc.constantFrom('.VnTime', 'VNI-Times', 'Arial'), { nil: undefined }) }), { minLength: 1, maxLength: 3 }).map((runs) => ({
      value: { richText: runs.map((r) => ({ text: r.text, ...(r.font ? { font: { name: r.font } } : {}) })) },
    })),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map((n) => ({ value: n })),
    fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 0, 1)), noInvalidDate: true }).map((d) => ({ value: d })),
    fc.boolean().map((b) => ({ value: b })),
    fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!').map((error) => ({ value: { error } })),
    fc.integer({ min: 1, max: 99 }).map((result) => ({ value: { formula: 'C1+1', result } })),
    fc.constant({ value: { formula: 'SUM(C1:C3)' } }),
    fc.webUrl().map((url) => ({ value: { text: 'trang', hyperlink: url } })),
    fc.constant({ value: null, numFmt: 'dd/mm/yyyy' }),
    fc.integer({ min: 1, max: 3 }).map((size) => ({ merge: size })),
  );
  const edits = fc.array(fc.record({ sheet: fc.nat(8), row: fc.integer({ min: 1, max: 80 }), col: fc.integer({ min: 1, max: 12 }), what: typed }), { minLength: 1, maxLength: 8 });

  it('on forms a clerk typed anything into, anywhere (property)', async () => {
    const base = await form(exampleSubmission());
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => {
        const bytes = await edit(base, (wb) => {
          for (const change of changes) {
            const ws = wb.worksheets[change.sheet % wb.worksheets.length]!;
            const cell = ws.getCell(change.row, change.col);
            const what = change.what as { value?: unknown; font?: string; numFmt?: string; merge?: number };
            if (what.merge !== undefined) {
              try {
                ws.mergeCells(change.row, change.col, change.row + what.merge - 1, change.col + what.merge);
              } catch {
                // overlapping an earlier merge: a clerk's Excel would refuse it too
              }
              continue;
            }
            if (cell.isMerged) continue;
            cell.value = what.value as ExcelJS.CellValue;
            if (what.font) cell.font = { name: what.font };
            if (what.numFmt) cell.numFmt = what.numFmt;
          }
        });
        const { exceljs, xml } = await bothViews(bytes);
        expect(xml).toEqual(exceljs);
      }),
      { numRuns: 25 },
    );
  });
});

/** A package of our form with one part's XML replaced. */
async function withPart(name: string, change: (xml: string) => string): Promise<Uint8Array> {
  const opened = openPackage(await form(exampleSubmission()));
  if (!opened.ok) throw new Error(opened.problem.kind);
  const files = new Map(opened.files);
  files.set(name, new TextEncoder().encode(change(new TextDecoder().decode(files.get(name)!))));
  return writePackage(files);
}

describe('XML that other programs write', () => {
  it('inline strings, text results of formulas, escapes, entities and cells without a reference', async () => {
    const bytes = await withPart('xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(
        /<\/sheetData>/,
        '<row r="900"><c r="A900" t="inlineStr"><is><t>dòng&#10;một_x000D_</t></is></c><c t="str"><f>A1</f><v>a &amp;amp; b</v></c>' +
          '<c r="D900" t="inlineStr"><is><r><rPr><rFont val=".VnTime"/></rPr><t>Tr\u00ad\u00eang</t></r></is></c><c r="E900"><v> 12.5 </v></c><!-- note --></row></sheetData>',
      ),
    );
    const { exceljs, xml } = await bothViews(bytes);
    expect(xml).toEqual(exceljs);
  });

  it('a broken sheet is a corrupt workbook at A1, not a crash nor a half-read form', async () => {
    for (const broken of [(x: string) => x.replace('</sheetData>', '<row r="900"><c r="A900"><v>1</v></row></sheetData>'), (x: string) => x.replace('<sheetData>', '<!DOCTYPE x><sheetData>')]) {
      const doc = await readXlsxDocument(await withPart('xl/worksheets/sheet1.xml', broken), { file: 'f.xlsx', lang: 'vi' });
      expect(doc.data).toBeUndefined();
      expect(doc.findings).toEqual([expect.objectContaining({ rule: 'syntax', severity: 'error', cell: 'A1' })]);
      expect(doc.findings[0]!.message).toMatch(/hỏng|đọc/i);
    }
  });

  it('a saved result of 0 is read as 0 (exceljs drops falsy results and would report a formula without one)', async () => {
    const bytes = await edit(await form(exampleSubmission()), (wb) => {
      const ws = wb.getWorksheet('Báo cáo')!;
      ws.getCell(1, 20).value = { formula: 'C1-C1', result: 0 } as ExcelJS.CellFormulaValue;
    });
    const opened = openPackage(bytes);
    if (!opened.ok) throw new Error(opened.problem.kind);
    expect(readWorkbook(opened.files).sheet('Báo cáo')!.cell(1, 20)).toEqual({ type: 'number', value: 0 });
  });
});
