// Monitoring attached to a server the way `modelops serve --config` does: the model with monitor.drift is
// watched against the training profile of the version production serves; live predictions fill the window;
// `modelops monitor drift` reads the verdict from the server.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, test } from "@jest/globals";
import seedrandom from "seedrandom";
import { serverMonitoring } from "../../pipelines/monitor/attach.ts";
import { FeatureWindow } from "../../pipelines/monitor/drift.ts";
import { sha256Hex } from "../../pipelines/registry/index.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { saveModel } from "../../pipelines/train/model-io.ts";
import { buildModel, IRIS, TestRegistry } from "../serve/fixture.ts";
import { runCli } from "./cli.ts";

const FEATURES = IRIS.features.map((f) => f.name);
const rows = (seed: string, n: number, shift = 0) => {
  const rng = seedrandom(seed);
  return Array.from({ length: n }, () =>
    Object.fromEntries(FEATURES.map((f, j) => [f, 3 + j + rng() + (j >= 2 ? shift : 0)])),
  );
};

let reg: TestRegistry | undefined;
let server: ModelServer | undefined;
let stop: (() => void) | undefined;
afterAll(async () => {
  stop?.();
  await server?.close();
  await reg?.remove();
});

test("a served model with monitor.drift is watched against its training profile; monitor drift reads it", async () => {
  reg = await TestRegistry.create();
  // One version whose artifact carries the training profile (as `modelops run` stores it).
  const run = path.join(reg.dir, "run");
  await mkdir(path.join(run, "model"), { recursive: true });
  const model = buildModel(IRIS, 1);
  await saveModel(model, path.join(run, "model"));
  model.dispose();
  await writeFile(path.join(run, "model", "preprocessing.json"), JSON.stringify(IRIS));
  await writeFile(path.join(run, "metrics.json"), "{}");
  const train = new FeatureWindow(FEATURES, 2000);
  for (const r of rows("train", 2000)) train.add(r);
  await writeFile(path.join(run, "profile.json"), JSON.stringify(train.profile()));
  const put = await reg.registry.putArtifact(run);
  await reg.registry.createVersion("iris", { key: sha256Hex("iris/1"), digest: put.digest });
  await reg.promote("iris", 1);
  const config = path.join(reg.dir, "modelops.yaml");
  await writeFile(
    config,
    `version: 1
models:
  iris:
    task: classification
    data: { target: species, train: { format: csv, path: data/iris.csv } }
    model: { architecture: mlp, dense: [6] }
    monitor: { drift: { method: auto, threshold: 0.1 } }
`,
  );
  const lines: string[] = [];
  const monitoring = await serverMonitoring({
    registry: reg.root,
    config,
    checkMs: 60_000,
    log: (l) => lines.push(l),
  });
  stop = monitoring.stop;
  expect(lines).toEqual(["iris: watching input drift against the training profile of v1"]);
  server = await startServer({
    registry: reg.root,
    config,
    port: 0,
    backend: "cpu",
    log: () => {},
    observeInputs: monitoring.observeInputs,
    registerMetrics: monitoring.registerMetrics,
  });
  const send = async (batch: unknown[]) => {
    const res = await fetch(`${server!.url}/v1/models/iris:predict`, {
      method: "POST",
      body: JSON.stringify({ instances: batch }),
    });
    expect(res.status).toBe(200);
  };
  await send(rows("live", 1000));
  await monitoring.check();
  let r = await runCli(["monitor", "drift", "--server", server.url]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^iris: no drift \(0% of features\), live window 1000 rows$/m);

  await send(rows("shifted", 1000, 1));
  await monitoring.check();
  r = await runCli(["monitor", "drift", "--server", server.url, "-m", "iris"]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^iris: DRIFTED \(50% of features\), live window 1000 rows$/m);
  expect(r.stdout).toMatch(/^ {2}! petal_length/m);
  expect(r.stdout).toMatch(/^ {4}sepal_length/m);
});
