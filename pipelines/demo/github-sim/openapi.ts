// GitHub's official OpenAPI description (@octokit/openapi, api.github.com) as the simulator's judge: every
// request is matched to an operation and its path parameters, query parameters and body are validated with
// ajv; the simulator's responses and webhook payloads are validated against the same document.
//
// The description (385 MB package), ajv and @octokit/webhooks-examples are devDependencies: where they are not
// installed (the published package, running `modelops demo --github`), the simulator routes and shapes its
// replies from github-api.slim.json (the operations it implements, the examples its replies start from, the
// webhook examples; generated from the same packages by slim.ts) and validates nothing, and says so
// (`validating`). MODELOPS_GITHUB_SIM_SLIM=1 forces that mode (a test of the published package's path).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { packagePath } from "../../package-root.ts";

const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;

interface ParamSpec {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: Json;
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  segments: string[];
  params: ParamSpec[];
  body?: { required: boolean; content: Record<string, { schema?: Json }> };
  responses: Record<string, Json>;
  /** JSON pointer of the operation in the document, for $refs into it. */
  pointer: string;
}

export interface Match {
  op: Operation;
  params: Record<string, string>;
}

const SPEC_FILE = "@octokit/openapi/generated/api.github.com.json";
// Found from the package root: the compiled simulator (lib/pipelines/...) reads the same shipped file.
export const SLIM_FILE = packagePath("pipelines", "demo", "github-sim", "github-api.slim.json");

/** One real webhook payload per event and action (@octokit/webhooks-examples' shape). */
export interface WebhookDefinition {
  name: string;
  examples: Array<Json & { action?: string }>;
}

/** The full description, ajv and the webhook examples, or undefined when any is not installed. */
function fullPackages():
  | { specFile: string; AjvClass: typeof Ajv; addFormats: (ajv: Ajv) => Ajv }
  | undefined {
  if (process.env.MODELOPS_GITHUB_SIM_SLIM === "1") return undefined;
  try {
    const specFile = require.resolve(SPEC_FILE);
    require.resolve("@octokit/webhooks-examples");
    const AjvClass = (require("ajv") as { Ajv: typeof Ajv }).Ajv;
    const formats = require("ajv-formats") as { default?: (ajv: Ajv) => Ajv } & ((ajv: Ajv) => Ajv);
    return { specFile, AjvClass, addFormats: formats.default ?? formats };
  } catch {
    return undefined;
  }
}

let instance: OpenApi | undefined;

const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

export class OpenApi {
  readonly spec: Json;
  private readonly ajv: Ajv | undefined;
  private readonly byMethod = new Map<string, Operation[]>();
  private readonly compiled = new Map<string, ValidateFunction>();
  private webhooks: WebhookDefinition[] | undefined;
  /** True with the full description: every request, reply and webhook is checked (tests assert it). */
  readonly validating: boolean;

  /** The description is 13 MB: parse it once per process. */
  static load(): OpenApi {
    instance ??= new OpenApi();
    return instance;
  }

  private constructor() {
    const full = fullPackages();
    this.validating = full !== undefined;
    if (!full) {
      this.spec = JSON.parse(readFileSync(SLIM_FILE, "utf8")) as Json;
      this.ajv = undefined;
    } else {
      this.spec = JSON.parse(readFileSync(full.specFile, "utf8")) as Json;
      fixNullable(this.spec);
      this.ajv = new full.AjvClass({ strict: false, allErrors: true, validateFormats: true });
      full.addFormats(this.ajv);
      this.ajv.addFormat("binary", true);
      this.ajv.addFormat("uri-template", true);
      // "owner/repo" (pulls/create head_repo); GitHub's own name for the format.
      this.ajv.addFormat("repo.nwo", /^[\w.-]+\/[\w.-]+$/);
      this.ajv.addSchema({ ...this.spec, $id: "gh" });
    }
    const paths = this.spec.paths as Record<string, Record<string, Json>>;
    for (const [path, item] of Object.entries(paths)) {
      const shared = (item.parameters as unknown as Json[] | undefined) ?? [];
      for (const method of ["get", "post", "put", "patch", "delete", "head"]) {
        const raw = item[method];
        if (!raw) continue;
        const params = [...shared, ...((raw.parameters as Json[] | undefined) ?? [])].map(
          (p) => this.deref(p) as unknown as ParamSpec,
        );
        const body = raw.requestBody ? (this.deref(raw.requestBody as Json) as Operation["body"]) : undefined;
        const op: Operation = {
          method: method.toUpperCase(),
          path,
          operationId: raw.operationId as string,
          segments: path.split("/").slice(1),
          params,
          body,
          responses: (raw.responses ?? {}) as Record<string, Json>,
          pointer: `#/paths/${escapePointer(path)}/${method}`,
        };
        const list = this.byMethod.get(op.method) ?? [];
        list.push(op);
        this.byMethod.set(op.method, list);
      }
    }
  }

