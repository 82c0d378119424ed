// Open Inference Protocol v2 (KServe, Triton; https://github.com/kserve/open-inference-protocol):
//   GET  /v2                                          server metadata
//   GET  /v2/health/live, /v2/health/ready            probes (ready: every model's default label is loaded)
//   GET  /v2/models/{m}[/versions/{v}]                model metadata (input/output tensors)
//   GET  /v2/models/{m}[/versions/{v}]/ready          model readiness
//   POST /v2/models/{m}[/versions/{v}]/infer          typed tensors in, typed tensors out
// A tabular model takes either one tensor "input" of shape [N, features] (raw feature values in the order the
// metadata lists them), or one tensor per feature, named after it, of shape [N] or [N, 1]. Every element is
// checked against the tensor's datatype; BYTES elements are numbers written as text ("" is a missing value,
// filled by the model's imputation where it has one).
import type { FastifyInstance, FastifyRequest } from "fastify";
import { FLOAT32_MAX } from "../data/transform.ts";
import { MODELOPS_VERSION } from "../version.ts";
import { type Deployment, notLoaded } from "./deployments.ts";
import { predictionId } from "./feedback.ts";
import { HttpError } from "./http-error.ts";
import { logPredictions, num, type RequestLabels, runRoute } from "./inference.ts";
import type { LoadedModel } from "./loaded-model.ts";
import { type Answered, findModel, type ProtocolContext } from "./tfserving.ts";

export const INPUT = "input";
const DATATYPES = [
  "BOOL",
  "UINT8",
  "UINT16",
  "UINT32",
  "UINT64",
  "INT8",
  "INT16",
  "INT32",
  "INT64",
  "FP16",
  "FP32",
  "FP64",
  "BYTES",
] as const;
type Datatype = (typeof DATATYPES)[number];

const INT_RANGE: Partial<Record<Datatype, [number, number]>> = {
  UINT8: [0, 255],
  UINT16: [0, 65_535],
  UINT32: [0, 4_294_967_295],
  UINT64: [0, Number.MAX_SAFE_INTEGER],
  INT8: [-128, 127],
  INT16: [-32_768, 32_767],
  INT32: [-2_147_483_648, 2_147_483_647],
  INT64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

export interface V2Context extends ProtocolContext {
  /** False while starting (nothing loaded yet) and while draining on shutdown. */
  ready(): { ready: boolean; reason?: string };
}

type VersionParams = { model: string; version?: string };

export function registerV2(app: FastifyInstance, ctx: V2Context): void {
  const { deployments } = ctx;

  app.get("/v2", async () => ({ name: "modelops", version: MODELOPS_VERSION, extensions: [] }));
  app.get("/v2/health/live", async () => ({ live: true }));
  app.get("/v2/health/ready", async (_request, reply) => {
    const { ready, reason } = ctx.ready();
    if (!ready) reply.code(503);
    return reason ? { ready, reason } : { ready };
  });

  const metadataRoute = async (request: FastifyRequest<{ Params: VersionParams }>) => {
    const dep = findModel(deployments, request.params.model);
    return modelMetadata(dep, pickLoaded(ctx, dep, request.params.version));
  };
  app.get("/v2/models/:model", metadataRoute);
  app.get("/v2/models/:model/versions/:version", metadataRoute);

  const readyRoute = async (
    request: FastifyRequest<{ Params: VersionParams }>,
    reply: { code(n: number): unknown },
  ) => {
    const dep = findModel(deployments, request.params.model);
    const version = parseVersion(request.params.version);
    const loaded = version === undefined ? dep.production : dep.state.versions.get(version);
    if (!loaded) reply.code(503);
    return {
      name: dep.name,
      ...(version !== undefined && { version: String(version) }),
      ready: loaded !== undefined,
    };
  };
  app.get("/v2/models/:model/ready", readyRoute);
  app.get("/v2/models/:model/versions/:version/ready", readyRoute);
}

/** POST /v2/models/{model}[/versions/{version}]/infer. */
export async function inferV2(
  ctx: ProtocolContext,
  model: string,
  versionText: string | undefined,
  body: unknown,
  requestId: string | undefined,
  labels: RequestLabels,
  splitKey?: string,
): Promise<Answered> {
  const { deployments } = ctx;
  const dep = findModel(deployments, model);
  labels.model = dep.name;
  const version = parseVersion(versionText);
  const read = readInferBody(body);
  const route = deployments.route(dep, version, undefined, splitKey ?? requestId ?? read.id);
  labels.version = String(route.loaded.version);
  labels.label = route.label;
  const instances = tensorsToRows(route.loaded, read.inputs);
  const outputs = requestedOutputs(route.loaded, read.outputs);
  const answer = await runRoute(ctx.metrics, dep, route, instances);
  const { loaded, out, n } = answer;
  const id = predictionId(read.id ?? requestId);
  await logPredictions(ctx.predictions, dep.name, answer, id);
  return {
    body: inferResponse(loaded, out, n, outputs, id),
    version: loaded.version,
    label: route.label,
    id,
  };
}

function parseVersion(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,15}$/.test(text)) {
    throw new HttpError(400, `version "${text}" is not a number; versions are 1, 2, ...`);
  }
  return Number(text);
}

