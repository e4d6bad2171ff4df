/**
 * The covering công văn that sends the report up (`shared/spec/document-format.md` → "The three documents", 2): no
 * type name, the `V/v …` summary under the number, `Kính gửi:` the parent, a short body, the closing table.
 */
import type { ISectionOptions } from 'docx';
import { documentClosing, documentHeader } from './document.js';
import { addresseeBlock, bodyParagraphs, draftMark, portraitSection } from './layout.js';
import type { DocumentMeta } from './metadata.js';
import type { Block, Run } from './template.js';

export interface LetterParts {
  meta: DocumentMeta;
  /** The `V/v` summary, filled, without `V/v`. */
  subject: Run[];
  blocks: Block[];
}

export function letterSections(parts: LetterParts): ISectionOptions[] {
  return [
    portraitSection([
      ...(parts.meta.draft ? draftMark(parts.meta.draft.line) : []),
      documentHeader(parts.meta, parts.subject),
      ...addresseeBlock(parts.meta.addressees),
      ...bodyParagraphs(parts.blocks),
      documentClosing(parts.meta),
    ]),
  ];
}
