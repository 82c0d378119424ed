// Drift in production: a bounded window of the latest input rows per model (the raw feature values clients
// sent), compared on a schedule with the training data's profile.json using the data engine's drift code
// (driftBetweenProfiles: the same tests and distances as the PR report). The results, and the window's own
// feature statistics, are gauges on the model server's /metrics (register) and `modelops monitor drift`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Gauge, type Gauge as GaugeT, type Registry as PromRegistry } from "prom-client";
// The modules themselves, not the data index: the index loads the Parquet and CSV readers serving never needs.
import { type DriftOptions, type DriftReport, driftBetweenProfiles } from "../data/drift.ts";
import { profileColumn } from "../data/profile.ts";
import type { DataProfile } from "../data/types.ts";
import { ModelopsError } from "../errors.ts";
import type { Registry } from "../registry/index.ts";

/** Rows kept per model (the newest). */
export const DEFAULT_WINDOW = 1000;
/** A window with fewer rows is not judged. */
export const DEFAULT_MIN_ROWS = 100;

/** The numeric input features of a training profile, in its column order. */
export function profileFeatures(profile: DataProfile): string[] {
  return profile.columns.filter((c) => c.role === "feature" && c.type === "number").map((c) => c.name);
}

/** The newest `size` rows of a model's numeric features, column by column (NaN = missing). */
export class FeatureWindow {
  readonly columns: Float64Array[];
  #next = 0;
  #count = 0;
  constructor(
    readonly features: string[],
    readonly size = DEFAULT_WINDOW,
  ) {
    this.columns = features.map(() => new Float64Array(size));
  }

  get rows(): number {
    return this.#count;
  }

  /** One row: an object keyed by feature name, or an array in feature order. */
  add(row: unknown): void {
    const at = this.#next;
    for (let j = 0; j < this.features.length; j++) {
      const v = Array.isArray(row) ? row[j] : (row as Record<string, unknown> | null)?.[this.features[j]!];
      const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
      this.columns[j]![at] = Number.isFinite(n) ? n : Number.NaN;
    }
    this.#next = (at + 1) % this.size;
    this.#count = Math.min(this.size, this.#count + 1);
  }

  /** The window as a profile (the same form as training's profile.json), for driftBetweenProfiles. */
  profile(): DataProfile {
    const n = this.#count;
    const rows = Int32Array.from({ length: n }, (_, i) => i);
    return {
      schema: "modelops/profile@1",
      rows: { raw: n, dropped: 0, train: n, validation: 0, test: 0 },
      columns: this.features.map((name, j) =>
        profileColumn({ name, type: "number", values: this.columns[j]!.subarray(0, n) }, rows, "feature"),
      ),
    };
  }
}

export interface DriftSnapshot {
  model: string;
  at: string;
  rows: number;
  /** undefined while the window has fewer than minRows rows. */
  report?: DriftReport;
  /** Mean and std of each feature in the window. */
  stats: Array<{ feature: string; mean: number; std: number; missing: number }>;
}

interface Watched {
  reference: DataProfile;
  options: DriftOptions;
  window: FeatureWindow;
  last?: DriftSnapshot;
}

/** Live windows and their drift against training, per model; gauges for /metrics. */
export class ProductionDrift {
  readonly #models = new Map<string, Watched>();
  #timer: NodeJS.Timeout | undefined;

  constructor(readonly opts: { window?: number; minRows?: number } = {}) {}

