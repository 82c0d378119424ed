// TF Serving's REST API (https://www.tensorflow.org/tfx/serving/api_rest):
//   GET  /v1/models/{m}[/versions/{v}|/labels/{l}]            model status (model_version_status)
//   GET  /v1/models/{m}[/versions/{v}|/labels/{l}]/metadata   signatures of the model
//   POST /v1/models/{m}[/versions/{v}|/labels/{l}]:predict    {"instances": [...]} or {"inputs": ...}
//   POST ...:classify (classification models), ...:regress (regression models)  {"examples": [...]}
// The verb after a literal colon does not fit fastify's router (`/:model::predict` reads as one parameter
// named "model::predict"), so one wildcard route per method takes everything under /v1/models/ and
// parsePath() splits it.
import type { FastifyInstance } from "fastify";
import { available, type Deployment, type Deployments, notLoaded } from "./deployments.ts";
import { MAX_FEEDBACK_ITEMS, postFeedback, predictionId } from "./feedback.ts";
import { forClients, HttpError } from "./http-error.ts";
import { logPredictions, num, predictionsJson, type RequestLabels, runRoute } from "./inference.ts";
import type { LoadedModel } from "./loaded-model.ts";
import type { ServeMetrics } from "./metrics.ts";
import type { PredictionStore } from "./prediction-log.ts";

export interface ModelPath {
  model: string;
  version?: number;
  label?: string;
  /** `predict`, `classify`, `regress` after the colon; undefined for status and metadata. */
  verb?: string;
  metadata: boolean;
}

const PATH_RE = /^([^/:]+)(?:\/versions\/([^/:]+)|\/labels\/([^/:]+))?(?::([A-Za-z]+)|\/(metadata))?$/;

/** Parses what follows `/v1/models/`; undefined when it is not a TF Serving model path. */
export function parsePath(rest: string): ModelPath | undefined {
  const m = PATH_RE.exec(rest);
  if (!m) return undefined;
  const path: ModelPath = { model: m[1]!, metadata: m[5] !== undefined };
  if (m[2] !== undefined) {
    if (!/^\d{1,15}$/.test(m[2])) {
      throw new HttpError(
        400,
        `version "${m[2]}" in /v1/models/${rest} is not a number; versions are 1, 2, ...`,
      );
    }
    path.version = Number(m[2]);
  }
  if (m[3] !== undefined) path.label = m[3];
  if (m[4] !== undefined) path.verb = m[4];
  return path;
}

export interface ProtocolContext {
  deployments: Deployments;
  metrics: ServeMetrics;
  /** The prediction log; undefined when the server logs nothing. */
  predictions?: PredictionStore;
}

const ROUTES =
  "GET /v1/models/{model}[/versions/{v}|/labels/{l}][/metadata], POST /v1/models/{model}[/versions/{v}|/labels/{l}]:predict|:classify|:regress, /v2/..., GET /metrics";

/** What a data-plane handler answers: the JSON body and which version (and label) produced it. */
export interface Answered {
  body: string;
  /** Undefined for answers no version produced (feedback). */
  version?: number;
  label: string;
  /** HTTP status; default 200. */
  status?: number;
  /** The prediction id the answer's records are logged under (the X-Request-Id header of the answer). */
  id?: string;
}

/**
 * POST /v1/models/{rest}: :predict, :classify or :regress on the routed version. `labels` is filled in as the
 * request is understood, for the metrics of whatever it ends as.
 */
