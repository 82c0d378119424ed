// The formatter, once: how a number and a table cell look in every report (bot comments, Action summaries,
// `modelops` tables, the demo). A leaf: it imports nothing, so any floor may use it.

/** `x` rounded to `digits` significant digits, as a number (0.123456 -> 0.1235). */
export const significant = (x: number, digits = 4): number => Number(x.toPrecision(digits));

/**
 * A metric for people: integers and large numbers whole, others to `digits` significant digits, NaN and
 * the infinities by name (never an exponent-free "NaN%" by accident).
 */
export function formatNumber(x: number, digits = 4): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (Number.isInteger(x) || Math.abs(x) >= 10 ** digits) return String(Math.round(x));
  return String(significant(x, digits));
}

/** A finite number to `digits` significant digits, else `missing` (a gap in a table: "—"). */
export function formatOr(v: number | null | undefined, missing = "—", digits = 4): string {
  return typeof v === "number" && Number.isFinite(v) ? String(significant(v, digits)) : missing;
}

/** Text safe inside a markdown table cell: pipes escaped, line breaks as spaces. */
export const tableCell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
