// Writes `model/model.onnx` beside the tfjs files, so a modelops artifact can be served by KServe, Triton or
// any ONNX runtime. Written only when onnxruntime, run on the test split, gives tfjs's outputs within 1e-5;
// otherwise (a layer with no ONNX mapping, a difference, a library missing) `model/onnx.json` records the
// one-line reason and the run goes on: the tfjs model is the artifact, model.onnx an addition.
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import * as tf from "../train/tf.ts";
import { type Graph, NotExportable, OPSET, toGraph } from "./graph.ts";

export const ONNX_FILE = "model.onnx";
export const ONNX_REPORT = "onnx.json";
/**
 * Largest difference between tfjs's and onnxruntime's outputs that still counts as the same model: absolute
 * for values up to 1 in magnitude (probabilities), relative above.
 */
export const TOLERANCE = 1e-5;
/** Test rows the export is checked on (all of them up to this many: the check runs once, at training). */
export const CHECK_ROWS = 2_000;

export interface OnnxReport {
  exported: boolean;
  /** Why there is no model.onnx (one line), when exported is false. */
  reason?: string;
  opset: number;
  /** Rows of the test split it was checked on, and the largest difference found (relative above 1). */
  checkedRows?: number;
  maxAbsDiff?: number;
}

export type OnnxRuntime = typeof import("onnxruntime-node");
let runtime: Promise<OnnxRuntime | string> | undefined;

/**
 * The optional onnxruntime-node module, or why it is not there. MODELOPS_ONNXRUNTIME=off acts as if it were
 * not installed (to serve without it, and to test that path).
 */
export function onnxRuntime(): Promise<OnnxRuntime | string> {
  if (process.env.MODELOPS_ONNXRUNTIME === "off") {
    return Promise.resolve("onnxruntime-node is turned off (MODELOPS_ONNXRUNTIME=off)");
  }
  // Node's own require, not an import: under Jest's VM an import would load onnxruntime-common inside the
  // VM, where the tensors its native binding returns fail its own instanceof checks.
  runtime ??= new Promise((resolve) => {
    try {
      resolve(createRequire(import.meta.url)("onnxruntime-node") as OnnxRuntime);
    } catch (err) {
      resolve(
        `onnxruntime-node is not installed (${(err as Error).message.split("\n")[0]}); npm install onnxruntime-node`,
      );
    }
  });
  return runtime;
}

type OnnxProto = typeof import("onnx-proto").onnx;
async function onnxProto(): Promise<OnnxProto | string> {
  try {
    const m = (await import("onnx-proto")) as { default?: { onnx: OnnxProto }; onnx?: OnnxProto };
    return (m.onnx ?? m.default!.onnx) as OnnxProto;
  } catch {
    return "onnx-proto is not installed; npm install onnx-proto";
  }
}

/** The ModelProto bytes of a graph. */
export function encodeGraph(graph: Graph, proto: OnnxProto): Uint8Array {
  const dims = (shape: number[]) =>
    shape.map((d, i) => (d < 0 ? { dimParam: i === 0 ? "batch" : `d${i}` } : { dimValue: d }));
  const valueInfo = (v: { name: string; shape: number[] }) => ({
    name: v.name,
    type: { tensorType: { elemType: proto.TensorProto.DataType.FLOAT, shape: { dim: dims(v.shape) } } },
  });
  const A = proto.AttributeProto.AttributeType;
  const attribute = (name: string, value: unknown, float: boolean) => {
    if (typeof value === "string") return { name, type: A.STRING, s: Buffer.from(value) };
    if (Array.isArray(value) && typeof value[0] === "string")
      return { name, type: A.STRINGS, strings: (value as string[]).map((s) => Buffer.from(s)) };
    if (Array.isArray(value))
      return float ? { name, type: A.FLOATS, floats: value } : { name, type: A.INTS, ints: value };
    return float ? { name, type: A.FLOAT, f: value as number } : { name, type: A.INT, i: value as number };
  };
  const model = proto.ModelProto.create({
    irVersion: 8,
    producerName: "modelops",
    opsetImport: [{ domain: "", version: OPSET }],
    graph: {
      name: "modelops",
      node: graph.nodes.map((n, i) => ({
        name: `${n.op}_${i}`,
        opType: n.op,
        input: n.inputs,
        output: n.outputs,
        attribute: Object.entries(n.attrs ?? {}).map(([k, v]) =>
          attribute(k, v, n.floats?.includes(k) ?? false),
        ),
      })),
      initializer: graph.initializers.map((t) => ({
        name: t.name,
        dims: t.dims,
        dataType:
          t.data instanceof Float32Array
            ? proto.TensorProto.DataType.FLOAT
            : proto.TensorProto.DataType.INT64,
        rawData: new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength),
      })),
      input: [valueInfo(graph.input)],
      output: [valueInfo(graph.output)],
    },
  });
  return proto.ModelProto.encode(model).finish();
}

