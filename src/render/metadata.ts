/**
 * Document metadata: who issues the document, its number and date, whom it is addressed to, who signs it and who
 * receives copies. It comes from edu-comms.yaml (`authority:` and `documents:`), from flags, and from the roster; what
 * is still missing is listed with the flag and the config key that give it, so the CLI can ask or say exactly what to
 * add. Pure: no I/O.
 */
import type { Config } from '../contract/config.js';
import type { Roster } from '../contract/roster.js';
import type { Summary } from '../contract/summary.js';
import type { MessageKey } from '../i18n/index.js';
import type { DocumentKind, SignerConfig } from '../contract/documents.js';
import { upperVi } from './vn.js';
import { addDays, shortDate } from '../util/dates.js';

export interface Issuer {
  /** Null for a commune or ward People's Committee: nothing stands above `ỦY BAN NHÂN DÂN / XÃ …` in its header. */
  governing_body: string | null;
  name: string;
  symbol: string;
  place: string;
  drafting_unit: string | null;
}

export interface DocumentMeta {
  kind: DocumentKind;
  issuer: Issuer;
  /** Null leaves the number blank for the clerk to write when the document is registered. */
  number: number | null;
  /** `BC-SGDĐT` for the report; `SGDĐT-VP` (issuer-drafting unit, no type) for công văn. */
  symbol: string;
  /** ISO date of the document. */
  date: string;
  /** The body the report or letter goes to (`Kính gửi`), or null. */
  parentName: string | null;
  /** `Kính gửi` lines: one addressee is written on the same line, several as a list. */
  addressees: string[];
  /** The signature block: authority-and-title lines (UPPER), then the name. */
  signer: { lines: string[]; name: string };
  /** `Nơi nhận` entries without the leading dash and the final punctuation, `Lưu: VT, …` last. */
  recipients: string[];
  /** The reminder's new deadline (ISO), or null. */
  newDeadline: string | null;
  /**
   * A reminder written while the period's official deadline has not passed yet (the document date is on or before
   * it): worded as an advance reminder, with no reproach for lateness (`reminder.advance` in templates).
   */
  advance: boolean;
  /**
   * The values edu-comms filled in by itself because nobody gave them (`fillDrafts`): the document then carries a
   * visible DỰ THẢO mark listing them, and its metadata file says which they were. Null when every value was given.
   */
  draft: DraftNote | null;
  /**
   * Laid out for digital signing in the e-office system (Điều 15.3): number and date are left for the system to
   * fill, and the signature block keeps room for the signature image and the seal.
   */
  electronic: boolean;
}

/** Values given on the command line or answered at a prompt; they win over the config. */
export interface MetadataFlags {
  number?: number;
  signerName?: string;
  signerTitle?: string;
  to?: string;
  deadline?: string;
  /** Prompt answers only (no flag): the config keys are the usual place for these. */
  onBehalfOf?: string;
  draftingUnit?: string;
  /** `--eoffice`: electronic-document mode, over `documents.eoffice`. */
  eoffice?: boolean;
}

/** Something a document needs and nobody gave: the label, and where it can be given. */
export interface MissingField {
  id: 'signer.name' | 'signer.title' | 'signer.on_behalf_of' | 'parent' | 'drafting_unit' | 'new_deadline';
  label: MessageKey;
  flag: string | null;
  configKey: string;
  /** What a prompt should accept. */
  value: 'text' | 'date';
}

export interface MetadataInput {
  kind: DocumentKind;
  config: Config;
  roster: Roster;
  summary: Summary;
  flags: MetadataFlags;
  /** The document date, ISO. */
  date: string;
  /** Values of `flags` that are the tool's own defaults, not the clerk's (from `fillDrafts`). */
  defaults?: readonly DraftedValue[];
}

/** A value edu-comms filled in by itself: which field, what it wrote, and where the real value can be given. */
export interface DraftedValue {
  id: MissingField['id'];
  /** As given to the document (`''` for a name left blank to be written by hand). */
  value: string;
  flag: string | null;
  configKey: string;
}

export interface DraftNote {
  values: DraftedValue[];
  /** The italic line under the mark: what was filled in and how to give it (Vietnamese, as the document). */
  line: string;
}

/** The flag (or prompt answer) each missing field is given by. */
export const FLAG_OF: Record<MissingField['id'], keyof MetadataFlags> = {
  'signer.name': 'signerName',
  'signer.title': 'signerTitle',
  'signer.on_behalf_of': 'onBehalfOf',
  parent: 'to',
  drafting_unit: 'draftingUnit',
  new_deadline: 'deadline',
};

/** The fields' names as the draft line of a document writes them. */
const DRAFT_LABELS: Record<MissingField['id'], string> = {
  'signer.name': 'họ tên người ký',
  'signer.title': 'chức vụ người ký',
  'signer.on_behalf_of': 'chức vụ ký thay',
  parent: 'nơi nhận (Kính gửi)',
  drafting_unit: 'đơn vị soạn thảo',
  new_deadline: 'hạn nộp mới',
};

