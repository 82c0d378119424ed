// `modelops runs ls|show|compare`: every stored run, released or not, and a comparison of two or more
// (params diff, metric diff, curves). `--json` prints what the UI's pages show.
import type { Command } from "commander";
import { formatNumber } from "../../evaluate/gates.ts";
import type { RunCatalog, RunComparison, RunRow } from "../../runs/index.ts";
import { table } from "./registry.ts";

export interface RunsCliOptions {
  registry: string;
  runs?: string;
  model?: string;
  json?: boolean;
}

const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
const when = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, "Z");
const num = (x: number | null | undefined) => (x === null || x === undefined ? "-" : formatNumber(x));
const val = (x: unknown) =>
  x === null || x === undefined ? "-" : typeof x === "number" ? formatNumber(x, 6) : String(x);

async function open(opts: RunsCliOptions): Promise<RunCatalog> {
  const { openCatalog } = await import("../../runs/open.ts");
  return openCatalog(opts.registry, opts.runs);
}

const released = (r: RunRow) =>
  r.versions.length
    ? `${r.versions.map((n) => `v${n}`).join(",")}${r.aliases.length ? ` (${r.aliases.join(",")})` : ""}`
    : "-";

/** `runs ls [--model M]`: one line per run, newest first. */
export async function listRuns(opts: RunsCliOptions): Promise<string> {
  const { runsView } = await import("../../ui/views.ts");
  const view = await runsView(await open(opts), opts.model);
  if (opts.json) return json(view.runs);
  const varying = [...new Set(Object.values(view.varyingParams).flat())].slice(0, 8);
  if (view.runs.length === 0) return `no stored runs${opts.model ? ` of ${opts.model}` : ""}\n`;
  return table(
    ["RUN", "MODEL", "CREATED", "RELEASED", ...view.metrics.map((m) => m.toUpperCase()), ...varying],
    view.runs.map((r) => [
      r.id,
      r.model,
      when(r.createdAt),
      released(r),
      ...view.metrics.map((m) => num(r.metrics[m])),
      ...varying.map((p) => val(r.params[p])),
    ]),
  );
}

/** `runs show RUN`: one run's record, metrics and params. */
export async function showRun(spec: string, opts: RunsCliOptions): Promise<string> {
  const catalog = await open(opts);
  const run = await catalog.withParams(await catalog.resolve(spec));
  if (opts.json) return json({ ...run, history: (await catalog.history(run)) ?? null });
  const lines: [string, string][] = [
    ["run", run.id],
    ["model", run.model],
    ["created", when(run.createdAt)],
    ["released", released(run)],
    ["key", run.key],
    ["digest", run.digest || "-"],
  ];
  const history = await catalog.history(run);
  if (history)
    lines.push([
      "epochs",
      `${history.epochs.length} (best ${history.bestEpoch}${history.stoppedEarly ? ", stopped early" : ""})`,
    ]);
  if (run.backend) lines.push(["backend", run.backend]);
  if (run.problem) lines.push(["problem", run.problem]);
  for (const [k, x] of Object.entries(run.metrics)) lines.push([`metric ${k}`, num(x)]);
  for (const [k, x] of Object.entries(run.params).sort(([a], [b]) => a.localeCompare(b)))
    lines.push([`param ${k}`, val(x)]);
  const w = Math.max(...lines.map(([k]) => k.length));
  return `${lines.map(([k, x]) => `${k.padEnd(w)}  ${x}`).join("\n")}\n`;
}

/** `runs compare A B [C ...]`: params that differ, every metric with its change against A. */
export async function compare(specs: string[], opts: RunsCliOptions): Promise<string> {
  const { compareSpecs } = await import("../../runs/compare.ts");
  const c: RunComparison = await compareSpecs(await open(opts), specs);
  if (opts.json) return json(c);
  const head = [
    "",
    ...c.runs.map((r) => `${r.id} ${r.model}${r.versions.length ? ` v${r.versions.join(",v")}` : ""}`),
  ];
  const changed = c.params.filter((p) => p.differs);
  const params = changed.length
    ? table(
        ["PARAM", ...head.slice(1)],
        changed.map((p) => [p.name, ...p.values.map(val)]),
      )
    : "same params\n";
  const metrics = table(
    ["METRIC", ...head.slice(1)],
    c.metrics.map((m) => [
      m.name,
      ...m.values.map(
        (x, i) =>
          `${num(x)}${i > 0 && m.deltas[i] !== null ? ` (${m.deltas[i]! >= 0 ? "+" : ""}${num(m.deltas[i])})` : ""}${m.best === i ? " *" : ""}`,
      ),
    ]),
  );
  return `params that differ:\n${params}\nmetrics (change against ${c.runs[0]!.id}; * best):\n${metrics}`;
}

function common(cmd: Command): Command {
  return cmd
    .option("--registry <uri>", "registry store: a folder / fs:PATH, or github:OWNER/REPO", ".modelops")
    .option(
      "--runs <path>",
      "fs registry whose stored runs to read (default: the registry, when it is a folder)",
    )
    .option("--json", "print JSON for scripts (what the UI shows)");
}

const print = (text: string) => {
  process.stdout.write(text);
};

export function register(program: Command): void {
  const runs = program.command("runs").description("every stored run, released or not: list, show, compare");
  common(
    runs
      .command("ls")
      .description("list the stored runs, newest first")
      .option("-m, --model <name>", "only this model's runs"),
  ).action(async (opts: RunsCliOptions) => print(await listRuns(opts)));
  common(
    runs
      .command("show")
      .description("one run: record, metrics, params")
      .argument("<run>", "key prefix or MODEL/vN"),
  ).action(async (spec: string, opts: RunsCliOptions) => print(await showRun(spec, opts)));
  common(
    runs
      .command("compare")
      .description("params diff, metric diff and training curves of two or more runs")
      .argument("<runs...>", "key prefixes or MODEL/vN (two or more)"),
  ).action(async (specs: string[], opts: RunsCliOptions) => {
    if (specs.length < 2) {
      const { ModelopsError } = await import("../../errors.ts");
      throw new ModelopsError("runs compare needs two or more runs (key prefixes or MODEL/vN)", 2);
    }
    print(await compare(specs, opts));
  });
}
