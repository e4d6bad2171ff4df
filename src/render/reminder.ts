/**
 * The công văn đôn đốc (`shared/spec/document-format.md` → "The three documents", 3): a công văn to the units missing,
 * rejected or late for the period — addressed to the node's child each of them is under, so a province writes to its
 * district offices and to the schools it manages directly — listing them, restating the deadline and giving a new one.
 */
import type { ISectionOptions } from 'docx';
import type { Summary } from '../contract/summary.js';
import { letterSections, type LetterParts } from './letter.js';

/** Units a reminder is about; none means there is nothing to remind anyone of. */
export function unitsToRemind(summary: Summary): number {
  return summary.lists.missing.length + summary.lists.rejected.length + summary.lists.late.length;
}

export function reminderSections(parts: LetterParts): ISectionOptions[] {
  // same layout as any công văn; the wording (templates/reminder.vi.md) and the addressees differ
  return letterSections(parts);
}
