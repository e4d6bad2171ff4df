/**
 * DOCX → PDF/A-2b with LibreOffice in headless mode: the edge where edu-comms runs another program.
 *
 * - LibreOffice is `EDU_COMMS_SOFFICE`, else `documents.soffice` in edu-comms.yaml, else `soffice` (or
 *   `libreoffice`) on PATH, else the usual install folder on Windows.
 * - Each conversion runs in a temporary folder of its own with a private LibreOffice profile
 *   (`-env:UserInstallation=…`), so it needs no user session, does not touch the clerk's own LibreOffice, and two runs
 *   in parallel do not wait on one profile lock.
 * - The filter exports PDF/A-2b (`SelectPdfVersion` 2), which embeds every font.
 * - A time limit (`EDU_COMMS_PDF_TIMEOUT` seconds, default 180) kills the whole process group.
 * - The PDF is returned as bytes, checked to be a complete PDF with its PDF/A identification; the caller writes it
 *   with the output writer, so a failed conversion leaves no file at all.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type PdfFailure = 'missing' | 'failed' | 'timeout';

export class PdfError extends Error {
  override name = 'PdfError';
  constructor(
    readonly reason: PdfFailure,
    /** The LibreOffice program tried, or the setting that named it. */
    readonly program: string,
    /** What LibreOffice printed, the last lines. */
    readonly detail = '',
  ) {
    super(`${reason}: ${program}${detail ? ` (${detail})` : ''}`);
  }
}

const DEFAULT_TIMEOUT_S = 180;
const PDFA_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';

function onPath(name: string): string | undefined {
  const exts = process.platform === 'win32' ? ['.exe', '.com', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = join(dir, name + ext);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Where LibreOffice is, or a PdfError('missing') naming what was looked for. */
export function findSoffice(configured?: string): string {
  const given = process.env.EDU_COMMS_SOFFICE || configured;
  if (given) {
    if (existsSync(given)) return given;
    const found = onPath(given);
    if (found) return found;
    throw new PdfError('missing', given);
  }
  const found = onPath('soffice') ?? onPath('libreoffice');
  if (found) return found;
  if (process.platform === 'win32') {
    for (const root of [process.env.ProgramFiles, process.env['ProgramFiles(x86)']]) {
      const candidate = root ? join(root, 'LibreOffice', 'program', 'soffice.exe') : undefined;
      if (candidate && existsSync(candidate)) return candidate;
    }
  }
  throw new PdfError('missing', 'soffice');
}

export function timeLimitMs(): number {
  const s = Number(process.env.EDU_COMMS_PDF_TIMEOUT);
  return (Number.isFinite(s) && s > 0 ? s : DEFAULT_TIMEOUT_S) * 1000;
}

/** The last few lines LibreOffice printed, for the message (its Java warning is noise). */
function tail(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/javaldx|^convert /.test(l))
    .slice(-3)
    .join(' / ');
}

/** A PDF is whole when it starts with its header and ends with %%EOF; a PDF/A carries its pdfaid part in the XMP. */
export function isCompletePdfA(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  const end = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64))).toString('latin1');
  return head === '%PDF-' && end.includes('%%EOF') && Buffer.from(bytes).includes('pdfaid:part');
}

/** Page count from the PDF's page tree: the largest /Count of a /Pages object (the root's). */
export function pdfPageCount(bytes: Uint8Array): number | null {
  const text = Buffer.from(bytes).toString('latin1');
  let best: number | null = null;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    const n = Number(m[1] ?? m[2]);
    if (best === null || n > best) best = n;
  }
  return best;
}

/** Convert DOCX documents to PDF/A-2b in one LibreOffice run; bytes in the order given. */
export async function convertToPdfA(
  documents: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
  options: { soffice?: string; timeoutMs?: number } = {},
): Promise<Uint8Array[]> {
  const program = findSoffice(options.soffice);
  const work = mkdtempSync(join(tmpdir(), 'edu-comms-pdf-'));
  try {
    const inputs = documents.map((d, i) => {
      // plain ASCII names in the work folder: LibreOffice on Windows and odd locales are picky about the rest
      const file = join(work, `doc${i}.docx`);
      writeFileSync(file, d.bytes);
      return file;
    });
    const args = [
      '--headless',
      '--invisible',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--convert-to',
      PDFA_FILTER,
      '--outdir',
      work,
      ...inputs,
    ];
    const output = await run(program, args, options.timeoutMs ?? timeLimitMs());
    return inputs.map((input) => {
      const pdf = input.replace(/\.docx$/, '.pdf');
      if (!existsSync(pdf)) throw new PdfError('failed', program, tail(output));
      const bytes = new Uint8Array(readFileSync(pdf));
      if (!isCompletePdfA(bytes)) throw new PdfError('failed', program, tail(output));
      return bytes;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(program: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const child = spawn(program, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // its own process group, so the time limit ends LibreOffice's helper processes too
      detached: process.platform !== 'win32',
      windowsHide: true,
      env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' },
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const kill = () => {
      try {
        if (process.platform !== 'win32' && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      kill();
      reject(new PdfError('timeout', program, String(Math.round(timeoutMs / 1000))));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new PdfError(error.code === 'ENOENT' || error.code === 'EACCES' ? 'missing' : 'failed', program, error.message));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else reject(new PdfError('failed', program, tail(output) || `exit ${code}`));
    });
  });
}
