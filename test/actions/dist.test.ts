// dist/ is what runners execute: it must be exactly what `npm run bundle` builds from the sources, carry
// tfjs and its wasm files but no native addon, stay a sane size, and run with no node_modules beside it.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "@jest/globals";
import { parse } from "yaml";
import { ACTIONS, bundle, listFiles, ROOT } from "../../actions/bundle.ts";
import { getModel, loadConfig, modelSchema } from "../../pipelines/config/index.ts";
import { modelKey } from "../../pipelines/run/run.ts";
import { FAST_IRIS, parseOutputs, workspace } from "../support/action-harness.ts";

const DIST = join(ROOT, "dist");
/** The bundle is about 10 MiB (tfjs with its wasm binaries, the Actions toolkit, the Azure blob client). */
const MAX_BYTES = 16 * 1024 * 1024;

describe("dist/", () => {
  test("is up to date with the sources (run `npm run bundle` and commit dist/ when this fails)", async () => {
    const fresh = await mkdtemp(join(tmpdir(), "modelops-dist-"));
    await bundle(fresh);
    const [want, have] = [await listFiles(fresh), await listFiles(DIST).catch(() => [])];
    expect(have).toEqual(want);
    const stale: string[] = [];
    for (const f of want) {
      if (!(await readFile(join(fresh, f))).equals(await readFile(join(DIST, f)))) stale.push(f);
    }
    expect(stale).toEqual([]);
  });

  test("has an entry for every action.yml, the wasm binaries, no native addon, and a sane size", async () => {
    for (const action of ACTIONS) {
      const file =
        action === "modelops" ? join(ROOT, "action.yml") : join(ROOT, "actions", action, "action.yml");
      const meta = parse(await readFile(file, "utf8")) as { runs: { using: string; main: string } };
      expect(meta.runs.using).toBe("node24");
      expect((await stat(join(file, "..", meta.runs.main))).isFile()).toBe(true);
    }
    const files = await listFiles(DIST);
    expect(files.filter((f) => f.endsWith(".wasm")).map((f) => f.split("/").pop())).toEqual(
      expect.arrayContaining(["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm"]),
    );
    expect(files.filter((f) => f.endsWith(".node"))).toEqual([]);
    let total = 0;
    for (const f of files) total += (await stat(join(DIST, f))).size;
    expect(total).toBeLessThan(MAX_BYTES);
  });

  test("runs from a copy with no node_modules anywhere above it: wasm binaries, worker threads, the same input key", async () => {
    const home = await mkdtemp(join(tmpdir(), "modelops-action-copy-"));
    await cp(DIST, join(home, "dist"), { recursive: true });
    // Two data-parallel replicas, where the engine has them (train.workers): the trainer then starts
    // dist/lib/parallel-worker.js on a worker thread.
    const parallel = modelSchema.shape.train.unwrap().safeParse({ workers: 2 }).success;
    const ws = await workspace(
      parallel
        ? FAST_IRIS.replace("batchSize: 16, seed: 42 }", "batchSize: 16, seed: 42, workers: 2 }")
        : FAST_IRIS,
    );
    const output = join(home, "output");
    await writeFile(output, "");
    const { stdout } = await promisify(execFile)(process.execPath, [join(home, "dist", "run", "index.js")], {
      cwd: ws,
      env: {
        PATH: process.env.PATH ?? "",
        GITHUB_WORKSPACE: ws,
        GITHUB_OUTPUT: output,
        GITHUB_EVENT_NAME: "push",
        INPUT_UPLOAD: "false",
        INPUT_CACHE: "false",
      },
      timeout: 60_000,
    });
    if (parallel) expect(stdout).toContain("workers: 2");
    else
      await promisify(execFile)(process.execPath, [
        "--check",
        join(home, "dist", "lib", "parallel-worker.js"),
      ]);
    const outputs = parseOutputs(await readFile(output, "utf8"));
    expect(outputs).toMatchObject({ "cache-hit": "false", backend: "wasm", gate: "pass" });
    // The bundle computes the key the CLI and the bot compute (the modelops version is part of it).
    const loaded = await loadConfig(join(ws, "modelops.yaml"));
    const { name, config } = getModel(loaded, "iris");
    expect(outputs.key).toBe(await modelKey({ configDir: loaded.dir, name, config }));
    const metrics = JSON.parse(await readFile(join(ws, "runs/iris/metrics.json"), "utf8"));
    expect(metrics.metrics.accuracy).toBeGreaterThan(0.5);
  });
});
