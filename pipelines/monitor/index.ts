// Monitoring: Prometheus rules and a Grafana dashboard from the config's SLOs, canary analysis against
// Prometheus (promote or abort + revert), production drift of the live inputs against the training profile,
// anomaly detection on the served time series, and the terminal status.
export {
  AnomalyDetector,
  type AnomalyEvent,
  AnomalyMonitor,
  type AnomalyOptions,
  type Signal,
} from "./anomaly.ts";
export { type ServerMonitoring, serverMonitoring } from "./attach.ts";
export {
  CANARY_LABEL,
  type CanaryOptions,
  type CanaryResult,
  judge,
  renderAnalysis,
  runCanary,
  STABLE_LABEL,
  type StepResult,
  type TrafficRouter,
} from "./canary.ts";
export { dashboardSeries, renderDashboard } from "./dashboard.ts";
export {
  type DriftSnapshot,
  FeatureWindow,
  ProductionDrift,
  profileFeatures,
  servedProfile,
} from "./drift.ts";
export { readServerDrift, renderServerDrift, type ServerDrift } from "./drift-status.ts";
export {
  type Measurement,
  type MetricsSource,
  measurementQueries,
  PrometheusClient,
  PrometheusSource,
} from "./prometheus.ts";
export {
  CANARY_ABORTED_EVENT,
  type CanaryAbortedPayload,
  dispatchCanaryAborted,
  type GitHubRequest,
  revertCommit,
  revertPullRequest,
} from "./revert.ts";
export { RECORDED, renderRules } from "./rules.ts";
export { bucketQuantile, ScrapeSource } from "./scrape.ts";
export { readSignals, watchSignals } from "./signals.ts";
export { ANALYSIS_METRICS, allSlos, type Condition, type ModelSlo, modelSlo } from "./slo.ts";
export { collectStatus, type ModelStatus, renderStatus, sparkline } from "./status.ts";

import type { ModelopsConfig } from "../config/schema.ts";
import { dashboardSeries, renderDashboard } from "./dashboard.ts";
import type { ProductionDrift } from "./drift.ts";
import { RECORDED, renderRules } from "./rules.ts";
import { allSlos } from "./slo.ts";

/** The demo's monitoring line: rules and dashboard for the config, checked against the server's exposition. */
export function monitoringSummary(
  config: ModelopsConfig,
  exposition: string,
  drift: ProductionDrift,
  model: string,
): { ok: boolean; text: string } {
  const slos = allSlos(config);
  const rules = renderRules(slos);
  const alerts = (rules.match(/^ {6}- alert:/gm) ?? []).length;
  const families = new Set<string>();
  for (const m of exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    families.add(m[1]!);
    if (m[2] === "histogram") for (const s of ["_bucket", "_sum", "_count"]) families.add(m[1]! + s);
  }
  const recorded = new Set<string>(Object.values(RECORDED));
  const dashboard = renderDashboard();
  const missing = dashboardSeries(dashboard).filter((n) => !families.has(n) && !recorded.has(n));
  const [snap] = drift.check().filter((s) => s.model === model);
  const report = snap?.report;
  const driftText = report
    ? `drift of the live window (${snap.rows} rows) vs training: ${report.drifted}/${report.total} features${report.datasetDrift ? " (flagged: the demo's traffic repeats one row)" : ""}`
    : `drift: ${snap?.rows ?? 0} rows in the live window, too few to judge`;
  return {
    ok: alerts === 4 * slos.length && missing.length === 0 && snap !== undefined && snap.rows > 0,
    text: `rules ${alerts} alerts for ${slos.length} model SLOs; dashboard ${dashboard.panels.length} panels, ${missing.length === 0 ? "every series on /metrics" : `missing ${missing.join(", ")}`}; ${driftText}`,
  };
}
