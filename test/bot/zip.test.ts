// bot/zip.ts reads the zips @actions/artifact uploads (archiver) and writes the model archive of a release.
// Artifacts come from pull requests' workflow runs, so the reader is also tested against hostile archives,
// made here with yazl and then edited byte by byte where yazl itself would refuse to write them.

import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "@jest/globals";
import yazl from "yazl";
import { readZip, writeZip } from "../../bot/zip.ts";
import { artifactZip } from "../../pipelines/demo/github-sim/artifact-zip.ts";
import { RUN } from "../support/bot-harness.ts";

/** A zip of `files` as yazl writes it, with per-file options (mode, compress). */
async function yazlZip(
  files: Array<{ name: string; data: string | Buffer; options?: Partial<yazl.Options> }>,
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const f of files) zip.addBuffer(Buffer.from(f.data), f.name, f.options);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `zip` with every occurrence of the name `from` replaced by `to` (the same length): a hostile name. */
function renamed(zip: Buffer, from: string, to: string): Buffer {
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  for (let at = out.indexOf(needle); at >= 0; at = out.indexOf(needle, at + 1)) out.write(to, at);
  return out;
}

describe("readZip", () => {
  test("reads an artifact zipped the way upload-artifact zips it, folders left out", async () => {
    const zip = await artifactZip({ "metrics.json": "{}", "model/weights.bin": RUN.model["weights.bin"] });
    const files = await readZip(zip);
    expect([...files.keys()].sort()).toEqual(["metrics.json", "model/weights.bin"]);
    expect(files.get("model/weights.bin")?.equals(RUN.model["weights.bin"])).toBe(true);
  });

  test("says what is wrong with bytes that are not a zip, or a corrupt one", async () => {
    await expect(readZip(Buffer.from("not a zip at all, just text"), "artifact iris-1")).rejects.toThrow(
      /^artifact iris-1: not a readable zip archive \(End of central directory record signature not found/,
    );
    const zip = await yazlZip([{ name: "a.txt", data: "hello hello", options: { compress: false } }]);
    const broken = renamed(zip, "hello hello", "hello jello");
    await expect(readZip(broken, "artifact x")).rejects.toThrow(
      "artifact x: a.txt is corrupt (CRC-32 does not match)",
    );
  });

  test("refuses names that climb out of the folder or start at the root", async () => {
    const zip = await yazlZip([{ name: "up/evil.txt", data: "x" }]);
    await expect(readZip(renamed(zip, "up/evil.txt", "../evil.txt"), "artifact x")).rejects.toThrow(
      /^artifact x: .*invalid relative path: \.\.\/evil\.txt/,
    );
    await expect(readZip(renamed(zip, "up/evil.txt", "/a/evil.txt"), "artifact x")).rejects.toThrow(
      /^artifact x: .*absolute path: \/a\/evil\.txt/,
    );
  });

  test("refuses a symbolic link entry", async () => {
    const zip = await yazlZip([{ name: "model/link", data: "/etc/passwd", options: { mode: 0o120777 } }]);
    await expect(readZip(zip, "artifact x")).rejects.toThrow(
      "artifact x: model/link is a symbolic link; artifacts hold plain files only",
    );
  });

  test("refuses an archive that names one file twice", async () => {
    const zip = await yazlZip([
      { name: "metrics.json", data: '{"a":1}' },
      { name: "metrics.json", data: '{"a":2}' },
    ]);
    await expect(readZip(zip, "artifact x")).rejects.toThrow(
      "artifact x: metrics.json appears twice; an archive names each file once",
    );
  });

  test("refuses a zip bomb: files over the size limit, or inflating past their declared size", async () => {
    const zip = await yazlZip([{ name: "zeros.bin", data: Buffer.alloc(1 << 20) }]);
    await expect(readZip(zip, "artifact x", { maxBytes: 1 << 19, maxFiles: 10 })).rejects.toThrow(
      `artifact x: its files unpack to over ${1 << 19} bytes (a zip bomb?); refusing it`,
    );
    await expect(readZip(zip, "artifact x", { maxBytes: 1 << 21, maxFiles: 0 })).rejects.toThrow(
      "artifact x: 1 entries, over the limit of 0",
    );
    // The central directory declares 1 KiB; the deflated stream holds 1 MiB.
    const lying = Buffer.from(zip);
    const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(1024, central + 24);
    await expect(readZip(lying, "artifact x")).rejects.toThrow(
      /^artifact x: zeros\.bin is corrupt \(.*too many bytes/,
    );
  });
});

describe("writeZip", () => {
  test("writes an archive that unzip(1) tests clean and readZip reads back, the same bytes for the same files in any order", async () => {
    const entries = [
      { name: "model/weights.bin", data: RUN.model["weights.bin"] },
      { name: "model/model.json", data: RUN.model["model.json"] },
      { name: "empty.txt", data: Buffer.alloc(0) },
    ];
    const zip = await writeZip(entries);
    expect((await writeZip([...entries].reverse())).equals(zip)).toBe(true);
    const back = await readZip(zip);
    for (const e of entries) expect(back.get(e.name)?.equals(e.data)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "modelops-zip-"));
    writeFileSync(join(dir, "m.zip"), zip);
    expect(execFileSync("unzip", ["-tq", join(dir, "m.zip")]).toString()).toContain("No errors detected");
    const listing = execFileSync("unzip", ["-Z1", join(dir, "m.zip")])
      .toString()
      .trim()
      .split("\n");
    expect(listing).toEqual(["empty.txt", "model/model.json", "model/weights.bin"]);
  });

  test("the bytes do not depend on the time zone or the clock", async () => {
    const script = [
      'import { writeZip } from "./pipelines/registry/zip.ts";',
      'const zip = await writeZip([{ name: "a/b.txt", data: Buffer.from("same") }]);',
      'process.stdout.write(zip.toString("hex"));',
    ].join("\n");
    const inZone = (tz: string) =>
      execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
        cwd: join(import.meta.dirname, "../.."),
        env: { ...process.env, TZ: tz, NODE_OPTIONS: "" },
      }).toString();
    const utc = inZone("UTC");
    expect(inZone("Pacific/Kiritimati")).toBe(utc);
    expect(inZone("America/Los_Angeles")).toBe(utc);
  });

  test("refuses two files of one name", async () => {
    await expect(
      writeZip([
        { name: "a.txt", data: Buffer.from("1") },
        { name: "a.txt", data: Buffer.from("2") },
      ]),
    ).rejects.toThrow("zip archive: a.txt given twice");
  });
});
