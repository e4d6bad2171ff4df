/**
 * The charts of summary.xlsx's "Biểu đồ" sheet: the report's charts (build.ts), drawn as PNG (png.ts), with their data
 * for the cells next to them. `aggregate` may not import this layer; the command line draws them and hands them to
 * the workbook writer (aggregate/xlsx.ts). The wording is the workbook's own (the aggregate catalogue, vi or en).
 */
import type { XlsxChart } from '../../aggregate/xlsx.js';
import type { Summary } from '../../contract/summary.js';
import { t, type Lang } from '../../i18n/index.js';
import { buildChart, CHART_NAMES } from './build.js';

export async function workbookCharts(summary: Summary, lang: Lang): Promise<XlsxChart[]> {
  const say = (key: Parameters<typeof t>[0]) => t(key, lang);
  const strings = {
    completeness: say('aggregate.xlsx.chart.completeness'),
    timeliness: say('aggregate.xlsx.chart.timeliness'),
    overall: say('aggregate.xlsx.chart.overall'),
    other_units: say('aggregate.xlsx.chart.other_units'),
  };
  const built = CHART_NAMES.flatMap((name) => {
    const chart = buildChart(name, summary, strings);
    return chart ? [{ name, chart }] : [];
  });
  if (built.length === 0) return [];
  const { svgToPng } = await import('./png.js');
  return Promise.all(
    built.map(async ({ name, chart }) => ({
      title: say(`aggregate.xlsx.chart.${name}`),
      png: await svgToPng(chart.chart.svg),
      // the PNG is drawn at one and a half times the SVG's size; shown at the SVG's size
      width: chart.chart.width,
      height: chart.chart.height,
      label: say(`aggregate.xlsx.chart.label.${name}`),
      series: chart.data.series,
      rows: chart.data.rows,
    })),
  );
}
