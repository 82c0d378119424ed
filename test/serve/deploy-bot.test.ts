// The rendered bot pod runs as rendered: its Deployment's container (the server image's ENTRYPOINT + `bot`,
// its env from the Secret) is started under bubblewrap as the pod's non-root uid with the root file system
// read-only except its /tmp emptyDir, and answers its /healthz probe and GitHub's webhooks.
import { execFileSync } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { parseAllDocuments } from "yaml";
import { renderCommand } from "../../pipelines/cli/commands/deploy.ts";
import { freePort, until } from "./fixture.ts";
import { runContainer, type Sandboxed } from "./sandbox.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

let dir: string;
let bot: Sandboxed | undefined;
let url: string;

beforeAll(async () => {
  // The image runs the compiled CLI (lib/, what the package ships); `npm test` builds it first.
  if (!existsSync(path.join(repo, "lib/bot/cli/bin.js"))) {
    execFileSync("npm", ["run", "build"], { cwd: repo, stdio: "ignore" });
  }
  dir = await mkdtemp(path.join(tmpdir(), "modelops-deploy-bot-"));
  await writeFile(
    path.join(dir, "modelops.yaml"),
    "version: 1\nmodels:\n  iris:\n    task: classification\n    data: { target: species, train: { format: csv, path: data/iris.csv } }\n    model: { architecture: mlp }\n",
  );
  const out = path.join(dir, "deploy");
  await renderCommand({
    config: path.join(dir, "modelops.yaml"),
    out,
    name: "modelops",
    port: 8501,
    replicas: 2,
    maxReplicas: 4,
    listen: "8080",
    registry: "github:acme/models",
  });
  const [deployment] = parseAllDocuments(await readFile(path.join(out, "kubernetes/bot.yaml"), "utf8")).map(
    (d) => d.toJS(),
  );
  const [secret] = parseAllDocuments(
    await readFile(path.join(out, "kubernetes/bot-secret.yaml"), "utf8"),
  ).map((d) => d.toJS());
  const dockerfile = await readFile(path.join(out, "Dockerfile"), "utf8");
  const workdir = /^WORKDIR (.*)$/m.exec(dockerfile)![1]!;
  const image = path.join(dir, "image");
  await cp(path.join(dir, "modelops.yaml"), path.join(image, "modelops.yaml"));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const port = await freePort();
  bot = await runContainer({
    pod: deployment.spec.template.spec,
    entrypoint: JSON.parse(/^ENTRYPOINT (.*)$/m.exec(dockerfile)![1]!),
    workdir,
    image,
    imageMounts: { [path.join(workdir, "node_modules/modelops")]: repo },
    // what the filled-in Secret holds (REDIS_URL and ADMIN_TOKEN as the template leaves them: empty, the queue
    // in the process and the admin endpoints off)
    cluster: {
      APP_ID: "12345",
      PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      WEBHOOK_SECRET: "webhook-secret",
      REDIS_URL: secret.stringData.REDIS_URL,
      ADMIN_TOKEN: secret.stringData.ADMIN_TOKEN,
    },
    // the sandbox shares the host's network: a free port instead of the pod's 3000
    args: (a) => [...a, "--port", String(port)],
  });
  url = `http://127.0.0.1:${port}`;
  await until(
    "the bot to answer /healthz",
    async () => {
      if (bot!.child.exitCode !== null)
        throw new Error(`the bot exited ${bot!.child.exitCode}: ${bot!.output()}`);
      try {
        return (await fetch(`${url}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    60_000,
  );
}, 120_000);

afterAll(async () => {
  if (bot && bot.child.exitCode === null) {
    const exited = new Promise((r) => bot!.child.once("exit", r));
    bot.child.kill("SIGTERM");
    await exited;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("the rendered bot runs as uid 65532 on a read-only root and answers its probe", async () => {
  const res = await fetch(`${url}/healthz`);
  expect(res.status).toBe(200);
  expect(bot!.output()).toMatch(
    /modelops bot: app 12345 listening on .* \(webhooks at .*\/api\/github\/webhooks;/,
  );
});

test("the Secret template's empty ADMIN_TOKEN starts the bot with its admin endpoints off", async () => {
  const res = await fetch(`${url}/admin/dead-letters`, {
    headers: { authorization: "Bearer anything-at-all-0123456789abcdef" },
  });
  expect(res.status).toBe(404);
});

function ping(delivery: string, secret: string): Promise<Response> {
  const body = JSON.stringify({ zen: "Keep it logically awesome.", hook_id: 1 });
  return fetch(`${url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": delivery,
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    },
    body,
  });
}

test("webhooks signed with the Secret's WEBHOOK_SECRET are accepted, others refused", async () => {
  const signed = await ping("d-1", "webhook-secret");
  expect(signed.status).toBeLessThan(300);
  const forged = await ping("d-2", "another-secret");
  expect(forged.status).toBeGreaterThanOrEqual(400);
  expect(forged.status).toBeLessThan(500);
});
