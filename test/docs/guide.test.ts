/**
 * The user guide cannot go stale: its `sh` blocks run against the built binary in a copy of `examples/2026-2027/`, each with
 * the exit code it is annotated with (```` ```sh exit=1 ````, else 0), and the output printed under a block is what
 * the command prints now. The wizard transcript is a real run of `edu-comms init` through its prompts.
 *
 * UPDATE_DOCS=1 (or `npx tsx scripts/gen-docs.ts`) rewrites the captured output and the transcript instead.
 */
import { screen } from '@inquirer/testing/vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE, GUIDE_DATE, GUIDE_EPOCH, guideBlocks, runGuide, withOutputs, ROOT } from '../../scripts/gen-docs.js';
import { configWizard } from '../../src/init/wizard.js';
import { drive } from '../init/drive.js';

const UPDATE = process.env['UPDATE_DOCS'] === '1';
const REFRESH = 'docs/huong-dan.md is out of date: run `npm run build && npx tsx scripts/gen-docs.ts` and commit it';
const TRANSCRIPT = /(<!-- transcript: init-config -->\n```text\n)([\s\S]*?)(^```$)/m;

const ROSTER = [
  'Mã đơn vị,Tên đơn vị,Cấp học,Mã đơn vị quản lý',
  'SGD-THAINGUYEN,Sở Giáo dục và Đào tạo Thái Nguyên,OFFICE,',
  'XA-BINHYEN,Ủy ban nhân dân xã Bình Yên,OFFICE,SGD-THAINGUYEN',
  'TH-BINHYEN,Trường Tiểu học Bình Yên,TH,XA-BINHYEN',
  'THCS-BINHYEN,Trường THCS Bình Yên,THCS,XA-BINHYEN',
  'THPT-DINHHOA,Trường THPT Định Hóa,THPT,SGD-THAINGUYEN',
].join('\n');

/** `edu-comms init` run through its prompts, as the screen shows it: each answered question, and what is printed between. */
async function initTranscript(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'edu-comms-guide-init-'));
  try {
    writeFileSync(join(dir, 'danh-sach-don-vi.csv'), `${ROSTER}\n`);
    // each note printed between questions is placed after the questions answered so far (one ✔ each)
    const notes: Array<{ text: string; raw: Promise<string> }> = [];
    const run = configWizard({
      lang: 'vi',
      today: '2026-08-20',
      cwd: dir,
      out: (text) => void notes.push({ text, raw: screen.getFullOutput({ raw: true }) }),
      created: new Date('2026-08-20T01:00:00Z'),
      generator: 'edu-comms',
    });
    const { code } = await drive(
      run,
      [
        { ask: /Địa danh/, answer: 'Thái Nguyên' },
        { ask: /Đơn vị soạn thảo/, answer: ['enter'] },
        { ask: /Đường dẫn tệp danh sách/, answer: 'danh-sach-don-vi.csv' },
        { ask: /Họ và tên người ký/, answer: 'Nguyễn Văn Hùng' },
        { ask: /Nơi nhận 1/, answer: 'UBND tỉnh (để báo cáo)' },
        { ask: /Nơi nhận 2/, answer: 'Giám đốc, các Phó Giám đốc Sở' },
      ],
      { ordered: true },
    );
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'edu-comms.yaml'))).toBe(true);
    const answered = (await screen.getFullOutput()).split('\n');
    let transcript = '$ edu-comms init\n';
    let shown = 0;
    for (const note of notes) {
      const done = ((await note.raw).match(/✔/g) ?? []).length;
      transcript += answered.slice(shown, done).map((l) => `${l}\n`).join('') + note.text;
      shown = done;
    }
    transcript += answered.slice(shown).map((l) => `${l}\n`).join('');
    return transcript.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('docs/huong-dan.md', () => {
  it('covers the term cycle with real commands', () => {
    const blocks = guideBlocks(readFileSync(GUIDE, 'utf8'));
    const commands = blocks.map((b) => b.command).join('\n');
    for (const step of ['init', 'template', 'validate', 'convert', 'aggregate', 'render']) expect(commands).toContain(`edu-comms ${step}`);
    expect(new Set(blocks.map((b) => b.exit))).toEqual(new Set([0, 1, 2]));
  });

  it('gives every command that depends on the date a fixed --date, and runs them on another day', () => {
    const commands = guideBlocks(readFileSync(GUIDE, 'utf8')).flatMap((b) => b.command.split('\n'));
    const dated = commands.filter((c) => /^edu-comms (validate|aggregate|render|template|convert)\b/.test(c));
    expect(dated.length).toBeGreaterThan(10);
    for (const command of dated) expect(command, command).toContain(`--date ${GUIDE_DATE}`);
    // the run's "today" is another school year than the date the guide is written for
    const runDay = new Date(Number(GUIDE_EPOCH) * 1000).toISOString().slice(0, 10);
    expect(runDay.slice(0, 4)).not.toBe(GUIDE_DATE.slice(0, 4));
    expect(runDay > '2027-08-31').toBe(true);
  });

  it('shows a real run of the init wizard', async () => {
    const transcript = await initTranscript();
    expect(transcript).toContain('✔ Cơ quan của bạn là Sở Giáo dục và Đào tạo');
    expect(transcript).toContain('Danh sách có 5 đơn vị (OFFICE 2, TH 1, THCS 1, THPT 1)');
    expect(transcript).toContain('5. Người ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn Hùng');
    expect(transcript).toContain('Đã ghi edu-comms.yaml.');
    const guide = readFileSync(GUIDE, 'utf8');
    expect(guide).toMatch(TRANSCRIPT);
    if (UPDATE) writeFileSync(GUIDE, guide.replace(TRANSCRIPT, (_all, open: string, _old: string, close: string) => open + transcript + close));
    expect(readFileSync(GUIDE, 'utf8').match(TRANSCRIPT)?.[2], REFRESH).toBe(transcript);
  });

  // some twenty runs of the binary, aggregation and DOCX rendering among them: room for a loaded 2-core machine
  it('runs every command with the exit code it is annotated with, printing what the guide shows', { timeout: 240_000 }, () => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    const guide = readFileSync(GUIDE, 'utf8');
    const runs = runGuide(guide);
    if (UPDATE) writeFileSync(GUIDE, withOutputs(guide, runs));
    const current = guideBlocks(readFileSync(GUIDE, 'utf8'));
    runs.forEach((run, i) => {
      const where = `docs/huong-dan.md:${run.block.line}: ${run.block.command}\n${run.output}`;
      expect(run.code, where).toBe(run.block.exit);
      if (current[i]!.output) expect(current[i]!.output!.text, `${REFRESH}\n${where}`).toBe(run.output);
    });
  });
});
