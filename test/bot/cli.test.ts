// `modelops bot` as a user runs it: configured from the environment Probot reads, a one-line error when
// something is missing, a server that answers until SIGTERM.

import { execFile, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { once } from "node:events";
import { expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";

const CLI = MODELOPS_CLI;
const baseEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" };

test("without APP_ID, PRIVATE_KEY and WEBHOOK_SECRET it exits 2 with one line naming them", async () => {
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile("node", [CLI, "bot"], { env: baseEnv }, (error, _stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
  expect(code).toBe(2);
  expect(stderr.trim().split("\n")).toEqual([
    "modelops: error: missing APP_ID (the GitHub App's numeric id), PRIVATE_KEY or PRIVATE_KEY_PATH (the app's private key), WEBHOOK_SECRET (the secret set in the app's webhook settings); set them in the environment (see docs/bot.md, \"Install the app\")",
  ]);
});

test("with them it serves webhooks, checks their signature, and stops cleanly on SIGTERM", async () => {
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const child = spawn("node", [CLI, "bot", "--port", "0"], {
    env: { ...baseEnv, APP_ID: "4242", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: "shh", LOG_LEVEL: "silent" },
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  while (!/listening on (http:\/\/\S+)/.test(out)) await once(child.stdout, "data");
  const url = /listening on (http:\/\/\S+)/.exec(out)?.[1] as string;
  expect(out).toContain("GitHub API https://api.github.com");
  expect(await (await fetch(`${url}/healthz`)).text()).toBe("ok\n");
  const body = JSON.stringify({ zen: "Keep it logically awesome.", hook_id: 1 });
  const post = (signature: string) =>
    fetch(`${url}/api/github/webhooks`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "ping",
        "x-github-delivery": "d-1",
        "x-hub-signature-256": signature,
      },
      body,
    });
  expect((await post(`sha256=${createHmac("sha256", "shh").update(body).digest("hex")}`)).status).toBe(202);
  expect((await post(`sha256=${createHmac("sha256", "guess").update(body).digest("hex")}`)).status).toBe(400);
  child.kill("SIGTERM");
  const [code] = await once(child, "exit");
  expect(code).toBe(0);
  expect(out).toContain("modelops bot: SIGTERM, stopping");
});

test("a REDIS_URL that is not a redis:// URL is one line and exit 2", async () => {
  const env = {
    ...baseEnv,
    APP_ID: "4242",
    PRIVATE_KEY: "k",
    WEBHOOK_SECRET: "s",
    REDIS_URL: "localhost:6379",
  };
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile("node", [CLI, "bot"], { env }, (error, _stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
  expect(code).toBe(2);
  expect(stderr.trim().split("\n")).toEqual([
    'modelops: error: missing a REDIS_URL of the form redis://[user:password@]host:port[/db] (rediss:// for TLS); set them in the environment (see docs/bot.md, "Install the app")',
  ]);
});