export async function postV1(
  ctx: ProtocolContext,
  rest: string,
  body: unknown,
  requestId: string | undefined,
  labels: RequestLabels,
  splitKey?: string,
): Promise<Answered> {
  const { deployments } = ctx;
  const path = parsePath(rest);
  if (!path || path.metadata || path.verb === undefined) {
    throw new HttpError(
      404,
      `no endpoint POST /v1/models/${rest}; predict with POST /v1/models/{model}:predict`,
    );
  }
  const verb = path.verb;
  if (verb === "feedback") return feedback(ctx, path.model, body);
  if (verb !== "predict" && verb !== "classify" && verb !== "regress") {
    throw new HttpError(
      404,
      `:${verb} is not an endpoint; use POST /v1/models/${path.model}:predict, :classify or :regress`,
    );
  }
  const dep = findModel(deployments, path.model);
  labels.model = dep.name;
  const read = verb === "predict" ? readPredictBody(body) : readExamples(body, verb);
  const route = deployments.route(dep, path.version, path.label, splitKey ?? requestId);
  labels.version = String(route.loaded.version);
  labels.label = route.label;
  if (verb === "classify" && !route.loaded.labels) throw wrongTask(dep.name, "regression", verb);
  if (verb === "regress" && route.loaded.labels) throw wrongTask(dep.name, "classification", verb);
  const answer = await runRoute(ctx.metrics, dep, route, read.instances);
  const { loaded, out, n } = answer;
  const id = predictionId(requestId);
  await logPredictions(ctx.predictions, dep.name, answer, id);
  let json: string;
  if (verb === "predict") {
    json = `{"${read.columnar ? "outputs" : "predictions"}":${predictionsJson(loaded, out, n)}}`;
  } else if (verb === "regress") {
    json = `{"result":${predictionsJson(loaded, out, n)}}`;
  } else {
    json = `{"result":${classifyJson(loaded.labels!, out, n)}}`;
  }
  return { body: json, version: loaded.version, label: route.label, id };
}

/** POST /v1/models/{m}:feedback and /v2/models/{m}/feedback: outcomes of logged predictions. */
export async function feedback(ctx: ProtocolContext, model: string, body: unknown): Promise<Answered> {
  const dep = findModel(ctx.deployments, model);
  if (!ctx.predictions) {
    throw new HttpError(
      404,
      "this server keeps no prediction log, so it cannot join feedback; start it with a prediction log (docs/monitoring.md)",
    );
  }
  const answer = await postFeedback(ctx.predictions, dep, body, Date.now());
  return { body: JSON.stringify(answer.body), label: "", status: answer.status };
}

export { MAX_FEEDBACK_ITEMS };

/** GET /v1/models/...: status and metadata. */
export function registerTfServing(app: FastifyInstance, ctx: ProtocolContext): void {
  const { deployments } = ctx;

  app.get<{ Params: { "*": string } }>("/v1/models/*", async (request) => {
    const rest = request.params["*"];
    const path = parsePath(rest);
    if (!path || path.verb !== undefined) {
      const hint = path?.verb !== undefined ? `use POST for :${path?.verb}` : `the server answers ${ROUTES}`;
      throw new HttpError(
        path?.verb !== undefined ? 405 : 404,
        `no endpoint GET /v1/models/${rest}; ${hint}`,
      );
    }
    const dep = findModel(deployments, path.model);
    if (path.metadata) {
      if (path.version === undefined && path.label === undefined && !dep.production) {
        throw notLoaded(dep, dep.defaultLabel);
      }
      const route = deployments.route(dep, path.version, path.label ?? dep.defaultLabel);
      return metadata(route.loaded);
    }
    return { model_version_status: versionStatus(dep, path) };
  });
}

function wrongTask(model: string, task: string, verb: string): HttpError {
  const other = verb === "classify" ? ":regress" : ":classify";
  return new HttpError(400, `model "${model}" is a ${task} model; use ${other} or :predict, not :${verb}`);
}

export function findModel(deployments: Deployments, name: string): Deployment {
  const dep = deployments.get(name);
  if (dep) return dep;
  const names = deployments.names();
  const list = names.length > 0 ? `available: ${names.join(", ")}` : "the registry holds no models yet";
  throw new HttpError(404, `model "${name}" not found; ${list}`);
}

const INSTANCES_SHAPE =
  'send {"instances": [row, ...]} with each row an object keyed by feature name or an array of values';

function objectBody(body: unknown, shape: string): Record<string, unknown> {
  if (body === undefined) throw new HttpError(400, `request body is empty; ${shape}`);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpError(400, `request body must be a JSON object; ${shape}`);
  }
  return body as Record<string, unknown>;
}

