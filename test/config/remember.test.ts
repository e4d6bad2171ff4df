import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rememberInConfig } from '../../src/config/remember.js';
import { clerkDate } from '../../src/util/dates.js';
import { EXAMPLES } from '../helpers/cli.js';

describe('rememberInConfig', () => {
  const text = readFileSync(join(EXAMPLES, '2026-2027', 'edu-comms.yaml'), 'utf8');
  const comments = (s: string) => s.split('\n').flatMap((l) => (l.includes('#') ? [l.slice(l.indexOf('#')).trim()] : []));

  it('sets the keys given, keeps every comment and every other value', () => {
    const out = rememberInConfig(text, [
      { key: 'documents.signer.name', value: 'Trần Thị Lan' },
      { key: 'documents.parent', value: 'Bộ Giáo dục và Đào tạo' },
    ]);
    expect(comments(out)).toEqual(comments(text));
    const before = parse(text);
    const after = parse(out);
    expect(after.documents.signer).toEqual({ ...before.documents.signer, name: 'Trần Thị Lan' });
    expect({ ...after, documents: { ...after.documents, signer: before.documents.signer } }).toEqual(before);
    // the lines of the file that were not edited stay as the clerk wrote them
    const untouched = text.split('\n').filter((l) => !/^\s*(signer|parent|recipients|new_deadline):/.test(l));
    const kept = new Set(out.split('\n'));
    expect(untouched.filter((l) => !kept.has(l) && !l.trimStart().startsWith('#'))).toEqual([]);
  });

  it('creates a documents section a config without one lacks, and refuses a value that would not load', () => {
    const bare = '# văn phòng\nauthority: {code: X, name: SỞ X, symbol: SX, place: X}\ncalendar: {}\nunits:\n  - {code: X, name: Sở X, level: OFFICE}\n';
    const out = rememberInConfig(bare, [
      { key: 'documents.signer.title', value: 'GIÁM ĐỐC' },
      { key: 'authority.drafting_unit', value: 'VP' },
    ]);
    expect(out.startsWith('# văn phòng\n')).toBe(true);
    expect(parse(out)).toMatchObject({ authority: { drafting_unit: 'VP' }, documents: { signer: { title: 'GIÁM ĐỐC' } } });
    expect(() => rememberInConfig(bare, [{ key: 'documents.nonsense', value: 'x' }])).toThrow(/would not load/);
  });
});

describe('clerkDate', () => {
  it('reads a date as a clerk writes it, day first, and refuses one that does not exist', () => {
    for (const raw of ['10/12/2026', '10-12-2026', '10.12.2026', '2026-12-10', ' 10/12/2026 ']) expect(clerkDate(raw), raw).toBe('2026-12-10');
    expect(clerkDate('1/2/2027')).toBe('2027-02-01');
    for (const raw of ['31/02/2026', '2026-13-01', '12/10', '', 'mai', '2026/12/10']) expect(clerkDate(raw), raw).toBeNull();
  });
});
