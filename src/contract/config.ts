/**
 * The project config, `edu-comms.yaml` (`shared/spec/submission.md` → "Roster and project config").
 */
import { z } from 'zod';
import { labelled as L } from './meta.js';
import { bool, isoDate, oneOf, text } from './primitives.js';
import { LEVEL_NAMES, LEVELS, SCHOOL_YEAR_RE } from './submission.js';

/** `2025-2026`: two consecutive years. */
const schoolYear = () =>
  z
    .string({ error: 'expected_text' })
    .regex(SCHOOL_YEAR_RE, { error: 'bad_school_year' })
    .refine((v) => { const m = SCHOOL_YEAR_RE.exec(v)!; return Number(m[2]) === Number(m[1]) + 1; }, { error: 'bad_school_year' });
import { DocumentsConfigSchema } from './documents.js';

export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
export type SeveritySetting = (typeof SEVERITIES)[number];
export type Severity = Exclude<SeveritySetting, 'off'>;

export const PRESETS = ['recommended', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];

export const RosterUnitSchema = z.strictObject({
  code: L(text(), 'Mã đơn vị', 'Unit code'),
  name: L(text(), 'Tên đơn vị', 'Unit name'),
  level: L(oneOf(LEVELS, LEVEL_NAMES), 'Cấp học', 'Level'),
  parent: L(text().optional(), 'Mã đơn vị quản lý', 'Parent unit code'),
  /** OFFICE units report only when this is true (aggregation.md → expected). */
  reports: L(bool().optional(), 'Đơn vị quản lý có nộp báo cáo', 'Office is expected to report'),
  /** First school year the unit exists in this form (inclusive); none: since always. */
  valid_from: L(schoolYear().optional(), 'Có từ năm học', 'Valid from school year', {
    vi: 'Năm học đầu tiên đơn vị có trong danh sách với tên và đơn vị quản lý này (ví dụ 2025-2026 với xã, phường mới); bỏ trống: từ trước tới nay',
    en: 'The first school year the unit is in the roster in this form (e.g. 2025-2026 for a new commune); none: always',
  }),
  /** Last school year the unit exists in this form (inclusive); none: still in force. */
  valid_until: L(schoolYear().optional(), 'Có đến năm học', 'Valid until school year', {
    vi: 'Năm học cuối cùng đơn vị có trong danh sách với tên và đơn vị quản lý này (ví dụ 2024-2025 với Phòng GD&ĐT huyện, kết thúc 30/6/2025); bỏ trống: vẫn còn',
    en: 'The last school year the unit is in the roster in this form (e.g. 2024-2025 for a district office, ended 30 June 2025); none: still in force',
  }),
  /** Codes of older units this one takes over (schools merged or renamed, district offices that ended in 2025). */
  replaces: L(z.array(text()).optional(), 'Thay cho đơn vị', 'Replaces units', {
    vi: 'Mã các đơn vị cũ mà đơn vị này thay thế (trường sáp nhập, đổi mã; Phòng GD&ĐT huyện đã kết thúc năm 2025)',
    en: 'Codes of the older units this one takes over (merged or renamed schools, district offices that ended in 2025)',
  }),
  /** The unit's code in the sector's database (CSDL ngành), kept as written (digits and letters). */
  moet_code: L(text().optional(), 'Mã đơn vị trên CSDL ngành', 'Code in the sector database', {
    vi: 'Mã của đơn vị trên cơ sở dữ liệu ngành giáo dục (để đối chiếu danh sách xuất từ CSDL); không thay cho mã đơn vị',
    en: 'The unit’s code in the education sector database (to match lists exported from it); does not replace the unit code',
  }),
  /**
   * Groupings besides the tree: attribute name → value (the commune a school sits in, public or private, a
   * disadvantaged-area flag, the district it belonged to before 2025). `aggregate --by NAME` breaks the summary down
   * by one (`by_group`). In a roster file every column that is not a roster field is an attribute.
   */
  attributes: L(
    z.record(text(), text()).optional(),
    'Thuộc tính của đơn vị',
    'Unit attributes',
    {
      vi: 'Các nhóm ngoài cây quản lý: tên thuộc tính → giá trị (ví dụ xa: Định Hóa, loai_hinh: công lập, vung_kho_khan: có, huyen_cu: Định Hóa); tổng hợp theo một thuộc tính bằng aggregate --by tên',
      en: 'Groupings besides the tree: attribute name → value (e.g. commune, public or private, disadvantaged area, former district); aggregate --by NAME breaks the summary down by one',
    },
  ),
});
export type RosterUnit = z.output<typeof RosterUnitSchema>;

/** The path and the header mapping of `units_file:` (written as a path alone, or as `{path, columns}`). */
export function rosterFileOf(setting: string | { path: string; columns?: Record<string, string> | undefined }): { path: string; columns?: Record<string, string> } {
  return typeof setting === 'string' ? { path: setting } : { path: setting.path, ...(setting.columns ? { columns: setting.columns } : {}) };
}

export const TermDatesSchema = z.strictObject({
  start: L(isoDate(), 'Ngày bắt đầu', 'Start'),
  end: L(isoDate(), 'Ngày kết thúc', 'End'),
  deadline: L(isoDate().optional(), 'Hạn nộp báo cáo', 'Reporting deadline'),
});
export type TermDates = z.output<typeof TermDatesSchema>;

