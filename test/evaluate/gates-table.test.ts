// The gate rule as a table (fixtures/gates.json): one row a case, so a new case is a line of data.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "@jest/globals";
import type { Gate } from "../../pipelines/config/schema.ts";
import { evaluateGate, formatPair } from "../../pipelines/evaluate/gates.ts";

interface GateCase {
  case: string;
  metric: string;
  gate: Gate;
  baseline: number | null;
  candidate: number | null;
  passed: boolean;
}

const cases = JSON.parse(
  readFileSync(new URL("./fixtures/gates.json", import.meta.url), "utf8"),
) as GateCase[];

describe("evaluateGate, from the table", () => {
  test.each(cases.map((c) => [c.case, c] as const))("%s", (_name, c) => {
    const result = evaluateGate(c.metric, c.gate, c.baseline ?? undefined, c.candidate ?? undefined);
    expect(result.passed).toBe(c.passed);
  });
});

describe("formatPair: two numbers shown so that they differ where they differ", () => {
  test.each([
    ["to the same decimals", 0.87, 0.9, ["0.87", "0.90"]],
    ["whole numbers stay whole", 25, 20, ["25", "20"]],
    ["as many digits as it takes to tell them apart", 0.8999999, 0.9, ["0.8999999", "0.9000000"]],
    ["equal numbers at the default precision", 0.5, 0.5, ["0.5", "0.5"]],
    ["NaN stays readable beside a number", Number.NaN, 0.9, ["NaN", "0.9"]],
  ] as Array<[string, number, number, [string, string]]>)("%s: %d and %d", (_name, a, b, expected) => {
    expect(formatPair(a, b)).toEqual(expected);
  });
});
