/**
 * Vitest global setup: the end-to-end tests run the built `bin/edu-comms.js`, so `dist/` must be what `src/` says.
 * When a source file is newer than its compiled file, or the compiled file is missing, build first (`tsc -p
 * tsconfig.build.json`, what `npm run build` does); when the build fails, no test runs against an old `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** The first source file whose compiled file is missing or older, or null when `dist/` is fresh. */
export function staleSource(root: string = ROOT): string | null {
  const src = join(root, 'src');
  for (const file of sources(src)) {
    const built = join(root, 'dist', relative(src, file).replace(/\.ts$/, '.js'));
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(file).mtimeMs) return relative(root, file);
  }
  return null;
}

export default function setup(): void {
  const stale = staleSource();
  if (stale === null) return;
  process.stderr.write(`dist/ is older than ${stale}: building (npm run build) before the tests\n`);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed, so the end-to-end tests would run an old dist/:\n${build.stdout}${build.stderr}`);
  const still = staleSource();
  if (still !== null) throw new Error(`dist/ is still older than ${still} after the build`);
}
