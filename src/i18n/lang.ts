/** The tool's languages, without any text: the start-up path picks one before loading that language's texts. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Vietnamese unless `--lang en` or `EDU_COMMS_LANG=en`. */
export function resolveLang(flag?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  const wanted = (flag ?? env['EDU_COMMS_LANG'] ?? 'vi').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'vi';
}
