// One table of promotion cases against the pure rule: the bot, the release Action and `modelops release`
// all decide with decidePromotion, so these cases hold on every path.
import { describe, expect, test } from "@jest/globals";
import {
  type BaseConfig,
  decidePromotion,
  type PromotionFacts,
  policyFromBase,
  type ReviewFact,
  revertReviewed,
} from "../../pipelines/promotion/index.ts";

const HEAD = "a".repeat(40);
const OLD = "b".repeat(40);

const passing = {
  gates: [{ metric: "accuracy", passed: true, skipped: false, conditions: [], reasons: [] }],
};
const failing = {
  gates: [
    {
      metric: "accuracy",
      passed: false,
      skipped: false,
      conditions: [],
      reasons: ["accuracy 0.8 < min 0.9"],
    },
  ],
};

let clock = 0;
const review = (login: string, state: ReviewFact["state"], extra: Partial<ReviewFact> = {}): ReviewFact => ({
  login,
  state,
  commit: HEAD,
  submittedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, ++clock)).toISOString(),
  ...extra,
});

function facts(over: Partial<PromotionFacts> = {}): PromotionFacts {
  return {
    policy: {
      reviewers: { teams: ["ml-leads"], users: [] },
      minApprovals: 1,
      source: "modelops.yaml on main",
    },
    comparison: passing,
    reviews: [],
    measured: HEAD,
    author: "ada",
    commitAuthors: ["ada"],
    authorised: new Set(["lead", "boss", "ada", "helper"]),
    who: "members of ml-leads",
    ...over,
  };
}

interface Case {
  name: string;
  facts: Partial<PromotionFacts>;
  conclusion: "success" | "failure" | "action_required";
  approvers: string[];
  ignored?: Array<[string, string]>;
  blockedBy?: string[];
  title?: string;
}

const CASES: Case[] = [
  {
    name: "an authorised approval of the measured commit promotes",
    facts: { reviews: [review("lead", "APPROVED")] },
    conclusion: "success",
    approvers: ["lead"],
    title: "1/1 gates pass; approved by @lead",
  },
  {
    name: "the author's own approval does not count (even when authorised)",
    facts: { reviews: [review("Ada", "APPROVED")] },
    conclusion: "action_required",
    approvers: [],
    ignored: [["Ada", "author"]],
    title: `1/1 gates pass; waiting for 1 authorised approval of ${HEAD.slice(0, 7)}`,
  },
  {
    name: "an outsider's approval does not count",
    facts: { reviews: [review("outsider", "APPROVED")] },
    conclusion: "action_required",
    approvers: [],
    ignored: [["outsider", "not-authorised"]],
  },
  {
    name: "an approval of an older commit does not promote the measured one",
    facts: { reviews: [review("lead", "APPROVED", { commit: OLD })] },
    conclusion: "action_required",
    approvers: [],
    ignored: [["lead", "older-commit"]],
  },
  {
    name: "a stale approval (the head moved after it) does not count",
    facts: { reviews: [review("lead", "APPROVED", { commit: OLD })], measured: HEAD },
    conclusion: "action_required",
    approvers: [],
    ignored: [["lead", "older-commit"]],
  },
  {
    name: "changes requested by an authorised reviewer block despite another approval",
    facts: { reviews: [review("lead", "APPROVED"), review("boss", "CHANGES_REQUESTED")] },
    conclusion: "action_required",
    approvers: ["lead"],
    blockedBy: ["boss"],
    title: "1/1 gates pass; changes requested by @boss",
  },
  {
    name: "changes requested by an outsider do not block",
    facts: { reviews: [review("lead", "APPROVED"), review("outsider", "CHANGES_REQUESTED")] },
    conclusion: "success",
    approvers: ["lead"],
  },
  {
    name: "a dismissed approval counts for nothing",
    facts: { reviews: [review("lead", "APPROVED", { dismissed: true, state: "DISMISSED" })] },
    conclusion: "action_required",
    approvers: [],
    ignored: [["lead", "dismissed"]],
  },
  {
    name: "an override passes failed gates and missing approvals",
    facts: {
      comparison: failing,
      override: { by: "boss", reason: "latency first", at: "2026-01-01T00:00:00Z" },
    },
    conclusion: "success",
    approvers: [],
    title: "Overridden by @boss: latency first",
  },
  {
    name: "a reviewer who pushed commits to someone else's pull request cannot approve them",
    facts: { reviews: [review("helper", "APPROVED")], commitAuthors: ["ada", "helper"] },
    conclusion: "action_required",
    approvers: [],
    ignored: [["helper", "commit-author"]],
  },
  {
    name: "a later review supersedes an earlier approval",
    facts: { reviews: [review("lead", "APPROVED"), review("lead", "CHANGES_REQUESTED")] },
    conclusion: "action_required",
    approvers: [],
    ignored: [["lead", "superseded"]],
    blockedBy: ["lead"],
  },
  {
    name: "a later approval lifts the reviewer's own changes request; comments change nothing",
    facts: {
      reviews: [review("lead", "CHANGES_REQUESTED"), review("lead", "APPROVED"), review("lead", "COMMENTED")],
    },
    conclusion: "success",
    approvers: ["lead"],
  },
  {
    name: "minApprovals 2 needs two distinct authorised approvers",
    facts: {
      policy: { reviewers: { teams: [], users: ["lead", "boss"] }, minApprovals: 2, source: "main" },
      reviews: [review("lead", "APPROVED"), review("lead", "APPROVED")],
    },
    conclusion: "action_required",
    approvers: ["lead"],
    title: `1/1 gates pass; waiting for 1 authorised approval of ${HEAD.slice(0, 7)}`,
  },
  {
    name: "minApprovals 2 with two authorised approvals promotes",
    facts: {
      policy: { reviewers: { teams: [], users: ["lead", "boss"] }, minApprovals: 2, source: "main" },
      reviews: [review("lead", "APPROVED"), review("boss", "APPROVED")],
    },
    conclusion: "success",
    approvers: ["lead", "boss"],
  },
  {
    name: "a failed gate fails, whatever the approvals",
    facts: { comparison: failing, reviews: [review("lead", "APPROVED")] },
    conclusion: "failure",
    approvers: ["lead"],
    title: "1 of 1 gates failed against production",
  },
  {
    name: "an unreadable policy fails with its reason",
    facts: {
      policy: {
        reviewers: { teams: [], users: [] },
        minApprovals: 1,
        source: "main",
        error: "modelops.yaml on main cannot be read",
      },
      reviews: [review("lead", "APPROVED")],
    },
    conclusion: "failure",
    approvers: ["lead"],
    title: "the promotion policy cannot be read",
  },
];

