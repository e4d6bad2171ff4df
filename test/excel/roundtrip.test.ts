/**
 * Lossless conversion (issue "Done when"): arbitrary valid submissions survive YAML → xlsx → YAML unchanged, and
 * values of the wrong type survive too, so that validating either version gives the same findings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { readXlsxDocument } from '../../src/form/read-xlsx.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { formLayout } from '../../src/form/layout.js';
import { writeFormWorkbook } from '../../src/form/write-xlsx.js';
import { writeSubmissionYaml } from '../../src/form/write-yaml.js';
import { submission } from './arbitraries.js';

const created = new Date(Date.UTC(2025, 0, 5));
const toXlsx = (data: unknown) => writeFormWorkbook(data, { lang: 'vi', created, generator: 'test' });
const readXlsx = (bytes: Uint8Array) => readXlsxDocument(bytes, { file: 't.xlsx', lang: 'vi' });
const readYaml = (text: string) => readYamlDocument(Buffer.from(text), { file: 't.yaml', lang: 'vi', schema: SubmissionSchema });

describe('YAML → xlsx → YAML', () => {
  it('gives back the same data and the same YAML text for any valid submission (property)', async () => {
    await fc.assert(
      fc.asyncProperty(submission, async (original) => {
        expect(SubmissionSchema.safeParse(original).success).toBe(true);
        const yaml = writeSubmissionYaml(original, { lang: 'vi', mode: 'data' });
        const fromYaml = readYaml(yaml);
        expect(fromYaml.findings).toEqual([]);
        expect(fromYaml.data).toEqual(original);

        const fromXlsx = await readXlsx(await toXlsx(fromYaml.data));
        expect(fromXlsx.findings).toEqual([]);
        expect(fromXlsx.data).toEqual(original);
        expect(writeSubmissionYaml(fromXlsx.data, { lang: 'vi', mode: 'data' })).toBe(yaml);
      }),
      { numRuns: 25, seed: 20241210 },
    );
  });

  it('keeps values of the wrong type exactly, so the schema reports the same thing in both', async () => {
    const data = {
      schema_version: 2,
      unit: { code: 12345, name: '  Trường có dấu cách  ', level: 'th' },
      period: { school_year: '2024-2025', term: 'hk1' },
      reported_at: '10/12/2024',
      governance: { comms_plan: 'có', spokesperson_regulation: 1, collaborators: '12' },
      activities: { portal_posts: -3, social_posts: 2.5, official_shares: '1.200', events: true },
      feedback: { received: 0, resolved: null, results_published: '' },
      commendations: [{ recipient: 'Tổ Văn', form: 'Giấy khen', date: '2024-02-31' }],
      channels: [],
      incidents: [],
      exemplary_models: [],
    };
    const back = await readXlsx(await toXlsx(data));
    expect(back.findings).toEqual([]);
    // empty values are empty cells: they come back absent, everything else exactly as written
    const { feedback, ...rest } = data;
    expect(back.data).toEqual({ ...rest, feedback: { received: 0 } });
    expect(feedback.resolved).toBeNull();
  });

  it('reads a verbatim cell normally again once a clerk has changed it', async () => {
    const bytes = await toXlsx({ schema_version: 1, reported_at: '10/12/2024' });
    expect(((await readXlsx(bytes)).data as { reported_at: string }).reported_at).toBe('10/12/2024');
    // what a clerk does: open the file, retype the date, save
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const row = formLayout().fields.find((f) => f.path.join('.') === 'reported_at')!.row;
    const cell = wb.getWorksheet('Báo cáo')!.getCell(row, 3);
    expect(cell.value).toBe('10/12/2024');
    cell.value = '11/12/2024';
    const edited = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect((edited.data as { reported_at: string }).reported_at).toBe('2024-12-11');
  });
});
