// Benchmark: `edu-comms render` at the size of a province and of the country, against `aggregate` of the same data
// measured in the same run, through the built binary as a clerk runs it. Time is wall-clock; CPU is user + system of
// the child; peak memory is the child's maximum resident set, measured from outside by GNU time (/usr/bin/time).
//  1. A province of N schools (default 2,500: 25 communes of 100) as generated YAML submissions with variety
//     (distinct model titles, some with a URL, a few high-severity incidents, shared and own assessment sentences,
//     missing and late schools), units inline in edu-comms.yaml: aggregate them, then render the report, letter and
//     reminder from that summary. Target (issue 10): report ≤ 0.3× the aggregate, ≤ 300 MB.
//  2. The country: 50,000 schools in 500 offices (units in a units_file CSV, as a national roster is kept): one
//     office aggregated from its 100 files, its summary copied to the 499 others (codes and names changed), the
//     national summary aggregated from the 500 office summaries, then the report rendered from it. Target ≤ 500 MB.
// The last lines put each measurement against its target: the ratio, the peaks, and the share of the limit used.
// Usage: npm run build && node bench/render.mjs [N=2500] [--no-national] [--keep DIR]   (--keep: the province's
//        summary and documents are copied to DIR, and the national folder to DIR/national, to read or rerun them)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMON, INCIDENTS, MODEL_KINDS, MODEL_TOPICS, random } from './province-words.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'edu-comms.js');
const schools = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2500);
const national = !process.argv.includes('--no-national');
const PER_OFFICE = 100;
const ROOT = 'SGD-THAINGUYEN';
const config = readFileSync(join(root, 'examples/edu-comms.yaml'), 'utf8');

const LEVELS = [['MN', 'Mầm non'], ['TH', 'Tiểu học'], ['THCS', 'THCS']];
const q = (s) => JSON.stringify(s);

/** The units of `offices` offices (codes from `first`) of PER_OFFICE schools each. */
function rosterOf(offices, first = 1, width = 3) {
  const units = [{ code: ROOT, name: 'Sở Giáo dục và Đào tạo Thái Nguyên', level: 'OFFICE', parent: null }];
  for (let o = first; o < first + offices; o++) {
    const n = String(o).padStart(width, '0');
    const office = `XA-${n}`;
    units.push({ code: office, name: `UBND xã số ${n}`, level: 'OFFICE', parent: ROOT });
    for (let s = 0; s < PER_OFFICE; s++) {
      const [level, kind] = LEVELS[s % 3];
      units.push({ code: `${office}-${level}-${String(s + 1).padStart(3, '0')}`, name: `Trường ${kind} số ${s + 1} xã số ${n}`, level, parent: office });
    }
  }
  return units;
}

