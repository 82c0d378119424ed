// Mermaid xycharts, which GitHub renders in comments and job summaries: one writer of the chart syntax.

export interface XyChart {
  title: string;
  x: { label: string; values: Array<string | number> };
  /** The y axis; `range` ([lo, hi], already formatted) fixes its ends. */
  y: { label: string; range?: [string, string] };
  /** One line each, values already formatted. */
  lines: Array<Array<string | number>>;
}

export function xychart(c: XyChart): string[] {
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${c.title}"`,
    `  x-axis "${c.x.label}" [${c.x.values.join(", ")}]`,
    `  y-axis "${c.y.label}"${c.y.range ? ` ${c.y.range[0]} --> ${c.y.range[1]}` : ""}`,
    ...c.lines.map((line) => `  line [${line.join(", ")}]`),
    "```",
  ];
}
