// What a step checks about the machine it runs on: a native tfjs install that the runner image provides is
// found and made visible to the bundle, and a fork's labelled commit is what the workspace holds.

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "@jest/globals";
import { contextFromEnv } from "../../actions/lib/context.ts";
import { linkNativeBackends, nativeSearchDirs, prepareNativeBackends } from "../../actions/lib/gpu.ts";
import { checkTrust } from "../../actions/lib/trust.ts";
import { run as train } from "../../actions/train/main.ts";
import { FAST_IRIS, prEvent, runStep, workspace } from "../support/action-harness.ts";
import { makeRepo } from "../support/repo.ts";

describe("native backends on a runner image", () => {
  test("a tfjs-node-gpu installed in MODELOPS_NODE_MODULES is linked where the bundle resolves packages", async () => {
    const image = await mkdtemp(join(tmpdir(), "modelops-image-"));
    const pkg = join(image, "node_modules", "@tensorflow", "tfjs-node-gpu");
    await mkdir(pkg, { recursive: true });
    await writeFile(
      join(pkg, "package.json"),
      JSON.stringify({ name: "@tensorflow/tfjs-node-gpu", main: "index.js" }),
    );
    await writeFile(join(pkg, "index.js"), "module.exports = { registered: 'tensorflow' };\n");
    const dirs = nativeSearchDirs({ MODELOPS_NODE_MODULES: join(image, "node_modules") });
    expect(dirs[0]).toBe(join(image, "node_modules"));

    const action = await mkdtemp(join(tmpdir(), "modelops-checkout-"));
    const linked = await linkNativeBackends({ searchDirs: dirs, linkRoot: action });
    expect(linked).toEqual([{ pkg: "@tensorflow/tfjs-node-gpu", from: pkg }]);
    // What the bundle's backend selection does: import() the package from a chunk in dist/lib/.
    const chunk = join(action, "dist", "lib", "chunk.mjs");
    await mkdir(join(action, "dist", "lib"), { recursive: true });
    await writeFile(
      chunk,
      'const m = await import("@tensorflow/tfjs-node-gpu");\nconsole.log(m.default.registered);\n',
    );
    const { stdout } = await promisify(execFile)(process.execPath, [chunk]);
    expect(stdout.trim()).toBe("tensorflow");
    // Linking again is a no-op: the package resolves now.
    expect(await linkNativeBackends({ searchDirs: dirs, linkRoot: action })).toEqual([]);
  });
});

