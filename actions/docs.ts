// The actions' reference, generated from their action.yml files: the README's "GitHub Actions" section and
// the reference part of docs/actions.md, each between its markers. `npm run actions:docs` rewrites both; a
// test fails when either is out of step with the action.yml files.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const STEPS = ["run", "preprocess", "train", "evaluate", "report", "release"] as const;
export const README_MARKERS = ["<!-- actions:start -->", "<!-- actions:end -->"] as const;
export const REFERENCE_MARKERS = [
  "<!-- actions:reference:start -->",
  "<!-- actions:reference:end -->",
] as const;

interface Io {
  description: string;
  default?: string;
}
export interface ActionMeta {
  /** "run", ..., or "modelops" for the root action. */
  name: string;
  uses: string;
  description: string;
  inputs: Record<string, Io>;
  outputs: Record<string, Io>;
}

export async function readActions(): Promise<ActionMeta[]> {
  const read = async (name: string, file: string, uses: string): Promise<ActionMeta> => {
    const meta = parse(await readFile(file, "utf8")) as Omit<ActionMeta, "name" | "uses">;
    return {
      name,
      uses,
      description: meta.description,
      inputs: meta.inputs ?? {},
      outputs: meta.outputs ?? {},
    };
  };
  return [
    await read("modelops", join(ROOT, "action.yml"), "OWNER/modelops@v1"),
    ...(await Promise.all(
      STEPS.map((s) => read(s, join(ROOT, "actions", s, "action.yml"), `OWNER/modelops/actions/${s}@v1`)),
    )),
  ];
}

/** A table cell: pipes escaped, and <model> shown as text rather than taken for an HTML tag. */
const cell = (s: string) =>
  s.replace(/\|/g, "\\|").replace(/\n/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const code = (s: string | undefined) => (s === undefined || s === "" ? "" : `\`${s}\``);

/** The README section: every input and output once, with the steps that have it. */
export function readmeSection(actions: ActionMeta[]): string {
  const steps = actions.filter((a) => a.name !== "modelops");
  const root = actions.find((a) => a.name === "modelops")!;
  const who = (kind: "inputs" | "outputs", key: string) =>
    steps
      .filter((a) => key in a[kind])
      .map((a) => a.name)
      .join(", ") || "root only";
  return [
    "Six actions, one per step, and a root action that runs any of them by `command`:",
    "`uses: OWNER/modelops/actions/<step>@v1` or `uses: OWNER/modelops@v1` with `command: <step>`",
    "(`modelops init` writes a workflow that uses them; [docs/actions.md](docs/actions.md) has the details:",
    "fork safety, caching, artifacts and the metrics.json schema, GPU runners).",
    "",
    "| step | does |",
    "| :--- | :--- |",
    ...steps.map((a) => `| \`${a.name}\` | ${cell(a.description)} |`),
    "",
    "| input | default | steps | description |",
    "| :--- | :--- | :--- | :--- |",
    ...Object.entries(root.inputs).map(
      ([k, v]) => `| \`${k}\` | ${code(v.default)} | ${who("inputs", k)} | ${cell(v.description)} |`,
    ),
    "",
    "| output | steps | description |",
    "| :--- | :--- | :--- |",
    ...Object.entries(root.outputs).map(
      ([k, v]) => `| \`${k}\` | ${who("outputs", k)} | ${cell(v.description)} |`,
    ),
  ].join("\n");
}

/** docs/actions.md's reference: each action's inputs and outputs. */
export function referenceSection(actions: ActionMeta[]): string {
  const parts: string[] = [];
  for (const a of actions) {
    parts.push(`### \`${a.uses}\``, "", cell(a.description), "");
    parts.push("| input | default | description |", "| :--- | :--- | :--- |");
    for (const [k, v] of Object.entries(a.inputs))
      parts.push(`| \`${k}\` | ${code(v.default)} | ${cell(v.description)} |`);
    parts.push("", "| output | description |", "| :--- | :--- |");
    for (const [k, v] of Object.entries(a.outputs)) parts.push(`| \`${k}\` | ${cell(v.description)} |`);
    parts.push("");
  }
  return parts.join("\n").trimEnd();
}

/** The text between a pair of markers, or undefined when the markers are missing. */
export function between(text: string, [start, end]: readonly [string, string]): string | undefined {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return undefined;
  return text
    .slice(i + start.length, j)
    .replace(/^\n/, "")
    .replace(/\n$/, "");
}

function replaceBetween(text: string, markers: readonly [string, string], body: string): string {
  const i = text.indexOf(markers[0]);
  const j = text.indexOf(markers[1]);
  if (i < 0 || j < i) throw new Error(`markers ${markers.join(" ... ")} not found`);
  return `${text.slice(0, i + markers[0].length)}\n${body}\n${text.slice(j)}`;
}

export async function writeDocs(): Promise<void> {
  const actions = await readActions();
  for (const [file, markers, body] of [
    [join(ROOT, "README.md"), README_MARKERS, readmeSection(actions)],
    [join(ROOT, "docs", "actions.md"), REFERENCE_MARKERS, referenceSection(actions)],
  ] as const) {
    await writeFile(file, replaceBetween(await readFile(file, "utf8"), markers, body));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await writeDocs();
