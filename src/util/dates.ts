/** Dates as the documents and messages write them. */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A date in running text: `15/12/2024`. */
export function shortDate(date: string | null): string {
  if (date === null) return '';
  const { year, month, day } = isoParts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

function isoParts(date: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
