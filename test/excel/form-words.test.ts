/**
 * Findings on the Excel form speak the form's words (#9, item 9), through the built binary: a school takes the form
 * `edu-comms template` writes, fills it as clerks do (Vietnamese choices, Có/Không, dates as 20/11/2026), gets things
 * wrong, and `validate` must name the form's row labels, column headers and choices — never a field path such as
 * `governance.comms_plan`, a key such as `result_published`, `true`/`false` or an English code such as `resolved`.
 * In Vietnamese and in English (a form written with --lang en has English labels). The same report as YAML may keep
 * its field paths.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, runJson } from '../helpers/cli.js';
import { yamlWords } from '../helpers/form-words.js';
import { edit } from './helpers.js';

const CONFIG = ['--config', join(EXAMPLES, '2026-2027', 'edu-comms.yaml')];
const PERIOD = ['--term', 'HK1', '--year', '2026-2027', '--date', '2026-12-20'];
type Lang = 'vi' | 'en';
interface Found {
  rule: string;
  cell: string | null;
  message: string;
  hint: string | null;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edu-comms-form-words-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The form's cells by the key the form itself records (column E of the main sheet, row 4 of a table sheet). */
function mainRow(ws: ExcelJS.Worksheet, key: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 5).value === key) return r;
  throw new Error(`no row for ${key}`);
}
function tableColumn(ws: ExcelJS.Worksheet, key: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (String(ws.getCell(4, c).value ?? '').startsWith(`${key} — `)) return c;
  throw new Error(`no column for ${key} in ${ws.name}`);
}
const sheetOf = (wb: ExcelJS.Workbook, key: string) => {
  const main = wb.worksheets[0]!;
  const note = String(main.getCell(mainRow(main, key), 4).value ?? '');
  const name = /[«“]([^»”]+)[»”]/.exec(note)?.[1];
  const ws = wb.worksheets.find((w) => w.name === name);
  if (!ws) throw new Error(`no sheet for ${key} (${note})`);
  return ws;
};

type Fill = { main: Record<string, string | number>; channels: Record<string, string | number>[]; incidents: Record<string, string | number>[] };

/** The school's answers as typed into the cells (what the dropdowns of a Vietnamese form offer). */
function answers(lang: Lang): Fill {
  const person = (name: string, position: string, phone: string, email: string) => ({ name, position, phone, email });
  const contacts = (role: string, p: ReturnType<typeof person>) =>
    Object.fromEntries(Object.entries(p).map(([k, v]) => [`contacts.${role}.${k}`, v]));
  const zeros = (section: string, keys: string[]) => Object.fromEntries(keys.map((k) => [`${section}.${k}`, 0]));
  const [yes, no] = ['Có', 'Không'];
  const fanpage = lang === 'vi' ? 'Fanpage Facebook' : 'Facebook fanpage';
  const [medium, low, resolved] = lang === 'vi' ? ['Trung bình', 'Thấp', 'Đã xử lý'] : ['Medium', 'Low', 'Resolved'];
  return {
    main: {
      reported_at: '20/12/2026',
      ...contacts('leader', person('Nguyễn Thị Hoa', 'Phó Hiệu trưởng', '0912345678', 'hoa@thainguyen.edu.vn')),
      ...contacts('officer', person('Trần Văn Bình', 'Giáo viên', '0987654321', 'binh@thainguyen.edu.vn')),
      'governance.comms_plan': no, // comms-plan
      'governance.spokesperson_regulation': no, // spokesperson
      'governance.collaborators': 2,
      ...zeros('activities', ['social_posts', 'official_shares', 'press_articles_sent', 'press_articles_published', 'press_releases', 'press_answers', 'broadcasts', 'events', 'community_meetings']),
      'activities.portal_posts': 90000, // outlier
      ...zeros('topics', ['policy', 'direction', 'exams', 'textbooks', 'exemplary', 'counter_misinformation', 'other']),
      'feedback.received': 3,
      'feedback.resolved': 5, // feedback-consistency
      'feedback.results_published': 0,
      'social_media.staff_briefed': no, // social-media-briefing
      'social_media.violations_detected': 0,
      'social_media.violations_handled': 0,
      // no spokesperson (spokesperson), no signer (signature), no exemplary model (exemplary-model)
    },
    channels: [
      // no URL (channel-url), not managed by the head (fanpage), not connected (fanpage-connected)
      { type: fanpage, name: 'Trang trường', managed_by_leader: no, connected_to_parent: no, posts: 10 },
      { type: fanpage, name: 'Trang Đội', url: 'https://www.facebook.com/doan.thptdinhhoa', managed_by_leader: yes, connected_to_parent: yes, posts: 5 },
    ],
    incidents: [
      // never reported (incident-reported), resolved without a resolution, result not published (incident-resolution)
      { date: '20/11/2026', summary: 'Tin sai về học phí', severity: medium, status: resolved, result_published: no },
      // reported before it was detected (incident-timely), publication not said (incident-resolution)
      { date: '25/11/2026', summary: 'Ảnh chế về nhà trường', severity: low, reported_to_parent_at: '20/11/2026', status: resolved, resolution: 'Đã gỡ ảnh' },
    ],
  };
}

