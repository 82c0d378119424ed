// May production go back to an earlier version on a revert? A pure rule over the version's record and the
// model's alias history, the same for every store. The bot applies it to every push that restores earlier
// inputs; `modelops release` can apply it to a revert the same way. (`modelops registry rollback|promote`
// are an operator's explicit moves with the store's own key, recorded in the history, and not judged.)
// - the target's record shows it was let in by review: at least one approver, or a recorded override;
// - the target was not rolled back as bad: no later move took production (or canary) away from it with kind
//   `rollback` or `abort` after it was last promoted;
// - either condition may be waived only when the revert itself was reviewed and approved like a release
//   (a merged pull request whose head was approved under the default branch's policy).
import type { AliasEvent, Version } from "./records.ts";

export interface RollbackFacts {
  target: Version;
  /** The model's alias history, oldest first. */
  history: AliasEvent[];
  /** The change moving production back was reviewed and approved like a release. */
  revertApproved: boolean;
}

export type RollbackDecision = { allowed: true; because: string } | { allowed: false; reasons: string[] };

/** The move that retired `version` as bad (a rollback or abort away from it after its last promotion). */
export function retiredAsBad(version: number, history: AliasEvent[]): AliasEvent | undefined {
  let bad: AliasEvent | undefined;
  for (const e of history) {
    if (e.alias !== "production" && e.alias !== "canary") continue;
    if (e.to === version && e.kind !== "rollback") bad = undefined;
    if (e.from === version && (e.kind === "rollback" || e.kind === "abort")) bad = e;
  }
  return bad;
}

export function decideRollback(f: RollbackFacts): RollbackDecision {
  const tag = `v${f.target.version}`;
  const reasons: string[] = [];
  const reviewed = (f.target.approvers?.length ?? 0) > 0 || f.target.override !== undefined;
  if (!reviewed) reasons.push(`${tag}'s signed record shows no approval and no override`);
  const bad = retiredAsBad(f.target.version, f.history);
  if (bad) {
    reasons.push(
      `${tag} was rolled back as bad (${bad.alias} moved away from it at ${bad.at}: ${bad.reason})`,
    );
  }
  if (reasons.length === 0) return { allowed: true, because: `${tag} was approved and never rolled back` };
  if (f.revertApproved) {
    return { allowed: true, because: `the revert was reviewed and approved (${reasons.join("; ")})` };
  }
  return {
    allowed: false,
    reasons: [
      ...reasons,
      "a revert to it must be reviewed like a release: open it as a pull request and have it approved",
    ],
  };
}
