import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  RELEASER_SETTINGS_PATH,
  Registry,
  assertReleasable,
  baseConfigAt,
  commitInfo,
  decideRollback,
  flag,
  getModel,
  git,
  info,
  loadConfig,
  notice,
  openModelStore,
  policyFromBase,
  registryRootFor,
  releaseHead,
  releaserOf,
  repoClient,
  revertPolicy,
  revertReviewed,
  reviewFactsOf,
  reviewersToAuthorise,
  setOutputs,
  signerFromPem,
  step,
  text,
  whoMayPromote,
  writeSummary
} from "./chunk-OMYMUVFQ.js";
import {
  tableCell
} from "./chunk-GZSAGK6Y.js";
import {
  require_dist
} from "./chunk-7TUF4QLU.js";
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";
import {
  __toESM
} from "./chunk-HKHWRQYA.js";

// actions/release/main.ts
import { dirname, join, relative, resolve } from "node:path";

// pipelines/gitops/releaser.ts
var import_yaml = __toESM(require_dist(), 1);
var RELEASERS = ["bot", "workflow"];
var DEFAULT_RELEASER = releaserOf({});
var RELEASER_SETTINGS = RELEASER_SETTINGS_PATH;
function releaserFromSettings(text2, where) {
  const fallback = (why) => ({
    releaser: DEFAULT_RELEASER,
    source: `the default (${why})`
  });
  if (text2 === null) return fallback(`no ${where}`);
  let raw;
  try {
    raw = (0, import_yaml.parse)(text2);
  } catch (error) {
    const first = (error.message.split("\n")[0] ?? "").trim();
    throw new ModelopsError(`${where}: not valid YAML (${first}); fix it on the default branch`);
  }
  if (raw === null || raw === void 0) return fallback(`${where} is empty`);
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ModelopsError(`${where}: expected a mapping of settings (releaser: bot | workflow, ...)`);
  }
  const value = raw.releaser;
  if (value === void 0 || value === null) return fallback(`no releaser: in ${where}`);
  if (typeof value !== "string" || !RELEASERS.includes(value)) {
    throw new ModelopsError(
      `${where}: releaser: ${JSON.stringify(value)} is not one of ${RELEASERS.join(", ")} (who releases merges: the modelops bot or the release workflow)`
    );
  }
  return { releaser: releaserOf(raw), source: `releaser: ${value} in ${where}` };
}
async function releaserForPush(repoDir, rev = "HEAD") {
  const head = await commitInfo(repoDir, rev);
  if (head.parents.length === 0 && await git(repoDir, ["rev-parse", "--is-shallow-repository"]) === "true") {
    throw new ModelopsError(
      `${head.sha.slice(0, 7)}: the checkout is shallow, so the default branch before this push cannot be read; check out with fetch-depth: 0`
    );
  }
  const at = head.parents[0] ?? head.sha;
  const where = `${RELEASER_SETTINGS} at ${at.slice(0, 7)}`;
  const present = await git(repoDir, ["cat-file", "-e", `${at}:${RELEASER_SETTINGS}`]).then(
    () => true,
    () => false
  );
  const text2 = present ? await git(repoDir, ["show", `${at}:${RELEASER_SETTINGS}`]) : null;
  return releaserFromSettings(text2, where);
}
function stepAsideLine(setting, who) {
  return `${who}: nothing released, the modelops bot is the release writer (${setting.source}); to release from the workflow instead, set releaser: workflow in ${RELEASER_SETTINGS} on the default branch`;
}

