import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

type Report = {
  schema_version: number;
  files: Array<{
    file: string;
    unit: string | null;
    period: Record<string, string> | null;
    status: 'accepted' | 'rejected';
    findings: Array<{ rule: string; severity: string; path: string | null; line: number | null; column: number | null; cell: string | null; message: string; hint: string | null }>;
  }>;
  summary: { files: number; accepted: number; rejected: number; errors: number; warnings: number; infos: number };
};

const HK1 = ['--term', 'HK1', '--year', '2024-2025'];

/** 1-based line of the first line of `file` that matches `pattern` — computed here, independently of the tool. */
function lineOf(file: string, pattern: RegExp): number {
  const lines = readFileSync(join(EXAMPLES, '..', file), 'utf8').split('\n');
  const i = lines.findIndex((l) => pattern.test(l));
  expect(i, `${pattern} not found in ${file}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(ya?ml|xlsx)$/.test(e.name)).length;
}

describe('validate on the bundled examples', () => {
  it('accepts every clean submission (exit 0) and lists the files in path order', () => {
    const { code, json } = runJson<Report>(['validate', 'examples/submissions', ...HK1, '--format', 'json']);
    expect(code).toBe(0);
    expect(json.schema_version).toBe(1);
    expect(json.summary.files).toBe(countFiles(join(EXAMPLES, 'submissions')));
    expect(json.summary.rejected).toBe(0);
    expect(json.summary.errors).toBe(0);
    const names = json.files.map((f) => f.file);
    expect(names).toEqual([...names].sort());
    for (const f of json.files) {
      expect(f.file).toMatch(/^examples\/submissions\/.+\.(ya?ml|xlsx)$/);
      expect(f.status).toBe('accepted');
      expect(f.unit).toMatch(/^[A-Z]/);
      expect(f.period).toEqual({ school_year: '2024-2025', term: 'HK1' });
    }
  });

  it('follows cli.md to the key', () => {
    const { json } = runJson<Report>(['validate', 'examples/broken', ...HK1, '--format', 'json']);
    expect(Object.keys(json)).toEqual(['schema_version', 'files', 'summary']);
    expect(Object.keys(json.summary)).toEqual(['files', 'accepted', 'rejected', 'errors', 'warnings', 'infos']);
    for (const f of json.files) {
      expect(Object.keys(f)).toEqual(['file', 'unit', 'period', 'status', 'findings']);
      for (const finding of f.findings) {
        expect(Object.keys(finding)).toEqual(['rule', 'severity', 'path', 'line', 'column', 'cell', 'message', 'hint']);
        if (f.file.endsWith('.xlsx')) {
          // Excel files (examples/broken/mn-chochu-loi-nhap-lieu.xlsx): a cell, never a line
          expect(finding.cell).toMatch(/^[^!]+![A-Z]+\d+$/);
          expect(finding.line).toBeNull();
          continue;
        }
        expect(finding.cell).toBeNull(); // YAML files: line/column, never a cell
        expect(finding.line).toBeGreaterThan(0);
        expect(finding.column).toBeGreaterThan(0);
      }
    }
    const all = json.files.flatMap((f) => f.findings);
    expect(json.summary.errors).toBe(all.filter((f) => f.severity === 'error').length);
    expect(json.summary.warnings).toBe(all.filter((f) => f.severity === 'warning').length);
  });

  it('rejects the broken examples with findings at the right lines (exit 1)', () => {
    const { code, json } = runJson<Report>(['validate', 'examples/broken', ...HK1, '--format', 'json']);
    expect(code).toBe(1);
    const byFile = new Map(json.files.map((f) => [f.file.replace('examples/broken/', ''), f]));
    const find = (file: string, rule: string) => byFile.get(file)?.findings.find((f) => f.rule === rule);

    const feedback = find('mn-binhyen-so-lieu-mau-thuan.yaml', 'feedback-consistency');
    expect(feedback).toMatchObject({ severity: 'error', path: 'feedback.resolved', line: lineOf('examples/broken/mn-binhyen-so-lieu-mau-thuan.yaml', /^ {2}resolved: /) });
    expect(feedback!.message).toMatch(/5.*2/);

    const syntax = find('th-trunghoi-loi-cu-phap.yaml', 'syntax');
    expect(syntax?.line).toBe(lineOf('examples/broken/th-trunghoi-loi-cu-phap.yaml', /^ {2}portal_posts \d/));
    // whose it is comes from what parses before the error, so that the school is counted as rejected, not missing
    expect(byFile.get('th-trunghoi-loi-cu-phap.yaml')).toMatchObject({ unit: 'TH-TRUNGHOI', period: { school_year: '2024-2025', term: 'HK1' }, status: 'rejected' });

    const typo = byFile.get('thcs-chochu-sai-kieu-du-lieu.yaml')!.findings.filter((f) => f.rule === 'schema');
    expect(typo.map((f) => f.path)).toEqual(
      expect.arrayContaining(['reported_at', 'governance.comms_plan', 'activities.broadcast', 'activities.events', 'activities.broadcasts']),
    );
    expect(typo.find((f) => f.path === 'activities.broadcast')?.line).toBe(
      lineOf('examples/broken/thcs-chochu-sai-kieu-du-lieu.yaml', /^ {2}broadcast:/),
    );

    expect(find('th-kimphuong-sai-ma-don-vi.yaml', 'unit-known')).toMatchObject({ path: 'unit.code', line: 5 });
    expect(find('thcs-dongdat-nham-ky.yaml', 'period-mismatch')?.severity).toBe('error');
    expect(find('mn-dumong-tep-trong.yaml', 'syntax')).toMatchObject({ line: 1, column: 1 });
    for (const copy of ['th-yenlac-ban-1.yaml', 'th-yenlac-ban-2.yaml']) {
      expect(find(copy, 'duplicate-submission')?.message).toContain(copy === 'th-yenlac-ban-1.yaml' ? 'ban-2' : 'ban-1');
    }
    const phone = find('thpt-phuluong-so-dien-thoai.yaml', 'leading-zero');
    expect(phone).toMatchObject({ severity: 'warning', path: 'contacts.leader.phone' });
  });

  it('gives byte-identical output between runs', () => {
    const a = runCli(['validate', 'examples', ...HK1, '--format', 'json']);
    const b = runCli(['validate', 'examples', ...HK1, '--format', 'json']);
    expect(a.stdout.length).toBeGreaterThan(100);
    expect(b.stdout).toBe(a.stdout);
  });

  it('writes pretty output grouped by file, in Vietnamese, with a closing count', () => {
    const { code, stdout } = runCli(['validate', 'examples/broken', ...HK1]);
    expect(code).toBe(1);
    expect(stdout).toContain('examples/broken/mn-binhyen-so-lieu-mau-thuan.yaml');
    expect(stdout).toContain('lỗi');
    expect(stdout).toMatch(/\d+ tệp: \d+ đạt, \d+ bị từ chối/);
    expect(stdout).not.toMatch(/\x1b\[/); // no colour when not a terminal
  });

  it('speaks English with --lang en and with EDU_COMMS_LANG=en', () => {
    const flag = runJson<Report>(['validate', 'examples/broken/mn-binhyen-so-lieu-mau-thuan.yaml', '--lang', 'en', '--format', 'json']);
    const env = runJson<Report>(['validate', 'examples/broken/mn-binhyen-so-lieu-mau-thuan.yaml', '--format', 'json'], { env: { EDU_COMMS_LANG: 'en' } });
    for (const r of [flag, env]) {
      expect(r.json.files[0]!.findings.find((f) => f.rule === 'feedback-consistency')?.message).toMatch(/Resolved feedback/);
    }
  });

  it('honours --max-warnings', () => {
    const file = 'examples/broken/thpt-phuluong-so-dien-thoai.yaml';
    const { json } = runJson<Report>(['validate', file, '--format', 'json']);
    const warnings = json.summary.warnings;
    expect(warnings).toBeGreaterThan(0);
    if (json.summary.errors === 0) {
      expect(runCli(['validate', file, '--max-warnings', String(warnings)]).code).toBe(0);
      expect(runCli(['validate', file, '--max-warnings', String(warnings - 1)]).code).toBe(1);
    } else {
      expect(runCli(['validate', file, '--max-warnings', String(warnings)]).code).toBe(1);
    }
  });
});

describe('usage errors exit 2 with the line that fixes them', () => {
  it('a path that does not exist', () => {
    const r = runCli(['validate', 'khong-co-thu-muc-nay']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('khong-co-thu-muc-nay');
    expect(r.stderr).toContain('edu-comms validate');
  });
  it('a folder without submissions', () => {
    const r = runCli(['validate', 'src/i18n']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không có tệp báo cáo/);
  });
  it('an unknown flag, with a suggestion', () => {
    const r = runCli(['validate', 'examples', '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });
  it('a bad value for a flag', () => {
    expect(runCli(['validate', 'examples', '--format', 'xml']).code).toBe(2);
    expect(runCli(['validate', 'examples', '--term', 'HK3']).code).toBe(2);
    expect(runCli(['validate', 'examples', '--term', 'HK1', '--year', '2024']).code).toBe(2);
    expect(runCli(['validate', 'examples', '--max-warnings', 'many']).code).toBe(2);
    expect(runCli(['validate', 'examples', '--date', '2025-02-30']).code).toBe(2);
  });
  it('no paths at all', () => {
    const r = runCli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/paths/);
  });
  it('a config that does not exist', () => {
    const r = runCli(['validate', 'examples', '--config', 'khong-co.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('khong-co.yaml');
  });
});
