import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  ConfigError,
  baseConfigAt,
  git,
  parseConfig,
  policyFromBase,
  shown
} from "./chunk-OMYMUVFQ.js";

// actions/lib/judging-gates.ts
async function judgingGates(ctx, m, opts) {
  const path = shown(ctx.workspace, m.loaded.file);
  if (!ctx.payload.pull_request) {
    return { gates: m.ref.config.gates, source: `${path} of the checked-out commit (not a pull request)` };
  }
  const branch = ctx.payload.repository?.default_branch || "main";
  const where = `${path} on ${branch} (the default branch)`;
  const read = await readBase(ctx, path, branch, where, opts);
  if ("error" in read) {
    return {
      gates: {},
      source: where,
      error: `the default branch's gates could not be read (${read.error}); pass token: \${{ github.token }} (contents: read) or check out with fetch-depth: 0`
    };
  }
  const judged = policyFromBase(read.base, m.ref.name);
  if (judged.policy.error) return { gates: {}, source: where, error: judged.policy.error };
  return { gates: judged.gates, source: judged.policy.source };
}
async function readBase(ctx, path, branch, where, opts) {
  const why = [];
  const token = opts.token.startsWith("${{") ? "" : opts.token;
  if (token) {
    try {
      return { base: baseFromText(await opts.api(token).fileAt(path, branch), path, where) };
    } catch (error) {
      why.push(`GitHub API: ${firstLine(error)}`);
    }
  } else why.push("no token");
  const rev = `refs/remotes/origin/${branch}`;
  const local = await git(ctx.workspace, ["rev-parse", "--verify", "-q", `${rev}^{commit}`]).catch(() => "");
  if (local) return { base: await baseConfigAt(ctx.workspace, local, `${ctx.workspace}/${path}`, where) };
  why.push(`no origin/${branch} in the checkout`);
  return { error: why.join("; ") };
}
function baseFromText(text, path, where) {
  if (text === null) return { state: "missing", where };
  try {
    const loaded = parseConfig(text.replace(/^\uFEFF/, ""), path, "/repository");
    return { state: "ok", where, models: loaded.config.models };
  } catch (error) {
    if (error instanceof ConfigError) return { state: "invalid", where, error: firstLine(error) };
    throw error;
  }
}
var firstLine = (error) => ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").trim();

export {
  judgingGates
};