  /** Follows a local `$ref` (one level at a time until none is left). */
  deref(node: Json): Json {
    let n = node;
    while (typeof n.$ref === "string") {
      n = (n.$ref as string)
        .slice(2)
        .split("/")
        .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce<Json>((acc, k) => acc[k] as Json, this.spec);
    }
    return n;
  }

  /** The webhook examples payloads start from: the package's, or the slim file's copy of those used. */
  webhookExamples(): WebhookDefinition[] {
    this.webhooks ??= this.validating
      ? (require("@octokit/webhooks-examples") as WebhookDefinition[])
      : (this.spec["x-webhook-examples"] as WebhookDefinition[]);
    return this.webhooks;
  }

  /** A named example of components/examples, deep-copied (the simulator's response templates). */
  example<T = Json>(name: string): T {
    const examples = (this.spec.components as Json).examples as Record<string, { value: unknown }>;
    const ex = examples[name];
    if (!ex) throw new Error(`OpenAPI has no example ${name}`);
    return structuredClone(ex.value) as T;
  }

  /**
   * The operation for `method` and raw `pathname` (segments still percent-encoded). A literal segment wins
   * over a parameter; a trailing `{path}` or `{ref}` may hold unencoded slashes.
   */
  match(method: string, pathname: string): Match | null {
    const segs = pathname.split("/").slice(1);
    let best: { op: Operation; params: Record<string, string>; literals: number } | null = null;
    for (const op of this.byMethod.get(method) ?? []) {
      const t = op.segments;
      const greedy = t.length < segs.length && /^\{(path|ref)\}$/.test(t[t.length - 1] ?? "");
      if (t.length !== segs.length && !greedy) continue;
      const params: Record<string, string> = {};
      let literals = 0;
      let ok = true;
      for (let i = 0; i < t.length && ok; i++) {
        const ts = t[i] as string;
        const last = i === t.length - 1;
        const seg = last && greedy ? segs.slice(i).join("/") : (segs[i] as string);
        const m = /^\{([^}]+)\}$/.exec(ts);
        if (m) {
          if (seg === "") ok = false;
          else params[m[1] as string] = safeDecode(seg);
        } else if (ts === seg) literals++;
        else ok = false;
      }
      if (!ok) continue;
      const score = literals * 2 - (greedy ? 1 : 0);
      if (!best || score > best.literals) best = { op, params, literals: score };
    }
    return best ? { op: best.op, params: best.params } : null;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let v = this.compiled.get(key);
    if (!v) {
      v = (this.ajv as Ajv).compile(schema);
      this.compiled.set(key, v);
    }
    return v;
  }

  /** Problems with a request to `op`, each one line; empty when the request is valid. */
  validateRequest(m: Match, req: { query: URLSearchParams; contentType?: string; body?: Buffer }): string[] {
    if (!this.validating) return [];
    const { op } = m;
    const problems: string[] = [];
    const where = `${op.method} ${op.path}`;
    for (const p of op.params.filter((x) => x.in === "path")) {
      const value = m.params[p.name];
      if (value === undefined) problems.push(`${where}: path parameter ${p.name} missing`);
      else problems.push(...this.checkParam(op, p, value, where));
    }
    const declared = new Map(op.params.filter((x) => x.in === "query").map((p) => [p.name, p]));
    for (const name of new Set(req.query.keys())) {
      const p = declared.get(name);
      if (!p) {
        problems.push(`${where}: query parameter ${name} is not in the description`);
        continue;
      }
      const values = req.query.getAll(name);
      if (values.length > 1) problems.push(`${where}: query parameter ${name} given ${values.length} times`);
      problems.push(...this.checkParam(op, p, values[0] as string, where));
    }
    for (const p of declared.values()) {
      if (p.required && !req.query.has(p.name)) {
        problems.push(`${where}: required query parameter ${p.name} missing`);
      }
    }
    const hasBody = req.body !== undefined && req.body.length > 0;
    if (op.body) {
      const types = Object.keys(op.body.content);
      const ct = (req.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!hasBody) {
        if (op.body.required) problems.push(`${where}: request body required`);
      } else if (!types.includes(ct)) {
        problems.push(`${where}: content-type ${ct || "(none)"} not one of ${types.join(", ")}`);
      } else if (ct === "application/json") {
        let parsed: unknown;
        try {
          parsed = JSON.parse((req.body as Buffer).toString("utf8"));
        } catch {
          problems.push(`${where}: body is not valid JSON`);
        }
        if (parsed !== undefined) {
          const schemaRef = this.bodySchemaRef(op, ct);
          const validate = this.validator(`${op.operationId}#body:${ct}`, { $ref: schemaRef });
          if (!validate(parsed)) problems.push(...format(where, "body", validate.errors));
        }
      }
    } else if (hasBody) {
      problems.push(`${where}: takes no request body, got ${req.body?.length} bytes`);
    }
    return problems;
  }

  private rawOp(op: Operation): Json {
    const paths = this.spec.paths as Record<string, Record<string, Json>>;
    return (paths[op.path] as Record<string, Json>)[op.method.toLowerCase()] as Json;
  }

  private bodySchemaRef(op: Operation, contentType: string): string {
    const raw = this.rawOp(op).requestBody as Json;
    const base = typeof raw.$ref === "string" ? `gh${raw.$ref}` : `gh${op.pointer}/requestBody`;
    return `${base}/content/${escapePointer(contentType)}/schema`;
  }

  private checkParam(op: Operation, p: ParamSpec, raw: string, where: string): string[] {
    const value = coerce(raw, this.deref(p.schema));
    const v = this.validator(`${op.operationId}#${p.in}:${p.name}`, this.inline(p.schema));
    return v(value) ? [] : format(where, `${p.in} parameter ${p.name}=${JSON.stringify(raw)}`, v.errors);
  }

  /** A schema node that may hold local $refs, rebased onto the document. */
  private inline(schema: Json): Json {
    return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#/g, '"$ref":"gh#')) as Json;
  }

  /** Problems with a JSON response of `op`; empty when valid or when the status documents no JSON body. */
  validateResponse(op: Operation, status: number, body: unknown): string[] {
    if (!this.validating) return [];
    const key = op.responses[String(status)] ? String(status) : op.responses.default ? "default" : null;
    const where = `${op.method} ${op.path} -> ${status}`;
    if (!key) return [`${where}: status ${status} is not documented`];
    const response = this.deref(op.responses[key] as Json);
    const content = response.content as Record<string, { schema?: Json }> | undefined;
    if (!content?.["application/json"]?.schema) return [];
    const raw = op.responses[key] as Json;
    const base =
      typeof raw.$ref === "string" ? `gh${raw.$ref}` : `gh${op.pointer}/responses/${escapePointer(key)}`;
    const v = this.validator(`${op.operationId}#response:${key}`, {
      $ref: `${base}/content/application~1json/schema`,
    });
    return v(body) ? [] : format(where, "response", v.errors);
  }

  /** Problems with a webhook payload for `event.action` (x-webhooks `event-action`, or `event`). */
  validateWebhook(event: string, action: string | undefined, payload: unknown): string[] {
    if (!this.validating) return [];
    const hooks = this.spec["x-webhooks"] as Record<string, Json>;
    const dash = (s: string) => s.replace(/_/g, "-");
    // repository_dispatch's action is the sender's free event_type; the description documents it once, as
    // "repository-dispatch-sample.collected", whose action is any string.
    const name =
      event === "repository_dispatch"
        ? "repository-dispatch-sample.collected"
        : action && hooks[`${dash(event)}-${dash(action)}`]
          ? `${dash(event)}-${dash(action)}`
          : dash(event);
    if (!hooks[name]) return [`webhook ${name}: not in the description`];
    const v = this.validator(`webhook:${name}`, {
      $ref: `gh#/x-webhooks/${escapePointer(name)}/post/requestBody/content/application~1json/schema`,
    });
    return v(payload) ? [] : format(`webhook ${name}`, "payload", v.errors);
  }
}

/**
 * OpenAPI 3.0's `nullable: true` beside a `$ref`/`allOf` without `type` (a few webhook schemas) is
 * rejected by ajv; it means "this schema, or null", which is what it becomes here.
 */
function fixNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) fixNullable(n);
    return;
  }
  if (!node || typeof node !== "object") return;
  const o = node as Json;
  for (const v of Object.values(o)) fixNullable(v);
  if (o.nullable === true && o.type === undefined) {
    const rest = { ...o };
    delete rest.nullable;
    for (const k of Object.keys(o)) delete o[k];
    o.anyOf = [rest, { type: "null" }];
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function coerce(raw: string, schema: Json): unknown {
  const type = schema.type;
  if (type === "integer" || type === "number") return raw.trim() === "" ? raw : Number(raw);
  if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  if (type === "array") return raw.split(",");
  return raw;
}

function format(where: string, what: string, errors: ErrorObject[] | null | undefined): string[] {
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // oneOf/anyOf report every branch; the first few lines say enough.
    const detail = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : "";
    seen.add(`${where}: ${what}${e.instancePath || ""} ${e.message ?? e.keyword}${detail}`);
    if (seen.size >= 5) break;
  }
  return [...seen];
}
