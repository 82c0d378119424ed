import { describe, expect, test } from "@jest/globals";
import { reportError } from "../../pipelines/cli/main.ts";
import { ConfigError } from "../../pipelines/config/index.ts";
import { ModelopsError } from "../../pipelines/errors.ts";

function report(error: unknown, debug = false): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = reportError(error, debug, (line) => lines.push(line));
  return { code, lines };
}

describe("CLI error handling", () => {
  test("a ModelopsError is one line with its exit code", () => {
    expect(report(new ModelopsError("gate accuracy failed: 0.8 < 0.9", 1))).toEqual({
      code: 1,
      lines: ["modelops: error: gate accuracy failed: 0.8 < 0.9"],
    });
  });

  test("a ConfigError prints each issue as it is, exit 2", () => {
    const issue = { file: "modelops.yaml", line: 3, column: 5, path: "models.iris.task", message: "bad" };
    expect(report(new ConfigError([issue, { ...issue, line: 1, path: "version" }]))).toEqual({
      code: 2,
      lines: ["modelops.yaml:1:5: version: bad", "modelops.yaml:3:5: models.iris.task: bad"],
    });
  });

  test("any other error is an internal error, exit 70, stack only with --debug", () => {
    const plain = report(new TypeError("x is undefined"));
    expect(plain).toEqual({
      code: 70,
      lines: ["modelops: internal error: x is undefined (run with --debug for the stack trace)"],
    });
    const debug = report(new TypeError("x is undefined"), true);
    expect(debug.code).toBe(70);
    expect(debug.lines.join("\n")).toContain("    at ");
  });
});

describe("file-system errors about a path the user gave", () => {
  const fsError = (code: string, syscall: string, path: string) =>
    Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path, errno: -2 });

  test("are usage errors, exit 2, one line naming the path, the problem and the fix", () => {
    expect(report(fsError("ENOENT", "open", "out/rules.yaml"))).toEqual({
      code: 2,
      lines: [
        "modelops: error: out/rules.yaml: no such file or folder (open); check the path; a file is written only into a folder that exists",
      ],
    });
    expect(report(fsError("EACCES", "mkdir", "/etc/modelops")).lines).toEqual([
      "modelops: error: /etc/modelops: permission denied (mkdir); choose a path you can write to, or fix its permissions",
    ]);
  });

  test("other errors with a code stay internal errors", () => {
    expect(report(fsError("ECONNRESET", "read", "socket")).code).toBe(70);
    expect(report(Object.assign(new Error("boom"), { code: "ENOENT" })).code).toBe(70);
  });
});