export const SchoolYearCalendarSchema = z.strictObject({
  HK1: L(TermDatesSchema.optional(), 'Học kỳ I', 'Term I'),
  HK2: L(TermDatesSchema.optional(), 'Học kỳ II', 'Term II'),
  CN: L(TermDatesSchema.optional(), 'Cả năm học', 'Whole school year'),
  /** Deadline for monthly and quarterly reports: this day of the following month (Đồng Nai asks for monthly reports). */
  monthly_deadline_day: L(
    z.int().min(1).max(28).optional(),
    'Hạn nộp báo cáo tháng, quý (ngày mấy của tháng sau)',
    'Monthly and quarterly deadline (day of the next month)',
  ),
});

export const AuthoritySchema = z.strictObject({
  code: L(text(), 'Mã cơ quan', 'Authority code'),
  governing_body: L(text().optional(), 'Cơ quan chủ quản', 'Governing body', {
    vi: 'Dòng trên tên cơ quan ban hành (ví dụ UBND TỈNH THÁI NGUYÊN trên SỞ GIÁO DỤC VÀ ĐÀO TẠO, UBND XÃ ĐỊNH HÓA trên tên trường); bỏ trống với Ủy ban nhân dân xã, phường',
    en: 'The line above the issuer (e.g. UBND TỈNH THÁI NGUYÊN above SỞ GIÁO DỤC VÀ ĐÀO TẠO, UBND XÃ ĐỊNH HÓA above a school); none for a commune or ward People’s Committee',
  }),
  name: L(text(), 'Tên cơ quan ban hành', 'Issuing body'),
  symbol: L(text(), 'Ký hiệu cơ quan', 'Issuer symbol'),
  place: L(text(), 'Địa danh', 'Place'),
  drafting_unit: L(text().optional(), 'Đơn vị soạn thảo', 'Drafting unit'),
});

const ruleOptions = z.record(z.string(), z.record(z.string(), z.unknown()));

export const RulesConfigSchema = z.strictObject({
  preset: L(oneOf(PRESETS).default('recommended'), 'Bộ quy tắc', 'Preset'),
  severity: L(z.record(z.string(), oneOf(SEVERITIES)).default({}), 'Mức độ từng quy tắc', 'Per-rule severity'),
  options: L(ruleOptions.default({}), 'Tham số từng quy tắc', 'Per-rule options'),
});

export const ConfigSchema = z
  .strictObject({
    authority: L(AuthoritySchema, 'Cơ quan ban hành', 'Issuing authority'),
    calendar: L(
      z.record(z.string().regex(SCHOOL_YEAR_RE), SchoolYearCalendarSchema).default({}),
      'Lịch báo cáo',
      'Calendar',
    ),
    rules: L(RulesConfigSchema.default({ preset: 'recommended', severity: {}, options: {} }), 'Quy tắc', 'Rules'),
    units: L(z.array(RosterUnitSchema).optional(), 'Danh sách đơn vị', 'Roster'),
    /**
     * A roster kept in a CSV or Excel file, relative to this file: its path, or `{path, columns}` where `columns` maps
     * the file's own headers to roster fields (`Mã trường: moet_code`, `Xã/phường: attributes.địa bàn`), for lists
     * exported from the sector's database.
     */
    units_file: L(
      z
        .union([
          text(),
          z.strictObject({
            path: L(text(), 'Đường dẫn tệp danh sách đơn vị', 'Roster file path'),
            columns: L(z.record(z.string(), text()).optional(), 'Tên cột của tệp danh sách đơn vị', 'Roster file column names', {
              vi: 'Tên cột trong tệp → mục của danh sách đơn vị (code, name, level, parent, reports, moet_code, valid_from, valid_until, replaces) hoặc attributes.<tên> cho một thuộc tính',
              en: 'Header in the file → roster field (code, name, level, parent, reports, moet_code, valid_from, valid_until, replaces) or attributes.<name> for an attribute',
            }),
          }),
        ])
        .optional(),
      'Tệp danh sách đơn vị',
      'Roster file',
    ),
    /**
     * Headers of an online form's responses sheet that differ from the report's questions: header text → field key
     * (`unit.code`, `incidents[0].date`), or → another header of `edu-comms template --format responses`.
     */
    columns: L(
      z.record(z.string(), text()).optional(),
      'Tên cột của bảng câu trả lời (biểu mẫu trực tuyến)',
      'Responses sheet column names (online form)',
    ),
    /**
     * Where `aggregate --compare` (with no file named) looks for earlier summaries: a folder, relative to this file;
     * `out/` of the current folder when not set.
     */
    history: L(text().optional(), 'Thư mục lưu các kỳ trước (để so sánh)', 'Folder of earlier periods (for comparison)'),
    /** How `aggregate` breaks the summary down besides the tree (`--by` on the command line adds to it). */
    aggregate: L(
      z
        .strictObject({
          by: L(z.array(text()).default([]), 'Tổng hợp thêm theo thuộc tính', 'Break down by attributes', {
            vi: 'Tên các thuộc tính của đơn vị (attributes) để tổng hợp thêm theo nhóm (by_group), như aggregate --by',
            en: 'Names of unit attributes to break the summary down by (by_group), as aggregate --by',
          }),
        })
        .optional(),
      'Tổng hợp',
      'Aggregation',
    ),
    /** Document metadata for `render` (signer, addressees, …); its shape is owned by the render module. */
    documents: L(DocumentsConfigSchema.optional(), 'Thông tin văn bản', 'Document details'),
  })
  .superRefine((c, ctx) => {
    if ((c.units === undefined) === (c.units_file === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'units_or_file', path: ['units'] });
    }
  });

export type ConfigInput = z.input<typeof ConfigSchema>;
export type Config = z.output<typeof ConfigSchema>;
