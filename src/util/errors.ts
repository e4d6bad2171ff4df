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
