// Training progress on a terminal (a pseudo-terminal from util-linux's `script`): one bar, log lines above
// it, and the summary on a line of its own; in a log (no terminal), plain epoch lines and no bar.
import { spawnSync } from "node:child_process";
import { expect, test } from "@jest/globals";
import { MODELOPS_CLI } from "../support/cli.ts";
import { makeRepo } from "../support/repo.ts";

const CLI = MODELOPS_CLI;
const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TERM: "xterm" };

const ESC = String.fromCharCode(27);
const MODES = new RegExp(`${ESC}\\[\\?\\d+[hl]|${ESC}\\[0K`, "g");
const LINE_START = new RegExp(`\r|${ESC}\\[1G`);

/** What a terminal shows: each carriage return or cursor-to-column-1 starts the line over. */
function screen(raw: string): string[] {
  const lines: string[] = [];
  for (const line of raw.replace(/\r\n/g, "\n").split("\n")) {
    const parts = line.replace(MODES, "").split(LINE_START);
    lines.push(parts.filter((p) => p !== "").at(-1) ?? "");
  }
  return lines.filter((l) => l !== "");
}

test("on a terminal: one bar, the log above it, the summary on its own line", async () => {
  const { dir } = await makeRepo();
  const r = spawnSync(
    "script",
    ["-qec", `"${process.execPath}" "${CLI}" train -m iris -o out`, "/dev/null"],
    {
      cwd: dir,
      env,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  expect(r.status).toBe(0);
  const shown = screen(r.stdout);
  const bars = shown.filter((l) => l.includes("batch "));
  expect(bars).toEqual([
    expect.stringMatching(/^iris \S{20} epoch 15\/15 batch (\d+)\/\1 loss \d\.\d{4} ETA \w+$/),
  ]);
  expect(shown.at(-1)).toMatch(/^iris: 15 epochs on (wasm|cpu) in /);
  expect(shown.indexOf(bars[0]!)).toBe(shown.length - 2);
  expect(shown[0]).toMatch(/^backend: /);
});

test("in a log: epoch lines, no bar, the summary on stdout", async () => {
  const { dir } = await makeRepo();
  const r = spawnSync(process.execPath, [CLI, "train", "-m", "iris", "-o", "out"], {
    cwd: dir,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.status).toBe(0);
  expect(r.stderr.includes("\r") || r.stderr.includes(ESC)).toBe(false);
  expect(r.stderr).toContain("iris epoch 15/15 loss ");
  expect(r.stdout).toMatch(/^iris: 15 epochs on (wasm|cpu) in .*\n$/);
});
