// The rollback rule as a table: which earlier versions production may go back to without a review.
import { expect, test } from "@jest/globals";
import type { AliasEvent, Version } from "../../pipelines/registry/records.ts";
import { decideRollback } from "../../pipelines/registry/rollback-rule.ts";

const version = (n: number, extra: Partial<Version> = {}): Version => ({
  version: n,
  key: "k".repeat(64),
  digest: "d".repeat(64),
  createdAt: "2026-01-01T00:00:00Z",
  ...extra,
});
const ev = (alias: string, from: number | null, to: number | null, kind: AliasEvent["kind"]): AliasEvent => ({
  at: "2026-01-02T00:00:00Z",
  alias,
  from,
  to,
  reason: `${kind} ${from}->${to}`,
  kind,
});
const approved = version(1, { approvers: ["lead"] });
const promoted = [ev("production", null, 1, "promote"), ev("production", 1, 2, "promote")];

test.each([
  ["an approved version never rolled back", approved, promoted, false, true],
  [
    "an overridden version",
    version(1, { override: { by: "boss", reason: "hotfix", at: "x" } }),
    promoted,
    false,
    true,
  ],
  ["a version without approval", version(1), promoted, false, false],
  ["a version without approval, revert approved", version(1), promoted, true, true],
  [
    "a version rolled back as bad",
    approved,
    [...promoted, ev("production", 2, 1, "rollback"), ev("production", 1, 2, "promote")],
    false,
    true,
  ],
  [
    "v2 after v2 was rolled back",
    version(2, { approvers: ["lead"] }),
    [...promoted, ev("production", 2, 1, "rollback")],
    false,
    false,
  ],
  [
    "v2 after its canary was aborted",
    version(2, { approvers: ["lead"] }),
    [ev("canary", 2, null, "abort")],
    false,
    false,
  ],
  [
    "v2 rolled back, then promoted again through review",
    version(2, { approvers: ["lead"] }),
    [
      ...promoted,
      ev("production", 2, 1, "rollback"),
      ev("production", 1, 2, "promote"),
      ev("production", 2, 3, "promote"),
    ],
    false,
    true,
  ],
  [
    "v2 rolled back, revert of the revert approved",
    version(2, { approvers: ["lead"] }),
    [...promoted, ev("production", 2, 1, "rollback")],
    true,
    true,
  ],
])("%s", (_name, target, history, revertApproved, allowed) => {
  const d = decideRollback({ target, history, revertApproved });
  expect(d.allowed).toBe(allowed);
  if (!d.allowed) expect(d.reasons.at(-1)).toMatch(/must be reviewed like a release/);
});

test("a blocked rollback says each reason", () => {
  const d = decideRollback({
    target: version(2),
    history: [...promoted, ev("production", 2, 1, "rollback")],
    revertApproved: false,
  });
  expect(d).toEqual({
    allowed: false,
    reasons: [
      "v2's signed record shows no approval and no override",
      "v2 was rolled back as bad (production moved away from it at 2026-01-02T00:00:00Z: rollback 2->1)",
      "a revert to it must be reviewed like a release: open it as a pull request and have it approved",
    ],
  });
});
