// modelops init: scaffold modelops.yaml, example data and the GitHub Actions workflow in a repository.
import { type Command, Option } from "commander";
import { ModelopsError } from "../../errors.ts";

export function register(program: Command): void {
  program
    .command("init")
    .description(
      "write modelops.yaml, example data and .github/workflows/modelops.yml where they are missing",
    )
    .argument("[dir]", "the repository", ".")
    .option("-c, --config <file>", "modelops.yaml, relative to DIR", "modelops.yaml")
    .option("--runs-on <labels>", "runner labels of the training jobs, comma-separated", "self-hosted,gpu")
    .option("--branch <name>", "default branch that releases (default: origin's, else the current branch)")
    .option("--action <repo@ref>", "where the modelops actions live (default: modelops/modelops@v1)")
    .addOption(
      new Option(
        "--releaser <writer>",
        "who releases merges: bot (the modelops App; default) or workflow (a release job in the workflow)",
      ).choices(["bot", "workflow"]),
    )
    .option("--force", "overwrite an existing .github/workflows/modelops.yml")
    .action(
      async (
        dir: string,
        o: {
          config: string;
          runsOn: string;
          branch?: string;
          action?: string;
          force?: boolean;
          releaser?: "bot" | "workflow";
        },
      ) => {
        const { initProject } = await import("../../scaffold/index.ts");
        const runsOn = o.runsOn
          .split(",")
          .map((l) => l.trim())
          .filter(Boolean);
        if (runsOn.length === 0) throw new ModelopsError("--runs-on needs at least one runner label");
        let action: { actionRepository?: string; actionRef?: string } = {};
        if (o.action) {
          const m = /^([\w.-]+\/[\w.-]+)@([\w./-]+)$/.exec(o.action);
          if (!m)
            throw new ModelopsError(
              `--action ${o.action}: expected OWNER/REPO@REF, e.g. modelops/modelops@v1`,
            );
          action = { actionRepository: m[1]!, actionRef: m[2]! };
        }
        const result = await initProject(dir, {
          config: o.config,
          runsOn,
          force: o.force === true,
          ...(o.releaser && { releaser: o.releaser }),
          ...(o.branch && { defaultBranch: o.branch }),
          ...action,
        });
        for (const f of result.files) console.log(`${f.action.padEnd(9)} ${f.path}`);
        console.log(
          result.releaser === "bot"
            ? "releases: the modelops App (releaser: bot); install it on the repository (docs/bot.md), or run init with --releaser workflow"
            : "releases: the workflow's release job (releaser: workflow; permissions contents: write, pull-requests: read)",
        );
        console.log(
          `next: commit these files; pull requests then train ${result.models.join(", ")} on [${runsOn.join(", ")}] ` +
            `(docs/actions.md). Try it here first: modelops run${result.models.length > 1 ? ` -m ${result.models[0]}` : ""}`,
        );
      },
    );
}
