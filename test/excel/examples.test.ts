import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxDocument } from '../../src/form/read-xlsx.js';
import { EXAMPLES, ROOT } from '../helpers/cli.js';
import { exampleWorkbooks, gdnnDinhHoa, gdnnDinhHoa2026, thPhanMe, thPhanMe2026 } from './examples.js';
import { exampleSubmission } from './helpers.js';

describe('example workbooks', () => {
  it('are up to date with the code that makes them (npx tsx test/excel/make-examples.ts)', async () => {
    for (const [path, bytes] of await exampleWorkbooks()) {
      expect(Buffer.from(bytes).equals(readFileSync(join(EXAMPLES, path))), path).toBe(true);
    }
  });

  it('hold the submissions they were made from', async () => {
    const forms = [
      ['excel/th-phanme.xlsx', thPhanMe],
      ['excel/gdnn-gdtx-dinhhoa.xlsx', gdnnDinhHoa],
      ['2026-2027/excel/th-phanme.xlsx', thPhanMe2026],
      ['2026-2027/excel/gdnn-gdtx-dinhhoa.xlsx', gdnnDinhHoa2026],
    ] as const;
    for (const [path, data] of forms) {
      const doc = await readXlsxDocument(readFileSync(join(EXAMPLES, path)), { file: path, lang: 'vi' });
      expect(doc.findings).toEqual([]);
      expect(doc.data).toEqual(data);
    }
  });

  it('a form saved by LibreOffice Calc reads back unchanged (npx tsx test/excel/make-fixtures.ts)', async () => {
    const doc = await readXlsxDocument(readFileSync(join(ROOT, 'test/fixtures/excel/libreoffice-saved.xlsx')), { file: 'lo.xlsx', lang: 'vi' });
    expect(doc.findings).toEqual([]);
    expect(doc.data).toEqual(exampleSubmission());
  });
});
