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
