/**
 * Reading a roster kept outside edu-comms.yaml (`units_file:`): `.csv` or `.xlsx` with the columns code, name, level,
 * parent (and optionally reports). Every problem is a located finding.
 */
import type { Lang } from '../i18n/index.js';
import type { RosterUnit } from '../contract/config.js';
import type { Finding } from '../validate/types.js';

export interface LoadedRoster {
  units: RosterUnit[];
  findings: Finding[];
}

export async function loadRosterFile(path: string, options: { file: string; lang: Lang }): Promise<LoadedRoster> {
  // Filled in by the roster work (aggregate issue): CSV here, XLSX through the Excel reader.
  void path;
  return {
    units: [],
    findings: [
      { rule: 'config', severity: 'error', file: options.file, path: null, line: 1, column: 1, cell: null, message: 'units_file is not supported yet', hint: null },
    ],
  };
}
