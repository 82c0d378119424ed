// `modelops release` (local/Actions mode) judges a merge with the one promotion rule and the default
// branch's policy before the merge: these are the holes an attacker with write access tried.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "@jest/globals";
import { loadConfig } from "../../pipelines/config/index.ts";
import { recordApproval } from "../../pipelines/gitops/approvals.ts";
import { git } from "../../pipelines/gitops/git.ts";
import { releaseHead } from "../../pipelines/gitops/release.ts";
import { signApproval } from "../../pipelines/gitops/signing.ts";
import { Registry } from "../../pipelines/registry/index.ts";
import { GIT_ENV, makeRepo, SMALL_IRIS_CONFIG } from "../support/repo.ts";

async function release(dir: string) {
  const registryRoot = join(dir, ".modelops");
  const registry = await Registry.open(registryRoot);
  const config = await loadConfig(join(dir, "modelops.yaml"));
  const outcomes = await releaseHead({
    repoDir: dir,
    config,
    registry,
    registryRoot,
    runsDir: join(dir, "runs"),
  });
  return { registry, outcomes, of: (model: string) => outcomes.find((o) => o.model === model) };
}

/** The repository with iris v1 released (approved by lead), on main. */
async function released() {
  const repo = await makeRepo();
  await recordApproval(join(repo.dir, ".modelops"), {
    model: "iris",
    commit: await repo.g("rev-parse", "HEAD"),
    reviewer: "lead",
  });
  expect((await release(repo.dir)).of("iris")?.action).toBe("released");
  return repo;
}

/** A branch `name` off main with `change` committed, merged back with --no-ff; returns the branch head. */
async function mergeBranch(
  repo: Awaited<ReturnType<typeof makeRepo>>,
  name: string,
  change: () => Promise<void>,
  opts: { approveBy?: string; before?: () => Promise<void> } = {},
): Promise<string> {
  await repo.g("checkout", "-q", "-b", name);
  await change();
  await repo.g("commit", "-q", "-am", name);
  const head = await repo.g("rev-parse", "HEAD");
  if (opts.approveBy) {
    await recordApproval(join(repo.dir, ".modelops"), {
      model: "iris",
      commit: head,
      reviewer: opts.approveBy,
    });
  }
  await repo.g("checkout", "-q", "main");
  await opts.before?.();
  await repo.g("merge", "-q", "--no-ff", name, "-m", `Merge ${name}`);
  return head;
}

const WINE = SMALL_IRIS_CONFIG.slice(SMALL_IRIS_CONFIG.indexOf("  iris:"))
  .replace("  iris:", "  wine:")
  .replace("promotion: { reviewers: { users: [lead] }, minApprovals: 1 }", "promotion: { minApprovals: 0 }");

