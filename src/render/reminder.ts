/**
 * The công văn đôn đốc (`shared/spec/document-format.md` → "The three documents", 3): a công văn to the units missing,
 * rejected or late for the period — addressed to the node's child each of them is under, so a Sở writes to the
 * managing units (communes, wards; district offices before 2025) by their roster names and to the schools it manages
 * directly — listing them, restating the deadline and giving a new one.
 */
import type { ISectionOptions } from 'docx';
import type { Summary } from '../contract/summary.js';
import type { AppendixTable } from './appendix.js';
import { appendixHeading, gridTable, portraitSection } from './layout.js';
import { letterSections, type LetterParts } from './letter.js';
import type { DeferredRows } from './table-xml.js';
import type { Run } from './template.js';

/** Units a reminder is about; none means there is nothing to remind anyone of. */
export function unitsToRemind(summary: Summary): number {
  return summary.lists.missing.length + summary.lists.rejected.length + summary.lists.late.length;
}

/** The list attached after the closing once more units are outstanding than `documents.caps.reminder_table`. */
export interface ReminderList {
  heading: string;
  title: Run[];
  note: Run[];
  table: AppendixTable;
}

export function reminderSections(parts: LetterParts, list?: ReminderList, deferred?: DeferredRows): ISectionOptions[] {
  // same layout as any công văn; the wording (templates/reminder.vi.md) and the addressees differ. The attached list
  // is a section of its own, numbered from 1, its header row repeated on every page.
  const sections = letterSections(parts);
  if (list) sections.push(portraitSection([...appendixHeading(list.heading, list.title, list.note), gridTable(list.table.columns, list.table.header, list.table.body, deferred)]));
  return sections;
}
