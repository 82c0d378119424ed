import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  ModelopsError,
  initBackend
} from "./chunk-BISBRY3G.js";

// actions/lib/gpu.ts
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, symlink } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
var NATIVE_PACKAGES = ["@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-node"];
async function detectGpu() {
  try {
    const { stdout } = await promisify(execFile)(
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
    process.platform === "win32" ? join(dirname(process.execPath), "node_modules") : join(prefix, "lib", "node_modules")
  ];
}
async function linkNativeBackends(opts = {}) {
  const linkRoot = opts.linkRoot ?? packageRoot();
  if (!linkRoot) return [];
  const linked = [];
  for (const pkg of opts.packages ?? NATIVE_PACKAGES) {
    if (installedAbove(linkRoot, pkg)) continue;
    const from = (opts.searchDirs ?? nativeSearchDirs()).map((dir) => join(dir, pkg)).find((dir) => existsSync(join(dir, "package.json")));
    if (!from) continue;
    const to = join(linkRoot, "node_modules", pkg);
    await mkdir(dirname(to), { recursive: true });
    await symlink(from, to, "junction").catch((error) => {
      if (error.code !== "EEXIST") throw error;
    });
    linked.push({ pkg, from });
  }
  return linked;
}
function installedAbove(dir, pkg) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "node_modules", pkg, "package.json"))) return true;
    if (dirname(d) === d) return false;
  }
}
function packageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
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
  linkNativeBackends,
  requireBackend
};