// actions/release/github-release.ts
var MISSING_SIGNING_KEY = (
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the user writes, not a template.
  "signing-key: the workflow releases into the github store and must sign what it writes, but no key was given; create one with `openssl genpkey -algorithm ed25519 -out modelops-signing.pem`, store it as the secret MODELOPS_SIGNING_KEY (signing-key: ${{ secrets.MODELOPS_SIGNING_KEY }}), and have model servers trust its public half (`modelops registry public-key --private-key modelops-signing.pem` into MODELOPS_TRUSTED_KEYS)"
);
function workflowSigner(input, env = process.env) {
  const pem = (input || env.MODELOPS_SIGNING_KEY || "").replace(/\\n/g, "\n").trim();
  if (!pem || pem.startsWith("${{")) throw new ModelopsError(MISSING_SIGNING_KEY);
  return signerFromPem(`${pem}
`, "signing-key");
}
async function publishToGitHub(outcomes, c) {
  const writes = [];
  for (const o of outcomes) {
    if (o.action === "blocked" || o.version === void 0) continue;
    writes.push(await publishOne(o, c));
  }
  return writes;
}
async function publishOne(o, c) {
  const { store, registry } = c;
  const local = await registry.getVersion(o.model, o.version);
  if (!local)
    throw new ModelopsError(`${o.model}: v${o.version} is missing from the runner's registry folder`);
  const alias = (await registry.resolveAlias(o.model, "canary"))?.version === local.version ? "canary" : "production";
  const existing = await store.findVersionByKey(o.model, o.key);
  const current = await store.resolveAlias(o.model, alias);
  if (existing && current?.version === existing.version) {
    return {
      model: o.model,
      action: "unchanged",
      version: existing.version,
      tag: tagOf(o.model, existing),
      reason: `${store.uri}: ${alias} is already v${existing.version}`
    };
  }
  if (existing) return moveBack(o, existing, c);
  if (o.action === "rolled-back") {
    return {
      model: o.model,
      action: "blocked",
      reason: `${store.uri} holds no version with ${o.model}'s inputs (key ${o.key.slice(0, 12)}); production there stays ${current ? `v${current.version}` : "unset"} (the earlier version was released before the workflow wrote to the store: release it again through a reviewed pull request)`
    };
  }
  const approvers = o.check?.approvals.approvers ?? [];
  const created = await store.createVersion(o.model, {
    key: o.key,
    digest: local.digest,
    commit: c.head.sha,
    ...local.metrics && { metrics: local.metrics },
    source: local.source ?? `${c.head.sha.slice(0, 7)} ${c.head.subject}`,
    ...o.check && { measured: o.check.commit, approvers },
    artifactDir: registry.artifactDir(local.digest)
  });
  const tag = tagOf(o.model, created);
  await store.setAlias(o.model, alias, created.version, {
    reason: `release ${tag} (${c.head.sha.slice(0, 7)} ${c.head.subject})`,
    ...c.actor && { actor: c.actor },
    commit: c.head.sha
  });
  c.log(`${o.model}: ${store.uri}: released ${tag}, ${alias} -> v${created.version} (signed)`);
  return {
    model: o.model,
    action: "released",
    version: created.version,
    tag,
    reason: `${alias} -> v${created.version}`
  };
}
async function moveBack(o, target, c) {
  const decision = decideRollback({
    target,
    history: await c.store.history(o.model),
    revertApproved: await revertApproved(o.model, c)
  });
  if (!decision.allowed) {
    return {
      model: o.model,
      action: "blocked",
      reason: `${c.store.uri}: production not moved back to v${target.version}: ${decision.reasons.join("; ")}`
    };
  }
  await c.store.setAlias(o.model, "production", target.version, {
    reason: `${c.head.sha.slice(0, 7)} restores the inputs of ${tagOf(o.model, target)} (${c.head.subject})`,
    ...c.actor && { actor: c.actor },
    commit: c.head.sha,
    kind: "rollback"
  });
  c.log(`${o.model}: ${c.store.uri}: production -> v${target.version} (${decision.because})`);
  return {
    model: o.model,
    action: "rolled-back",
    version: target.version,
    tag: tagOf(o.model, target),
    reason: decision.because
  };
}
async function revertApproved(model, c) {
  const candidate = c.head.parents[1];
  if (!candidate) return false;
  const policy = await c.policyOf(model);
  const reviews = await c.reviews.reviewsOf({ merge: c.head.sha, candidate, policy: revertPolicy(policy) });
  if ("refused" in reviews) return false;
  return revertReviewed({ ...reviews, policy, measured: candidate, author: reviews.author });
}
var tagOf = (model, v) => v.tag ?? `${model}/v${v.version}`;

