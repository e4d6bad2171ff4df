/**
 * The bundled post-reform province (examples/2026-2027/): what `npm run demo`, the README and the guide run on. Schools
 * under communes and wards, upper-secondary schools and centres straight under the Sở, school year 2026-2027.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';
import { paragraphs, unzip } from '../render/helpers.js';

const DIR = join(EXAMPLES, '2026-2027');
const CONFIG = ['--config', join(DIR, 'edu-comms.yaml')];
const HK1 = ['--term', 'HK1', '--year', '2026-2027', '--date', '2026-12-20'];
const out = mkdtempSync(join(tmpdir(), 'edu-comms-post-reform-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

type Unit = { code: string; name: string; level: string; parent?: string };
const units = (parse(readFileSync(join(DIR, 'edu-comms.yaml'), 'utf8')) as { units: Unit[] }).units;
const byCode = new Map(units.map((u) => [u.code, u]));

describe('the post-reform example province', () => {
  it('has no district office: MN, TH, THCS under a commune or ward, THPT and centres under the Sở', () => {
    expect(units.some((u) => /huyện|PGD/.test(`${u.code} ${u.name}`))).toBe(false);
    for (const u of units) {
      if (u.level === 'OFFICE') continue;
      const parent = byCode.get(u.parent!)!;
      if (['MN', 'TH', 'THCS', 'TH-THCS'].includes(u.level)) expect(parent.name, u.code).toMatch(/^Ủy ban nhân dân (xã|phường) /);
      else expect(parent.code, u.code).toBe('SGD-THAINGUYEN');
    }
    expect(units.filter((u) => /^Ủy ban nhân dân phường /.test(u.name)).length).toBeGreaterThan(0);
  });

  it('accepts every clean submission of HK1 2026-2027, YAML and Excel', () => {
    const { code, json } = runJson(['validate', join(DIR, 'submissions'), join(DIR, 'excel'), ...CONFIG, ...HK1, '--format', 'json']);
    expect(code).toBe(0);
    expect(json.summary.rejected).toBe(0);
    expect(json.files.some((f: { file: string }) => f.file.endsWith('.xlsx'))).toBe(true);
    for (const f of json.files) {
      expect(f.period).toEqual({ school_year: '2026-2027', term: 'HK1' });
      expect(byCode.has(f.unit), f.unit).toBe(true);
    }
  });

  it('rejects the broken submissions with the findings clerks need', () => {
    const { code, json } = runJson(['validate', join(DIR, 'broken'), ...CONFIG, ...HK1, '--format', 'json']);
    expect(code).toBe(1);
    const rules = new Set(json.files.flatMap((f: { findings: Array<{ rule: string }> }) => f.findings.map((x) => x.rule)));
    for (const rule of ['syntax', 'schema', 'unit-known', 'period-mismatch', 'duplicate-submission', 'feedback-consistency', 'legacy-encoding']) {
      expect(rules.has(rule), rule).toBe(true);
    }
  });

  it('aggregates the province by commune, ward and the Sở’s own units, and renders the three documents', () => {
    const summary = join(out, 'so');
    const r = runCli(['aggregate', ...CONFIG, ...HK1, '--in', join(DIR, 'submissions', 'hk1-2026-2027'), join(DIR, 'excel'), '--out', summary]);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(readFileSync(join(summary, 'summary.json'), 'utf8'));
    expect(s.period).toMatchObject({ school_year: '2026-2027', term: 'HK1' });
    const children = s.by_child.map((c: { code: string }) => c.code);
    expect(children).toEqual(expect.arrayContaining(['XA-DINHHOA', 'XA-BINHYEN', 'PHUONG-PHANDINHPHUNG', 'THPT-DINHHOA', 'GDNN-GDTX-DINHHOA']));
    expect(s.completeness.expected).toBe(units.filter((u) => u.level !== 'OFFICE').length);
    for (const kind of ['report', 'letter', 'reminder']) {
      const doc = runCli(['render', ...CONFIG, '--summary', summary, '--kind', kind, '--out', join(out, `${kind}.docx`), '--date', '2026-12-20']);
      expect(doc.code, doc.stderr).toBe(0);
      expect(doc.stdout).toContain('2026-2027');
    }
  });

  it('the reminder speaks to the communes and wards by their roster names and asks them to chase their schools', () => {
    const text = paragraphs(unzip(readFileSync(join(out, 'reminder.docx')))['word/document.xml']!).map((p) => p.text);
    const body = text.join('\n');
    expect(body).not.toMatch(/Phòng|huyện/);
    // the schools still missing are under XA-DINHHOA and PHUONG-PHANDINHPHUNG: those two are asked to chase them
    const chase = text.find((p) => p.includes('đôn đốc, hướng dẫn các đơn vị thuộc phạm vi quản lý'));
    expect(chase).toContain(
      'Đề nghị Ủy ban nhân dân xã Định Hóa, Ủy ban nhân dân phường Phan Đình Phùng đôn đốc, hướng dẫn các đơn vị thuộc phạm vi quản lý chưa gửi báo cáo hoặc báo cáo chưa đạt yêu cầu hoàn thành, gửi báo cáo đúng thời hạn nêu trên.',
    );
    expect(text).toContain('Kính gửi:\t- Ủy ban nhân dân xã Định Hóa;');
  });
});
