/**
 * The command line's help texts and commander's words, kept one file per language (src/i18n/help/vi.ts, en.ts) so
 * that `--help` loads one language only; paired here into the catalogue's form for the rest of the tool.
 */
import type { Bilingual } from '../bilingual.js';
import { helpEn } from '../help/en.js';
import { helpVi, type HelpKey } from '../help/vi.js';

export const helpMessages = Object.fromEntries(
  (Object.keys(helpVi) as HelpKey[]).map((key) => [key, { vi: helpVi[key], en: helpEn[key] }]),
) as Record<HelpKey, Bilingual>;
