/**
 * Rule settings are checked (issue 17, item 6), through the built binary: a misspelt rule id or option in `rules:`
 * of edu-comms.yaml is an error at its line and column with a "did you mean", from check-config and from every command
 * that loads the configuration, never a setting ignored in silence.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

function office(edit: (text: string) => string): { dir: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'edu-rule-settings-'));
  const file = join(dir, 'edu-comms.yaml');
  copyFileSync(join(EXAMPLES, '2026-2027', 'edu-comms.yaml'), file);
  const text = edit(readFileSync(file, 'utf8'));
  writeFileSync(file, text);
  return { dir, text };
}

const at = (text: string, needle: string) => {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return `${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
};

describe('rules: in edu-comms.yaml', () => {
  const typos = (text: string) =>
    text
      .replace('    fanpage-connected: warning', '    fanpage-conected: warning')
      .replace('    incident-timely: {max_days: 1}', '    incident-timely: {max_day: 1}\n    outlir: {max: {}}');

  it('check-config: each unknown rule id and option, located, with the closest name (exit 1)', () => {
    const { dir, text } = office(typos);
    const r = runCli(['check-config'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`edu-comms.yaml:${at(text, 'fanpage-conected')} Không có quy tắc nào tên «fanpage-conected» (trong rules.severity)`);
    expect(r.stderr).toContain('Có phải ý bạn là fanpage-connected?');
    expect(r.stderr).toContain(`edu-comms.yaml:${at(text, 'max_day:')} Quy tắc incident-timely không có tham số «max_day»`);
    expect(r.stderr).toContain('Có phải ý bạn là max_days?');
    expect(r.stderr).toContain(`edu-comms.yaml:${at(text, 'outlir')} Không có quy tắc nào tên «outlir»`);
    expect(r.stderr).toContain('Có phải ý bạn là outlier?');
    expect(r.stderr).toContain('Có 3 lỗi trong cấu hình');
  });

  it('in English with --lang en', () => {
    const { dir } = office(typos);
    const r = runCli(['check-config', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('There is no rule named “outlir” (in rules.options)');
    expect(r.stderr).toContain('Did you mean outlier?');
  });

  it('a value of the wrong type for an option is located too', () => {
    const { dir, text } = office((t) => t.replace('{max_days: 1}', '{max_days: một}'));
    const r = runCli(['check-config'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`edu-comms.yaml:${at(text, 'một')} «Số ngày tối đa để báo cáo sự cố» phải là số nguyên không âm`);
  });

  it('validate refuses to run with a misspelt rule rather than use its defaults (exit 2, no stack trace)', () => {
    const { dir } = office(typos);
    const r = runCli(['validate', join(EXAMPLES, '2026-2027', 'submissions')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fanpage-conected');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('the examples’ own settings are accepted', () => {
    const { dir } = office((t) => t);
    expect(runCli(['check-config'], { cwd: dir }).code).toBe(0);
  });
});
