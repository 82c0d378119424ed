// GitHub mode of the release Action with the workflow as the release writer: what releaseHead decided in the
// runner's registry folder is written to the registry of record, the github store of the repository
// (`github:OWNER/REPO`), signed with the workflow's key, so model servers following that store see it.
// - released: a signed release `<model>/vN` (record + the run's artifact files) and a signed deployment of
//   production (or canary) to it; inputs the store already has a version of are a move back, not a mint;
// - rolled-back: production moves to the earlier version by a signed deployment (no new version), under the
//   rollback rule the bot applies (pipelines/registry/rollback-rule.ts).
import { ModelopsError } from "../../pipelines/errors.ts";
import type { ReleaseOutcome, ReviewSource } from "../../pipelines/gitops/release.ts";
import { type PromotionPolicy, revertPolicy, revertReviewed } from "../../pipelines/promotion/index.ts";
import type { GitHubStore } from "../../pipelines/registry/github-store.ts";
import type { Registry, Version } from "../../pipelines/registry/index.ts";
import { decideRollback } from "../../pipelines/registry/rollback-rule.ts";
import { type Signer, signerFromPem } from "../../pipelines/registry/signing.ts";

/** The line a missing signing key fails with: how to make one and what servers must trust. */
export const MISSING_SIGNING_KEY =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the user writes, not a template.
  "signing-key: the workflow releases into the github store and must sign what it writes, but no key was given; create one with `openssl genpkey -algorithm ed25519 -out modelops-signing.pem`, store it as the secret MODELOPS_SIGNING_KEY (signing-key: ${{ secrets.MODELOPS_SIGNING_KEY }}), and have model servers trust its public half (`modelops registry public-key --private-key modelops-signing.pem` into MODELOPS_TRUSTED_KEYS)";

/** The workflow's signer from the `signing-key` input, else MODELOPS_SIGNING_KEY; missing is one line. */
export function workflowSigner(input: string, env: NodeJS.ProcessEnv = process.env): Signer {
  const pem = (input || env.MODELOPS_SIGNING_KEY || "").replace(/\\n/g, "\n").trim();
  if (!pem || pem.startsWith("${{")) throw new ModelopsError(MISSING_SIGNING_KEY);
  return signerFromPem(`${pem}\n`, "signing-key");
}

export interface StoreWrite {
  model: string;
  /** released / rolled-back in the store, or blocked with the reason (the step fails). */
  action: "released" | "rolled-back" | "unchanged" | "blocked";
  version?: number;
  tag?: string;
  reason: string;
}

export interface PublishContext {
  store: GitHubStore;
  registry: Registry;
  /** The merge's reviews (a revert reviewed like a release may waive the rollback rule's conditions). */
  reviews: ReviewSource;
  head: { sha: string; parents: string[]; subject: string };
  /** The promotion policy of each model on the default branch before the push. */
  policyOf: (model: string) => Promise<PromotionPolicy>;
  actor?: string;
  log: (line: string) => void;
}

/** Writes each outcome releaseHead reached into the github store; blocked outcomes write nothing. */
export async function publishToGitHub(outcomes: ReleaseOutcome[], c: PublishContext): Promise<StoreWrite[]> {
  const writes: StoreWrite[] = [];
  for (const o of outcomes) {
    if (o.action === "blocked" || o.version === undefined) continue;
    writes.push(await publishOne(o, c));
  }
  return writes;
}

async function publishOne(o: ReleaseOutcome, c: PublishContext): Promise<StoreWrite> {
  const { store, registry } = c;
  const local = await registry.getVersion(o.model, o.version!);
  if (!local)
    throw new ModelopsError(`${o.model}: v${o.version} is missing from the runner's registry folder`);
  const alias =
    (await registry.resolveAlias(o.model, "canary"))?.version === local.version ? "canary" : "production";
  const existing = await store.findVersionByKey(o.model, o.key);
  const current = await store.resolveAlias(o.model, alias);
  if (existing && current?.version === existing.version) {
    return {
      model: o.model,
      action: "unchanged",
      version: existing.version,
      tag: tagOf(o.model, existing),
      reason: `${store.uri}: ${alias} is already v${existing.version}`,
    };
  }
  if (existing) return moveBack(o, existing, c);
  if (o.action === "rolled-back") {
    return {
      model: o.model,
      action: "blocked",
      reason: `${store.uri} holds no version with ${o.model}'s inputs (key ${o.key.slice(0, 12)}); production there stays ${current ? `v${current.version}` : "unset"} (the earlier version was released before the workflow wrote to the store: release it again through a reviewed pull request)`,
    };
  }
  const approvers = o.check?.approvals.approvers ?? [];
  const created = await store.createVersion(o.model, {
    key: o.key,
    digest: local.digest,
    commit: c.head.sha,
    ...(local.metrics && { metrics: local.metrics }),
    source: local.source ?? `${c.head.sha.slice(0, 7)} ${c.head.subject}`,
    ...(o.check && { measured: o.check.commit, approvers }),
    artifactDir: registry.artifactDir(local.digest),
  });
  const tag = tagOf(o.model, created);
  await store.setAlias(o.model, alias, created.version, {
    reason: `release ${tag} (${c.head.sha.slice(0, 7)} ${c.head.subject})`,
    ...(c.actor && { actor: c.actor }),
    commit: c.head.sha,
  });
  c.log(`${o.model}: ${store.uri}: released ${tag}, ${alias} -> v${created.version} (signed)`);
  return {
    model: o.model,
    action: "released",
    version: created.version,
    tag,
    reason: `${alias} -> v${created.version}`,
  };
}

async function moveBack(o: ReleaseOutcome, target: Version, c: PublishContext): Promise<StoreWrite> {
  const decision = decideRollback({
    target,
    history: await c.store.history(o.model),
    revertApproved: await revertApproved(o.model, c),
  });
  if (!decision.allowed) {
    return {
      model: o.model,
      action: "blocked",
      reason: `${c.store.uri}: production not moved back to v${target.version}: ${decision.reasons.join("; ")}`,
    };
  }
  await c.store.setAlias(o.model, "production", target.version, {
    reason: `${c.head.sha.slice(0, 7)} restores the inputs of ${tagOf(o.model, target)} (${c.head.subject})`,
    ...(c.actor && { actor: c.actor }),
    commit: c.head.sha,
    kind: "rollback",
  });
  c.log(`${o.model}: ${c.store.uri}: production -> v${target.version} (${decision.because})`);
  return {
    model: o.model,
    action: "rolled-back",
    version: target.version,
    tag: tagOf(o.model, target),
    reason: decision.because,
  };
}

/** A revert merged as a pull request: its head (the merge's second parent) and the reviews of it. */
async function revertApproved(model: string, c: PublishContext): Promise<boolean> {
  const candidate = c.head.parents[1];
  if (!candidate) return false;
  const policy = await c.policyOf(model);
  const reviews = await c.reviews.reviewsOf({ merge: c.head.sha, candidate, policy: revertPolicy(policy) });
  if ("refused" in reviews) return false;
  return revertReviewed({ ...reviews, policy, measured: candidate, author: reviews.author });
}

const tagOf = (model: string, v: Version) => v.tag ?? `${model}/v${v.version}`;
