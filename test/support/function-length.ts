// Lists every function in pipelines/, bot/ and actions/ longer than MAX_LINES lines (docs/ARCHITECTURE.md,
// "Structure check"). A function may be longer when a comment right above it says why, starting with
// "long:" (numeric kernels unrolled for speed). Exits 1 when any is listed.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const MAX_LINES = 80;
const ROOTS = ["pipelines", "bot", "actions"];
const JUSTIFIED = /\/\/\s*long:|\/\*+\s*long:/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function nameOf(node: ts.Node, file: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(file);
  if (ts.isVariableDeclaration(node.parent)) return node.parent.name.getText(file);
  if (ts.isPropertyAssignment(node.parent)) return node.parent.name.getText(file);
  if (ts.isCallExpression(node.parent))
    return `(callback of ${node.parent.expression.getText(file).replace(/\s+/g, "").slice(0, 40)})`;
  return "(anonymous)";
}

function justified(node: ts.Node, file: ts.SourceFile): boolean {
  // The comment may stand above the function or above the statement that holds it.
  for (let at: ts.Node | undefined = node; at && !ts.isSourceFile(at); at = at.parent) {
    const comments = ts.getLeadingCommentRanges(file.text, at.getFullStart()) ?? [];
    if (comments.some((range) => JUSTIFIED.test(file.text.slice(range.pos, range.end)))) return true;
    if (ts.isStatement(at) || ts.isClassElement(at)) break;
  }
  return false;
}

type Finding = { where: string; name: string; lines: number };

function longFunctions(path: string): Finding[] {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const lines = end - start + 1;
      if (lines > MAX_LINES && !justified(node, file)) {
        found.push({ where: `${relative(process.cwd(), path)}:${start}`, name: nameOf(node, file), lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const findings = ROOTS.flatMap(sourceFiles)
  .filter((path) => !path.includes("/github-sim/openapi"))
  .flatMap(longFunctions);
for (const { where, name, lines } of findings) console.log(`${where} ${name}: ${lines} lines`);
console.log(
  findings.length === 0
    ? `function length: none over ${MAX_LINES} lines`
    : `function length: ${findings.length} functions over ${MAX_LINES} lines (split them, or justify with a "// long:" comment above)`,
);
process.exitCode = findings.length === 0 ? 0 : 1;