describe("a runner with an NVIDIA GPU", () => {
  // nvidia-smi as the driver installs it, answering for one H100 (there is no GPU on this machine).
  async function withGpu<T>(fn: () => Promise<T>): Promise<T> {
    const bin = await mkdtemp(join(tmpdir(), "modelops-driver-"));
    await writeFile(
      join(bin, "nvidia-smi"),
      '#!/bin/sh\ncase "$1" in --query*) echo "NVIDIA H100 80GB HBM3, 550.54.15";; *) echo "| NVIDIA-SMI 550.54.15    Driver Version: 550.54.15    CUDA Version: 12.4 |";; esac\n',
    );
    await chmod(join(bin, "nvidia-smi"), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      return await fn();
    } finally {
      process.env.PATH = path;
    }
  }

  test("training that leaves the GPU idle is a warning that says why the GPU backend did not load", async () => {
    const ws = await workspace();
    const r = await withGpu(() => runStep(train, { ws }));
    expect(r.failed).toBe(false);
    expect(r.stdout).toContain(
      "::warning::this runner has a GPU (NVIDIA H100 80GB HBM3 (driver 550.54.15)) but training runs on wasm (tensorflow-gpu: @tensorflow/tfjs-node-gpu is not installed)",
    );
    expect(r.summary).toContain("; GPU: NVIDIA H100 80GB HBM3 (driver 550.54.15).");
  });

  test("gpu-install puts tfjs-node-gpu into the tool cache once per CUDA version; the next job takes it from there", async () => {
    // A stand-in for the registry's package, packed by npm: the install runs offline, from the tarball.
    const src = await mkdtemp(join(tmpdir(), "modelops-pkg-"));
    await writeFile(
      join(src, "package.json"),
      JSON.stringify({ name: "@tensorflow/tfjs-node-gpu", version: "4.22.0" }),
    );
    await writeFile(join(src, "index.js"), "module.exports = {};\n");
    const { stdout: tgz } = await promisify(execFile)(
      "npm",
      ["pack", "--silent", "--pack-destination", src],
      { cwd: src },
    );
    const toolCache = await mkdtemp(join(tmpdir(), "modelops-toolcache-"));
    const env = { MODELOPS_TFJS_NODE_GPU: join(src, tgz.trim()), npm_config_offline: "true" };
    Object.assign(process.env, env);
    try {
      const job = async () =>
        withGpu(async () =>
          prepareNativeBackends({
            install: true,
            required: "tensorflow-gpu",
            configured: "auto",
            linkRoot: await mkdtemp(join(tmpdir(), "modelops-checkout-")),
            toolCache,
            searchDirs: [],
          }),
        );
      const dir = join(toolCache, "modelops-tfjs-node-gpu", "4.22.0-cuda12.4", process.arch);
      expect(await job()).toEqual([
        `@tensorflow/tfjs-node-gpu for CUDA 12.4 installed into the tool cache (${join(dir, "node_modules")}).`,
      ]);
      expect(existsSync(`${dir}.complete`)).toBe(true);
      expect(await job()).toEqual([
        `@tensorflow/tfjs-node-gpu for CUDA 12.4 taken from the tool cache (${join(dir, "node_modules")}).`,
      ]);
    } finally {
      for (const k of Object.keys(env)) delete process.env[k];
    }
  }, 60_000);

  test("train.backend: tensorflow-gpu in modelops.yaml that cannot load fails the step, naming the GPU", async () => {
    const ws = await workspace(
      FAST_IRIS.replace("batchSize: 16, seed: 42 }", "batchSize: 16, seed: 42, backend: tensorflow-gpu }"),
    );
    const r = await withGpu(() => runStep(train, { ws }));
    expect(r.failed).toBe(true);
    expect(r.errors.at(-1)).toMatch(
      /^::error::backend "tensorflow-gpu" was requested in modelops.yaml \(train.backend\) but could not load: .*; GPU: NVIDIA H100 80GB HBM3 \(driver 550.54.15\) \(see docs\/actions.md#gpu-runners\)$/,
    );
  });

  test("backend: tensorflow-gpu fails the step, naming the GPU that is there", async () => {
    const ws = await workspace();
    const r = await withGpu(() => runStep(train, { ws, inputs: { backend: "tensorflow-gpu" } }));
    expect(r.failed).toBe(true);
    expect(r.errors.at(-1)).toContain(
      "@tensorflow/tfjs-node-gpu is not installed; GPU: NVIDIA H100 80GB HBM3 (driver 550.54.15) (see docs/actions.md#gpu-runners)",
    );
  });
});

describe("the checkout of a labelled fork commit", () => {
  test("a workspace holding another commit than the labelled one is refused", async () => {
    const { dir, g } = await makeRepo();
    const head = await g("rev-parse", "HEAD");
    const labelled = "c".repeat(40);
    const event = prEvent({
      fork: true,
      action: "labeled",
      label: "safe-to-train",
      sender: "carol",
      sha: labelled,
    });
    const ctx = {
      ...contextFromEnv({}),
      eventName: event.name,
      payload: event.payload,
      repository: "acme/models",
      workspace: dir,
    };
    const api = {
      pull: async () => ({ headSha: labelled, labels: ["safe-to-train"], state: "open" }),
      permission: async () => "admin",
      fileAt: async () => null,
    };
    const verdict = await checkTrust(ctx, { label: "safe-to-train", api });
    expect(verdict.allowed).toBe(false);
    expect(verdict.reason).toContain(
      `the workspace holds ${head.slice(0, 7)}, not the labelled commit ccccccc; check it out with actions/checkout's ref: \${{ github.event.pull_request.head.sha }}`,
    );
    const ok = await checkTrust(ctx, {
      label: "safe-to-train",
      api: { ...api, pull: async () => ({ headSha: head, labels: ["safe-to-train"], state: "open" }) },
    });
    expect(ok).toMatchObject({ allowed: false });
    const same = prEvent({
      fork: true,
      action: "labeled",
      label: "safe-to-train",
      sender: "carol",
      sha: head,
    });
    const allowed = await checkTrust(
      { ...ctx, payload: same.payload },
      {
        label: "safe-to-train",
        api: { ...api, pull: async () => ({ headSha: head, labels: ["safe-to-train"], state: "open" }) },
      },
    );
    expect(allowed).toMatchObject({ allowed: true, untrusted: true });
  });
});
