// A small GitHub REST server on 127.0.0.1 for the fork rule: the pull request (head sha, labels) and
// collaborator permissions, as a test sets them. Every request must match a GET operation of GitHub's
// OpenAPI description (@octokit/openapi), or the test that made it fails.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

let templates: RegExp[] | undefined;
function operations(): RegExp[] {
  if (!templates) {
    const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
    const spec = JSON.parse(readFileSync(file, "utf8")) as OpenApi;
    templates = Object.entries(spec.paths)
      .filter(([, ops]) => "get" in ops)
      .map(([path]) => new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`));
  }
  return templates;
}

export interface FakeRepo {
  pulls: Record<number, { headSha: string; labels: string[] }>;
  permissions: Record<string, "admin" | "maintain" | "write" | "triage" | "read" | "none">;
}

export interface ApiServer {
  url: string;
  requests: string[];
  violations: string[];
  close(): Promise<void>;
}

export async function startApi(repository: string, state: FakeRepo): Promise<ApiServer> {
  const requests: string[] = [];
  const violations: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    requests.push(`${req.method} ${path}`);
    if (req.method !== "GET" || !operations().some((t) => t.test(path))) {
      violations.push(`${req.method} ${path} is not a GET operation of the GitHub REST API`);
    }
    if (!/^(token|Bearer) \S+/.test(req.headers.authorization ?? "")) violations.push(`${path}: no token`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const pull = new RegExp(`^/repos/${repository}/pulls/(\\d+)$`).exec(path);
    if (pull) {
      const pr = state.pulls[Number(pull[1])];
      if (!pr) return send(404, { message: "Not Found" });
      return send(200, {
        number: Number(pull[1]),
        state: "open",
        head: { sha: pr.headSha },
        labels: pr.labels.map((name, id) => ({ id, name })),
      });
    }
    const perm = new RegExp(`^/repos/${repository}/collaborators/([^/]+)/permission$`).exec(path);
    if (perm) {
      const role = state.permissions[decodeURIComponent(perm[1]!)] ?? "none";
      // The REST API folds maintain into write and triage into read in `permission`; role_name keeps it.
      const permission = role === "maintain" ? "write" : role === "triage" ? "read" : role;
      return send(200, { permission, role_name: role, user: { login: perm[1] } });
    }
    send(404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
