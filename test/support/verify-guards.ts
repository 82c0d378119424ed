// The guard check of docs/bot.md's threat tables, repeatable: for each entry of guard-edits.json (a row, the
// edits that turn its guard off, the test files and the test names that must then fail), apply the edits
// in a scratch worktree of HEAD, run only those test files, and report which named tests failed. Nothing
// in this checkout changes; the scratch worktree is removed at the end.
//   npx tsx test/support/verify-guards.ts [id ...]     (all entries without ids; one line per test)
// Exit 1 when an edit no longer applies (the guard's code moved: update guard-edits.json) or a named test
// still passes without its guard. Slow (a test file per entry): run it when a guard or its test changes.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface GuardEdit {
  id: string;
  row: string;
  /** [file, the guard's code as it is, the same code with the guard off] */
  edits: [string, string, string][];
  files: string[];
  expect: string[];
}

const root = join(import.meta.dirname, "../..");
const entries = JSON.parse(
  readFileSync(join(import.meta.dirname, "guard-edits.json"), "utf8"),
) as GuardEdit[];
const wanted = new Set(process.argv.slice(2));
const scratch = mkdtempSync(join(tmpdir(), "modelops-guards-"));
const tree = join(scratch, "tree");
execFileSync("git", ["worktree", "add", "--detach", tree, "HEAD"], { cwd: root, stdio: "ignore" });
execFileSync("cp", ["-al", join(root, "node_modules"), tree]);

/** Whether every piece of `name` ("…" elides words) is in one failed test's full name. */
const failedAmong = (failed: string[], name: string) =>
  failed.some((full) =>
    name
      .split(/\s*…\s*/)
      .filter(Boolean)
      .every((piece) => full.includes(piece)),
  );

let problems = 0;
try {
  for (const entry of entries.filter((e) => wanted.size === 0 || wanted.has(e.id))) {
    const missing = entry.edits.find(
      ([file, from]) => !readFileSync(join(tree, file), "utf8").includes(from),
    );
    if (missing) {
      console.log(`${entry.id}: the guard's code is not in ${missing[0]} any more; update guard-edits.json`);
      problems += 1;
      continue;
    }
    for (const [file, from, to] of entry.edits) {
      const path = join(tree, file);
      writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
    }
    const report = join(scratch, `${entry.id}.json`);
    spawnSync("npx", ["jest", "--json", `--outputFile=${report}`, ...entry.files], {
      cwd: tree,
      env: { ...process.env, NODE_OPTIONS: "--experimental-vm-modules --no-warnings" },
      stdio: "ignore",
    });
    let results: {
      numTotalTests: number;
      testResults: { assertionResults: { fullName: string; status: string }[] }[];
    };
    try {
      results = JSON.parse(readFileSync(report, "utf8"));
    } catch {
      console.log(`${entry.id}: jest wrote no report (the test files did not run); run them by hand`);
      problems += 1;
      execFileSync("git", ["checkout", "--", ...new Set(entry.edits.map(([file]) => file))], { cwd: tree });
      continue;
    }
    const failed = results.testResults.flatMap((r) =>
      r.assertionResults.filter((a) => a.status === "failed").map((a) => a.fullName),
    );
    console.log(`${entry.id} (${entry.row}): ${failed.length} of ${results.numTotalTests} tests failed`);
    for (const name of entry.expect) {
      const ok = failedAmong(failed, name);
      if (!ok) problems += 1;
      console.log(`  ${ok ? "fails without the guard" : "STILL PASSES without the guard"}: "${name}"`);
    }
    execFileSync("git", ["checkout", "--", ...new Set(entry.edits.map(([file]) => file))], { cwd: tree });
  }
} finally {
  execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: root, stdio: "ignore" });
  rmSync(scratch, { recursive: true, force: true });
}
console.log(problems === 0 ? "every guard checked is needed by its tests" : `${problems} problem(s)`);
process.exitCode = problems === 0 ? 0 : 1;
