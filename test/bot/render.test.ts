// The pieces of the PR comment and the records the bot hides in GitHub text.
import { describe, expect, test } from "@jest/globals";
import { fitBody, flatten, renderCurves, renderData, renderParams } from "../../bot/render.ts";
import { embed, extract } from "../../bot/state.ts";
import type { DataProfile } from "../../pipelines/data/types.ts";
import type { TrainingHistory } from "../../pipelines/train/history.ts";
import { RUN } from "../support/bot-harness.ts";

const history = JSON.parse(RUN.history.toString()) as TrainingHistory;
const profile = JSON.parse(RUN.profile.toString()) as DataProfile;

describe("training curves", () => {
  test("a Mermaid xychart of the losses with a table of every series, the best epoch marked", () => {
    const { body, summary } = renderCurves(history);
    expect(summary).toBe(`Training curves (${history.epochs.length} epochs)`);
    expect(body).toMatch(
      /^```mermaid\nxychart-beta\n {2}title "loss and val_loss per epoch"\n {2}x-axis "epoch" \[1, 2, 3/,
    );
    expect(body.match(/^ {2}line \[/gm)).toHaveLength(2);
    expect(body).toContain("| epoch | loss | val_loss | accuracy | val_accuracy |");
    expect(body).toContain(`| ${history.bestEpoch} ★ |`);
    const rows = body.split("\n").filter((l) => /^\| \d/.test(l));
    expect(rows.length).toBeLessThanOrEqual(21);
  });
});

describe("data summary", () => {
  test("is the data engine's PR section, with the drift verdict in the summary line", () => {
    const shifted: DataProfile = {
      ...profile,
      columns: profile.columns.map((c) =>
        c.name === "petal_length"
          ? { ...c, mean: (c.mean ?? 0) + (c.std ?? 1), quantiles: c.quantiles?.map((q) => q + (c.std ?? 1)) }
          : c,
      ),
    };
    const { summary, body } = renderData(shifted, profile);
    expect(summary).toBe("Data: 150 rows, 1 of 5 columns drifted");
    expect(body).toMatch(/\| `petal_length` \| ks \| .* \| ⚠️ yes \|/);
    expect(body).toContain("| `sepal_length` | ks | 0 | 1 | 0 | no |");
    expect(body).toContain("Schema: unchanged.");
  });

  test("names added and removed columns and missing values; the first version has nothing to compare", () => {
    const changed: DataProfile = {
      ...profile,
      columns: [
        ...profile.columns.filter((c) => c.name !== "sepal_width"),
        { name: "colour", role: "feature", type: "string", missing: 2, counts: { red: 3 } },
      ],
    };
    const { summary, body } = renderData(changed, profile);
    expect(summary).toBe("Data: 150 rows, 2 missing values, no drift");
    expect(body).toContain("Schema changes: added column `colour` (string); removed column `sepal_width`");
    expect(renderData(profile, undefined).body).toContain(
      "No production model yet: nothing to compare the data with.",
    );
  });
});

describe("params diff", () => {
  test("only what changed, by key path", () => {
    const prod = {
      model: { architecture: "mlp", dense: [16, 16] },
      train: { learningRate: 0.02, epochs: 80 },
    };
    const cand = { model: { architecture: "mlp", dense: [32] }, train: { learningRate: 0.02, epochs: 100 } };
    const { summary, body } = renderParams(prod, cand, "iris/v1");
    expect(summary).toBe("Params: 2 changed");
    expect(body.split("\n").slice(2)).toEqual([
      "| `model.dense` | `[16,16]` | `[32]` |",
      "| `train.epochs` | 80 | 100 |",
    ]);
    expect(flatten({ a: [{ b: 1 }], c: [1, 2] })).toEqual({ "a[0].b": 1, c: [1, 2] });
  });
});

describe("the comment body", () => {
  test("under the limit, optional sections shrink then go, last first; required sections stay", () => {
    const body = fitBody(
      [
        { required: true, text: "GATES" },
        { text: "A".repeat(50), shorter: ["a"] },
        { text: "B".repeat(50), shorter: ["b"] },
        { required: true, text: "FOOTER" },
      ],
      70,
    );
    expect(body).toBe(`GATES\n\n${"A".repeat(50)}\n\nb\n\nFOOTER`);
    expect(fitBody([{ required: true, text: "GATES" }, { text: "X".repeat(100) }], 20)).toBe("GATES");
  });
});

describe("hidden records", () => {
  test("round-trip, and text inside cannot close the HTML comment", () => {
    const value = { reason: "evil --> <b>&</b>", n: 1 };
    const text = `before ${embed("state", value)} after`;
    expect(text).not.toContain("evil -->");
    expect(extract("state", text)).toEqual(value);
    expect(extract("state", "no record")).toBeNull();
    expect(extract("state", "<!-- modelops:state {broken -->")).toBeNull();
  });
});