/** Values no form accepts: a word for a number, a made-up choice, an impossible date, a required cell left empty. */
const SCHEMA_BREAKS: Fill = {
  main: { 'activities.events': 'hai', 'governance.comms_plan': 'Chưa biết', reported_at: '' },
  channels: [{ type: 'Báo giấy' }],
  incidents: [{ date: '31/11/2026', severity: 'Rất cao', status: 'Xong rồi' }],
};

function fill(wb: ExcelJS.Workbook, data: Fill): void {
  const main = wb.worksheets[0]!;
  for (const [key, value] of Object.entries(data.main)) main.getCell(mainRow(main, key), 3).value = value === '' ? null : value;
  for (const [section, rows] of [['channels', data.channels], ['incidents', data.incidents]] as const) {
    const ws = sheetOf(wb, section);
    rows.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) ws.getCell(5 + i, tableColumn(ws, key)).value = value;
    });
  }
}

async function brokenForm(lang: Lang, name: string, ...changes: Fill[]): Promise<string> {
  const blank = join(dir, `blank-${lang}.xlsx`);
  const made = runCli(['template', '--unit', 'THPT-DINHHOA', ...PERIOD, ...CONFIG, '--lang', lang, '--out', blank, '--force']);
  expect(made.code, made.stderr).toBe(0);
  const file = join(dir, `${name}-${lang}.xlsx`);
  writeFileSync(file, await edit(new Uint8Array(readFileSync(blank)), (wb) => changes.forEach((c) => fill(wb, c))));
  return file;
}

function findings(file: string, lang: Lang): Found[] {
  const result = runJson(['validate', file, ...PERIOD, ...CONFIG, '--lang', lang, '--format', 'json']);
  expect(result.code).toBe(1);
  return result.json.files[0].findings as Found[];
}

const yamlTalk = (list: Found[]) =>
  list.flatMap((f) => [f.message, f.hint ?? ''].filter((text) => yamlWords(text).length > 0).map((text) => `${f.rule} ${f.cell}: ${text} [${yamlWords(text).join(', ')}]`));

describe.each(['vi', 'en'] as const)('a broken form, findings in %s', (lang) => {
  let rules: Found[];
  let schema: Found[];
  beforeAll(async () => {
    rules = findings(await brokenForm(lang, 'rules', answers(lang)), lang);
    schema = findings(await brokenForm(lang, 'schema', answers(lang), SCHEMA_BREAKS), lang);
  });

  it('the form as filled raises the rules it was filled to raise', () => {
    const raised = new Set(rules.map((f) => f.rule));
    for (const rule of [
      'comms-plan',
      'spokesperson',
      'social-media-briefing',
      'fanpage',
      'fanpage-connected',
      'channel-url',
      'incident-reported',
      'incident-timely',
      'incident-resolution',
      'outlier',
      'feedback-consistency',
      'signature',
      'exemplary-model',
    ]) {
      expect(raised, rule).toContain(rule);
    }
    expect(rules.every((f) => f.cell !== null)).toBe(true);
    expect(new Set(schema.map((f) => f.rule))).toContain('schema');
    expect(schema.filter((f) => f.rule === 'schema').length).toBeGreaterThanOrEqual(6);
  });

  it('no message or hint names a field path, a key, true/false or an English choice code', () => {
    expect(yamlTalk(rules)).toEqual([]);
    expect(yamlTalk(schema)).toEqual([]);
  });

  it('a yes/no answer is named by the form’s row label and its Có/Không', () => {
    const plan = rules.find((f) => f.rule === 'comms-plan')!;
    const label = lang === 'vi' ? '«Có kế hoạch truyền thông của đơn vị»' : '“Has a communication plan”';
    expect(plan.message).toContain(label);
    expect(plan.message).toContain('Không');
    expect(plan.hint).toContain('Có');
    const label2 = lang === 'vi' ? '«Đã công khai kết quả xử lý»' : '“Result published”';
    const published = rules.filter((f) => f.rule === 'incident-resolution' && f.message.includes(label2));
    expect(published.map((f) => f.message)).toHaveLength(2);
  });

  it('a choice not in the list is answered with the dropdown’s names', () => {
    const severity = schema.find((f) => f.rule === 'schema' && f.message.includes(lang === 'vi' ? 'Mức độ' : 'Severity'))!;
    expect(severity.message).toContain(lang === 'vi' ? 'Thấp, Trung bình, Cao' : 'Low, Medium, High');
    const missing = schema.find((f) => f.rule === 'schema' && f.message.includes(lang === 'vi' ? 'Ngày lập báo cáo' : 'Report date'));
    expect(missing, JSON.stringify(schema.map((f) => f.message))).toBeDefined();
  });
});

describe('the same report as YAML', () => {
  it('keeps its field paths: the YAML file is fixed by its keys', async () => {
    const xlsx = await brokenForm('vi', 'to-yaml', answers('vi'));
    const yaml = join(dir, 'to-yaml.yaml');
    const converted = runCli(['convert', xlsx, '--to', 'yaml', '--out', yaml, ...CONFIG]);
    expect(converted.code, converted.stderr).toBe(0);
    const result = runJson(['validate', yaml, ...PERIOD, ...CONFIG, '--format', 'json']);
    const plan = (result.json.files[0].findings as Found[]).find((f) => f.rule === 'comms-plan')!;
    expect(plan.message).toContain('governance.comms_plan: false');
  });
});
