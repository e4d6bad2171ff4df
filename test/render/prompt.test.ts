import { describe, expect, it } from 'vitest';
import { askForMissing, type AskText } from '../../src/cli/actions/render.js';
import { resolveMetadata } from '../../src/render/metadata.js';
import { exampleConfig, fixtureSummary } from './helpers.js';

/** A stand-in for the terminal: answers in order, and records what the prompt accepted or refused. */
function scripted(answers: string[]): AskText & { asked: string[]; refused: string[] } {
  const asked: string[] = [];
  const refused: string[] = [];
  const ask = (async ({ message, validate }) => {
    asked.push(message);
    for (;;) {
      const answer = answers.shift();
      if (answer === undefined) throw new Error('no more answers');
      const verdict = validate(answer);
      if (verdict === true) return answer;
      refused.push(verdict);
    }
  }) as AskText & { asked: string[]; refused: string[] };
  ask.asked = asked;
  ask.refused = refused;
  return ask;
}

describe('asking for missing metadata', () => {
  it('asks each missing field by its label, refuses empty answers and bad dates, and completes the metadata', async () => {
    const loaded = await exampleConfig();
    const config = { ...loaded.config, documents: undefined };
    const summary = fixtureSummary();
    const base = { kind: 'reminder' as const, config, roster: loaded.roster, summary, date: '2025-01-05' };
    const first = resolveMetadata({ ...base, flags: {} });
    expect(first.meta).toBeNull();

    const ask = scripted(['PHÓ GIÁM ĐỐC', '  ', 'Nguyễn Thị Mai', '10/01/2025', '2025-01-10']);
    const answers = await askForMissing(first.missing, 'vi', ask);
    expect(ask.asked).toEqual(['Chức vụ người ký (ví dụ PHÓ GIÁM ĐỐC)', 'Họ và tên người ký', 'Hạn nộp mới (dạng 2024-12-25)']);
    expect(ask.refused).toEqual(['Không được để trống.', 'Phải là một ngày có thật, dạng 2024-12-25.']);
    expect(answers).toEqual({ signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Nguyễn Thị Mai', deadline: '2025-01-10' });

    const second = resolveMetadata({ ...base, flags: answers });
    expect(second.missing).toEqual([]);
    expect(second.meta!.signer).toEqual({ lines: ['PHÓ GIÁM ĐỐC'], name: 'Nguyễn Thị Mai' });
    expect(second.meta!.newDeadline).toBe('2025-01-10');
  });
});
