/**
 * The `documents:` block of edu-comms.yaml: what `render` needs besides the summary to make a document ready to sign —
 * signer, addressees, recipients (Nơi nhận), numbers, the new deadline of a reminder. The issuer itself (governing
 * body, name, symbol, place, drafting unit) is `authority:`.
 *
 * Every field is optional here: what a document still lacks is asked for (on a terminal) or named with the flag and
 * key that give it (`metadata.ts`), instead of failing the whole config.
 *
 * Part of the contract (the config schema embeds it); render reads it.
 */
import { z } from 'zod';
import { labelled as L } from './meta.js';
import { bool, count, isoDate, oneOf, text } from './primitives.js';

export const DOCUMENT_KINDS = ['report', 'letter', 'reminder'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where the report's appendix goes: in the report's file, or in a file of its own that travels with it. */
export const APPENDIX_PLACEMENTS = ['inline', 'separate'] as const;
export type AppendixPlacement = (typeof APPENDIX_PLACEMENTS)[number];

/** Signing authority prefixes (Phụ lục I, II.7): on behalf of a collective, acting, deputy, by order, by delegation. */
export const SIGNING_AUTHORITIES = ['TM.', 'Q.', 'KT.', 'TL.', 'TUQ.'] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

export const SignerSchema = z.strictObject({
  collective: L(
    text().optional(),
    'Tập thể lãnh đạo ký thay (dòng “TM.” trên cùng)',
    'Collective body signed for (the top “TM.” line)',
    {
      vi: 'Ví dụ ỦY BAN NHÂN DÂN trong “TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”',
      en: 'e.g. ỦY BAN NHÂN DÂN in “TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH”',
    },
  ),
  authority: L(oneOf(SIGNING_AUTHORITIES).optional(), 'Quyền hạn ký (KT., TM., Q., TL., TUQ.)', 'Signing authority'),
  on_behalf_of: L(
    text().optional(),
    'Chức vụ hoặc tập thể ký thay (sau KT./TM./TL./TUQ.)',
    'Head or body signed for',
    { vi: 'Ví dụ GIÁM ĐỐC trong “KT. GIÁM ĐỐC”', en: 'e.g. GIÁM ĐỐC in “KT. GIÁM ĐỐC”' },
  ),
  title: L(text().optional(), 'Chức vụ người ký', "Signer's title"),
  name: L(text().optional(), 'Họ và tên người ký', "Signer's name"),
});
export type SignerConfig = z.output<typeof SignerSchema>;

const documentKind = {
  number: L(
    count().optional(),
    'Số văn bản (để trống cho văn thư ghi)',
    'Document number (blank for the clerk)',
  ),
  recipients: L(
    z.array(text()).optional(),
    'Nơi nhận (ngoài “Như trên” và “Lưu”)',
    'Recipients (besides “Như trên” and “Lưu”)',
  ),
  addressees: L(z.array(text()).optional(), 'Kính gửi', 'Addressees'),
  signer: L(SignerSchema.optional(), 'Người ký văn bản này', 'Signer of this document'),
};

/**
 * How much the báo cáo's narrative names before it only counts (`narrative.ts`; templates/README.md, "Báo cáo ở quy mô
 * tỉnh"). The full lists are always in the appendices.
 */
export const DEFAULT_CAPS = {
  highlights_per_child: 2,
  highlights_max: 30,
  assessment_groups: 5,
  named_units: 15,
  completeness_target: 90,
  reminder_table: 20,
  lowest_children: 5,
} as const;

export const CapsSchema = z.strictObject({
  highlights_per_child: L(
    count().optional(),
    'Số gương điển hình, khen thưởng nêu trong báo cáo cho mỗi đơn vị cấp dưới',
    'Highlights named per child unit',
    { vi: `Mặc định ${DEFAULT_CAPS.highlights_per_child}`, en: `Default ${DEFAULT_CAPS.highlights_per_child}` },
  ),
  highlights_max: L(
    count().optional(),
    'Tổng số gương điển hình (và khen thưởng) nêu trong báo cáo',
    'Highlights named in all',
    { vi: `Mặc định ${DEFAULT_CAPS.highlights_max}`, en: `Default ${DEFAULT_CAPS.highlights_max}` },
  ),
  assessment_groups: L(
    count().optional(),
    'Số nhóm ý kiến đánh giá nêu trong báo cáo cho mỗi mục',
    'Assessment sentence groups per section',
    { vi: `Mặc định ${DEFAULT_CAPS.assessment_groups}`, en: `Default ${DEFAULT_CAPS.assessment_groups}` },
  ),
  named_units: L(
    count().optional(),
    'Nêu tên đơn vị chưa báo cáo, chưa đạt, chậm hạn trong báo cáo khi không quá số này',
    'Name missing, rejected, late units in the narrative up to this many',
    { vi: `Mặc định ${DEFAULT_CAPS.named_units}`, en: `Default ${DEFAULT_CAPS.named_units}` },
  ),
  completeness_target: L(
    z.number().min(0).max(100).optional(),
    'Tỷ lệ báo cáo đạt yêu cầu (%) dùng để so sánh các đơn vị cấp dưới',
    'Completeness target (%) child units are compared against',
    { vi: `Mặc định ${DEFAULT_CAPS.completeness_target}`, en: `Default ${DEFAULT_CAPS.completeness_target}` },
  ),
  reminder_table: L(
    count().optional(),
    'Công văn đôn đốc: quá số đơn vị này thì thân công văn chỉ nêu số lượng theo đơn vị quản lý, tên các đơn vị ở bảng kèm theo',
    'Reminder: past this many units the body counts them per managing unit and a table attached lists them',
    { vi: `Mặc định ${DEFAULT_CAPS.reminder_table}`, en: `Default ${DEFAULT_CAPS.reminder_table}` },
  ),
  lowest_children: L(
    count().optional(),
    'Báo cáo có biểu đồ theo đơn vị quản lý và số đơn vị quản lý nhiều hơn gấp đôi số này: phần thân chỉ nêu số này đơn vị có tỷ lệ báo cáo đạt yêu cầu thấp nhất (biểu đồ và Phụ lục I có đủ các đơn vị)',
    'With the chart by managing unit and more than twice this many managing units: the body names only this many, those with the lowest completeness (the chart and Appendix I show them all)',
    { vi: `Mặc định ${DEFAULT_CAPS.lowest_children}`, en: `Default ${DEFAULT_CAPS.lowest_children}` },
  ),
});
export type NarrativeCaps = { [K in keyof typeof DEFAULT_CAPS]: number };

/** The caps with their defaults filled in. */
export function resolveCaps(config: z.output<typeof CapsSchema> | undefined): NarrativeCaps {
  return { ...DEFAULT_CAPS, ...Object.fromEntries(Object.entries(config ?? {}).filter(([, v]) => v !== undefined)) } as NarrativeCaps;
}

export const DocumentsConfigSchema = z.strictObject({
  parent: L(
    text().optional(),
    'Cơ quan cấp trên nhận báo cáo (Kính gửi)',
    'Parent body the report goes to',
    { vi: 'Mặc định: đơn vị quản lý trong danh sách đơn vị', en: "Default: the node's parent in the roster" },
  ),
  drafting_unit: L(text().optional(), 'Đơn vị soạn thảo (ký hiệu công văn)', 'Drafting unit (letter symbol)'),
  signer: L(SignerSchema.optional(), 'Người ký', 'Signer'),
  recipients: L(
    z.array(text()).optional(),
    'Nơi nhận của mọi văn bản (ngoài “Như trên” và “Lưu”), khi từng loại văn bản không ghi riêng',
    'Recipients of every document (besides “Như trên” and “Lưu”) unless a kind gives its own',
  ),
  eoffice: L(
    bool().optional(),
    'Trình bày văn bản điện tử để ký số (số, ngày do hệ thống cấp)',
    'Lay documents out for digital signing (number and date given by the e-office system)',
  ),
  appendix: L(
    oneOf(APPENDIX_PLACEMENTS).optional(),
    'Phụ lục: inline (cùng tệp) hoặc separate (tệp riêng)',
    'Appendix: inline (same file) or separate (own file)',
  ),
  charts: L(bool().optional(), 'Biểu đồ trong báo cáo (mặc định: có)', 'Charts in the report (default: yes)'),
  breakdown: L(
    text().optional(),
    'Báo cáo trình bày kết quả theo thuộc tính này của đơn vị (mục III.1, biểu đồ theo đơn vị, Phụ lục I), như render --by',
    'The report breaks its results down by this unit attribute (section III.1, the chart by unit, Appendix I), as render --by',
    {
      vi: 'Tên một thuộc tính (attributes) đã tổng hợp bằng aggregate --by, ví dụ địa bàn khi các trường báo cáo thẳng lên Sở; mặc định: theo đơn vị quản lý',
      en: 'An attribute (attributes) the summary was broken down by with aggregate --by, e.g. the commune when schools report straight to the Sở; default: by managing unit',
    },
  ),
  soffice: L(
    text().optional(),
    'Đường dẫn chương trình LibreOffice (soffice) để xuất PDF',
    'Path of the LibreOffice program (soffice) for PDF output',
    { vi: 'Mặc định: tìm soffice trên PATH; biến môi trường EDU_COMMS_SOFFICE được ưu tiên', en: 'Default: soffice on PATH; the EDU_COMMS_SOFFICE variable wins' },
  ),
  templates: L(
    text().optional(),
    'Thư mục mẫu văn bản đã sửa (so với tệp cấu hình)',
    'Folder of edited templates (relative to the config)',
  ),
  report: L(z.strictObject(documentKind).optional(), 'Báo cáo', 'Report'),
  caps: L(CapsSchema.optional(), 'Giới hạn nội dung nêu trong báo cáo', 'How much the report names'),
  letter: L(z.strictObject(documentKind).optional(), 'Công văn gửi báo cáo', 'Covering letter'),
  reminder: L(
    z
      .strictObject({
        ...documentKind,
        new_deadline: L(isoDate().optional(), 'Hạn nộp mới', 'New deadline'),
      })
      .optional(),
    'Công văn đôn đốc',
    'Reminder',
  ),
});
export type DocumentsConfig = z.output<typeof DocumentsConfigSchema>;
