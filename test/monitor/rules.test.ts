// `modelops monitor rules` for test/monitor/modelops.yaml: promtool accepts the file, and promtool's unit
// tests (alerts.promtest.yml) prove each alert fires on a synthetic incident and resolves after it.
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { parse } from "yaml";
import { runCli } from "./cli.ts";
import { promtool } from "./prometheus.ts";

const here = path.join(process.cwd(), "test/monitor");
let dir: string;
let rules: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "modelops-rules-"));
  const r = await runCli(["monitor", "rules", "-c", path.join(here, "modelops.yaml")]);
  expect(r.code).toBe(0);
  rules = r.stdout;
  await writeFile(path.join(dir, "rules.yml"), rules);
  await copyFile(path.join(here, "alerts.promtest.yml"), path.join(dir, "alerts.promtest.yml"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("promtool check rules accepts the generated recording and alerting rules", async () => {
  const out = await promtool(["check", "rules", "rules.yml"], { cwd: dir });
  expect(out).toMatch(/SUCCESS: 8 rules found/);
  const groups = (parse(rules) as { groups: Array<{ name: string; rules: Array<Record<string, string>> }> })
    .groups;
  const alerts = groups.flatMap((g) => g.rules.filter((r) => r.alert)).map((r) => r.alert);
  expect(alerts.sort()).toEqual([
    "ModelopsAnomaly",
    "ModelopsHighErrorRate",
    "ModelopsHighLatency",
    "ModelopsInputDrift",
  ]);
  // The SLOs come from the config: errorRate max 0.05, latencyP99Ms max 100.
  expect(rules).toContain('modelops:error_ratio{model="iris"} > 0.05');
  expect(rules).toContain('modelops:latency_p99_seconds{model="iris"} > 0.1');
});

test("promtool test rules: every alert fires during its incident and resolves after it", async () => {
  const out = await promtool(["test", "rules", "alerts.promtest.yml"], { cwd: dir });
  expect(out).toMatch(/SUCCESS/);
  const tests = await readFile(path.join(dir, "alerts.promtest.yml"), "utf8");
  for (const alert of [
    "ModelopsHighErrorRate",
    "ModelopsHighLatency",
    "ModelopsInputDrift",
    "ModelopsAnomaly",
  ]) {
    expect(tests).toContain(`alertname: ${alert}\n        exp_alerts:\n          - exp_labels`);
  }
});

test("a window and hold time from the command line", async () => {
  const r = await runCli([
    "monitor",
    "rules",
    "-c",
    path.join(here, "modelops.yaml"),
    "--window",
    "2m",
    "--for",
    "1m",
  ]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("rate(modelops_requests_total[2m])");
  expect(r.stdout).toMatch(/for: 1m/);
});
