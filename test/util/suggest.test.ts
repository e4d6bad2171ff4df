import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/util/suggest.js';

describe('did you mean', () => {
  it('suggests by edit distance', () => {
    expect(suggest('node.nmae', ['period.name', 'node.code', 'node.name'])[0]).toBe('node.name');
    expect(suggest('completeness.acepted', ['completeness.accepted', 'completeness.expected'])).toEqual(['completeness.accepted']);
    expect(suggest('zzzz', ['node.name'])).toEqual([]);
  });

  it('finds a rule id with a typo or a missing part', () => {
    expect(suggest('outlir', ['outlier', 'fanpage', 'signature'])).toEqual(['outlier']);
    expect(suggest('incident-timly', ['incident-timely', 'incident-reported', 'incident-resolution'])).toEqual(['incident-timely']);
    expect(suggest('max_day', ['max_days'])).toEqual(['max_days']);
  });
});
