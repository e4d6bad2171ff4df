/**
 * Every command's --out pointing at a folder, a file, a missing parent, a read-only place or its own input, through
 * the built binary: the usual name inside a folder, missing parents created, exit 2 with a message for the others,
 * and never a file the clerk made or edited replaced without --force.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';
import { aggregateArgs, CONFIG, INPUT, READ_ONLY, workspace } from './faults.js';

const { place, aggregated } = workspace('out-paths');

describe('every --out: a folder, a file, a missing parent, a read-only place, the input itself', () => {

  it('aggregate', () => {
    const dir = place();
    expect(runCli(aggregateArgs(join(dir, 'a', 'b'), '2025-01-05')).code).toBe(0); // missing parents are created
    writeFileSync(join(dir, 'edu-comms.yaml'), 'x');
    const file = runCli(aggregateArgs(join(dir, 'edu-comms.yaml'), '2025-01-05'));
    expect([file.code, file.stderr]).toEqual([2, expect.stringContaining('là một tệp có sẵn')]);
    const ro = runCli(aggregateArgs(`${READ_ONLY}/out`, '2025-01-05'));
    expect([ro.code, ro.stderr]).toEqual([2, expect.stringContaining('Cách sửa:')]);
    const input = runCli(aggregateArgs(INPUT, '2025-01-05'));
    expect([input.code, input.stderr]).toEqual([2, expect.stringContaining('đầu vào')]);
  });

  it('render', () => {
    const dir = place();
    aggregated(join(dir, 'tong-hop'));
    const args = (out: string) => ['render', '--config', CONFIG, '--summary', join(dir, 'tong-hop'), '--out', out, '--date', '2025-01-05', '--signer-name', 'A', '--signer-title', 'B', '--to', 'C'];
    mkdirSync(join(dir, 'van-ban'));
    expect(runCli(args(join(dir, 'van-ban'))).code).toBe(0);
    expect(readdirSync(join(dir, 'van-ban')).filter((f) => f.endsWith('.docx'))).toEqual(['report-SGD-THAINGUYEN-2024-2025-HK1.docx']);
    expect(runCli(args(join(dir, 'moi', 'bao-cao.docx'))).code).toBe(0);
    writeFileSync(join(dir, 'cua-toi.docx'), 'the clerk’s own document');
    const foreign = runCli(args(join(dir, 'cua-toi.docx')));
    expect([foreign.code, foreign.stderr]).toEqual([2, expect.stringContaining('không do edu-comms ghi')]);
    expect(readFileSync(join(dir, 'cua-toi.docx'), 'utf8')).toBe('the clerk’s own document');
    expect(runCli([...args(join(dir, 'cua-toi.docx')), '--force']).code).toBe(0);
    expect(runCli(args(`${READ_ONLY}/x.docx`)).code).toBe(2);
    copyFileSync(join(dir, 'cua-toi.docx'), join(dir, 'mau.docx'));
    const input = runCli([...args(join(dir, 'mau.docx')), '--template', join(dir, 'mau.docx')]);
    expect([input.code, input.stderr]).toEqual([2, expect.stringContaining('đầu vào')]);
  });

  it('render: an edited document is not overwritten; an untouched one is', () => {
    const dir = place();
    aggregated(join(dir, 'tong-hop'));
    const args = ['render', '--config', CONFIG, '--summary', join(dir, 'tong-hop'), '--out', join(dir, 'van-ban', 'report.docx'), '--date', '2025-01-05', '--signer-name', 'A', '--signer-title', 'B', '--to', 'C'];
    expect(runCli(args).code).toBe(0);
    expect(runCli(args).code).toBe(0);
    writeFileSync(join(dir, 'van-ban', 'report.docx'), 'edited');
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('đã được sửa sau khi edu-comms ghi');
    expect(readFileSync(join(dir, 'van-ban', 'report.docx'), 'utf8')).toBe('edited');
  });

  it('template, schema, init: an existing folder gets the usual name; a file in the way, a read-only place: exit 2', () => {
    const dir = place();
    mkdirSync(join(dir, 'gui-truong'));
    expect(runCli(['template', '--config', CONFIG, '--out', join(dir, 'gui-truong'), '--date', '2025-01-05']).code).toBe(0);
    expect(readdirSync(join(dir, 'gui-truong')).filter((f) => !f.startsWith('.'))).toHaveLength(1);
    expect(runCli(['template', '--config', CONFIG, '--out', join(dir, 'moi') + '/', '--date', '2025-01-05']).code).toBe(0);
    const self = runCli(['template', '--config', CONFIG, '--out', CONFIG]);
    expect([self.code, self.stderr]).toEqual([2, expect.stringContaining('đầu vào')]);
    expect(runCli(['template', '--config', CONFIG, '--out', `${READ_ONLY}/f.xlsx`]).code).toBe(2);

    expect(runCli(['schema', '--out', join(dir, 'gui-truong')]).code).toBe(0);
    expect(existsSync(join(dir, 'gui-truong', 'submission.schema.json'))).toBe(true);
    expect(runCli(['schema', '--out', join(dir, 'gui-truong')]).code).toBe(0); // its own file: replaced
    writeFileSync(join(dir, 'x.json'), '{}');
    expect(runCli(['schema', '--out', join(dir, 'x.json')]).code).toBe(2);
    expect(runCli(['schema', '--out', join(dir, 'x.json', 'y.json')]).stderr).toContain('đã có một tệp cùng tên');
    expect(runCli(['schema', '--out', `${READ_ONLY}/s.json`]).code).toBe(2);

    expect(runCli(['init', 'config', '--example', '--out', join(dir, 'gui-truong')]).code).toBe(0);
    expect(existsSync(join(dir, 'gui-truong', 'edu-comms.yaml'))).toBe(true);
    expect(runCli(['init', 'config', '--example', '--out', `${READ_ONLY}/edu-comms.yaml`]).code).toBe(2);
  });

  it('template: a form the clerk edited is not overwritten (exit 2, the file kept); an untouched one is; --force replaces it', () => {
    const dir = place();
    const form = join(dir, 'mau.xlsx');
    expect(runCli(['template', '--config', CONFIG, '--out', form, '--date', '2025-01-05']).code).toBe(0);
    expect(runCli(['template', '--config', CONFIG, '--out', form, '--date', '2025-01-06']).code).toBe(0); // untouched: replaced
    writeFileSync(form, 'edited');
    const again = runCli(['template', '--config', CONFIG, '--out', form, '--date', '2025-01-05']);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining('đã được sửa')]);
    expect(readFileSync(form, 'utf8')).toBe('edited');
    expect(runCli(['template', '--config', CONFIG, '--out', form, '--date', '2025-01-05', '--force']).code).toBe(0);
    expect(readFileSync(form).subarray(0, 2).toString()).toBe('PK');
    // a file edu-comms never wrote is not replaced either
    writeFileSync(join(dir, 'cua-truong.xlsx'), 'not ours');
    expect(runCli(['template', '--config', CONFIG, '--out', join(dir, 'cua-truong.xlsx')]).code).toBe(2);
    expect(readFileSync(join(dir, 'cua-truong.xlsx'), 'utf8')).toBe('not ours');
  });

  it('validate --feedback: a new or existing folder, missing parents; a file in the way, a read-only place: exit 2 naming --feedback', () => {
    const dir = place();
    const args = (out: string) => ['validate', join(EXAMPLES, 'broken'), '--config', CONFIG, '--term', 'HK1', '--year', '2024-2025', '--date', '2025-01-05', '--feedback', out];
    expect(runCli(args(join(dir, 'a', 'phan-hoi'))).code).toBeLessThan(2); // missing parents are created
    expect(readdirSync(join(dir, 'a', 'phan-hoi')).length).toBeGreaterThan(0);
    expect(runCli(args(join(dir, 'a', 'phan-hoi'))).code).toBeLessThan(2); // its own files: replaced
    writeFileSync(join(dir, 'ghi-chu.txt'), 'the clerk’s note');
    const file = runCli(args(join(dir, 'ghi-chu.txt')));
    expect([file.code, file.stderr]).toEqual([2, expect.stringContaining('--feedback')]);
    expect(file.stderr).not.toContain('--out');
    expect(readFileSync(join(dir, 'ghi-chu.txt'), 'utf8')).toBe('the clerk’s note');
    expect(runCli(args(`${READ_ONLY}/phan-hoi`)).code).toBe(2);
  });

  it('convert', () => {
    const dir = place();
    const src = join(dir, 'in.yaml');
    copyFileSync(join(INPUT, readdirSync(INPUT).find((f) => f.endsWith('.yaml'))!), src);
    mkdirSync(join(dir, 'excel'));
    expect(runCli(['convert', src, '--to', 'xlsx', '--out', join(dir, 'excel'), '--date', '2025-01-05']).code).toBe(0);
    expect(runCli(['convert', src, '--to', 'xlsx', '--out', join(dir, 'excel'), '--date', '2025-01-05']).code).toBe(0);
    const file = runCli(['convert', src, '--to', 'xlsx', '--out', src]);
    expect([file.code, file.stderr]).toEqual([2, expect.stringContaining('là một tệp có sẵn')]);
    expect(runCli(['convert', src, '--to', 'xlsx', '--out', `${READ_ONLY}/x`]).code).toBe(2);
    writeFileSync(join(dir, 'excel', 'in.xlsx'), 'edited');
    const edited = runCli(['convert', src, '--to', 'xlsx', '--out', join(dir, 'excel')]);
    expect([edited.code, edited.stderr]).toEqual([2, expect.stringContaining('đã được sửa')]);
    expect(readFileSync(src, 'utf8').length).toBeGreaterThan(0);
  });
});

