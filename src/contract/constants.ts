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

export const TERMS = ['HK1', 'HK2', 'CN'] as const;
export type Term = (typeof TERMS)[number];

export const SCHOOL_YEAR_RE = /^(\d{4})-(\d{4})$/;
export const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const QUARTER_RE = /^(\d{4})-Q([1-4])$/;
