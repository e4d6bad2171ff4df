/**
 * The parts every document kind shares: the `docx` Document with Times New Roman on every font slot and in the theme,
 * the page-1 header and the closing table filled from the metadata.
 */
import { Document, type ISectionOptions, type Table } from 'docx';
import { closingTable, FONT, FONT_SLOTS, headerTable, TABLE_TEXT_STYLE, type HeaderInput } from './layout.js';
import type { DocumentMeta } from './metadata.js';
import { pt } from './page.js';
import type { Run } from './template.js';
import { numberLine, placeAndDate } from './vn.js';

export function officialDocument(sections: ISectionOptions[], properties: { title: string; creator: string }): Document {
  return new Document({
    title: properties.title,
    creator: properties.creator,
    lastModifiedBy: properties.creator,
    revision: 1,
    theme: { fonts: { headings: FONT, body: FONT } },
    styles: {
      default: {
        document: {
          run: { font: { ...FONT_SLOTS }, size: pt(14), color: '000000', language: { value: 'vi-VN' } },
        },
      },
      paragraphStyles: [TABLE_TEXT_STYLE],
    },
    sections,
  });
}

export function documentHeader(meta: DocumentMeta, subject?: Run[]): Table {
  const input: HeaderInput = {
    governingBody: meta.issuer.governing_body,
    issuerName: meta.issuer.name,
    numberLine: numberLine(meta.number, meta.symbol),
    placeAndDate: placeAndDate(meta.issuer.place, meta.date, { blank: meta.electronic }),
    ...(subject ? { subject } : {}),
  };
  return headerTable(input);
}

export function documentClosing(meta: DocumentMeta): Table {
  return closingTable({ recipients: meta.recipients, signerLines: meta.signer.lines, signerName: meta.signer.name, electronic: meta.electronic });
}
