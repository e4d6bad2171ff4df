/**
 * Languages. Vietnamese is the default; English with `--lang en` or `EDU_COMMS_LANG=en`.
 *
 * Every user-facing text is a `Bilingual` pair in the catalogue (catalogues/<stage>.ts, merged in messages.ts) or in the module that owns it (a rule's
 * messages), so TypeScript refuses a text that exists in one language only.
 */
import type { Bilingual } from './bilingual.js';
import { catalogue, type MessageKey } from './messages.js';

import type { Lang } from './lang.js';

export { LANGS, resolveLang, type Lang } from './lang.js';
export type { Bilingual };

/** Values for placeholders; a Bilingual value is shown in the message's language (e.g. a period's name). */
export type MessageData = Record<string, string | number | boolean | null | undefined | Bilingual>;

/** Fill `{name}` placeholders. Placeholders are plain names: a template can never run code. */
export function interpolate(template: string, data: MessageData = {}, lang: Lang = 'vi'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined || value === null) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

export function pick(text: Bilingual, lang: Lang, data?: MessageData): string {
  return interpolate(text[lang], data, lang);
}

export function t(key: MessageKey, lang: Lang, data?: MessageData): string {
  return pick(catalogue[key], lang, data);
}

export { catalogue, type MessageKey };
