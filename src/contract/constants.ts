/**
 * Plain constants of the contract, free of zod so that the command line can use them without loading it.
 */
export const LEVELS = [
  'MN',
  'TH',
  'THCS',
  'THPT',
  'TH-THCS',
  'THCS-THPT',
  'TH-THCS-THPT',
  'PTDTNT',
  'GDNN-GDTX',
  'OFFICE',
  'OTHER',
] as const;
export type Level = (typeof LEVELS)[number];

/** What each level is called; a roster exported from the sector's lists names levels this way. */
export const LEVEL_NAMES: Record<Level, { vi: string; en: string }> = {
  MN: { vi: 'Mầm non', en: 'Pre-school' },
  TH: { vi: 'Tiểu học', en: 'Primary' },
  THCS: { vi: 'Trung học cơ sở', en: 'Lower secondary' },
  THPT: { vi: 'Trung học phổ thông', en: 'Upper secondary' },
  'TH-THCS': { vi: 'Tiểu học và THCS', en: 'Primary and lower secondary' },
  'THCS-THPT': { vi: 'THCS và THPT', en: 'Lower and upper secondary' },
  'TH-THCS-THPT': { vi: 'Nhiều cấp học (TH-THCS-THPT)', en: 'All general levels' },
  PTDTNT: { vi: 'Phổ thông dân tộc nội trú', en: 'Ethnic boarding school' },
  'GDNN-GDTX': { vi: 'Trung tâm GDNN-GDTX', en: 'Vocational and continuing education centre' },
  OFFICE: { vi: 'Cơ quan quản lý giáo dục', en: 'Education office' },
  OTHER: { vi: 'Đơn vị khác', en: 'Other unit' },
};

/** Other names a roster file may give a level (the sector's lists differ between versions); matched like the names above. */
export const LEVEL_ALIASES: Readonly<Record<string, Level>> = {
  'Mẫu giáo': 'MN',
  'Nhà trẻ': 'MN',
  'Tiểu học và Trung học cơ sở': 'TH-THCS',
  'Trung học cơ sở và Trung học phổ thông': 'THCS-THPT',
  'Phổ thông nhiều cấp học': 'TH-THCS-THPT',
  'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên': 'GDNN-GDTX',
  'GDNN-GDTX': 'GDNN-GDTX',
  'GDTX': 'GDNN-GDTX',
  'Dân tộc nội trú': 'PTDTNT',
  'Cấp 1': 'TH',
  'Cấp 2': 'THCS',
  'Cấp 3': 'THPT',
};

/**
 * Limits of a roster, which are not a school's: the country has about 50,000 schools (~70 bytes each inline), so a
 * configuration or roster file may be far larger than a submission (2 MB), but not without bound.
 */
export const ROSTER_LIMITS = {
  /** edu-comms.yaml, units inline included (100,000 units ≈ 7–12 MB). */
  configBytes: 32 * 1024 * 1024,
  /** A `units_file` CSV. */
  csvBytes: 64 * 1024 * 1024,
  /** Units in one roster, inline or from a file. */
  units: 200_000,
} as const;

export const TERMS = ['HK1', 'HK2', 'CN'] as const;
export type Term = (typeof TERMS)[number];

export const SCHOOL_YEAR_RE = /^(\d{4})-(\d{4})$/;
export const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
