// Outcomes of earlier predictions: POST /v1/models/{m}:feedback and POST /v2/models/{m}/feedback with
// {"feedback": [{"id": "...", "label": "setosa"}, ...]} (classification) or {"id", "value": 1.7} (regression).
// Each item is accepted or refused on its own; the answer lists every item's outcome:
//   200  every item recorded
//   207  some recorded, some refused (Multi-Status; read each item's "status")
//   4xx  every item refused: the items' common status, or 400 when they differ
// A refused item writes nothing; an accepted one is committed before the answer goes out.
import { randomUUID } from "node:crypto";
import type { Deployment } from "./deployments.ts";
import { HttpError } from "./http-error.ts";
import type { LoadedModel } from "./loaded-model.ts";
import type { Outcome, PredictionRecord, PredictionStore } from "./prediction-log.ts";

/** Most items one feedback request may carry; larger batches are refused whole (413), nothing recorded. */
export const MAX_FEEDBACK_ITEMS = 1000;
/** Longest prediction id accepted (a request's X-Request-Id or v2 id). */
export const MAX_ID_LENGTH = 200;

export interface ItemResult {
  index: number;
  id: string | null;
  status: number;
  error?: string;
}

export interface FeedbackAnswer {
  status: number;
  body: { accepted: number; refused: number; results: ItemResult[] };
}

const SHAPE = `send {"feedback": [{"id": "<prediction id>", "label": "<class>"}, ...]} (or "value": <number> for regression)`;

/** Validates, joins and records a feedback request for `dep`. */
export async function postFeedback(
  store: PredictionStore,
  dep: Deployment,
  body: unknown,
  now: number,
): Promise<FeedbackAnswer> {
  const items = readItems(body);
  const task = taskOf(dep);
  const results: ItemResult[] = [];
  const candidates: Array<{ index: number; outcome: Outcome }> = [];
  for (const [index, item] of items.entries()) {
    const checked = checkItem(item, index, task);
    if ("error" in checked) results[index] = checked.error;
    else candidates.push({ index, outcome: { ...checked.outcome, time: now } });
  }
  // Labels are checked against the classes of the version that made the prediction.
  const known = await store.find(
    dep.name,
    candidates.map((c) => c.outcome.id),
  );
  const valid: typeof candidates = [];
  const inBatch = new Set<string>();
  for (const c of candidates) {
    const id = c.outcome.id;
    const prediction = known.get(id);
    const bad = prediction && badLabel(dep, prediction, c.outcome, task);
    if (bad) results[c.index] = { index: c.index, id, status: 400, error: bad };
    else if (inBatch.has(id)) results[c.index] = duplicate(c.index, id, "earlier in this request");
    else {
      inBatch.add(id);
      valid.push(c);
    }
  }
  const refused = await store.recordOutcomes(
    dep.name,
    valid.map((c) => c.outcome),
  );
  for (const c of valid) {
    const id = c.outcome.id;
    const why = refused.get(id);
    if (why === "unknown") {
      results[c.index] = {
        index: c.index,
        id,
        status: 404,
        error: `no prediction of model "${dep.name}" has id "${id}" in the log (unknown, or older than its retention)`,
      };
    } else if (why === "duplicate") {
      results[c.index] = duplicate(c.index, id, "before");
    } else {
      results[c.index] = { index: c.index, id, status: 200 };
    }
  }
  const accepted = results.filter((r) => r.status === 200).length;
  const refusedCount = results.length - accepted;
  let status = 200;
  if (refusedCount > 0 && accepted > 0) status = 207;
  else if (refusedCount > 0) {
    const statuses = new Set(results.map((r) => r.status));
    status = statuses.size === 1 ? results[0]!.status : 400;
  }
  return { status, body: { accepted, refused: refusedCount, results } };
}

function duplicate(index: number, id: string, when: string): ItemResult {
  return {
    index,
    id,
    status: 409,
    error: `prediction "${id}" already has an outcome (${when}); the first one is kept`,
  };
}

function readItems(body: unknown): unknown[] {
  if (body === undefined) throw new HttpError(400, `request body is empty; ${SHAPE}`);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpError(400, `request body must be a JSON object; ${SHAPE}`);
  }
  const { feedback } = body as Record<string, unknown>;
  if (!Array.isArray(feedback)) throw new HttpError(400, `"feedback" must be an array; ${SHAPE}`);
  if (feedback.length === 0) throw new HttpError(400, `"feedback" is empty; ${SHAPE}`);
  if (feedback.length > MAX_FEEDBACK_ITEMS) {
    throw new HttpError(
      413,
      `"feedback" has ${feedback.length} items, more than the limit of ${MAX_FEEDBACK_ITEMS}; nothing was recorded; send at most ${MAX_FEEDBACK_ITEMS} per request`,
    );
  }
  return feedback;
}

type Task = "classification" | "regression";

function taskOf(dep: Deployment): Task {
  const loaded = anyLoaded(dep);
  if (!loaded) throw new HttpError(503, `model "${dep.name}" has no version loaded; retry once it is served`);
  return loaded.labels ? "classification" : "regression";
}

function anyLoaded(dep: Deployment): LoadedModel | undefined {
  return dep.production ?? dep.state.versions.values().next().value;
}

function checkItem(
  item: unknown,
  index: number,
  task: Task,
): { outcome: Omit<Outcome, "time"> } | { error: ItemResult } {
  const refuse = (id: string | null, error: string) => ({ error: { index, id, status: 400, error } });
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    return refuse(null, `item ${index} must be an object {"id": ..., "label"|"value": ...}`);
  }
  const { id, label, value } = item as Record<string, unknown>;
  if (typeof id !== "string" || id === "" || id.length > MAX_ID_LENGTH) {
    return refuse(
      null,
      `item ${index}: "id" must be a non-empty string of at most ${MAX_ID_LENGTH} characters`,
    );
  }
  if (task === "classification") {
    if (value !== undefined) {
      return refuse(
        id,
        `item ${index}: this is a classification model; send "label" (a class name), not "value"`,
      );
    }
    if (typeof label !== "string")
      return refuse(id, `item ${index}: "label" must be a class name (a string)`);
    return { outcome: { id, label } };
  }
  if (label !== undefined) {
    return refuse(id, `item ${index}: this is a regression model; send "value" (a number), not "label"`);
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return refuse(id, `item ${index}: "value" must be a finite number`);
  }
  return { outcome: { id, value } };
}

function badLabel(dep: Deployment, prediction: PredictionRecord, o: Outcome, task: Task): string | undefined {
  if (task !== "classification") return undefined;
  const loaded = dep.state.versions.get(prediction.version) ?? anyLoaded(dep);
  const classes = loaded?.labels ?? [];
  if (classes.includes(o.label!)) return undefined;
  const list = classes.length <= 20 ? classes.join(", ") : `${classes.slice(0, 20).join(", ")}, ...`;
  return `label ${JSON.stringify(o.label)} is not a class of ${dep.name} v${prediction.version}; classes: ${list}`;
}

/** The id a prediction is logged under: the client's, or a new one. */
export function predictionId(given: string | undefined): string {
  if (given !== undefined && given !== "" && given.length <= MAX_ID_LENGTH) return given;
  return randomUUID();
}
