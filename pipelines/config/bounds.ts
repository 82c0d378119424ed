// Limits checked before (and right after) a config is parsed, so a hostile or broken file costs bounded time
// and gives a few clear lines: a size cap, a nesting cap, `__proto__` keys, duplicate keys in linear time.
// Every walk here is iterative: a recursive one is exactly what a deep file overflows.
import { CST, type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, Parser } from "yaml";
import type { ConfigIssue } from "./issues.ts";
import { formatPath } from "./issues.ts";
import type { YamlLocator } from "./locate.ts";

/** modelops.yaml describes models, not data: 1 MiB is hundreds of models (the examples are under 4 KiB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** The deepest real config path is under 10 levels (models.m.model.layers[0].conv2d.kernelSize[0]). */
export const MAX_NESTING = 64;

const NESTING_HINT = `nested deeper than ${MAX_NESTING} levels; modelops.yaml needs far fewer (look for an unclosed bracket or a runaway indentation)`;

/** `bytes` over the cap is an issue; `cutShort`: reading stopped at the cap, so the size is only a floor. */
export function sizeIssue(file: string, bytes: number, cutShort = false): ConfigIssue | undefined {
  if (bytes <= MAX_CONFIG_BYTES) return undefined;
  const max = MAX_CONFIG_BYTES / (1024 * 1024);
  const size = cutShort ? `over ${max}` : (bytes / (1024 * 1024)).toFixed(1);
  return {
    file,
    line: 0,
    column: 0,
    path: "",
    message: `is ${size} MiB; a config file may be at most ${max} MiB (keep data out of modelops.yaml)`,
  };
}

interface CstItem {
  key?: unknown;
  value?: unknown;
}

interface CstToken {
  type: string;
  offset: number;
  value?: unknown;
  items?: CstItem[];
  start?: { source?: string };
}

function cstKey(key: unknown): string {
  const scalar = key ? CST.resolveAsScalar(key as CST.FlowScalar) : null;
  return scalar ? String(scalar.value) : "?";
}

/** The children of a CST token (the parser's own tree, built without recursion) with their path segment. */
function cstChildren(token: CstToken): Array<{ token: CstToken; seg?: PropertyKey }> {
  if (token.type === "document") return token.value ? [{ token: token.value as CstToken }] : [];
  if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") return [];
  const isSequence = token.type === "block-seq" || token.start?.source === "[";
  return (token.items ?? []).flatMap((item, i) => {
    if (!item.value || typeof item.value !== "object") return [];
    return [{ token: item.value as CstToken, seg: isSequence && !item.key ? i : cstKey(item.key) }];
  });
}

/**
 * The first collection nested deeper than MAX_NESTING, found on yaml's concrete syntax tree (its parser keeps
 * an explicit stack, so 10,000 levels are just a long walk, where composing them overflows the call stack).
 */
export function nestingIssue(file: string, source: string): ConfigIssue | undefined {
  const lines = new LineCounter();
  const stack: Array<{ token: CstToken; path: PropertyKey[] }> = [];
  for (const doc of new Parser(lines.addNewLine).parse(source))
    stack.push({ token: doc as CstToken, path: [] });
  while (stack.length) {
    const { token, path } = stack.pop()!;
    if (path.length >= MAX_NESTING && cstChildren(token).length) {
      const { line, col } = lines.linePos(token.offset);
      return { file, line, column: col, path: formatPath(path), message: NESTING_HINT };
    }
    for (const child of cstChildren(token)) {
      stack.push({ token: child.token, path: child.seg === undefined ? path : [...path, child.seg] });
    }
  }
  return undefined;
}

/** Whether plain data (after aliases are expanded) nests deeper than MAX_NESTING. */
export function dataTooDeep(data: unknown): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth + 1 > MAX_NESTING) return true;
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

export function aliasNestingIssue(file: string): ConfigIssue {
  return { file, line: 1, column: 1, path: "", message: `${NESTING_HINT} once its aliases are expanded` };
}

export const PROTO_KEY_MESSAGE =
  'the key "__proto__" is not allowed (JavaScript objects cannot hold it); rename or remove it';

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? "" : undefined;
}

/**
 * `__proto__` keys (a JavaScript object silently drops them: a model named so would vanish) and duplicate
 * keys (yaml's own check compares every pair: 60,000 keys took a minute; this one keeps a set per mapping).
 */
export function keyIssues(file: string, doc: Document, locator: YamlLocator): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seenNodes = new Set<Node>();
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: doc.contents, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (isAlias(node) || !node || seenNodes.has(node as Node)) continue;
    seenNodes.add(node as Node);
    if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) stack.push({ node: item, path: [...path, i] });
    }
    if (!isMap(node)) continue;
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = keyString(pair.key);
      if (key === undefined) continue;
      const at = (pair.key as Node | null)?.range?.[0] ?? node.range?.[0] ?? 0;
      const where = { file, ...locator.position(at), path: formatPath([...path, key]) };
      if (key === "__proto__") {
        issues.push({
          ...where,
          message: PROTO_KEY_MESSAGE,
        });
      } else if (seen.has(key)) {
        issues.push({
          ...where,
          message: `YAML syntax error: duplicate key ${JSON.stringify(key)}: a key may appear only once in a mapping`,
        });
      }
      seen.add(key);
      stack.push({ node: pair.value, path: [...path, key] });
    }
  }
  return issues;
}
