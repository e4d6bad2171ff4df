/**
 * The báo cáo (`shared/spec/document-format.md` → "The three documents", 1): header, `BÁO CÁO` and its subject,
 * `Kính gửi` when the report goes up to a parent, the body from the template, the closing table; then the per-unit
 * appendices (`appendices.ts`), each in a section of its own.
 */
import type { ISectionOptions } from 'docx';
import type { AppendixTable } from './appendix.js';
import { documentClosing, documentHeader } from './document.js';
import type { ReportFrontMatter } from './front-matter.js';
import { addresseeBlock, appendixHeading, bodyParagraphs, draftMark, gridTable, landscapeSection, portraitSection, titleBlock } from './layout.js';
import type { DocumentMeta } from './metadata.js';
import type { DeferredRows } from './table-xml.js';
import type { Block, Run } from './template.js';

export interface ReportParts {
  meta: DocumentMeta;
  /** Front matter strings already filled. */
  typeName: string;
  subject: Run[];
  blocks: Block[];
  /** Each appendix its own section, so its pages are numbered from 1 (Nghị định 30: appendices are paginated apart). */
  appendices: Array<{ heading: string; title: Run[]; note: Run[]; table: AppendixTable; landscape: boolean }>;
}

/** `deferred`: the tables' body rows are written when the document is packed (table-xml.ts). */
export function reportSections(parts: ReportParts, deferred?: DeferredRows): ISectionOptions[] {
  return [reportBody(parts), ...reportAppendixSections(parts, deferred)];
}

/** The report without its appendices (they then travel as a file of their own, `--appendix separate`). */
export function reportBody(parts: ReportParts): ISectionOptions {
  const { meta } = parts;
  return portraitSection([
    ...(meta.draft ? draftMark(meta.draft.line) : []),
    documentHeader(meta),
    ...titleBlock(parts.typeName, parts.subject),
    ...addresseeBlock(meta.addressees),
    ...bodyParagraphs(parts.blocks),
    documentClosing(meta),
  ]);
}

export function reportAppendixSections(parts: Pick<ReportParts, 'appendices'>, deferred?: DeferredRows): ISectionOptions[] {
  return parts.appendices.map((appendix) =>
    (appendix.landscape ? landscapeSection : portraitSection)([
      ...appendixHeading(appendix.heading, appendix.title, appendix.note),
      gridTable(appendix.table.columns, appendix.table.header, appendix.table.body, deferred),
    ]),
  );
}

export type { ReportFrontMatter };
