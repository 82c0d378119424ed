// `modelops init [DIR]`: a repository ready for modelops. Writes what is missing and never overwrites a file
// the user has (the workflow only with force): modelops.yaml and its example data, .gitignore lines,
// .github/modelops.yml naming the release writer, .github/workflows/modelops.yml for the models of
// modelops.yaml (with a release job only when the workflow is the writer), and .github/actionlint.yaml
// declaring the self-hosted runner labels that workflow uses.
import { existsSync } from "node:fs";
import { appendFile, copyFile, readFile, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { loadConfig, modelNames } from "../config/index.ts";
import { ModelopsError } from "../errors.ts";
import { git } from "../gitops/git.ts";
import {
  DEFAULT_RELEASER,
  RELEASER_SETTINGS,
  type Releaser,
  releaserFromSettings,
} from "../gitops/releaser.ts";
import { makeDirs } from "../make-dirs.ts";
import {
  ACTIONLINT_FILE,
  addToConfig,
  customLabels,
  renderActionlintConfig,
  workflowVariables,
} from "./actionlint.ts";
import { GITIGNORE_LINES, STARTER_CONFIG, STARTER_DATA, STARTER_DATA_SOURCE } from "./starter.ts";
import { DEFAULT_RUNS_ON, renderWorkflow, type WorkflowOptions } from "./workflow.ts";

export const WORKFLOW_FILE = ".github/workflows/modelops.yml";
export const SETTINGS_FILE = RELEASER_SETTINGS;

/** `.github/modelops.yml` naming the one release writer (pipelines/gitops/releaser.ts, docs/bot.md). */
export function renderSettings(releaser: Releaser): string {
  return `# modelops settings, read from the default branch only (a pull request cannot change them for itself).
# releaser: who releases merges and moves production on reverts; exactly one of them writes, the other says
# so and changes nothing. bot: the modelops App (install it; it holds the signing key). workflow: the release
# job of ${WORKFLOW_FILE} (needs permissions: contents: write and pull-requests: read).
releaser: ${releaser}
`;
}

export interface InitOptions {
  /** modelops.yaml, relative to dir. */
  config?: string;
  runsOn?: string[];
  defaultBranch?: string;
  actionRepository?: string;
  actionRef?: string;
  /** Overwrite an existing workflow file. */
  force?: boolean;
  /** The release writer (default: .github/modelops.yml's when it exists, else bot). */
  releaser?: Releaser;
}

export interface InitResult {
  dir: string;
  models: string[];
  releaser: Releaser;
  files: Array<{ path: string; action: "wrote" | "kept" | "overwrote" | "updated" }>;
}

export async function initProject(dir: string, opts: InitOptions = {}): Promise<InitResult> {
  const root = resolve(dir);
  const configRel = opts.config ?? "modelops.yaml";
  const configFile = join(root, configRel);
  const files: InitResult["files"] = [];
  await makeDirs(root);

  if (existsSync(configFile)) files.push({ path: configRel, action: "kept" });
  else {
    await makeDirs(dirname(configFile));
    await writeFile(configFile, STARTER_CONFIG);
    files.push({ path: configRel, action: "wrote" });
    const data = join(dirname(configFile), STARTER_DATA);
    const dataRel = relative(root, data);
    if (existsSync(data)) files.push({ path: dataRel, action: "kept" });
    else {
      await makeDirs(dirname(data));
      await copyFile(STARTER_DATA_SOURCE, data);
      files.push({ path: dataRel, action: "wrote" });
    }
  }
  // The workflow's matrix is the config's models: a config that does not load is reported, not guessed at.
  const fromCwd = relative(process.cwd(), configFile);
  const shown = fromCwd.startsWith("..") || isAbsolute(fromCwd) ? configFile : fromCwd;
  const models = modelNames(await loadConfig(shown));

  const ignore = join(root, ".gitignore");
  const have = existsSync(ignore) ? (await readFile(ignore, "utf8")).split(/\r?\n/).map((l) => l.trim()) : [];
  const missing = GITIGNORE_LINES.filter((l) => !have.includes(l) && !have.includes(l.replace(/\/$/, "")));
  if (missing.length > 0) {
    const text = have.length === 0 || have.at(-1) === "" ? "" : "\n";
    await appendFile(ignore, `${text}${missing.join("\n")}\n`);
    files.push({ path: ".gitignore", action: have.length ? "updated" : "wrote" });
  }

  const releaser = await settings(root, opts.releaser, files);
  const workflow: WorkflowOptions = {
    models,
    releaser,
    config: relative(root, configFile).split("\\").join("/"),
    defaultBranch: opts.defaultBranch ?? (await defaultBranch(root)),
    ...(opts.runsOn && { runsOn: opts.runsOn }),
    ...(opts.actionRepository && { actionRepository: opts.actionRepository }),
    ...(opts.actionRef && { actionRef: opts.actionRef }),
  };
  const workflowFile = join(root, WORKFLOW_FILE);
  const exists = existsSync(workflowFile);
  if (exists && !opts.force) files.push({ path: WORKFLOW_FILE, action: "kept" });
  else {
    await makeDirs(dirname(workflowFile));
    await writeFile(workflowFile, renderWorkflow(workflow));
    files.push({ path: WORKFLOW_FILE, action: exists ? "overwrote" : "wrote" });
  }
  const labels = customLabels(opts.runsOn?.length ? opts.runsOn : DEFAULT_RUNS_ON);
  const variables = workflowVariables(await readFile(workflowFile, "utf8"));
  if (labels.length > 0) files.push(await declareInActionlint(root, labels, variables));
  return { dir: root, models, releaser, files };
}

/**
 * The release writer: an existing .github/modelops.yml is the user's and is kept (a --releaser that
 * contradicts it is one line); otherwise it is written with the chosen writer.
 */
async function settings(
  root: string,
  wanted: Releaser | undefined,
  files: InitResult["files"],
): Promise<Releaser> {
  const file = join(root, SETTINGS_FILE);
  if (existsSync(file)) {
    const have = releaserFromSettings(await readFile(file, "utf8"), SETTINGS_FILE);
    if (wanted && wanted !== have.releaser) {
      throw new ModelopsError(
        `--releaser ${wanted}, but ${SETTINGS_FILE} names ${have.source.startsWith("the default") ? `no releaser (${have.source})` : `releaser: ${have.releaser}`}; edit it there, then run modelops init --force to rewrite the workflow`,
      );
    }
    files.push({ path: SETTINGS_FILE, action: "kept" });
    return have.releaser;
  }
  const releaser = wanted ?? DEFAULT_RELEASER;
  await makeDirs(dirname(file));
  await writeFile(file, renderSettings(releaser));
  files.push({ path: SETTINGS_FILE, action: "wrote" });
  return releaser;
}

/** Writes .github/actionlint.yaml, or adds what an existing one lacks (its other settings stay). */
async function declareInActionlint(
  root: string,
  labels: string[],
  variables: string[],
): Promise<InitResult["files"][number]> {
  const file = join(root, ACTIONLINT_FILE);
  if (!existsSync(file)) {
    await makeDirs(dirname(file));
    await writeFile(file, renderActionlintConfig(labels));
    return { path: ACTIONLINT_FILE, action: "wrote" };
  }
  const updated = addToConfig(await readFile(file, "utf8"), labels, variables);
  if (updated === undefined) return { path: ACTIONLINT_FILE, action: "kept" };
  await writeFile(file, updated);
  return { path: ACTIONLINT_FILE, action: "updated" };
}

/** origin's default branch, else the branch checked out, else main. */
async function defaultBranch(dir: string): Promise<string> {
  const quiet = (args: string[]) => git(dir, args).catch(() => "");
  const remote = await quiet(["symbolic-ref", "--short", "refs/remotes/origin/HEAD"]);
  if (remote) return remote.replace(/^origin\//, "");
  return (await quiet(["symbolic-ref", "--short", "HEAD"])) || "main";
}
