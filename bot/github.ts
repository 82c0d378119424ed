// Typed GitHub helpers the feature handlers share. Every call goes through the installation's Octokit
// (`octokit.rest.*`, checked at compile time against GitHub's OpenAPI types), with Probot's retry and
// throttling plugins in front.
import type { ProbotOctokit } from "probot";
import { rawContentOrNull } from "../pipelines/gitops/github-contents.ts";

export type Octokit = InstanceType<typeof ProbotOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export type PullRequest = Awaited<ReturnType<Octokit["rest"]["pulls"]["get"]>>["data"];
export type CheckRun = Awaited<
  ReturnType<Octokit["rest"]["checks"]["listForRef"]>
>["data"]["check_runs"][number];
export type IssueComment = Awaited<ReturnType<Octokit["rest"]["issues"]["listComments"]>>["data"][number];
export type Release = Awaited<ReturnType<Octokit["rest"]["repos"]["listReleases"]>>["data"][number];

/** What the handlers need to know about the app they run as. */
export interface BotOptions {
  /** The GitHub App's id: the bot recognises its own comments and check runs by it. */
  appId: number;
  /** The App's private key (PEM): the bot signs registry records with it (bot/registry.ts). */
  privateKey?: string;
  /** Where MODELOPS_TRUSTED_KEYS is read (other signers whose records count: a release workflow's key). */
  env?: NodeJS.ProcessEnv;
}

/** The permission a user has on the repository: admin, maintain, write, triage, read or none. */
export async function roleOf(octokit: Octokit, repo: RepoRef, username: string): Promise<string> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    return data.role_name || data.permission;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return "none";
    throw error;
  }
}

/** Whether `username` is an active member of team `slug` (`org/slug`, or a team of the repository owner). */
export async function inTeam(
  octokit: Octokit,
  repo: RepoRef,
  team: string,
  username: string,
): Promise<boolean> {
  const [org, slug] = team.includes("/") ? (team.split("/", 2) as [string, string]) : [repo.owner, team];
  try {
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username });
    return data.state === "active";
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/** The pull request, as GitHub has it now (payloads can be older than the state). */
export async function getPull(octokit: Octokit, repo: RepoRef, number: number): Promise<PullRequest> {
  return (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data;
}

/** A file of the repository at `ref` (default branch when absent); null when it does not exist. */
export async function readFile(
  octokit: Octokit,
  repo: RepoRef,
  path: string,
  ref?: string,
): Promise<string | null> {
  return rawContentOrNull(() =>
    octokit.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}), mediaType: { format: "raw" } }),
  );
}

export const short = (sha: string) => sha.slice(0, 7);

/** Bytes of a download (Octokit returns an ArrayBuffer for binary media types). */
export function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === "string") return Buffer.from(data);
  throw new Error(`unexpected download body (${typeof data})`);
}
