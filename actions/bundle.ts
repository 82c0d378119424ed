// npm run bundle: the actions as committed JavaScript, dist/<action>/index.js, that a runner starts without
// `npm install`. One esbuild build with code splitting, so tfjs and the toolkit are in dist/lib/ once rather
// than once per action; tfjs-backend-wasm's .wasm files are copied beside the chunk that loads them
// (pipelines/train/backend.ts finds them in its own folder). The native @tensorflow/tfjs-node(-gpu) addon is
// never bundled: a GPU runner provides it (docs/actions.md#gpu-runners).
import { existsSync } from "node:fs";
import { copyFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { makeDirs } from "../pipelines/make-dirs.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const ACTIONS = ["run", "preprocess", "train", "evaluate", "report", "release", "modelops"] as const;
/**
 * Modules that pipelines/ starts by file name beside itself (`new URL("./x.js", import.meta.url)`): the
 * data-parallel trainer's worker threads. Each becomes an entry of its own in dist/lib/, beside the chunks.
 */
const SIDE_ENTRIES = { "lib/parallel-worker": "pipelines/train/parallel-replica.ts" };
const WASM_FILES = [
  "tfjs-backend-wasm.wasm",
  "tfjs-backend-wasm-simd.wasm",
  "tfjs-backend-wasm-threaded-simd.wasm",
];

// ESM output has neither require nor __dirname; bundled CommonJS (emscripten's glue, the Azure SDK) uses both.
const BANNER = [
  'import { createRequire as __modelopsCreateRequire } from "node:module";',
  'import { fileURLToPath as __modelopsFileURLToPath } from "node:url";',
  'import { dirname as __modelopsDirname } from "node:path";',
  "const require = __modelopsCreateRequire(import.meta.url);",
  "const __filename = __modelopsFileURLToPath(import.meta.url);",
  "const __dirname = __modelopsDirname(__filename);",
].join("\n");

/** Builds every action into `outdir` (default: dist/), replacing what was there. Returns the files written. */
export async function bundle(outdir = join(ROOT, "dist")): Promise<string[]> {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: {
      ...Object.fromEntries(ACTIONS.map((a) => [`${a}/index`, join(ROOT, "actions", a, "index.ts")])),
      ...Object.fromEntries(
        Object.entries(SIDE_ENTRIES)
          .filter(([, src]) => existsSync(join(ROOT, src)))
          .map(([out, src]) => [out, join(ROOT, src)]),
      ),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    mainFields: ["module", "main"],
    preserveSymlinks: true,
    chunkNames: "lib/[name]-[hash]",
    external: ["@tensorflow/tfjs-node", "@tensorflow/tfjs-node-gpu"],
    banner: { js: BANNER },
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    plugins: [versionPlugin(await packageVersion())],
  });
  const written = Object.keys(result.metafile.outputs).map((f) => join(ROOT, f));
  // The wasm files go beside each output that holds the backend selection code.
  const wasmSource = dirname(createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm"));
  const homes = new Set<string>();
  for (const file of written.filter((f) => f.endsWith(".js"))) {
    if ((await readFile(file, "utf8")).includes("tfjs-backend-wasm.wasm")) homes.add(dirname(file));
  }
  for (const dir of homes) {
    for (const wasm of WASM_FILES) {
      await copyFile(join(wasmSource, wasm), join(dir, wasm));
      written.push(join(dir, wasm));
    }
  }
  // Whatever a module loads from beside itself must be there.
  for (const file of written.filter((f) => f.endsWith(".js"))) {
    for (const m of (await readFile(file, "utf8")).matchAll(
      /new URL\("\.\/([\w.-]+)", import\.meta\.url\)/g,
    )) {
      if (!existsSync(join(dirname(file), m[1]!))) {
        throw new Error(
          `${relative(outdir, file)} loads ./${m[1]} beside itself, which the bundle lacks: add it to SIDE_ENTRIES`,
        );
      }
    }
  }
  await writeFile(join(outdir, "package.json"), `${JSON.stringify({ type: "module" }, null, 2)}\n`);
  written.push(join(outdir, "package.json"));
  return written.sort();
}

async function packageVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * pipelines/version.ts reads ../package.json beside itself, which a bundle does not have: the bundle gets
 * the version it was built from as a constant (it is part of every input key, so it must be the same).
 */
function versionPlugin(version: string): Plugin {
  return {
    name: "modelops-version",
    setup(b) {
      b.onLoad({ filter: /[\\/]pipelines[\\/]version\.ts$/ }, () => ({
        contents: `export const MODELOPS_VERSION = ${JSON.stringify(version)};\n`,
        loader: "ts",
      }));
    },
  };
}

/** Every file under dir, relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  await walk(dir);
  return out.sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await bundle();
  let total = 0;
  for (const f of files) total += (await readFile(f)).length;
  await makeDirs(join(ROOT, "dist"));
  console.log(`dist/: ${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MiB`);
}
