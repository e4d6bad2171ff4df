import type { SourceDocument } from '../contract/findings.js';
import type { Lang } from '../i18n/index.js';

export interface ReadOptions {
  /** Relative to the current directory, `/`-separated: what every finding shows. */
  file: string;
  lang: Lang;
  /** `columns:` of the config, for responses sheets. */
  columns?: Readonly<Record<string, string>>;
}

/** Every submission in the bytes of a file with extension `ext`: how a zip reads the files inside it. */
export type ReadBytes = (bytes: Uint8Array, ext: string, options: ReadOptions) => Promise<SourceDocument[]>;
