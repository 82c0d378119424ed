// docs/bot.md's threat tables stay true: every row names a test file that exists and test names that are
// in it (test/support/threat-rows.ts). Whether each test fails without its guard is the manual check in
// docs/bot.md, "Re-verifying the threat tables".
import { expect, test } from "@jest/globals";
import { missingTests, threatRows } from "../support/threat-rows.ts";

test("every threat row of docs/bot.md names tests that exist under those names", () => {
  const rows = threatRows();
  expect(rows.length).toBeGreaterThan(30);
  expect(rows.filter((r) => r.tests.length === 0).map((r) => r.path)).toEqual([]);
  expect(missingTests(rows)).toEqual([]);
});

test("a row naming a test that is not there is reported with its line", () => {
  const doc = [
    "| path | guard | test |",
    "| --- | --- | --- |",
    '| a hole | a guard | `test/bot/queue.test.ts` "no test is called this" |',
    "| another hole | a guard | none |",
  ].join("\n");
  expect(missingTests(threatRows(doc))).toEqual([
    'docs/bot.md:3 (a hole): test/bot/queue.test.ts has no test named "no test is called this"',
    "docs/bot.md:4 (another hole): names no test file",
  ]);
});
