// `modelops monitor rules|dashboard|drift|status`: Prometheus rules and a Grafana dashboard from the
// config's SLOs, production drift and a terminal status from a running model server and Prometheus.
import { writeFile } from "node:fs/promises";
import { type Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../../config/index.ts";

function duration(value: string): string {
  if (!/^\d+(ms|s|m|h|d)$/.test(value)) throw new InvalidArgumentError("expected a duration such as 5m");
  return value;
}

async function output(text: string, file: string | undefined): Promise<void> {
  if (file) await writeFile(file, text);
  else process.stdout.write(text);
}

export function register(program: Command): void {
  const monitor = program
    .command("monitor")
    .description("alert rules, dashboards, production drift and live status of served models");

  monitor
    .command("rules")
    .description(
      "Prometheus recording and alerting rules for each model's SLOs (error rate, latency, drift, anomaly)",
    )
    .option("-c, --config <file>", "modelops.yaml to read", "modelops.yaml")
    .option("--window <duration>", "rate window of the recording rules", duration, "5m")
    .option(
      "--for <duration>",
      "how long a condition holds before its alert fires (default 5m; drift 15m, anomaly 2m)",
      duration,
    )
    .option("-o, --output <file>", "write the rules file here instead of stdout")
    .action(async (o: { config: string; window: string; for?: string; output?: string }) => {
      const { allSlos } = await import("../../monitor/slo.ts");
      const { renderRules } = await import("../../monitor/rules.ts");
      const loaded = await loadConfig(o.config);
      const text = renderRules(allSlos(loaded.config), { window: o.window, ...(o.for && { for: o.for }) });
      await output(text, o.output);
    });

  monitor
    .command("dashboard")
    .description("a Grafana dashboard (JSON, importable as is; the Prometheus datasource is a variable)")
    .option("--title <title>", "dashboard title", "modelops")
    .option("--uid <uid>", "dashboard uid", "modelops")
    .option("-o, --output <file>", "write the JSON here instead of stdout")
    .action(async (o: { title: string; uid: string; output?: string }) => {
      const { renderDashboard } = await import("../../monitor/dashboard.ts");
      await output(`${JSON.stringify(renderDashboard({ title: o.title, uid: o.uid }), null, 2)}\n`, o.output);
    });

  monitor
    .command("drift")
    .description("production drift per feature, read from a running model server's /metrics")
    .option("--server <url>", "model server", "http://127.0.0.1:8501")
    .option("-m, --model <name>", "only this model")
    .option("--json", "print JSON")
    .action(async (o: { server: string; model?: string; json?: boolean }) => {
      const { readServerDrift, renderServerDrift } = await import("../../monitor/drift-status.ts");
      const drift = await readServerDrift(o.server, o.model);
      process.stdout.write(o.json ? `${JSON.stringify(drift, null, 2)}\n` : renderServerDrift(drift));
      const drifted = drift.filter((d) => d.detected).map((d) => d.model);
      if (drifted.length > 0) {
        const { ModelopsError } = await import("../../errors.ts");
        throw new ModelopsError(
          `input drift in production: ${drifted.join(", ")} (live window against the training profile)`,
          1,
        );
      }
    });

  monitor
    .command("status")
    .description(
      "per model: versions and traffic, request rate, error rate, p99, drift, last canary analysis",
    )
    .option("-c, --config <file>", "modelops.yaml (its folder holds the registry)", "modelops.yaml")
    .option("--registry <dir>", "registry (default: .modelops beside modelops.yaml)")
    .option("--prometheus <url>", "Prometheus that scrapes the model servers", "http://127.0.0.1:9090")
    .option("--minutes <n>", "sparkline span in minutes", (v) => Number(v), 15)
    .option("--json", "print JSON")
    .action(
      async (o: {
        config: string;
        registry?: string;
        prometheus: string;
        minutes: number;
        json?: boolean;
      }) => {
        const { registryRootFor } = await import("../context.ts");
        const { Registry } = await import("../../registry/index.ts");
        const { PrometheusClient } = await import("../../monitor/prometheus.ts");
        const { collectStatus, renderStatus } = await import("../../monitor/status.ts");
        const { ModelopsError } = await import("../../errors.ts");
        const { existsSync } = await import("node:fs");
        const root = registryRootFor(o.config, o.registry);
        if (!existsSync(root)) throw new ModelopsError(`no registry at ${root}; pass --registry DIR`, 2);
        const registry = await Registry.open(root, { create: false });
        const status = await collectStatus({
          registry,
          client: new PrometheusClient(o.prometheus),
          minutes: o.minutes,
        });
        process.stdout.write(o.json ? `${JSON.stringify(status, null, 2)}\n` : renderStatus(status));
      },
    );
}
