import { describe, expect, it } from 'vitest';
import { localiseError } from '../../src/cli/commander-i18n.js';
import { helpEn } from '../../src/i18n/help/en.js';
import { helpVi } from '../../src/i18n/help/vi.js';
import { runCli } from '../helpers/cli.js';

describe("commander's own words in Vietnamese", () => {
  it.each([
    ["error: unknown option '--formt'\n(Did you mean --format?)\n", /không có tùy chọn --formt\n\(Có phải ý bạn là --format\?\)/],
    ["error: unknown command 'validat'\n", /không có lệnh validat/],
    ["error: missing required argument 'paths'\n", /thiếu tham số bắt buộc <paths>/],
    ["error: required option '--to <format>' not specified\n", /thiếu tùy chọn bắt buộc --to <format>/],
    ["error: option '--out <file>' argument missing\n", /tùy chọn --out <file> cần một giá trị/],
    ["error: option '--format <format>' argument 'xml' is invalid. Allowed choices are pretty, json.\n", /“xml” .* --format <format> .*pretty, json/],
    ["error: option '--year <school-year>' argument '2024' is invalid. năm học phải có dạng 2024-2025\n", /“2024” .* --year <school-year> không hợp lệ: năm học/],
    ["error: option '--term <term>' cannot be used with option '--month <YYYY-MM>'\n", /không dùng tùy chọn --term <term> cùng với --month <YYYY-MM>/],
    ["error: too many arguments for 'schema'. Expected 0 arguments but got 1.\n", /thừa tham số cho lệnh schema/],
  ])('%s', (english, vietnamese) => {
    expect(localiseError(english, 'vi', helpVi)).toMatch(vietnamese);
    expect(localiseError(english, 'en', helpEn)).toBe(english);
  });

  it('leaves an unknown message as commander wrote it', () => {
    expect(localiseError('error: something new\n', 'vi', helpVi)).toBe('error: something new\n');
  });

  it('reaches the user through the binary, in both languages', () => {
    const vi = runCli(['validate', 'examples', '--formt', 'json']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('Lỗi: không có tùy chọn --formt');
    const en = runCli(['--lang', 'en', 'validate', 'examples', '--formt', 'json']);
    expect(en.stderr).toContain("error: unknown option '--formt'");
    const help = runCli(['validate', '--help']);
    expect(help.stdout).toMatch(/^Cách dùng: edu-comms validate/);
    expect(help.stdout).toContain('Tùy chọn:');
    expect(help.stdout).not.toMatch(/choices:|default:/);
    expect(runCli(['aggregate', '--help']).stdout).not.toMatch(/choices:|default:/);
  });
});