describe("the policy a merge is judged by is the default branch's before the merge", () => {
  test("a new model with minApprovals: 0 in the pull request is not released without an approval", async () => {
    const repo = await released();
    await mergeBranch(repo, "add-wine", async () => {
      await writeFile(join(repo.dir, "modelops.yaml"), `${SMALL_IRIS_CONFIG}${WINE}`);
    });
    const wine = (await release(repo.dir)).of("wine");
    expect(wine?.action).toBe("blocked");
    expect(wine?.reason).toMatch(
      /^0\/1 authorised approvals of [0-9a-f]{7} \(record one with: modelops approve -m wine/,
    );
  });

  test("an unreadable config on the default branch blocks, it never falls back to the change's policy", async () => {
    const repo = await released();
    await writeFile(join(repo.dir, "modelops.yaml"), `${SMALL_IRIS_CONFIG}    bogus: [\n`);
    await repo.g("commit", "-q", "-am", "break the config");
    const base = await repo.g("rev-parse", "HEAD");
    await mergeBranch(repo, "fix-and-loosen", async () => {
      await writeFile(
        join(repo.dir, "modelops.yaml"),
        SMALL_IRIS_CONFIG.replace("epochs: 15", "epochs: 16").replace("minApprovals: 1", "minApprovals: 0"),
      );
    });
    const iris = (await release(repo.dir)).of("iris");
    expect(iris?.action).toBe("blocked");
    expect(iris?.trained).toBe(false);
    expect(iris?.reason).toMatch(
      new RegExp(
        `^modelops\\.yaml at ${base.slice(0, 7)} cannot be read \\(${base.slice(0, 7)}:modelops\\.yaml:\\d+:\\d+: .+\\); fix it on the default branch first$`,
      ),
    );
  });
});

describe("what was approved is what is released", () => {
  test("an evil merge (the merge commit changes inputs beyond the approved head) is not released", async () => {
    const repo = await released();
    await repo.g("checkout", "-q", "-b", "epochs");
    await repo.edit("epochs: 15", "epochs: 20");
    await repo.g("commit", "-q", "-am", "more epochs");
    const head = await repo.g("rev-parse", "HEAD");
    await recordApproval(join(repo.dir, ".modelops"), { model: "iris", commit: head, reviewer: "lead" });
    await repo.g("checkout", "-q", "main");
    await repo.g("merge", "-q", "--no-ff", "--no-commit", "epochs");
    await repo.edit("dense: [8]", "dense: [4]");
    await repo.g("commit", "-q", "-am", "Merge epochs");
    const iris = (await release(repo.dir)).of("iris");
    expect(iris?.action).toBe("blocked");
    expect(iris?.trained).toBe(false);
    expect(iris?.reason).toBe(
      `the merge commit ${(await repo.g("rev-parse", "HEAD")).slice(0, 7)} changes iris's inputs beyond the reviewed head ${head.slice(0, 7)}; merge the reviewed head as it is (update the branch, have it measured and approved again)`,
    );
  });

  test("a reviewer who committed to the change cannot approve it", async () => {
    const repo = await released();
    await repo.g("checkout", "-q", "-b", "helped");
    await repo.edit("epochs: 15", "epochs: 20");
    await repo.g("commit", "-q", "-am", "ada's change");
    await repo.edit("learningRate: 0.05", "learningRate: 0.04");
    await git(repo.dir, ["commit", "-q", "-am", "lead's fix"], { ...GIT_ENV, GIT_AUTHOR_NAME: "lead" });
    await repo.edit("batchSize: 16", "batchSize: 12");
    await repo.g("commit", "-q", "-am", "ada's last touch");
    const head = await repo.g("rev-parse", "HEAD");
    await recordApproval(join(repo.dir, ".modelops"), { model: "iris", commit: head, reviewer: "lead" });
    await repo.g("checkout", "-q", "main");
    await repo.g("merge", "-q", "--no-ff", "helped", "-m", "Merge helped");
    const iris = (await release(repo.dir)).of("iris");
    expect(iris?.action).toBe("blocked");
    expect(iris?.check?.approvals.ignored).toEqual([
      expect.objectContaining({ login: "lead", because: "commit-author" }),
    ]);
  });
});

const run = promisify(execFile);

async function sshKey(dir: string, name: string): Promise<{ key: string; pub: string }> {
  const key = join(dir, name);
  await run("ssh-keygen", ["-t", "ed25519", "-N", "", "-q", "-C", name, "-f", key]);
  return { key, pub: (await readFile(`${key}.pub`, "utf8")).trim() };
}

describe("signed local approvals", () => {
  test("with an allowed-signers file on main, only approvals signed by the reviewer's listed key count", async () => {
    const keys = await mkdtemp(join(tmpdir(), "modelops-keys-"));
    const lead = await sshKey(keys, "lead");
    const mallory = await sshKey(keys, "mallory");
    const repo = await released();
    await mkdir(join(repo.dir, ".github"), { recursive: true });
    await writeFile(
      join(repo.dir, ".github", "modelops-allowed-signers"),
      `lead namespaces="modelops-approval" ${lead.pub}\n`,
    );
    await repo.g("add", "-A");
    await repo.g("commit", "-q", "-m", "approvals must be signed");
    const root = join(repo.dir, ".modelops");

    const head = await mergeBranch(repo, "epochs", () => repo.edit("epochs: 15", "epochs: 20"));
    const approval = { model: "iris", commit: head, reviewer: "lead" };
    // Unsigned: a name anyone can type.
    await recordApproval(root, approval);
    let iris = (await release(repo.dir)).of("iris");
    expect(iris?.action).toBe("blocked");
    expect(iris?.reason).toContain("approval by lead not counted: unsigned");
    // Signed by a key that is not lead's.
    await recordApproval(root, { ...approval, signature: await signApproval(approval, mallory.key) });
    iris = (await release(repo.dir)).of("iris");
    expect(iris?.action).toBe("blocked");
    expect(iris?.reason).toContain("signature does not verify as lead against the allowed signers");
    // lead's signature of another commit, replayed for this one.
    const other = { ...approval, commit: await repo.g("rev-parse", "HEAD^1") };
    await recordApproval(root, { ...approval, signature: await signApproval(other, lead.key) });
    expect((await release(repo.dir)).of("iris")?.action).toBe("blocked");
    // lead's own signature of this approval.
    await recordApproval(root, { ...approval, signature: await signApproval(approval, lead.key) });
    iris = (await release(repo.dir)).of("iris");
    expect(iris).toMatchObject({ action: "released", version: 2 });
    expect(iris?.check?.approvals.approvers).toEqual(["lead"]);
  });
});
