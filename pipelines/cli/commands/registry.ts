// `modelops registry ls|show|history|promote|alias|rollback|public-key`: versions, aliases and their
// history, in any store (`--registry fs:PATH | PATH | github:OWNER/REPO`, pipelines/registry/open-store.ts).
import type { Command } from "commander";
import { ModelopsError } from "../../errors.ts";
import type { ModelStore } from "../../registry/model-store.ts";
import type { AliasEvent, Version } from "../../registry/records.ts";
import type { ModelRecord } from "../../registry/registry.ts";

export interface RegistryCliOptions {
  registry?: string;
  json?: boolean;
  /** github: public key files whose records count (besides MODELOPS_TRUSTED_KEYS). */
  trustedKey?: string[];
}
export interface MoveOptions extends RegistryCliOptions {
  reason?: string;
  actor?: string;
  commit?: string;
  /** false: do not re-hash the target's artifact before moving production to it. */
  verify?: boolean;
}

const DEFAULT_ROOT = ".modelops";

async function open(opts: RegistryCliOptions, create = false): Promise<ModelStore> {
  const { openModelStore } = await import("../../registry/open-store.ts");
  return openModelStore(opts.registry ?? DEFAULT_ROOT, {
    create,
    ...(opts.trustedKey?.length && { trustedKeyFiles: opts.trustedKey }),
  });
}

/** Where the store is, as the user named it (the fs store: its folder). */
function whereOf(store: ModelStore): string {
  return store.uri.startsWith("fs:") ? store.uri.slice("fs:".length) : store.uri;
}

/** The model as one record (versions, aliases, history, traffic), read through the store's interface. */
async function record(store: ModelStore, model: string): Promise<ModelRecord> {
  const versions = await store.listVersions(model);
  if (versions.length === 0) {
    const names = await store.models();
    if (!names.includes(model)) {
      const skipped = store.problems().filter((p) => p.model === model);
      throw new ModelopsError(
        `model ${JSON.stringify(model)} is not in the registry ${whereOf(store)} (${names.length ? `models: ${names.join(", ")}` : "it holds no models yet"})${skipped.length ? `; skipped: ${skipped.map((p) => `${p.where}: ${p.why}`).join("; ")}` : ""}`,
      );
    }
  }
  const traffic = await store.traffic(model);
  return {
    schema: "modelops/registry-model@1",
    model,
    versions,
    aliases: await store.aliases(model),
    history: await store.history(model),
    ...(traffic && { traffic }),
  };
}

/** A compact text table: columns padded to their widest cell, two spaces apart. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return `${[line(headers), ...rows.map(line)].join("\n")}\n`;
}

const v = (n: number | null | undefined) => (n === null || n === undefined ? "-" : `v${n}`);
const when = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, "Z");
const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;

function aliasesOf(rec: ModelRecord, version: number): string[] {
  return Object.entries(rec.aliases)
    .filter(([, n]) => n === version)
    .map(([a]) => a)
    .sort();
}

function metricsText(m: Record<string, number> | undefined): string {
  if (!m) return "";
  return Object.entries(m)
    .map(([k, x]) => `${k}=${typeof x === "number" ? Number(x.toPrecision(4)) : "NaN"}`)
    .join(" ");
}

/** `registry ls`: one line per model. */
export async function listModels(opts: RegistryCliOptions): Promise<string> {
  const reg = await open(opts);
  const recs: ModelRecord[] = [];
  for (const name of await reg.models()) recs.push(await record(reg, name));
  if (opts.json) {
    return json(
      recs.map((r) => ({
        model: r.model,
        versions: r.versions.length,
        aliases: r.aliases,
        latest: r.versions.at(-1) ?? null,
      })),
    );
  }
  if (recs.length === 0) return `registry ${whereOf(reg)} holds no models yet\n`;
  return table(
    ["MODEL", "VERSIONS", "PRODUCTION", "PREVIOUS", "OTHER ALIASES", "LATEST"],
    recs.map((r) => {
      const other = Object.entries(r.aliases)
        .filter(([a]) => a !== "production" && a !== "previous")
        .map(([a, n]) => `${a}=v${n}`)
        .join(",");
      const latest = r.versions.at(-1);
      return [
        r.model,
        String(r.versions.length),
        v(r.aliases.production),
        v(r.aliases.previous),
        other || "-",
        latest ? `${v(latest.version)} ${when(latest.createdAt)}` : "-",
      ];
    }),
  );
}

