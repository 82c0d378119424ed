// TF Serving's REST API (https://www.tensorflow.org/tfx/serving/api_rest):
//   GET  /v1/models/{m}[/versions/{v}|/labels/{l}]            model status
//   GET  /v1/models/{m}[/versions/{v}|/labels/{l}]/metadata   signature of the model
//   POST /v1/models/{m}[/versions/{v}|/labels/{l}]:predict    {"instances": [...]} or {"inputs": ...}
// The verb after a literal colon does not fit fastify's router (`/:model::predict` reads as one parameter
// named "model::predict"), so one wildcard route per method takes everything under /v1/models/ and
// parsePath() splits it.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Deployment, type Deployments, PRODUCTION } from "./deployments.ts";
import { HttpError } from "./http-error.ts";
import type { LoadedModel } from "./loaded-model.ts";

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

/** Labels a prediction request carries into the metrics, filled in as the handler learns them. */
export interface RequestLabels {
  model: string;
  version: string;
}

/** A model name that is not in the registry is counted under this label (not a registry name: no `_`). */
export const UNKNOWN_MODEL = "_unknown";

export interface TfServingContext {
  deployments: Deployments;
  /** Labels of each prediction request, for the metrics hook. */
  labels: WeakMap<FastifyRequest, RequestLabels>;
}

const ROUTES = "GET /v1/models/{model}, POST /v1/models/{model}:predict, GET /metrics";

export function registerTfServing(app: FastifyInstance, ctx: TfServingContext): void {
  const { deployments } = ctx;

  app.post<{ Params: { "*": string } }>(
    "/v1/models/*",
    {
      // Runs before the body is read, so a 400 for bad JSON or a 413 is still counted under its model.
      onRequest: async (request) => {
        const name = /^[^/:]+/.exec(request.params["*"])?.[0];
        const known = name !== undefined && deployments.get(name) !== undefined;
        const dep = known ? deployments.get(name) : undefined;
        ctx.labels.set(request, {
          model: known ? name : UNKNOWN_MODEL,
          version: dep?.production ? String(dep.production.version) : "",
        });
      },
    },
    async (request, reply) => {
      const rest = request.params["*"];
      const path = parsePath(rest);
      if (!path || path.metadata || path.verb === undefined) {
        throw new HttpError(
          404,
          `no endpoint POST /v1/models/${rest}; predict with POST /v1/models/{model}:predict`,
        );
      }
      if (path.verb !== "predict") {
        throw new HttpError(404, `:${path.verb} is not supported; use POST /v1/models/${path.model}:predict`);
      }
      const dep = findModel(deployments, path.model);
      const loaded = pick(dep, path);
      const labels = ctx.labels.get(request);
      if (labels) labels.version = String(loaded.version);
      const { instances, columnar } = readBody(request.body);
      // Which version answered: clients and the demo use it to watch a rollout or a rollback.
      reply.header("x-model-version", String(loaded.version));
      loaded.acquire();
      try {
        const predictions = await loaded.predict(instances);
        return columnar ? { outputs: predictions } : { predictions };
      } finally {
        loaded.release();
      }
    },
  );

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
    if (path.metadata) return metadata(pick(dep, path));
    return { model_version_status: versionStatus(dep, path) };
  });
}

function findModel(deployments: Deployments, name: string): Deployment {
  const dep = deployments.get(name);
  if (dep) return dep;
  const names = deployments.names();
  const available = names.length > 0 ? `available: ${names.join(", ")}` : "the registry holds no models yet";
  throw new HttpError(404, `model "${name}" not found; ${available}`);
}

/** The version a request goes to: its explicit version or label, or production. */
function pick(dep: Deployment, path: ModelPath): LoadedModel {
  const current = dep.production;
  if (!current) throw notLoaded(dep);
  if (path.version !== undefined && path.version !== current.version) {
    throw new HttpError(
      404,
      `model "${dep.name}" has no version ${path.version} loaded; available: ${current.version} (${PRODUCTION})`,
    );
  }
  if (path.label !== undefined && path.label !== PRODUCTION) {
    throw new HttpError(404, `model "${dep.name}" has no label "${path.label}"; available: ${PRODUCTION}`);
  }
  return current;
}

