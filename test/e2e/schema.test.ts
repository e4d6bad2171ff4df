import { describe, expect, it } from 'vitest';
import { runJson } from '../helpers/cli.js';

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
