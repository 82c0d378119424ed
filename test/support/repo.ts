// A throwaway git repository holding a small modelops project, for tests of the local GitOps flow.
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { git } from "../../pipelines/gitops/git.ts";

export const IRIS_CSV = fileURLToPath(new URL("../../examples/iris/data/iris.csv", import.meta.url));

export const GIT_ENV = {
  GIT_AUTHOR_NAME: "Ada",
  GIT_AUTHOR_EMAIL: "ada@example.com",
  GIT_COMMITTER_NAME: "Ada",
  GIT_COMMITTER_EMAIL: "ada@example.com",
};

/** A fast iris config: few epochs, so a test trains in about a second. */
export const SMALL_IRIS_CONFIG = `version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: data/iris.csv }
    preprocess:
      - scale: { method: standard }
    model: { architecture: mlp, dense: [8] }
    train: { learningRate: 0.05, epochs: 15, batchSize: 16, seed: 1 }
    evaluate: { latencySamples: 20 }
    gates:
      accuracy: { min: 0.5 }
    promotion: { reviewers: { users: [lead] }, minApprovals: 1 }
`;

/** `.github/modelops.yml` that makes the release workflow (actions/release, `modelops release`) the writer. */
export const WORKFLOW_RELEASER = { ".github/modelops.yml": "releaser: workflow\n" };

/** `files`: more files of the first commit (path -> text), e.g. WORKFLOW_RELEASER. */
export async function makeRepo(
  config = SMALL_IRIS_CONFIG,
  files: Record<string, string> = {},
): Promise<{
  dir: string;
  g: (...args: string[]) => Promise<string>;
  edit: (from: string, to: string) => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), "modelops-repo-"));
  await cp(IRIS_CSV, join(dir, "data", "iris.csv"));
  await writeFile(join(dir, "modelops.yaml"), config);
  await writeFile(join(dir, ".gitignore"), ".modelops/\nruns/\n");
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const g = (...args: string[]) => git(dir, args, GIT_ENV);
  await g("init", "-q", "-b", "main");
  await g("add", "-A");
  await g("commit", "-q", "-m", "initial model");
  const edit = async (from: string, to: string) => {
    const file = join(dir, "modelops.yaml");
    const text = await readFile(file, "utf8");
    if (!text.includes(from)) throw new Error(`test setup: "${from}" not in modelops.yaml`);
    await writeFile(file, text.replace(from, to));
  };
  return { dir, g, edit };
}
