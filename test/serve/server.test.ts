import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { ModelopsError } from "../../pipelines/errors.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import {
  get,
  HOUSING,
  HOUSING_ROWS,
  IRIS,
  IRIS_ARRAYS,
  IRIS_ROWS,
  parseMetrics,
  post,
  TestRegistry,
  type TestVersion,
} from "./fixture.ts";

let reg: TestRegistry;
let server: ModelServer;
let iris: TestVersion;
let housing: TestVersion;
const lines: string[] = [];

beforeAll(async () => {
  reg = await TestRegistry.create();
  iris = await reg.addVersion("iris", IRIS, 7, IRIS_ROWS);
  await reg.promote("iris", iris.version);
  housing = await reg.addVersion("housing", HOUSING, 11, HOUSING_ROWS);
  await reg.promote("housing", housing.version);
  await reg.addVersion("draft", IRIS, 3, IRIS_ROWS); // registered, never promoted
  server = await startServer({
    registry: reg.root,
    port: 0,
    pollMs: 50,
    backend: "cpu",
    log: (l) => lines.push(l),
  });
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

function expectClose(actual: unknown, expected: number[][]): void {
  const rows = actual as number[][];
  expect(rows).toHaveLength(expected.length);
  rows.forEach((row, i) => {
    expect(row).toHaveLength(expected[i]!.length);
    row.forEach((p, k) => {
      expect(p).toBeCloseTo(expected[i]![k]!, 6);
    });
  });
}

describe("TF Serving predict", () => {
  test("announces each served model with its URL", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines).toContain(`serving iris v1 (production) at ${server.url}`);
    expect(lines).toContain(`serving housing v1 (production) at ${server.url}`);
    expect(server.currentVersion("iris")).toBe(1);
    expect(server.currentVersion("nope")).toBeUndefined();
  });

  test("objects keyed by feature name: one probability array per instance, the model's own predictions", async () => {
    const res = await post(`${server.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["predictions"]);
    const predictions = res.body.predictions as number[][];
    for (const p of predictions) {
      expect(p).toHaveLength(3);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
    expectClose(predictions, iris.expected);
    // not all rows the same class distribution: the transform and the weights really matter
    expect(predictions[0]).not.toEqual(predictions[2]);
  });

  test("arrays in feature order give the same predictions", async () => {
    const res = await post(`${server.url}/v1/models/iris:predict`, { instances: IRIS_ARRAYS });
    expect(res.status).toBe(200);
    expectClose(res.body.predictions, iris.expected);
  });

  test("explicit version and the production label reach the same model", async () => {
    const byVersion = await post(`${server.url}/v1/models/iris/versions/1:predict`, { instances: IRIS_ROWS });
    expect(byVersion.status).toBe(200);
    expectClose(byVersion.body.predictions, iris.expected);
    const byLabel = await post(`${server.url}/v1/models/iris/labels/production:predict`, {
      instances: IRIS_ROWS,
    });
    expect(byLabel.status).toBe(200);
    expectClose(byLabel.body.predictions, iris.expected);
  });

  test("columnar inputs answer outputs", async () => {
    const columns = {
      sepal_length: IRIS_ROWS.map((r) => r.sepal_length),
      sepal_width: IRIS_ROWS.map((r) => r.sepal_width),
      petal_length: IRIS_ROWS.map((r) => r.petal_length),
      petal_width: IRIS_ROWS.map((r) => r.petal_width),
    };
    const res = await post(`${server.url}/v1/models/iris:predict`, { inputs: columns });
    expect(res.status).toBe(200);
    expectClose(res.body.outputs, iris.expected);
  });

  test("a missing value of a feature with an impute value is filled", async () => {
    const res = await post(`${server.url}/v1/models/iris:predict`, {
      instances: [{ sepal_length: 5.1, sepal_width: null, petal_length: 1.4, petal_width: 0.2 }],
    });
    expect(res.status).toBe(200);
    expect((res.body.predictions as number[][])[0]).toHaveLength(3);
  });

  test("regression: one number per instance", async () => {
    const res = await post(`${server.url}/v1/models/housing:predict`, { instances: HOUSING_ROWS });
    expect(res.status).toBe(200);
    const predictions = res.body.predictions as number[];
    expect(predictions).toHaveLength(2);
    predictions.forEach((p, i) => {
      expect(typeof p).toBe("number");
      expect(p).toBeCloseTo(housing.expected[i]![0]!, 5);
    });
  });

  test("a body without a JSON content type is still read as JSON", async () => {
    const res = await fetch(`${server.url}/v1/models/iris:predict`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: JSON.stringify({ instances: IRIS_ARRAYS }),
    });
    expect(res.status).toBe(200);
  });
});

describe("TF Serving classify and regress", () => {
  test(":classify answers each example's classes with their scores", async () => {
    const res = await post(`${server.url}/v1/models/iris:classify`, { examples: IRIS_ROWS });
    expect(res.status).toBe(200);
    const result = res.body.result as Array<Array<[string, number]>>;
    expect(result).toHaveLength(3);
    result.forEach((pairs, i) => {
      expect(pairs.map(([label]) => label)).toEqual(IRIS.target.classes);
      pairs.forEach(([, score], k) => {
        expect(score).toBeCloseTo(iris.expected[i]![k]!, 6);
      });
    });
  });

  test(":classify takes a shared context and one-element feature lists, as tf.Example features are", async () => {
    const { sepal_length, sepal_width, ...rest } = IRIS_ROWS[0]!;
    const res = await post(`${server.url}/v1/models/iris:classify`, {
      signature_name: "serving_default",
      context: { sepal_length, sepal_width },
      examples: [{ petal_length: [rest.petal_length], petal_width: rest.petal_width }],
    });
    expect(res.status).toBe(200);
    const [pairs] = res.body.result as Array<Array<[string, number]>>;
    expect(pairs!.map(([, p]) => p)[0]).toBeCloseTo(iris.expected[0]![0]!, 6);
  });

  test(":regress answers one number per example", async () => {
    const res = await post(`${server.url}/v1/models/housing:regress`, { examples: HOUSING_ROWS });
    expect(res.status).toBe(200);
    const result = res.body.result as number[];
    result.forEach((v, i) => {
      expect(v).toBeCloseTo(housing.expected[i]![0]!, 5);
    });
  });

  test("the wrong verb for the task, bad examples and unknown signatures are 400s naming the fix", async () => {
    const regress = await post(`${server.url}/v1/models/iris:regress`, { examples: IRIS_ROWS });
    expect(regress.status).toBe(400);
    expect(regress.body.error).toBe(
      'model "iris" is a classification model; use :classify or :predict, not :regress',
    );
    const classify = await post(`${server.url}/v1/models/housing:classify`, { examples: HOUSING_ROWS });
    expect(classify.status).toBe(400);
    expect(classify.body.error).toContain("is a regression model");
    const noExamples = await post(`${server.url}/v1/models/iris:classify`, { instances: IRIS_ROWS });
    expect(noExamples.status).toBe(400);
    expect(noExamples.body.error).toContain('"examples" must be an array');
    const twoValues = await post(`${server.url}/v1/models/iris:classify`, {
      examples: [{ ...IRIS_ROWS[0], petal_width: [0.2, 0.3] }],
    });
    expect(twoValues.status).toBe(400);
    expect(twoValues.body.error).toContain('feature "petal_width" has 2 values');
    const signature = await post(`${server.url}/v1/models/iris:predict`, {
      signature_name: "serving_v2",
      instances: IRIS_ROWS,
    });
    expect(signature.status).toBe(400);
    expect(signature.body.error).toContain('unknown signature_name "serving_v2"');
  });
});

describe("model status and metadata", () => {
  test("GET /v1/models/{m} answers like TF Serving", async () => {
    const res = await get(`${server.url}/v1/models/iris`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      model_version_status: [
        { version: "1", state: "AVAILABLE", status: { error_code: "OK", error_message: "" } },
      ],
    });
    expect((await get(`${server.url}/v1/models/iris/versions/1`)).status).toBe(200);
    expect((await get(`${server.url}/v1/models/iris/labels/production`)).status).toBe(200);
    const missing = await get(`${server.url}/v1/models/iris/versions/5`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toContain("available: 1");
  });

  test("metadata names features and classes", async () => {
    const res = await get(`${server.url}/v1/models/iris/metadata`);
    expect(res.status).toBe(200);
    const signatures = (res.body.metadata as { signature_def: { signature_def: Record<string, unknown> } })
      .signature_def.signature_def;
    expect(Object.keys(signatures).sort()).toEqual(["classification", "serving_default"]);
    expect(signatures.serving_default).toMatchObject({
      inputs: { instances: { dtype: "DT_FLOAT", tensor_shape: { dim: [{ size: "-1" }, { size: "4" }] } } },
      outputs: { predictions: { dtype: "DT_FLOAT", tensor_shape: { dim: [{ size: "-1" }, { size: "3" }] } } },
      method_name: "tensorflow/serving/predict",
    });
    const housingMeta = await get(`${server.url}/v1/models/housing/versions/1/metadata`);
    expect(Object.keys(housingMeta.body.metadata as object)).toContain("signature_def");
    expect(
      Object.keys(
        (housingMeta.body.metadata as { signature_def: { signature_def: object } }).signature_def
          .signature_def,
      ).sort(),
    ).toEqual(["regression", "serving_default"]);
    const meta = (res.body.metadata as { modelops: { features: string[]; classes: string[] } }).modelops;
    expect(meta.features).toEqual(IRIS.features.map((f) => f.name));
    expect(meta.classes).toEqual(IRIS.target.classes);
    expect(res.body.model_spec).toEqual({ name: "iris", signature_name: "", version: "1" });
  });
});

describe("errors are {error} with the right status, and never take the server down", () => {
  test("bad JSON is a 400", async () => {
    const res = await post(`${server.url}/v1/models/iris:predict`, '{"instances": [1, 2', true);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/^request body is not valid JSON/);
  });

  test("a missing feature is a 400 with the transform's message", async () => {
    const res = await post(`${server.url}/v1/models/iris:predict`, {
      instances: [IRIS_ROWS[0], { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe(
      'instance 1: feature "petal_width" is missing and the model has no imputation for it; send a number',
    );
  });

  test("wrong row length, unknown feature, text instead of a number: 400 naming the problem", async () => {
    const short = await post(`${server.url}/v1/models/iris:predict`, { instances: [[1, 2, 3]] });
    expect(short.status).toBe(400);
    expect(short.body.error).toContain("expected 4 values");
    const unknown = await post(`${server.url}/v1/models/iris:predict`, {
      instances: [{ ...IRIS_ROWS[0], colour: 1 }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain('unknown feature "colour"');
    const text = await post(`${server.url}/v1/models/iris:predict`, { instances: [["a", 1, 2, 3]] });
    expect(text.status).toBe(400);
    expect(text.body.error).toContain('feature "sepal_length" is "a", expected a number');
  });

  test("numbers beyond float32, Infinity and NaN are 400s naming the feature, never 200 with null predictions", async () => {
    const predict = (body: unknown, raw = false) => post(`${server.url}/v1/models/iris:predict`, body, raw);
    const huge = await predict({ instances: [IRIS_ROWS[0], { ...IRIS_ROWS[1], sepal_width: 1e308 }] });
    expect(huge.status).toBe(400);
    expect(huge.body.error).toBe(
      'instance 1: feature "sepal_width" is 1e+308, beyond ±3.4e38 (the largest float32, which models train and serve in); send a value within that range',
    );
    const columnar = await predict({
      inputs: {
        ...Object.fromEntries(Object.entries(IRIS_ROWS[0]!).map(([k, v]) => [k, [v]])),
        petal_width: [-4e38],
      },
    });
    expect(columnar.status).toBe(400);
    expect(columnar.body.error).toContain('instance 0: feature "petal_width" is -4e+38, beyond ±3.4e38');
    for (const text of ["Infinity", "NaN", "1e999", "-inf"]) {
      const res = await predict({ instances: [{ ...IRIS_ROWS[0], petal_length: text }] });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe(`instance 0: feature "petal_length" is "${text}", expected a number`);
    }
    const overflow = await predict('{"instances": [[5.1, 3.5, 1e999, 0.2]]}', true);
    expect(overflow.status).toBe(400);
    expect(overflow.body.error).toContain('feature "petal_length"');
  });

  test("a body that is not {instances: [...]} is a 400", async () => {
    for (const body of [[1, 2], { rows: [] }, { instances: [] }, { instances: 3 }, "x"]) {
      const res = await post(`${server.url}/v1/models/iris:predict`, body);
      expect(res.status).toBe(400);
      expect(typeof res.body.error).toBe("string");
    }
    const empty = await fetch(`${server.url}/v1/models/iris:predict`, { method: "POST" });
    expect(empty.status).toBe(400);
  });

  test("an unknown model is a 404 that lists the models", async () => {
    const res = await post(`${server.url}/v1/models/wine:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('model "wine" not found; available: draft, housing, iris');
    expect((await get(`${server.url}/v1/models/wine`)).status).toBe(404);
  });

  test("an unknown version or label is a 404", async () => {
    const res = await post(`${server.url}/v1/models/iris/versions/3:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(404);
    expect(res.body.error).toContain("available: 1 (production)");
    const label = await post(`${server.url}/v1/models/iris/labels/canary:predict`, { instances: IRIS_ROWS });
    expect(label.status).toBe(404);
  });

  test("a model without a production version is a 503", async () => {
    const res = await post(`${server.url}/v1/models/draft:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(503);
    expect(res.body.error).toContain("has no production version");
    expect((await get(`${server.url}/v1/models/draft`)).status).toBe(503);
  });

  test("a body over 8 MiB is a 413", async () => {
    const row = JSON.stringify(IRIS_ARRAYS[0]);
    const big = `{"instances": [${new Array(Math.ceil((9 * 1024 * 1024) / row.length)).fill(row).join(",")}]}`;
    const res = await post(`${server.url}/v1/models/iris:predict`, big, true);
    expect(res.status).toBe(413);
    expect(res.body.error).toContain("8 MiB");
  });

  test("unknown endpoints and verbs are JSON 404s", async () => {
    const verb = await post(`${server.url}/v1/models/iris:explain`, { instances: IRIS_ROWS });
    expect(verb.status).toBe(404);
    expect(verb.body.error).toContain(":predict");
    const get405 = await get(`${server.url}/v1/models/iris:predict`);
    expect(get405.status).toBe(405);
    expect(get405.body.error).toContain("use POST");
    const route = await get(`${server.url}/v2/nothing`);
    expect(route.status).toBe(404);
    expect(route.body.error).toContain("no endpoint GET /v2/nothing");
  });

  test("after all of that the server still predicts", async () => {
    const res = await post(`${server.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
    expect(res.status).toBe(200);
    expectClose(res.body.predictions, iris.expected);
  });
});

describe("/metrics", () => {
  test("Prometheus text with request counters, errors, latency histogram and the served version", async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const samples = parseMetrics(await res.text());
    const find = (name: string, labels: Record<string, string>) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

    expect(
      find("modelops_requests_total", { model: "iris", version: "1", status: "200" })?.value,
    ).toBeGreaterThan(3);
    expect(
      find("modelops_requests_total", { model: "iris", version: "1", status: "400" })?.value,
    ).toBeGreaterThan(3);
    // Failures before routing (body too large, bad JSON) have no version yet.
    expect(find("modelops_requests_total", { model: "iris", version: "", status: "413" })?.value).toBe(1);
    expect(
      find("modelops_requests_total", { model: "iris", version: "", status: "400" })?.value,
    ).toBeGreaterThanOrEqual(7);
    expect(
      find("modelops_requests_total", { model: "iris", version: "1", label: "production", status: "200" }),
    ).toBeDefined();
    expect(find("modelops_requests_total", { model: "draft", version: "", status: "503" })?.value).toBe(1);
    expect(find("modelops_requests_total", { model: "_unknown", version: "", status: "404" })?.value).toBe(1);
    expect(find("modelops_requests_total", { model: "housing", version: "1", status: "200" })?.value).toBe(2);
    expect(
      find("modelops_request_errors_total", { model: "iris", code: "INVALID_ARGUMENT" })?.value,
    ).toBeGreaterThan(3);
    expect(find("modelops_request_errors_total", { model: "iris", code: "RESOURCE_EXHAUSTED" })?.value).toBe(
      1,
    );
    expect(find("modelops_request_errors_total", { model: "draft", code: "UNAVAILABLE" })?.value).toBe(1);
    expect(
      find("modelops_request_duration_seconds_bucket", { model: "iris", version: "1", le: "0.0005" }),
    ).toBeDefined();
    expect(
      find("modelops_request_duration_seconds_bucket", { model: "iris", version: "1", le: "5" }),
    ).toBeDefined();
    expect(
      find("modelops_request_duration_seconds_count", { model: "iris", version: "1" })?.value,
    ).toBeGreaterThan(3);
    expect(find("modelops_model_version", { model: "iris", label: "production" })?.value).toBe(1);
    // prediction distribution: the predicted class of every answered row, and the batch sizes run
    const classes = samples.filter(
      (s) => s.name === "modelops_predictions_total" && s.labels.model === "iris",
    );
    expect(classes.length).toBeGreaterThan(0);
    for (const c of classes) expect(IRIS.target.classes).toContain(c.labels.class);
    expect(
      find("modelops_batch_size_count", { model: "iris", version: "1", label: "production" })?.value,
    ).toBeGreaterThan(3);
    expect(find("modelops_queue_depth", { model: "iris", version: "1", label: "production" })?.value).toBe(0);
    // regression: answers in standard deviations of the training target (the housing artifact has no
    // profile.json, so it has no z-score series)
    expect(find("modelops_prediction_zscore_count", { model: "housing" })).toBeUndefined();
    expect(find("modelops_model_version", { model: "housing" })?.value).toBe(1);
    expect(find("process_cpu_user_seconds_total", {})).toBeDefined();
  });

  test("each server has its own metrics registry", async () => {
    const second = await startServer({ registry: reg.root, port: 0, backend: "cpu", log: () => {} });
    try {
      expect(second.url).not.toBe(server.url);
      const res = await post(`${second.url}/v1/models/iris:predict`, { instances: IRIS_ROWS });
      expect(res.status).toBe(200);
      expectClose(res.body.predictions, iris.expected);
      const samples = parseMetrics(await (await fetch(`${second.url}/metrics`)).text());
      const ok = samples.find((s) => s.name === "modelops_requests_total" && s.labels.status === "200");
      expect(ok?.value).toBe(1);
      expect(samples.some((s) => s.name === "modelops_requests_total" && s.labels.status === "400")).toBe(
        false,
      );
    } finally {
      await second.close();
    }
  });
});

describe("startup", () => {
  test("a registry that does not exist is a one-line ModelopsError", async () => {
    const start = startServer({ registry: `${reg.dir}/missing`, port: 0, backend: "cpu", log: () => {} });
    await expect(start).rejects.toBeInstanceOf(ModelopsError);
    await expect(start).rejects.toThrow(/registry .*missing not found/);
  });

  test("a busy port is a one-line ModelopsError", async () => {
    const port = Number(new URL(server.url).port);
    await expect(startServer({ registry: reg.root, port, backend: "cpu", log: () => {} })).rejects.toThrow(
      /cannot listen on 127\.0\.0\.1:\d+: the port is in use/,
    );
  });
});
