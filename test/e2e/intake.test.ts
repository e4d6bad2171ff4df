/**
 * Reports as offices receive them, end to end on the built binary: a folder converted into one responses sheet (CSV
 * and XLSX) and into a zip validates and aggregates with the same verdicts and figures as the folder itself, every
 * finding of a sheet points at its row and column, and the sheet converts back to the same files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

const HK1 = ['--term', 'HK1', '--year', '2024-2025'];
const CONFIG = ['--config', join(EXAMPLES, 'edu-comms.yaml')];
const FOLDERS = [join(EXAMPLES, 'submissions', 'hk1-2024-2025'), join(EXAMPLES, 'excel'), join(EXAMPLES, 'broken')];

type Report = { files: { file: string; unit: string | null; status: string; findings: { rule: string; severity: string; path: string | null; cell: string | null; line: number | null }[] }[]; summary: Record<string, number> };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-intake-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** unit → verdict and the (rule, severity, field) of its findings, without locations: what must not depend on the medium. */
function verdicts(report: Report): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of report.files) {
    const key = `${f.unit}`;
    const findings = f.findings
      .filter((x) => x.rule !== 'duplicate-submission')
      .map((x) => `${x.rule}/${x.severity}/${x.path}`)
      .sort()
      .join(',');
    out.set(key, `${f.status} ${findings}`);
  }
  return out;
}