/** A school's YAML report, or null for a school that sent nothing (about 4 %); about 5 % are late. */
function submission(unit, i, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const roll = rand();
  if (roll < 0.04) return null;
  const day = roll < 0.09 ? 16 + Math.floor(rand() * 10) : 1 + Math.floor(rand() * 14);
  const incident = rand() < 0.05;
  const high = rand() < 0.15;
  const models = Math.floor(rand() * 3);
  const sentence = (key) => (rand() < 0.12 ? `${unit.name} nêu ý kiến riêng số ${i}.` : pick(COMMON[key]));
  const lines = [
    'schema_version: 1',
    `unit: {code: ${unit.code}, name: ${q(unit.name)}, level: ${unit.level}, parent: ${unit.parent}}`,
    'period: {school_year: 2024-2025, term: HK1}',
    `reported_at: 2024-12-${String(day).padStart(2, '0')}`,
    'contacts:',
    '  leader: {name: Nông Thị Cường, position: Hiệu trưởng, phone: "0912.437.435"}',
    '  officer: {name: Phạm Đức Nga, position: Nhân viên văn phòng, phone: "0368.297.883", email: vanthu@thainguyen.edu.vn}',
    '  spokesperson: {name: Nông Thị Cường, position: Hiệu trưởng}',
    `governance: {comms_plan: ${rand() < 0.92}, spokesperson_regulation: true, collaborators: 5}`,
    'channels:',
    `  - {type: website, name: ${q(`Trang thông tin điện tử ${unit.name}`)}, url: "https://${unit.code.toLowerCase()}.thainguyen.edu.vn", managed_by_leader: true, connected_to_parent: true, posts: 5}`,
    `activities: {portal_posts: ${Math.floor(rand() * 40)}, social_posts: ${Math.floor(rand() * 60)}, official_shares: 27, press_articles_sent: 3, press_articles_published: ${Math.floor(rand() * 3)}, press_releases: 0, press_answers: 0, broadcasts: 4, events: 3, community_meetings: 1}`,
    'topics: {policy: 5, direction: 2, exams: 5, textbooks: 3, exemplary: 2, counter_misinformation: 7, other: 6}',
    'feedback: {received: 1, resolved: 1, results_published: 1}',
    incident
      ? `incidents:\n  - {date: 2024-11-16, summary: ${q(`${pick(INCIDENTS)} (${unit.name})`)}, channel: Facebook, severity: ${high ? 'high' : 'low'}, reported_to_parent_at: 2024-11-16, status: ${rand() < 0.2 ? 'handling' : 'resolved'}, resolution: Đăng thông tin chính thức trên trang của trường, result_published: true}`
      : 'incidents: []',
    models === 0
      ? 'exemplary_models: []'
      : `exemplary_models:\n${Array.from({ length: models }, (_, m) => `  - {title: ${q(`${pick(MODEL_KINDS)} “${pick(MODEL_TOPICS)}” của ${unit.name}${m > 0 ? ` (${m + 1})` : ''}`)}${rand() < 0.3 ? `, url: "https://baothainguyen.vn/giao-duc/${unit.code.toLowerCase()}-${m + 1}"` : ''}}`).join('\n')}`,
    'social_media: {staff_briefed: true, violations_detected: 0, violations_handled: 0}',
    rand() < 0.15 ? 'commendations:\n  - {recipient: Tổ chuyên môn 1, form: Giấy khen của Chủ tịch UBND xã, date: 2024-11-20}' : 'commendations: []',
    `assessment: {strengths: ${q(sentence('strengths'))}, limitations: ${q(sentence('limitations'))}, next_steps: ${q(sentence('next_steps'))}, proposals: ${q(sentence('proposals'))}}`,
    'signed_by: {name: Nông Thị Cường, title: HIỆU TRƯỞNG}',
  ];
  return `${lines.join('\n')}\n`;
}

function writeSubmissions(dir, units, seed) {
  const rand = random(seed);
  let i = 0;
  for (const unit of units) {
    if (unit.level === 'OFFICE') continue;
    const text = submission(unit, i++, rand);
    if (text === null) continue;
    mkdirSync(join(dir, 'in', unit.parent), { recursive: true });
    writeFileSync(join(dir, 'in', unit.parent, `${unit.code}.yaml`), text);
  }
}

