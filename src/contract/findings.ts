/**
 * The data that flows out of reading and validation: findings and per-file results (`shared/spec/cli.md`).
 */
import type { Severity } from './config.js';
import type { PeriodRef } from './period.js';
import type { Period, Submission } from './submission.js';
import type { FieldPath } from './walk.js';

/** Where a person can go to fix something: a YAML line and column, or an Excel cell (`Sheet!C7`). */
export interface Location {
  line: number | null;
  column: number | null;
  cell: string | null;
}

export interface Finding extends Location {
  rule: string;
  severity: Severity;
  file: string;
  path: string | null;
  message: string;
  hint: string | null;
}

/** What a document was read from: a YAML file, the tool's Excel form, or one row of a responses sheet (CSV/XLSX). */
export type SourceFormat = 'yaml' | 'xlsx' | 'responses';

/** A file as a reader delivers it: the data (if it could be read that far), how to locate a field, reading findings. */
export interface SourceDocument {
  /** Relative to the current directory, `/`-separated. */
  file: string;
  format: SourceFormat;
  /** The plain data (JSON-like, NFC-normalised), or undefined when the file could not be read that far. */
  data: unknown;
  /** Position of the value at `path` (or of its key; a missing field points at the nearest parent that exists). */
  locate(path: FieldPath, target?: 'value' | 'key'): Location;
  /** Findings raised while reading (syntax, encoding, YAML traps), already in the chosen language. */
  findings: Finding[];
  /** What could still be read of a file that failed to parse (never validated: only to tell whose file it is). */
  partial?: unknown;
  sha256: string;
}

export type FileStatus = 'accepted' | 'rejected';

export interface FileResult {
  file: string;
  format: SourceFormat;
  unit: string | null;
  period: Period | null;
  periodRef: PeriodRef | null;
  status: FileStatus;
  findings: Finding[];
  /** The parsed submission when the schema accepted the whole file (every accepted file, unless the run asked not to keep them). */
  submission: Submission | null;
  sha256: string;
  /**
   * The file this one is a byte-identical copy of (same unit and period, rule `duplicate-copy`): the copy is one
   * submission with `copyOf`, counted once, as that file. Absent for every other file.
   */
  copyOf?: string;
}

/** One of the tool's own files met among the inputs (a summary, the config, a roster, a document): not a report. */
export interface SkippedFile {
  file: string;
  kind: 'summary' | 'config' | 'roster' | 'document' | 'metadata' | 'feedback';
}

export interface ValidationReport {
  files: FileResult[];
  /** The tool's own files found among the inputs, skipped (each said once), in path order. */
  skipped?: SkippedFile[];
  summary: { files: number; accepted: number; rejected: number; errors: number; warnings: number; infos: number };
}