function checkSignature(b: Record<string, unknown>, allowed: string[]): void {
  const name = b.signature_name;
  if (name === undefined || name === "" || (typeof name === "string" && allowed.includes(name))) return;
  throw new HttpError(
    400,
    `unknown signature_name ${JSON.stringify(name)}; this model has ${allowed.map((s) => `"${s}"`).join(", ")}`,
  );
}

export function readPredictBody(body: unknown): { instances: unknown[]; columnar: boolean } {
  const b = objectBody(body, INSTANCES_SHAPE);
  checkSignature(b, ["serving_default", "predict"]);
  const { instances, inputs } = b;
  if (instances !== undefined && inputs !== undefined) {
    throw new HttpError(400, `request has both "instances" and "inputs"; send only one of them`);
  }
  if (instances !== undefined) {
    if (!Array.isArray(instances))
      throw new HttpError(400, `"instances" must be an array; ${INSTANCES_SHAPE}`);
    if (instances.length === 0) throw new HttpError(400, `"instances" is empty; ${INSTANCES_SHAPE}`);
    return { instances, columnar: false };
  }
  if (inputs !== undefined) return { instances: columns(inputs), columnar: true };
  throw new HttpError(400, `request has no "instances" or "inputs"; ${INSTANCES_SHAPE}`);
}

/** TF Serving's columnar format: a list of rows, or an object of equally long feature columns. */
function columns(inputs: unknown): unknown[] {
  const shape = `"inputs" must be a list of rows or an object of feature columns ({"feature": [v1, v2, ...]})`;
  if (Array.isArray(inputs)) {
    if (inputs.length === 0) throw new HttpError(400, `"inputs" is empty; ${shape}`);
    return inputs;
  }
  if (inputs === null || typeof inputs !== "object") throw new HttpError(400, shape);
  const entries = Object.entries(inputs as Record<string, unknown>);
  const first = entries[0]?.[1];
  if (!Array.isArray(first) || first.length === 0) throw new HttpError(400, shape);
  const n = first.length;
  for (const [name, column] of entries) {
    if (!Array.isArray(column) || column.length !== n) {
      throw new HttpError(
        400,
        `"inputs" column "${name}" must be an array of ${n} values like the first column`,
      );
    }
  }
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(entries.map(([k, c]) => [k, (c as unknown[])[i]])),
  );
}

/**
 * The Classify and Regress APIs: `{"examples": [{feature: value}, ...], "context": {feature: value}}`; a value
 * may be a one-element list, as tf.Example features are. The context's features apply to every example.
 */
function readExamples(body: unknown, verb: string): { instances: unknown[]; columnar: false } {
  const shape = `send {"examples": [{"feature": value, ...}, ...]} (optionally with "context": {...})`;
  const b = objectBody(body, shape);
  checkSignature(b, ["serving_default", verb === "classify" ? "classification" : "regression"]);
  const { examples, context } = b;
  if (!Array.isArray(examples)) throw new HttpError(400, `"examples" must be an array; ${shape}`);
  if (examples.length === 0) throw new HttpError(400, `"examples" is empty; ${shape}`);
  let shared: Record<string, unknown> = {};
  if (context !== undefined) {
    if (context === null || typeof context !== "object" || Array.isArray(context)) {
      throw new HttpError(400, `"context" must be an object of features; ${shape}`);
    }
    shared = context as Record<string, unknown>;
  }
  const instances = examples.map((example, i) => {
    if (example === null || typeof example !== "object" || Array.isArray(example)) {
      throw new HttpError(400, `example ${i} must be an object keyed by feature name; ${shape}`);
    }
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(shared)) row[k] = feature(v, i, k);
    for (const [k, v] of Object.entries(example as Record<string, unknown>)) row[k] = feature(v, i, k);
    return row;
  });
  return { instances, columnar: false };
}

function feature(value: unknown, i: number, name: string): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1) return value[0];
  throw new HttpError(
    400,
    `example ${i}: feature "${name}" has ${value.length} values; this model takes one value per feature`,
  );
}