const inlineUnits = (units) => `units:\n${units.map((u) => `  - {code: ${u.code}, name: ${q(u.name)}, level: ${u.level}${u.parent ? `, parent: ${u.parent}` : ''}}`).join('\n')}\n\n`;
const csvUnits = (units) => `code,name,level,parent\n${units.map((u) => `${u.code},${u.name},${u.level},${u.parent ?? ''}`).join('\n')}\n`;
function writeConfig(dir, unitsText) {
  writeFileSync(join(dir, 'edu-comms.yaml'), config.replace(/^units:[\s\S]*?(?=^# Thông tin)/m, unitsText));
}

/** Run the CLI under GNU time: wall ms, CPU ms (user + system), peak RSS in MB. */
function measure(dir, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'MEASURED %U %S %M', process.execPath, bin, ...args, '--date', '2025-01-05'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const m = /MEASURED ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  // aggregate exits 1 when some inputs have errors; the summary is still written
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`edu-comms ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, cpu: (Number(m[1]) + Number(m[2])) * 1000, rss: Number(m[3]) / 1024 };
}

const fmt = (r) => `${(r.ms / 1000).toFixed(1)} s (CPU ${(r.cpu / 1000).toFixed(1)} s), peak ${r.rss.toFixed(0)} MB`;
const ratio = (a, b) => `${(a.ms / b.ms).toFixed(2)}× wall, ${(a.cpu / b.cpu).toFixed(2)}× CPU`;
const HK1 = ['--term', 'HK1', '--year', '2024-2025'];
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt > 0 ? process.argv[keepAt + 1] : undefined;
const dirs = [];
const targets = [];
/** `measured` against the goal `limit`: its share of the limit, and whether it is met. */
const target = (what, measured, limit, unit) =>
  `${what}: ${unit === '×' ? measured.toFixed(2) : measured.toFixed(0)}${unit} ≤ ${limit}${unit}? ${measured <= limit ? 'met' : 'NOT MET'} (${((measured / limit) * 100).toFixed(0)}% of the limit)`;
try {
  // --- 1. the province -------------------------------------------------------------------------------------------
  const dir = mkdtempSync(join(tmpdir(), `edu-comms-bench-render-${schools}-`));
  dirs.push(dir);
  const units = rosterOf(Math.ceil(schools / PER_OFFICE));
  writeSubmissions(dir, units, 20261203);
  writeConfig(dir, inlineUnits(units));
  const agg = measure(dir, ['aggregate', ...HK1, '--unit', ROOT, '--in', 'in', '--out', 'out/province']);
  console.log(`aggregate ${units.length - 1 - Math.ceil(schools / PER_OFFICE)} schools' files: ${fmt(agg)} (baseline)`);
  for (const kind of ['report', 'letter', 'reminder']) {
    const r = measure(dir, ['render', '--summary', 'out/province', '--kind', kind, '--out', `${kind}.docx`]);
    const size = statSync(join(dir, `${kind}.docx`)).size;
    console.log(`render ${kind} from that summary: ${fmt(r)}, ${(size / 1024).toFixed(0)} KB; ${ratio(r, agg)} the aggregate`);
    if (kind === 'report') {
      targets.push(target(`report of ${schools} schools, CPU against aggregating their files`, r.cpu / agg.cpu, 0.3, '×'));
      targets.push(target(`report of ${schools} schools, peak RSS`, r.rss, 300, ' MB'));
    }
  }
  if (keep) {
    mkdirSync(keep, { recursive: true });
    cpSync(join(dir, 'out', 'province'), join(keep, 'province'), { recursive: true });
    for (const kind of ['report', 'letter', 'reminder']) cpSync(join(dir, `${kind}.docx`), join(keep, `${kind}.docx`));
    console.log(`kept the summary and the documents in ${keep}`);
  }

  // --- 2. the country from 500 office summaries --------------------------------------------------------------------
  if (national) {
    const offices = 500;
    const big = mkdtempSync(join(tmpdir(), 'edu-comms-bench-render-national-'));
    dirs.push(big);
    const all = rosterOf(offices, 1, 4);
    writeFileSync(join(big, 'don-vi.csv'), csvUnits(all));
    writeConfig(big, 'units_file: don-vi.csv\n\n');
    writeSubmissions(big, all.filter((u) => u.parent === 'XA-0001'), 20261203);
    const one = measure(big, ['aggregate', ...HK1, '--unit', 'XA-0001', '--in', 'in/XA-0001', '--out', 'out/XA-0001']);
    const first = readFileSync(join(big, 'out/XA-0001/summary.json'), 'utf8');
    const files = [];
    mkdirSync(join(big, 'sums'));
    for (let o = 1; o <= offices; o++) {
      const n = String(o).padStart(4, '0');
      const file = join('sums', `XA-${n}.json`);
      writeFileSync(join(big, file), first.replaceAll('XA-0001', `XA-${n}`).replaceAll('xã số 0001', `xã số ${n}`));
      files.push(file);
    }
    const up = measure(big, ['aggregate', ...HK1, '--unit', ROOT, '--in', ...files, '--out', 'out/national']);
    const size = statSync(join(big, 'out/national/summary.json')).size;
    console.log(`aggregate one office (100 files): ${fmt(one)}; the country from ${offices} office summaries: ${fmt(up)}, summary.json ${(size / 1048576).toFixed(0)} MB`);
    const r = measure(big, ['render', '--summary', 'out/national', '--kind', 'report', '--out', 'report.docx']);
    console.log(`render report of ${all.length - 1 - offices} schools from the national summary: ${fmt(r)}, ${(statSync(join(big, 'report.docx')).size / 1048576).toFixed(1)} MB; ${ratio(r, up)} its aggregate`);
    targets.push(target(`report of ${all.length - 1 - offices} schools from the national summary, peak RSS`, r.rss, 500, ' MB'));
    if (keep) {
      // the national folder as it is (config, roster CSV, the 500 office summaries, the summary, the report)
      rmSync(join(big, 'in'), { recursive: true, force: true });
      cpSync(big, join(keep, 'national'), { recursive: true });
      console.log(`kept the national folder in ${join(keep, 'national')}`);
    }
  }
  // the goals of issue 10, item 5, each with what was measured in this run
  console.log('\ntargets (issue 10):');
  for (const line of targets) console.log(`  ${line}`);
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
