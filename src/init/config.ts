/**
 * `edu-comms init`: from the wizard's answers to `edu-comms.yaml`. Pure: no prompts, no files, so tests inject answers.
 *
 * The file is written in the style of the bundled example: a comment per section, one unit per line, and the term
 * dates of the school year on one line each, so a clerk can read and edit it later.
 */
import { CONFIG_SCHEMA_FILE } from '../contract/json-schema.js';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Config, Preset, RosterUnit, TermDates } from '../contract/config.js';
import type { Level } from '../contract/constants.js';
import { t, type Lang } from '../i18n/index.js';
import type { SignerConfig } from '../contract/documents.js';

export interface AuthorityAnswers {
  code: string;
  /** Empty for a commune or ward People's Committee (no line above it in the header). */
  governing_body: string;
  name: string;
  symbol: string;
  place: string;
  drafting_unit?: string;
}

export type RosterAnswer =
  /** Units typed in (or copied from a roster file): written into `units:`. */
  | { kind: 'inline'; units: RosterUnit[] }
  /** A roster file kept beside the config: written as `units_file:`, relative to the config's folder. */
  | { kind: 'file'; file: string };

export interface DocumentsAnswers {
  /** Only the lines given: an empty name is left out, and render asks for it. */
  signer: SignerConfig;
  /** Nơi nhận besides “Như trên” and “Lưu” (added by render). */
  recipients: string[];
}

export interface ConfigAnswers {
  authority: AuthorityAnswers;
  /** The signature block and the recipients of documents (`documents.signer`, `documents.recipients`). */
  documents?: DocumentsAnswers;
  school_year: string;
  terms: { HK1: TermDates; HK2: TermDates };
  preset: Preset;
  roster: RosterAnswer;
}

/**
 * Which kind of office sets up the folder: it only changes the defaults offered. Since 1 July 2025 the issuers are the
 * Sở, the commune or ward People's Committee (its Phòng Văn hóa - Xã hội drafts) and the schools; `office` (a district
 * Phòng GD&ĐT) stays for the years before the reform.
 */
export const OFFICE_KINDS = ['department', 'commune', 'ward', 'school', 'office', 'other'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/**
 * Problems of a school year's term dates, as catalogue keys: each term starts before it ends, the reporting deadline
 * falls inside the term, and HK2 starts after HK1.
 */
export function termProblems(terms: { HK1: TermDates; HK2: TermDates }): Array<'init.calendar.order' | 'init.calendar.deadline' | 'init.calendar.overlap'> {
  const problems: Array<'init.calendar.order' | 'init.calendar.deadline' | 'init.calendar.overlap'> = [];
  for (const term of [terms.HK1, terms.HK2]) {
    if (term.start >= term.end) problems.push('init.calendar.order');
    else if (term.deadline !== undefined && (term.deadline < term.start || term.deadline > term.end)) problems.push('init.calendar.deadline');
  }
  if (terms.HK2.start <= terms.HK1.end) problems.push('init.calendar.overlap');
  return [...new Set(problems)];
}

/** `Thái Nguyên` → `THAINGUYEN`: a unit code made of the place name without marks or spaces. */
export function codeSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '');
}

/** A unit code: letters, digits and hyphens, as in the roster of the example (`TH-BINHYEN`). */
export const UNIT_CODE_RE = /^[A-Z0-9][A-Z0-9-]*$/;

export interface AuthorityDefaults {
  governing_body: string;
  /** The drafting unit offered (`VP` at the Sở, `VHXH` at a commune: Phòng Văn hóa - Xã hội). */
  drafting_unit: string;
  signer?: SignerConfig;
  name: string;
  symbol: string;
  code: string;
  /** The authority's own name in the roster (the header `name` is the capitalised document form). */
  unit_name: string;
  level: Level;
}

