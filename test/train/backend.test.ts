import { describe, expect, test } from "@jest/globals";
import { initBackend } from "../../pipelines/train/backend.ts";
import { describeKernelsBuild } from "../../pipelines/train/kernels/index.ts";
import * as tf from "../../pipelines/train/tf.ts";

describe("initBackend", () => {
  test("auto falls back to wasm where the native bindings are not installed, and says why", async () => {
    const info = await initBackend("auto");
    expect(info.name).toBe("wasm");
    expect(tf.getBackend()).toBe("wasm");
    expect(info.rejected.map((r) => r.name)).toEqual(["tensorflow-gpu", "tensorflow"]);
    expect(info.rejected[0]?.why).toBe("@tensorflow/tfjs-node-gpu is not installed");
    expect(info.reason).toContain("wasm");
    // and which build of the training kernels runs (relaxed SIMD on Node 24, SIMD128 on Node 20)
    expect(info.reason).toContain(`; ${describeKernelsBuild()}`);
    // a second call is answered from the first
    expect(await initBackend("auto")).toBe(info);
  });

  test("a forced tensorflow-gpu that cannot load fails with one line that says how to fix it", async () => {
    const err = await initBackend("tensorflow-gpu").catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "ModelopsError", exitCode: 2 });
    const message = (err as Error).message;
    expect(message).toBe(
      'backend "tensorflow-gpu" was requested in modelops.yaml (train.backend) but could not load: @tensorflow/tfjs-node-gpu is not installed; install @tensorflow/tfjs-node-gpu on a CUDA runner or set train.backend: auto',
    );
    expect(message).not.toContain("\n");
  });

  test("cpu can be forced, runs without the install-tfjs-node banner, and wasm can be taken back", async () => {
    const printed: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void printed.push(args.join(" "));
    try {
      const info = await initBackend("cpu");
      expect(info.name).toBe("cpu");
      expect(tf.getBackend()).toBe("cpu");
      tf.tidy(() => tf.tensor([1, 2, 3]).square().dataSync());
    } finally {
      console.warn = warn;
    }
    expect(printed.join("\n")).not.toContain("tfjs-node");
    expect((await initBackend("wasm")).name).toBe("wasm");
    expect(tf.getBackend()).toBe("wasm");
  });
});
