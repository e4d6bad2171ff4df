import { describe, expect, it } from 'vitest';
import rule, { isEmail, isVietnamesePhone } from '../../src/rules/contact-format.js';
import { testRule } from './rule-tester.js';

describe('isVietnamesePhone', () => {
  it.each([
    '0938.192.279', // dong-nai-1564
    '02143.845.428', // lao-cai-2024
    '0914299176', // lao-cai-2024
    '0912 345 678',
    '0912-345-678',
    '0208 3878 123',
    '+84 912 345 678',
    '+84912345678',
    '+84 2143 845 428',
    '+84-912-345-678',
  ])('accepts %s', (phone) => expect(isVietnamesePhone(phone)).toBe(true));
  it.each([
    '0912 345', // too short
    '091234567', // 9 digits
    '091234567890', // 12 digits
    '912345678', // no 0
    '84912345678', // 84 without +
    '+84 0912 345 678', // both +84 and 0
    '00912345678',
    '+1 202 555 0143', // not Vietnamese
    '0912/345/678', // slashes are not separators
    '(0208) 3878 123', // parentheses are not separators
    '0912345678 - 02083878123', // two numbers
    '0912.345.67a',
    '.0912345678',
    '0912345678.',
    '',
  ])('rejects %j', (phone) => expect(isVietnamesePhone(phone)).toBe(false));
});

describe('isEmail', () => {
  it.each(['vanphong@laocai.edu.vn', 'thanhtam.cthssv@dongnai.edu.vn', 'an.nv+bc@thpt-dinhhoa.edu.vn', 'A_B%1@X.VN'])('accepts %s', (email) =>
    expect(isEmail(email)).toBe(true),
  );
  it.each([
    'vanphong.laocai.edu.vn', // no @
    'a@@laocai.edu.vn',
    'a@b@laocai.edu.vn',
    'van phong@laocai.edu.vn', // space
    'thanhtâm@dongnai.edu.vn', // diacritics
    'vanphong@laocai', // no top-level domain
    'vanphong@laocai.v', // one-letter top-level domain
    'vanphong@laocai.edu.vn.', // trailing dot
    '.vanphong@laocai.edu.vn',
    'van..phong@laocai.edu.vn',
    'vanphong.@laocai.edu.vn',
    'vanphong@-laocai.edu.vn',
    'vanphong@laocai..vn',
    '@laocai.edu.vn',
  ])('rejects %j', (email) => expect(isEmail(email)).toBe(false));
});

testRule(rule, {
  valid: [
    { name: 'clean submission' },
    { name: 'no phones or e-mails', change: (s) => (s.contacts.leader = { name: 'Nguyễn Văn An', position: 'Hiệu trưởng' }) },
    { name: '+84 mobile', change: (s) => (s.contacts.leader!.phone = '+84 912 345 678') },
    { name: 'landline with dots, as in lao-cai-2024', change: (s) => (s.contacts.officer!.phone = '02143.845.428') },
    { name: 'spokesperson with a good phone', change: (s) => (s.contacts.spokesperson = { name: 'Lê Văn C', position: 'Phó Hiệu trưởng', phone: '0938.192.279' }) },
    { name: 'no contacts at all (rule leader-and-officer)', change: (s) => (s.contacts = {}) },
  ],
  invalid: [
    {
      name: 'leader phone too short',
      change: (s) => (s.contacts.leader!.phone = '0912 345'),
      errors: [{ messageId: 'phone', path: 'contacts.leader.phone', hintId: 'phoneHint', data: { value: '0912 345', digits: 7, label: expect.objectContaining({ vi: 'Lãnh đạo phụ trách truyền thông' }) } }],
    },
    { name: 'officer phone with 12 digits', change: (s) => (s.contacts.officer!.phone = '091234567890'), errors: [{ messageId: 'phone', path: 'contacts.officer.phone' }] },
    { name: '+84 and 0 together', change: (s) => (s.contacts.leader!.phone = '+84 0912 345 678'), errors: [{ messageId: 'phone', path: 'contacts.leader.phone' }] },
    { name: 'two numbers in one field', change: (s) => (s.contacts.officer!.phone = '0912345678; 02083878123'), errors: [{ messageId: 'phone', path: 'contacts.officer.phone' }] },
    {
      name: 'spokesperson phone and e-mail',
      change: (s) => (s.contacts.spokesperson = { name: 'Lê Văn C', position: 'Phó Hiệu trưởng', phone: '12345', email: 'c@truong' }),
      errors: [
        { messageId: 'phone', path: 'contacts.spokesperson.phone' },
        { messageId: 'email', path: 'contacts.spokesperson.email' },
      ],
    },
    {
      name: 'e-mail typed with diacritics',
      change: (s) => (s.contacts.leader!.email = 'an.nguyễn@thptdinhhoa.edu.vn'),
      errors: [{ messageId: 'email', path: 'contacts.leader.email', hintId: 'emailHint', data: { value: 'an.nguyễn@thptdinhhoa.edu.vn' } }],
    },
    {
      name: 'every field wrong',
      change: (s) => {
        s.contacts.leader!.phone = 'không có';
        s.contacts.leader!.email = 'an.nv thptdinhhoa.edu.vn';
        s.contacts.officer!.phone = '0208 3878';
        s.contacts.officer!.email = 'binh@@thptdinhhoa.edu.vn';
      },
      errors: [
        { messageId: 'phone', path: 'contacts.leader.phone', data: { digits: 0 } },
        { messageId: 'email', path: 'contacts.leader.email' },
        { messageId: 'phone', path: 'contacts.officer.phone' },
        { messageId: 'email', path: 'contacts.officer.email' },
      ],
    },
  ],
});
