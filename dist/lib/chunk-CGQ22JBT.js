import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  makeDirs
} from "./chunk-GZSAGK6Y.js";
import {
  initBackend
} from "./chunk-UOFP67N6.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";

// actions/lib/gpu.ts
import { execFile as execFile2 } from "node:child_process";
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { symlink } from "node:fs/promises";
import { delimiter, dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify as promisify2 } from "node:util";

// actions/lib/gpu-install.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
var GPU_PACKAGE = "@tensorflow/tfjs-node-gpu";
var GPU_PACKAGE_VERSION = "4.22.0";
var TOOL = "modelops-tfjs-node-gpu";
async function cudaVersion() {
  try {
    const { stdout } = await promisify(execFile)("nvidia-smi", [], { timeout: 1e4, env: process.env });
    return /CUDA Version:\s*([\d.]+)/.exec(stdout)?.[1];
  } catch {
    return void 0;
  }
}
async function installGpuBackend(opts) {
  const version = `${opts.version ?? GPU_PACKAGE_VERSION}-cuda${opts.cuda}`;
  const base = join(opts.toolCache, TOOL, version);
  const dir = join(base, process.arch);
  const nodeModules = join(dir, "node_modules");
  if (existsSync(`${dir}.complete`) && existsSync(join(nodeModules, GPU_PACKAGE, "package.json"))) {
    return { nodeModules, installed: false };
  }
  await rm(dir, { recursive: true, force: true });
  await makeDirs(dir);
  const spec = opts.spec ?? `${GPU_PACKAGE}@${GPU_PACKAGE_VERSION}`;
  try {
    await promisify(execFile)(
      opts.npm ?? "npm",
      ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", "--no-package-lock", spec],
      { timeout: 15 * 6e4, env: process.env, maxBuffer: 32 << 20 }
    );
  } catch (error) {
    const e = error;
    const why = e.code === "ENOENT" ? "npm is not on PATH" : ((e.stderr ?? "").split("\n").find((l) => /ERR!/.test(l)) ?? e.message.split("\n")[0] ?? "").trim();
    throw new ModelopsError(
      `could not install ${spec} into the tool cache (${dir}): ${why}; give the runner npm and registry access, or use a runner image that has it (docs/actions.md#gpu-runners)`
    );
  }
  if (!existsSync(join(nodeModules, GPU_PACKAGE, "package.json"))) {
    throw new ModelopsError(`npm installed ${spec} into ${dir}, but ${GPU_PACKAGE} is not in it`);
  }
  await writeFile(`${dir}.complete`, "");
  return { nodeModules, installed: true };
}

