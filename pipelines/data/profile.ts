// Column statistics (TFX's StatisticsGen, in small): type, count, missing, distinct, min/max/mean/std,
// quantiles at every percent, a histogram and the top categories. Computed exactly from columns in memory,
// or by streaming a file (exact counts and moments; quantiles from a seeded reservoir sample) when the file
// should not be held in memory.
import seedrandom from "seedrandom";
import { csvRecords } from "./csv.ts";
import type { Column } from "./table.ts";
import { flatten, isMissingText } from "./table.ts";
import { parseNumber } from "./transform.ts";
import type { ColumnProfile, DataProfile } from "./types.ts";

export const TOP_CATEGORIES = 50;
export const DOMAIN_LIMIT = 1000;
export const DISTINCT_LIMIT = 100_000;
export const HISTOGRAM_BINS = 20;

/** numpy's default (linear) quantile of sorted values at p in [0, 1]. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const m = sorted.length;
  if (m === 0) return Number.NaN;
  const pos = p * (m - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(m - 1, lo + 1);
  const frac = pos - lo;
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * frac;
}

const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(12)) : v);

/** Profile of the present values of a number column (sorted ascending), plus its missing count. */
export function numberProfile(
  name: string,
  role: ColumnProfile["role"],
  sorted: Float64Array,
  missing: number,
  moments?: { mean: number; std: number; count: number; distinct?: number },
): ColumnProfile {
  const m = sorted.length;
  const out: ColumnProfile = { name, role, type: "number", missing, count: moments?.count ?? m };
  if (m === 0) return out;
  let mean = moments?.mean;
  let std = moments?.std;
  if (mean === undefined || std === undefined) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += sorted[i]!;
    mean = sum / m;
    let ss = 0;
    for (let i = 0; i < m; i++) ss += (sorted[i]! - mean) * (sorted[i]! - mean);
    std = Math.sqrt(ss / m);
  }
  let distinct = 1;
  let integer = Number.isInteger(sorted[0]!);
  for (let i = 1; i < m; i++) {
    if (sorted[i] !== sorted[i - 1]) distinct++;
    if (integer && !Number.isInteger(sorted[i]!)) integer = false;
  }
  const min = sorted[0]!;
  const max = sorted[m - 1]!;
  const quantiles = new Array<number>(101);
  for (let q = 0; q <= 100; q++) quantiles[q] = round(quantileSorted(sorted, q / 100));
  const bins = max > min ? HISTOGRAM_BINS : 1;
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, b) => round(b === bins ? max : min + b * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < m; i++) {
    const b = width > 0 ? Math.min(bins - 1, Math.floor((sorted[i]! - min) / width)) : 0;
    counts[b]!++;
  }
  Object.assign(out, {
    mean,
    std,
    min,
    max,
    distinct: moments?.distinct ?? distinct,
    quantiles,
    histogram: { edges, counts },
    integer,
  });
  return out;
}

/** Profile of the values of a text column, from its category counts. */
export function stringProfile(
  name: string,
  role: ColumnProfile["role"],
  counts: Map<string, number>,
  missing: number,
): ColumnProfile {
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top: Record<string, number> = {};
  let other = 0;
  let present = 0;
  entries.forEach(([k, v], q) => {
    present += v;
    if (q < TOP_CATEGORIES) top[k] = v;
    else other += v;
  });
  const out: ColumnProfile = {
    name,
    role,
    type: "string",
    missing,
    count: present,
    distinct: entries.length,
    counts: top,
  };
  if (other) out.otherCount = other;
  if (entries.length <= DOMAIN_LIMIT) out.domain = entries.map(([k]) => k).sort();
  return out;
}