/** Resolve `3`, `v3` or an alias name to a version of `rec`. */
function pickVersion(rec: ModelRecord, spec: string): Version {
  const m = /^v?(\d+)$/.exec(spec);
  const n = m ? Number(m[1]) : rec.aliases[spec];
  const found = n === undefined ? undefined : rec.versions.find((x) => x.version === n);
  if (!found) {
    const what = m ? `version ${spec}` : `alias ${JSON.stringify(spec)}`;
    throw new ModelopsError(
      `${rec.model} has no ${what} (versions 1-${rec.versions.length}; aliases: ${Object.keys(rec.aliases).join(", ") || "none"})`,
    );
  }
  return found;
}

/** `registry show MODEL [VERSION]`: the versions of a model, or one version (number, vN or alias). */
export async function showModel(
  model: string,
  version: string | undefined,
  opts: RegistryCliOptions,
): Promise<string> {
  const reg = await open(opts);
  const rec = await record(reg, model);
  if (version !== undefined) {
    const ver = pickVersion(rec, version);
    const aliases = aliasesOf(rec, ver.version);
    if (opts.json) return json({ model, ...ver, aliases });
    const lines: [string, string][] = [
      ["model", model],
      ["version", v(ver.version)],
      ["aliases", aliases.join(", ") || "-"],
      ["created", when(ver.createdAt)],
      ["key", ver.key],
      ["digest", ver.digest],
    ];
    if (ver.commit) lines.push(["commit", ver.commit]);
    if (ver.tag) lines.push(["tag", ver.tag]);
    if (ver.source) lines.push(["source", ver.source]);
    for (const [k, x] of Object.entries(ver.metrics ?? {})) lines.push([`metric ${k}`, String(x)]);
    const w = Math.max(...lines.map(([k]) => k.length));
    return `${lines.map(([k, x]) => `${k.padEnd(w)}  ${x}`).join("\n")}\n`;
  }
  if (opts.json) return json({ ...rec, skipped: reg.problems().filter((p) => p.model === model) });
  const skipped = reg
    .problems()
    .filter((p) => p.model === model)
    .map((p) => `skipped ${p.where}: ${p.why}\n`)
    .join("");
  const traffic = rec.traffic
    ? `; canary traffic ${rec.traffic.canaryPercent}% (${rec.traffic.reason}, ${when(rec.traffic.at)})`
    : "";
  const head = `${model}: ${rec.versions.length} version${rec.versions.length === 1 ? "" : "s"}; ${
    Object.entries(rec.aliases)
      .map(([a, n]) => `${a} v${n}`)
      .join(", ") || "no aliases"
  }${traffic}\n`;
  return (
    head +
    skipped +
    table(
      ["VERSION", "ALIASES", "CREATED", "COMMIT", "TAG", "KEY", "DIGEST", "METRICS"],
      [...rec.versions]
        .reverse()
        .map((x) => [
          v(x.version),
          aliasesOf(rec, x.version).join(",") || "-",
          when(x.createdAt),
          x.commit?.slice(0, 7) ?? "-",
          x.tag ?? "-",
          x.key.slice(0, 12),
          x.digest.slice(0, 12),
          metricsText(x.metrics) || "-",
        ]),
    )
  );
}

