/**
 * The metadata file written next to each document (`<name>.metadata.json`): the fields of Nghị định 30/2020/NĐ-CP,
 * Phụ lục VI (what an electronic document-management system records for an outgoing document) that edu-comms knows, so
 * the clerk can paste or import them into the e-office system instead of retyping them.
 *
 * Fields the system itself assigns (the document's identifier code, the number and date when the document is issued
 * electronically) are null here. `edu-comms schema --of document-metadata` prints the JSON Schema.
 */
import { z } from 'zod';
import { labelled as L } from './meta.js';

export const DOCUMENT_METADATA_VERSION = 1;
export const DOCUMENT_METADATA_SCHEMA_ID = 'https://edu-comms.local/schema/document-metadata-v1.json';

const nonEmpty = () => z.string().min(1);
const iso = () => z.iso.date();

export const DocumentMetadataSchema = z.strictObject({
  schema_version: z.literal(DOCUMENT_METADATA_VERSION),
  issuing_organ: L(
    z.strictObject({
      governing_body: L(nonEmpty().nullable(), 'Tên cơ quan, tổ chức chủ quản (null: không có)', 'Governing body (null: none)'),
      name: L(nonEmpty(), 'Tên cơ quan, tổ chức ban hành văn bản', 'Issuing body'),
      code: L(nonEmpty(), 'Mã đơn vị (danh sách đơn vị)', 'Unit code (roster)'),
      symbol: L(nonEmpty(), 'Chữ viết tắt tên cơ quan', 'Abbreviation of the issuing body'),
    }),
    'Cơ quan ban hành',
    'Issuing organ',
  ),
  document_type: L(nonEmpty(), 'Tên loại văn bản', 'Document type'),
  document_type_code: L(z.enum(['BC', 'CV']), 'Chữ viết tắt tên loại (BC báo cáo, CV công văn)', 'Type abbreviation'),
  number: L(z.number().int().min(1).nullable(), 'Số của văn bản (null: hệ thống hoặc văn thư cấp)', 'Number (null: given at registration)'),
  notation: L(nonEmpty(), 'Ký hiệu của văn bản', 'Notation'),
  number_and_notation: L(nonEmpty(), 'Số, ký hiệu (như dòng “Số:”)', 'Number and notation, as on the “Số:” line'),
  issue_date: L(iso().nullable(), 'Ngày, tháng, năm văn bản (null: hệ thống cấp khi ban hành)', 'Issue date (null: given at issue)'),
  place: L(nonEmpty(), 'Địa danh', 'Place'),
  subject: L(nonEmpty(), 'Trích yếu nội dung', 'Subject (trích yếu)'),
  language: L(z.literal('vi'), 'Ngôn ngữ', 'Language'),
  page_count: L(z.number().int().min(1).nullable(), 'Số trang (của tệp PDF; null khi chỉ có DOCX)', 'Pages (of the PDF; null for DOCX only)'),
  signer: L(
    z.strictObject({
      name: L(z.string(), 'Họ và tên người ký (rỗng: ký tay, chưa ghi)', "Signer's name (empty: not given)"),
      position: L(nonEmpty(), 'Chức vụ người ký', "Signer's position"),
      authority_lines: L(z.array(nonEmpty()).min(1), 'Quyền hạn, chức vụ như trên văn bản', 'Authority and title lines as printed'),
    }),
    'Người ký',
    'Signer',
  ),
  addressees: L(z.array(nonEmpty()), 'Kính gửi', 'Addressees'),
  recipients: L(z.array(nonEmpty()), 'Nơi nhận', 'Recipients'),
  priority: L(z.enum(['thường', 'khẩn', 'thượng khẩn', 'hỏa tốc']), 'Mức độ khẩn', 'Urgency'),
  confidentiality: L(z.literal('thường'), 'Độ mật', 'Secrecy'),
  reply_due: L(iso().nullable(), 'Hạn trả lời, hạn xử lý (hạn nộp mới của công văn đôn đốc)', 'Reply due (the reminder’s new deadline)'),
  electronic: L(z.boolean(), 'Trình bày để ký số và ban hành điện tử', 'Laid out for digital signing'),
  draft: L(
    z.boolean(),
    'Dự thảo: có giá trị do edu-comms tự điền (văn bản mang dấu DỰ THẢO)',
    'Draft: some values were filled in by edu-comms (the document is marked DỰ THẢO)',
  ),
  defaults: L(
    z.array(
      z.strictObject({
        field: L(
          z.enum(['signer.name', 'signer.title', 'signer.on_behalf_of', 'parent', 'drafting_unit', 'new_deadline']),
          'Giá trị được tự điền',
          'The value filled in',
        ),
        value: L(z.string(), 'Giá trị đã điền (rỗng: để trống)', 'The value used (empty: left blank)'),
        flag: L(nonEmpty().nullable(), 'Tham số dòng lệnh cho giá trị thật', 'The flag that gives the real value'),
        config_key: L(nonEmpty(), 'Khóa trong edu-comms.yaml cho giá trị thật', 'The edu-comms.yaml key that gives the real value'),
      }),
    ),
    'Các giá trị edu-comms tự điền vì chưa ai cho (rỗng: mọi giá trị đều được cho)',
    'Values edu-comms filled in because nobody gave them (empty: every value was given)',
  ),
  files: L(
    z.strictObject({
      document: L(z.array(nonEmpty()).min(1), 'Tệp văn bản', 'Document files'),
      attachments: L(z.array(nonEmpty()), 'Tệp phụ lục kèm theo', 'Appendix files'),
    }),
    'Tệp',
    'Files',
  ),
});
export type DocumentMetadata = z.output<typeof DocumentMetadataSchema>;

/** The JSON Schema (draft 2020-12) of the metadata file. */
export function documentMetadataJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentMetadataSchema, { io: 'output' }) as Record<string, unknown>;
  return { ...schema, $id: DOCUMENT_METADATA_SCHEMA_ID, title: 'Thông tin văn bản đi cho hệ thống quản lý văn bản (edu-comms, phiên bản 1)' };
}
