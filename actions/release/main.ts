// modelops/actions/release: on a push to the default branch, release every model whose inputs changed
// (version vN, tag <model>/vN, production -> vN) and roll production back when the inputs match an earlier
// version (a `git revert`), with the same rules as `modelops release`.
import { resolve } from "node:path";
import * as core from "@actions/core";
import { registryRootFor } from "../../pipelines/cli/context.ts";
import { getModel, loadConfig } from "../../pipelines/config/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";
import { git } from "../../pipelines/gitops/git.ts";
import {
  assertReleasable,
  type ReleaseOutcome,
  type ReviewSource,
  releaseHead,
} from "../../pipelines/gitops/release.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import type { EventContext } from "../lib/context.ts";
import * as inputs from "../lib/inputs.ts";
import { type ActionDeps, setOutputs, step, writeSummary } from "../lib/step.ts";
import { githubReviews } from "./reviews.ts";

export async function run(deps: Partial<ActionDeps> & { fetch?: typeof fetch } = {}): Promise<void> {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const configFile = inputs.text("config", "modelops.yaml");
    const registryIn = inputs.text("registry");
    const runsDir = inputs.text("output-dir", "runs");
    const pushTags = inputs.flag("push-tags", true);
    const reviews = reviewSource(inputs.text("approvals", "auto"), inputs.text("token"), d, deps.fetch);
    assertDefaultBranch(d.context);
    const loaded = await loadConfig(resolve(ws, configFile));
    for (const name of Object.keys(loaded.config.models)) getModel(loaded, name);
    const repoDir = await git(loaded.dir, ["rev-parse", "--show-toplevel"]).catch(() => {
      throw new ModelopsError(
        `${configFile}: not inside a git checkout; check out the repository with fetch-depth: 0 before this step`,
      );
    });
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
    const tags = outcomes.filter((o) => o.action === "released" && o.tag).map((o) => o.tag!);
    if (pushTags) {
      for (const tag of tags) {
        await git(repoDir, ["push", "origin", `refs/tags/${tag}`]).catch((error: Error) => {
          throw new ModelopsError(
            `${tag} was released but could not be pushed: ${error.message} (the job needs permissions: contents: write, or set push-tags: false)`,
          );
        });
      }
    }
    await writeSummary(summary(outcomes, pushTags));
    setOutputs({
      released: JSON.stringify(
        outcomes.map((o) => ({
          model: o.model,
          action: o.action,
          version: o.version,
          tag: o.tag,
          key: o.key,
        })),
      ),
      tags: tags.join(" "),
    });
    assertReleasable(outcomes);
  });
}

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

function summary(outcomes: ReleaseOutcome[], pushed: boolean): string {
  const rows = outcomes.map(
    (o) =>
      `| ${o.model} | ${o.action} | ${o.version ? `v${o.version}` : "—"} | ${o.tag ?? "—"} | ${o.trained ? "yes" : "no"} | ${o.reason.replace(/\|/g, "\\|")} |`,
  );
  return [
    "## modelops release",
    "",
    "| model | action | version | tag | trained | why |",
    "| :--- | :--- | ---: | :--- | :---: | :--- |",
    ...rows,
    "",
    pushed
      ? "<sub>New tags were pushed to origin.</sub>"
      : "<sub>Tags were created locally only (push-tags: false).</sub>",
    "",
  ].join("\n");
}