/** The DỰ THẢO line: `họ tên người ký: để trống (--signer-name hoặc documents.signer.name); …`. */
export function draftLine(values: readonly DraftedValue[]): string {
  const items = values.map((v) => {
    const shown = v.value === '' ? 'để trống' : v.id === 'new_deadline' ? shortDate(v.value) : `“${v.value}”`;
    const how = v.flag ? `${v.flag} hoặc ${v.configKey}` : v.configKey;
    return `${DRAFT_LABELS[v.id]}: ${shown} (${how})`;
  });
  return `Văn bản dự thảo — edu-comms tự điền: ${items.join('; ')}. Cho giá trị thật bằng tham số hoặc khóa trong edu-comms.yaml ghi trong ngoặc rồi lập lại văn bản thì hết dấu DỰ THẢO.`;
}

/**
 * Whether a reminder dated `date` is an advance one: the period has an official deadline and it has not passed (the
 * deadline day itself is still on time, as for `late-submission`).
 */
export function isAdvanceReminder(summary: Pick<Summary, 'period'>, date: string): boolean {
  const deadline = summary.period.deadline ?? null;
  return deadline !== null && date <= deadline;
}

/**
 * No one to ask (no terminal): give every missing field its draft value (`draftValue`). Returns the flags to resolve
 * again with and the values drafted (pass both to `resolveMetadata`), or the fields that have no honest default.
 */
export function fillDrafts(input: MetadataInput, missing: readonly MissingField[]): { flags: MetadataFlags; defaults: DraftedValue[]; undecided: MissingField[] } {
  const defaults: DraftedValue[] = [];
  const undecided: MissingField[] = [];
  for (const field of missing) {
    const value = draftValue(field, { config: input.config, date: input.date, deadline: input.summary.period.deadline ?? null });
    if (value === undefined) undecided.push(field);
    else defaults.push({ id: field.id, value, flag: field.flag, configKey: field.configKey });
  }
  const flags: MetadataFlags = { ...input.flags, ...Object.fromEntries(defaults.map((d) => [FLAG_OF[d.id], d.value])) };
  return { flags, defaults: undecided.length > 0 ? [] : defaults, undecided };
}

/** `Nơi nhận` entries are written without their punctuation in the config; the layout adds `;` and `.`. */
const bare = (entry: string) => entry.trim().replace(/^-\s*/, '').replace(/[;.,]+$/, '').trim();

/**
 * The lines above the signature: `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`, `Q. GIÁM ĐỐC`, or the title alone; a collective
 * body's `TM.` line on top where one is set (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`).
 */
export function signerLines(signer: Pick<SignerConfig, 'authority' | 'on_behalf_of' | 'collective'> & { title: string }): string[] {
  const title = upperVi(signer.title);
  const collective = signer.collective && signer.authority !== 'TM.' ? [`TM. ${upperVi(signer.collective)}`] : [];
  if (!signer.authority) return [...collective, title];
  if (signer.authority === 'Q.') return [...collective, `Q. ${title}`];
  return [...collective, `${signer.authority} ${upperVi(signer.on_behalf_of ?? '')}`, title];
}

/** More directly managed units than this to remind: the reminder addresses them as one line, “Các đơn vị trực thuộc …”. */
export const DIRECT_ADDRESSEES = 5;

/** The unit a reminder is addressed to for a late or missing unit: the child of the node on the way down to it. */
function addresseeFor(code: string, node: string, roster: Roster, summary: Summary): string {
  const child = roster.childOnPath(node, code);
  if (child) return child.name;
  const row = summary.units.find((u) => u.code === code);
  return row?.name ?? code;
}

