// The rendered pod runs as rendered: `modelops deploy render --registry github:acme/models`, then the
// Deployment's container (the Dockerfile's ENTRYPOINT + the container's args and env) is started under
// bubblewrap as the pod's non-root uid, with the root file system read-only except the declared volumes
// (emptyDir cache and /tmp, the trusted-keys ConfigMap read-only), the token from the "Secret". It follows
// the GitHub simulator and answers predictions.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { parseAllDocuments } from "yaml";
import { renderCommand } from "../../pipelines/cli/commands/deploy.ts";
import { type RegistryWorld, startRegistryWorld } from "../../pipelines/demo/github-sim/registry-world.ts";
import { sha256Hex } from "../../pipelines/registry/key.ts";
import { initBackend } from "../../pipelines/train/backend.ts";
import { freePort, IRIS, IRIS_ROWS, post, runFiles, until, writeRun } from "./fixture.ts";
import { runContainer, type Sandboxed } from "./sandbox.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CONFIG = `version: 1
models:
  iris:
    task: classification
    data: { target: species, train: { format: csv, path: data/iris.csv } }
    model: { architecture: mlp }
`;

let w: RegistryWorld;
let out: string;
let image: string;
// biome-ignore lint/suspicious/noExplicitAny: Kubernetes documents are free-form
let pod: any;
let entrypoint: string[];
let workdir: string;
let configMaps: Record<string, Record<string, string>>;
const running: Sandboxed[] = [];

beforeAll(async () => {
  // The image runs the compiled CLI (lib/, what the package ships); `npm test` builds it first.
  if (!existsSync(path.join(repo, "lib/bot/cli/bin.js"))) {
    execFileSync("npm", ["run", "build"], { cwd: repo, stdio: "ignore" });
  }
  await initBackend("cpu"); // the runs are built on cpu (and tfjs's "install tfjs-node" hint stays quiet)
  w = await startRegistryWorld();
  const { run } = await writeRun(path.join(w.dir, "run"), IRIS, 1, IRIS_ROWS);
  const writer = await w.store({ writer: true });
  const v = await writer.createVersion("iris", {
    key: sha256Hex("iris inputs"),
    digest: "",
    commit: w.repo.defaultHead.sha,
    files: new Map(Object.entries(await runFiles(run))),
  });
  await writer.setAlias("iris", "production", v.version, { reason: "release" });

  await writeFile(path.join(w.dir, "modelops.yaml"), CONFIG);
  const key = path.join(w.dir, "release-writer.pem");
  await writeFile(key, w.signing.publicKey);
  out = path.join(w.dir, "deploy");
  await renderCommand({
    config: path.join(w.dir, "modelops.yaml"),
    out,
    name: "iris",
    port: 8501,
    replicas: 2,
    maxReplicas: 4,
    listen: "8080",
    registry: "github:acme/models",
    githubApiUrl: w.sim.urls.api,
    trustedKey: [key],
  });
  const docs = (file: string) =>
    readFile(path.join(out, file), "utf8").then((t) => parseAllDocuments(t).map((d) => d.toJS()));
  pod = (await docs("kubernetes/stable.yaml"))[0].spec.template.spec;
  configMaps = Object.fromEntries(
    (await docs("kubernetes/trusted-keys.yaml")).map((d) => [d.metadata.name, d.data]),
  );
  const dockerfile = await readFile(path.join(out, "Dockerfile"), "utf8");
  entrypoint = JSON.parse(/^ENTRYPOINT (.*)$/m.exec(dockerfile)![1]!);
  workdir = /^WORKDIR (.*)$/m.exec(dockerfile)![1]!;
  // The image: what the Dockerfile copies into WORKDIR (modelops.yaml), modelops from node_modules.
  image = path.join(w.dir, "image");
  await cp(path.join(w.dir, "modelops.yaml"), path.join(image, "modelops.yaml"));
}, 120_000);

afterAll(async () => {
  for (const s of running) {
    if (s.child.exitCode !== null) continue;
    const exited = new Promise((r) => s.child.once("exit", r));
    s.child.kill("SIGTERM");
    await exited;
  }
  await w?.close();
});

async function start(podSpec: typeof pod, port: number): Promise<Sandboxed> {
  const s = await runContainer({
    pod: podSpec,
    entrypoint,
    workdir,
    image,
    imageMounts: { [path.join(workdir, "node_modules/modelops")]: repo },
    configMaps,
    cluster: { GITHUB_TOKEN: w.readerEnv.GITHUB_TOKEN!, POD_NAME: "iris-stable-7d9f-abcde" },
    // the sandbox shares the host's network: a free port instead of the container's 8501
    args: (a) => a.map((x, i) => (a[i - 1] === "--port" ? String(port) : x)),
  });
  running.push(s);
  return s;
}

test("the rendered container runs as uid 65532 on a read-only root, follows the github store and answers", async () => {
  const port = await freePort();
  const s = await start(pod, port);
  await until(
    "the container to serve v1",
    () => {
      if (s.child.exitCode !== null)
        throw new Error(`the container exited ${s.child.exitCode}: ${s.output()}`);
      return s.output().includes(`serving iris v1 (production) at http://0.0.0.0:${port}`);
    },
    90_000,
  );
  const res = await post(`http://127.0.0.1:${port}/v1/models/iris:predict`, { instances: IRIS_ROWS });
  expect(res.status).toBe(200);
  expect((res.body.predictions as number[][]).length).toBe(3);
  // what it serves is reported on the deployment, as the pod, at the Service's URL
  await until("the success status", () =>
    w.repo.state.deployments.some((d) =>
      d.statuses.some(
        (st) =>
          st.state === "success" &&
          st.description.startsWith("iris-stable-7d9f-abcde:") &&
          st.environmentUrl === "http://iris-stable:8501",
      ),
    ),
  );
  expect(s.output()).not.toMatch(/EROFS|read-only file system/i);
}, 120_000);
