import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeConfigText, looksLikeRosterHeader, ownFileKind } from '../../src/validate/own-files.js';
import { looksLikeSummaryText } from '../../src/contract/summary.js';
import { EXAMPLES } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'edu-comms-own-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe("recognising the tool's own files", () => {
  it('summaries by their kind, in JSON and YAML', () => {
    expect(looksLikeSummaryText('{\n  "kind": "edu-comms-summary",')).toBe(true);
    expect(looksLikeSummaryText('# yaml-language-server: $schema=x\nkind: edu-comms-summary\n')).toBe(true);
    expect(looksLikeSummaryText('unit:\n  code: TH-A\nkind_of: edu-comms-summary\n')).toBe(false);
    expect(ownFileKind(file('tong-hop.json', '{"kind": "edu-comms-summary"}'))).toBe('summary');
    expect(ownFileKind(file('bao-cao.json', '{"unit": {"code": "TH-A"}}'))).toBeNull();
  });

  it('a configuration under any name, and never a school report', () => {
    expect(looksLikeConfigText('authority:\n  code: X\ncalendar:\n  2026-2027: {}\n')).toBe(true);
    expect(looksLikeConfigText('unit:\n  code: TH-A\nauthority: x\ncalendar: y\n')).toBe(false);
    expect(ownFileKind(file('cu.yaml', 'authority:\n  code: X\ncalendar: {}\n'))).toBe('config');
    expect(ownFileKind(join(EXAMPLES, '2026-2027', 'submissions', 'hk1-2026-2027', 'xa-binhyen', 'th-binhyen.yaml'))).toBeNull();
    expect(ownFileKind(file('edu-comms.yaml', 'anything'))).toBe('config');
  });

  it('a roster by its header row (English or Vietnamese, any separator), or by the config naming it', () => {
    expect(looksLikeRosterHeader('Mã đơn vị;Tên đơn vị;Cấp học')).toBe(true);
    expect(looksLikeRosterHeader('"code","name","level","parent"')).toBe(true);
    expect(looksLikeRosterHeader('Dấu thời gian,Mã đơn vị,Tên đơn vị')).toBe(false);
    // a responses sheet asks for the unit's code, name and level among its questions: a report, not a roster
    expect(looksLikeRosterHeader('Dấu thời gian,Mã đơn vị,Tên đơn vị,Cấp học,Số tin bài')).toBe(false);
    const named = file('don-vi.csv', 'x,y\n');
    expect(ownFileKind(named)).toBeNull();
    expect(ownFileKind(named, { rosterPath: named })).toBe('roster');
  });

  it('documents only when the folder records edu-comms wrote them; metadata by name', () => {
    expect(ownFileKind(file('cong-van.docx', 'x'))).toBeNull();
    file('.edu-comms-outputs.json', JSON.stringify({ generator: 'edu-comms', files: { 'cong-van.docx': 'sha256:0' } }));
    expect(ownFileKind(join(dir, 'cong-van.docx'))).toBe('document');
    expect(ownFileKind(file('cong-van.metadata.json', '{}'))).toBe('metadata');
  });

  it("a school's workbook of the form is a report; a workbook from elsewhere is left to the reader", () => {
    copyFileSync(join(EXAMPLES, '2026-2027', 'excel', 'th-phanme.xlsx'), join(dir, 'th-phanme.xlsx'));
    expect(ownFileKind(join(dir, 'th-phanme.xlsx'))).toBeNull();
    expect(ownFileKind(file('khac.xlsx', 'not a zip'))).toBeNull();
  });
});
