/**
 * The báo cáo (`shared/spec/document-format.md` → "The three documents", 1): header, `BÁO CÁO` and its subject,
 * `Kính gửi` when the report goes up to a parent, the body from the template, the closing table; then the per-unit
 * appendix in a landscape section of its own.
 */
import type { ISectionOptions } from 'docx';
import type { AppendixTable } from './appendix.js';
import { documentClosing, documentHeader } from './document.js';
import type { ReportFrontMatter } from './front-matter.js';
import { addresseeBlock, appendixHeading, bodyParagraphs, gridTable, landscapeSection, portraitSection, titleBlock } from './layout.js';
import type { DocumentMeta } from './metadata.js';
import type { Block, Run } from './template.js';

export interface ReportParts {
  meta: DocumentMeta;
  /** Front matter strings already filled. */
  typeName: string;
  subject: Run[];
  blocks: Block[];
  appendix: { heading: string; title: Run[]; note: Run[]; table: AppendixTable };
}

export function reportSections(parts: ReportParts): ISectionOptions[] {
  const { meta, appendix } = parts;
  return [
    portraitSection([
      documentHeader(meta),
      ...titleBlock(parts.typeName, parts.subject),
      ...addresseeBlock(meta.addressees),
      ...bodyParagraphs(parts.blocks),
      documentClosing(meta),
    ]),
    landscapeSection([
      ...appendixHeading(appendix.heading, appendix.title, appendix.note),
      gridTable(appendix.table.columns, appendix.table.header, appendix.table.body),
    ]),
  ];
}

export type { ReportFrontMatter };