/** `[[["setosa", 0.9], ["versicolor", 0.07], ...], ...]`: each example's classes with their scores. */
function classifyJson(classes: string[], out: Float32Array, n: number): string {
  const names = classes.map((c) => JSON.stringify(c));
  const w = classes.length;
  let s = "[";
  for (let i = 0; i < n; i++) {
    s += i ? ",[" : "[";
    for (let k = 0; k < w; k++) s += `${k ? "," : ""}[${names[k]},${num(out[i * w + k]!)}]`;
    s += "]";
  }
  return `${s}]`;
}

const OK_STATUS = { error_code: "OK", error_message: "" };

function versionStatus(dep: Deployment, path: ModelPath): unknown[] {
  const state = dep.state;
  if (path.label !== undefined) {
    const loaded = state.labels.get(path.label);
    if (loaded) return [{ version: String(loaded.version), state: "AVAILABLE", status: OK_STATUS }];
    const target = dep.targets.get(path.label);
    if (!target) {
      throw new HttpError(
        404,
        `model "${dep.name}" has no label "${path.label}"; available: ${available(dep)}`,
      );
    }
    return [refusedOrLoading(dep, target.version)];
  }
  const out: Array<{ version: string; state: string; status: unknown }> = [];
  const versions = new Set<number>([...state.versions.keys(), ...dep.refused.keys(), ...dep.loading]);
  for (const v of [...versions].sort((a, b) => a - b)) {
    if (path.version !== undefined && v !== path.version) continue;
    out.push(
      state.versions.has(v)
        ? { version: String(v), state: "AVAILABLE", status: OK_STATUS }
        : refusedOrLoading(dep, v),
    );
  }
  if (out.length > 0) return out;
  if (path.version !== undefined) {
    throw new HttpError(
      404,
      `model "${dep.name}" has no version ${path.version} loaded; available: ${available(dep)}`,
    );
  }
  throw notLoaded(dep, dep.defaultLabel);
}

function refusedOrLoading(dep: Deployment, version: number) {
  const refused = dep.refused.get(version);
  if (refused) {
    return {
      version: String(version),
      state: "END",
      status: { error_code: "UNKNOWN", error_message: forClients(refused.message) },
    };
  }
  return { version: String(version), state: "LOADING", status: OK_STATUS };
}

/** TF Serving's metadata shape, with the features and classes a client needs to build a request. */
function metadata(loaded: LoadedModel): unknown {
  const { transform } = loaded;
  const width = loaded.width;
  const tensor = (name: string, dtype: string, dims: number[]) => ({
    name,
    dtype,
    tensor_shape: { dim: dims.map((d) => ({ size: String(d) })) },
  });
  const inputs = { instances: tensor("instances", "DT_FLOAT", [-1, loaded.transform.features.length]) };
  const signatures: Record<string, unknown> = {
    serving_default: {
      inputs,
      outputs: { predictions: tensor("predictions", "DT_FLOAT", loaded.labels ? [-1, width] : [-1]) },
      method_name: "tensorflow/serving/predict",
    },
  };
  if (loaded.labels) {
    signatures.classification = {
      inputs: { inputs: tensor("examples", "DT_STRING", [-1]) },
      outputs: {
        classes: tensor("classes", "DT_STRING", [-1, width]),
        scores: tensor("scores", "DT_FLOAT", [-1, width]),
      },
      method_name: "tensorflow/serving/classify",
    };
  } else {
    signatures.regression = {
      inputs: { inputs: tensor("examples", "DT_STRING", [-1]) },
      outputs: { outputs: tensor("outputs", "DT_FLOAT", [-1, 1]) },
      method_name: "tensorflow/serving/regress",
    };
  }
  return {
    model_spec: { name: loaded.name, signature_name: "", version: String(loaded.version) },
    metadata: {
      signature_def: { signature_def: signatures },
      modelops: {
        task: transform.task,
        features: transform.features.map((f) => f.name),
        target: transform.target.name,
        ...(loaded.labels ? { classes: loaded.labels } : {}),
        digest: loaded.digest,
        inference: loaded.inference,
      },
    },
  };
}
