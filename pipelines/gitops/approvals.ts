// Local-mode approvals: the offline stand-in for GitHub PR reviews. An approval names the exact commit
// whose metrics the reviewer saw; a new commit needs a new approval, as the bot requires on GitHub. The
// rule that counts them is pipelines/promotion's; this file keeps the records and turns them into facts.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import writeFileAtomic from "write-file-atomic";
import { ModelopsError } from "../errors.ts";
import { makeDirs } from "../make-dirs.ts";
import {
  type IgnoredApproval,
  isAuthorised,
  type PromotionFacts,
  type PromotionPolicy,
  type ReviewFact,
  reviewersToAuthorise,
  whoMayPromote,
} from "../promotion/index.ts";
import { verifyApproval } from "./signing.ts";

export interface Approval {
  model: string;
  commit: string;
  reviewer: string;
  at: string;
  /** An SSH signature of approvalPayload (signing.ts), required when the default branch lists signers. */
  signature?: string;
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
  await makeDirs(registryRoot);
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
  ignored: IgnoredApproval[];
  /** Authorised reviewers whose latest word requests changes (never, offline: there is no such record). */
  blockedBy: string[];
  who: string;
}

/** The default branch's allowed-signers file: when present, only approvals signed by a listed key count. */
export interface AllowedSigners {
  /** Repository-relative path, for messages. */
  path: string;
  text: string;
}

/**
 * The facts of local approvals for the promotion rule. Offline there is no team membership to ask, so a
 * reviewer is authorised when listed in promotion.reviewers.users, or, when no users are listed, any
 * reviewer (the rule still refuses the author and the authors of the change's commits). With an
 * allowed-signers file on the default branch an approval counts only with a valid SSH signature by the
 * reviewer's key; the others are returned as `unsigned`, with the reason.
 */
export async function localReviews(
  approvals: Approval[],
  opts: {
    model: string;
    /** The change's commits (base..candidate); approvals of other commits are not this change's. */
    changeCommits?: string[];
    policy: PromotionPolicy;
    allowedSigners?: AllowedSigners;
  },
): Promise<{
  facts: Pick<PromotionFacts, "reviews" | "authorised" | "who">;
  unsigned: IgnoredApproval[];
}> {
  const inChange = opts.changeCommits ? new Set(opts.changeCommits) : undefined;
  const reviews: ReviewFact[] = [];
  const unsigned: IgnoredApproval[] = [];
  const mine = approvals.filter((a) => a.model === opts.model && (!inChange || inChange.has(a.commit)));
  for (const [i, a] of mine.entries()) {
    if (opts.allowedSigners) {
      const v = await verifyApproval(a, opts.allowedSigners.text);
      if (!v.ok) {
        unsigned.push({
          login: a.reviewer,
          because: "not-authorised",
          why: `${v.why} (${opts.allowedSigners.path})`,
        });
        continue;
      }
    }
    reviews.push({ login: a.reviewer, state: "APPROVED", commit: a.commit, submittedAt: a.at, order: i });
  }
  const users = opts.policy.reviewers.users;
  const authorised = new Map<string, boolean>();
  for (const login of reviewersToAuthorise(reviews)) {
    authorised.set(login, users.length === 0 || isAuthorised(new Set(users), login));
  }
  const anyone = opts.allowedSigners
    ? `reviewers with a key in ${opts.allowedSigners.path}`
    : "any reviewer but the change's authors";
  const who = whoMayPromote({ teams: [], users }, anyone);
  return { facts: { reviews, authorised, who }, unsigned };
}
