// Finds where a key path lives in the YAML source, so every problem can name its file:line:col.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
} from "yaml";

export interface Position {
  line: number;
  column: number;
}

interface Step {
  /** The value node at this depth (null for an empty value). */
  node: Node | null;
  /** The key node that leads to it, when it is a mapping entry. */
  key: Node | null;
}

export interface Located {
  /** How many segments of the path were found in the document. */
  depth: number;
  /** Value node of the deepest segment found. */
  node: Node | null;
  /** Its key node, when it is a mapping entry. */
  key: Node | null;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key))
    return typeof key.value === "symbol" ? (key.source ?? String(key.value)) : String(key.value);
  if (key === null || key === undefined) return "";
  return undefined;
}

export class YamlLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  position(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  private deref(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  private readonly pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  /** A mapping's entries by key (the first of duplicates), built once: locating 60,000 keys stays linear. */
  private pairsOf(map: YAMLMap): Map<string, Pair> {
    let index = this.pairIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const text = keyText(p.key);
        if (text !== undefined && !index.has(text)) index.set(text, p as Pair);
      }
      this.pairIndex.set(map, index);
    }
    return index;
  }

  /** The entry `key` of a mapping, looking through `<<: *anchor` merges to where the entry is written. */
  private findPair(map: YAMLMap, key: string, depth = 0): Pair | undefined {
    const own = this.pairsOf(map).get(key);
    if (own || depth > 20) return own;
    for (const p of map.items) {
      if (keyText(p.key) !== "<<") continue;
      const value = this.deref(p.value);
      const sources = isSeq(value) ? value.items.map((i) => this.deref(i)) : [value];
      for (const source of sources) {
        const found = isMap(source) ? this.findPair(source, key, depth + 1) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  }

  private trail(path: readonly PropertyKey[]): Step[] {
    const steps: Step[] = [{ node: (this.doc.contents as Node | null) ?? null, key: null }];
    for (const seg of path) {
      const current = this.deref(steps[steps.length - 1]?.node);
      if (isMap(current)) {
        const pair = this.findPair(current, String(seg));
        if (!pair) break;
        steps.push({ node: (pair.value as Node | null) ?? null, key: (pair.key as Node | null) ?? null });
      } else if (isSeq(current) && /^\d+$/.test(String(seg))) {
        const item = current.items[Number(seg)];
        if (item === undefined) break;
        steps.push({ node: (item as Node | null) ?? null, key: null });
      } else {
        break;
      }
    }
    return steps;
  }

  /** The deepest node of `path` present in the document (the root when nothing matches). */
  locate(path: readonly PropertyKey[]): Located {
    const steps = this.trail(path);
    const last = steps[steps.length - 1]!;
    return { depth: steps.length - 1, node: last.node, key: last.key };
  }

  private start(node: Node | null | undefined): Position | undefined {
    const range = node?.range;
    return range ? this.position(range[0]) : undefined;
  }

  private isEmpty(node: Node | null): boolean {
    return node === null || (isScalar(node) && node.value === null && !node.source);
  }

  /** Where the value at `path` starts; its key when the value is empty; the nearest ancestor when absent. */
  valuePosition(path: readonly PropertyKey[]): Position {
    const { node, key } = this.locate(path);
    const at = this.isEmpty(node) ? (this.start(key) ?? this.start(node)) : this.start(node);
    return at ?? { line: 1, column: 1 };
  }

  /**
   * Where the key of `path` is: for an unknown key, and for a mapping that lacks a key (its own key `data:`
   * reads best). List items and the root have no key: their value position.
   */
  keyPosition(path: readonly PropertyKey[]): Position {
    const found = this.locate(path);
    if (found.depth === path.length && found.key) return this.start(found.key) ?? this.valuePosition(path);
    return this.valuePosition(path);
  }

  /** The key path of the deepest entry that contains `offset` (used to name the place of a syntax error). */
  pathAt(offset: number): PropertyKey[] {
    return this.walkTo(offset).path;
  }

  /**
   * Where the flow collection (`[`, `{`) or quoted string that contains `offset` was opened: an unclosed
   * bracket or quote is reported by the parser where it gave up, but fixed where it was opened.
   */
  openerAt(offset: number): { position: Position; path: PropertyKey[] } | undefined {
    const { path, nodes } = this.walkTo(offset);
    const openers = nodes.filter(
      ({ node: n }) =>
        ((isMap(n) || isSeq(n)) && n.flow === true) ||
        (isScalar(n) && (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE")),
    );
    const innermost = openers[openers.length - 1];
    const range = innermost?.node.range;
    if (!innermost || !range || range[0] >= offset) return undefined;
    return { position: this.position(range[0]), path: path.slice(0, innermost.depth) };
  }

  private walkTo(offset: number): { path: PropertyKey[]; nodes: Array<{ node: Node; depth: number }> } {
    const path: PropertyKey[] = [];
    const nodes: Array<{ node: Node; depth: number }> = [];
    let current: unknown = this.doc.contents;
    const within = (node: unknown, end: 1 | 2 = 2): boolean => {
      const range = (node as Node | null)?.range;
      return !!range && offset >= range[0] && offset <= range[end];
    };
    for (let guard = 0; guard < 1000; guard++) {
      current = this.deref(current);
      if (within(current)) nodes.push({ node: current as Node, depth: path.length });
      if (isMap(current)) {
        const pair = current.items.find(
          (p) => isPair(p) && (within(p.key, 1) || (within(p.value) && !this.isEmpty(p.value as Node))),
        );
        if (!pair) break;
        const key = keyText(pair.key);
        if (key === undefined) break;
        path.push(key);
        if (within(pair.key, 1)) break;
        current = pair.value;
      } else if (isSeq(current)) {
        const index = current.items.findIndex((item) => within(item));
        if (index < 0) break;
        path.push(index);
        current = current.items[index];
      } else {
        break;
      }
    }
    return { path, nodes };
  }
}

export interface ParsedYaml {
  doc: Document;
  locator: YamlLocator;
}

/** Parses YAML keeping node ranges and a line counter, so positions can be reported. */
export function parseYaml(source: string): ParsedYaml {
  const lines = new LineCounter();
  // Duplicate keys are found by bounds.ts in linear time; yaml's own check compares every pair of keys.
  const doc = parseDocument(source, {
    lineCounter: lines,
    prettyErrors: true,
    merge: true,
    uniqueKeys: false,
  });
  return { doc, locator: new YamlLocator(doc, lines) };
}

const cache = new WeakMap<object, YamlLocator>();

/** The locator of the source an object (a LoadedConfig) was parsed from; parsed again when not known. */
export function locatorOf(owner: object & { source: string }): YamlLocator {
  let locator = cache.get(owner);
  if (!locator) {
    locator = parseYaml(owner.source).locator;
    cache.set(owner, locator);
  }
  return locator;
}

export function rememberLocator(owner: object, locator: YamlLocator): void {
  cache.set(owner, locator);
}
