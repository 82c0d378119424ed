// modelops/actions/release: on a push to the default branch, release every model whose inputs changed
// (version vN, tag <model>/vN, production -> vN) and roll production back when the inputs match an earlier
// version (a `git revert`), with the same rules as `modelops release`.

import { dirname, join, relative, resolve } from "node:path";
import * as core from "@actions/core";
import { getModel, loadConfig } from "../../pipelines/config/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { tableCell } from "../../pipelines/format/index.ts";
import { commitInfo, git } from "../../pipelines/gitops/git.ts";
import {
  assertReleasable,
  baseConfigAt,
  type ReleaseOutcome,
  type ReviewSource,
  releaseHead,
} from "../../pipelines/gitops/release.ts";
import { releaserForPush, stepAsideLine } from "../../pipelines/gitops/releaser.ts";
import { policyFromBase } from "../../pipelines/promotion/index.ts";
import type { GitHubStore } from "../../pipelines/registry/github-store.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { openModelStore } from "../../pipelines/registry/open-store.ts";
import { registryRootFor } from "../../pipelines/registry/root.ts";
import type { EventContext } from "../lib/context.ts";
import * as inputs from "../lib/inputs.ts";
import { type ActionDeps, setOutputs, step, writeSummary } from "../lib/step.ts";
import { publishToGitHub, type StoreWrite, workflowSigner } from "./github-release.ts";
import { githubReviews } from "./reviews.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const configFile = inputs.text("config", "modelops.yaml");
    const registryIn = inputs.text("registry");
    const runsDir = inputs.text("output-dir", "runs");
    const pushTags = inputs.flag("push-tags", true);
    const token = inputs.text("token");
    const reviews = reviewSource(inputs.text("approvals", "auto"), token, d, deps.fetch);
    assertDefaultBranch(d.context);
    const configPath = resolve(ws, configFile);
    const repoDir = await checkoutRoot(configPath, configFile);
    // One writer per repository: with the bot as the writer this step changes nothing and says so.
    const writer = await releaserForPush(repoDir);
    if (writer.releaser !== "workflow") {
      const line = stepAsideLine(writer, "modelops release");
      core.notice(line);
      await writeSummary(`## modelops release\n\n${line}.\n`);
      setOutputs({ released: "[]", tags: "", releaser: writer.releaser, skipped: "bot-is-releaser" });
      return;
    }
    // GitHub mode: the registry of record is the repository's github store, signed with the workflow's key
    // (checked before any training, so a missing key fails at once).
    const signer = reviews ? workflowSigner(inputs.text("signing-key")) : undefined;
    const loaded = await loadConfig(configPath);
    for (const name of Object.keys(loaded.config.models)) getModel(loaded, name);
    const registryRoot = registryRootFor(loaded.file, registryIn ? resolve(ws, registryIn) : undefined);
    const registry = await Registry.open(registryRoot);
    const outcomes = await releaseHead({
      repoDir,
      config: loaded,
      registry,
      registryRoot,
      runsDir: resolve(ws, runsDir),
      ...(d.context.actor && { actor: d.context.actor }),
      log: (line) => core.info(line),
      ...(reviews && { reviews }),
    });
    const writes =
      reviews && signer
        ? await publishSigned(d, outcomes, {
            repoDir,
            loaded,
            registry,
            registryRoot,
            reviews,
            signer,
            token,
          })
        : undefined;
    const tags = writes
      ? writes.filter((w) => w.action === "released" && w.tag).map((w) => w.tag!)
      : outcomes.filter((o) => o.action === "released" && o.tag).map((o) => o.tag!);
    if (pushTags && !writes) await pushReleaseTags(repoDir, tags);
    await writeSummary(summary(outcomes, writes ? "store" : pushTags ? "pushed" : "local"));
    setOutputs({
      released: releasedOutput(outcomes),
      tags: tags.join(" "),
      releaser: writer.releaser,
      skipped: "",
    });
    assertReleasable(outcomes);
  });
}

/** The git checkout holding the config: the release reads its history. */
async function checkoutRoot(configPath: string, configFile: string): Promise<string> {
  return git(dirname(configPath), ["rev-parse", "--show-toplevel"]).catch(() => {
    throw new ModelopsError(
      `${configFile}: not inside a git checkout; check out the repository with fetch-depth: 0 before this step`,
    );
  });
}

/**
 * GitHub mode: the outcomes written to the repository's github store, signed with the workflow's key, each
 * judged by the policy of the push's first parent; the store's numbering and blocks go back into `outcomes`.
 */
