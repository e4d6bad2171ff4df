/**
 * The PNG fallback of a chart, for Word versions that do not draw SVG: rasterised by resvg (a Rust renderer shipped as
 * a prebuilt package, no browser, no native build), one and a half times the size. resvg takes one family by name, so the
 * PNG is drawn in the first installed of Times New Roman, Tinos (same metrics) and DejaVu Serif (Vietnamese letters
 * everywhere Linux is); EDU_COMMS_CHART_FONT names another. Loaded only when a document has charts.
 */
import { existsSync } from 'node:fs';

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: Promise<ResvgModule> | undefined;

const CANDIDATES: Array<[family: string, files: string[]]> = [
  ['Times New Roman', ['C:\\Windows\\Fonts\\times.ttf', '/Library/Fonts/Times New Roman.ttf', '/System/Library/Fonts/Supplemental/Times New Roman.ttf', '/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf', '/usr/share/fonts/truetype/msttcorefonts/times.ttf']],
  ['Tinos', ['/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf', '/usr/share/fonts/truetype/tinos/Tinos-Regular.ttf']],
  ['DejaVu Serif', ['/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', '/usr/share/fonts/dejavu/DejaVuSerif.ttf', '/usr/share/fonts/TTF/DejaVuSerif.ttf']],
];

let chosen: { family: string; file: string | null } | undefined;
/**
 * The family the PNG is drawn in on this machine, and its file when known: resvg then loads that one file instead of
 * scanning every installed font for each chart (which costs more than drawing it).
 */
export function pngFont(): { family: string; file: string | null } {
  if (chosen) return chosen;
  const named = process.env['EDU_COMMS_CHART_FONT'];
  if (named) return (chosen = { family: named, file: null });
  for (const [family, files] of CANDIDATES) {
    const file = files.find((f) => existsSync(f));
    if (file) return (chosen = { family, file });
  }
  return (chosen = { family: process.platform === 'win32' || process.platform === 'darwin' ? 'Times New Roman' : 'DejaVu Serif', file: null });
}

export async function svgToPng(svg: string): Promise<Uint8Array> {
  resvg ??= import('@resvg/resvg-js');
  const { renderAsync } = await resvg;
  const { family, file } = pngFont();
  const bold = file?.replace(/(\.ttf)$/i, (ext) => (file.includes('DejaVuSerif') ? `-Bold${ext}` : ext));
  // off the main thread (libuv's pool): the charts of a report are drawn while the document is being built
  const image = await renderAsync(svg.replace(/font-family="[^"]*"/, `font-family="${family}"`), {
    fitTo: { mode: 'zoom', value: 1.5 },
    background: '#ffffff',
    font: file
      ? { loadSystemFonts: false, fontFiles: [...new Set([file, ...(bold && existsSync(bold) ? [bold] : [])])], defaultFontFamily: family, serifFamily: family }
      : { loadSystemFonts: true, defaultFontFamily: family, serifFamily: family },
  });
  return new Uint8Array(image.asPng());
}
