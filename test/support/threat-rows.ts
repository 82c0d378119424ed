// Lists every row of docs/bot.md's threat tables (a table whose header is `| path | guard | test |`) with
// the tests its last cell names, and checks each exists: the file is there and every quoted test name
// occurs in it (a name ending in "…" is a prefix). Run: `npx tsx test/support/threat-rows.ts` (exit 1 and one
// line per problem when a row names a missing test; `--list` prints every row's file and names). It checks
// that the tests exist, not that they fail without the guard: that is the manual check in docs/bot.md,
// "Re-verifying the threat tables".
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

export interface TestRef {
  file: string;
  names: string[];
}

export interface ThreatRow {
  line: number;
  path: string;
  guard: string;
  test: string;
  tests: TestRef[];
}

/** Cells of a markdown table row, splitting on `|` outside backticks. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let code = false;
  for (const ch of line.trim().replace(/^\|/, "").replace(/\|$/, "")) {
    if (ch === "`") code = !code;
    if (ch === "|" && !code) {
      out.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

/** Each `test/…test.ts` path in the cell with the quoted names that follow it (up to the next path). */
function testsOf(cell: string): TestRef[] {
  const refs: TestRef[] = [];
  const parts = cell.split(/`([^`]+\.test\.ts)`/);
  for (let i = 1; i < parts.length; i += 2) {
    const names = [...(parts[i + 1] ?? "").matchAll(/"([^"]+)"/g)].map((m) =>
      (m[1] ?? "").replace(/\s*(…|\.\.\.)\s*$/, "").replace(/^\s*(…|\.\.\.)\s*/, ""),
    );
    refs.push({ file: parts[i] ?? "", names });
  }
  return refs;
}

/** The threat rows of docs/bot.md: { line, path, guard, tests: [{ file, names }] }. */
export function threatRows(doc = readFileSync(join(root, "docs/bot.md"), "utf8")): ThreatRow[] {
  const rows: ThreatRow[] = [];
  let inTable = false;
  doc.split("\n").forEach((line, index) => {
    if (/^\|\s*path\s*\|\s*guard\s*\|\s*test\s*\|/.test(line)) {
      inTable = true;
      return;
    }
    if (!line.startsWith("|")) {
      inTable = false;
      return;
    }
    if (!inTable || /^\|\s*-/.test(line)) return;
    const [path, guard, test] = cells(line);
    rows.push({
      line: index + 1,
      path: path ?? "",
      guard: guard ?? "",
      test: test ?? "",
      tests: testsOf(test ?? ""),
    });
  });
  return rows;
}

/** Literal strings with a jest placeholder (`test.each` names: "%s", "$label"), as regular expressions. */
function templates(text: string): RegExp[] {
  return [...text.matchAll(/"([^"\n]*(?:%[sdpj]|\$\w+)[^"\n]*)"/g)].map(
    (m) => new RegExp((m[1] ?? "").replace(/[.*+?^{}()|[\]\\]/g, "\\$&").replace(/%[sdpj]|\$\w+/g, ".+")),
  );
}

/** Whether a test named `name` is in `text`; "…" in a name elides words, each piece must be there. */
function named(text: string, name: string): boolean {
  const each = templates(text);
  return name
    .split(/\s*…\s*/)
    .filter(Boolean)
    .every((piece) => text.includes(piece) || each.some((re) => re.test(piece)));
}

/** One line per row whose test is missing: no test file named, a file that is not there, a name not in it. */
export function missingTests(rows: ThreatRow[] = threatRows()): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const where = `docs/bot.md:${row.line} (${row.path.slice(0, 60)})`;
    if (row.tests.length === 0) problems.push(`${where}: names no test file`);
    for (const { file, names } of row.tests) {
      if (!existsSync(join(root, file))) {
        problems.push(`${where}: ${file} does not exist`);
        continue;
      }
      // Test names are string literals; a quote inside one is escaped or the other kind of quote.
      const text = readFileSync(join(root, file), "utf8").replace(/\\(["'`])/g, "$1");
      for (const name of names) {
        if (!named(text, name)) problems.push(`${where}: ${file} has no test named "${name}"`);
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = threatRows();
  if (process.argv.includes("--list")) {
    for (const row of rows) {
      console.log(`docs/bot.md:${row.line}  ${row.path}`);
      for (const { file, names } of row.tests)
        console.log(`    ${file}  ${names.map((n) => `"${n}"`).join(", ")}`);
    }
  }
  const problems = missingTests(rows);
  for (const p of problems) console.error(p);
  console.log(
    `${rows.length} threat rows, ${problems.length} missing test${problems.length === 1 ? "" : "s"}`,
  );
  process.exitCode = problems.length ? 1 : 0;
}
