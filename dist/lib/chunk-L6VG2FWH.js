import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  assertReleasable,
  flag,
  getModel,
  git,
  info,
  loadConfig,
  registryRootFor,
  releaseHead,
  setOutputs,
  step,
  text,
  writeSummary
} from "./chunk-6IW3367B.js";
import {
  Registry
} from "./chunk-GOD4O6BQ.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";

// actions/release/main.ts
import { resolve } from "node:path";
async function run(deps = {}) {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const configFile = text("config", "modelops.yaml");
    const registryIn = text("registry");
    const runsDir = text("output-dir", "runs");
    const pushTags = flag("push-tags", true);
    assertDefaultBranch(d.context);
    const loaded = await loadConfig(resolve(ws, configFile));
    for (const name of Object.keys(loaded.config.models)) getModel(loaded, name);
    const repoDir = await git(loaded.dir, ["rev-parse", "--show-toplevel"]).catch(() => {
      throw new ModelopsError(
        `${configFile}: not inside a git checkout; check out the repository with fetch-depth: 0 before this step`
      );
    });
    const registryRoot = registryRootFor(loaded.file, registryIn ? resolve(ws, registryIn) : void 0);
    const registry = await Registry.open(registryRoot);
    const outcomes = await releaseHead({
      repoDir,
      config: loaded,
      registry,
      registryRoot,
      runsDir: resolve(ws, runsDir),
      ...d.context.actor && { actor: d.context.actor },
      log: (line) => info(line)
    });
    const tags = outcomes.filter((o) => o.action === "released" && o.tag).map((o) => o.tag);
    if (pushTags) {
      for (const tag of tags) {
        await git(repoDir, ["push", "origin", `refs/tags/${tag}`]).catch((error) => {
          throw new ModelopsError(
            `${tag} was released but could not be pushed: ${error.message} (the job needs permissions: contents: write, or set push-tags: false)`
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
          key: o.key
        }))
      ),
      tags: tags.join(" ")
    });
    assertReleasable(outcomes);
  });
}
function assertDefaultBranch(ctx) {
  if (ctx.payload.pull_request) {
    throw new ModelopsError(
      `release runs on pushes to the default branch, not on ${ctx.eventName}; run it in a job with if: github.event_name == 'push'`
    );
  }
  const main = ctx.payload.repository?.default_branch;
  if (main && ctx.ref && ctx.ref !== `refs/heads/${main}`) {
    throw new ModelopsError(
      `release runs on the default branch (${main}), not on ${ctx.ref}; limit the workflow's push trigger to branches: [${main}]`
    );
  }
}
function summary(outcomes, pushed) {
  const rows = outcomes.map(
    (o) => `| ${o.model} | ${o.action} | ${o.version ? `v${o.version}` : "\u2014"} | ${o.tag ?? "\u2014"} | ${o.trained ? "yes" : "no"} | ${o.reason.replace(/\|/g, "\\|")} |`
  );
  return [
    "## modelops release",
    "",
    "| model | action | version | tag | trained | why |",
    "| :--- | :--- | ---: | :--- | :---: | :--- |",
    ...rows,
    "",
    pushed ? "<sub>New tags were pushed to origin.</sub>" : "<sub>Tags were created locally only (push-tags: false).</sub>",
    ""
  ].join("\n");
}

export {
  run
};
