// The server's view of modelops.yaml between polls: a change applies, a broken file is reported once and the
// running policy kept, and a read that lands mid-write (the file truncated, not yet written) is not reported.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "@jest/globals";
import { ConfigPolicies } from "../../pipelines/serve/config-policies.ts";

const config = (deploy: string) => `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    model: { architecture: mlp, dense: [6] }
    deploy: ${deploy}
`;

let dir: string;
let file: string;
let lines: string[];
let policies: ConfigPolicies;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "modelops-policies-"));
  file = path.join(dir, "modelops.yaml");
  lines = [];
  await writeFile(file, config("{ strategy: canary, canary: { steps: [20, 100], interval: 60s } }"));
  policies = new ConfigPolicies(file, (l) => lines.push(l));
  await policies.load(true);
});

afterEach(() => rm(dir, { recursive: true, force: true }));

test("a valid change applies on the next read", async () => {
  await writeFile(file, config("{ strategy: shadow, shadow: { percent: 30 } }"));
  expect(await policies.load(false)).toBe(true);
  expect(policies.get("iris").strategy).toBe("shadow");
  expect(lines).toEqual([]);
});

test("a read between an editor's truncate and its write is not reported; the broken text that follows is", async () => {
  await writeFile(file, ""); // what a poll sees after the truncate
  expect(await policies.load(false)).toBe(false);
  await writeFile(file, config("{ strategy: sideways }"));
  expect(await policies.load(false)).toBe(false);
  expect(lines).toEqual([]); // not yet: the same text must be read twice
  expect(await policies.load(false)).toBe(false);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^error: .*modelops\.yaml changed but cannot be used: .*strategy.*; keeping the previous traffic policy$/,
  );
  expect(policies.get("iris").strategy).toBe("canary");
  expect(await policies.load(false)).toBe(false);
  expect(lines).toHaveLength(1); // reported once, not on every poll
});

test("a file left empty is reported on the second read", async () => {
  await writeFile(file, "");
  await policies.load(false);
  await policies.load(false);
  expect(lines).toEqual([
    expect.stringMatching(/changed but cannot be used: .*the file is empty.*keeping the previous/),
  ]);
  expect(policies.get("iris").strategy).toBe("canary");
});
