// Compute backend selection. `auto` takes the fastest backend that loads: the native TensorFlow bindings
// (@tensorflow/tfjs-node-gpu, then @tensorflow/tfjs-node; optional peer dependencies a GPU runner provides),
// then WebAssembly, then plain JavaScript. What was rejected, and why, is reported so a run can tell its user
// why it did not get the GPU.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Backend } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { describeKernelsBuild, installWasmTrainingKernels } from "./kernels/index.ts";
import * as tf from "./tf.ts";

export type BackendName = Exclude<Backend, "auto">;

export interface BackendInfo {
  /** The backend that runs: tensorflow-gpu, tensorflow, wasm or cpu. */
  name: BackendName;
  /** One sentence on why this one. */
  reason: string;
  /** Backends tried before it and why each did not load (auto only). */
  rejected: Array<{ name: BackendName; why: string }>;
}

const ORDER: BackendName[] = ["tensorflow-gpu", "tensorflow", "wasm", "cpu"];
const NATIVE_PACKAGE = {
  "tensorflow-gpu": "@tensorflow/tfjs-node-gpu",
  tensorflow: "@tensorflow/tfjs-node",
} as const;
/** The name each backend registers under in tfjs. */
const TFJS_NAME: Record<BackendName, string> = {
  "tensorflow-gpu": "tensorflow",
  tensorflow: "tensorflow",
  wasm: "wasm",
  cpu: "cpu",
};
const FIX: Record<BackendName, string> = {
  "tensorflow-gpu": "install @tensorflow/tfjs-node-gpu on a CUDA runner or set train.backend: auto",
  tensorflow: "install @tensorflow/tfjs-node or set train.backend: auto",
  wasm: "reinstall @tensorflow/tfjs-backend-wasm (its dist/*.wasm files must be readable) or set train.backend: auto",
  cpu: "report this as a bug",
};

let current: { preference: Backend; info: Promise<BackendInfo> } | undefined;
let active: BackendInfo | undefined;

/**
 * The backend tensors run on now, in our names (tensorflow-gpu rather than tfjs's "tensorflow" where the GPU
 * package was loaded); tfjs's own name when initBackend was not what chose it.
 */
export function activeBackend(): string {
  const running = tf.getBackend();
  return active !== undefined && TFJS_NAME[active.name] === running ? active.name : running;
}

/**
 * Selects the compute backend. Idempotent: a second call with the same preference returns the first answer
 * without loading anything again. A backend named explicitly that cannot load is a ModelopsError.
 */
export function initBackend(preference: Backend = "auto"): Promise<BackendInfo> {
  if (current?.preference === preference) {
    const cached = current.info;
    // Still valid unless someone switched tfjs's backend behind our back since.
    return cached.then((info) => (tf.getBackend() === TFJS_NAME[info.name] ? info : select(preference)));
  }
  return select(preference);
}

function select(preference: Backend): Promise<BackendInfo> {
  const info = choose(preference);
  current = { preference, info };
  info.then(
    (chosen) => {
      active = chosen;
    },
    () => {
      if (current?.info === info) current = undefined;
    },
  );
  return info;
}

async function choose(preference: Backend): Promise<BackendInfo> {
  if (preference !== "auto") {
    const why = await tryLoad(preference);
    if (why !== undefined) {
      throw new ModelopsError(
        `backend "${preference}" was requested in modelops.yaml (train.backend) but could not load: ${why}; ${FIX[preference]}`,
      );
    }
    return {
      name: preference,
      reason: withKernels(preference, `${preference} was requested in modelops.yaml (train.backend)`),
      rejected: [],
    };
  }
  const rejected: BackendInfo["rejected"] = [];
  for (const name of ORDER) {
    const why = await tryLoad(name);
    if (why === undefined) {
      const reason =
        rejected.length === 0
          ? `auto: ${name} is the fastest backend and it loaded`
          : `auto: ${name} is the fastest backend that loaded (${rejected.map((r) => `${r.name}: ${r.why}`).join("; ")})`;
      return { name, reason: withKernels(name, reason), rejected };
    }
    rejected.push({ name, why });
  }
  // cpu ships inside @tensorflow/tfjs and always registers; reaching this is a broken installation.
  throw new ModelopsError(
    `no tfjs backend could load (${rejected.map((r) => `${r.name}: ${r.why}`).join("; ")}); reinstall @tensorflow/tfjs`,
  );
}

/** On wasm, the reason also says which build of the training kernels runs (relaxed SIMD or SIMD128). */
function withKernels(name: BackendName, reason: string): string {
  return name === "wasm" ? `${reason}; ${describeKernelsBuild()}` : reason;
}

/** Loads and activates one backend; returns why it could not, or undefined when it runs. */
async function tryLoad(name: BackendName): Promise<string | undefined> {
  const warnings: string[] = [];
  try {
    return await quietly(warnings, async () => {
      if (name === "tensorflow-gpu" || name === "tensorflow") {
        // libtensorflow logs its CPU-feature and device banners to stderr unless told otherwise.
        process.env.TF_CPP_MIN_LOG_LEVEL ??= "2";
        await import(NATIVE_PACKAGE[name]);
      } else if (name === "wasm") {
        const wasm = await import("@tensorflow/tfjs-backend-wasm");
        const dir = wasmDir();
        // Must precede the first setBackend("wasm"); later calls only set a path nobody reads again.
        if (dir !== undefined) wasm.setWasmPaths(dir);
      }
      if (!(await tf.setBackend(TFJS_NAME[name]))) {
        return `tfjs could not initialise it${warnings.length > 0 ? ` (${oneLine(warnings.join(" "))})` : ""}`;
      }
      if (name === "cpu") silenceNodeHint();
      // Stock tfjs-backend-wasm cannot train a CNN (no Conv2DBackpropFilter) and its other gradients are slow.
      if (name === "wasm") installWasmTrainingKernels();
      return undefined;
    });
  } catch (err) {
    return describeLoadError(name, err);
  }
}

/** Runs `fn` with tfjs's console.warn chatter collected into `sink` instead of printed. */
async function quietly<T>(sink: string[], fn: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    sink.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(" "));
  };
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}

/**
 * The folder holding tfjs-backend-wasm's .wasm files: the installed package's dist/ or, in a bundled action,
 * the bundle's own folder (the build copies the files there). undefined: let the package look beside itself.
 */
function wasmDir(): string | undefined {
  try {
    const main = createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm");
    return path.dirname(main) + path.sep;
  } catch {
    const here = path.dirname(fileURLToPath(import.meta.url));
    return existsSync(path.join(here, "tfjs-backend-wasm.wasm")) ? here + path.sep : undefined;
  }
}

/** The cpu backend greets Node users with an "install tfjs-node" banner on its first tensor: noise for us. */
function silenceNodeHint(): void {
  const backend = tf.backend() as unknown as { firstUse?: boolean };
  if (typeof backend.firstUse === "boolean") backend.firstUse = false;
}

function describeLoadError(name: BackendName, err: unknown): string {
  const e = err as { code?: string; message?: string };
  const message = oneLine(e?.message ?? String(err));
  if (name in NATIVE_PACKAGE) {
    const pkg = NATIVE_PACKAGE[name as keyof typeof NATIVE_PACKAGE];
    const missing =
      e?.code === "ERR_MODULE_NOT_FOUND" ||
      e?.code === "MODULE_NOT_FOUND" ||
      /Cannot find (package|module)/.test(message);
    if (missing && message.includes(`'${pkg}'`)) return `${pkg} is not installed`;
  }
  return message;
}

function oneLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? text;
  return line.trim().replace(/\s+/g, " ").slice(0, 300);
}