describe("the promotion rule", () => {
  test.each(CASES)("$name", (c) => {
    const d = decidePromotion(facts(c.facts));
    expect(d.conclusion).toBe(c.conclusion);
    expect(d.passed).toBe(c.conclusion === "success");
    expect(d.approvers).toEqual(c.approvers);
    expect(d.ignored.map((i) => [i.login, i.because])).toEqual(c.ignored ?? []);
    expect(d.blockedBy).toEqual(c.blockedBy ?? []);
    if (c.title) expect(d.title).toBe(c.title);
    if (c.conclusion !== "success") expect(d.reasons.length).toBeGreaterThan(0);
  });

  test("reasons name what is missing, with the caller's hint", () => {
    const d = decidePromotion(facts({ approvalHint: "record one with: modelops approve" }));
    expect(d.reasons).toEqual([
      `0/1 authorised approvals of ${HEAD.slice(0, 7)} (record one with: modelops approve)`,
    ]);
  });
});

describe("the policy a change is judged by", () => {
  const own = { gates: {}, promotion: { reviewers: { teams: [], users: [] }, minApprovals: 0 } };
  const where = "modelops.yaml on main";

  test("a new model (no config for it on the default branch) gets the default policy, never its own", () => {
    const base: BaseConfig = { state: "ok", where, models: { other: own } };
    const { gates, policy } = policyFromBase(base, "iris");
    expect(gates).toEqual({});
    expect(policy.minApprovals).toBe(1);
    expect(policy.error).toBeUndefined();
    const d = decidePromotion(facts({ policy, reviews: [] }));
    expect(d.conclusion).toBe("action_required");
  });

  test("no config at all on the default branch: the default policy", () => {
    expect(policyFromBase({ state: "missing", where }, "iris").policy.minApprovals).toBe(1);
  });

  test("an unreadable config on the default branch blocks with its reason", () => {
    const { policy } = policyFromBase({ state: "invalid", where, error: "line 3: bad indentation" }, "iris");
    expect(policy.error).toBe(
      `${where} cannot be read (line 3: bad indentation); fix it on the default branch first`,
    );
    expect(decidePromotion(facts({ policy, reviews: [review("lead", "APPROVED")] })).conclusion).toBe(
      "failure",
    );
  });

  test("minApprovals 0 written on the default branch is a reviewed decision and stands", () => {
    const { policy } = policyFromBase({ state: "ok", where, models: { iris: own } }, "iris");
    expect(policy.minApprovals).toBe(0);
    expect(decidePromotion(facts({ policy })).conclusion).toBe("success");
  });

  test("a model named like an Object property is not found by accident", () => {
    expect(policyFromBase({ state: "ok", where, models: {} }, "constructor").policy.minApprovals).toBe(1);
  });
});

describe("a revert reviewed like a release", () => {
  const policy = (minApprovals: number, error?: string) => ({
    reviewers: { teams: ["ml-leads"], users: [] },
    minApprovals,
    source: "modelops.yaml on main",
    ...(error && { error }),
  });
  const REVERT_CASES: Array<{ name: string; facts: Partial<PromotionFacts>; reviewed: boolean }> = [
    {
      name: "an authorised approval of the revert's head",
      facts: { reviews: [review("lead", "APPROVED")] },
      reviewed: true,
    },
    { name: "no approval, where the policy asks for one", facts: { reviews: [] }, reviewed: false },
    {
      name: "no approval, even where the policy asks for none",
      facts: { policy: policy(0), reviews: [] },
      reviewed: false,
    },
    {
      name: "one approval, where the policy asks for none",
      facts: { policy: policy(0), reviews: [review("lead", "APPROVED")] },
      reviewed: true,
    },
    {
      name: "an approval of an older commit than the revert's head",
      facts: { reviews: [review("lead", "APPROVED", { commit: OLD })] },
      reviewed: false,
    },
    { name: "the author's own approval", facts: { reviews: [review("ada", "APPROVED")] }, reviewed: false },
    {
      name: "changes requested by an authorised reviewer",
      facts: { reviews: [review("lead", "APPROVED"), review("boss", "CHANGES_REQUESTED")] },
      reviewed: false,
    },
    {
      name: "failed gates do not matter (a revert restores measured inputs)",
      facts: { comparison: failing, reviews: [review("lead", "APPROVED")] },
      reviewed: true,
    },
    {
      name: "an unreadable policy never passes",
      facts: {
        policy: policy(1, "modelops.yaml on main cannot be read"),
        reviews: [review("lead", "APPROVED")],
      },
      reviewed: false,
    },
  ];
  test.each(REVERT_CASES)("$name: reviewed $reviewed", (c) => {
    expect(revertReviewed(facts(c.facts))).toBe(c.reviewed);
  });
});
