// The gate rule as a table (fixtures/gates.json): one row a case, so a new case is a line of data.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "@jest/globals";
import type { Gate } from "../../pipelines/config/schema.ts";
import { evaluateGate } from "../../pipelines/evaluate/gates.ts";

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
