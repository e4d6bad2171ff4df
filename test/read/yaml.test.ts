import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { SubmissionSchema } from '../../src/contract/submission.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { t } from '../../src/i18n/index.js';
import { MAX_DEPTH } from '../../src/util/depth.js';
import { cleanSubmission } from '../fixtures/submission.js';

const read = (text: string) => readYamlDocument(Buffer.from(text), { file: 't.yaml', lang: 'vi', schema: SubmissionSchema });

describe('YAML reading', () => {
  it('never pollutes a prototype', () => {
    const doc = read('__proto__:\n  polluted: yes\nunit:\n  __proto__: {polluted: yes}\n  constructor: {prototype: {polluted: yes}}\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(doc.data)).toBe(Object.prototype);
    expect(doc.findings.filter((f) => f.rule === 'schema').map((f) => f.path)).toEqual(['__proto__', 'unit.__proto__', 'unit.constructor']);
  });

  it('normalises text to NFC and the eth Ð to Đ', () => {
    const doc = read(`unit:\n  name: ${'Trường Tiểu học Bình Yên'.normalize('NFD')}\n  code: ÐH\n`);
    const unit = (doc.data as { unit: { name: string; code: string } }).unit;
    expect(unit.name).toBe('Trường Tiểu học Bình Yên'.normalize('NFC'));
    expect(unit.code).toBe('ĐH');
  });

  it('keeps a leading zero written without quotes, and says so at its line and column', () => {
    const doc = read('contacts:\n  leader:\n    phone: 0912345678\n');
    expect((doc.data as any).contacts.leader.phone).toBe('0912345678');
    expect(doc.findings).toEqual([expect.objectContaining({ rule: 'leading-zero', severity: 'warning', path: 'contacts.leader.phone', line: 3, column: 12 })]);
  });

  it('keeps a leading zero after a sign (+0…, -0…) as written, and says so', () => {
    for (const phone of ['+0912345678', '-0123']) {
      const doc = read(`contacts:\n  leader:\n    phone: ${phone}\n`);
      expect((doc.data as any).contacts.leader.phone, phone).toBe(phone);
      expect(doc.findings, phone).toEqual([expect.objectContaining({ rule: 'leading-zero', path: 'contacts.leader.phone', line: 3, column: 12 })]);
    }
    // +84… has no zero to lose: taken as the text written, no finding
    const intl = read('contacts:\n  leader:\n    phone: +84912345678\n');
    expect((intl.data as any).contacts.leader.phone).toBe('+84912345678');
    expect(intl.findings).toEqual([]);
  });

  it('refuses a file nested deeper than the limit (64 levels; the contract is four deep), and no other', () => {
    // `levels` containers, one inside the other: the document, `unit`, then lists
    const nested = (levels: number) => `unit:\n  code: ${'['.repeat(levels - 2)}1${']'.repeat(levels - 2)}\n`;
    const tooDeep = (levels: number) => read(nested(levels)).findings.some((f) => f.rule === 'syntax' && f.message === t('syntax.too_deep', 'vi'));
    expect(tooDeep(MAX_DEPTH + 1)).toBe(true);
    expect(tooDeep(MAX_DEPTH)).toBe(false);
    expect(tooDeep(2 * MAX_DEPTH)).toBe(true);
    expect(MAX_DEPTH).toBe(64);
  });

  it('takes a number written where text is expected as the text written', () => {
    const doc = read('unit:\n  code: 12345\n  name: 2024\n');
    expect((doc.data as any).unit).toEqual({ code: '12345', name: '2024' });
    expect(doc.findings).toEqual([]);
  });

  it('keeps counts as numbers', () => {
    const doc = read('feedback:\n  received: 012\n');
    // a count with a leading zero is still the number twelve: no text field, no trap
    expect((doc.data as any).feedback.received).toBe(12);
  });

  it('locates values, keys, and missing keys at their parent', () => {
    const doc = read('unit:\n  code: A\nfeedback:\n  received: 1\n  resolved: 2\n');
    expect(doc.locate(['feedback', 'resolved'])).toEqual({ line: 5, column: 13, cell: null });
    expect(doc.locate(['feedback', 'resolved'], 'key')).toEqual({ line: 5, column: 3, cell: null });
    expect(doc.locate(['feedback', 'results_published'])).toEqual({ line: 3, column: 1, cell: null });
    expect(doc.locate(['channels', 0, 'url'])).toEqual({ line: 1, column: 1, cell: null });
  });

  it('round-trips any clean submission written by a YAML library (property)', () => {
    fc.assert(
      fc.property(
        fc.record({ portal: fc.nat(5000), name: fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.trim().length > 0) }),
        ({ portal, name }) => {
          const s = cleanSubmission();
          s.activities.portal_posts = portal;
          s.unit.name = name.normalize('NFC');
          const doc = read(stringify(s));
          expect(doc.findings).toEqual([]);
          expect(SubmissionSchema.parse(doc.data)).toEqual(SubmissionSchema.parse(s));
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
