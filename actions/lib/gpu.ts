// GPU checks for self-hosted runners. The bundled action carries tfjs and its wasm files, never the native
// @tensorflow/tfjs-node(-gpu) addon: a GPU runner provides it (a runner image with it installed globally, or
// a folder named by MODELOPS_NODE_MODULES). linkNativeBackends makes such an install visible to the bundle;
// requireBackend fails the step, with the reason, when the job asks for a backend that does not load.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { symlink } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Backend } from "../../pipelines/config/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { makeDirs } from "../../pipelines/make-dirs.ts";
import { type BackendInfo, initBackend } from "../../pipelines/train/backend.ts";
import { cudaVersion, GPU_PACKAGE, installGpuBackend } from "./gpu-install.ts";

export const NATIVE_PACKAGES = ["@tensorflow/tfjs-node-gpu", "@tensorflow/tfjs-node"] as const;

export interface GpuInfo {
  present: boolean;
  /** "NVIDIA H100 80GB HBM3 (driver 550.54)" or why none was found. */
  detail: string;
}

/** What nvidia-smi says about the GPUs of this machine. */
export async function detectGpu(): Promise<GpuInfo> {
  try {
    const { stdout } = await promisify(execFile)(
      "nvidia-smi",
      ["--query-gpu=name,driver_version", "--format=csv,noheader"],
      { timeout: 10_000, env: process.env },
    );
    const gpus = stdout
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const [name, driver] = l.split(",").map((s) => s.trim());
        return `${name} (driver ${driver})`;
      });
    if (gpus.length === 0) return { present: false, detail: "nvidia-smi lists no GPU" };
    return { present: true, detail: gpus.join(", ") };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") return { present: false, detail: "no nvidia-smi on PATH (no NVIDIA driver)" };
    const why = (e.stderr || e.message || "").trim().split("\n")[0];
    return { present: false, detail: `nvidia-smi failed: ${why}` };
  }
}

/**
 * Folders that may hold a native tfjs install: MODELOPS_NODE_MODULES (one or more node_modules folders),
 * NODE_PATH, and the global node_modules of the node that runs the action.
 */
export function nativeSearchDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const split = (v?: string) => (v ? v.split(delimiter).filter(Boolean) : []);
  const prefix = dirname(dirname(process.execPath));
  return [
    ...split(env.MODELOPS_NODE_MODULES),
    ...split(env.NODE_PATH),
    process.platform === "win32"
      ? join(dirname(process.execPath), "node_modules")
      : join(prefix, "lib", "node_modules"),
  ];
}

/**
 * For each native package the bundle cannot resolve but a search folder holds, links it into
 * `<linkRoot>/node_modules`, where the bundle's `import()` finds it. Returns what was linked, and from where.
 */
export async function linkNativeBackends(
  opts: { searchDirs?: string[]; linkRoot?: string; packages?: readonly string[] } = {},
): Promise<Array<{ pkg: string; from: string }>> {
  const linkRoot = opts.linkRoot ?? packageRoot();
  if (!linkRoot) return [];
  const linked: Array<{ pkg: string; from: string }> = [];
  for (const pkg of opts.packages ?? NATIVE_PACKAGES) {
    if (installedAbove(linkRoot, pkg)) continue;
    const from = (opts.searchDirs ?? nativeSearchDirs())
      .map((dir) => join(dir, pkg))
      .find((dir) => existsSync(join(dir, "package.json")));
    if (!from) continue;
    const to = join(linkRoot, "node_modules", pkg);
    await makeDirs(dirname(to));
    await symlink(from, to, "junction").catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
    linked.push({ pkg, from });
  }
  return linked;
}

/**
 * Makes a native backend the runner provides visible to the bundle and, with `install` (the gpu-install
 * input), installs the GPU package into the runner's tool cache when a driver is there but no package is.
 * Returns what it did, one line each, for the job summary.
 */
