// From `modelops run` to the live estimate: the run's artifact carries model/calibration.json (so the
// registry's digest covers it), a server loads it with the model and /metrics estimates the accuracy of
// live traffic before any label arrives.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "@jest/globals";
import { getModel, loadConfig } from "../../pipelines/config/index.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { runModel } from "../../pipelines/run/run.ts";
import { startServer } from "../../pipelines/serve/index.ts";
import { parseMetrics } from "../serve/fixture.ts";

const CONFIG = `version: 1
models:
  shop:
    task: classification
    data:
      target: bought
      train: { format: csv, path: data.csv }
    preprocess:
      - scale: { method: standard }
    model: { architecture: mlp, dense: [4] }
    train: { epochs: 3, batchSize: 8, seed: 3 }
    evaluate: { latencySamples: 10 }
`;

let dir: string | undefined;
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

test("a run's artifact carries the calibration and the server estimates live accuracy with it", async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-cbpe-run-"));
  const rows = ["price,weight,bought"];
  for (let i = 0; i < 80; i++) rows.push(`${(i * 7) % 13},${(i * 3) % 5},${(i * 7) % 13 > 6 ? "yes" : "no"}`);
  await writeFile(join(dir, "data.csv"), `${rows.join("\n")}\n`);
  await writeFile(join(dir, "modelops.yaml"), CONFIG);
  const loaded = await loadConfig(join(dir, "modelops.yaml"));
  const registry = await Registry.open(join(dir, ".modelops"));
  const run = await runModel(
    { configDir: dir, name: "shop", config: getModel(loaded, "shop").config },
    { outDir: join(dir, "run"), registry },
  );
  const stored = JSON.parse(
    await readFile(join(registry.artifactDir(run.digest), "model", "calibration.json"), "utf8"),
  );
  expect(stored).toMatchObject({ schema: "modelops/calibration@1", method: "isotonic", fittedOn: "test" });
  const version = await registry.createVersion("shop", { key: run.key, digest: run.digest });
  await registry.setAlias("shop", "production", version.version, { reason: "test" });

  const server = await startServer({ registry: join(dir, ".modelops"), port: 0, log: () => {} });
  try {
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${server.url}/v1/models/shop:predict`, {
        method: "POST",
        body: JSON.stringify({ instances: [{ price: i, weight: i % 5 }] }),
      });
      expect(res.status).toBe(200);
    }
    const samples = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
    const of = (name: string) =>
      samples.find((s) => s.name === name && s.labels.model === "shop" && s.labels.window === "1h")?.value;
    expect(of("modelops_estimated_samples")).toBe(10);
    expect(of("modelops_estimated_accuracy")).toBeGreaterThanOrEqual(
      of("modelops_estimated_accuracy_lower")!,
    );
    expect(of("modelops_estimated_accuracy")).toBeLessThanOrEqual(of("modelops_estimated_accuracy_upper")!);
  } finally {
    await server.close();
  }
}, 300_000);
