/** A text in both languages of the tool: Vietnamese first, English too. */
export interface Bilingual {
  vi: string;
  en: string;
}
