// Runs a rendered container the way a kubelet would, as closely as this machine allows without a container
// runtime: bubblewrap (Debian's `bubblewrap`) mounts the host's root read-only (readOnlyRootFilesystem), the
// image's folder at its WORKDIR, each emptyDir volume as a fresh writable folder at its mountPath, and runs
// the image's ENTRYPOINT + the container's args as the pod's non-root uid, with the container's env only.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export const BWRAP = "/usr/bin/bwrap";

// biome-ignore lint/suspicious/noExplicitAny: Kubernetes documents are free-form
type Json = any;

export interface Sandboxed {
  child: ChildProcess;
  /** Host folder behind each emptyDir mountPath. */
  volumes: Map<string, string>;
  output(): string;
}

/**
 * A mount point that does not exist on the read-only root needs a writable parent: the nearest existing
 * ancestor becomes a tmpfs holding read-only binds of everything it held (so it looks the same), the new
 * mount point is made in it, and it is remounted read-only afterwards.
 */
function mountPoint(target: string): { cover?: string } {
  if (existsSync(target)) return {};
  let dir = path.dirname(target);
  while (!existsSync(dir)) dir = path.dirname(dir);
  if (dir === "/") throw new Error(`cannot mount ${target}: no existing folder to cover but /`);
  return { cover: dir };
}

async function coverArgs(dir: string): Promise<string[]> {
  const out = ["--tmpfs", dir];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) out.push("--symlink", await readlink(full), full);
    else out.push("--ro-bind", full, full);
  }
  return out;
}

export async function runContainer(opts: {
  /** The Deployment's pod spec (spec.template.spec). */
  pod: Json;
  /** The image's ENTRYPOINT (exec form) and WORKDIR, from the rendered Dockerfile. */
  entrypoint: string[];
  workdir: string;
  /** Host folder standing for the image's WORKDIR (what the Dockerfile copies there). */
  image: string;
  /** Host folders mounted into the image, read-only (node_modules/modelops -> this repository). */
  imageMounts?: Record<string, string>;
  /** Values of env entries the cluster fills (secretKeyRef, fieldRef), by name. */
  cluster: Record<string, string>;
  /** Container args edited for the host (the port: the sandbox shares the host's network). */
  args?: (args: string[]) => string[];
  /** The rendered ConfigMaps by name (their data becomes files of a read-only volume). */
  configMaps?: Record<string, Record<string, string>>;
  /** Fills a volume before the container starts (host folder of `mountPath`). */
  seed?: Record<string, (hostDir: string) => Promise<void>>;
}): Promise<Sandboxed> {
  if (!existsSync(BWRAP)) {
    throw new Error(
      `${BWRAP} is missing: install the Debian package bubblewrap (test/support/system-deps.sh does)`,
    );
  }
  const container = opts.pod.containers[0];
  const sc = { ...opts.pod.securityContext, ...container.securityContext };
  if (!sc.runAsNonRoot || !(sc.runAsUser > 0)) throw new Error("the pod does not run as a non-root uid");
  if (sc.readOnlyRootFilesystem !== true) throw new Error("the container's root file system is writable");
  const bw = ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"];
  const covered = new Set<string>();
  const mount = async (target: string, ...how: string[]) => {
    const { cover } = mountPoint(target);
    if (cover && !covered.has(cover)) {
      bw.push(...(await coverArgs(cover)));
      covered.add(cover);
    }
    bw.push(...how, target);
  };
  await mount(opts.workdir, "--ro-bind", opts.image);
  for (const [target, source] of Object.entries(opts.imageMounts ?? {})) {
    await mkdir(path.join(opts.image, path.relative(opts.workdir, target)), { recursive: true });
    bw.push("--ro-bind", source, target);
  }
  const volumes = new Map<string, string>();
  for (const m of container.volumeMounts ?? []) {
    const volume = opts.pod.volumes.find((v: Json) => v.name === m.name);
    if (volume?.configMap) {
      const data = opts.configMaps?.[volume.configMap.name];
      if (!data) throw new Error(`the test has no ConfigMap ${volume.configMap.name}`);
      const host = await mkdtemp(path.join(tmpdir(), `modelops-configmap-${m.name}-`));
      for (const [file, content] of Object.entries(data)) await writeFile(path.join(host, file), content);
      await mount(m.mountPath, "--ro-bind", host);
      continue;
    }
    if (!volume?.emptyDir) throw new Error(`volume ${m.name} is neither an emptyDir nor a ConfigMap`);
    const host = await mkdtemp(path.join(tmpdir(), `modelops-volume-${m.name}-`));
    volumes.set(m.mountPath, host);
    await opts.seed?.[m.mountPath]?.(host);
    await mount(m.mountPath, "--bind", host);
  }
  for (const c of covered) bw.push("--remount-ro", c);
  const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin" };
  for (const e of container.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value;
    else if (e.name in opts.cluster) env[e.name] = opts.cluster[e.name]!;
    else throw new Error(`the test gives no value for env ${e.name}`);
  }
  const args = opts.args ? opts.args([...container.args]) : container.args;
  const child = spawn(
    BWRAP,
    [
      ...bw,
      "--chdir",
      opts.workdir,
      "--unshare-user",
      "--uid",
      String(sc.runAsUser),
      "--gid",
      String(opts.pod.securityContext.runAsGroup ?? sc.runAsUser),
      "--die-with-parent",
      "--clearenv",
      ...Object.entries(env).flatMap(([k, v]) => ["--setenv", k, v]),
      "--",
      ...opts.entrypoint,
      ...args,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  return { child, volumes, output: () => output };
}