function notLoaded(dep: Deployment): HttpError {
  if (dep.refused) {
    return new HttpError(
      503,
      `model "${dep.name}" has no version loaded: v${dep.refused.version} was refused (${dep.refused.message})`,
    );
  }
  if (dep.target) {
    return new HttpError(503, `model "${dep.name}" v${dep.target.version} is loading; retry shortly`);
  }
  return new HttpError(
    503,
    `model "${dep.name}" has no ${PRODUCTION} version; promote one (modelops registry promote) and retry`,
  );
}

function readBody(body: unknown): { instances: unknown[]; columnar: boolean } {
  const shape = `send {"instances": [row, ...]} with each row an object keyed by feature name or an array of values`;
  if (body === undefined) throw new HttpError(400, `request body is empty; ${shape}`);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpError(400, `request body must be a JSON object; ${shape}`);
  }
  const { instances, inputs } = body as { instances?: unknown; inputs?: unknown };
  if (instances !== undefined && inputs !== undefined) {
    throw new HttpError(400, `request has both "instances" and "inputs"; send only one of them`);
  }
  if (instances !== undefined) {
    if (!Array.isArray(instances)) throw new HttpError(400, `"instances" must be an array; ${shape}`);
    if (instances.length === 0) throw new HttpError(400, `"instances" is empty; ${shape}`);
    return { instances, columnar: false };
  }
  if (inputs !== undefined) return { instances: columns(inputs), columnar: true };
  throw new HttpError(400, `request has no "instances"; ${shape}`);
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

function versionStatus(dep: Deployment, path: ModelPath): unknown[] {
  const out: unknown[] = [];
  const current = dep.production;
  const labelOk = path.label === undefined || path.label === PRODUCTION;
  if (current && labelOk && (path.version === undefined || path.version === current.version)) {
    out.push({
      version: String(current.version),
      state: "AVAILABLE",
      status: { error_code: "OK", error_message: "" },
    });
  }
  const refused = dep.refused;
  if (
    refused &&
    path.label === undefined &&
    (path.version === undefined || path.version === refused.version)
  ) {
    out.push({
      version: String(refused.version),
      state: "END",
      status: { error_code: "UNKNOWN", error_message: refused.message },
    });
  }
  if (out.length > 0) return out;
  if (path.label !== undefined && !labelOk) {
    throw new HttpError(404, `model "${dep.name}" has no label "${path.label}"; available: ${PRODUCTION}`);
  }
  if (path.version !== undefined) {
    const available = current ? `available: ${current.version} (${PRODUCTION})` : "no version is loaded";
    throw new HttpError(404, `model "${dep.name}" has no version ${path.version} loaded; ${available}`);
  }
  throw notLoaded(dep);
}

/** TF Serving's metadata shape, with the features and classes a client needs to build a request. */
function metadata(loaded: LoadedModel): unknown {
  const { transform } = loaded;
  const width = loaded.labels?.length ?? 1;
  const tensor = (dims: number) => ({
    dtype: "DT_FLOAT",
    tensor_shape: { dim: [{ size: "-1" }, { size: String(dims) }] },
  });
  return {
    model_spec: { name: loaded.name, signature_name: "", version: String(loaded.version) },
    metadata: {
      signature_def: {
        signature_def: {
          serving_default: {
            inputs: { instances: { name: "instances", ...tensor(loaded.inputSize) } },
            outputs: { predictions: { name: "predictions", ...tensor(width) } },
            method_name: "tensorflow/serving/predict",
          },
        },
      },
      modelops: {
        task: transform.task,
        features: transform.features.map((f) => f.name),
        target: transform.target.name,
        ...(loaded.labels ? { classes: loaded.labels } : {}),
        digest: loaded.digest,
      },
    },
  };
}
