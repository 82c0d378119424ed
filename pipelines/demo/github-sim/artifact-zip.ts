// Workflow artifacts as the modelops actions upload them: zipped by archiver with the options
// @actions/artifact uses (zip, deflate level 6), so the bot reads the bytes GitHub would serve.
import { createRequire } from "node:module";

interface Archive {
  append(source: Buffer | string, data: { name: string }): Archive;
  finalize(): Promise<void>;
  on(event: "data", fn: (chunk: Buffer) => void): Archive;
  on(event: "error" | "warning", fn: (error: Error) => void): Archive;
  on(event: "end", fn: () => void): Archive;
}

// archiver is CommonJS without types; @actions/artifact depends on it.
const archiver = createRequire(import.meta.url)("archiver") as {
  create(format: "zip", options: { zlib: { level: number } }): Archive;
};

/** A zip of `files` (path -> content); folders are added as entries the way upload-artifact does. */
export async function artifactZip(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = archiver.create("zip", { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    zip.on("data", (c) => chunks.push(c));
    zip.on("error", reject);
    zip.on("warning", reject);
    zip.on("end", () => resolve());
  });
  const dirs = new Set<string>();
  for (const path of Object.keys(files)) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(`${parts.slice(0, i).join("/")}/`);
  }
  for (const d of [...dirs].sort()) zip.append("", { name: d });
  for (const [name, content] of Object.entries(files)) zip.append(content, { name });
  await zip.finalize();
  await done;
  return Buffer.concat(chunks);
}