function pickLoaded(ctx: V2Context, dep: Deployment, versionText: string | undefined): LoadedModel {
  const version = parseVersion(versionText);
  if (version === undefined && !dep.production) throw notLoaded(dep, dep.defaultLabel);
  return ctx.deployments.route(dep, version, version === undefined ? dep.defaultLabel : undefined).loaded;
}

interface OutputTensor {
  name: string;
  datatype: Datatype;
  shape: number[];
}

/** The model's output tensors: probabilities and classes (classification) or predictions (regression). */
function outputTensors(loaded: LoadedModel): OutputTensor[] {
  if (loaded.labels) {
    return [
      { name: "probabilities", datatype: "FP32", shape: [-1, loaded.width] },
      { name: "classes", datatype: "BYTES", shape: [-1] },
    ];
  }
  return [{ name: "predictions", datatype: "FP32", shape: [-1, 1] }];
}

function modelMetadata(dep: Deployment, loaded: LoadedModel): unknown {
  const t = loaded.transform;
  return {
    name: dep.name,
    versions: [...dep.state.versions.keys()].sort((a, b) => a - b).map(String),
    platform: loaded.path === "onnx" ? "onnxruntime_onnx" : "tensorflowjs",
    inputs: [{ name: INPUT, datatype: "FP32", shape: [-1, loaded.transform.features.length] }],
    outputs: outputTensors(loaded),
    parameters: {
      version: String(loaded.version),
      task: t.task,
      features: t.features.map((f) => f.name),
      ...(loaded.labels ? { classes: loaded.labels } : {}),
      digest: loaded.digest,
      inference: loaded.inference,
    },
  };
}

interface InputTensor {
  name: string;
  shape: number[];
  datatype: Datatype;
  data: unknown[];
}

interface InferBody {
  id?: string;
  inputs: InputTensor[];
  outputs?: string[];
}

const INFER_SHAPE = `send {"inputs": [{"name": "input", "shape": [N, features], "datatype": "FP32", "data": [...]}]}`;

function readInferBody(body: unknown): InferBody {
  if (body === undefined) throw new HttpError(400, `request body is empty; ${INFER_SHAPE}`);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpError(400, `request body must be a JSON object; ${INFER_SHAPE}`);
  }
  const b = body as Record<string, unknown>;
  const out: InferBody = { inputs: [] };
  if (b.id !== undefined) {
    if (typeof b.id !== "string") throw new HttpError(400, `"id" must be a string`);
    out.id = b.id;
  }
  if (b.parameters !== undefined) {
    checkParameters(b.parameters, "request");
  }
  if (!Array.isArray(b.inputs) || b.inputs.length === 0) {
    throw new HttpError(400, `"inputs" must be a non-empty array of tensors; ${INFER_SHAPE}`);
  }
  out.inputs = b.inputs.map((t, i) => readTensor(t, i));
  if (b.outputs !== undefined) {
    if (!Array.isArray(b.outputs)) throw new HttpError(400, `"outputs" must be an array of {"name": ...}`);
    out.outputs = b.outputs.map((o, i) => {
      const name = (o as { name?: unknown } | null)?.name;
      if (typeof name !== "string") throw new HttpError(400, `outputs[${i}] must be an object with a "name"`);
      if ((o as { parameters?: unknown }).parameters !== undefined) {
        checkParameters((o as { parameters: unknown }).parameters, `output "${name}"`);
      }
      return name;
    });
  }
  return out;
}

