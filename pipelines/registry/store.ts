// Content-addressed artifact objects: `<root>/objects/<digest>/` holds a run's files plus `manifest.json`,
// and `digest` is the sha256 of the manifest (every file's relative path, sha256 and size). An object is
// written into `<root>/tmp/` and renamed into place, so `objects/` only ever holds complete artifacts.
import { randomBytes } from "node:crypto";
import { copyFile, lstat, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { ModelopsError } from "../errors.ts";
import { makeDirs } from "../make-dirs.ts";
import { errCode, exists, fsyncDir, fsyncFile, hashFile, shown, sweep, writeAtomic } from "./fsutil.ts";
import { canonicalJson, sha256Hex } from "./key.ts";

export const MANIFEST_FILE = "manifest.json";
export const ARTIFACT_SCHEMA = "modelops/artifact@1";

export interface ManifestEntry {
  /** Relative path inside the artifact, `/`-separated. */
  path: string;
  sha256: string;
  size: number;
}
export interface ArtifactManifest {
  schema: typeof ARTIFACT_SCHEMA;
  /** Sorted by path. */
  files: ManifestEntry[];
}
export interface PutResult {
  digest: string;
  /** Where the artifact lives now. */
  dir: string;
  /** true when the store already held this content and nothing was copied. */
  reused: boolean;
  manifest: ArtifactManifest;
}

const DIGEST_RE = /^[0-9a-f]{64}$/;
const TMP_MAX_AGE_MS = 60 * 60 * 1000;

export function manifestDigest(manifest: ArtifactManifest): string {
  return sha256Hex(canonicalJson({ schema: manifest.schema, files: manifest.files }));
}

export class ArtifactStore {
  readonly objectsDir: string;
  readonly tmpDir: string;

  private constructor(readonly root: string) {
    this.objectsDir = path.join(root, "objects");
    this.tmpDir = path.join(root, "tmp");
  }

  /** Open (and create) the store under `root`; removes temp leftovers of writers killed over an hour ago. */
  static async open(root: string): Promise<ArtifactStore> {
    const store = new ArtifactStore(path.resolve(root));
    await makeDirs(store.objectsDir);
    await makeDirs(store.tmpDir);
    await sweep(store.tmpDir, TMP_MAX_AGE_MS);
    return store;
  }

  artifactDir(digest: string): string {
    if (!DIGEST_RE.test(digest)) {
      throw new ModelopsError(`artifact digest "${digest}" is not a sha256 (64 lowercase hex characters)`);
    }
    return path.join(this.objectsDir, digest);
  }

  has(digest: string): Promise<boolean> {
    return exists(path.join(this.artifactDir(digest), MANIFEST_FILE));
  }

  /**
   * Store the regular files under `srcDir` (recursively; a top-level `manifest.json` is ignored, so storing
   * an artifact directory again gives the same digest). `include` limits it to these relative paths (files
   * or folders), e.g. `["model", "metrics.json", "profile.json"]`. Same content -> same digest, no copy.
   */
  async putArtifact(srcDir: string, opts: { include?: string[] } = {}): Promise<PutResult> {
    const src = path.resolve(srcDir);
    const files = await listFiles(src, opts.include);
    if (files.length === 0) {
      throw new ModelopsError(
        `${shown(src)}: no files to store as an artifact (is this the run's output folder?)`,
      );
    }
    const entries: ManifestEntry[] = [];
    for (const rel of files) {
      const h = await hashFile(path.join(src, ...rel.split("/")));
      entries.push({ path: rel, sha256: h.sha256, size: h.size });
    }
    const manifest: ArtifactManifest = { schema: ARTIFACT_SCHEMA, files: entries };
    const digest = manifestDigest(manifest);
    const dir = this.artifactDir(digest);
    if (await this.has(digest)) return { digest, dir, reused: true, manifest };

    const tmp = path.join(this.tmpDir, `put-${process.pid}-${randomBytes(6).toString("hex")}`);
    try {
      await makeDirs(tmp);
      const dirs = new Set<string>();
      for (const e of entries) {
        const to = path.join(tmp, ...e.path.split("/"));
        await makeDirs(path.dirname(to));
        dirs.add(path.dirname(to));
        await copyFile(path.join(src, ...e.path.split("/")), to);
        await fsyncFile(to);
        const copied = await hashFile(to);
        if (copied.sha256 !== e.sha256 || copied.size !== e.size) {
          throw new ModelopsError(
            `${shown(path.join(src, e.path))} changed while it was being stored; wait for the run to finish and store it again`,
          );
        }
      }
      await writeAtomic(path.join(tmp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
      for (const d of dirs) await fsyncDir(d);
      try {
        await rename(tmp, dir);
      } catch (e) {
        // another writer stored the same content first
        if (["EEXIST", "ENOTEMPTY", "EPERM"].includes(errCode(e) ?? "") && (await this.has(digest))) {
          return { digest, dir, reused: true, manifest };
        }
        throw e;
      }
      await fsyncDir(this.objectsDir);
      return { digest, dir, reused: false, manifest };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  async readManifest(digest: string): Promise<ArtifactManifest> {
    const dir = this.artifactDir(digest);
    const file = path.join(dir, MANIFEST_FILE);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      if (errCode(e) === "ENOENT") {
        throw new ModelopsError(
          `artifact ${digest.slice(0, 12)} is not in the store ${shown(this.objectsDir)}; run the pipeline again to rebuild it`,
          1,
        );
      }
      throw e;
    }
    let manifest: ArtifactManifest;
    try {
      manifest = JSON.parse(text) as ArtifactManifest;
    } catch (e) {
      throw new ModelopsError(
        `${shown(file)}: corrupt artifact manifest (${(e as Error).message}); delete ${shown(dir)} and run again to rebuild it`,
        1,
      );
    }
    if (manifest?.schema !== ARTIFACT_SCHEMA || !Array.isArray(manifest.files)) {
      throw new ModelopsError(
        `${shown(file)}: not a modelops artifact manifest (expected schema "${ARTIFACT_SCHEMA}"); delete ${shown(dir)} and run again`,
        1,
      );
    }
    return manifest;
  }

  /**
   * Re-hash every file of an artifact. Throws a ModelopsError (exit 1) naming the first file that was
   * changed, truncated, removed or added, or a manifest that no longer matches the digest.
   */
  async verifyArtifact(digest: string): Promise<ArtifactManifest> {
    const dir = this.artifactDir(digest);
    const manifest = await this.readManifest(digest);
    const fix = `the copy in ${shown(dir)} is corrupt or was tampered with; delete that folder and run the pipeline again`;
    if (manifestDigest(manifest) !== digest) {
      throw new ModelopsError(
        `artifact ${digest.slice(0, 12)}: ${MANIFEST_FILE} does not match the digest; ${fix}`,
        1,
      );
    }
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const f of manifest.files) {
      const file = path.join(dir, ...f.path.split("/"));
      let h: { sha256: string; size: number };
      try {
        h = await hashFile(file);
      } catch (e) {
        if (errCode(e) === "ENOENT") {
          throw new ModelopsError(`artifact ${digest.slice(0, 12)}: ${f.path} is missing; ${fix}`, 1);
        }
        throw e;
      }
      if (h.size !== f.size) {
        throw new ModelopsError(
          `artifact ${digest.slice(0, 12)}: ${f.path} has ${h.size} bytes, expected ${f.size}; ${fix}`,
          1,
        );
      }
      if (h.sha256 !== f.sha256) {
        throw new ModelopsError(
          `artifact ${digest.slice(0, 12)}: ${f.path} was modified (sha256 mismatch); ${fix}`,
          1,
        );
      }
    }
    for (const rel of await listFiles(dir)) {
      if (!listed.has(rel)) {
        throw new ModelopsError(`artifact ${digest.slice(0, 12)}: unexpected file ${rel}; ${fix}`, 1);
      }
    }
    return manifest;
  }
}

/** Regular files under `root`, as sorted `/`-separated relative paths; the top-level manifest.json is left out. */
export async function listFiles(root: string, include?: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const abs = path.join(root, ...rel.split("/").filter(Boolean));
    let st: Awaited<ReturnType<typeof lstat>>;
    try {
      st = await lstat(abs);
    } catch (e) {
      if (errCode(e) === "ENOENT") throw new ModelopsError(`${shown(abs)}: not found; nothing to store`);
      throw e;
    }
    if (st.isDirectory()) {
      for (const name of (await readdir(abs)).sort()) {
        const child = rel ? `${rel}/${name}` : name;
        if (child === MANIFEST_FILE) continue;
        await walk(child);
      }
    } else if (st.isFile()) {
      out.push(rel);
    } else {
      throw new ModelopsError(
        `${shown(abs)}: is a ${st.isSymbolicLink() ? "symbolic link" : "special file"}; an artifact holds regular files only`,
      );
    }
  };
  if (include) {
    for (const inc of include) {
      const rel = inc
        .replace(/\\/g, "/")
        .replace(/^\.\/+/, "")
        .replace(/\/+$/, "");
      if (!rel || rel.split("/").includes("..") || path.isAbsolute(inc)) {
        throw new ModelopsError(`artifact include "${inc}" must be a path inside ${shown(root)}`);
      }
      if (rel === MANIFEST_FILE) continue;
      await walk(rel);
    }
  } else {
    await walk("");
  }
  return [...new Set(out)].sort();
}
