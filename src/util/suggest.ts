/**
 * "Did you mean …?": the names closest to a misspelt one (edit distance), for hints on unknown template fields,
 * unknown rule ids and unknown rule options.
 */

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

/** Up to three names close to a misspelt one, for the hint. */
export function suggest(name: string, candidates: readonly string[]): string[] {
  const near = candidates
    .map((c) => ({ c, d: levenshtein(name, c) - (c.endsWith(name) || c.startsWith(name) ? 2 : 0) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(name.length / 3)))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c));
  // only the closest few: `acepted` should suggest `accepted`, not every name that shares its prefix
  const best = near[0]?.d ?? 0;
  return near.filter((x) => x.d <= best + 1).slice(0, 3).map((x) => x.c);
}
