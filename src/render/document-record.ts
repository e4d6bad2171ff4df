/**
 * The metadata record of one rendered document (src/contract/document-metadata.ts): what the clerk would otherwise
 * retype into the e-office system. Pure: the caller gives the file names and, when a PDF was made, its page count.
 */
import { DOCUMENT_METADATA_VERSION, DocumentMetadataSchema, type DocumentMetadata } from '../contract/document-metadata.js';
import type { DocumentMeta } from './metadata.js';
import { numberLine } from './vn.js';

export interface RecordInput {
  meta: DocumentMeta;
  /** The unit code of the issuing node. */
  code: string;
  typeName: string;
  subject: string;
  pageCount: number | null;
  files: { document: string[]; attachments: string[] };
}

/** `BÁO CÁO` → `Báo cáo`: the type as a name, not as printed. */
const asName = (printed: string) => printed.charAt(0) + printed.slice(1).toLocaleLowerCase('vi');

export function documentRecord(input: RecordInput): DocumentMetadata {
  const { meta } = input;
  const record: DocumentMetadata = {
    schema_version: DOCUMENT_METADATA_VERSION,
    issuing_organ: { governing_body: meta.issuer.governing_body, name: meta.issuer.name, code: input.code, symbol: meta.issuer.symbol },
    document_type: asName(input.typeName),
    document_type_code: meta.kind === 'report' ? 'BC' : 'CV',
    number: meta.number,
    notation: meta.symbol,
    // with no number yet, the notation alone (`/BC-SGDĐT`), as the “Số:” line shows it
    number_and_notation: numberLine(meta.number, meta.symbol).replace(/^Số:\s*/, '').replace(/^\u00A0+/, ''),
    issue_date: meta.electronic ? null : meta.date,
    place: meta.issuer.place,
    subject: input.subject,
    language: 'vi',
    page_count: input.pageCount,
    signer: { name: meta.signer.name, position: meta.signer.lines[meta.signer.lines.length - 1]!, authority_lines: meta.signer.lines },
    addressees: meta.addressees,
    recipients: meta.recipients,
    priority: 'thường',
    confidentiality: 'thường',
    reply_due: meta.newDeadline,
    electronic: meta.electronic,
    draft: meta.draft !== null,
    defaults: (meta.draft?.values ?? []).map((d) => ({ field: d.id, value: d.value, flag: d.flag, config_key: d.configKey })),
    files: input.files,
  };
  // the record is checked against its own schema: a field that drifted from it is a bug, not a file to write
  return DocumentMetadataSchema.parse(record);
}
