// Local-mode approvals: the offline stand-in for GitHub PR reviews. An approval names the exact commit
// whose metrics the reviewer saw; a new commit needs a new approval, as the bot requires on GitHub.
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import writeFileAtomic from "write-file-atomic";
import type { ModelConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";

export interface Approval {
  model: string;
  commit: string;
  reviewer: string;
  at: string;
}

const fileOf = (registryRoot: string) => join(registryRoot, "approvals.json");

export async function readApprovals(registryRoot: string): Promise<Approval[]> {
  const file = fileOf(registryRoot);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  try {
    return JSON.parse(text) as Approval[];
  } catch {
    throw new ModelopsError(
      `${file}: not valid JSON (restore it from a backup or delete it to drop approvals)`,
    );
  }
}

export async function recordApproval(
  registryRoot: string,
  approval: Omit<Approval, "at">,
): Promise<Approval> {
  await mkdir(registryRoot, { recursive: true });
  const file = fileOf(registryRoot);
  const release = await lockfile.lock(registryRoot, {
    lockfilePath: `${file}.lock`,
    stale: 5_000,
    retries: 20,
  });
  try {
    const all = await readApprovals(registryRoot);
    const entry = { ...approval, at: new Date().toISOString() };
    await writeFileAtomic(file, `${JSON.stringify([...all, entry], null, 2)}\n`);
    return entry;
  } finally {
    await release();
  }
}

export interface ApprovalVerdict {
  passed: boolean;
  required: number;
  approvers: string[];
  /** Approvals that exist but do not count, each with the reason. */
  ignored: Array<{ reviewer: string; why: string }>;
}

/**
 * Counts approvals of `commit` for `model`. Offline there is no team membership to ask, so a reviewer
 * counts when listed in promotion.reviewers.users, or when no users are listed; never the commit's author.
 */
export function evaluateApprovals(
  approvals: Approval[],
  opts: { model: string; commit: string; author: string; promotion: ModelConfig["promotion"] },
): ApprovalVerdict {
  const allowed = opts.promotion.reviewers.users;
  const approvers = new Set<string>();
  const ignored: ApprovalVerdict["ignored"] = [];
  for (const a of approvals.filter((x) => x.model === opts.model)) {
    if (a.commit !== opts.commit)
      ignored.push({ reviewer: a.reviewer, why: `approved ${a.commit.slice(0, 7)}` });
    else if (a.reviewer === opts.author) ignored.push({ reviewer: a.reviewer, why: "author of the change" });
    else if (allowed.length > 0 && !allowed.includes(a.reviewer))
      ignored.push({ reviewer: a.reviewer, why: "not in promotion.reviewers.users" });
    else approvers.add(a.reviewer);
  }
  const required = opts.promotion.minApprovals;
  return { passed: approvers.size >= required, required, approvers: [...approvers], ignored };
}
