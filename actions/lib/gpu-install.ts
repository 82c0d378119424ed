// The second way a GPU runner gets the native backend: on first use, npm installs the pinned
// @tensorflow/tfjs-node-gpu into the runner's tool cache, keyed by its version, the CUDA version the driver
// reports and the CPU architecture; later jobs on that runner find it there and install nothing. Laid out as
// @actions/tool-cache does: <tool cache>/<tool>/<version>/<arch>, complete when <arch>.complete exists.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { ModelopsError } from "../../pipelines/errors.ts";
import { makeDirs } from "../../pipelines/make-dirs.ts";

export const GPU_PACKAGE = "@tensorflow/tfjs-node-gpu";
/** The version the bundled tfjs is: the addon must match it. */
export const GPU_PACKAGE_VERSION = "4.22.0";
const TOOL = "modelops-tfjs-node-gpu";

/** "12.4" from nvidia-smi's banner, or undefined without a driver. */
export async function cudaVersion(): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)("nvidia-smi", [], { timeout: 10_000, env: process.env });
    return /CUDA Version:\s*([\d.]+)/.exec(stdout)?.[1];
  } catch {
    return undefined;
  }
}

export interface InstallResult {
  /** The node_modules folder that holds the package. */
  nodeModules: string;
  /** False when an earlier job had installed it already. */
  installed: boolean;
}

/**
 * The tool cache's node_modules holding the GPU package, installing it first when no earlier job did.
 * `spec` is what npm installs (default: the pinned package from the registry).
 */
export async function installGpuBackend(opts: {
  toolCache: string;
  cuda: string;
  spec?: string;
  version?: string;
  npm?: string;
}): Promise<InstallResult> {
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
      { timeout: 15 * 60_000, env: process.env, maxBuffer: 32 << 20 },
    );
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    const why =
      e.code === "ENOENT"
        ? "npm is not on PATH"
        : ((e.stderr ?? "").split("\n").find((l) => /ERR!/.test(l)) ?? e.message.split("\n")[0] ?? "").trim();
    throw new ModelopsError(
      `could not install ${spec} into the tool cache (${dir}): ${why}; give the runner npm and registry access, or use a runner image that has it (docs/actions.md#gpu-runners)`,
    );
  }
  if (!existsSync(join(nodeModules, GPU_PACKAGE, "package.json"))) {
    throw new ModelopsError(`npm installed ${spec} into ${dir}, but ${GPU_PACKAGE} is not in it`);
  }
  await writeFile(`${dir}.complete`, "");
  return { nodeModules, installed: true };
}
