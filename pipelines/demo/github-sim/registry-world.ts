// A simulated GitHub holding a github store (`github:acme/models`): the writer's signing key, a token a
// reader or writer authenticates with, and the environment `openModelStore` reads (GITHUB_TOKEN,
// GITHUB_API_URL, MODELOPS_TRUSTED_KEYS, MODELOPS_SIGNING_KEY). Tests of the store, the CLI and the model
// server following the store share it; `publish` mints a version from files in one call.
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type GitHubStore, manifestOfFiles } from "../../registry/github-store.ts";
import { openGitHubStore } from "../../registry/open-store.ts";
import type { Version } from "../../registry/records.ts";
import { manifestDigest } from "../../registry/store.ts";
import { GitHubSim, type Installation, type SimRepo } from "./index.ts";

export interface KeyPair {
  privateKey: string;
  publicKey: string;
}

const pairs = new Map<string, KeyPair>();

/** A key pair per label (RSA like a GitHub App's, or Ed25519), made once per process. */
export function keyPair(label: string, type: "rsa" | "ed25519" = "ed25519"): KeyPair {
  let pair = pairs.get(`${label}/${type}`);
  if (!pair) {
    pair =
      type === "rsa"
        ? generateKeyPairSync("rsa", {
            modulusLength: 2048,
            publicKeyEncoding: { type: "spki", format: "pem" },
            privateKeyEncoding: { type: "pkcs8", format: "pem" },
          })
        : generateKeyPairSync("ed25519", {
            publicKeyEncoding: { type: "spki", format: "pem" },
            privateKeyEncoding: { type: "pkcs8", format: "pem" },
          });
    pairs.set(`${label}/${type}`, pair);
  }
  return pair;
}

export interface RegistryWorld {
  sim: GitHubSim;
  repo: SimRepo;
  installation: Installation;
  /** The writer's key (trusted by every reader of this world). */
  signing: KeyPair;
  /** A scratch folder removed by close() (caches live under it). */
  dir: string;
  /** The environment of a reader (no signing key): token, API URL, trusted keys. */
  readerEnv: NodeJS.ProcessEnv;
  /** The environment of a writer: a reader's plus MODELOPS_SIGNING_KEY. */
  writerEnv: NodeJS.ProcessEnv;
  /** A store on acme/models; `writer: true` signs with the world's key. Each has its own cache folder. */
  store(opts?: {
    writer?: boolean;
    env?: NodeJS.ProcessEnv;
    requestTimeoutMs?: number;
  }): Promise<GitHubStore>;
  /** Mints the next version of `model` from `files` (a writer store) and, unless `alias` is null, moves it. */
  publish(
    model: string,
    files: Record<string, string | Buffer>,
    opts?: { key?: string; alias?: string | null; reason?: string },
  ): Promise<Version>;
  close(): Promise<void>;
}

/** The GitHub App permissions a registry writer needs. */
export const STORE_PERMISSIONS = { contents: "write", deployments: "write", metadata: "read" };

export async function startRegistryWorld(
  opts: { permissions?: Record<string, string> } = {},
): Promise<RegistryWorld> {
  const sim = await GitHubSim.start();
  if (!sim.validating) throw new Error("the GitHub simulator is not validating against @octokit/openapi");
  const app = sim.app({
    id: 5151,
    slug: "modelops-store",
    publicKey: keyPair("store-app", "rsa").publicKey,
    webhookSecret: "unused",
    permissions: opts.permissions ?? STORE_PERMISSIONS,
    events: [],
  });
  sim.org("acme");
  const repo = sim.repo("acme/models", { files: { "README.md": "models\n" } });
  const installation = sim.install(app, "acme", async () => undefined);
  const token = sim.installationToken(installation);
  const signing = keyPair("store-writer");
  const dir = await mkdtemp(path.join(tmpdir(), "modelops-ghstore-"));
  const readerEnv: NodeJS.ProcessEnv = {
    GITHUB_TOKEN: token,
    GITHUB_API_URL: sim.urls.api,
    MODELOPS_TRUSTED_KEYS: signing.publicKey,
  };
  const writerEnv: NodeJS.ProcessEnv = { ...readerEnv, MODELOPS_SIGNING_KEY: signing.privateKey };
  let caches = 0;
  const world: RegistryWorld = {
    sim,
    repo,
    installation,
    signing,
    dir,
    readerEnv,
    writerEnv,
    store: (opts = {}) =>
      openGitHubStore("acme", "models", {
        env: opts.env ?? (opts.writer ? writerEnv : readerEnv),
        cacheDir: path.join(dir, `cache-${++caches}`),
        ...(opts.requestTimeoutMs && { requestTimeoutMs: opts.requestTimeoutMs }),
      }),
    async publish(model, files, opts = {}) {
      const store = await world.store({ writer: true });
      const map = new Map(
        Object.entries(files).map(([p, d]) => [p, Buffer.isBuffer(d) ? d : Buffer.from(d)]),
      );
      const digest = manifestDigest(manifestOfFiles(map));
      const v = await store.createVersion(model, {
        key: opts.key ?? digest,
        digest,
        commit: repo.defaultHead.sha,
        files: map,
      });
      if (opts.alias !== null) {
        await store.setAlias(model, opts.alias ?? "production", v.version, { reason: opts.reason ?? "test" });
      }
      return v;
    },
    async close() {
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return world;
}