async function publishSigned(
  d: ActionDeps,
  outcomes: ReleaseOutcome[],
  o: {
    repoDir: string;
    loaded: Awaited<ReturnType<typeof loadConfig>>;
    registry: Registry;
    registryRoot: string;
    reviews: ReviewSource;
    signer: ReturnType<typeof workflowSigner>;
    token: string;
  },
): Promise<StoreWrite[]> {
  const { repoDir, loaded, registry, registryRoot, reviews, signer, token } = o;
  const store = (await openModelStore(`github:${d.context.repository}`, {
    env: { ...process.env, GITHUB_TOKEN: token, GITHUB_API_URL: d.context.apiUrl },
    signer,
    cacheDir: join(registryRoot, "github-cache"),
  })) as GitHubStore;
  const head = await commitInfo(repoDir);
  const configRel = relative(repoDir, loaded.file);
  const writes = await publishToGitHub(outcomes, {
    store,
    registry,
    reviews,
    head,
    policyOf: async (model) => {
      const base = head.parents[0];
      const where = `${configRel} at ${base?.slice(0, 7) ?? "(none)"}`;
      const config = base
        ? await baseConfigAt(repoDir, base, loaded.file, where)
        : ({ state: "missing", where } as const);
      return policyFromBase(config, model).policy;
    },
    ...(d.context.actor && { actor: d.context.actor }),
    log: (line) => core.info(line),
  });
  for (const w of writes) {
    const outcome = outcomes.find((x) => x.model === w.model);
    if (!outcome) continue;
    if (w.action === "blocked") Object.assign(outcome, { action: "blocked", reason: w.reason });
    // The store's numbering is the one servers and tags follow (the release made the tag on GitHub).
    if (w.version !== undefined) Object.assign(outcome, { version: w.version, tag: w.tag });
  }
  return writes;
}

async function pushReleaseTags(repoDir: string, tags: string[]): Promise<void> {
  for (const tag of tags) {
    await git(repoDir, ["push", "origin", `refs/tags/${tag}`]).catch((error: Error) => {
      throw new ModelopsError(
        `${tag} was released but could not be pushed: ${error.message} (the job needs permissions: contents: write, or set push-tags: false)`,
      );
    });
  }
}

/** The `released` output: one object a model. */
const releasedOutput = (outcomes: ReleaseOutcome[]) =>
  JSON.stringify(
    outcomes.map((o) => ({ model: o.model, action: o.action, version: o.version, tag: o.tag, key: o.key })),
  );

/**
 * Where approvals come from: `github` (the merged pull request's reviews through the API, with `token`),
 * `local` (`modelops approve` records in the registry), or `auto`: github when a token is given.
 */
function reviewSource(
  mode: string,
  token: string,
  d: ActionDeps,
  fetchImpl?: typeof fetch,
): ReviewSource | undefined {
  if (!["auto", "github", "local"].includes(mode)) {
    throw new ModelopsError(`approvals: "${mode}" is not one of auto, github, local`);
  }
  // An unexpanded `${{ github.token }}` (a local runner that does not evaluate expressions) is no token.
  if (token.startsWith("${{")) token = "";
  if (mode === "local" || (mode === "auto" && !token)) return undefined;
  if (!token) {
    throw new ModelopsError(
      `approvals: github needs a token (token: \${{ github.token }} with permissions: pull-requests: read)`,
    );
  }
  return githubReviews(token, d.context.repository, {
    baseUrl: d.context.apiUrl,
    ...(fetchImpl && { fetch: fetchImpl }),
  });
}

/** Releases happen on the default branch only: a pull request is measured, never released. */
function assertDefaultBranch(ctx: EventContext): void {
  if (ctx.payload.pull_request) {
    throw new ModelopsError(
      `release runs on pushes to the default branch, not on ${ctx.eventName}; run it in a job with if: github.event_name == 'push'`,
    );
  }
  const main = ctx.payload.repository?.default_branch;
  if (main && ctx.ref && ctx.ref !== `refs/heads/${main}`) {
    throw new ModelopsError(
      `release runs on the default branch (${main}), not on ${ctx.ref}; limit the workflow's push trigger to branches: [${main}]`,
    );
  }
}

function summary(outcomes: ReleaseOutcome[], tagsAt: "store" | "pushed" | "local"): string {
  const rows = outcomes.map(
    (o) =>
      `| ${o.model} | ${o.action} | ${o.version ? `v${o.version}` : "—"} | ${o.tag ?? "—"} | ${o.trained ? "yes" : "no"} | ${tableCell(o.reason)} |`,
  );
  return [
    "## modelops release",
    "",
    "| model | action | version | tag | trained | why |",
    "| :--- | :--- | ---: | :--- | :---: | :--- |",
    ...rows,
    "",
    {
      store:
        "<sub>Written to the repository's github store: signed releases and production deployments.</sub>",
      pushed: "<sub>New tags were pushed to origin.</sub>",
      local: "<sub>Tags were created locally only (push-tags: false).</sub>",
    }[tagsAt],
    "",
  ].join("\n");
}