/**
 * Exports `model` to `<dir>/model.onnx` when it maps to ONNX and matches tfjs on `check` (rows of the test
 * split, flattened: n * the model's input size); always writes `<dir>/onnx.json` saying what happened.
 */
export async function exportOnnx(
  model: tf.LayersModel,
  dir: string,
  check: { x: Float32Array; n: number },
  log: (line: string) => void = () => {},
): Promise<OnnxReport> {
  const report = await tryExport(model, dir, check);
  if (!report.exported) await rm(join(dir, ONNX_FILE), { force: true });
  await writeFileAtomic(join(dir, ONNX_REPORT), `${JSON.stringify(report, null, 2)}\n`);
  log(
    report.exported
      ? `onnx: wrote ${ONNX_FILE} (opset ${OPSET}; onnxruntime matches tfjs on ${report.checkedRows} test rows, max |diff| ${report.maxAbsDiff?.toExponential(2)})`
      : `onnx: no ${ONNX_FILE}: ${report.reason}`,
  );
  return report;
}

async function tryExport(
  model: tf.LayersModel,
  dir: string,
  check: { x: Float32Array; n: number },
): Promise<OnnxReport> {
  const proto = await onnxProto();
  if (typeof proto === "string") return { exported: false, reason: proto, opset: OPSET };
  const ort = await onnxRuntime();
  if (typeof ort === "string")
    return { exported: false, reason: `cannot check the export: ${ort}`, opset: OPSET };
  let bytes: Uint8Array;
  try {
    bytes = encodeGraph(toGraph(model), proto);
  } catch (err) {
    // A layer with no mapping, or a bug of the exporter: either way the run goes on without model.onnx.
    const reason =
      err instanceof NotExportable
        ? err.message
        : `the export failed (${(err as Error).message.split("\n")[0]})`;
    return { exported: false, reason, opset: OPSET };
  }
  const n = Math.min(check.n, CHECK_ROWS);
  const sampleShape = model.inputs[0]!.shape.slice(1) as number[];
  const size = sampleShape.reduce((a, b) => a * b, 1);
  let maxAbsDiff: number;
  try {
    const session = await ort.InferenceSession.create(bytes);
    try {
      const x = check.x.subarray(0, n * size);
      const result = await session.run({ input: new ort.Tensor("float32", x, [n, ...sampleShape]) });
      const got = result.output!.data as Float32Array;
      const want = tf.tidy(() => (model.predict(tf.tensor(x, [n, ...sampleShape])) as tf.Tensor).dataSync());
      if (got.length !== want.length) {
        return {
          exported: false,
          reason: `onnxruntime gives ${got.length} outputs, tfjs ${want.length}`,
          opset: OPSET,
        };
      }
      // Absolute on probabilities; relative beyond magnitude 1 (a regression target in its own units).
      maxAbsDiff = 0;
      for (let i = 0; i < got.length; i++) {
        const diff = Math.abs(got[i]! - want[i]!) / Math.max(1, Math.abs(want[i]!));
        maxAbsDiff = Math.max(maxAbsDiff, diff);
      }
    } finally {
      await session.release();
    }
  } catch (err) {
    return {
      exported: false,
      reason: `onnxruntime cannot run the exported graph (${(err as Error).message.split("\n")[0]})`,
      opset: OPSET,
    };
  }
  if (!(maxAbsDiff <= TOLERANCE)) {
    return {
      exported: false,
      reason: `onnxruntime differs from tfjs by ${maxAbsDiff} (> ${TOLERANCE}) on the test split`,
      opset: OPSET,
      checkedRows: n,
      maxAbsDiff,
    };
  }
  await writeFileAtomic(join(dir, ONNX_FILE), Buffer.from(bytes));
  return { exported: true, opset: OPSET, checkedRows: n, maxAbsDiff };
}
