// bot/zip.ts reads the zips @actions/artifact uploads (archiver) and writes the model archive of a release.

import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import { readZip, writeZip } from "../../bot/zip.ts";
import { artifactZip } from "../../pipelines/demo/github-sim/artifact-zip.ts";
import { RUN } from "./harness.ts";

describe("readZip", () => {
  test("reads an artifact zipped the way upload-artifact zips it, folders left out", async () => {
    const zip = await artifactZip({ "metrics.json": "{}", "model/weights.bin": RUN.model["weights.bin"] });
    const files = readZip(zip);
    expect([...files.keys()].sort()).toEqual(["metrics.json", "model/weights.bin"]);
    expect(files.get("model/weights.bin")?.equals(RUN.model["weights.bin"])).toBe(true);
  });

  test("says what is wrong with bytes that are not a zip, or a corrupt one", async () => {
    expect(() => readZip(Buffer.from("not a zip at all, just text"), "artifact iris-1")).toThrow(
      "artifact iris-1: not a zip archive (no end of central directory)",
    );
    const zip = await artifactZip({ "a.txt": "hello hello hello hello" });
    const broken = Buffer.from(zip);
    broken[40] = (broken[40] ?? 0) ^ 0xff;
    expect(() => readZip(broken, "artifact x")).toThrow(/artifact x: a.txt is corrupt|broken|invalid/);
  });
});

describe("writeZip", () => {
  test("writes an archive that unzip(1) tests clean and readZip reads back, the same bytes for the same files", () => {
    const entries = [
      { name: "model/model.json", data: RUN.model["model.json"] },
      { name: "model/weights.bin", data: RUN.model["weights.bin"] },
      { name: "empty.txt", data: Buffer.alloc(0) },
    ];
    const zip = writeZip(entries);
    expect(writeZip(entries).equals(zip)).toBe(true);
    const back = readZip(zip);
    for (const e of entries) expect(back.get(e.name)?.equals(e.data)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "modelops-zip-"));
    writeFileSync(join(dir, "m.zip"), zip);
    expect(execFileSync("unzip", ["-tq", join(dir, "m.zip")]).toString()).toContain("No errors detected");
    const listing = execFileSync("unzip", ["-Z1", join(dir, "m.zip")])
      .toString()
      .trim()
      .split("\n")
      .sort();
    expect(listing).toEqual(["empty.txt", "model/model.json", "model/weights.bin"]);
  });
});
