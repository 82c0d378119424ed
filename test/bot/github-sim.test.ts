// The simulator is only worth its "zero violations" if it catches violations: requests that break GitHub's
// OpenAPI description, bad credentials and missing app permissions are recorded and answered as GitHub would.

import { createPrivateKey, generateKeyPairSync, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { GitHubSim } from "../../pipelines/demo/github-sim/index.ts";
import { SLIM_FILE } from "../../pipelines/demo/github-sim/openapi.ts";
import { slimText } from "../../pipelines/demo/github-sim/slim.ts";
import { appManifest } from "../support/bot-harness.ts";

let sim: GitHubSim;
let token = "";
const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

function jwt(appId: number, key = pair.privateKey): string {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: "RS256", typ: "JWT" })}.${b64({ iat: now - 30, exp: now + 300, iss: appId })}`;
  return `${head}.${sign("RSA-SHA256", Buffer.from(head), createPrivateKey(key.export({ type: "pkcs8", format: "pem" }))).toString("base64url")}`;
}

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${sim.urls.api}${path}`, {
    ...init,
    headers: { authorization: `token ${token}`, "content-type": "application/json", ...(init.headers ?? {}) },
  });

beforeAll(async () => {
  sim = await GitHubSim.start();
  const app = sim.app({
    id: 7,
    slug: "probe",
    publicKey: pair.publicKey.export({ type: "spki", format: "pem" }).toString(),
    webhookSecret: "s",
    permissions: { ...appManifest().default_permissions, actions: "read" },
    events: [],
  });
  sim.repo("acme/models", { files: { "modelops.yaml": "version: 1\n" } });
  const inst = sim.install(app, "acme", "http://127.0.0.1:9/unused");
  const res = await fetch(`${sim.urls.api}/app/installations/${inst.id}/access_tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${jwt(7)}` },
  });
  expect(res.status).toBe(201);
  token = ((await res.json()) as { token: string }).token;
});
afterAll(async () => {
  await sim.close();
});

test("the simulator validates against GitHub's OpenAPI description (a test run never goes unjudged)", () => {
  expect(sim.validating).toBe(true);
});

test("the slim description the published package routes by is generated from the current packages and simulator", () => {
  expect(readFileSync(SLIM_FILE, "utf8")).toBe(slimText());
});

test("a valid request is served and leaves no violation", async () => {
  const res = await api("/repos/acme/models/contents/modelops.yaml?ref=main");
  expect(res.status).toBe(200);
  expect(((await res.json()) as { content: string }).content).toBe(
    Buffer.from("version: 1\n").toString("base64"),
  );
  expect(sim.violations).toEqual([]);
  expect(sim.responseViolations).toEqual([]);
});

test("a body that breaks the description is recorded", async () => {
  const head = sim.repos.get("acme/models")?.branches.get("main");
  await api("/repos/acme/models/check-runs", {
    method: "POST",
    body: JSON.stringify({ name: "x", head_sha: head, conclusion: "great" }),
  });
  expect(sim.violations.splice(0)).toEqual([
    'POST /repos/{owner}/{repo}/check-runs: body/conclusion must be equal to one of the allowed values {"allowedValues":["action_required","cancelled","failure","neutral","success","skipped","stale","timed_out"]}',
  ]);
});

test("an undocumented query parameter, a bad parameter type and an unknown path are recorded", async () => {
  await api("/repos/acme/models/releases?per_page=lots&colour=red");
  await api("/repos/acme/models/frobnicate");
  expect(sim.violations.splice(0)).toEqual([
    'GET /repos/{owner}/{repo}/releases: query parameter per_page="lots" must be integer {"type":"integer"}',
    "GET /repos/{owner}/{repo}/releases: query parameter colour is not in the description",
    "GET /repos/acme/models/frobnicate: no such operation in GitHub's OpenAPI description",
  ]);
});

test("bad credentials and a JWT signed with another key are refused", async () => {
  token = token.replace(/.$/, "x");
  expect((await api("/repos/acme/models/releases")).status).toBe(401);
  const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const res = await fetch(`${sim.urls.api}/app/installations/1/access_tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${jwt(7, other)}` },
  });
  expect(res.status).toBe(401);
  expect(sim.violations.splice(0).map((v) => v.split(": ")[1]?.slice(0, 3))).toEqual(["401", "401"]);
});

test("a call the installation's permissions do not cover is a 403, as on GitHub", async () => {
  const inst = [...sim.installations.values()][0];
  const res = await fetch(`${sim.urls.api}/app/installations/${inst?.id}/access_tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${jwt(7)}` },
  });
  token = ((await res.json()) as { token: string }).token;
  const rerun = await api("/repos/acme/models/actions/runs/1/rerun", { method: "POST" });
  expect(rerun.status).toBe(403);
  expect(((await rerun.json()) as { message: string }).message).toBe(
    "Resource not accessible by integration (needs actions: write)",
  );
  sim.violations.splice(0);
});
