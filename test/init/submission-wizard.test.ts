/**
 * `edu-comms init submission` driven through its real prompts: the report it writes (YAML or the Excel form) reads
 * back to the answers given and passes the validator, with the example project's roster and calendar.
 */
import '@inquirer/testing/vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { readSubmissionFile } from '../../src/read/index.js';
import { submissionWizard, type WizardContext } from '../../src/init/wizard.js';
import { validateDocuments } from '../../src/validate/engine.js';
import { EXAMPLES } from '../helpers/cli.js';
import { choose, drive, type Step } from './drive.js';

let dir: string;
let printed: string;
const context = (extra: Partial<WizardContext> = {}): WizardContext => ({
  lang: 'vi',
  today: '2024-12-03',
  cwd: dir,
  out: (text) => void (printed += text),
  created: new Date('2024-12-03T01:00:00Z'),
  generator: 'edu-comms test',
  ...extra,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-init-'));
  copyFileSync(join(EXAMPLES, 'edu-comms.yaml'), join(dir, 'edu-comms.yaml'));
  printed = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A primary school's report for HK1 2024-2025; questions not listed are answered with the suggestion (Enter). */
const schoolReport: Step[] = [
  { ask: /Đơn vị báo cáo/, answer: [{ type: 'binh yen' }, { until: /^(?![\s\S]*TRUNGHOI)[\s\S]*THPT-BINHYEN/ }, { type: ' th-' }, { until: /^(?![\s\S]*MN-BINHYEN)[\s\S]*TH-BINHYEN/ }, 'enter'] },
  { ask: /Lãnh đạo phụ trách truyền thông › Họ và tên/, answer: 'Nông Thị Cường' },
  { ask: /Lãnh đạo phụ trách truyền thông › Chức vụ/, answer: 'Hiệu trưởng' },
  { ask: /Lãnh đạo phụ trách truyền thông › Số điện thoại/, answer: '0912.437.435' },
  { ask: /Cán bộ làm công tác truyền thông › Họ và tên/, answer: 'Phạm Đức Nga' },
  { ask: /Cán bộ làm công tác truyền thông › Chức vụ/, answer: 'Nhân viên văn phòng' },
  { ask: /Cán bộ làm công tác truyền thông › Thư điện tử/, answer: 'th.binhyen@thainguyen.edu.vn' },
  { ask: /Có «Người phát ngôn»/, answer: 'y' },
  { ask: /Có kế hoạch truyền thông/, answer: 'y' },
  { ask: /Có quy chế phát ngôn/, answer: 'y' },
  { ask: /Số cộng tác viên/, answer: '5' },
  { ask: /Có «Kênh truyền thông của đơn vị» nào/, answer: 'y' },
  { ask: /Kênh truyền thông của đơn vị 1 › Loại kênh/, answer: choose(1) },
  { ask: /Kênh truyền thông của đơn vị 1 › Địa chỉ/, answer: 'https://www.facebook.com/thbinhyen' },
  { ask: /Kênh truyền thông của đơn vị 1 › Do lãnh đạo/, answer: 'y' },
  { ask: /Kênh truyền thông của đơn vị 1 › Kết nối/, answer: 'y' },
  { ask: /Kênh truyền thông của đơn vị 1 › Số người theo dõi/, answer: '2126' },
  { ask: /Kênh truyền thông của đơn vị 1 › Số tin, bài/, answer: '55' },
  { ask: /Tin, bài đăng trên cổng/, answer: '5' },
  { ask: /Tin, bài đăng trên fanpage/, answer: '55' },
  { ask: /Số tin, bài theo chủ đề › Chủ trương/, answer: '5' },
  { ask: /Có «Gương điển hình, mô hình hay đã tuyên truyền» nào/, answer: 'y' },
  { ask: /Gương điển hình, mô hình hay đã tuyên truyền 1 › Tên/, answer: 'Phong trào "Mỗi tuần một cuốn sách"' },
  { ask: /Đã quán triệt/, answer: 'y' },
  { ask: /Ưu điểm/, answer: 'Phối hợp tốt với cha mẹ học sinh.' },
];

describe('init submission', () => {
  it('writes a YAML report that reads back to the answers and is accepted', async () => {
    const { code } = await drive(submissionWizard(context()), [...schoolReport, { ask: /Lưu báo cáo dạng/, answer: choose(1) }]);
    expect(code).toBe(0);
    const file = join(dir, 'th-binhyen-2024-2025-hk1.yaml');
    const doc = await readSubmissionFile(file, { file: 'th-binhyen-2024-2025-hk1.yaml', lang: 'vi' });
    const { config, roster } = await loadConfig({ cwd: dir, lang: 'vi' });
    const report = validateDocuments([doc], { config, roster, target: { kind: 'term', school_year: '2024-2025', term: 'HK1' }, lang: 'vi' });
    const result = report.files[0]!;
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.status).toBe('accepted');
    const s = result.submission!;
    expect(s.unit).toEqual({ code: 'TH-BINHYEN', name: 'Trường Tiểu học Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' });
    expect(s.period).toEqual({ school_year: '2024-2025', term: 'HK1' });
    expect(s.reported_at).toBe('2024-12-03');
    expect(s.contacts.leader).toEqual({ name: 'Nông Thị Cường', position: 'Hiệu trưởng', phone: '0912.437.435' });
    expect(s.contacts.officer).toEqual({ name: 'Phạm Đức Nga', position: 'Nhân viên văn phòng', email: 'th.binhyen@thainguyen.edu.vn' });
    // suggested from the leader: the spokesperson and the signature
    expect(s.contacts.spokesperson).toEqual({ name: 'Nông Thị Cường', position: 'Hiệu trưởng' });
    expect(s.signed_by).toEqual({ name: 'Nông Thị Cường', title: 'HIỆU TRƯỞNG' });
    expect(s.governance).toEqual({ comms_plan: true, spokesperson_regulation: true, collaborators: 5 });
    expect(s.channels).toEqual([
      { type: 'fanpage', url: 'https://www.facebook.com/thbinhyen', managed_by_leader: true, connected_to_parent: true, followers: 2126, posts: 55 },
    ]);
    expect(s.activities.portal_posts).toBe(5);
    expect(s.activities.social_posts).toBe(55);
    expect(s.activities.events).toBe(0);
    expect(s.topics.policy).toBe(5);
    expect(s.incidents).toEqual([]);
    expect(s.exemplary_models).toEqual([{ title: 'Phong trào "Mỗi tuần một cuốn sách"' }]);
    expect(s.social_media).toEqual({ staff_briefed: true, violations_detected: 0, violations_handled: 0 });
    expect(s.assessment).toEqual({ strengths: 'Phối hợp tốt với cha mẹ học sinh.' });
    expect(printed).toContain('Đã ghi th-binhyen-2024-2025-hk1.yaml.');
    expect(printed).toContain('edu-comms validate th-binhyen-2024-2025-hk1.yaml --term HK1 --year 2024-2025');
  });

  it('an optional answer with a suggestion can be left empty: the spokesperson’s name suggested from the leader, deleted', async () => {
    const steps = [...schoolReport, { ask: /Người phát ngôn › Họ và tên/, answer: [...Array<string>(30).fill('backspace'), 'enter'] }];
    const { code } = await drive(submissionWizard(context({ out_file: 'bao-cao.yaml' })), steps);
    expect(code).toBe(0);
    const doc = await readSubmissionFile(join(dir, 'bao-cao.yaml'), { file: 'bao-cao.yaml', lang: 'vi' });
    expect((doc.data as { contacts: { spokesperson: unknown } }).contacts.spokesperson).toEqual({ position: 'Hiệu trưởng' });
    expect(printed).toContain('Mục Người phát ngôn chưa ghi họ và tên');
  });

  it('with a roster that changes over time, fills the unit as that school year’s roster has it', async () => {
    copyFileSync(join(EXAMPLES, 'edu-comms.qua-cac-nam.yaml'), join(dir, 'edu-comms.yaml'));
    const { code } = await drive(submissionWizard(context()), [...schoolReport, { ask: /Lưu báo cáo dạng/, answer: choose(1) }]);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, 'th-binhyen-2024-2025-hk1.yaml'), 'utf8');
    // in 2024-2025 the school was under the district office; from 2025-2026 it is under its commune
    expect(text).toMatch(/^ {2}parent: PGD-DINHHOA\b/m);
  });

  it('writes the Excel form, which the validator reads to the same data', async () => {
    const { code } = await drive(submissionWizard(context({ out_file: 'bao-cao.xlsx' })), schoolReport);
    expect(code).toBe(0);
    const doc = await readSubmissionFile(join(dir, 'bao-cao.xlsx'), { file: 'bao-cao.xlsx', lang: 'vi' });
    expect(doc.format).toBe('xlsx');
    const { config, roster } = await loadConfig({ cwd: dir, lang: 'vi' });
    const result = validateDocuments([doc], { config, roster, target: null, lang: 'vi' }).files[0]!;
    expect(result.status).toBe('accepted');
    expect(result.submission?.channels[0]?.followers).toBe(2126);
    expect(result.submission?.signed_by?.title).toBe('HIỆU TRƯỞNG');
  });

  it('rejects a bad answer with the validator’s message and asks again', async () => {
    const { code, prompts } = await drive(submissionWizard(context()), [
      ...schoolReport.filter((s) => !/Số cộng tác viên|Ưu điểm|Đơn vị báo cáo/.test(s.ask.source)),
      {
        ask: /Đơn vị báo cáo/,
        answer: [
          { type: 'xyz' },
          { until: /không có đơn vị nào khớp/ },
          'enter',
          'backspace',
          'backspace',
          'backspace',
          { type: 'kim phuong' },
          { until: /^(?![\s\S]*BINHYEN)[\s\S]*TH-KIMPHUONG/ },
          'enter',
        ],
      },
      { ask: /Số cộng tác viên/, answer: '2,5' },
      { ask: /phải là số nguyên không âm/, answer: [...Array<string>(5).fill('backspace'), { type: '3' }, 'enter'] },
      { ask: /Ngày lập báo cáo/, answer: '31/02/2024' },
      { ask: /phải là ngày hợp lệ/, answer: [...Array<string>(12).fill('backspace'), { type: '10/12/2024' }, 'enter'] },
      { ask: /Lưu báo cáo dạng/, answer: choose(1) },
    ]);
    expect(code).toBe(0);
    expect(prompts.some((p) => p.includes('«Số cộng tác viên truyền thông» phải là số nguyên không âm'))).toBe(true);
    const text = readFileSync(join(dir, 'th-kimphuong-2024-2025-hk1.yaml'), 'utf8');
    expect(text).toMatch(/^ {2}code: TH-KIMPHUONG\b/m);
    expect(text).toMatch(/^reported_at: 2024-12-10\b/m);
    expect(text).toMatch(/^ {2}collaborators: 3\b/m);
  });

  it('says what is wrong before writing and writes nothing when the clerk declines', async () => {
    const { code } = await drive(submissionWizard(context()), [
      ...schoolReport.filter((s) => !/Cán bộ làm công tác truyền thông › Thư điện tử/.test(s.ask.source)),
      { ask: /Cán bộ làm công tác truyền thông › Thư điện tử/, answer: 'thbinhyen@@thainguyen' },
      { ask: /Lưu báo cáo dạng/, answer: choose(1) },
      { ask: /Vẫn ghi tệp/, answer: 'n' },
    ]);
    expect(code).toBe(1);
    expect(printed).toMatch(/lỗi .*thbinhyen@@thainguyen.*contact-format/);
    expect(existsSync(join(dir, 'th-binhyen-2024-2025-hk1.yaml'))).toBe(false);
    expect(printed).toContain('Chưa ghi tệp nào.');
  });
});
