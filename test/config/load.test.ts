import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, UsageError } from '../../src/util/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { EXAMPLES } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = readFileSync(join(EXAMPLES, 'edu-comms.yaml'), 'utf8');

async function problemsOf(text: string): Promise<string[]> {
  writeFileSync(join(dir, 'edu-comms.yaml'), text);
  try {
    await loadConfig({ cwd: dir, lang: 'vi' });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).details;
  }
  throw new Error('the config was accepted');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('loading edu-comms.yaml', () => {
  it('loads the example, with its roster as a tree', async () => {
    writeFileSync(join(dir, 'edu-comms.yaml'), example);
    const { config, roster, embedded } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(embedded).toBe(false);
    expect(config.authority.code).toBe('SGD-THAINGUYEN');
    expect(roster.descendants('PGD-DINHHOA').map((u) => u.code)).toContain('TH-BINHYEN');
  });

  it('locates a duplicate code, an unknown parent and a cycle in an inline roster', async () => {
    const text = example
      .replace('{code: MN-TRUNGHOI,', '{code: MN-BINHYEN,')
      .replace('{code: TH-YENLAC, name: Trường Tiểu học Yên Lạc, level: TH, parent: PGD-PHULUONG}', '{code: TH-YENLAC, name: Trường Tiểu học Yên Lạc, level: TH, parent: PGD-KHONGCO}')
      .replace('{code: SGD-THAINGUYEN, name: Sở Giáo dục và Đào tạo Thái Nguyên, level: OFFICE}', '{code: SGD-THAINGUYEN, name: Sở Giáo dục và Đào tạo Thái Nguyên, level: OFFICE, parent: PGD-DINHHOA}');
    const problems = await problemsOf(text);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^edu-comms\\.yaml:${lineOf(text, 'Trường Mầm non Trung Hội')}:\\d+ .*MN-BINHYEN`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^edu-comms\\.yaml:${lineOf(text, 'PGD-KHONGCO')}:\\d+ .*PGD-KHONGCO`)));
    expect(problems.some((p) => /vòng quản lý/.test(p))).toBe(true);
  });

  it('locates schema problems in the config', async () => {
    const text = example.replace('  preset: recommended', '  preset: lenient');
    const problems = await problemsOf(text);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^edu-comms\\.yaml:${lineOf(text, 'preset: lenient')}:\\d+ .*lenient`)));
  });
});

describe('rule settings in edu-comms.yaml', () => {
  it('an unknown rule id comes in the same pass as a schema problem, located', async () => {
    const text = example.replace('  preset: recommended', '  preset: lenient').replace('    fanpage-connected: warning', '    fanpage-conected: warning');
    const problems = await problemsOf(text);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^edu-comms\\.yaml:${lineOf(text, 'preset: lenient')}:\\d+ .*lenient`)));
    expect(problems).toContainEqual(
      `edu-comms.yaml:${lineOf(text, 'fanpage-conected')}:5 Không có quy tắc nào tên «fanpage-conected» (trong rules.severity): mục này sẽ không có tác dụng. (Có phải ý bạn là fanpage-connected? Sửa lại cho đúng tên.)`,
    );
  });
});

describe('the bundled sample', () => {
  it('stands in when no edu-comms.yaml is found, and says so (embedded)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'edu-comms-config-empty-'));
    try {
      expect((await loadConfig({ cwd: empty, lang: 'vi' })).embedded).toBe(true);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('is refused with sample: false (aggregate, render): a usage error naming edu-comms init and --config', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'edu-comms-config-empty-'));
    try {
      const error = await loadConfig({ cwd: empty, lang: 'en', sample: false }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toContain(empty);
      expect((error as UsageError).fix).toContain('edu-comms init');
      expect((error as UsageError).fix).toContain('--config');
      // an edu-comms.yaml in the folder is the office's own: loaded as usual
      writeFileSync(join(empty, 'edu-comms.yaml'), example);
      expect((await loadConfig({ cwd: empty, lang: 'en', sample: false })).embedded).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
