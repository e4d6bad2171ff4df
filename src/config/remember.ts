/**
 * Remembering what `render` had to ask (signer, addressee, drafting unit) in the office's edu-comms.yaml, so the next
 * run does not ask again. The file is edited through the `yaml` library's Document API: the clerk's comments, key
 * order and layout stay as they were, only the keys given are set (sections created where missing). Pure: text in,
 * text out; the caller checks the result loads and writes it.
 */
import { isMap, parseDocument } from 'yaml';
import { ConfigSchema } from '../contract/config.js';

export interface Remembered {
  /** The config key, dotted: `documents.signer.name`, `authority.drafting_unit`. */
  key: string;
  value: string;
}

/** The config text with each key set to its value; comments and everything else unchanged. Throws if it would not load. */
export function rememberInConfig(text: string, entries: readonly Remembered[]): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new Error('edu-comms.yaml is not a YAML mapping');
  for (const { key, value } of entries) doc.setIn(key.split('.'), value);
  // written as the file was: `{start: …}` stays without the padding `yaml` adds by default
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: /[{[] \S/.test(text) });
  const check = ConfigSchema.safeParse(parseDocument(out).toJS());
  if (!check.success) throw new Error(`edu-comms.yaml would not load: ${check.error.message}`);
  return out;
}