export function resolveMetadata(input: MetadataInput): { meta: DocumentMeta | null; missing: MissingField[] } {
  const { kind, config, roster, summary, flags, date } = input;
  const documents = config.documents ?? {};
  const perKind = documents[kind] ?? {};
  const missing: MissingField[] = [];
  const isLetter = kind !== 'report';

  const draftingUnit = flags.draftingUnit ?? documents.drafting_unit ?? config.authority.drafting_unit ?? null;
  if (isLetter && draftingUnit === null) {
    missing.push({ id: 'drafting_unit', label: 'render.meta.drafting_unit', flag: null, configKey: 'authority.drafting_unit', value: 'text' });
  }

  const signer = { ...documents.signer, ...perKind.signer, ...(flags.onBehalfOf ? { on_behalf_of: flags.onBehalfOf } : {}) };
  const name = flags.signerName ?? signer.name;
  const title = flags.signerTitle ?? signer.title;
  if (!title) missing.push({ id: 'signer.title', label: 'render.meta.signer_title', flag: '--signer-title', configKey: 'documents.signer.title', value: 'text' });
  // an empty name is a deliberate blank (a draft signed by hand), not a missing one
  if (name === undefined) missing.push({ id: 'signer.name', label: 'render.meta.signer_name', flag: '--signer-name', configKey: 'documents.signer.name', value: 'text' });
  if (signer.authority && signer.authority !== 'Q.' && !signer.on_behalf_of) {
    missing.push({ id: 'signer.on_behalf_of', label: 'render.meta.on_behalf_of', flag: null, configKey: 'documents.signer.on_behalf_of', value: 'text' });
  }

  const rosterParent = roster.byCode.get(summary.node.code)?.parent;
  const parentName = flags.to ?? documents.parent ?? (rosterParent ? roster.byCode.get(rosterParent)?.name : undefined) ?? null;
  if (kind === 'letter' && parentName === null) {
    missing.push({ id: 'parent', label: 'render.meta.parent', flag: '--to', configKey: 'documents.parent', value: 'text' });
  }

  let newDeadline: string | null = null;
  if (kind === 'reminder') {
    newDeadline = flags.deadline ?? documents.reminder?.new_deadline ?? null;
    if (newDeadline === null) {
      missing.push({ id: 'new_deadline', label: 'render.meta.new_deadline', flag: '--deadline', configKey: 'documents.reminder.new_deadline', value: 'date' });
    }
  }

  if (missing.length > 0) return { meta: null, missing };

  let addressees: string[];
  if (kind === 'reminder') {
    const codes = [...summary.lists.missing, ...summary.lists.rejected, ...summary.lists.late].map((u) => u.code);
    // the offices by name; the units the node manages directly by name too, unless there are more than a few of them
    const isDirect = (c: string) => {
      const child = roster.childOnPath(summary.node.code, c);
      return child ? child.code === c && child.level !== 'OFFICE' : (summary.units.find((u) => u.code === c)?.parent ?? summary.node.code) === summary.node.code;
    };
    const direct = new Set(codes.filter(isDirect));
    const collapse = direct.size > DIRECT_ADDRESSEES;
    const computed = [
      ...new Set(
        codes.map((c) => (collapse && direct.has(c) ? `Các đơn vị trực thuộc ${summary.node.name}` : addresseeFor(c, summary.node.code, roster, summary))),
      ),
    ];
    addressees = perKind.addressees ?? computed;
  } else {
    addressees = perKind.addressees ?? (parentName ? [parentName] : []);
  }

  const recipients = [
    ...(addressees.length > 0 ? ['Như trên'] : []),
    ...(perKind.recipients ?? documents.recipients ?? []).map(bare).filter((r) => r !== ''),
    draftingUnit ? `Lưu: VT, ${draftingUnit}` : 'Lưu: VT',
  ];

  const issuer: Issuer = { ...config.authority, governing_body: config.authority.governing_body ?? null, drafting_unit: draftingUnit };
  // a default counts only while the value in use is still that default (a flag given on top of it wins)
  const drafted = (input.defaults ?? []).filter((d) => flags[FLAG_OF[d.id]] === d.value);
  const electronic = flags.eoffice ?? documents.eoffice ?? false;
  return {
    meta: {
      kind,
      issuer,
      // `number: 0` in the config, like no number at all, leaves the number blank for the clerk
      // an electronic document gets its number from the system when it is issued
      number: !electronic && (flags.number ?? perKind.number ?? 0) > 0 ? (flags.number ?? perKind.number)! : null,
      symbol: isLetter ? `${issuer.symbol}-${draftingUnit}` : `BC-${issuer.symbol}`,
      date,
      parentName,
      addressees,
      signer: { lines: signerLines({ ...signer, title: title! }), name: name ?? '' },
      recipients,
      newDeadline,
      advance: kind === 'reminder' && isAdvanceReminder(summary, date),
      draft: drafted.length > 0 ? { values: drafted, line: draftLine(drafted) } : null,
      electronic,
    },
    missing: [],
  };
}

/** Days between the later of the document date and the official deadline, and a default new deadline. */
export const DRAFT_DEADLINE_DAYS = 7;

/**
 * What a draft uses for a detail nobody gave, when there is no terminal to ask on: the head's usual title for the
 * kind of issuing body, a blank name to be written in by hand, the sector's parent body, the usual drafting unit, a new
 * deadline a week after the later of the letter's date and the period's official deadline (`deadline`), so it is never
 * before either. Undefined where no honest default exists (the caller then stops and says what to add).
 */
export function draftValue(field: MissingField, input: Pick<MetadataInput, 'config' | 'date'> & { deadline?: string | null }): string | undefined {
  const issuer = upperVi(input.config.authority.name);
  switch (field.id) {
    case 'signer.title':
      if (issuer.includes('SỞ')) return 'GIÁM ĐỐC';
      if (issuer.includes('PHÒNG')) return 'TRƯỞNG PHÒNG';
      if (issuer.includes('TRƯỜNG')) return 'HIỆU TRƯỞNG';
      if (issuer.includes('ỦY BAN') || issuer.includes('UBND')) return 'CHỦ TỊCH';
      return 'THỦ TRƯỞNG ĐƠN VỊ';
    case 'signer.name':
      return '';
    case 'parent':
      return issuer.includes('SỞ GIÁO DỤC') ? 'Bộ Giáo dục và Đào tạo' : undefined;
    case 'drafting_unit':
      return 'VP';
    case 'new_deadline': {
      const from = input.deadline && input.deadline > input.date ? input.deadline : input.date;
      return addDays(from, DRAFT_DEADLINE_DAYS);
    }
    case 'signer.on_behalf_of':
      return undefined;
  }
}
