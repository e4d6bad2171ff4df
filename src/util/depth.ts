/**
 * How deep a parsed value nests, measured without recursion: a value read from a file (a YAML document, a form's
 * stored cell) can nest as deep as its bytes allow, and walking it recursively would exhaust the stack.
 */

/** Nesting beyond which a submission is refused: the contract itself is four levels deep. */
export const MAX_DEPTH = 64;

/** Does `value` nest arrays or objects more than `max` levels deep? Stops at the first branch that does. */
export function nestsDeeperThan(value: unknown, max: number = MAX_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