// actions/lib/gpu.ts
var NATIVE_PACKAGES = ["@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-node"];
async function detectGpu() {
  try {
    const { stdout } = await promisify2(execFile2)(
      "nvidia-smi",
      ["--query-gpu=name,driver_version", "--format=csv,noheader"],
      { timeout: 1e4, env: process.env }
    );
    const gpus = stdout.split("\n").map((l) => l.trim()).filter(Boolean).map((l) => {
      const [name, driver] = l.split(",").map((s) => s.trim());
      return `${name} (driver ${driver})`;
    });
    if (gpus.length === 0) return { present: false, detail: "nvidia-smi lists no GPU" };
    return { present: true, detail: gpus.join(", ") };
  } catch (error) {
    const e = error;
    if (e.code === "ENOENT") return { present: false, detail: "no nvidia-smi on PATH (no NVIDIA driver)" };
    const why = (e.stderr || e.message || "").trim().split("\n")[0];
    return { present: false, detail: `nvidia-smi failed: ${why}` };
  }
}
function nativeSearchDirs(env = process.env) {
  const split = (v) => v ? v.split(delimiter).filter(Boolean) : [];
  const prefix = dirname(dirname(process.execPath));
  return [
    ...split(env.MODELOPS_NODE_MODULES),
    ...split(env.NODE_PATH),
    process.platform === "win32" ? join2(dirname(process.execPath), "node_modules") : join2(prefix, "lib", "node_modules")
  ];
}
async function linkNativeBackends(opts = {}) {
  const linkRoot = opts.linkRoot ?? packageRoot();
  if (!linkRoot) return [];
  const linked = [];
  for (const pkg of opts.packages ?? NATIVE_PACKAGES) {
    if (installedAbove(linkRoot, pkg)) continue;
    const from = (opts.searchDirs ?? nativeSearchDirs()).map((dir) => join2(dir, pkg)).find((dir) => existsSync2(join2(dir, "package.json")));
    if (!from) continue;
    const to = join2(linkRoot, "node_modules", pkg);
    await makeDirs(dirname(to));
    await symlink(from, to, "junction").catch((error) => {
      if (error.code !== "EEXIST") throw error;
    });
    linked.push({ pkg, from });
  }
  return linked;
}
async function prepareNativeBackends(opts) {
  const notes = [];
  const linkRoot = opts.linkRoot ?? packageRoot();
  if (!linkRoot) return notes;
  for (const l of await linkNativeBackends({
    linkRoot,
    ...opts.searchDirs && { searchDirs: opts.searchDirs }
  })) {
    notes.push(`Native backend ${l.pkg} found in ${l.from}.`);
  }
  const mayUseGpu = opts.required === "tensorflow-gpu" || ["auto", "tensorflow-gpu"].includes(opts.configured);
  if (!opts.install || !mayUseGpu || installedAbove(linkRoot, GPU_PACKAGE)) return notes;
  const cuda = await cudaVersion();
  if (!cuda) {
    notes.push(
      `gpu-install: no NVIDIA driver on this runner (nvidia-smi), so ${GPU_PACKAGE} was not installed.`
    );
    return notes;
  }
  const toolCache = opts.toolCache ?? process.env.RUNNER_TOOL_CACHE;
  if (!toolCache)
    throw new ModelopsError("gpu-install needs RUNNER_TOOL_CACHE, which every Actions runner sets");
  const spec = process.env.MODELOPS_TFJS_NODE_GPU || void 0;
  const result = await installGpuBackend({ toolCache, cuda, ...spec && { spec } });
  await linkNativeBackends({ linkRoot, searchDirs: [result.nodeModules], packages: [GPU_PACKAGE] });
  notes.push(
    `${GPU_PACKAGE} for CUDA ${cuda} ${result.installed ? "installed into" : "taken from"} the tool cache (${result.nodeModules}).`
  );
  return notes;
}
function installedAbove(dir, pkg) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync2(join2(d, "node_modules", pkg, "package.json"))) return true;
    if (dirname(d) === d) return false;
  }
}
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join2(dir, "package.json");
    if (existsSync2(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "modelops") return dir;
      } catch {
      }
    }
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
async function requireBackend(required, configured, model) {
  if (required !== "auto" && configured !== "auto" && configured !== required) {
    throw new ModelopsError(
      `input backend: ${required} conflicts with models.${model}.train.backend: ${configured} in modelops.yaml; set one of them to auto`
    );
  }
  const gpu = await detectGpu();
  let info;
  try {
    info = await initBackend(configured);
  } catch (error) {
    if (!(error instanceof ModelopsError)) throw error;
    throw new ModelopsError(`${error.message}; GPU: ${gpu.detail} (see docs/actions.md#gpu-runners)`);
  }
  if (required !== "auto" && info.name !== required) {
    const why = info.rejected.find((r) => r.name === required)?.why ?? "it was not tried";
    throw new ModelopsError(
      `backend ${required} is required (input backend) but did not load, ${info.name} would have run: ${why}; GPU: ${gpu.detail} (see docs/actions.md#gpu-runners)`
    );
  }
  const idle = gpu.present && info.name !== "tensorflow-gpu" ? idleGpu(info, gpu) : void 0;
  return { info, gpu, ...idle && { idleGpu: idle } };
}
function idleGpu(info, gpu) {
  const why = info.rejected.find((r) => r.name === "tensorflow-gpu")?.why;
  return `this runner has a GPU (${gpu.detail}) but training runs on ${info.name}${why ? ` (tensorflow-gpu: ${why})` : ` (train.backend asks for ${info.name})`}; see docs/actions.md#gpu-runners, or set backend: tensorflow-gpu to fail instead`;
}

export {
  prepareNativeBackends,
  requireBackend
};