/** `registry history MODEL`: every alias move, oldest first. */
export async function showHistory(model: string, opts: RegistryCliOptions): Promise<string> {
  const rec = await record(await open(opts), model);
  if (opts.json) return json(rec.history);
  if (rec.history.length === 0) return `${model}: no alias has been set yet\n`;
  return table(
    ["AT", "ALIAS", "FROM", "TO", "ACTOR", "COMMIT", "REASON"],
    rec.history.map((e: AliasEvent) => [
      when(e.at),
      e.alias,
      v(e.from),
      v(e.to),
      e.actor ?? "-",
      e.commit?.slice(0, 7) ?? "-",
      e.reason,
    ]),
  );
}

function actorOf(opts: MoveOptions): string | undefined {
  return opts.actor ?? process.env.GITHUB_ACTOR ?? process.env.USER ?? undefined;
}

function meta(opts: MoveOptions, fallback: string) {
  const actor = actorOf(opts);
  return {
    reason: opts.reason ?? fallback,
    ...(actor !== undefined && { actor }),
    ...(opts.commit !== undefined && { commit: opts.commit }),
  };
}

/** `registry promote MODEL VERSION`: production -> VERSION (previous -> the old production). */
export async function promoteVersion(model: string, version: string, opts: MoveOptions): Promise<string> {
  const reg = await open(opts);
  const rec = await record(reg, model);
  const target = pickVersion(rec, version);
  if (opts.verify !== false) await reg.materialize(model, target.version);
  const events = await reg.setAlias(
    model,
    "production",
    target.version,
    meta(opts, "promoted with modelops registry promote"),
  );
  if (opts.json) return json({ model, production: target.version, events });
  if (events.length === 0) return `${model}: production is already v${target.version}\n`;
  const prod = events.find((e) => e.alias === "production")!;
  const prev = events.find((e) => e.alias === "previous");
  return `${model}: production ${v(prod.from)} -> v${target.version}${prev ? ` (previous ${v(prev.to)})` : ""}\n`;
}

/**
 * `registry alias MODEL ALIAS VERSION` points an alias (canary, staging, ...) at a version;
 * `registry alias MODEL ALIAS --delete` removes it. Both recorded in the history.
 */
export async function moveAlias(
  model: string,
  alias: string,
  version: string | undefined,
  opts: MoveOptions & { delete?: boolean },
): Promise<string> {
  const reg = await open(opts);
  const rec = await record(reg, model);
  if (opts.delete) {
    if (version !== undefined) throw new ModelopsError(`--delete takes no version (got ${version})`, 2);
    if (alias === "production") {
      throw new ModelopsError(`${model}: production cannot be removed; use registry rollback or promote`, 2);
    }
    const events = await reg.deleteAlias(
      model,
      alias,
      meta(opts, `removed with modelops registry alias --delete`),
    );
    if (opts.json) return json({ model, alias, events });
    return events.length === 0
      ? `${model}: no alias ${alias}\n`
      : `${model}: ${alias} ${v(events[0]!.from)} removed\n`;
  }
  if (version === undefined) {
    throw new ModelopsError(
      `registry alias ${model} ${alias}: name a version (number, vN or alias), or pass --delete`,
      2,
    );
  }
  const target = pickVersion(rec, version);
  if (opts.verify !== false) await reg.materialize(model, target.version);
  const events = await reg.setAlias(
    model,
    alias,
    target.version,
    meta(opts, `set with modelops registry alias`),
  );
  if (opts.json) return json({ model, alias, version: target.version, events });
  if (events.length === 0) return `${model}: ${alias} is already v${target.version}\n`;
  const from = events[0]!.from;
  return `${model}: ${alias} ${from === null ? "set to" : `v${from} ->`} v${target.version}\n`;
}

