import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/duplicate-copy.js';
import { keptCopy } from '../../src/rules/helpers.js';
import { testRule } from './rule-tester.js';

const same = { content: 'aaaa' };

testRule(rule, {
  valid: [
    { name: 'one file', set: [() => {}], files: [same] },
    { name: 'two units with the same bytes cannot be (different units): never grouped', set: [() => {}, (s) => (s.unit.code = 'TH-BINHYEN')], files: [same, same] },
    { name: 'same unit and period, different contents: left to duplicate-submission', set: [() => {}, () => {}], files: [{ content: 'aaaa' }, { content: 'bbbb' }] },
    { name: 'rows of one responses sheet (no own hash): never copies', set: [() => {}, () => {}], files: [{ content: '' }, { content: '' }] },
    { name: 'same bytes, two terms', set: [() => {}, (s) => (s.period = { school_year: '2024-2025', term: 'HK2' })], files: [same, same] },
  ],
  invalid: [
    {
      name: 'x.xlsx and x (1).xlsx: the copy is noted, x.xlsx is kept',
      set: [() => {}, () => {}],
      files: [{ name: 'truong/x (1).xlsx', ...same }, { name: 'truong/x.xlsx', ...same }],
      copies: { 0: 'truong/x.xlsx' },
      errors: [{ messageId: 'copy', path: 'unit.code', file: 0, hintId: 'hint', data: { kept: 'truong/x.xlsx', code: 'THPT-DINHHOA' } }],
    },
    {
      name: 'three identical YAMLs: two copies of the first by name',
      set: [() => {}, () => {}, () => {}],
      files: [{ name: 'c.yaml', ...same }, { name: 'a.yaml', ...same }, { name: 'b.yaml', ...same }],
      copies: { 0: 'a.yaml', 2: 'a.yaml' },
      errors: [
        { messageId: 'copy', path: 'unit.code', file: 0, data: { kept: 'a.yaml' } },
        { messageId: 'copy', path: 'unit.code', file: 2, data: { kept: 'a.yaml' } },
      ],
    },
    {
      name: 'two identical plus one different: only the identical pair is folded',
      set: [() => {}, () => {}, () => {}],
      files: [{ name: 'ban-1.yaml', ...same }, { name: 'ban-1 (1).yaml', ...same }, { name: 'ban-2.yaml', content: 'bbbb' }],
      copies: { 1: 'ban-1.yaml' },
      errors: [{ messageId: 'copy', path: 'unit.code', file: 1, data: { kept: 'ban-1.yaml' } }],
    },
  ],
});

describe('keptCopy: which copy is counted', () => {
  it('the shortest path, then the first by code point, whatever the order given', () => {
    const files = ['x (1).xlsx', 'x.xlsx', 'x (2).xlsx'].map((file) => ({ file }));
    expect(keptCopy(files).file).toBe('x.xlsx');
    expect(keptCopy([...files].reverse()).file).toBe('x.xlsx');
    expect(keptCopy([{ file: 'b.yaml' }, { file: 'a.yaml' }]).file).toBe('a.yaml');
  });
});
