/**
 * The school's own workbook, annotated: every cell with a finding is coloured (red for an error, yellow for a warning)
 * and carries a cell comment with the message and the fix, and a first sheet lists the findings in order. The copy is
 * made from the original's bytes, which are never written to; everything else of the form (its hidden identity sheet,
 * dropdowns, protection) is kept, so the school can fix the copy and send it back as its report.
 *
 * exceljs is reached only through here and `form/excel/workbook.ts`; this module is loaded only for `--feedback`.
 */
import ExcelJS from 'exceljs';
import { t, type Lang } from '../i18n/index.js';
import { workbookBytes } from '../form/excel/workbook.js';
import type { FileResult } from '../contract/findings.js';
import { feedbackFindings, whereToFix } from './message.js';

const FILLS = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' } as const;

export async function annotateWorkbook(original: Uint8Array, file: FileResult, options: { lang: Lang; created: Date }): Promise<Uint8Array> {
  const { lang } = options;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(original) as unknown as ExcelJS.Buffer);
  wb.modified = options.created;
  wb.lastModifiedBy = 'edu-comms';
  const findings = feedbackFindings(file);

  // notes on the cells: several findings on one cell share one note, numbered as in the list
  const notes = new Map<string, { sheet: ExcelJS.Worksheet; ref: string; lines: string[]; severity: 'error' | 'warning' | 'info' }>();
  findings.forEach((f, i) => {
    const m = f.cell ? /^(.*)!([A-Z]+\d+)$/.exec(f.cell) : null;
    const sheet = m ? wb.getWorksheet(m[1]!) : undefined;
    if (!m || !sheet) return;
    const key = f.cell!;
    const entry = notes.get(key) ?? { sheet, ref: m[2]!, lines: [], severity: f.severity };
    if (f.severity === 'error') entry.severity = 'error';
    entry.lines.push(`${i + 1}. ${f.message}${f.hint ? `\n→ ${f.hint}` : ''}`);
    notes.set(key, entry);
  });
  for (const { sheet, ref, lines, severity } of notes.values()) {
    const cell = sheet.getCell(ref);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[severity] } };
    cell.note = { texts: [{ text: lines.join('\n\n') }] } as ExcelJS.Comment;
  }

  // the list, as the first sheet
  const list = wb.addWorksheet(t('feedback.sheet', lang), { properties: { tabColor: { argb: 'FFC00000' } } });
  (list as unknown as { orderNo: number }).orderNo = -1; // exceljs orders sheets by this (not in its types)
  list.columns = [{ width: 6 }, { width: 34 }, { width: 11 }, { width: 70 }, { width: 70 }];
  list.getCell(1, 1).value = t('feedback.sheet.title', lang);
  list.getCell(1, 1).font = { bold: true, size: 14 };
  list.getCell(2, 1).value = t('feedback.sheet.note', lang);
  list.getCell(2, 1).font = { italic: true };
  const header = ['number', 'where', 'severity', 'message', 'fix'].map((k) => t(`feedback.sheet.${k}` as 'feedback.sheet.number', lang));
  header.forEach((h, c) => {
    const cell = list.getCell(4, c + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  findings.forEach((f, i) => {
    const values = [i + 1, whereToFix(f, file, lang), t(`validate.severity.${f.severity}`, lang), f.message, f.hint ?? ''];
    values.forEach((v, c) => {
      const cell = list.getCell(5 + i, c + 1);
      cell.value = v;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    list.getCell(5 + i, 3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[f.severity] } };
  });
  // open on the list
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return workbookBytes(wb);
}
