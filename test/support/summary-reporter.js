// Prints one plain closing line, "tests: N passed, N failed[, N skipped]", that any CI log reader can parse.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
    // Jest's own summary is written after every reporter's onRunComplete; print ours last, at exit.
    process.once("exit", () => process.stdout.write(`\n${line}\n`));
  }
}
