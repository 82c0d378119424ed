// commandsBot (Probot's unit pattern against the simulator) and its parser.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { Probot } from "probot";
import { parseCommand } from "../../bot/commands.ts";
import { modelopsApp } from "../../bot/index.ts";
import type { Pull } from "../../pipelines/demo/github-sim/index.ts";
import { APP_ID, key, runArtifact, startWorld, TestOctokit, type World } from "../support/bot-harness.ts";

describe("parseCommand", () => {
  test("reads the first /modelops line, with or without arguments", () => {
    expect(parseCommand("LGTM\n/modelops override  latency wins \nthanks")).toEqual({
      name: "override",
      args: "latency wins",
    });
    expect(parseCommand("/modelops")).toEqual({ name: "help", args: "" });
    expect(parseCommand("/modelops EXPLAIN iris")).toEqual({ name: "explain", args: "iris" });
  });

  test("ignores quotes and mentions in the middle of a line", () => {
    expect(parseCommand("> /modelops override quoted")).toBeNull();
    expect(parseCommand("run /modelops retrain later")).toBeNull();
    expect(parseCommand("/modelopsx retrain")).toBeNull();
  });
});

describe("commands on a pull request", () => {
  let w: World;
  let pr: Pull;
  beforeAll(async () => {
    w = await startWorld({ mode: "receive" });
    ({ pr } = await w.repo.openPullRequest({
      author: "ada",
      branch: "c",
      title: "Change",
      files: { "c.txt": "1" },
    }));
    await w.repo.completeWorkflowRun(pr, { artifacts: [await runArtifact({ key: key("c") })] });
  });
  afterAll(async () => {
    expect(w.sim.violations).toEqual([]);
    expect(w.sim.responseViolations).toEqual([]);
    await w.close();
  });

  const replies = (id: number) =>
    w.repo.botComments(pr).filter((c) => c.body.includes(`<!-- modelops:reply-to ${id} -->`));

  test("/modelops help lists the commands", async () => {
    const { comment } = await w.repo.comment(pr, "outsider", "/modelops help");
    expect(replies(comment.id)[0]?.body).toContain("| `/modelops retrain [model]` |");
  });

  test("a comment answered once is not answered again when GitHub redelivers it to another process", async () => {
    const { comment, deliveries } = await w.repo.comment(
      pr,
      "boss",
      "/modelops override urgent fix for a customer",
    );
    expect(replies(comment.id)).toHaveLength(1);
    expect(w.repo.check(pr.headSha, "modelops/iris")?.conclusion).toBe("success");
    const before = w.sim.snapshot();
    // A fresh Probot instance: no memory of the delivery, so only the reply marker prevents a second answer.
    const probot = new Probot({
      appId: APP_ID,
      privateKey: w.privateKey,
      baseUrl: w.sim.urls.api,
      Octokit: TestOctokit,
      logLevel: "fatal",
    });
    await probot.load(modelopsApp({ appId: APP_ID }));
    const d = deliveries[0] as NonNullable<(typeof deliveries)[0]>;
    await probot.receive({ id: d.id, name: "issue_comment", payload: d.payload } as Parameters<
      Probot["receive"]
    >[0]);
    expect(w.sim.snapshot()).toBe(before);
    expect(replies(comment.id)).toHaveLength(1);
  });

  test("the override names the model when one is given", async () => {
    const { comment } = await w.repo.comment(
      pr,
      "boss",
      "/modelops override iris because the test set changed",
    );
    expect(replies(comment.id)[0]?.body).toContain(
      "Override recorded by @boss: “because the test set changed”",
    );
    expect(w.repo.check(pr.headSha, "modelops/iris")?.output.title).toBe(
      "Overridden by @boss: because the test set changed",
    );
  });

  test("an override reason cannot break out of the record it is stored in", async () => {
    await w.repo.comment(pr, "boss", "/modelops override a --> <script>x</script> & more");
    const check = w.repo.check(pr.headSha, "modelops/iris");
    expect(check?.output.text).toContain(
      "a --\\u003e \\u003cscript\\u003ex\\u003c/script\\u003e \\u0026 more",
    );
    expect(check?.conclusion).toBe("success");
  });

  test("the bot does not answer its own comments, nor comments without a command", async () => {
    const own = await w.repo.comment(pr, "modelops[bot]", "/modelops help");
    const plain = await w.repo.comment(pr, "ada", "Looks good to me");
    expect(replies(own.comment.id)).toEqual([]);
    expect(replies(plain.comment.id)).toEqual([]);
  });
});
