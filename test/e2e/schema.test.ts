import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';

describe('edu-comms schema', () => {
  it('prints the JSON Schema of the contract with Vietnamese titles and strict objects', () => {
    const { code, json } = runJson<any>(['schema']);
    expect(code).toBe(0);
    expect(json.$schema).toMatch(/json-schema/);
    expect(json.type).toBe('object');
    expect(json.additionalProperties).toBe(false);
    expect(json.required).toEqual(expect.arrayContaining(['schema_version', 'unit', 'period', 'reported_at', 'activities', 'topics', 'feedback']));
    expect(json.properties.unit.properties.code.title).toBe('Mã đơn vị');
    expect(json.properties.unit.properties.level.enum).toContain('GDNN-GDTX');
    expect(json.properties.channels.items.properties.type.enum).toEqual(['website', 'fanpage', 'zalo', 'youtube', 'tiktok', 'loudspeaker', 'other']);
    expect(json.properties.activities.properties.portal_posts).toMatchObject({ type: 'integer', minimum: 0 });
  });
});

describe('generated YAML forms point editors at the submission schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edu-comms-yaml-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = join(EXAMPLES, '2026-2027', 'edu-comms.yaml');

  it('template --format yaml: the first line is the $schema line, the form says how to get the file, and `schema --out` in that folder writes it', () => {
    const made = runCli(['template', '--format', 'yaml', '--unit', 'TH-BINHYEN', '--term', 'HK1', '--year', '2026-2027', '--config', config, '--out', 'mau.yaml'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const text = readFileSync(join(dir, 'mau.yaml'), 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=./submission.schema.json');
    expect(lines.slice(0, 4).join('\n')).toContain('edu-comms schema --out submission.schema.json');
    // the comment lines change nothing in the data
    expect(parse(text)).toMatchObject({ schema_version: 1, unit: { code: 'TH-BINHYEN' }, period: { school_year: '2026-2027', term: 'HK1' } });
    // doing what the comment says gives the file the first line names, and it is the submission's schema
    const schema = runCli(['schema', '--out', 'submission.schema.json'], { cwd: dir });
    expect(schema.code, schema.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, lines[0]!.split('$schema=')[1]!), 'utf8'));
    expect(written.title).toMatch(/Báo cáo công tác truyền thông/);
    expect(written.properties.unit.properties.code.title).toBe('Mã đơn vị');
  });

  it('in English too, and convert --to yaml writes the same line', () => {
    const made = runCli(['template', '--format', 'yaml', '--unit', 'TH-BINHYEN', '--term', 'HK1', '--year', '2026-2027', '--config', config, '--out', 'en.yaml', '--lang', 'en'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const en = readFileSync(join(dir, 'en.yaml'), 'utf8').split('\n');
    expect(en[0]).toBe('# yaml-language-server: $schema=./submission.schema.json');
    expect(en.slice(0, 4).join('\n')).toContain('Editor hints: run edu-comms schema --out submission.schema.json');
    const source = join(EXAMPLES, '2026-2027', 'submissions', 'hk1-2026-2027', 'xa-binhyen', 'th-binhyen.yaml');
    const converted = runCli(['convert', source, '--to', 'yaml', '--out', 'chuyen'], { cwd: dir });
    expect(converted.code, converted.stderr).toBe(0);
    const text = readFileSync(join(dir, 'chuyen', 'th-binhyen.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./submission.schema.json');
    expect(parse(text)).toEqual(parse(readFileSync(source, 'utf8')));
  });
});
