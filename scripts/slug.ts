/**
 * The anchor GitHub gives a Markdown heading (as github-slugger does): lower case, punctuation dropped (letters,
 * marks, digits, `_`, `-` and spaces kept), each space a hyphen. Used by the docs generators for their links and by
 * the link test to check every `#anchor`.
 */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}
