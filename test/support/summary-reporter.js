// Closing lines any CI log reader can parse: the ten slowest test files with their times, then, LAST,
// "tests: N passed, N failed[, N skipped]".
import { relative } from "node:path";

const SLOWEST = 10;

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const files = results.testResults
      .map((r) => ({
        file: relative(process.cwd(), r.testFilePath),
        ms: r.perfStats.runtime ?? r.perfStats.end - r.perfStats.start,
      }))
      .filter((f) => Number.isFinite(f.ms))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SLOWEST);
    const width = Math.max(0, ...files.map((f) => f.file.length));
    const lines = files.length
      ? [
          `slowest ${files.length} test file${files.length === 1 ? "" : "s"}:`,
          ...files.map((f) => `  ${f.file.padEnd(width)}  ${(f.ms / 1000).toFixed(1).padStart(6)} s`),
        ]
      : [];
    lines.push(
      `tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
    );
    // Jest's own summary is written after every reporter's onRunComplete; print ours last, at exit.
    process.once("exit", () => process.stdout.write(`\n${lines.join("\n")}\n`));
  }
}