export async function prepareNativeBackends(opts: {
  install: boolean;
  required: Backend;
  configured: Backend;
  linkRoot?: string;
  toolCache?: string;
  searchDirs?: string[];
}): Promise<string[]> {
  const notes: string[] = [];
  const linkRoot = opts.linkRoot ?? packageRoot();
  if (!linkRoot) return notes;
  for (const l of await linkNativeBackends({
    linkRoot,
    ...(opts.searchDirs && { searchDirs: opts.searchDirs }),
  })) {
    notes.push(`Native backend ${l.pkg} found in ${l.from}.`);
  }
  const mayUseGpu =
    opts.required === "tensorflow-gpu" || ["auto", "tensorflow-gpu"].includes(opts.configured);
  if (!opts.install || !mayUseGpu || installedAbove(linkRoot, GPU_PACKAGE)) return notes;
  const cuda = await cudaVersion();
  if (!cuda) {
    notes.push(
      `gpu-install: no NVIDIA driver on this runner (nvidia-smi), so ${GPU_PACKAGE} was not installed.`,
    );
    return notes;
  }
  const toolCache = opts.toolCache ?? process.env.RUNNER_TOOL_CACHE;
  if (!toolCache)
    throw new ModelopsError("gpu-install needs RUNNER_TOOL_CACHE, which every Actions runner sets");
  const spec = process.env.MODELOPS_TFJS_NODE_GPU || undefined;
  const result = await installGpuBackend({ toolCache, cuda, ...(spec && { spec }) });
  await linkNativeBackends({ linkRoot, searchDirs: [result.nodeModules], packages: [GPU_PACKAGE] });
  notes.push(
    `${GPU_PACKAGE} for CUDA ${cuda} ${result.installed ? "installed into" : "taken from"} the tool cache (${result.nodeModules}).`,
  );
  return notes;
}

/** Whether node's lookup of a bare specifier from `dir` (node_modules folders upwards) finds `pkg`. */
function installedAbove(dir: string, pkg: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, "node_modules", pkg, "package.json"))) return true;
    if (dirname(d) === d) return false;
  }
}

/** The modelops package folder this code runs from (the action's checkout, or the repository in development). */
function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "modelops") return dir;
      } catch {
        // not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Selects the backend modelops.yaml asks for and checks it against the job's requirement (the `backend`
 * input): `auto` accepts whatever loads; anything else must be what actually runs, or the step fails with
 * why the required backend did not load and what the machine's GPU looks like.
 */
export async function requireBackend(
  required: Backend,
  configured: Backend,
  model: string,
): Promise<{ info: BackendInfo; gpu: GpuInfo; idleGpu?: string }> {
  if (required !== "auto" && configured !== "auto" && configured !== required) {
    throw new ModelopsError(
      `input backend: ${required} conflicts with models.${model}.train.backend: ${configured} in modelops.yaml; set one of them to auto`,
    );
  }
  const gpu = await detectGpu();
  let info: BackendInfo;
  try {
    info = await initBackend(configured);
  } catch (error) {
    if (!(error instanceof ModelopsError)) throw error;
    throw new ModelopsError(`${error.message}; GPU: ${gpu.detail} (see docs/actions.md#gpu-runners)`);
  }
  if (required !== "auto" && info.name !== required) {
    const why = info.rejected.find((r) => r.name === required)?.why ?? "it was not tried";
    throw new ModelopsError(
      `backend ${required} is required (input backend) but did not load, ${info.name} would have run: ${why}; GPU: ${gpu.detail} (see docs/actions.md#gpu-runners)`,
    );
  }
  const idle = gpu.present && info.name !== "tensorflow-gpu" ? idleGpu(info, gpu) : undefined;
  return { info, gpu, ...(idle && { idleGpu: idle }) };
}

/** The warning for a GPU that training leaves idle, with why the GPU backend did not load. */
function idleGpu(info: BackendInfo, gpu: GpuInfo): string {
  const why = info.rejected.find((r) => r.name === "tensorflow-gpu")?.why;
  return `this runner has a GPU (${gpu.detail}) but training runs on ${info.name}${why ? ` (tensorflow-gpu: ${why})` : ` (train.backend asks for ${info.name})`}; see docs/actions.md#gpu-runners, or set backend: tensorflow-gpu to fail instead`;
}