describe('a folder as one responses sheet', () => {
  it('convert --to responses writes every convertible report as a row, and names those it cannot', () => {
    const r = runCli(['convert', ...FOLDERS.slice(0, 2), '--to', 'responses', '--out', join(dir, 'cau-tra-loi.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/23\/23/);
    const x = runCli(['convert', ...FOLDERS.slice(0, 2), '--to', 'responses', '--out', join(dir, 'cau-tra-loi.xlsx')]);
    expect(x.code).toBe(0);
  });

  it('validates and aggregates with the same verdicts and figures as the folder', () => {
    const folder = runJson<Report>(['validate', ...FOLDERS.slice(0, 2), ...CONFIG, ...HK1, '--format', 'json']);
    for (const sheet of ['cau-tra-loi.csv', 'cau-tra-loi.xlsx']) {
      const rows = runJson<Report>(['validate', join(dir, sheet), ...CONFIG, ...HK1, '--format', 'json']);
      expect(rows.code).toBe(folder.code);
      expect(rows.json.summary).toEqual(folder.json.summary);
      expect(verdicts(rows.json)).toEqual(verdicts(folder.json));
      // a row each, in row order
      const stem = rows.json.files[0]!.file.split('#')[0]!;
      expect(stem.endsWith(sheet)).toBe(true);
      expect(rows.json.files.map((f) => f.file)).toEqual(rows.json.files.map((_, i) => `${stem}#${i + 2}`));
    }
    const a = runCli(['aggregate', ...CONFIG, ...HK1, '--in', ...FOLDERS.slice(0, 2), '--out', join(dir, 'agg-folder'), '--date', '2025-01-05', '--format', 'json']);
    const b = runCli(['aggregate', ...CONFIG, ...HK1, '--in', join(dir, 'cau-tra-loi.csv'), '--out', join(dir, 'agg-sheet'), '--date', '2025-01-05', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const figures = (p: string) => {
      const s = JSON.parse(readFileSync(join(dir, p, 'summary.json'), 'utf8')) as Record<string, unknown>;
      return JSON.stringify(s, (k, v) => (k === 'inputs' || k === 'files' ? undefined : v));
    };
    expect(figures('agg-sheet')).toEqual(figures('agg-folder'));
  });

  it('converts back to the same files (the round trip on the built binary)', () => {
    const r = runCli(['convert', join(dir, 'cau-tra-loi.csv'), '--to', 'yaml', '--out', join(dir, 'back')]);
    expect(r.code).toBe(0);
    const one = runCli(['convert', ...FOLDERS.slice(0, 2), '--to', 'yaml', '--out', join(dir, 'direct')]);
    expect(one.code).toBe(0);
    const names = readdirSync(join(dir, 'direct')).filter((n) => n.endsWith('.yaml')).sort();
    expect(readdirSync(join(dir, 'back')).filter((n) => n.endsWith('.yaml')).sort()).toEqual(names);
    for (const name of names) expect(parse(readFileSync(join(dir, 'back', name), 'utf8')), name).toEqual(parse(readFileSync(join(dir, 'direct', name), 'utf8')));
  });

  it('points every finding of a broken row at its row and column', () => {
    const broken = join(EXAMPLES, 'broken');
    // the broken examples that can be rows: those that convert
    runCli(['convert', broken, '--to', 'responses', '--out', join(dir, 'loi.xlsx')]);
    const rows = runJson<Report>(['validate', join(dir, 'loi.xlsx'), ...CONFIG, ...HK1, '--format', 'json']);
    expect(rows.code).toBe(1);
    const findings = rows.json.files.flatMap((f) => f.findings.map((x) => ({ ...x, row: Number(f.file.split('#')[1]) })));
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(f.cell, f.rule).toMatch(/^Câu trả lời![A-Z]+\d+$/);
      expect(Number(/\d+$/.exec(f.cell!)![0])).toBe(f.row);
      expect(f.line).toBeNull();
    }
  });

  it('template --format responses writes the header row and the guide; the header reads as an empty sheet', () => {
    const r = runCli(['template', '--format', 'responses', ...CONFIG, '--out', join(dir, 'mau.csv')]);
    expect(r.code).toBe(0);
    const header = readFileSync(join(dir, 'mau.csv'), 'utf8');
    expect(header.startsWith('\uFEFFMã đơn vị,Tên đơn vị,Cấp học')).toBe(true);
    expect(header).toContain('Sự cố truyền thông trong kỳ 3 – Ngày phát hiện');
    const x = runCli(['template', '--format', 'responses', ...CONFIG, '--out', join(dir, 'mau.xlsx')]);
    expect(x.code).toBe(0);
    const v = runJson<Report>(['validate', join(dir, 'mau.xlsx'), ...CONFIG, '--format', 'json']);
    expect(v.json.files[0]!.findings.map((f) => f.cell)).toEqual(['Câu trả lời!A2']);
  });
});

describe('template --all', () => {
  it('writes one pre-filled form per reporting unit, a folder per managing unit, named by unit code', () => {
    const out = join(dir, 'mau');
    const r = runCli(['template', '--all', ...CONFIG, ...HK1, '--out', out, '--date', '2024-12-01']);
    expect(r.code).toBe(0);
    const config = parse(readFileSync(join(EXAMPLES, 'edu-comms.yaml'), 'utf8')) as { units: { code: string; level: string; parent?: string; reports?: boolean }[] };
    const expected = config.units.filter((u) => u.level !== 'OFFICE' || u.reports === true);
    const folders = readdirSync(out).sort();
    expect(folders).toEqual([...new Set(expected.map((u) => u.parent!.toLowerCase()))].sort());
    for (const folder of folders) {
      const files = readdirSync(join(out, folder)).filter((n) => n.endsWith('.xlsx'));
      const codes = expected.filter((u) => u.parent!.toLowerCase() === folder).map((u) => `${u.code.toLowerCase()}-2024-2025-hk1.xlsx`);
      expect(files).toEqual([...codes].sort());
    }
    // every form carries its unit and period: validating the blank forms names each unit, never «unknown unit»
    const v = runJson<Report>(['validate', out, ...CONFIG, ...HK1, '--format', 'json']);
    expect(v.json.files.map((f) => f.unit).sort()).toEqual(expected.map((u) => u.code).sort());
    expect(v.json.files.flatMap((f) => f.findings).filter((x) => x.rule === 'unit-known' || x.rule === 'period-mismatch')).toEqual([]);
    // --parent narrows it to one managing unit's units
    const p = runCli(['template', '--parent', 'PGD-PHULUONG', '--format', 'yaml', ...CONFIG, ...HK1, '--out', join(dir, 'phuluong')]);
    expect(p.code).toBe(0);
    expect(readdirSync(join(dir, 'phuluong'))).toEqual(['pgd-phuluong']);
    expect(readdirSync(join(dir, 'phuluong', 'pgd-phuluong')).filter((n) => n.endsWith('.yaml'))).toHaveLength(expected.filter((u) => u.parent === 'PGD-PHULUONG').length);
    const bad = runCli(['template', '--parent', 'KHONG-CO', ...CONFIG]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('KHONG-CO');
  });
});

describe('a zip of attachments', () => {
  it('validates with the same verdicts as the files, located inside the zip; an unsafe entry is an error', () => {
    const entries: Record<string, Uint8Array> = {};
    for (const folder of FOLDERS.slice(0, 2)) {
      for (const e of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (e.isFile()) entries[join(e.parentPath, e.name).slice(folder.length + 1)] = readFileSync(join(e.parentPath, e.name));
      }
    }
    const zipPath = join(dir, 'hop-thu.zip');
    require_write(zipPath, zipSync(entries));
    const folder = runJson<Report>(['validate', ...FOLDERS.slice(0, 2), ...CONFIG, ...HK1, '--format', 'json']);
    const zipped = runJson<Report>(['validate', zipPath, ...CONFIG, ...HK1, '--format', 'json']);
    expect(zipped.json.summary).toEqual(folder.json.summary);
    expect(verdicts(zipped.json)).toEqual(verdicts(folder.json));
    expect(zipped.json.files.every((f) => /hop-thu\.zip\//.test(f.file))).toBe(true);
    const pretty = runCli(['validate', 'hop-thu.zip', ...CONFIG, ...HK1], { cwd: dir });
    expect(pretty.stdout).toMatch(/^hop-thu\.zip\/\S+\.yaml \(/m);

    require_write(join(dir, 'xau.zip'), zipSync({ '../../ra-ngoai.yaml': new TextEncoder().encode('a: 1') }));
    const evil = runJson<Report>(['validate', join(dir, 'xau.zip'), ...CONFIG, '--format', 'json']);
    expect(evil.code).toBe(1);
    expect(evil.json.files[0]!.findings[0]!.rule).toBe('syntax');
  });
});

import { writeFileSync } from 'node:fs';
function require_write(path: string, bytes: Uint8Array) {
  writeFileSync(path, bytes);
}