function checkParameters(p: unknown, where: string): void {
  if (p === null || typeof p !== "object" || Array.isArray(p)) {
    throw new HttpError(400, `"parameters" of the ${where} must be an object`);
  }
  for (const key of ["binary_data", "binary_data_output", "binary_data_size"]) {
    const v = (p as Record<string, unknown>)[key];
    if (v !== undefined && v !== false) {
      throw new HttpError(
        400,
        `the ${where} asks for "${key}": the binary tensor data extension is not supported; send JSON data`,
      );
    }
  }
}

function readTensor(t: unknown, i: number): InputTensor {
  if (t === null || typeof t !== "object" || Array.isArray(t)) {
    throw new HttpError(400, `inputs[${i}] must be a tensor object; ${INFER_SHAPE}`);
  }
  const { name, shape, datatype, data, parameters } = t as Record<string, unknown>;
  if (typeof name !== "string" || name === "") throw new HttpError(400, `inputs[${i}] has no "name"`);
  const where = `input "${name}"`;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && (d as number) >= 0)) {
    throw new HttpError(400, `${where}: "shape" must be an array of non-negative integers, such as [2, 4]`);
  }
  if (typeof datatype !== "string" || !(DATATYPES as readonly string[]).includes(datatype)) {
    throw new HttpError(
      400,
      `${where}: datatype ${JSON.stringify(datatype)} is not one of ${DATATYPES.join(", ")}`,
    );
  }
  if (parameters !== undefined) checkParameters(parameters, where);
  if (!Array.isArray(data))
    throw new HttpError(400, `${where}: "data" must be an array (flat, row-major, or nested)`);
  const flat = flatten(data);
  const expected = (shape as number[]).reduce((a, b) => a * b, 1);
  if (flat.length !== expected) {
    throw new HttpError(
      400,
      `${where}: shape [${(shape as number[]).join(", ")}] needs ${expected} elements but "data" has ${flat.length}`,
    );
  }
  return { name, shape: shape as number[], datatype: datatype as Datatype, data: flat };
}

function flatten(data: unknown[]): unknown[] {
  if (!data.some(Array.isArray)) return data;
  const out: unknown[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else out.push(v);
  };
  visit(data);
  return out;
}

/** What FP16 and FP32 elements can hold: a larger number would be Infinity in the tensor. */
const FLOAT_RANGE: Partial<Record<Datatype, { max: number; range: string }>> = {
  FP16: { max: 65504, range: "±65504 (the float16 range)" },
  FP32: { max: FLOAT32_MAX, range: "±3.4e38 (the float32 range)" },
};

/** One element checked against its tensor's datatype and turned into what the transform reads. */
function element(t: InputTensor, k: number): number | string {
  const v = t.data[k];
  const dt = t.datatype;
  if (dt === "BYTES") {
    if (typeof v === "string") return v;
    throw typeError(t, k, v, "a string holding a number");
  }
  if (dt === "BOOL") {
    if (typeof v === "boolean") return v ? 1 : 0;
    throw typeError(t, k, v, "true or false");
  }
  if (typeof v !== "number") throw typeError(t, k, v, "a number");
  const float = FLOAT_RANGE[dt];
  if (float && !(Math.abs(v) <= float.max)) throw typeError(t, k, v, `a number within ${float.range}`);
  const range = INT_RANGE[dt];
  if (range && (!Number.isInteger(v) || v < range[0] || v > range[1])) {
    throw typeError(t, k, v, `an integer from ${range[0]} to ${range[1]}`);
  }
  return v;
}

function typeError(t: InputTensor, k: number, v: unknown, want: string): HttpError {
  const shown =
    typeof v === "string" ? JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v) : JSON.stringify(v);
  return new HttpError(
    400,
    `input "${t.name}": datatype ${t.datatype} needs ${want}, but element ${k} is ${shown}; fix the value or the datatype`,
  );
}

