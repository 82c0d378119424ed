// Grouped, time-based and k-fold splits: seeded, recorded in data/splits.json.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type ModelConfig, modelSchema } from "../../pipelines/config/schema.ts";
import { preprocess, splitIndices, writePrepared } from "../../pipelines/data/index.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-splits-"));
  await mkdir(join(dir, "data"));
  // 60 visits of 12 patients, with a date per row (shuffled order in the file)
  const lines = ["patient,day,x,y"];
  for (let i = 0; i < 60; i++) {
    const day = (i * 37) % 60;
    lines.push(
      `p${i % 12},2024-01-${String(1 + (day % 28)).padStart(2, "0")}T${String(day % 24).padStart(2, "0")}:00:00Z,${i},${i % 3 === 0 ? "a" : "b"}`,
    );
  }
  await writeFile(join(dir, "data", "visits.csv"), `${lines.join("\n")}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const model = (split: Record<string, unknown>): ModelConfig =>
  modelSchema.parse({
    model: { architecture: "mlp" },
    task: "classification",
    data: { target: "y", features: ["x"], train: { format: "csv", path: "data/visits.csv" } },
    split: { validation: 0.2, test: 0.2, seed: 9, ...split },
  });

describe("splits", () => {
  test("grouped: no patient in two splits; the record names every row's line", async () => {
    const r = await preprocess({ configDir: dir, model: model({ groupBy: "patient", folds: 3 }) });
    const patientOf = (line: number) => `p${(line - 2) % 12}`;
    const s = r.splits!;
    expect(s.method).toBe("group");
    const sets = [s.train, s.validation, s.test].map((lines) => new Set(lines.map(patientOf)));
    for (const a of sets) for (const b of sets) if (a !== b) for (const p of a) expect(b.has(p)).toBe(false);
    expect(s.train.length + s.validation.length + s.test.length).toBe(60);
    // folds: a patient's rows share one fold
    const foldOf = new Map<string, number>();
    s.train.forEach((line, k) => {
      const p = patientOf(line);
      if (foldOf.has(p)) expect(foldOf.get(p)).toBe(s.folds![k]);
      foldOf.set(p, s.folds![k]!);
    });
    expect(new Set(s.folds).size).toBe(3);
    expect(r.profile.split).toEqual({ method: "group", seed: 9, groupBy: "patient", folds: 3 });
    // the group column is not a feature by default
    expect(r.transform.features.map((f) => f.name)).toEqual(["x"]);
  });

  test("time-based: test holds the latest rows, validation the next latest", async () => {
    const r = await preprocess({ configDir: dir, model: model({ orderBy: "day" }) });
    const text = await readFile(join(dir, "data", "visits.csv"), "utf8");
    const dayOf = new Map(
      text
        .trim()
        .split("\n")
        .slice(1)
        .map((l, i) => [i + 2, Date.parse(l.split(",")[1]!)] as const),
    );
    const s = r.splits!;
    const max = (lines: number[]) => Math.max(...lines.map((l) => dayOf.get(l)!));
    const min = (lines: number[]) => Math.min(...lines.map((l) => dayOf.get(l)!));
    expect(max(s.train)).toBeLessThanOrEqual(min(s.validation));
    expect(max(s.validation)).toBeLessThanOrEqual(min(s.test));
    expect(s.method).toBe("time");
  });

  test("stratified k folds keep the class balance; the same seed gives the same record", async () => {
    const a = await preprocess({ configDir: dir, model: model({ folds: 4 }) });
    const b = await preprocess({ configDir: dir, model: model({ folds: 4 }) });
    expect(a.splits).toEqual(b.splits);
    const s = a.splits!;
    const yOfLine = (line: number) => ((line - 2) % 3 === 0 ? "a" : "b");
    for (let f = 0; f < 4; f++) {
      const inFold = s.train.filter((_, k) => s.folds![k] === f);
      const share = inFold.filter((l) => yOfLine(l) === "a").length / inFold.length;
      expect(share).toBeGreaterThan(0.2);
      expect(share).toBeLessThan(0.5);
    }
    const out = join(dir, "out");
    await writePrepared(out, a);
    expect(JSON.parse(await readFile(join(out, "data", "splits.json"), "utf8"))).toEqual(s);
  });

  test("splitIndices covers every row exactly once", () => {
    const plan = splitIndices(101, { validation: 0.1, test: 0.2, seed: 1, folds: 5 });
    const all = [...plan.train, ...plan.validation, ...plan.test].sort((p, q) => p - q);
    expect(all).toEqual(Array.from({ length: 101 }, (_, i) => i));
    expect(plan.folds).toHaveLength(plan.train.length);
  });
});
