/**
 * The report's charts as SVG, written by hand: horizontal bars (completeness and timeliness by child unit, sorted,
 * with the node's own rate as a line; the same by level) and a trend over the compared periods. Pure and
 * deterministic: the same summary gives the same bytes. Text is real text, in Times New Roman (or a font of the same
 * metrics: Tinos) and, where neither is installed, a serif face with Vietnamese letters, so that the
 * vector figure reads in Word and the PNG fallback keeps its diacritics.
 */

export const FONT_FAMILY = "'Times New Roman', Tinos, 'Noto Serif', 'DejaVu Serif', serif";
const WIDTH = 620;
const COLORS = ['#1f4e79', '#9dc3e6'] as const;
const LINE = '#c00000';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => (Math.round(x * 10) / 10).toString();
const pct = (x: number | null) => (x === null ? '–' : `${x.toFixed(1).replace('.', ',')}%`);

export interface Chart {
  svg: string;
  width: number;
  height: number;
}

export interface BarRow {
  label: string;
  values: ReadonlyArray<number | null>;
}

export interface BarChartInput {
  rows: readonly BarRow[];
  /** The series' names, in the legend (one per value of a row). */
  series: readonly string[];
  /** A reference line across the bars (the node's own rate), with its label. */
  line?: { value: number; label: string } | null;
}

/**
 * About how wide a character of a Times-like face is, in em: no font is measured at render time, so this errs wide
 * (capitals and m/w wide, i/l/t/f/r and punctuation narrow, the rest average) to keep a label inside its column.
 */
function charEm(c: string): number {
  if (/[\s.,:;'’()|!ilIjtfr-]/u.test(c)) return 0.3;
  if (/[mwMW]/u.test(c)) return 0.8;
  if (c !== c.toLowerCase()) return 0.68;
  return 0.52;
}

/** The label as it fits in `width` px at `size` px, cut with “…” where it does not (the full label stays in data-label). */
export function fitLabel(s: string, width: number, size: number): string {
  const chars = [...s.normalize('NFC')];
  const em = (cs: readonly string[]) => cs.reduce((a, c) => a + charEm(c), 0) * size;
  if (em(chars) <= width) return s;
  const room = width - charEm('…') * size;
  let n = chars.length;
  while (n > 0 && em(chars.slice(0, n)) > room) n--;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;
}

function legend(series: readonly string[], y: number, extra?: { label: string }): string {
  let x = 8;
  const parts: string[] = [];
  series.forEach((s, i) => {
    parts.push(`<rect x="${x}" y="${y - 9}" width="12" height="10" fill="${COLORS[i % COLORS.length]}"/>`, text(x + 16, y, s));
    x += 24 + [...s].length * 6.5;
  });
  if (extra) parts.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 16}" y2="${y - 4}" stroke="${LINE}" stroke-width="2" stroke-dasharray="4 2"/>`, text(x + 20, y, extra.label));
  return parts.join('');
}

/** Horizontal bars, a group per row, 0–100%: the rows as given (the caller sorts them). */
export function barChart(input: BarChartInput): Chart {
  const { rows, series } = input;
  const labelWidth = 190;
  const valueWidth = 46;
  const plot = WIDTH - labelWidth - valueWidth - 8;
  const bar = 9;
  const gap = 6;
  const rowHeight = series.length * bar + gap;
  const top = 26;
  const height = top + rows.length * rowHeight + 28;
  const x0 = labelWidth;
  const scale = (v: number) => (Math.max(0, Math.min(100, v)) * plot) / 100;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${esc(FONT_FAMILY)}" font-size="11">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    legend(series, 14, input.line ? { label: input.line.label } : undefined),
  ];
  // gridlines every 20%
  for (let p = 0; p <= 100; p += 20) {
    const x = x0 + scale(p);
    out.push(`<line x1="${n(x)}" y1="${top - 4}" x2="${n(x)}" y2="${top + rows.length * rowHeight}" stroke="#d9d9d9" stroke-width="0.5"/>`);
    out.push(text(x, top + rows.length * rowHeight + 14, `${p}%`, 'text-anchor="middle" font-size="10"'));
  }
  rows.forEach((row, r) => {
    const y = top + r * rowHeight;
    out.push(`<g class="row" data-label="${esc(row.label)}">`);
    out.push(text(x0 - 6, y + (series.length * bar) / 2 + 4, fitLabel(row.label, labelWidth - 12, 11), 'text-anchor="end"'));
    row.values.forEach((v, i) => {
      const by = y + i * bar;
      const w = v === null ? 0 : scale(v);
      out.push(`<rect class="bar" data-series="${esc(series[i] ?? '')}" data-value="${v === null ? '' : n(v)}" x="${x0}" y="${by}" width="${n(w)}" height="${bar - 1}" fill="${COLORS[i % COLORS.length]}"/>`);
      out.push(text(x0 + w + 3, by + bar - 1.5, pct(v), 'font-size="9"'));
    });
    out.push('</g>');
  });
  if (input.line) {
    const x = x0 + scale(input.line.value);
    out.push(`<line class="reference" data-value="${n(input.line.value)}" x1="${n(x)}" y1="${top - 4}" x2="${n(x)}" y2="${top + rows.length * rowHeight}" stroke="${LINE}" stroke-width="1.5" stroke-dasharray="4 2"/>`);
  }
  out.push('</svg>');
  return { svg: out.join(''), width: WIDTH, height };
}

