import { describe, expect, it } from 'vitest';
import { askForMissing, checkAnswer, checkNewDeadline, draftMissing, missingError, newDeadlineProblem, rememberable, type AskText } from '../../src/app/document-details.js';
import { resolveMetadata } from '../../src/render/metadata.js';
import { ConfigError, UsageError } from '../../src/util/errors.js';
import { exampleConfig, fixtureSummary } from '../render/helpers.js';

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

describe('the deadline rule', () => {
  it('a new deadline must come after the letter’s date: the same day or earlier is refused with both dates', () => {
    expect(newDeadlineProblem('2025-01-06', '2025-01-05', 'vi')).toBeNull();
    expect(newDeadlineProblem('2025-01-05', '2025-01-05', 'vi')).toBe('Hạn nộp mới 05/01/2025 phải sau ngày của công văn 05/01/2025.');
    expect(newDeadlineProblem('2024-12-31', '2025-01-05', 'en')).toBe('The new deadline 31/12/2024 must be after the letter’s date 05/01/2025.');
  });

  it('on the resolved details: a usage error pointing at --deadline, nothing when there is no new deadline', () => {
    expect(() => checkNewDeadline({ newDeadline: null, date: '2025-01-05' }, 'vi')).not.toThrow();
    expect(() => checkNewDeadline({ newDeadline: '2025-01-12', date: '2025-01-05' }, 'vi')).not.toThrow();
    let thrown: unknown;
    try {
      checkNewDeadline({ newDeadline: '2025-01-05', date: '2025-01-05' }, 'vi');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).fix).toBe('--deadline');
  });

  it('a prompt’s answer: not blank, a real date, a new deadline after the letter’s date; a text needs only to be there', () => {
    const deadline = { id: 'new_deadline', label: 'render.meta.new_deadline', flag: '--deadline', configKey: 'documents.reminder.new_deadline', value: 'date' } as const;
    const title = { id: 'signer.title', label: 'render.meta.signer_title', flag: '--signer-title', configKey: 'documents.signer.title', value: 'text' } as const;
    expect(checkAnswer(title, ' ', 'en')).toBe('Cannot be empty.');
    expect(checkAnswer(title, 'GIÁM ĐỐC', 'en')).toBe(true);
    expect(checkAnswer(deadline, '30/02/2025', 'en')).toBe('Must be a real date, written 25/12/2024 or 2024-12-25.');
    expect(checkAnswer(deadline, '06/01/2025', 'en', '2025-01-05')).toBe(true);
    expect(checkAnswer(deadline, '05/01/2025', 'en', '2025-01-05')).toBe('The new deadline 05/01/2025 must be after the letter’s date 05/01/2025.');
    // with no document date to compare with, any real date
    expect(checkAnswer(deadline, '01/01/2020', 'en')).toBe(true);
  });
});

describe('the draft flow (nobody to ask)', () => {
  it('fills every missing value, marks the document DỰ THẢO, and gives a terminal note per value with how to give the real one', async () => {
    const loaded = await exampleConfig();
    const config = { ...loaded.config, documents: undefined };
    const summary = { ...fixtureSummary(), period: { ...fixtureSummary().period, deadline: '2024-12-15' } };
    const input = { kind: 'reminder' as const, config, roster: loaded.roster, summary, flags: {}, date: '2024-12-02' };
    const { missing } = resolveMetadata(input);
    const drafted = draftMissing(input, missing, 'edu-comms.yaml', 'vi');
    expect(drafted.resolved.missing).toEqual([]);
    expect(drafted.resolved.meta!.draft!.values.map((v) => v.id)).toEqual(['signer.title', 'signer.name', 'new_deadline']);
    expect(drafted.resolved.meta!.newDeadline).toBe('2024-12-22');
    expect(drafted.notes).toHaveLength(3);
    expect(drafted.notes[0]).toBe('Bản nháp: Chức vụ người ký (ví dụ PHÓ GIÁM ĐỐC) để “GIÁM ĐỐC”.\n  → Chức vụ người ký (ví dụ PHÓ GIÁM ĐỐC): thêm --signer-title "…" hoặc khai báo documents.signer.title trong edu-comms.yaml');
    expect(drafted.notes[1]).toContain('để chỗ trống (ghi tay khi ký).');
    expect(drafted.notes[2]).toContain('“2024-12-22”');
  });

  it('a value with no honest default stops it: a configuration error listing only that value, nothing drafted', async () => {
    const loaded = await exampleConfig();
    const documents = { signer: { authority: 'KT.' as const, title: 'PHÓ GIÁM ĐỐC', name: 'A' }, parent: 'Bộ Giáo dục và Đào tạo' };
    const input = { kind: 'letter' as const, config: { ...loaded.config, documents }, roster: loaded.roster, summary: fixtureSummary(), flags: {}, date: '2025-01-05' };
    const { missing } = resolveMetadata(input);
    let thrown: unknown;
    try {
      draftMissing(input, missing, 'cfg/edu-comms.yaml', 'en');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).details).toEqual(missingError(missing.filter((m) => m.id === 'signer.on_behalf_of'), 'cfg/edu-comms.yaml', 'en').details);
    expect((thrown as ConfigError).details).toHaveLength(1);
    expect((thrown as ConfigError).details[0]).toContain('documents.signer.on_behalf_of in cfg/edu-comms.yaml');
  });
});
