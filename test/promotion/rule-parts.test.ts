// The small rules decidePromotion is built from, one table each (release-drafter style: a row a case):
// who counts as authorised, whose review is their word, and how "who may promote" reads in a comment.
import { describe, expect, test } from "@jest/globals";
import {
  type Authorisation,
  isAuthorised,
  latestReviews,
  type ReviewFact,
  whoMayPromote,
} from "../../pipelines/promotion/rule.ts";

describe("isAuthorised", () => {
  const cases: Array<[string, Authorisation, string, boolean]> = [
    ["a listed login", new Set(["alice"]), "alice", true],
    ["logins compare without case", new Set(["Alice"]), "aLICE", true],
    ["an unlisted login", new Set(["alice"]), "mallory", false],
    ["nobody listed", new Set<string>(), "alice", false],
    ["a looked-up login that may promote", new Map([["Bob", true]]), "bob", true],
    ["a looked-up login that may not", new Map([["bob", false]]), "bob", false],
    ["a login nobody looked up", new Map([["bob", true]]), "carol", false],
  ];
  test.each(cases)("%s", (_name, authorised, login, expected) => {
    expect(isAuthorised(authorised, login)).toBe(expected);
  });
});

describe("latestReviews: each reviewer's word", () => {
  const review = (login: string, state: string, at: string, order?: number): ReviewFact => ({
    login,
    state,
    commit: "c".repeat(40),
    submittedAt: at,
    order,
  });
  const cases: Array<{ name: string; reviews: ReviewFact[]; latest: string[]; superseded: string[] }> = [
    {
      name: "one approval is the word",
      reviews: [review("alice", "APPROVED", "2026-01-01T10:00:00Z")],
      latest: ["alice:APPROVED"],
      superseded: [],
    },
    {
      name: "a later request for changes supersedes an approval",
      reviews: [
        review("alice", "APPROVED", "2026-01-01T10:00:00Z"),
        review("alice", "CHANGES_REQUESTED", "2026-01-01T11:00:00Z"),
      ],
      latest: ["alice:CHANGES_REQUESTED"],
      superseded: ["alice:APPROVED"],
    },
    {
      name: "a plain comment after an approval leaves the approval standing",
      reviews: [
        review("alice", "APPROVED", "2026-01-01T10:00:00Z"),
        review("alice", "COMMENTED", "2026-01-01T11:00:00Z"),
      ],
      latest: ["alice:APPROVED"],
      superseded: [],
    },
    {
      name: "a pending review is nobody's word yet",
      reviews: [review("bob", "PENDING", "2026-01-01T10:00:00Z")],
      latest: [],
      superseded: [],
    },
    {
      name: "order by time, whatever order GitHub listed them in",
      reviews: [
        review("alice", "APPROVED", "2026-01-01T12:00:00Z"),
        review("alice", "CHANGES_REQUESTED", "2026-01-01T09:00:00Z"),
      ],
      latest: ["alice:APPROVED"],
      superseded: ["alice:CHANGES_REQUESTED"],
    },
    {
      name: "the same time: the larger review id is later",
      reviews: [
        review("alice", "APPROVED", "2026-01-01T10:00:00Z", 7),
        review("alice", "DISMISSED", "2026-01-01T10:00:00Z", 3),
      ],
      latest: ["alice:APPROVED"],
      superseded: ["alice:DISMISSED"],
    },
    {
      name: "logins without case are one reviewer",
      reviews: [
        review("Alice", "CHANGES_REQUESTED", "2026-01-01T10:00:00Z"),
        review("alice", "APPROVED", "2026-01-01T11:00:00Z"),
      ],
      latest: ["alice:APPROVED"],
      superseded: ["Alice:CHANGES_REQUESTED"],
    },
  ];
  const words = (rs: ReviewFact[]) => rs.map((r) => `${r.login}:${r.state}`);
  test.each(cases)("$name", ({ reviews, latest, superseded }) => {
    const got = latestReviews(reviews);
    expect(words(got.latest)).toEqual(latest);
    expect(words(got.superseded)).toEqual(superseded);
  });
});

describe("whoMayPromote, in words", () => {
  const cases: Array<[string, { teams: string[]; users: string[] }, string]> = [
    [
      "no reviewers configured: the fallback",
      { teams: [], users: [] },
      "maintainers and admins of the repository",
    ],
    ["a team", { teams: ["acme/ml-leads"], users: [] }, "members of acme/ml-leads"],
    ["users", { teams: [], users: ["alice", "bob"] }, "users alice, bob"],
    ["both", { teams: ["acme/ml-leads"], users: ["alice"] }, "members of acme/ml-leads or users alice"],
  ];
  test.each(cases)("%s", (_name, reviewers, expected) => {
    expect(whoMayPromote(reviewers)).toBe(expected);
  });
});