/** Vertical bars over periods (oldest first), a group per period, 0–100%. */
export function trendChart(input: { periods: readonly BarRow[]; series: readonly string[] }): Chart {
  const { periods, series } = input;
  const height = 260;
  const top = 30;
  const bottom = 60;
  const left = 40;
  const plotH = height - top - bottom;
  const plotW = WIDTH - left - 10;
  const groupW = plotW / Math.max(1, periods.length);
  const barW = Math.min(40, (groupW * 0.7) / series.length);
  const y = (v: number) => top + plotH - (Math.max(0, Math.min(100, v)) * plotH) / 100;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${esc(FONT_FAMILY)}" font-size="11">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    legend(series, 14),
  ];
  for (let p = 0; p <= 100; p += 20) {
    out.push(`<line x1="${left}" y1="${n(y(p))}" x2="${WIDTH - 10}" y2="${n(y(p))}" stroke="#d9d9d9" stroke-width="0.5"/>`);
    out.push(text(left - 4, y(p) + 3, `${p}%`, 'text-anchor="end" font-size="10"'));
  }
  periods.forEach((period, g) => {
    const gx = left + g * groupW + (groupW - barW * series.length) / 2;
    out.push(`<g class="row" data-label="${esc(period.label)}">`);
    period.values.forEach((v, i) => {
      const x = gx + i * barW;
      const h = v === null ? 0 : top + plotH - y(v);
      out.push(`<rect class="bar" data-series="${esc(series[i] ?? '')}" data-value="${v === null ? '' : n(v)}" x="${n(x)}" y="${n(top + plotH - h)}" width="${n(barW - 2)}" height="${n(h)}" fill="${COLORS[i % COLORS.length]}"/>`);
      out.push(text(x + (barW - 2) / 2, top + plotH - h - 3, pct(v), 'text-anchor="middle" font-size="9"'));
    });
    // the period's name under its group, on two lines when long ("học kỳ I" / "năm học 2025-2026")
    const words = period.label.split(' năm học ');
    const cx = left + g * groupW + groupW / 2;
    out.push(text(cx, top + plotH + 16, words[0]!, 'text-anchor="middle"'));
    if (words[1]) out.push(text(cx, top + plotH + 30, `năm học ${words[1]}`, 'text-anchor="middle"'));
    out.push('</g>');
  });
  out.push('</svg>');
  return { svg: out.join(''), width: WIDTH, height };
}