  /** Watch `model` against its training profile (profile.json of the served artifact). */
  watch(model: string, reference: DataProfile, options: DriftOptions = {}): void {
    const features = profileFeatures(reference);
    if (features.length === 0) {
      throw new ModelopsError(`${model}: the training profile has no numeric features to watch for drift`, 2);
    }
    this.#models.set(model, {
      reference,
      options,
      window: new FeatureWindow(features, this.opts.window ?? DEFAULT_WINDOW),
    });
  }

  /** Rows a client sent for `model` (objects keyed by feature name or arrays in feature order). */
  observe(model: string, rows: unknown[]): void {
    const w = this.#models.get(model)?.window;
    if (!w) return;
    for (const row of rows) w.add(row);
  }

  /** Compares every watched window with its reference now. */
  check(): DriftSnapshot[] {
    const out: DriftSnapshot[] = [];
    for (const [model, m] of this.#models) {
      const live = m.window.profile();
      const snap: DriftSnapshot = {
        model,
        at: new Date().toISOString(),
        rows: m.window.rows,
        stats: live.columns.map((c) => ({
          feature: c.name,
          mean: c.mean ?? Number.NaN,
          std: c.std ?? Number.NaN,
          missing: c.missing,
        })),
      };
      if (m.window.rows >= (this.opts.minRows ?? DEFAULT_MIN_ROWS)) {
        const ref: DataProfile = {
          ...m.reference,
          columns: m.reference.columns.filter((c) => m.window.features.includes(c.name)),
        };
        snap.report = driftBetweenProfiles(ref, live, m.options);
      }
      m.last = snap;
      out.push(snap);
    }
    return out;
  }

  last(model: string): DriftSnapshot | undefined {
    return this.#models.get(model)?.last;
  }

  /** Checks every `ms` milliseconds until stop(). */
  start(ms: number): void {
    this.stop();
    this.#timer = setInterval(() => this.check(), ms);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** The drift gauges, read from the last check when Prometheus scrapes. */
  register(registry: PromRegistry): void {
    const snaps = () => [...this.#models.values()].flatMap((m) => (m.last ? [m.last] : []));
    const gauge = (
      name: string,
      help: string,
      labelNames: string[],
      fill: (g: GaugeT<string>, s: DriftSnapshot) => void,
    ) =>
      new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        collect() {
          this.reset();
          for (const s of snaps()) fill(this, s);
        },
      });
    gauge(
      "modelops_input_window_rows",
      "Input rows in the live feature window (the newest, bounded).",
      ["model"],
      (g, s) => g.set({ model: s.model }, s.rows),
    );
    gauge(
      "modelops_input_feature_mean",
      "Mean of each input feature over the live window.",
      ["model", "feature"],
      (g, s) => {
        for (const f of s.stats)
          if (Number.isFinite(f.mean)) g.set({ model: s.model, feature: f.feature }, f.mean);
      },
    );
    gauge(
      "modelops_input_feature_std",
      "Standard deviation of each input feature over the live window.",
      ["model", "feature"],
      (g, s) => {
        for (const f of s.stats)
          if (Number.isFinite(f.std)) g.set({ model: s.model, feature: f.feature }, f.std);
      },
    );
    gauge(
      "modelops_feature_drift",
      "Drift distance of each input feature, live window against the training profile (normalised Wasserstein).",
      ["model", "feature"],
      (g, s) => {
        for (const f of s.report?.features ?? [])
          if (Number.isFinite(f.distance)) g.set({ model: s.model, feature: f.name }, f.distance);
      },
    );
    gauge(
      "modelops_feature_drifted",
      "1 when the feature drifted (by the configured test or threshold).",
      ["model", "feature"],
      (g, s) => {
        for (const f of s.report?.features ?? [])
          g.set({ model: s.model, feature: f.name }, f.drifted ? 1 : 0);
      },
    );
    gauge(
      "modelops_drift_share",
      "Share of input features that drifted from the training profile.",
      ["model"],
      (g, s) => {
        if (s.report) g.set({ model: s.model }, s.report.share);
      },
    );
    gauge(
      "modelops_drift_detected",
      "1 when the share of drifted features reaches monitor.drift.share.",
      ["model"],
      (g, s) => {
        if (s.report) g.set({ model: s.model }, s.report.datasetDrift ? 1 : 0);
      },
    );
  }
}

/** The training profile of the version `alias` of `model` points at (profile.json in its artifact). */
export async function servedProfile(
  registry: Registry,
  model: string,
  alias = "production",
): Promise<DataProfile> {
  const v = await registry.resolveAlias(model, alias);
  if (!v) throw new ModelopsError(`${model} has no ${alias} version in the registry; release one first`, 2);
  const file = path.join(registry.artifactDir(v.digest), "profile.json");
  try {
    return JSON.parse(await readFile(file, "utf8")) as DataProfile;
  } catch (err) {
    throw new ModelopsError(
      `${model} v${v.version}: cannot read its training profile ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); retrain with modelops run`,
      2,
    );
  }
}
