import { describe, expect, it } from 'vitest';
import { askForMissing, rememberable, type AskText } from '../../src/cli/actions/render.js';
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

    // a date as a clerk writes it (day first) is accepted; one that does not exist is asked again
    const ask = scripted(['PHÓ GIÁM ĐỐC', '  ', 'Nguyễn Thị Mai', '31/02/2025', '2025-13-01', '10/01/2025']);
    const answers = await askForMissing(first.missing, 'vi', ask);
    expect(ask.asked).toEqual(['Chức vụ người ký (ví dụ PHÓ GIÁM ĐỐC)', 'Họ và tên người ký', 'Hạn nộp mới (ví dụ 25/12/2024)']);
    const badDate = 'Phải là một ngày có thật, viết như 25/12/2024 hoặc 2024-12-25.';
    expect(ask.refused).toEqual(['Không được để trống.', badDate, badDate]);
    expect(answers).toEqual({ signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Nguyễn Thị Mai', deadline: '2025-01-10' });

    const second = resolveMetadata({ ...base, flags: answers });
    expect(second.missing).toEqual([]);
    expect(second.meta!.signer).toEqual({ lines: ['PHÓ GIÁM ĐỐC'], name: 'Nguyễn Thị Mai' });
    expect(second.meta!.newDeadline).toBe('2025-01-10');
  });

  it('keeps the signer, title and addressee for edu-comms.yaml, never a reminder’s one-off deadline', async () => {
    const loaded = await exampleConfig();
    const config = { ...loaded.config, documents: undefined };
    const base = { kind: 'reminder' as const, config, roster: loaded.roster, summary: fixtureSummary(), date: '2025-01-05' };
    const { missing } = resolveMetadata({ ...base, flags: {} });
    const answers = await askForMissing(missing, 'vi', scripted(['PHÓ GIÁM ĐỐC', 'Nguyễn Thị Mai', '10-01-2025']));
    expect(answers.deadline).toBe('2025-01-10');
    expect(rememberable(missing, answers)).toEqual([
      { key: 'documents.signer.title', value: 'PHÓ GIÁM ĐỐC', label: 'render.meta.signer_title' },
      { key: 'documents.signer.name', value: 'Nguyễn Thị Mai', label: 'render.meta.signer_name' },
    ]);
  });

  it('asks a new deadline again, with the reason, when it is not after the letter’s date', async () => {
    const loaded = await exampleConfig();
    const base = { kind: 'reminder' as const, config: { ...loaded.config, documents: undefined }, roster: loaded.roster, summary: fixtureSummary(), date: '2025-01-05' };
    const { missing } = resolveMetadata({ ...base, flags: {} });
    const deadline = missing.filter((m) => m.id === 'new_deadline');
    expect(deadline).toHaveLength(1);
    const ask = scripted(['05/01/2025', '2025-01-02', '12/01/2025']);
    const answers = await askForMissing(deadline, 'vi', ask, base.date);
    expect(ask.refused).toEqual([
      'Hạn nộp mới 05/01/2025 phải sau ngày của công văn 05/01/2025.',
      'Hạn nộp mới 02/01/2025 phải sau ngày của công văn 05/01/2025.',
    ]);
    expect(answers.deadline).toBe('2025-01-12');
  });
});
