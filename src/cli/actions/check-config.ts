/**
 * `edu-comms check-config`: the office configuration alone (edu-comms.yaml or --config, with its roster file):
 * every problem the loader finds, located (file:line), in one pass. Exit 1 when there is one, 0 when clean; 2 when
 * there is no configuration to check (never the bundled sample).
 */
import { displayPath, loadConfig } from '../../config/load.js';
import { rosterAt } from '../../contract/roster.js';
import { resolveLang, t } from '../../i18n/index.js';
import { ConfigError, EXIT } from '../../util/errors.js';
import type { GlobalOptions } from '../options.js';

export async function runCheckConfig(options: GlobalOptions): Promise<number> {
  const lang = resolveLang(options.lang);
  try {
    const loaded = await loadConfig({ ...(options.config ? { config: options.config } : {}), lang, sample: false });
    const years = Object.keys(loaded.config.calendar).sort();
    process.stdout.write(
      `${t('check_config.ok', lang, { file: displayPath(loaded.path), units: loaded.roster.units.length, years: years.join(', ') || '—' })}\n`,
    );
    // a roster that changes over time: how many units are in force in each school year of the calendar
    if (loaded.roster.versions.some((u) => u.valid_from !== undefined || u.valid_until !== undefined)) {
      const perYear = years.map((year) => t('check_config.year_units', lang, { year, units: rosterAt(loaded.roster, year).units.length }));
      process.stdout.write(`${t('check_config.by_year', lang, { years: perYear.join('; ') || '—' })}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ConfigError) || error.details.length === 0) throw error;
    process.stderr.write(`${t('cli.error', lang)}: ${error.message}\n`);
    for (const line of error.details) process.stderr.write(`  ${line}\n`);
    process.stderr.write(`${t('check_config.count', lang, { count: error.details.length })}\n`);
    return EXIT.findings;
  }
}