// actions/release/reviews.ts
var short = (sha) => sha.slice(0, 7);
var statusOf = (error) => error.status;
function githubReviews(token, repository, opts = {}) {
  const { octokit, owner, repo } = repoClient(token, repository, opts);
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
  const reviews = reviewFactsOf(
    await octokit.paginate(octokit.rest.pulls.listReviews, { ...ref, pull_number: pr.number, per_page: 100 })
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
    const token = text("token");
    const reviews = reviewSource(text("approvals", "auto"), token, d, deps.fetch);
    assertDefaultBranch(d.context);
    const configPath = resolve(ws, configFile);
    const repoDir = await checkoutRoot(configPath, configFile);
    const writer = await releaserForPush(repoDir);
    if (writer.releaser !== "workflow") {
      const line = stepAsideLine(writer, "modelops release");
      notice(line);
      await writeSummary(`## modelops release

${line}.
`);
      setOutputs({ released: "[]", tags: "", releaser: writer.releaser, skipped: "bot-is-releaser" });
      return;
    }
    const signer = reviews ? workflowSigner(text("signing-key")) : void 0;
    const loaded = await loadConfig(configPath);
    for (const name of Object.keys(loaded.config.models)) getModel(loaded, name);
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
    const writes = reviews && signer ? await publishSigned(d, outcomes, {
      repoDir,
      loaded,
      registry,
      registryRoot,
      reviews,
      signer,
      token
    }) : void 0;
    const tags = writes ? writes.filter((w) => w.action === "released" && w.tag).map((w) => w.tag) : outcomes.filter((o) => o.action === "released" && o.tag).map((o) => o.tag);
    if (pushTags && !writes) await pushReleaseTags(repoDir, tags);
    await writeSummary(summary(outcomes, writes ? "store" : pushTags ? "pushed" : "local"));
    setOutputs({
      released: releasedOutput(outcomes),
      tags: tags.join(" "),
      releaser: writer.releaser,
      skipped: ""
    });
    assertReleasable(outcomes);
  });
}
async function checkoutRoot(configPath, configFile) {
  return git(dirname(configPath), ["rev-parse", "--show-toplevel"]).catch(() => {
    throw new ModelopsError(
      `${configFile}: not inside a git checkout; check out the repository with fetch-depth: 0 before this step`
    );
  });
}
async function publishSigned(d, outcomes, o) {
  const { repoDir, loaded, registry, registryRoot, reviews, signer, token } = o;
  const store = await openModelStore(`github:${d.context.repository}`, {
    env: { ...process.env, GITHUB_TOKEN: token, GITHUB_API_URL: d.context.apiUrl },
    signer,
    cacheDir: join(registryRoot, "github-cache")
  });
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
      const config = base ? await baseConfigAt(repoDir, base, loaded.file, where) : { state: "missing", where };
      return policyFromBase(config, model).policy;
    },
    ...d.context.actor && { actor: d.context.actor },
    log: (line) => info(line)
  });
  for (const w of writes) {
    const outcome = outcomes.find((x) => x.model === w.model);
    if (!outcome) continue;
    if (w.action === "blocked") Object.assign(outcome, { action: "blocked", reason: w.reason });
    if (w.version !== void 0) Object.assign(outcome, { version: w.version, tag: w.tag });
  }
  return writes;
}
async function pushReleaseTags(repoDir, tags) {
  for (const tag of tags) {
    await git(repoDir, ["push", "origin", `refs/tags/${tag}`]).catch((error) => {
      throw new ModelopsError(
        `${tag} was released but could not be pushed: ${error.message} (the job needs permissions: contents: write, or set push-tags: false)`
      );
    });
  }
}
var releasedOutput = (outcomes) => JSON.stringify(
  outcomes.map((o) => ({ model: o.model, action: o.action, version: o.version, tag: o.tag, key: o.key }))
);
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
function summary(outcomes, tagsAt) {
  const rows = outcomes.map(
    (o) => `| ${o.model} | ${o.action} | ${o.version ? `v${o.version}` : "\u2014"} | ${o.tag ?? "\u2014"} | ${o.trained ? "yes" : "no"} | ${tableCell(o.reason)} |`
  );
  return [
    "## modelops release",
    "",
    "| model | action | version | tag | trained | why |",
    "| :--- | :--- | ---: | :--- | :---: | :--- |",
    ...rows,
    "",
    {
      store: "<sub>Written to the repository's github store: signed releases and production deployments.</sub>",
      pushed: "<sub>New tags were pushed to origin.</sub>",
      local: "<sub>Tags were created locally only (push-tags: false).</sub>"
    }[tagsAt],
    ""
  ].join("\n");
}

export {
  run
};
