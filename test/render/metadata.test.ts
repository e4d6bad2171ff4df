import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/contract/config.js';
import { draftLine, draftValue, fillDrafts, isAdvanceReminder, resolveMetadata, signerLines, type MissingField } from '../../src/render/metadata.js';
import { exampleConfig, fixtureSummary } from './helpers.js';

async function withDocuments(documents: Config['documents']) {
  const loaded = await exampleConfig();
  return { ...loaded, config: { ...loaded.config, documents } };
}

describe('signerLines', () => {
  it('writes each signing authority as Phụ lục I, II.7 does', () => {
    expect(signerLines({ title: 'Giám đốc' })).toEqual(['GIÁM ĐỐC']);
    expect(signerLines({ authority: 'KT.', on_behalf_of: 'Giám đốc', title: 'Phó Giám đốc' })).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signerLines({ authority: 'TM.', on_behalf_of: 'Ủy ban nhân dân', title: 'Chủ tịch' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signerLines({ authority: 'TL.', on_behalf_of: 'GIÁM ĐỐC', title: 'CHÁNH VĂN PHÒNG' })).toEqual(['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG']);
    expect(signerLines({ authority: 'TUQ.', on_behalf_of: 'GIÁM ĐỐC', title: 'TRƯỞNG PHÒNG' })).toEqual(['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG']);
    expect(signerLines({ authority: 'Q.', title: 'Giám đốc' })).toEqual(['Q. GIÁM ĐỐC']);
  });
});

describe('resolveMetadata', () => {
  const summary = fixtureSummary();

  it('builds the report symbol from the type, and the công văn symbol from the issuer and drafting unit (no “CV”)', async () => {
    const loaded = await exampleConfig();
    const base = { config: loaded.config, roster: loaded.roster, summary, flags: {}, date: '2025-01-05' };
    expect(resolveMetadata({ ...base, kind: 'report' }).meta!.symbol).toBe('BC-SGDĐT');
    expect(resolveMetadata({ ...base, kind: 'letter' }).meta!.symbol).toBe('SGDĐT-VP');
    expect(resolveMetadata({ ...base, kind: 'reminder' }).meta!.symbol).toBe('SGDĐT-VP');
  });

  it('opens Nơi nhận with “Như trên” when there is an addressee and closes it with “Lưu: VT, <unit>”', async () => {
    const loaded = await withDocuments({ parent: 'Bộ Giáo dục và Đào tạo', signer: { title: 'GIÁM ĐỐC', name: 'A' }, letter: { recipients: ['- Giám đốc Sở;', 'Các phòng thuộc Sở.'] } });
    const { meta } = resolveMetadata({ kind: 'letter', config: loaded.config, roster: loaded.roster, summary, flags: {}, date: '2025-01-05' });
    expect(meta!.addressees).toEqual(['Bộ Giáo dục và Đào tạo']);
    expect(meta!.recipients).toEqual(['Như trên', 'Giám đốc Sở', 'Các phòng thuộc Sở', 'Lưu: VT, VP']);
  });

  it('lists what is missing with the flag and config key that give it', async () => {
    const loaded = await withDocuments(undefined);
    const { meta, missing } = resolveMetadata({ kind: 'reminder', config: loaded.config, roster: loaded.roster, summary, flags: {}, date: '2025-01-05' });
    expect(meta).toBeNull();
    expect(missing.map((m) => [m.flag, m.configKey])).toEqual([
      ['--signer-title', 'documents.signer.title'],
      ['--signer-name', 'documents.signer.name'],
      ['--deadline', 'documents.reminder.new_deadline'],
    ]);
  });

  it('asks for the head signed for after KT. and for the letter’s addressee when the roster has no parent', async () => {
    const loaded = await withDocuments({ signer: { authority: 'KT.', title: 'PHÓ GIÁM ĐỐC', name: 'A' } });
    const { missing } = resolveMetadata({ kind: 'letter', config: loaded.config, roster: loaded.roster, summary, flags: {}, date: '2025-01-05' });
    expect(missing.map((m) => m.id)).toEqual(['signer.on_behalf_of', 'parent']);
  });

  it('lets flags win over the config, and the per-kind signer over the default one', async () => {
    const loaded = await exampleConfig();
    const base = { config: loaded.config, roster: loaded.roster, summary, date: '2025-01-05' };
    const reminder = resolveMetadata({ ...base, kind: 'reminder', flags: {} }).meta!;
    expect(reminder.signer).toEqual({ lines: ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'], name: 'Hoàng Thị Lan' });
    const flagged = resolveMetadata({ ...base, kind: 'report', flags: { signerName: 'Trần Văn B', number: 3, to: 'UBND tỉnh Thái Nguyên' } }).meta!;
    expect(flagged.signer.name).toBe('Trần Văn B');
    expect(flagged.number).toBe(3);
    expect(flagged.addressees).toEqual(['UBND tỉnh Thái Nguyên']);
  });

  it('addresses a reminder to the node’s child each late or missing unit is under', async () => {
    const loaded = await exampleConfig();
    const { meta } = resolveMetadata({ kind: 'reminder', config: loaded.config, roster: loaded.roster, summary, flags: {}, date: '2025-01-05' });
    const expected = new Set(
      [...summary.lists.missing, ...summary.lists.rejected, ...summary.lists.late].map((u) => {
        // independent of the code under test: walk the roster up to the child of the node
        let code = u.code;
        for (let parent = loaded.roster.byCode.get(code)?.parent; parent && parent !== summary.node.code; parent = loaded.roster.byCode.get(parent)?.parent) code = parent;
        return loaded.roster.byCode.get(code)!.name;
      }),
    );
    expect(new Set(meta!.addressees)).toEqual(expected);
    expect(meta!.addressees).toHaveLength(expected.size);
  });

  it('defaults the report’s addressee to the node’s parent in the roster', async () => {
    const loaded = await withDocuments({ signer: { title: 'TRƯỞNG PHÒNG', name: 'A' } });
    const district = { ...summary, node: { ...summary.node, code: 'PGD-DINHHOA', name: 'Phòng Giáo dục và Đào tạo huyện Định Hóa' } };
    const { meta } = resolveMetadata({ kind: 'report', config: loaded.config, roster: loaded.roster, summary: district, flags: {}, date: '2025-01-05' });
    expect(meta!.addressees).toEqual(['Sở Giáo dục và Đào tạo Thái Nguyên']);
  });

  it('leaves the number blank for 0 or no number', async () => {
    const loaded = await withDocuments({ signer: { title: 'GIÁM ĐỐC', name: 'A' }, report: { number: 0 } });
    const { meta } = resolveMetadata({ kind: 'report', config: loaded.config, roster: loaded.roster, summary, flags: {}, date: '2025-01-05' });
    expect(meta!.number).toBeNull();
  });
});

describe('draftValue (no terminal to ask on)', () => {
  const field = (id: MissingField['id']): MissingField => ({ id, label: 'render.meta.signer_title', flag: null, configKey: 'x', value: 'text' });
  const withIssuer = async (name: string) => {
    const { config } = await exampleConfig();
    return { config: { ...config, authority: { ...config.authority, name } } as Config, date: '2025-01-05' };
  };

  it('takes the usual title of the head of the issuing body', async () => {
    expect(draftValue(field('signer.title'), await withIssuer('SỞ GIÁO DỤC VÀ ĐÀO TẠO'))).toBe('GIÁM ĐỐC');
    expect(draftValue(field('signer.title'), await withIssuer('Phòng Giáo dục và Đào tạo'))).toBe('TRƯỞNG PHÒNG');
    expect(draftValue(field('signer.title'), await withIssuer('TRƯỜNG THPT ĐỊNH HÓA'))).toBe('HIỆU TRƯỞNG');
    expect(draftValue(field('signer.title'), await withIssuer('ỦY BAN NHÂN DÂN XÃ PHÚ ĐÌNH'))).toBe('CHỦ TỊCH');
  });

  it('leaves the name blank, sets the deadline a week after the letter, and invents no addressee or deputy', async () => {
    const sgd = await withIssuer('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(draftValue(field('signer.name'), sgd)).toBe('');
    expect(draftValue(field('new_deadline'), sgd)).toBe('2025-01-12');
    expect(draftValue(field('new_deadline'), { ...sgd, date: '2024-12-28' })).toBe('2025-01-04');
    expect(draftValue(field('parent'), sgd)).toBe('Bộ Giáo dục và Đào tạo');
    expect(draftValue(field('parent'), await withIssuer('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'))).toBeUndefined();
    expect(draftValue(field('signer.on_behalf_of'), sgd)).toBeUndefined();
  });

  it('takes a deliberately blank name as given, not missing', async () => {
    const loaded = await exampleConfig();
    const { meta, missing } = resolveMetadata({
      kind: 'report',
      config: loaded.config,
      roster: loaded.roster,
      summary: fixtureSummary(),
      flags: { signerName: '' },
      date: '2025-01-05',
    });
    expect(missing.map((m) => m.id)).not.toContain('signer.name');
    expect(meta?.signer.name).toBe('');
  });
});

describe('drafts: defaults are never absurd and never hidden', () => {
  const field = (id: MissingField['id']): MissingField => ({ id, label: 'render.meta.new_deadline', flag: '--deadline', configKey: 'documents.reminder.new_deadline', value: 'date' });

  it('puts a default new deadline after both the document date and the official deadline', async () => {
    const { config } = await exampleConfig();
    // before the official deadline: a week after it, not a week after the letter
    expect(draftValue(field('new_deadline'), { config, date: '2026-12-02', deadline: '2026-12-15' })).toBe('2026-12-22');
    // after it: a week after the letter
    expect(draftValue(field('new_deadline'), { config, date: '2026-12-20', deadline: '2026-12-15' })).toBe('2026-12-27');
    // on the deadline day, and with no deadline at all
    expect(draftValue(field('new_deadline'), { config, date: '2026-12-15', deadline: '2026-12-15' })).toBe('2026-12-22');
    expect(draftValue(field('new_deadline'), { config, date: '2026-12-02', deadline: null })).toBe('2026-12-09');
    for (const [date, deadline] of [['2026-12-02', '2026-12-15'], ['2026-12-31', '2026-12-15'], ['2027-02-27', '2027-02-28']] as const) {
      const value = draftValue(field('new_deadline'), { config, date, deadline })!;
      expect(value > date && value > deadline, `${date} ${deadline} → ${value}`).toBe(true);
    }
  });

  it('a reminder is an advance one while the official deadline has not passed (the deadline day included)', () => {
    const period = (deadline: string | null) => ({ period: { ...fixtureSummary().period, deadline } });
    expect(isAdvanceReminder(period('2026-12-15'), '2026-12-02')).toBe(true);
    expect(isAdvanceReminder(period('2026-12-15'), '2026-12-15')).toBe(true);
    expect(isAdvanceReminder(period('2026-12-15'), '2026-12-16')).toBe(false);
    expect(isAdvanceReminder(period(null), '2026-12-02')).toBe(false);
  });

  it('fillDrafts fills what is missing, and resolveMetadata marks the document a draft with each value and how to give it', async () => {
    const loaded = await withDocuments(undefined);
    const summary = { ...fixtureSummary(), period: { ...fixtureSummary().period, deadline: '2024-12-15' } };
    const base = { kind: 'reminder' as const, config: loaded.config, roster: loaded.roster, summary, flags: {}, date: '2024-12-02' };
    const { missing } = resolveMetadata(base);
    const drafted = fillDrafts(base, missing);
    expect(drafted.undecided).toEqual([]);
    expect(drafted.defaults.map((d) => [d.id, d.value, d.flag, d.configKey])).toEqual([
      ['signer.title', 'GIÁM ĐỐC', '--signer-title', 'documents.signer.title'],
      ['signer.name', '', '--signer-name', 'documents.signer.name'],
      ['new_deadline', '2024-12-22', '--deadline', 'documents.reminder.new_deadline'],
    ]);
    const { meta } = resolveMetadata({ ...base, flags: drafted.flags, defaults: drafted.defaults });
    expect(meta!.newDeadline).toBe('2024-12-22');
    expect(meta!.advance).toBe(true);
    expect(meta!.draft!.values.map((v) => v.id)).toEqual(['signer.title', 'signer.name', 'new_deadline']);
    expect(meta!.draft!.line).toContain('hạn nộp mới: 22/12/2024 (--deadline hoặc documents.reminder.new_deadline)');
    expect(meta!.draft!.line).toContain('họ tên người ký: để trống (--signer-name hoặc documents.signer.name)');
    expect(meta!.draft!.line).toBe(draftLine(meta!.draft!.values));
  });

  it('no draft when every value is given (config or flags), nor when a flag replaces the default', async () => {
    const loaded = await exampleConfig();
    const base = { kind: 'report' as const, config: loaded.config, roster: loaded.roster, summary: fixtureSummary(), flags: {}, date: '2025-01-05' };
    expect(resolveMetadata(base).meta!.draft).toBeNull();
    const bare = await withDocuments(undefined);
    const flags = { signerName: 'Trần Văn B', signerTitle: 'GIÁM ĐỐC' };
    expect(resolveMetadata({ ...base, config: bare.config, flags }).meta!.draft).toBeNull();
    const stale = [{ id: 'signer.name' as const, value: '', flag: '--signer-name', configKey: 'documents.signer.name' }];
    expect(resolveMetadata({ ...base, config: bare.config, flags, defaults: stale }).meta!.draft).toBeNull();
  });

  it('names no value it cannot honestly default (the deputy signed for): the caller stops', async () => {
    const loaded = await withDocuments({ signer: { authority: 'KT.', title: 'PHÓ GIÁM ĐỐC', name: 'A' }, parent: 'Bộ Giáo dục và Đào tạo' });
    const base = { kind: 'letter' as const, config: loaded.config, roster: loaded.roster, summary: fixtureSummary(), flags: {}, date: '2025-01-05' };
    const drafted = fillDrafts(base, resolveMetadata(base).missing);
    expect(drafted.undecided.map((m) => m.id)).toEqual(['signer.on_behalf_of']);
  });
});
