/**
 * The texts of the command line itself (help, commander's headings and usage errors) in ONE language, for the start-up
 * path: `edu-comms --help` loads commander and this language's file, never the whole catalogue (src/i18n/messages.ts).
 */
import type { Lang } from './lang.js';
import type { HelpKey } from './help/vi.js';

export type { HelpKey };
export type HelpTexts = Readonly<Record<HelpKey, string>>;

export async function loadHelpTexts(lang: Lang): Promise<HelpTexts> {
  return lang === 'en' ? (await import('./help/en.js')).helpEn : (await import('./help/vi.js')).helpVi;
}

/** `{name}` placeholders filled, as `t` does for the catalogue. */
export function fill(text: string, data: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}