/** Profile of column values at the given rows. */
export function profileColumn(
  column: Column,
  rows: ArrayLike<number>,
  role: ColumnProfile["role"],
  name = column.name,
): ColumnProfile {
  if (column.type === "number") {
    // Moments in row order: the same sums a scale step computes, so a profile's mean/std equal its shift/divide.
    const present = new Float64Array(rows.length);
    let m = 0;
    let sum = 0;
    for (let r = 0; r < rows.length; r++) {
      const v = column.values[rows[r]!]!;
      if (!Number.isNaN(v)) {
        present[m++] = v;
        sum += v;
      }
    }
    const mean = m ? sum / m : Number.NaN;
    let ss = 0;
    for (let q = 0; q < m; q++) ss += (present[q]! - mean) * (present[q]! - mean);
    const sorted = present.subarray(0, m).sort();
    return numberProfile(name, role, sorted, rows.length - m, {
      mean,
      std: Math.sqrt(ss / Math.max(1, m)),
      count: m,
    });
  }
  const counts = new Map<string, number>();
  let missing = 0;
  for (let r = 0; r < rows.length; r++) {
    const v = column.values[rows[r]!]!;
    if (v === null) missing++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return stringProfile(name, role, counts, missing);
}

/** Distinct values tracked per column when streaming (a lower bound above it). */
const STREAM_LIMIT = 10_000;

/** Streaming statistics of one column: exact counts and moments, reservoir-sampled quantiles. */
class ColumnAccumulator {
  count = 0;
  missing = 0;
  mean = 0;
  m2 = 0;
  numbers = 0;
  text = false;
  reservoir: Float64Array;
  seen = 0;
  /** Algorithm L: index of the next value that enters the reservoir, and its weight. */
  next = 0;
  w = 1;
  distinct = new Set<number>();
  /** Category counts while there are at most STREAM_LIMIT distinct values (dropped for number columns above). */
  counts: Map<string, number> | undefined = new Map<string, number>();
  constructor(
    readonly name: string,
    size: number,
    readonly rng: () => number,
  ) {
    this.reservoir = new Float64Array(size);
  }
  add(raw: string): void {
    if (isMissingText(raw)) {
      this.missing++;
      return;
    }
    this.count++;
    if (this.counts) {
      const c = this.counts.get(raw);
      if (c !== undefined) this.counts.set(raw, c + 1);
      else if (this.counts.size < STREAM_LIMIT) this.counts.set(flatten(raw), 1);
      else if (!this.text) this.counts = undefined;
    }
    if (this.text) return;
    const v = parseNumber(raw);
    if (Number.isNaN(v)) {
      this.text = true;
      return;
    }
    this.numbers++;
    const delta = v - this.mean;
    this.mean += delta / this.numbers;
    this.m2 += delta * (v - this.mean);
    if (this.distinct.size < STREAM_LIMIT) this.distinct.add(v);
    // Reservoir sampling, Algorithm L (Li 1994): random numbers only when a value is taken.
    const size = this.reservoir.length;
    if (this.seen < size) {
      this.reservoir[this.seen] = v;
      if (this.seen === size - 1) this.#skip();
    } else if (this.seen === this.next) {
      this.reservoir[Math.floor(this.rng() * size)] = v;
      this.#skip();
    }
    this.seen++;
  }
  #skip(): void {
    const k = this.reservoir.length;
    this.w *= Math.exp(Math.log(this.rng() || Number.MIN_VALUE) / k);
    this.next = this.seen + Math.floor(Math.log(this.rng() || Number.MIN_VALUE) / Math.log(1 - this.w)) + 1;
  }

  finish(): ColumnProfile {
    if (this.text) {
      return stringProfile(this.name, "other", this.counts ?? new Map(), this.missing);
    }
    const sample = this.reservoir.slice(0, Math.min(this.seen, this.reservoir.length)).sort();
    const p = numberProfile(this.name, "other", sample, this.missing, {
      mean: this.mean,
      std: Math.sqrt(this.m2 / Math.max(1, this.numbers)),
      count: this.count,
      distinct: this.distinct.size,
    });
    return p;
  }
}

/**
 * Profiles a CSV/TSV file without holding it: memory is bounded by the reservoir (`sample` values per
 * column) and the distinct-value sets (at most 100,000 per column), whatever the file's size.
 */
export async function profileDelimitedFile(
  path: string,
  opts: { delimiter?: string; displayPath?: string; sample?: number; seed?: number } = {},
): Promise<DataProfile> {
  const rng = seedrandom(String(opts.seed ?? 42));
  let accs: ColumnAccumulator[] | undefined;
  let rows = 0;
  for await (const batch of csvRecords(path, { delimiter: opts.delimiter, displayPath: opts.displayPath })) {
    for (const rec of batch) {
      if (!accs) {
        accs = rec.fields.map((name) => new ColumnAccumulator(name, opts.sample ?? 65_536, rng));
        continue;
      }
      rows++;
      const f = rec.fields;
      for (let j = 0; j < accs.length; j++) accs[j]!.add(f[j]!);
    }
  }
  return {
    schema: "modelops/profile@1",
    rows: { raw: rows, dropped: 0, train: rows, validation: 0, test: 0 },
    columns: (accs ?? []).map((a) => a.finish()),
  };
}
