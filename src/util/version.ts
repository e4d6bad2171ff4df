/**
 * The tool's version, read once from package.json (the one place it is written), for `--version` and the generator
 * field of every file the tool makes. src/util/version.ts and dist/util/version.js both sit two folders below it.
 */
import { readFileSync } from 'node:fs';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
