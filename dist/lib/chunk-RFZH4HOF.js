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
  getOctokit,
  git,
  info,
  loadConfig,
  registryRootFor,
  releaseHead,
  reviewersToAuthorise,
  setOutputs,
  step,
  text,
  whoMayPromote,
  writeSummary
} from "./chunk-75AIOUR7.js";
import {
  Registry
} from "./chunk-6FCQRVP6.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";

// actions/release/main.ts
import { resolve } from "node:path";

// actions/release/reviews.ts
var short = (sha) => sha.slice(0, 7);
var statusOf = (error) => error.status;
function githubReviews(token, repository, opts = {}) {
  const [owner = "", repo = ""] = repository.split("/");
  const octokit = getOctokit(token, {
    ...opts.baseUrl && { baseUrl: opts.baseUrl },
    ...opts.fetch && { request: { fetch: opts.fetch } }
  });
  const ref = { owner, repo };
  return {
    async reviewsOf({ merge, candidate, policy }) {
      try {
        return await gather(octokit, ref, merge, candidate, policy);
      } catch (error) {
        const message = (error.message ?? String(error)).split("\n")[0];
        return {
          refused: `cannot read the pull request's reviews through the GitHub API (${message}); the job needs permissions: pull-requests: read`
        };
      }
    }
  };
}
async function gather(octokit, ref, merge, candidate, policy) {
  const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...ref,
    commit_sha: merge
  });
  const pr = pulls.find((p) => p.merged_at && p.merge_commit_sha === merge);
  if (!pr) {
    return {
      refused: `${short(merge)} merges no pull request: only a reviewed pull request's merge is released`
    };
  }
  if (pr.head.sha !== candidate) {
    return {
      refused: `pull request #${pr.number}'s head ${short(pr.head.sha)} is not the merge's second parent ${short(candidate)}: merge with a merge commit (not squash or rebase) so the approved head is what is released`
    };
  }
  const reviews = (await octokit.paginate(octokit.rest.pulls.listReviews, { ...ref, pull_number: pr.number, per_page: 100 })).flatMap(
    (r) => r.user ? [
      {
        login: r.user.login,
        state: r.state,
        commit: r.commit_id ?? null,
        submittedAt: r.submitted_at ?? null,
        order: r.id,
        dismissed: r.state === "DISMISSED"
      }
    ] : []
  );
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    ...ref,
    pull_number: pr.number,
    per_page: 100
  });
  const commitAuthors = /* @__PURE__ */ new Set();
  for (const c of commits) {
    for (const who of [c.author, c.committer]) {
      if (who && "login" in who && who.login && who.login !== "web-flow") commitAuthors.add(who.login);
    }
  }
  const authorised = /* @__PURE__ */ new Map();
  for (const login of reviewersToAuthorise(reviews)) {
    authorised.set(login, await isAuthorised(octokit, ref, policy.reviewers, login));
  }
  return {
    pull: pr.number,
    author: pr.user?.login ?? "",
    reviews,
    commitAuthors: [...commitAuthors],
    authorised,
    who: whoMayPromote(policy.reviewers)
  };
}
async function isAuthorised(octokit, ref, reviewers, login) {
  if (reviewers.users.some((u) => u.toLowerCase() === login.toLowerCase())) return true;
  for (const team of reviewers.teams) {
    const [org, slug] = team.includes("/") ? team.split("/", 2) : [ref.owner, team];
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug: slug,
        username: login
      });
      if (data.state === "active") return true;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (reviewers.users.length || reviewers.teams.length) return false;
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...ref, username: login });
    return ["admin", "maintain"].includes(data.role_name || data.permission);
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

// actions/release/main.ts
async function run(deps = {}) {
  await step(deps, async (d) => {
    const ws = d.context.workspace;
    const configFile = text("config", "modelops.yaml");
    const registryIn = text("registry");
    const runsDir = text("output-dir", "runs");
    const pushTags = flag("push-tags", true);
    const reviews = reviewSource(text("approvals", "auto"), text("token"), d, deps.fetch);
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
      log: (line) => info(line),
      ...reviews && { reviews }
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
function reviewSource(mode, token, d, fetchImpl) {
  if (!["auto", "github", "local"].includes(mode)) {
    throw new ModelopsError(`approvals: "${mode}" is not one of auto, github, local`);
  }
  if (token.startsWith("${{")) token = "";
  if (mode === "local" || mode === "auto" && !token) return void 0;
  if (!token) {
    throw new ModelopsError(
      `approvals: github needs a token (token: \${{ github.token }} with permissions: pull-requests: read)`
    );
  }
  return githubReviews(token, d.context.repository, {
    baseUrl: d.context.apiUrl,
    ...fetchImpl && { fetch: fetchImpl }
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
