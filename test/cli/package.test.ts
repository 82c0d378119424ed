// The package a user installs: `npm pack`, installed into an empty folder with its production dependencies
// only, runs the CLI, the demo, the server and the bot as compiled JavaScript, with no TypeScript loader in
// the installed tree. The install is offline: the folder gets a lockfile made from this repository's own
// (its production entries), so npm takes every tarball from the cache that `npm ci` filled.
import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { PACKAGE_ROOT } from "../../pipelines/package-root.ts";

const run = promisify(execFile);
let dir: string;
let app: string;
let bin: string;
/** A clean environment: no NODE_OPTIONS (jest's flags), nothing that could register a loader. */
const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1" };

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

/** package.json and package-lock.json of an app that depends on the tarball and nothing else. */
async function writeApp(tarball: string): Promise<void> {
  const lock = JSON.parse(await readFile(join(PACKAGE_ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const root = lock.packages[""]!;
  const packages: Record<string, unknown> = {
    "": { name: "app", dependencies: { modelops: `file:${tarball}` } },
    "node_modules/modelops": {
      version: root.version,
      resolved: `file:${tarball}`,
      dependencies: root.dependencies,
      peerDependencies: root.peerDependencies,
      peerDependenciesMeta: root.peerDependenciesMeta,
      bin: root.bin,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev) continue;
    // The tarball's registry address, as npm writes it when it records one: with it and the integrity, npm
    // takes the tarball from its cache without asking the registry for the package's metadata.
    const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    const file = `${name.split("/").pop()}-${entry.version as string}.tgz`;
    packages[path] = { resolved: `https://registry.npmjs.org/${name}/-/${file}`, ...entry };
  }
  const manifest = { name: "app", private: true, dependencies: { modelops: `file:${tarball}` } };
  await writeFile(join(app, "package.json"), JSON.stringify(manifest));
  await writeFile(
    join(app, "package-lock.json"),
    JSON.stringify({ name: "app", lockfileVersion: 3, requires: true, packages }),
  );
}

/** Resolves with the first match of `pattern` on the child's stdout; rejects when it exits first. */
function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) resolve(m);
    });
    child.on("exit", (code) => reject(new Error(`exited ${code} before ${pattern}: ${out}${err}`)));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "modelops-package-"));
  app = join(dir, "app");
  // `npm test` compiles lib/ before the suite (prepack does it before a publish); packing without scripts
  // keeps this test from rewriting lib/ while other suites run from it.
  if (!existsSync(join(PACKAGE_ROOT, "lib/bot/cli/bin.js"))) {
    await run("npm", ["run", "build"], { cwd: PACKAGE_ROOT });
  }
  const packed = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], {
    cwd: PACKAGE_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  // --json's report follows whatever the prepack script printed
  const filename = /"filename":\s*"([^"]+)"/.exec(packed.stdout)?.[1];
  if (!filename) throw new Error(`npm pack printed no filename: ${packed.stdout}`);
  await mkdir(app);
  await writeApp(join(dir, filename));
  await run("npm", ["ci", "--offline", "--omit=dev", "--no-audit", "--no-fund"], { cwd: app }).catch(
    (error: { stderr?: string }) => {
      throw new Error(
        `npm ci --offline of the packed tarball failed (a production dependency missing from the npm cache? run npm ci first): ${error.stderr}`,
      );
    },
  );
  bin = join(app, "node_modules", ".bin", "modelops");
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the packed package, installed with production dependencies only", () => {
  test("`npx modelops --help` runs the compiled CLI", async () => {
    const { stdout } = await run("npx", ["--offline", "modelops", "--help"], { cwd: app, env });
    expect(stdout).toMatch(/^Usage: modelops \[options\] \[command\]/);
    expect(stdout).toContain("demo");
    const { stdout: version } = await run(bin, ["--version"], { cwd: app, env });
    const manifest = JSON.parse(await readFile(join(PACKAGE_ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(version.trim()).toBe(manifest.version);
  });

  // With no tsx in the tree, any attempt to load it would fail the commands below: they pass, so none did.
  test("no TypeScript at run time: no tsx, no typescript, no .ts source of ours in the installed tree", async () => {
    const modules = join(app, "node_modules");
    for (const dev of ["tsx", "typescript", "esbuild", "@actions/core", "@tensorflow/tfjs"]) {
      expect({ dev, installed: existsSync(join(modules, dev)) }).toEqual({ dev, installed: false });
    }
    const files = await readdir(join(modules, "modelops"), { recursive: true });
    expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
    // The executable is the compiled entry: a loader flag in its shebang or a tsx import would show here.
    const entry = await readFile(join(modules, "modelops", "lib", "bot", "cli", "bin.js"), "utf8");
    expect(entry.split("\n")[0]).toBe("#!/usr/bin/env node");
    expect(entry).not.toMatch(/from "tsx|import\("tsx/);
  });

  test("`modelops demo` passes, and `modelops serve` answers on the demo's registry", async () => {
    const demo = join(dir, "demo");
    const { stdout } = await run(bin, ["demo", "--dir", demo], { cwd: app, env });
    expect(stdout).toMatch(/^demo: every stage passed in/m);
    const repo = join(demo, "repo");
    const server = spawn(bin, ["serve", "--registry", join(repo, ".modelops"), "--port", "0"], {
      cwd: repo,
      env,
    });
    try {
      const url = (await waitForLine(server, / at (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
      expect((await fetch(`${url}/v2/health/ready`)).status).toBe(200);
      const res = await fetch(`${url}/v1/models/iris:predict`, {
        method: "POST",
        body: JSON.stringify({
          instances: [{ sepal_length: 6.1, sepal_width: 2.8, petal_length: 4.7, petal_width: 1.2 }],
        }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { predictions: number[][] }).predictions[0]).toHaveLength(3);
      server.kill("SIGTERM");
      const [code, signal] = await once(server, "exit");
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    } finally {
      server.kill("SIGKILL");
    }
  }, 180_000);

  test("`modelops demo --github` passes without the simulator's devDependencies, unvalidated and saying so", async () => {
    for (const dev of ["@octokit/openapi", "@octokit/webhooks-examples"]) {
      expect({ dev, installed: existsSync(join(app, "node_modules", dev)) }).toEqual({
        dev,
        installed: false,
      });
    }
    const { stdout } = await run(bin, ["demo", "--github", "--dir", join(dir, "demo-github")], {
      cwd: app,
      env,
    });
    expect(stdout.split("\n")[0]).toMatch(/^GitHub stand-in: running without OpenAPI validation/);
    expect(stdout).toMatch(/^✔ revert .*v1 served again in [\d.]+s; nothing trained, no version minted/m);
    expect(stdout).toMatch(/^demo --github: every stage passed in/m);
  }, 180_000);

  test("`modelops bot` listens with the App's credentials and stops on SIGTERM", async () => {
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const bot = spawn(bin, ["bot", "--port", "0"], {
      cwd: app,
      env: { ...env, APP_ID: "4242", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: "shh", LOG_LEVEL: "silent" },
    });
    try {
      const url = (await waitForLine(bot, /listening on (http:\/\/\S+)/))[1]!;
      expect(await (await fetch(`${url}/healthz`)).text()).toBe("ok\n");
      bot.kill("SIGTERM");
      const [code, signal] = await once(bot, "exit");
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    } finally {
      bot.kill("SIGKILL");
    }
  });

  test("docs/quickstart.md: every sh block runs in a fresh repository with the package installed", async () => {
    const doc = await readFile(join(PACKAGE_ROOT, "docs", "quickstart.md"), "utf8");
    const lines = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
      .flatMap((m) => m[1]!.split("\n"))
      .map((l) => l.trim())
      // the package is installed already (from the packed tarball)
      .filter((l) => l !== "" && !l.startsWith("npm install"));
    expect(lines.length).toBeGreaterThan(5);
    await run("git", ["init", "-q", "-b", "main"], { cwd: app });
    // the user's repository is a clone of their GitHub repository: `deploy render` reads its origin
    await run("git", ["remote", "add", "origin", "https://github.com/acme/models.git"], { cwd: app });
    const path = `${join(app, "node_modules", ".bin")}:${env.PATH}`;
    for (const line of lines) {
      const done = await run("bash", ["-euo", "pipefail", "-c", line], {
        cwd: app,
        env: { ...env, PATH: path },
      }).then(
        () => "ok",
        (e: { stderr?: string }) => `failed: ${e.stderr}`,
      );
      expect({ line, done }).toEqual({ line, done: "ok" });
    }
  }, 180_000);
});