/** What the wizard offers for an office of this kind in this place (Nghị định 30/2020 header conventions). */
export function authorityDefaults(kind: OfficeKind, place: string): AuthorityDefaults {
  const upper = place.toLocaleUpperCase('vi');
  const slug = codeSlug(place);
  switch (kind) {
    case 'department':
      return {
        governing_body: `UBND ${/^(TỈNH|THÀNH PHỐ)\s/.test(upper) ? upper : `TỈNH ${upper}`}`,
        name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
        symbol: 'SGDĐT',
        code: `SGD-${slug}`,
        unit_name: `Sở Giáo dục và Đào tạo ${place}`,
        level: 'OFFICE',
        drafting_unit: 'VP',
        signer: { authority: 'KT.', on_behalf_of: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC' },
      };
    case 'commune':
    case 'ward': {
      // `Định Hóa` or `xã Định Hóa`: the unit's own word is added when the clerk did not type it
      const word = kind === 'commune' ? 'xã' : 'phường';
      const local = /^(xã|phường|đặc khu)\s/i.test(place) ? place.replace(/^\S+/, (w) => w.toLocaleLowerCase('vi')) : `${word} ${place}`;
      const bare = local.replace(/^(xã|phường|đặc khu)\s+/i, '');
      return {
        governing_body: '',
        name: `ỦY BAN NHÂN DÂN ${local.toLocaleUpperCase('vi')}`,
        symbol: 'UBND',
        code: `${kind === 'commune' ? 'XA' : 'PHUONG'}-${codeSlug(bare)}`,
        unit_name: `Ủy ban nhân dân ${local}`,
        level: 'OFFICE',
        drafting_unit: 'VHXH',
        // the chair signs for the committee; a vice-chair in charge of culture and society signs KT.
        signer: { collective: 'ỦY BAN NHÂN DÂN', authority: 'KT.', on_behalf_of: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' },
      };
    }
    case 'office':
      return {
        governing_body: `UBND ${/^(HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|XÃ|PHƯỜNG)\s/.test(upper) ? upper : `HUYỆN ${upper}`}`,
        name: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
        symbol: 'PGDĐT',
        code: `PGD-${slug}`,
        unit_name: `Phòng Giáo dục và Đào tạo ${place}`,
        level: 'OFFICE',
        drafting_unit: '',
      };
    case 'school':
      // a preschool, primary or lower-secondary school is managed by its commune or ward since 1 July 2025
      return {
        governing_body: `UBND ${/^(XÃ|PHƯỜNG|ĐẶC KHU)\s/.test(upper) ? upper : `XÃ ${upper}`}`,
        name: '',
        symbol: '',
        code: slug,
        unit_name: '',
        level: 'TH',
        drafting_unit: '',
        signer: { title: 'HIỆU TRƯỞNG' },
      };
    case 'other':
      return { governing_body: '', name: '', symbol: '', code: slug, unit_name: '', level: 'OFFICE', drafting_unit: '' };
  }
}

/** The unit that stands for the authority at the top of a typed-in roster. */
export function authorityUnit(authority: AuthorityAnswers, unitName: string, level: Level): RosterUnit {
  return { code: authority.code, name: unitName, level };
}

function documentsOf(answers: DocumentsAnswers | undefined): Pick<Config, 'documents'> {
  if (!answers) return {};
  const signer = Object.fromEntries(Object.entries(answers.signer).filter(([, v]) => v !== undefined && v !== '')) as SignerConfig;
  const documents = {
    ...(Object.keys(signer).length > 0 ? { signer } : {}),
    ...(answers.recipients.length > 0 ? { recipients: answers.recipients } : {}),
  };
  return Object.keys(documents).length > 0 ? { documents } : {};
}

/** The config object written to `edu-comms.yaml` (it passes `ConfigSchema`). */
export function configObject(answers: ConfigAnswers): Config {
  const { authority } = answers;
  return {
    authority: {
      code: authority.code,
      ...(authority.governing_body ? { governing_body: authority.governing_body } : {}),
      name: authority.name,
      symbol: authority.symbol,
      place: authority.place,
      ...(authority.drafting_unit ? { drafting_unit: authority.drafting_unit } : {}),
    },
    calendar: { [answers.school_year]: { HK1: answers.terms.HK1, HK2: answers.terms.HK2 } },
    rules: { preset: answers.preset, severity: {}, options: {} },
    ...(answers.roster.kind === 'inline' ? { units: answers.roster.units } : { units_file: answers.roster.file }),
    ...documentsOf(answers.documents),
  };
}

/** `edu-comms.yaml` as text, with comments in the chosen language. */
export function configYaml(answers: ConfigAnswers, lang: Lang): string {
  const config = configObject(answers);
  const doc = new Document(config);
  doc.commentBefore = ` yaml-language-server: $schema=./${CONFIG_SCHEMA_FILE}\n ${t('init.yaml.header', lang)}\n ${t('init.yaml.schema_hint', lang)}`;
  const root = doc.contents as YAMLMap;
  const section = (key: string) => root.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === key);

  const comment = (key: string, text: string) => {
    const pair = section(key);
    if (pair && pair.key && typeof pair.key === 'object') Object.assign(pair.key, { commentBefore: ` ${text}`, spaceBefore: key !== 'authority' });
  };
  comment('authority', t('init.yaml.authority', lang));
  comment('calendar', t('init.yaml.calendar', lang));
  comment('rules', t('init.yaml.rules', lang));
  comment('documents', t('init.yaml.documents', lang));
  comment(answers.roster.kind === 'inline' ? 'units' : 'units_file', t(answers.roster.kind === 'inline' ? 'init.yaml.units' : 'init.yaml.units_file', lang));

  // the rules section: say how to change a rule's severity without writing an empty `severity: {}` the clerk must learn
  const rules = section('rules')?.value;
  if (isMap(rules)) {
    rules.items = rules.items.filter((p) => String((p.key as { value?: unknown }).value) === 'preset');
    rules.comment = ` ${t('init.yaml.rules_severity', lang)}`;
  }

  // one line per term and per unit, as in the example
  const calendar = section('calendar')?.value;
  if (isMap(calendar)) {
    for (const year of calendar.items) {
      if (!isMap(year.value)) continue;
      for (const term of year.value.items) if (isMap(term.value)) term.value.flow = true;
      year.value.comment = ` ${t('init.yaml.monthly_deadline', lang)}`;
    }
  }
  const units = section('units')?.value;
  if (isSeq(units)) for (const unit of units.items) if (isMap(unit)) unit.flow = true;

  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
