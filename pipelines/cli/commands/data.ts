// `modelops data ...`: profile a file (streaming), infer a data schema, drift between two profiles or data
// files, and add a file to the data store behind a pointer (like `dvc add`).
import type { Command } from "commander";
import { type ModelOptions, withModelOptions } from "../context.ts";

export function register(program: Command): void {
  const data = program.command("data").description("profiles, data schemas, drift and data pointer files");
  registerProfile(data);
  registerDrift(data);
  registerAdd(data);
}

function registerProfile(data: Command): void {
  data
    .command("profile <file>")
    .description("profile a CSV/TSV file without loading it (exact counts and moments, sampled quantiles)")
    .option("--delimiter <char>", "field delimiter (default: , or tab for .tsv)")
    .option("-o, --out <file>", "write the profile JSON here")
    .option(
      "--json",
      "with -o: print what was written as JSON instead of a line (without -o the profile is JSON)",
    )
    .action(async (file: string, options: { delimiter?: string; out?: string; json?: boolean }) => {
      // the profile module alone: no tfjs, no Parquet reader, so memory stays the file's working set
      const { profileDelimitedFile } = await import("../../data/profile.ts");
      const { writeFile } = await import("node:fs/promises");
      const delimiter = options.delimiter ?? (file.endsWith(".tsv") ? "\t" : ",");
      const profile = await profileDelimitedFile(file, { delimiter, displayPath: file });
      const text = `${JSON.stringify(profile, null, 2)}\n`;
      if (options.out) {
        await writeFile(options.out, text);
        const summary = { file, rows: profile.rows.raw, columns: profile.columns.length, out: options.out };
        if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else console.log(`${file}: ${summary.rows} rows, ${summary.columns} columns; wrote ${options.out}`);
      } else process.stdout.write(text);
    });

  withModelOptions(
    data
      .command("schema")
      .description(
        "infer a data schema (types, required columns, ranges, domains) from a model's training data",
      ),
    { out: false },
  )
    .option("-o, --out <file>", "write the schema here (commit it and set data.schema to it)")
    .action(async (options: ModelOptions & { out?: string }) => {
      const { resolveModel } = await import("../context.ts");
      const { inferSchema, profileTable, readSource, schemaText } = await import("../../data/index.ts");
      const { writeFile } = await import("node:fs/promises");
      const { ref } = await resolveModel(options);
      const { table } = await readSource(ref.configDir, ref.config.data.train, "data.train.path");
      const schema = inferSchema(profileTable(table));
      const text = schemaText(schema);
      if (options.out) {
        await writeFile(options.out, text);
        console.log(`${ref.name}: schema of ${schema.columns.length} columns; wrote ${options.out}`);
      } else process.stdout.write(text);
    });
}

function registerDrift(data: Command): void {
  data
    .command("drift <reference> <current>")
    .description(
      "drift between two profiles (profile.json) or two data files (.csv, .tsv, .jsonl, .parquet); exit 1 on dataset drift",
    )
    .option("--method <method>", "auto, ks, chisquare, wasserstein, jensenshannon or psi", "auto")
    .option("--threshold <x>", "distance threshold", "0.1")
    .option("--p-value <p>", "significance before Bonferroni", "0.05")
    .option("--share <x>", "share of drifted columns for dataset drift", "0.5")
    .option("--json", "print the report as JSON")
    .action(
      async (
        reference: string,
        current: string,
        options: { method: string; threshold: string; pValue: string; share: string; json?: boolean },
      ) => {
        const { driftFiles, formatDrift } = await import("./data-drift.ts");
        const report = await driftFiles(reference, current, {
          method: options.method as "auto",
          threshold: Number(options.threshold),
          pValue: Number(options.pValue),
          share: Number(options.share),
        });
        if (options.json) console.log(JSON.stringify(report, null, 2));
        else for (const line of formatDrift(report)) console.log(line);
        if (report.datasetDrift) {
          const { ModelopsError } = await import("../../errors.ts");
          throw new ModelopsError(
            `dataset drift: ${report.drifted} of ${report.total} columns drifted (${(report.share * 100).toFixed(0)}% >= ${(report.shareThreshold * 100).toFixed(0)}%)`,
            1,
          );
        }
      },
    );
}

function registerAdd(data: Command): void {
  data
    .command("add <file>")
    .description(
      "move a data file out of git: store it by sha256 in the data store and write FILE.ptr to commit instead",
    )
    .option("-c, --config <file>", "modelops.yaml (the store is .modelops/data beside it)", "modelops.yaml")
    .action(async (file: string, options: { config: string }) => {
      const { addToStore } = await import("../../data/index.ts");
      const { dirname, resolve, relative } = await import("node:path");
      const added = await addToStore(file, dirname(resolve(options.config)));
      console.log(
        `${file}: ${added.pointer.size} bytes, sha256 ${added.pointer.sha256.slice(0, 12)}; stored in ${relative(process.cwd(), added.stored)}; wrote ${relative(process.cwd(), added.pointerFile)} (commit it${added.ignored ? `; ${file} added to .gitignore` : ""}) and point data.*.path at it`,
      );
    });
}
