// A thin wrapper over the git command line: the user's own git is the source of truth, so we call it
// rather than re-implementing it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ModelopsError } from "../errors.ts";

const run = promisify(execFile);

export async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
    return stdout.trimEnd();
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === "ENOENT") throw new ModelopsError("git: command not found (install git and retry)");
    const detail = (e.stderr ?? e.message).trim().split("\n")[0];
    throw new ModelopsError(`git ${args[0]} failed in ${cwd}: ${detail}`);
  }
}

export interface CommitInfo {
  sha: string;
  parents: string[];
  subject: string;
  body: string;
}

export async function commitInfo(cwd: string, rev = "HEAD"): Promise<CommitInfo> {
  const out = await git(cwd, ["show", "-s", "--format=%H%n%P%n%s%n%b", rev]);
  const [sha = "", parents = "", subject = "", ...body] = out.split("\n");
  return { sha, parents: parents.split(" ").filter(Boolean), subject, body: body.join("\n") };
}

/** The commit a `git revert` commit undoes, read from the message git writes ("This reverts commit X."). */
export function revertedCommit(commit: CommitInfo): string | undefined {
  return /This reverts commit ([0-9a-f]{7,40})/.exec(`${commit.subject}\n${commit.body}`)?.[1];
}

export async function resolveSha(cwd: string, rev: string): Promise<string> {
  return git(cwd, ["rev-parse", "--verify", `${rev}^{commit}`]);
}
