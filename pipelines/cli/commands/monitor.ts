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
}
