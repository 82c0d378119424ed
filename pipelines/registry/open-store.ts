// openModelStore: a registry URI -> the store behind it (MLflow's store-by-URI). Every command that reads or
// writes the registry takes `--registry URI`:
//   fs:PATH or a bare PATH   the embedded fs store (`.modelops/`)
//   github:OWNER/REPO        the github store: token from GITHUB_TOKEN (or GH_TOKEN), or GitHub App
//                            credentials APP_ID + PRIVATE_KEY (or PRIVATE_KEY_PATH), the installation found
//                            on the repository (or GITHUB_APP_INSTALLATION_ID);
//                            API base from GITHUB_API_URL, or GHE_HOST (+ GHE_PROTOCOL) for GitHub Enterprise
// Trusted record signers come from MODELOPS_TRUSTED_KEYS and --trusted-key files; a signer for writes from
// MODELOPS_SIGNING_KEY (or the App's PRIVATE_KEY).
import { readFileSync } from "node:fs";
import { ModelopsError } from "../errors.ts";
import { type GitHubClient, GitHubStore } from "./github-store.ts";
import type { ModelStore } from "./model-store.ts";
import { DEFAULT_REGISTRY_ROOT, Registry } from "./registry.ts";
import { type Signer, signerFromEnv, signerFromPem, trustedKeysFrom } from "./signing.ts";

export interface OpenStoreOptions {
  env?: NodeJS.ProcessEnv;
  /** fs: create the root when absent (default true; read-only commands pass false). */
  create?: boolean;
  /** github: where materialize() caches artifacts. */
  cacheDir?: string;
  /** github: extra trusted public key files (--trusted-key). */
  trustedKeyFiles?: string[];
  /** github: sign writes with this (default: MODELOPS_SIGNING_KEY, else the App's PRIVATE_KEY). */
  signer?: Signer;
  /** github: an authenticated client to use instead of building one (the bot's installation octokit). */
  client?: GitHubClient;
  /** github: give up on a request after this long (default 30 s), so a hung GitHub cannot stall a poller. */
  requestTimeoutMs?: number;
}

const OWNER_REPO_RE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

export type ParsedUri = { kind: "fs"; root: string } | { kind: "github"; owner: string; repo: string };

/** Parses a registry URI; a bad one is one line saying what is accepted. */
export function parseStoreUri(uri: string | undefined): ParsedUri {
  const raw = (uri ?? "").trim() || DEFAULT_REGISTRY_ROOT;
  if (raw.startsWith("github:")) {
    const m = OWNER_REPO_RE.exec(raw.slice("github:".length).replace(/\/+$/, ""));
    if (!m || m[2] === "." || m[2] === "..") {
      throw new ModelopsError(
        `registry "${raw}": expected github:OWNER/REPO (for example github:acme/models)`,
        2,
      );
    }
    return { kind: "github", owner: m[1] as string, repo: m[2] as string };
  }
  if (raw.startsWith("fs:")) {
    const root = raw.slice("fs:".length);
    if (!root) throw new ModelopsError(`registry "${raw}": expected fs:PATH (for example fs:.modelops)`, 2);
    return { kind: "fs", root };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1];
  // A Windows drive letter (C:\...) is a path, not a scheme.
  if (scheme && scheme.length > 1) {
    throw new ModelopsError(
      `registry "${raw}": unknown store "${scheme}:"; use fs:PATH, a folder path, or github:OWNER/REPO`,
      2,
    );
  }
  return { kind: "fs", root: raw };
}

export async function openModelStore(
  uri: string | undefined,
  opts: OpenStoreOptions = {},
): Promise<ModelStore> {
  const parsed = parseStoreUri(uri);
  if (parsed.kind === "fs") return Registry.open(parsed.root, { create: opts.create ?? true });
  return openGitHubStore(parsed.owner, parsed.repo, opts);
}

