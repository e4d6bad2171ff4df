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

describe('a roster that changes over time', () => {
  const head = example.slice(0, example.indexOf('units:'));
  const config = (lines: string[]) => `${head}units:\n${lines.map((l) => `  - ${l}\n`).join('')}`;

  it('loads versions of one code that follow each other, and units that replace others', async () => {
    writeFileSync(
      join(dir, 'edu-comms.yaml'),
      config([
        '{code: SGD-THAINGUYEN, name: Sở, level: OFFICE}',
        '{code: PGD-A, name: Phòng A, level: OFFICE, parent: SGD-THAINGUYEN, valid_until: 2024-2025}',
        '{code: XA-1, name: Xã 1, level: OFFICE, parent: SGD-THAINGUYEN, valid_from: 2025-2026, replaces: [PGD-A]}',
        '{code: MN-1, name: MN, level: MN, parent: PGD-A, valid_until: 2024-2025}',
        '{code: MN-1, name: MN, level: MN, parent: XA-1, valid_from: 2025-2026}',
      ]),
    );
    const { roster } = await loadConfig({ cwd: dir, lang: 'vi' });
    expect(roster.versions).toHaveLength(5);
    expect(roster.byCode.get('MN-1')?.parent).toBe('XA-1');
  });

  it('reports overlapping versions, a parent not in force, until before from, unknown and cyclic replaces — located, in one pass', async () => {
    const text = config([
      '{code: SGD-THAINGUYEN, name: Sở, level: OFFICE}',
      '{code: PGD-A, name: Phòng A, level: OFFICE, parent: SGD-THAINGUYEN, valid_until: 2024-2025}',
      '{code: MN-1, name: MN, level: MN, parent: PGD-A, valid_until: 2025-2026}',
      '{code: MN-1, name: MN bis, level: MN, parent: SGD-THAINGUYEN, valid_from: 2025-2026}',
      '{code: TH-1, name: TH, level: TH, parent: SGD-THAINGUYEN, valid_from: 2026-2027, valid_until: 2025-2026}',
      '{code: TH-2, name: TH 2, level: TH, parent: SGD-THAINGUYEN, replaces: [TH-KHONGCO]}',
      '{code: TH-3, name: TH 3, level: TH, parent: SGD-THAINGUYEN, replaces: [TH-4]}',
      '{code: TH-4, name: TH 4, level: TH, parent: SGD-THAINGUYEN, replaces: [TH-3]}',
      '{code: TH-5, name: TH 5, level: TH, parent: SGD-THAINGUYEN, replaces: [TH-5]}',
    ]);
    const problems = await problemsOf(text);
    const at = (needle: string) => `edu-comms.yaml:${lineOf(text, needle)}:`;
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('MN bis')}\\d+ Mã đơn vị MN-1 có hơn một dòng cùng có hiệu lực trong năm học 2025-2026`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('name: MN, level')}\\d+ Đơn vị MN-1 có đơn vị quản lý PGD-A, nhưng năm học 2025-2026`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('TH-1')}\\d+ Đơn vị TH-1 có đến năm học 2025-2026 nhưng lại có từ năm học 2026-2027`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('TH-KHONGCO')}\\d+ Đơn vị TH-2 thay cho TH-KHONGCO`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('code: TH-3')}\\d+ .*vòng thay thế khép kín \\(TH-3 → TH-4 → TH-3\\)`)));
    expect(problems.filter((p) => p.includes('vòng thay thế'))).toHaveLength(1);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${at('code: TH-5')}\\d+ Đơn vị TH-5 không thể thay cho chính nó`)));
  });

  it('a school year that is not two consecutive years is a located schema problem', async () => {
    const text = config(['{code: SGD-THAINGUYEN, name: Sở, level: OFFICE, valid_from: 2025-2027}']);
    const problems = await problemsOf(text);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^edu-comms\\.yaml:${lineOf(text, '2025-2027')}:\\d+ .*2025-2027`)));
  });
});
