/**
 * The errors a command may end with, mapped to the exit codes of docs/cli.md:
 * 0 no error finding · 1 error findings · 2 usage or config error · 3 internal failure.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** A bad flag, a missing argument, no input files: the user can fix it by changing the command. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The command line (or flag) that fixes it. */
    readonly fix?: string,
  ) {
    super(message);
  }
}

/** An unreadable or invalid edu-comms.yaml, roster or template: the user fixes a file. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    /** Located details, one per line (`edu-comms.yaml:12:5 …`). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** Why an output could not be written. Each has a message and a fix in the catalogue (`output.<reason>`). */
export type OutputReason =
  | 'no_space'
  | 'read_only'
  | 'no_permission'
  | 'busy'
  | 'io_error'
  | 'cross_device'
  | 'no_parent'
  | 'parent_is_file'
  | 'name_too_long'
  | 'is_folder'
  | 'is_file'
  | 'is_input'
  | 'holds_cwd'
  | 'changed'
  | 'not_ours'
  | 'locked';

/** Who holds a lock, as written into the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  started: string;
}

export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    readonly reason: OutputReason,
    /** The file or folder concerned (absolute). */
    readonly path: string,
    /** `option`: the command-line option that named the place (`--out` unless said, e.g. `--feedback`). */
    readonly detail: { code?: string; holder?: LockHolder; lock?: string; option?: string } = {},
  ) {
    super(`${reason}: ${path}${detail.code ? ` (${detail.code})` : ''}`);
  }
}
