// The formatter every report uses (pipelines/format), from a table of cases.
import { describe, expect, test } from "@jest/globals";
import { formatNumber, formatOr, significant, tableCell } from "../../pipelines/format/index.ts";
import { xychart } from "../../pipelines/report/mermaid.ts";

describe("formatNumber", () => {
  test.each([
    [0.123456, 4, "0.1235"],
    [0.87, 4, "0.87"],
    [42, 4, "42"],
    [12345.678, 4, "12346"],
    [-0.000123456, 4, "-0.0001235"],
    [1.23456, 2, "1.2"],
    [Number.NaN, 4, "NaN"],
    [Number.POSITIVE_INFINITY, 4, "Infinity"],
    [Number.NEGATIVE_INFINITY, 4, "-Infinity"],
  ])("%p to %p digits is %p", (x, digits, shown) => {
    expect(formatNumber(x, digits)).toBe(shown);
  });
});

describe("formatOr and significant", () => {
  test.each([
    [0.987654, "—", "0.9877"],
    [undefined, "—", "—"],
    [null, "-", "-"],
    [Number.NaN, "NaN", "NaN"],
    [Number.POSITIVE_INFINITY, "—", "—"],
  ])("%p (missing %p) is %p", (v, missing, shown) => {
    expect(formatOr(v, missing)).toBe(shown);
  });
  test("significant keeps a number", () => {
    expect(significant(0.123456)).toBe(0.1235);
    expect(significant(0.123456, 2)).toBe(0.12);
  });
});

describe("tableCell", () => {
  test.each([
    ["plain", "plain"],
    ["a | b", "a \\| b"],
    ["two\nlines", "two lines"],
    ["crlf\r\nline", "crlf line"],
  ])("%p -> %p", (text, cell) => {
    expect(tableCell(text)).toBe(cell);
  });
});

describe("xychart", () => {
  test("writes Mermaid's xychart-beta with an optional y range", () => {
    expect(
      xychart({
        title: "loss per epoch",
        x: { label: "epoch", values: [1, 2] },
        y: { label: "loss", range: ["0", "1"] },
        lines: [[0.5, 0.25]],
      }),
    ).toEqual([
      "```mermaid",
      "xychart-beta",
      '  title "loss per epoch"',
      '  x-axis "epoch" [1, 2]',
      '  y-axis "loss" 0 --> 1',
      "  line [0.5, 0.25]",
      "```",
    ]);
  });
});
