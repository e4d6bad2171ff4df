/**
 * What a finding on the Excel form must never say: the words of the YAML file instead of the form's. A clerk filling
 * the form sees row labels, column headers and the dropdowns' Vietnamese choices (Có/Không, «Đã xử lý»); a field path
 * (`governance.comms_plan`, `contacts.spokesperson`), a key (`result_published`), `true`/`false` or an English choice
 * code (`resolved`, `loudspeaker`) tells them nothing.
 */
import { SubmissionSchema } from '../../src/contract/submission.js';
import { leafFields } from '../../src/contract/walk.js';

const leaves = leafFields(SubmissionSchema);
/** Every key of the contract that is not a plain word (`comms_plan`, `reported_to_parent_at`, …). */
const KEYS = [...new Set(leaves.flatMap((l) => l.path.filter((s): s is string => typeof s === 'string' && s.includes('_'))))];
/** Every dotted path of the contract and its parents (`contacts.spokesperson`, `channels.url`, …), indices dropped. */
const PATHS = [
  ...new Set(
    leaves.flatMap((l) => {
      const keys = l.path.filter((s): s is string => typeof s === 'string');
      return keys.slice(1).map((_, i) => keys.slice(0, i + 2).join('.'));
    }),
  ),
];
/** The lowercase choice codes of the contract (`low`, `resolved`, `loudspeaker`; not `THPT`, `HK1`: those are Vietnamese). */
const CODES = [...new Set(leaves.flatMap((l) => (l.kind?.kind === 'enum' ? (l.kind.options ?? []) : [])))].filter((c) => /^[a-z]+$/.test(c));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code where a value is written: after “: ”, inside quotes, in a list of codes, after the field it is a value of. */
const codeSpot = (code: string) =>
  new RegExp(`(?:[:«“]\\s*${code}\\b|\\b${code}\\s*[»”]|\\b${code},\\s*(?:${CODES.join('|')})\\b|\\b(?:type|status|severity)\\s+${code}\\b)`);

/** The YAML words in a message meant for the form (empty when it speaks only of the form). */
export function yamlWords(text: string): string[] {
  const plain = text
    .replace(/https?:\/\/\S+/g, ' ') // addresses the clerk types
    .replace(/\S+@\S+/g, ' ');
  const found: string[] = [];
  for (const path of PATHS) if (new RegExp(`(?<![\\w.])${escape(path)}(?![\\w])`).test(plain)) found.push(path);
  for (const path of plain.match(/\b[a-z_]{2,}(?:\[\d+\])?\.[a-z_]+(?:\.[a-z_]+)*\b/g) ?? []) {
    if (!/^[a-z-]+\.(?:yaml|yml|xlsx|csv|docx|pdf|zip|vn|com)$/.test(path) && !found.includes(path)) found.push(path);
  }
  for (const key of KEYS) if (new RegExp(`\\b${escape(key)}\\b`).test(plain)) found.push(key);
  for (const word of ['true', 'false']) if (new RegExp(`\\b${word}\\b`).test(plain)) found.push(word);
  for (const code of CODES) if (codeSpot(code).test(plain)) found.push(code);
  return found;
}

export const CONTRACT_WORDS = { keys: KEYS, paths: PATHS, codes: CODES };
