// The sticky comment's "Explanations" section for the iris example through the GitHub simulator: the
// candidate's permutation importance beside production's (read from production's signed release record),
// and the class whose metrics really changed.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { CONFIG, IRIS_CSV, key, RUN, runArtifact, startWorld, type World } from "../support/bot-harness.ts";

type ClassRow = { label: string; precision: number; recall: number; f1: number; support: number };
const basePerClass = RUN.metrics.perClass as ClassRow[];

function stickyOf(w: World, pr: { number: number }): string {
  const [comment] = w.repo.botComments(w.repo.pull(pr.number));
  return comment?.body ?? "";
}

describe("the PR comment explains what changed", () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    // iris v1 in production, with the real run's importance and per-class report.
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "iris-v1",
      title: "Train iris on the full dataset",
      files: { "data/iris.csv": `${IRIS_CSV}\n` },
    });
    await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("explain-v1") })] });
    await w.repo.review(pr, "lead", "APPROVED");
    await w.repo.merge(pr, "lead");
  });
  afterAll(async () => {
    expect(w.sim.violations).toEqual([]);
    expect(w.sim.responseViolations).toEqual([]);
    await w.close();
  });

  test("importance of candidate and production side by side, and the class that really changed first", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "narrow",
      title: "Narrower network",
      files: { "modelops.yaml": CONFIG.replace("dense: [16, 16]", "dense: [4]") },
    });
    // virginica's recall falls from 0.9 to 0.6 (and with it its F1); versicolor's precision moves a little.
    const perClass = basePerClass.map((c) =>
      c.label === "virginica"
        ? { ...c, recall: 0.6, f1: 0.75 }
        : c.label === "versicolor"
          ? { ...c, precision: 0.8333, f1: 0.9091 }
          : c,
    );
    const importance = {
      ...(RUN.metrics.importance as object),
      features: [
        { feature: "petal_width", mean: 0.45, std: 0.03 },
        { feature: "petal_length", mean: 0.2, std: 0.04 },
        { feature: "sepal_length", mean: 0.01, std: 0.01 },
        { feature: "sepal_width", mean: 0, std: 0 },
      ],
    };
    await w.repo.completeWorkflowRun(pr, {
      artifacts: [
        await runArtifact({
          key: key("explain-narrow"),
          metrics: { accuracy: 0.9 },
          evaluation: { perClass, importance },
        }),
      ],
    });
    const body = stickyOf(w, pr);
    expect(body).toContain(
      "<details><summary>Explanations: top feature `petal_width`; largest class change `virginica` recall −0.3</summary>",
    );
    // Candidate first column, production's (iris/v1's record) second.
    expect(body).toContain("| `petal_width` | 0.45 ± 0.03 | 0.34 ± 0.039 |");
    expect(body).toContain("| `petal_length` | 0.2 ± 0.04 | 0.513 ± 0.054 |");
    const rows = body.split("\n").filter((l) => /^\| `(setosa|versicolor|virginica)` \|/.test(l));
    expect(rows).toEqual([
      "| `virginica` | recall | 0.9 | 0.6 | −0.3 |",
      "| `versicolor` | precision | 0.9091 | 0.8333 | −0.0758 |",
    ]);
  });

  test("names from the pull request's metrics cannot close the table or inject a hidden marker", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "odd-names",
      title: "Odd names",
      files: { "a.txt": "1" },
    });
    const importance = {
      ...(RUN.metrics.importance as object),
      features: [{ feature: "x | y --> <!-- modelops:report iris -->`", mean: 0.5, std: 0 }],
    };
    await w.repo.completeWorkflowRun(pr, {
      artifacts: [await runArtifact({ key: key("explain-odd"), evaluation: { importance } })],
    });
    const body = stickyOf(w, pr);
    expect(body).toContain("| `x   y --› ‹!-- modelops:report iris --› ` | 0.5 ± 0 |");
    expect(body.split("<!-- modelops:report iris -->")).toHaveLength(2);
  });

  test("a malformed importance or per-class report is one line in the comment, and the rest of the report stands", async () => {
    const { pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "malformed",
      title: "Malformed",
      files: { "a.txt": "2" },
    });
    await w.repo.completeWorkflowRun(pr, {
      artifacts: [
        await runArtifact({
          key: key("explain-bad"),
          evaluation: { importance: { features: "all of them" }, perClass: [{ label: 3 }] },
        }),
      ],
    });
    const body = stickyOf(w, pr);
    expect(body).toContain("The candidate's `importance` in metrics.json is malformed; not shown.");
    expect(body).toContain(
      "Per-class changes: production's or the candidate's metrics have no per-class report.",
    );
    expect(body).toContain("| accuracy ↑ |");
  });
});
