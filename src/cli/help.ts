import { t, type Lang } from '../i18n/index.js';

/** Program-level help texts in the chosen language. */
export function helpText(lang: Lang) {
  return {
    program: t('help.program', lang),
    version: t('help.version', lang),
    help: t('help.help', lang),
    lang: t('help.lang', lang),
    config: t('help.config', lang),
    date: t('help.date', lang),
    debug: t('help.debug', lang),
    showHelp: t('help.show_help', lang),
  };
}
