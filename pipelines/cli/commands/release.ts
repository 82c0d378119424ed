// Local GitOps commands: record a review approval, and release what the default branch's HEAD holds.
import type { Command } from "commander";
import { getModel, loadConfig } from "../../config/index.ts";
import { ModelopsError } from "../../errors.ts";
import { recordApproval } from "../../gitops/approvals.ts";
import { git } from "../../gitops/git.ts";
import { signApproval } from "../../gitops/signing.ts";
import { registryRootFor } from "../context.ts";

export function register(program: Command): void {
  registerApprove(program);
  registerRelease(program);
}

function registerApprove(program: Command): void {
  program
    .command("approve")
    .description("record a reviewer's approval of the exact commit whose metrics they saw (local mode)")
    .requiredOption("-m, --model <name>", "model the approval is for")
    .requiredOption("--reviewer <name>", "who approves")
    .option("--commit <rev>", "commit that was measured", "HEAD")
    .option("-c, --config <file>", "modelops.yaml", "modelops.yaml")
    .option("--registry <dir>", "registry (default: .modelops beside modelops.yaml)")
    .option(
      "--sign-key <file>",
      "SSH private key to sign the approval with (required when the default branch has .github/modelops-allowed-signers)",
    )
    .action(
      async (o: {
        model: string;
        reviewer: string;
        commit: string;
        config: string;
        registry?: string;
        signKey?: string;
      }) => {
        const loaded = await loadConfig(o.config);
        getModel(loaded, o.model);
        const commit = await git(loaded.dir, ["rev-parse", "--verify", `${o.commit}^{commit}`]);
        const approval = { model: o.model, commit, reviewer: o.reviewer };
        const signature = o.signKey ? await signApproval(approval, o.signKey) : undefined;
        await recordApproval(registryRootFor(loaded.file, o.registry), {
          ...approval,
          ...(signature && { signature }),
        });
        console.log(
          `${o.model}: ${o.reviewer} approved ${commit.slice(0, 7)}${signature ? " (signed)" : ""}`,
        );
      },
    );
}

function registerRelease(program: Command): void {
  program
    .command("release")
    .description("on the default branch: release models whose inputs changed, roll back on a revert")
    .option("-c, --config <file>", "modelops.yaml", "modelops.yaml")
    .option("--registry <dir>", "registry (default: .modelops beside modelops.yaml)")
    .option("--runs <dir>", "where release runs are written", "runs")
    .option("--json", "print the outcomes as JSON")
    .action(async (o: { config: string; registry?: string; runs: string; json?: boolean }) => {
      const { releaseHead, assertReleasable } = await import("../../gitops/release.ts");
      const { Registry } = await import("../../registry/index.ts");
      const loaded = await loadConfig(o.config);
      const repoDir = await git(loaded.dir, ["rev-parse", "--show-toplevel"]).catch(() => {
        throw new ModelopsError(
          `${loaded.dir}: not inside a git repository (modelops release reads the commit history)`,
        );
      });
      // One writer per repository (pipelines/gitops/releaser.ts): with the bot as the writer, nothing.
      const { releaserForPush, stepAsideLine } = await import("../../gitops/releaser.ts");
      const writer = await releaserForPush(repoDir);
      if (writer.releaser !== "workflow") {
        // --json: an empty list on stdout for scripts, the reason on stderr.
        if (o.json) console.log("[]");
        (o.json ? console.error : console.log)(stepAsideLine(writer, "modelops release"));
        return;
      }
      const registryRoot = registryRootFor(loaded.file, o.registry);
      const registry = await Registry.open(registryRoot);
      const outcomes = await releaseHead({
        repoDir,
        config: loaded,
        registry,
        registryRoot,
        runsDir: o.runs,
      });
      if (o.json)
        console.log(
          JSON.stringify(
            outcomes.map(({ check, ...rest }) => ({ ...rest, passed: check?.passed })),
            null,
            2,
          ),
        );
      else {
        for (const r of outcomes) {
          const what =
            r.action === "released" || r.action === "rolled-back" ? `${r.action} ${r.tag}` : r.action;
          console.log(
            `${r.model}: ${what} (${r.reason}${r.trained ? "" : ", no retraining"}, ${r.seconds}s)`,
          );
        }
      }
      assertReleasable(outcomes);
    });
}