/** The request's tensors -> raw rows in feature order, checked against the model's signature. */
function tensorsToRows(loaded: LoadedModel, inputs: InputTensor[]): unknown[] {
  const features = loaded.transform.features.map((f) => f.name);
  const f = features.length;
  const signature = `send one tensor "${INPUT}" of shape [N, ${f}] or one tensor per feature (${features.join(", ")}) of shape [N]`;
  if (inputs.length === 1 && inputs[0]!.name === INPUT) {
    const t = inputs[0]!;
    if (t.shape.length !== 2 || t.shape[1] !== f || t.shape[0]! < 1) {
      throw new HttpError(
        400,
        `input "${INPUT}" has shape [${t.shape.join(", ")}] but model "${loaded.name}" takes [N, ${f}] with N >= 1 (features: ${features.join(", ")})`,
      );
    }
    const n = t.shape[0]!;
    const rows = new Array<unknown[]>(n);
    for (let i = 0; i < n; i++) {
      const row = new Array<number | string>(f);
      for (let j = 0; j < f; j++) row[j] = element(t, i * f + j);
      rows[i] = row;
    }
    return rows;
  }
  const byName = new Map<string, InputTensor>();
  for (const t of inputs) {
    if (!features.includes(t.name)) {
      throw new HttpError(400, `input "${t.name}" is not an input of model "${loaded.name}"; ${signature}`);
    }
    if (byName.has(t.name)) throw new HttpError(400, `input "${t.name}" is sent twice`);
    byName.set(t.name, t);
  }
  const missing = features.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    throw new HttpError(
      400,
      `input${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} missing; ${signature}`,
    );
  }
  const n = inputs[0]!.shape[0] ?? 0;
  for (const t of inputs) {
    const ok =
      (t.shape.length === 1 || (t.shape.length === 2 && t.shape[1] === 1)) && t.shape[0] === n && n >= 1;
    if (!ok) {
      throw new HttpError(
        400,
        `input "${t.name}" has shape [${t.shape.join(", ")}]; each feature tensor must be [N] or [N, 1] with the same N >= 1 (the first is [${inputs[0]!.shape.join(", ")}])`,
      );
    }
  }
  const columns = features.map((name) => byName.get(name)!);
  const rows = new Array<unknown[]>(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number | string>(f);
    for (let j = 0; j < f; j++) row[j] = element(columns[j]!, i);
    rows[i] = row;
  }
  return rows;
}

function requestedOutputs(loaded: LoadedModel, names: string[] | undefined): OutputTensor[] {
  const all = outputTensors(loaded);
  if (names === undefined || names.length === 0) return all;
  return names.map((name) => {
    const t = all.find((o) => o.name === name);
    if (!t) {
      throw new HttpError(
        400,
        `output "${name}" is not an output of model "${loaded.name}"; its outputs are ${all.map((o) => `"${o.name}"`).join(", ")}`,
      );
    }
    return t;
  });
}

function inferResponse(
  loaded: LoadedModel,
  out: Float32Array,
  n: number,
  outputs: OutputTensor[],
  id: string | undefined,
): string {
  const parts: string[] = [];
  const w = loaded.width;
  for (const o of outputs) {
    let data = "";
    let shape: string;
    if (o.name === "classes") {
      const names = loaded.labels!.map((c) => JSON.stringify(c));
      for (let i = 0; i < n; i++) {
        let best = 0;
        for (let k = 1; k < w; k++) if (out[i * w + k]! > out[i * w + best]!) best = k;
        data += (i ? "," : "") + names[best];
      }
      shape = `${n}`;
    } else {
      const total = n * w;
      for (let i = 0; i < total; i++) data += (i ? "," : "") + num(out[i]!);
      shape = `${n},${w}`;
    }
    parts.push(`{"name":"${o.name}","datatype":"${o.datatype}","shape":[${shape}],"data":[${data}]}`);
  }
  const head = `{"model_name":${JSON.stringify(loaded.name)},"model_version":"${loaded.version}"`;
  return `${head}${id !== undefined ? `,"id":${JSON.stringify(id)}` : ""},"outputs":[${parts.join(",")}]}`;
}
