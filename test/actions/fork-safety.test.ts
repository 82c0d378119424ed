// The fork rule, seen from a workflow run: a fork's pull request (or any pull_request_target run) may not
// preprocess or train until a maintainer adds safe-to-train to the exact commit; the refusal is a failed step
// that says what to do, and nothing is read or trained before it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { run as preprocess } from "../../actions/preprocess/main.ts";
import { run as train } from "../../actions/train/main.ts";
import { prEvent, runStep, SHA_A, SHA_B, workspace } from "../support/action-harness.ts";
import { type ApiServer, type FakeRepo, startApi } from "./github-api.ts";

let api: ApiServer;
const repo: FakeRepo = {
  pulls: { 7: { headSha: SHA_A, labels: ["safe-to-train"] } },
  permissions: { carol: "maintain", trish: "triage" },
};

beforeAll(async () => {
  api = await startApi("acme/models", repo);
});
afterAll(async () => {
  expect(api.violations).toEqual([]);
  await api.close();
});

const withToken = { token: "ghs_test" };

describe("a pull request from a fork", () => {
  test("without the label: refused, with what to do, and nothing is trained", async () => {
    const ws = await workspace();
    const r = await runStep(train, {
      ws,
      event: prEvent({ fork: true }),
      inputs: withToken,
      apiUrl: api.url,
    });
    expect(r.failed).toBe(true);
    expect(r.errors.join("\n")).toMatch(
      /refused to preprocess or train: pull request #7 comes from the fork mallory\/models; .*maintainer reviews commit aaaaaaa and adds the label "safe-to-train"/,
    );
    expect(existsSync(join(ws, "runs"))).toBe(false);
    expect(r.outputs).toEqual({});
  });

  test("is refused before its modelops.yaml is even read", async () => {
    const ws = await workspace("version: 1\nmodels: [not, a, mapping]\n");
    const r = await runStep(train, {
      ws,
      event: prEvent({ fork: true }),
      inputs: withToken,
      apiUrl: api.url,
    });
    expect(r.errors).toEqual([expect.stringMatching(/^::error::refused to preprocess or train: /)]);
  });

  test("labelled on an older commit, then pushed: refused (the label applies to the commit it was given for)", async () => {
    repo.pulls[7] = { headSha: SHA_B, labels: ["safe-to-train"] };
    const ws = await workspace();
    const event = prEvent({
      fork: true,
      action: "labeled",
      label: "safe-to-train",
      sender: "carol",
      sha: SHA_A,
    });
    const r = await runStep(train, { ws, event, inputs: withToken, apiUrl: api.url });
    expect(r.failed).toBe(true);
    expect(r.errors.join("\n")).toMatch(
      /the label "safe-to-train" was added on aaaaaaa, but bbbbbbb has been pushed since; a maintainer must review bbbbbbb, then remove and re-add/,
    );
    expect(existsSync(join(ws, "runs"))).toBe(false);
  });

  test("a push after the label starts a run that is refused although the label is still there", async () => {
    const ws = await workspace();
    const event = prEvent({ fork: true, action: "synchronize", labels: ["safe-to-train"], sha: SHA_B });
    const r = await runStep(preprocess, { ws, event, inputs: withToken, apiUrl: api.url });
    expect(r.failed).toBe(true);
    expect(r.errors.join("\n")).toMatch(
      /allows only the run that adding it starts.*started by "synchronize"/,
    );
    expect(existsSync(join(ws, "runs"))).toBe(false);
  });

  test("labelled by a maintainer on the head commit: runs, and the summary says who allowed it", async () => {
    repo.pulls[7] = { headSha: SHA_A, labels: ["safe-to-train"] };
    const ws = await workspace();
    const event = prEvent({
      fork: true,
      action: "labeled",
      label: "safe-to-train",
      sender: "carol",
      sha: SHA_A,
    });
    const r = await runStep(preprocess, { ws, event, inputs: withToken, apiUrl: api.url });
    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.outputs.key).toMatch(/^[0-9a-f]{64}$/);
    expect(r.summary).toContain('carol (write) added "safe-to-train" on aaaaaaa');
    expect(api.requests).toContain("GET /repos/acme/models/pulls/7");
    expect(api.requests).toContain("GET /repos/acme/models/collaborators/carol/permission");
  });

  test("labelled by someone without write access: refused", async () => {
    const ws = await workspace();
    const event = prEvent({
      fork: true,
      action: "labeled",
      label: "safe-to-train",
      sender: "trish",
      sha: SHA_A,
    });
    const r = await runStep(preprocess, { ws, event, inputs: withToken, apiUrl: api.url });
    expect(r.failed).toBe(true);
    expect(r.errors.join("\n")).toMatch(/trish added "safe-to-train" but has read access to acme\/models/);
  });

  test("labelled, but no token to check it with: refused (fails closed)", async () => {
    const ws = await workspace();
    const event = prEvent({
      fork: true,
      action: "labeled",
      label: "safe-to-train",
      sender: "carol",
      sha: SHA_A,
    });
    const r = await runStep(preprocess, { ws, event, apiUrl: api.url });
    expect(r.failed).toBe(true);
    expect(r.errors.join("\n")).toMatch(/cannot check the label without a token/);
  });
});

describe("runs that are not a fork's", () => {
  test("a pull request from the repository itself runs without any label or token", async () => {
    const ws = await workspace();
    const r = await runStep(preprocess, { ws, event: prEvent({ fork: false }), apiUrl: api.url });
    expect(r.failed).toBe(false);
    expect(r.outputs["output-dir"]).toBe("runs/iris");
    expect(existsSync(join(ws, "runs/iris/profile.json"))).toBe(true);
    expect(r.summary).toContain("Fork safety: pull request #7 comes from acme/models itself");
  });

  test("pull_request_target from the repository itself still needs the label", async () => {
    const ws = await workspace();
    const event = prEvent({ name: "pull_request_target", fork: false });
    const r = await runStep(preprocess, { ws, event, inputs: withToken, apiUrl: api.url });
    expect(r.failed).toBe(true);
    expect(r.errors.join("\n")).toMatch(/runs under pull_request_target \(with acme\/models's token\)/);
  });
});
