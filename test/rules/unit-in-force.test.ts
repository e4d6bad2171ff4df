import rule from '../../src/rules/unit-in-force.js';
import unitKnown from '../../src/rules/unit-known.js';
import { buildRoster, rosterAt } from '../../src/contract/roster.js';
import type { RosterUnit } from '../../src/contract/config.js';
import { testRule } from './rule-tester.js';

// the district office ended with school year 2024-2025; two communes took its schools; a school merged into another
const history: RosterUnit[] = [
  { code: 'SGD-TEST', name: 'Sở GD&ĐT', level: 'OFFICE' },
  { code: 'PGD-DINHHOA', name: 'Phòng GD&ĐT Định Hóa', level: 'OFFICE', parent: 'SGD-TEST', valid_until: '2024-2025' },
  { code: 'XA-DINHHOA', name: 'UBND xã Định Hóa', level: 'OFFICE', parent: 'SGD-TEST', valid_from: '2025-2026', replaces: ['PGD-DINHHOA'] },
  { code: 'XA-BINHYEN', name: 'UBND xã Bình Yên', level: 'OFFICE', parent: 'SGD-TEST', valid_from: '2025-2026', replaces: ['PGD-DINHHOA'] },
  { code: 'TH-BINHYEN', name: 'Trường TH Bình Yên', level: 'TH', parent: 'PGD-DINHHOA', valid_until: '2024-2025' },
  { code: 'TH-BINHYEN', name: 'Trường TH Bình Yên', level: 'TH', parent: 'XA-BINHYEN', valid_from: '2025-2026' },
  { code: 'THCS-GIANGTIEN', name: 'Trường THCS Giang Tiên', level: 'THCS', parent: 'PGD-DINHHOA', valid_until: '2024-2025' },
  { code: 'THCS-BINHYEN', name: 'Trường THCS Bình Yên', level: 'THCS', parent: 'PGD-DINHHOA', valid_until: '2024-2025' },
  { code: 'THCS-BINHYEN', name: 'Trường THCS Bình Yên', level: 'THCS', parent: 'XA-BINHYEN', valid_from: '2025-2026', replaces: ['THCS-GIANGTIEN'] },
  { code: 'THPT-DINHHOA', name: 'Trường THPT Định Hóa', level: 'THPT', parent: 'SGD-TEST' },
  { code: 'THPT-MOI', name: 'Trường THPT mới', level: 'THPT', parent: 'SGD-TEST', valid_from: '2026-2027' },
  { code: 'TH-DONG', name: 'Trường TH đã đóng', level: 'TH', parent: 'PGD-DINHHOA', valid_until: '2023-2024' },
];
const whole = buildRoster(history);
const y2024 = rosterAt(whole, '2024-2025');
const y2026 = rosterAt(whole, '2026-2027');

testRule(rule, {
  valid: [
    { name: 'a unit in force (the clean submission, 2024-2025)', roster: y2024 },
    { name: 'a unit with one version in force that year', roster: y2026, change: (s) => (s.unit = { code: 'TH-BINHYEN', name: 'Trường TH Bình Yên', level: 'TH', parent: 'XA-BINHYEN' }) },
    { name: 'a district office in 2024-2025', roster: y2024, change: (s) => (s.unit = { code: 'PGD-DINHHOA', name: 'Phòng GD&ĐT Định Hóa', level: 'OFFICE' }) },
    { name: 'a code in no roster at all is left to unit-known', roster: y2026, change: (s) => (s.unit.code = 'TH-KHONGCO') },
    { name: 'the whole roster (no period) says nothing', roster: whole, change: (s) => (s.unit.code = 'PGD-DINHHOA') },
  ],
  invalid: [
    {
      name: 'a 2026-2027 report from the district office that ended in 2025 names its successors',
      roster: y2026,
      change: (s) => (s.unit = { code: 'PGD-DINHHOA', name: 'Phòng GD&ĐT Định Hóa', level: 'OFFICE' }),
      errors: [{ messageId: 'ended', hintId: 'endedHint', path: 'unit.code', data: { until: '2024-2025', year: '2026-2027', successors: 'XA-DINHHOA (UBND xã Định Hóa), XA-BINHYEN (UBND xã Bình Yên)' } }],
    },
    {
      name: 'a merged school names the school it merged into',
      roster: y2026,
      change: (s) => (s.unit = { code: 'THCS-GIANGTIEN', name: 'Trường THCS Giang Tiên', level: 'THCS', parent: 'PGD-DINHHOA' }),
      errors: [{ messageId: 'ended', path: 'unit.code', data: { successors: 'THCS-BINHYEN (Trường THCS Bình Yên)' } }],
    },
    {
      name: 'a school that closed with no successor',
      roster: y2024,
      change: (s) => (s.unit = { code: 'TH-DONG', name: 'Trường TH đã đóng', level: 'TH', parent: 'PGD-DINHHOA' }),
      errors: [{ messageId: 'endedNoSuccessor', hintId: 'endedNoSuccessorHint', path: 'unit.code', data: { until: '2023-2024', year: '2024-2025' } }],
    },
    {
      name: 'a unit that exists only from a later year',
      roster: y2024,
      change: (s) => (s.unit = { code: 'THPT-MOI', name: 'Trường THPT mới', level: 'THPT', parent: 'SGD-TEST' }),
      errors: [{ messageId: 'notYet', path: 'unit.code', data: { from: '2026-2027', year: '2024-2025' } }],
    },
  ],
});

// unit-known leaves a unit of another year's roster to unit-in-force, and still checks the parent of that year
testRule(unitKnown, {
  valid: [{ name: 'an ended unit is not "unknown"', roster: y2026, change: (s) => (s.unit = { code: 'PGD-DINHHOA', name: 'Phòng', level: 'OFFICE' }) }],
  invalid: [
    {
      name: 'the pre-reform parent of a school in 2026-2027 is corrected to its commune',
      roster: y2026,
      change: (s) => (s.unit = { code: 'TH-BINHYEN', name: 'Trường TH Bình Yên', level: 'TH', parent: 'PGD-DINHHOA' }),
      errors: [{ messageId: 'parent', path: 'unit.parent', data: { expected: 'XA-BINHYEN' } }],
    },
  ],
});
