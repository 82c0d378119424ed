// The GitHub App permission each REST operation needs, from GitHub's "Permissions required for GitHub Apps"
// pages (the OpenAPI description does not carry them). The simulator refuses a call whose permission the
// installation lacks (403 "Resource not accessible by integration", as GitHub does), and the tests compare
// the permissions the bot actually used with bot/app.yml.
export type Level = "read" | "write";

/** operationId -> permission scope -> level. Operations absent here are refused as unknown to the simulator. */
export const OPERATION_PERMISSIONS: Record<string, Record<string, Level>> = {
  "apps/create-installation-access-token": {},
  "repos/get-content": { contents: "read" },
  "git/get-tree": { contents: "read" },
  "git/create-ref": { contents: "write" },
  "git/get-ref": { contents: "read" },
  "git/get-commit": { contents: "read" },
  "git/create-tree": { contents: "write" },
  "git/create-commit": { contents: "write" },
  "repos/create-dispatch-event": { contents: "write" },
  "pulls/create": { pull_requests: "write" },
  "repos/list-releases": { contents: "read" },
  "repos/create-release": { contents: "write" },
  "repos/update-release": { contents: "write" },
  "repos/upload-release-asset": { contents: "write" },
  "repos/get-release-asset": { contents: "read" },
  "repos/create-deployment": { deployments: "write" },
  "repos/list-deployments": { deployments: "read" },
  "repos/get-deployment": { deployments: "read" },
  "repos/create-deployment-status": { deployments: "write" },
  "repos/list-deployment-statuses": { deployments: "read" },
  "repos/list-pull-requests-associated-with-commit": { contents: "read", pull_requests: "read" },
  "pulls/list": { pull_requests: "read" },
  "pulls/get": { pull_requests: "read" },
  "pulls/list-reviews": { pull_requests: "read" },
  "pulls/list-commits": { pull_requests: "read" },
  // Comments on a pull request: "Issues" or "Pull requests" permission; the bot asks for pull_requests.
  "issues/list-comments": { pull_requests: "read" },
  "issues/create-comment": { pull_requests: "write" },
  "issues/update-comment": { pull_requests: "write" },
  "checks/list-for-ref": { checks: "read" },
  "checks/create": { checks: "write" },
  "checks/update": { checks: "write" },
  "repos/get-collaborator-permission-level": { metadata: "read" },
  "teams/get-membership-for-user-in-org": { members: "read" },
  "actions/list-workflow-run-artifacts": { actions: "read" },
  "actions/download-artifact": { actions: "read" },
  "actions/list-workflow-runs-for-repo": { actions: "read" },
  "actions/re-run-workflow": { actions: "write" },
};

const RANK: Record<string, number> = { read: 1, write: 2, admin: 3 };

/** The permission `granted` lacks for `operationId`, or null when it is covered. */
export function missingPermission(
  operationId: string,
  granted: Record<string, string>,
): { scope: string; level: Level } | null {
  for (const [scope, level] of Object.entries(OPERATION_PERMISSIONS[operationId] ?? {})) {
    if ((RANK[granted[scope] ?? ""] ?? 0) < (RANK[level] ?? 0)) return { scope, level };
  }
  return null;
}

/** The least permissions covering every operation in `operationIds` (metadata: read is always granted). */
export function permissionsFor(operationIds: Iterable<string>): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const id of operationIds) {
    for (const [scope, level] of Object.entries(OPERATION_PERMISSIONS[id] ?? {})) {
      if ((RANK[level] ?? 0) > (RANK[out[scope] ?? ""] ?? 0)) out[scope] = level;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
