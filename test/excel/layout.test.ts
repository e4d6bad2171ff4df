import { describe, expect, it } from 'vitest';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { leafFields } from '../../src/contract/walk.js';
import { cellRef, columnLetter, formLayout, sheetNameFor } from '../../src/form/layout.js';

describe('the form layout', () => {
  const layout = formLayout();

  it('gives every field of the contract exactly one cell, and nothing else', () => {
    const contract = leafFields(SubmissionSchema).map((f) => f.path.map((s) => (typeof s === 'number' ? '[]' : s)).join('.'));
    const cells = [
      ...layout.fields.map((f) => f.path.join('.')),
      ...layout.tables.flatMap((t) => t.columns.map((c) => `${t.key}.[].${c.path.join('.')}`)),
    ];
    expect([...cells].sort()).toEqual([...contract].sort());
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('puts fields and section rows on distinct rows, in contract order', () => {
    const rows = [...layout.fields.map((f) => f.row), ...layout.sections.map((s) => s.row)];
    expect(new Set(rows).size).toBe(rows.length);
    const fieldRows = layout.fields.map((f) => f.row);
    expect(fieldRows).toEqual([...fieldRows].sort((a, b) => a - b));
  });

  it('names table sheets as Excel allows', () => {
    const names = layout.tables.map((t) => t.sheet);
    expect(names).toEqual(['Kênh truyền thông của đơn vị', 'Sự cố truyền thông trong kỳ', 'Gương điển hình', 'Khen thưởng']);
    for (const name of names) expect(name).toMatch(/^[^:\\/?*[\]]{1,31}$/);
    expect(sheetNameFor({ label: { vi: 'Tên: rất/dài [x]', en: '' } }, 'k')).toBe('Tên  rất dài  x');
  });

  it('writes cell references as Sheet!C7', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(28)).toBe('AB');
    expect(cellRef('Báo cáo', 7, 3)).toBe('Báo cáo!C7');
  });

  it('has a stable fingerprint', () => {
    expect(layout.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(formLayout().fingerprint).toBe(layout.fingerprint);
  });
});
