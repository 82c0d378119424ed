// Open Inference Protocol v2 conformance: health, metadata, typed-tensor inference, and a clear 4xx for every
// malformed request.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { MODELOPS_VERSION } from "../../pipelines/version.ts";
import {
  get,
  HOUSING,
  HOUSING_ROWS,
  IRIS,
  IRIS_ARRAYS,
  post,
  TestRegistry,
  type TestVersion,
} from "./fixture.ts";

let reg: TestRegistry;
let server: ModelServer;
let iris: TestVersion;
let housing: TestVersion;

beforeAll(async () => {
  reg = await TestRegistry.create();
  iris = await reg.addVersion("iris", IRIS, 7, IRIS_ARRAYS);
  await reg.promote("iris", iris.version);
  housing = await reg.addVersion("housing", HOUSING, 11, HOUSING_ROWS);
  await reg.promote("housing", housing.version);
  server = await startServer({ registry: reg.root, port: 0, pollMs: 50, backend: "cpu", log: () => {} });
});

afterAll(async () => {
  await server?.close();
  await reg?.remove();
});

const infer = (body: unknown, path = "iris") => post(`${server.url}/v2/models/${path}/infer`, body);
const flat = IRIS_ARRAYS.flat();

function expectClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => {
    expect(v).toBeCloseTo(expected[i]!, 6);
  });
}

describe("health and metadata", () => {
  test("server metadata, live and ready", async () => {
    expect((await get(`${server.url}/v2`)).body).toEqual({
      name: "modelops",
      version: MODELOPS_VERSION,
      extensions: [],
    });
    expect(await get(`${server.url}/v2/health/live`)).toEqual({ status: 200, body: { live: true } });
    expect(await get(`${server.url}/v2/health/ready`)).toEqual({ status: 200, body: { ready: true } });
  });

  test("model metadata: typed input and output tensors with their shapes", async () => {
    const res = await get(`${server.url}/v2/models/iris`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: "iris",
      versions: ["1"],
      platform: "tensorflowjs",
      inputs: [{ name: "input", datatype: "FP32", shape: [-1, 4] }],
      outputs: [
        { name: "probabilities", datatype: "FP32", shape: [-1, 3] },
        { name: "classes", datatype: "BYTES", shape: [-1] },
      ],
      parameters: { features: IRIS.features.map((f) => f.name), classes: IRIS.target.classes },
    });
    const byVersion = await get(`${server.url}/v2/models/housing/versions/1`);
    expect(byVersion.body).toMatchObject({
      name: "housing",
      outputs: [{ name: "predictions", datatype: "FP32", shape: [-1, 1] }],
    });
  });

  test("model ready, by name and by version", async () => {
    expect(await get(`${server.url}/v2/models/iris/ready`)).toEqual({
      status: 200,
      body: { name: "iris", ready: true },
    });
    expect((await get(`${server.url}/v2/models/iris/versions/1/ready`)).body.ready).toBe(true);
    const notLoaded = await get(`${server.url}/v2/models/iris/versions/9/ready`);
    expect(notLoaded.status).toBe(503);
    expect(notLoaded.body.ready).toBe(false);
  });
});