/** `registry rollback MODEL`: production -> previous. */
export async function rollbackModel(model: string, opts: MoveOptions): Promise<string> {
  const reg = await open(opts);
  const rec = await record(reg, model);
  const previous = rec.aliases.previous;
  if (opts.verify !== false && previous !== undefined) {
    if (rec.versions.some((x) => x.version === previous)) await reg.materialize(model, previous);
  }
  const result = await reg.rollback(model, meta(opts, "rolled back with modelops registry rollback"));
  if (opts.json) return json({ model, ...result });
  const prev = result.events.find((e) => e.alias === "previous");
  return `${model}: rolled back production v${result.from} -> v${result.to} (previous ${v(prev?.to)})\n`;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function common(cmd: Command): Command {
  return cmd
    .option("--registry <uri>", "registry: a folder (fs:PATH) or github:OWNER/REPO", DEFAULT_ROOT)
    .option(
      "--trusted-key <file>",
      "github: a public key whose signed records count (repeatable; also MODELOPS_TRUSTED_KEYS)",
      collect,
    )
    .option("--json", "print JSON for scripts");
}

/** `registry public-key --private-key FILE`: the public key (and key id) readers are given to trust. */
export async function publicKey(opts: { privateKey?: string }): Promise<string> {
  const { readFile } = await import("node:fs/promises");
  const { signerFromPem } = await import("../../registry/signing.ts");
  if (!opts.privateKey)
    throw new ModelopsError("registry public-key: pass --private-key FILE (a PEM private key)", 2);
  let pem: string;
  try {
    pem = await readFile(opts.privateKey, "utf8");
  } catch (e) {
    throw new ModelopsError(
      `--private-key ${opts.privateKey}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      2,
    );
  }
  const signer = signerFromPem(pem, `--private-key ${opts.privateKey}`);
  return `# key id ${signer.keyId} (${signer.alg}); give readers this in MODELOPS_TRUSTED_KEYS or --trusted-key\n${signer.publicKeyPem}`;
}

function moving(cmd: Command): Command {
  return common(cmd)
    .option("--reason <text>", "why (recorded in the history)")
    .option("--actor <name>", "who (default: $GITHUB_ACTOR or $USER)")
    .option("--commit <sha>", "the commit this move belongs to")
    .option("--no-verify", "do not re-hash the artifact before moving production to it");
}

const print = (text: string) => {
  process.stdout.write(text);
};

export function register(program: Command): void {
  const registry = program
    .command("registry")
    .description("model versions, aliases (production, previous, ...) and their history");
  common(registry.command("ls").description("list the models, their version counts and aliases")).action(
    async (opts: RegistryCliOptions) => print(await listModels(opts)),
  );
  common(
    registry
      .command("show")
      .description("the versions of a model, or one version (number, vN or an alias)")
      .argument("<model>")
      .argument("[version]"),
  ).action(async (model: string, version: string | undefined, opts: RegistryCliOptions) =>
    print(await showModel(model, version, opts)),
  );
  common(
    registry.command("history").description("every alias move of a model, oldest first").argument("<model>"),
  ).action(async (model: string, opts: RegistryCliOptions) => print(await showHistory(model, opts)));
  moving(
    registry
      .command("promote")
      .description("point production at VERSION; previous keeps the old production")
      .argument("<model>")
      .argument("<version>", "number, vN or an alias"),
  ).action(async (model: string, version: string, opts: MoveOptions) =>
    print(await promoteVersion(model, version, opts)),
  );
  moving(
    registry
      .command("alias")
      .description("point an alias (canary, staging, ...) at a version, or remove it with --delete")
      .argument("<model>")
      .argument("<alias>")
      .argument("[version]", "number, vN or an alias")
      .option("--delete", "remove the alias"),
  ).action(
    async (
      model: string,
      alias: string,
      version: string | undefined,
      opts: MoveOptions & { delete?: boolean },
    ) => print(await moveAlias(model, alias, version, opts)),
  );
  moving(
    registry.command("rollback").description("point production back at previous").argument("<model>"),
  ).action(async (model: string, opts: MoveOptions) => print(await rollbackModel(model, opts)));
  registry
    .command("public-key")
    .description("print the public key of a signing key (what readers of a github registry trust)")
    .option("--private-key <file>", "PEM private key (the GitHub App's key, or MODELOPS_SIGNING_KEY's)")
    .action(async (opts: { privateKey?: string }) => print(await publicKey(opts)));
}
