import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/contract/config.js';
import { draftValue, resolveMetadata, signerLines, type MissingField } from '../../src/render/metadata.js';
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
