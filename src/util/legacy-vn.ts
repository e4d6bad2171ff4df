/**
 * Legacy Vietnamese text: TCVN3 (ABC, fonts `.VnTime`/`.VnTimeH`) and VNI-Windows (fonts `VNI-Times`) typed into a
 * cell or a YAML value and stored as if it were Latin-1. Detection is per text (a font name is a hint, not proof:
 * `vn-format-and-domain.md` §4) and conservative: text that already holds Vietnamese Unicode letters is never touched,
 * and a candidate is accepted only when its conversion leaves no stray Latin-1 letters behind.
 *
 * Sources of the tables:
 * - TCVN3: glibc iconv `TCVN5712-1`, bytes A1–FE, restricted to the VN3 (font) subset: the seven capitals Ă Â Ê Ô Ơ Ư Đ
 *   and the lower-case letters; VN1's extra capitals and combining marks (AF, B0–B4, BA, BF–C5, CD, D9–DB, E0, F0, FF)
 *   are not in the fonts. Other capitals are lower-case bytes drawn upper case by the `…H` fonts.
 * - VNI-Windows: the VNI table of xvnkb (`lamdao/xvnkb`, vni.h): a base letter followed by a mark byte, in the order
 *   base, sắc, huyền, hỏi, ngã, nặng.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

// --- TCVN3 ----------------------------------------------------------------------------------------------------------

// byte → Unicode, written as the Latin-1 character that carries the byte
const TCVN3_PAIRS =
  '¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00adư ®đ µà ¶ả ·ã ¸á ¹ạ »ằ ¼ẳ ½ẵ ¾ắ Æặ Çầ Èẩ Éẫ Êấ Ëậ Ìè Îẻ Ïẽ Ðé Ñẹ ' +
  'Òề Óể Ôễ Õế Öệ ×ì Øỉ Üĩ Ýí Þị ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ êờ ëở ìỡ íớ îợ ïù ñủ òũ óú ôụ õừ öử ÷ữ øứ ùự úỳ ' +
  'ûỷ üỹ ýý þỵ';

const TCVN3 = new Map<string, string>(TCVN3_PAIRS.split(' ').map((pair) => [pair[0]!, pair.slice(1)]));

// --- VNI-Windows ----------------------------------------------------------------------------------------------------

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // none, sắc, huyền, hỏi, ngã, nặng

/** One row of xvnkb's table: the Unicode base and the VNI spelling of each tone. */
const VNI_ROWS: ReadonlyArray<[string, readonly string[]]> = [
  ['a', ['a', 'aù', 'aø', 'aû', 'aõ', 'aï']],
  ['â', ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä']],
  ['ă', ['aê', 'aé', 'aè', 'aú', 'aü', 'aë']],
  ['e', ['e', 'eù', 'eø', 'eû', 'eõ', 'eï']],
  ['ê', ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä']],
  ['o', ['o', 'où', 'oø', 'oû', 'oõ', 'oï']],
  ['ô', ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä']],
  ['ơ', ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
  ['u', ['u', 'uù', 'uø', 'uû', 'uõ', 'uï']],
  ['ư', ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï']],
  ['i', ['i', 'í', 'ì', 'æ', 'ó', 'ò']],
  ['y', ['y', 'yù', 'yø', 'yû', 'yõ', 'î']],
];

function buildVni(): Map<string, string> {
  const table = new Map<string, string>([
    ['ñ', 'đ'],
    ['Ñ', 'Đ'],
  ]);
  for (const [base, spellings] of VNI_ROWS) {
    spellings.forEach((vni, tone) => {
      if (vni.length === 1 && vni === base) return; // a plain ASCII vowel
      const unicode = (base + TONES[tone]).normalize('NFC');
      table.set(vni, unicode);
      table.set(vni.toUpperCase(), unicode.toUpperCase());
    });
  }
  return table;
}

const VNI = buildVni();

// --- detection ------------------------------------------------------------------------------------------------------

/** Letters that only Unicode Vietnamese has (outside Latin-1): their presence means the text is already Unicode. */
const UNICODE_VIETNAMESE = /[\u0300-\u0323\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

/** Latin-1 letters that Vietnamese Unicode text uses; any other Latin-1 letter or sign is foreign to Vietnamese. */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');

const isLatin1High = (c: string) => c >= '\u00A0' && c <= '\u00FF';
const isForeign = (c: string) => isLatin1High(c) && !VIETNAMESE_LATIN1.has(c) && c !== '\u00A0';

function convertTcvn3(text: string, upper: boolean): string {
  let out = '';
  for (const c of text) out += TCVN3.get(c) ?? c;
  return upper ? out.toUpperCase() : out;
}

function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const two = text.slice(i, i + 2);
    const hit2 = two.length === 2 ? VNI.get(two) : undefined;
    if (hit2) {
      out += hit2;
      i += 2;
      continue;
    }
    const c = text[i]!;
    out += VNI.get(c) ?? c;
    i += 1;
  }
  return out;
}

export interface LegacyFix {
  encoding: LegacyEncoding;
  text: string;
}

/** Counts the legacy characters of `encoding` in `text` that no Vietnamese Unicode text would contain. */
function markers(text: string, encoding: LegacyEncoding): number {
  let n = 0;
  const chars = [...text];
  chars.forEach((c, i) => {
    if (!isForeign(c)) return;
    if (encoding === 'tcvn3') {
      // Ð is also the eth that stands in for Đ in Unicode text: it converts, but is no evidence by itself
      if (!TCVN3.has(c) || c === 'Ð') return;
      // « and » are also quotation marks: count them only inside a word
      if ((c === '«' || c === '»') && !(/\p{L}/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(chars[i + 1] ?? ''))) return;
      n++;
    } else if (VNI.has(c) || VNI.has((chars[i - 1] ?? '') + c)) {
      n++;
    }
  });
  return n;
}

// --- Vietnamese syllables: the check that tells a right conversion from a wrong one -----------------------------------

const INITIALS = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';
const NUCLEI =
  'iêu|oai|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|' +
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|' +
  'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y';
const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:${NUCLEI})(?:ng|nh|ch|c|m|n|p|t)?$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Is `word` (lower case) a well-formed Vietnamese syllable: at most one tone, a known vowel nucleus? */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  if ((decomposed.match(TONE_MARKS) ?? []).length > 1) return false;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  // "gì", "gìn": the i of gi- is the vowel when nothing else follows
  return SYLLABLE.test(toneless) || /^gi(?:ng|nh|ch|c|m|n|p|t)?$/.test(toneless);
}

/** A word reads as Vietnamese when each of its letter runs that is not plain ASCII is a syllable. */
function readsAsVietnamese(word: string): boolean {
  const runs = word.toLowerCase().match(/[\p{L}\u00AD]+/gu) ?? [];
  const accented = runs.filter((run) => /[^a-z]/.test(run));
  return accented.length > 0 && accented.every(isVietnameseSyllable);
}

/**
 * Compare the words a conversion changed: how many read as Vietnamese after it, and how many already did before it
 * (Unicode text that merely uses Latin-1 letters, like "bóng", must stay as it is).
 */
function compare(original: string, converted: string): { changed: number; after: number; before: number } {
  const before = original.split(/\s+/);
  const after = converted.split(/\s+/);
  const result = { changed: 0, after: 0, before: 0 };
  if (before.length !== after.length) return result; // conversions never touch white space
  after.forEach((word, i) => {
    if (word === before[i]) return;
    result.changed++;
    if (readsAsVietnamese(word)) result.after++;
    if (readsAsVietnamese(before[i]!)) result.before++;
  });
  return result;
}

/**
 * Detect and convert legacy-encoded Vietnamese. Returns null when the text is not (recognisably) TCVN3 or VNI.
 * `font` is the cell's or run's font name, when known: `.VnTime`-family fonts favour TCVN3 (and the `…H` variants
 * restore capitals), `VNI-` fonts favour VNI.
 */
export function detectLegacy(text: string, font?: string): LegacyFix | null {
  if (text === '' || UNICODE_VIETNAMESE.test(text) || !/[\u00A1-\u00FF]/.test(text)) return null;
  const fontName = font?.trim() ?? '';
  const fontHint: LegacyEncoding | null = /^vni/i.test(fontName) ? 'vni' : /^\.?vn/i.test(fontName) ? 'tcvn3' : null;
  const upper = fontHint === 'tcvn3' && /H$/.test(fontName);

  let best: (LegacyFix & { score: number }) | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const converted = (encoding === 'tcvn3' ? convertTcvn3(text, upper) : convertVni(text)).normalize('NFC');
    if (converted === text || [...converted].some(isForeign)) continue; // nothing to do, or leftovers: not this encoding
    const { changed, after, before } = compare(text, converted);
    if (changed === 0) continue;
    // Evidence: characters no Vietnamese text has, or (VNI spelled with Vietnamese-looking letters, "Vaên") at least
    // two words that only read as Vietnamese once converted. Spanish "señor" converts, but to no Vietnamese syllable.
    if (markers(text, encoding) === 0 && (encoding === 'tcvn3' || changed < 2)) continue;
    const score = after / changed + (fontHint === encoding ? 0.2 : 0);
    if (score < 0.75 || after <= before) continue;
    if (!best || score > best.score) best = { encoding, text: converted, score };
  }
  return best ? { encoding: best.encoding, text: best.text } : null;
}

/**
 * The canonical form of every text the tool reads: NFC, the eth `Ð` (U+00D0) read as `Đ`, and legacy encodings
 * converted. `legacy` tells the caller to raise a `legacy-encoding` warning.
 */
export function normaliseText(text: string, font?: string): { text: string; legacy: LegacyEncoding | null } {
  const fix = detectLegacy(text, font);
  const base = fix ? fix.text : text;
  // after a legacy check: in TCVN3 the byte D0 is "é", not an eth
  return { text: base.normalize('NFC').replace(/\u00D0/g, 'Đ'), legacy: fix ? fix.encoding : null };
}
