// A Grafana dashboard (JSON model, importable as is) over the server's metrics and the recording rules:
// per model (a variable) traffic, errors, latency quantiles by version, canary vs stable, drift per feature,
// anomalies, batching. The Prometheus datasource is a variable, so the file names no installation's uid.
import { RECORDED } from "./rules.ts";

// Grafana substitutes the datasource variable (not a JS template).
const DS = { type: "prometheus", uid: ["$", "{datasource}"].join("") };
const M = 'model=~"$model"';

interface PanelSpec {
  title: string;
  unit: string;
  targets: Array<{ expr: string; legend: string }>;
  description?: string;
  max?: number;
}

function panel(id: number, spec: PanelSpec, x: number, y: number, w = 12, h = 8) {
  return {
    id,
    type: "timeseries",
    title: spec.title,
    ...(spec.description && { description: spec.description }),
    datasource: DS,
    gridPos: { h, w, x, y },
    fieldConfig: {
      defaults: { unit: spec.unit, ...(spec.max !== undefined && { max: spec.max }), min: 0 },
      overrides: [],
    },
    options: {
      legend: { displayMode: "list", placement: "bottom", showLegend: true },
      tooltip: { mode: "multi" },
    },
    targets: spec.targets.map((t, i) => ({
      datasource: DS,
      expr: t.expr,
      legendFormat: t.legend,
      refId: String.fromCharCode(65 + i),
    })),
  };
}

const PANELS: PanelSpec[] = [
  {
    title: "Traffic by version and label",
    unit: "reqps",
    targets: [
      { expr: `sum by (version, label) (${RECORDED.requestRate}{${M}})`, legend: "v{{version}} {{label}}" },
    ],
  },
  {
    title: "Error rate by version and label",
    unit: "percentunit",
    targets: [{ expr: `${RECORDED.errorRatio}{${M}}`, legend: "v{{version}} {{label}}" }],
  },
  {
    title: "Latency p50 / p99 by version",
    unit: "s",
    targets: [
      { expr: `max by (version) (${RECORDED.latencyP50}{${M}})`, legend: "p50 v{{version}}" },
      { expr: `max by (version) (${RECORDED.latencyP99}{${M}})`, legend: "p99 v{{version}}" },
    ],
  },
  {
    title: "Canary vs stable: share of traffic",
    unit: "percentunit",
    max: 1,
    targets: [
      {
        expr: `sum by (label) (${RECORDED.requestRate}{${M},label=~"canary|production"}) / scalar(sum(${RECORDED.requestRate}{${M},label=~"canary|production"}))`,
        legend: "{{label}}",
      },
    ],
  },
  {
    title: "Canary vs stable: error rate and p99",
    unit: "short",
    targets: [
      {
        expr: `max by (label) (${RECORDED.errorRatio}{${M},label=~"canary|production"})`,
        legend: "errors {{label}}",
      },
      {
        expr: `max by (label) (${RECORDED.latencyP99}{${M},label=~"canary|production"})`,
        legend: "p99 s {{label}}",
      },
    ],
  },
  {
    title: "Input drift per feature (distance to training)",
    unit: "short",
    description:
      "Normalised Wasserstein distance of the live window to the training profile; drift share in bold.",
    targets: [
      { expr: `modelops_feature_drift{${M}}`, legend: "{{feature}}" },
      { expr: `modelops_drift_share{${M}}`, legend: "drifted share" },
    ],
  },
  {
    title: "Predicted classes",
    unit: "reqps",
    targets: [
      {
        expr: `sum by (class) (rate(modelops_predictions_total{${M}}[$__rate_interval]))`,
        legend: "{{class}}",
      },
    ],
  },
  {
    title: "Online performance (predictions joined with feedback, and estimated before it; last 24h)",
    unit: "percentunit",
    targets: [
      { expr: `modelops_online_accuracy{${M},window="24h"}`, legend: "accuracy v{{version}}" },
      { expr: `modelops_online_f1_macro{${M},window="24h"}`, legend: "F1 macro v{{version}}" },
      { expr: `modelops_online_mae{${M},window="24h"}`, legend: "MAE v{{version}}" },
      { expr: `modelops_online_rmse{${M},window="24h"}`, legend: "RMSE v{{version}}" },
      // CBPE beside the realised accuracy: known before the labels arrive.
      {
        expr: `modelops_estimated_accuracy{${M},window="24h"}`,
        legend: "estimated accuracy v{{version}}",
      },
      {
        expr: `modelops_estimated_accuracy_lower{${M},window="24h"}`,
        legend: "estimate lower v{{version}}",
      },
      {
        expr: `modelops_estimated_accuracy_upper{${M},window="24h"}`,
        legend: "estimate upper v{{version}}",
      },
    ],
  },
  {
    title: "Anomalies (robust z-score)",
    unit: "short",
    targets: [
      { expr: `modelops_anomaly_score{${M}}`, legend: "{{signal}} v{{version}} {{label}}" },
      { expr: `modelops_anomaly{${M}} > 0`, legend: "anomalous {{signal}}" },
    ],
  },
  {
    title: "Batching: queue depth and rows per batch",
    unit: "short",
    targets: [
      { expr: `sum by (version) (modelops_queue_depth{${M}})`, legend: "queue v{{version}}" },
      {
        expr: `sum by (version) (rate(modelops_batch_size_sum{${M}}[$__rate_interval])) / sum by (version) (rate(modelops_batch_size_count{${M}}[$__rate_interval]))`,
        legend: "rows/batch v{{version}}",
      },
    ],
  },
  {
    title: "Served version per label",
    unit: "none",
    targets: [{ expr: `modelops_model_version{${M}}`, legend: "{{label}}" }],
  },
];

export function renderDashboard(opts: { title?: string; uid?: string } = {}) {
  return {
    __inputs: [],
    annotations: { list: [] },
    editable: true,
    graphTooltip: 1,
    panels: PANELS.map((p, i) => panel(i + 1, p, (i % 2) * 12, Math.floor(i / 2) * 8)),
    refresh: "30s",
    schemaVersion: 39,
    tags: ["modelops"],
    templating: {
      list: [
        {
          name: "datasource",
          label: "Prometheus",
          type: "datasource",
          query: "prometheus",
          current: {},
          hide: 0,
          refresh: 1,
        },
        {
          name: "model",
          label: "Model",
          type: "query",
          datasource: DS,
          query: { query: "label_values(modelops_requests_total, model)", refId: "model" },
          definition: "label_values(modelops_requests_total, model)",
          includeAll: true,
          multi: true,
          current: {},
          refresh: 2,
          sort: 1,
          hide: 0,
        },
      ],
    },
    time: { from: "now-6h", to: "now" },
    timezone: "",
    title: opts.title ?? "modelops",
    uid: opts.uid ?? "modelops",
    version: 1,
  };
}

/** Every metric or recorded series a dashboard's queries name. */
export function dashboardSeries(dashboard: ReturnType<typeof renderDashboard>): string[] {
  const names = new Set<string>();
  for (const p of dashboard.panels) {
    for (const t of p.targets) for (const m of t.expr.matchAll(/\bmodelops[a-z_:0-9]*/g)) names.add(m[0]);
  }
  for (const v of dashboard.templating.list) {
    const def = (v as { definition?: string }).definition;
    for (const m of def?.matchAll(/\bmodelops[a-z_:0-9]*/g) ?? []) names.add(m[0]);
  }
  return [...names].sort();
}