describe("infer", () => {
  test("one FP32 tensor [N, features]: probabilities and classes, the model's own numbers", async () => {
    const res = await infer({
      id: "req-1",
      inputs: [{ name: "input", shape: [3, 4], datatype: "FP32", data: flat }],
    });
    expect(res.status).toBe(200);
    expect(res.body.model_name).toBe("iris");
    expect(res.body.model_version).toBe("1");
    expect(res.body.id).toBe("req-1");
    const [probs, classes] = res.body.outputs as Array<{
      name: string;
      datatype: string;
      shape: number[];
      data: unknown[];
    }>;
    expect(probs).toMatchObject({ name: "probabilities", datatype: "FP32", shape: [3, 3] });
    expectClose(probs!.data as number[], iris.expected.flat());
    expect(classes).toMatchObject({ name: "classes", datatype: "BYTES", shape: [3] });
    const best = iris.expected.map((row) => IRIS.target.classes![row.indexOf(Math.max(...row))]);
    expect(classes!.data).toEqual(best);
  });

  test("nested data, integer and byte tensors, one tensor per feature: the same answer", async () => {
    const expected = iris.expected.flat();
    const nested = await infer({
      inputs: [{ name: "input", shape: [3, 4], datatype: "FP64", data: IRIS_ARRAYS }],
      outputs: [{ name: "probabilities" }],
    });
    expect(nested.status).toBe(200);
    const outputs = nested.body.outputs as Array<{ name: string; data: number[] }>;
    expect(outputs.map((o) => o.name)).toEqual(["probabilities"]);
    expectClose(outputs[0]!.data, expected);

    const bytes = await infer({
      inputs: [{ name: "input", shape: [3, 4], datatype: "BYTES", data: flat.map(String) }],
    });
    expect(bytes.status).toBe(200);
    expectClose((bytes.body.outputs as Array<{ data: number[] }>)[0]!.data, expected);

    const columns = await infer({
      inputs: IRIS.features.map((f, j) => ({
        name: f.name,
        shape: [3, 1],
        datatype: "FP32",
        data: IRIS_ARRAYS.map((row) => row[j]),
      })),
    });
    expect(columns.status).toBe(200);
    expectClose((columns.body.outputs as Array<{ data: number[] }>)[0]!.data, expected);

    const ints = await infer({
      inputs: [{ name: "input", shape: [1, 4], datatype: "INT32", data: [5, 3, 1, 0] }],
    });
    expect(ints.status).toBe(200);
  });

  test("regression: predictions [N, 1]; an explicit version; the answering version in a header", async () => {
    const res = await fetch(`${server.url}/v2/models/housing/versions/1/infer`, {
      method: "POST",
      body: JSON.stringify({
        inputs: [{ name: "input", shape: [2, 2], datatype: "FP32", data: [6.5, 65.2, 7.1, 20] }],
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-model-version")).toBe("1");
    const body = (await res.json()) as { outputs: Array<{ name: string; shape: number[]; data: number[] }> };
    expect(body.outputs[0]).toMatchObject({ name: "predictions", shape: [2, 1] });
    expectClose(body.outputs[0]!.data, housing.expected.flat());
  });
});

describe("every malformed request is a 4xx with a clear message", () => {
  const cases: Array<[string, unknown, number, RegExp]> = [
    ["no inputs", {}, 400, /"inputs" must be a non-empty array/],
    ["inputs not an array", { inputs: "x" }, 400, /"inputs" must be a non-empty array/],
    [
      "wrong shape",
      { inputs: [{ name: "input", shape: [3, 5], datatype: "FP32", data: new Array(15).fill(1) }] },
      400,
      /input "input" has shape \[3, 5\] but model "iris" takes \[N, 4\]/,
    ],
    [
      "shape and data disagree",
      { inputs: [{ name: "input", shape: [2, 4], datatype: "FP32", data: flat }] },
      400,
      /shape \[2, 4\] needs 8 elements but "data" has 12/,
    ],
    [
      "a string in an FP32 tensor",
      { inputs: [{ name: "input", shape: [1, 4], datatype: "FP32", data: ["5.1", 3, 1, 0] }] },
      400,
      /datatype FP32 needs a number, but element 0 is "5.1"/,
    ],
    [
      "a fraction in an INT32 tensor",
      { inputs: [{ name: "input", shape: [1, 4], datatype: "INT32", data: [5.1, 3, 1, 0] }] },
      400,
      /datatype INT32 needs an integer from -2147483648 to 2147483647, but element 0 is 5.1/,
    ],
    [
      "an out-of-range UINT8",
      { inputs: [{ name: "input", shape: [1, 4], datatype: "UINT8", data: [300, 3, 1, 0] }] },
      400,
      /UINT8 needs an integer from 0 to 255/,
    ],
    [
      "a number in a BOOL tensor",
      { inputs: [{ name: "input", shape: [1, 4], datatype: "BOOL", data: [1, 0, 1, 0] }] },
      400,
      /BOOL needs true or false/,
    ],
    [
      "an unknown datatype",
      { inputs: [{ name: "input", shape: [1, 4], datatype: "FLOAT", data: [1, 2, 3, 4] }] },
      400,
      /datatype "FLOAT" is not one of BOOL, UINT8/,
    ],
    [
      "an unknown input name",
      { inputs: [{ name: "pixels", shape: [1, 4], datatype: "FP32", data: [1, 2, 3, 4] }] },
      400,
      /input "pixels" is not an input of model "iris"; send one tensor "input" of shape \[N, 4\]/,
    ],
    [
      "a missing feature tensor",
      {
        inputs: IRIS.features
          .slice(0, 3)
          .map((f) => ({ name: f.name, shape: [1], datatype: "FP32", data: [1] })),
      },
      400,
      /input "petal_width" missing/,
    ],
    [
      "an unknown output",
      {
        inputs: [{ name: "input", shape: [1, 4], datatype: "FP32", data: [1, 2, 3, 4] }],
        outputs: [{ name: "logits" }],
      },
      400,
      /output "logits" is not an output of model "iris"; its outputs are "probabilities", "classes"/,
    ],
    [
      "the binary data extension",
      {
        inputs: [{ name: "input", shape: [1, 4], datatype: "FP32", data: [1, 2, 3, 4] }],
        parameters: { binary_data_output: true },
      },
      400,
      /binary tensor data extension is not supported/,
    ],
    [
      "a negative dimension",
      { inputs: [{ name: "input", shape: [-1, 4], datatype: "FP32", data: [] }] },
      400,
      /non-negative integers/,
    ],
    [
      "an FP32 element beyond the float32 range",
      { inputs: [{ name: "input", shape: [1, 4], datatype: "FP32", data: [5.1, 1e308, 1, 0] }] },
      400,
      /^input "input": datatype FP32 needs a number within ±3\.4e38 \(the float32 range\), but element 1 is 1e\+308/,
    ],
    [
      "an FP64 feature tensor beyond the float32 range the model computes in",
      {
        inputs: IRIS.features.map((f, j) => ({
          name: f.name,
          shape: [1],
          datatype: "FP64",
          data: [j === 2 ? -1e300 : 1],
        })),
      },
      400,
      /^instance 0: feature "petal_length" is -1e\+300, beyond ±3\.4e38/,
    ],
    [
      "Infinity, NaN and 1e999 written in a BYTES tensor",
      {
        inputs: [
          {
            name: "input",
            shape: [3, 4],
            datatype: "BYTES",
            data: ["1", "Infinity", "1", "1", "NaN", "1", "1", "1", "1e999", "1", "1", "1"],
          },
        ],
      },
      400,
      /^instance 0: feature "sepal_width" is "Infinity", expected a number/,
    ],
    ["an id that is not a string", { id: 7, inputs: [] }, 400, /"id" must be a string/],
  ];
  for (const [what, body, status, message] of cases) {
    test(what, async () => {
      const res = await infer(body);
      expect(res.status).toBe(status);
      expect(res.body.error).toMatch(message);
    });
  }

  test("malformed JSON, an unknown model or version, a bad version: 400/404 with {error}", async () => {
    const bad = await post(`${server.url}/v2/models/iris/infer`, '{"inputs": [', true);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^request body is not valid JSON/);
    const unknown = await infer({ inputs: [] }, "wine");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('model "wine" not found; available: housing, iris');
    const version = await infer(
      { inputs: [{ name: "input", shape: [1, 4], datatype: "FP32", data: [1, 2, 3, 4] }] },
      "iris/versions/5",
    );
    expect(version.status).toBe(404);
    expect(version.body.error).toContain("has no version 5 loaded; available: 1 (production)");
    const notNumber = await infer({ inputs: [] }, "iris/versions/latest");
    expect(notNumber.status).toBe(400);
    expect((await get(`${server.url}/v2/models/wine`)).status).toBe(404);
    expect((await get(`${server.url}/v2/models/iris/versions/x`)).status).toBe(400);
  });

  test("after all of that the server still answers", async () => {
    const res = await infer({ inputs: [{ name: "input", shape: [3, 4], datatype: "FP32", data: flat }] });
    expect(res.status).toBe(200);
  });
});