/** The API base URL: GITHUB_API_URL, else GHE_HOST (GitHub Enterprise, as Probot reads it), else api.github.com. */
export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_API_URL) return env.GITHUB_API_URL.replace(/\/+$/, "");
  if (env.GHE_HOST) return `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}/api/v3`;
  return "https://api.github.com";
}

export async function openGitHubStore(
  owner: string,
  repo: string,
  opts: OpenStoreOptions = {},
): Promise<GitHubStore> {
  const env = opts.env ?? process.env;
  const appKey = appPrivateKey(env);
  const signer =
    opts.signer ?? signerFromEnv(env) ?? (appKey ? signerFromPem(appKey, "PRIVATE_KEY") : undefined);
  const trust = trustedKeysFrom(env, { files: opts.trustedKeyFiles ?? [] });
  const client =
    opts.client ?? (await githubClient(env, appKey, opts.requestTimeoutMs ?? 30_000, owner, repo));
  if (trust.size === 0 && !signer) {
    throw new ModelopsError(
      `github:${owner}/${repo}: no trusted signing keys, so no release would count; set MODELOPS_TRUSTED_KEYS to the bot's or workflow's public key (\`modelops registry public-key --private-key FILE\` prints it) or pass --trusted-key FILE`,
      2,
    );
  }
  return new GitHubStore(client, {
    owner,
    repo,
    trust,
    ...(signer && { signer }),
    ...(opts.cacheDir && { cacheDir: opts.cacheDir }),
  });
}

function appPrivateKey(env: NodeJS.ProcessEnv): string | undefined {
  if (env.PRIVATE_KEY?.trim()) return env.PRIVATE_KEY.replace(/\\n/g, "\n");
  if (!env.PRIVATE_KEY_PATH) return undefined;
  try {
    return readFileSync(env.PRIVATE_KEY_PATH, "utf8");
  } catch (e) {
    throw new ModelopsError(
      `PRIVATE_KEY_PATH: cannot read ${env.PRIVATE_KEY_PATH} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      2,
    );
  }
}

async function githubClient(
  env: NodeJS.ProcessEnv,
  appKey: string | undefined,
  timeoutMs: number,
  owner: string,
  repo: string,
): Promise<GitHubClient> {
  const { ProbotOctokit } = await import("probot");
  // Probot's Octokit: the REST methods, pagination and App authentication. Throttling is left to the caller
  // (the store reports Retry-After in GitHubUnavailable); a request that hangs is abandoned after timeoutMs.
  const timedFetch: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
  const client = (auth: Record<string, unknown>) =>
    new ProbotOctokit({
      auth,
      baseUrl: apiBaseUrl(env),
      throttle: { enabled: false },
      retry: { enabled: false },
      request: { fetch: timedFetch },
    });
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (token) return client({ token }) as unknown as GitHubClient;
  if (env.APP_ID && appKey) {
    const appId = Number(env.APP_ID);
    let installationId = Number(env.GITHUB_APP_INSTALLATION_ID);
    if (!env.GITHUB_APP_INSTALLATION_ID) {
      // The App's installation on this repository, asked as the App.
      try {
        const { data } = await client({ appId, privateKey: appKey }).request(
          "GET /repos/{owner}/{repo}/installation",
          {
            owner,
            repo,
          },
        );
        installationId = data.id;
      } catch (e) {
        throw new ModelopsError(
          `github:${owner}/${repo}: GitHub App ${appId} is not installed on it (${(e as { status?: number }).status ?? (e as Error).message}); install it or set GITHUB_APP_INSTALLATION_ID`,
          2,
        );
      }
    }
    return client({ appId, privateKey: appKey, installationId }) as unknown as GitHubClient;
  }
  throw new ModelopsError(
    "github registry: no credentials; set GITHUB_TOKEN (a token with contents and deployments access), or APP_ID and PRIVATE_KEY (PRIVATE_KEY_PATH) of a GitHub App installed on the repository",
    2,
  );
}
