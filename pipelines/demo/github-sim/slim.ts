// github-api.slim.json: what the simulator needs of GitHub's OpenAPI description and webhook examples to run
// where those devDependencies are not installed (the published package): the operations it implements
// (method, path, operationId: routing), the component examples its replies start from, and one webhook
// example per event and action it sends. No schemas: that mode validates nothing, and says so.
// Regenerate after changing the simulator's operations, views or webhooks (a test checks it is current):
//   npx tsx pipelines/demo/github-sim/slim.ts --write
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { SLIM_FILE, type WebhookDefinition } from "./openapi.ts";
import { OPERATIONS } from "./rest.ts";

type Json = Record<string, unknown>;

/** The component examples views.ts starts from. */
export const SLIM_EXAMPLES = [
  "simple-user",
  "full-repository",
  "minimal-repository",
  "pull-request",
  "pull-request-simple-items",
  "commit-items",
];

/** The webhook events webhooks.ts sends. */
export const SLIM_EVENTS = [
  "pull_request",
  "pull_request_review",
  "issue_comment",
  "workflow_run",
  "push",
  "check_run",
  "check_suite",
  "repository_dispatch",
];

const require = createRequire(import.meta.url);

export function buildSlim(): Json {
  const spec = JSON.parse(
    readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.json"), "utf8"),
  ) as Json;
  const implemented = new Set(Object.keys(OPERATIONS));
  const paths: Record<string, Record<string, { operationId: string }>> = {};
  for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, Json>>)) {
    for (const [method, raw] of Object.entries(item)) {
      const operationId = (raw as Json).operationId as string | undefined;
      if (!operationId || !implemented.has(operationId)) continue;
      paths[path] ??= {};
      paths[path][method] = { operationId };
    }
  }
  const all = (spec.components as Json).examples as Record<string, unknown>;
  const examples = Object.fromEntries(SLIM_EXAMPLES.map((name) => [name, all[name]]));
  const definitions = require("@octokit/webhooks-examples") as WebhookDefinition[];
  const webhooks = SLIM_EVENTS.map((name) => {
    const def = definitions.find((d) => d.name === name);
    if (!def) throw new Error(`@octokit/webhooks-examples has no ${name}`);
    const seen = new Set<string | undefined>();
    // The first example of each action: what examplePayload(event, action) picks (the very first too).
    const kept = def.examples.filter((e) => !seen.has(e.action) && seen.add(e.action));
    return { name, examples: kept };
  });
  return { paths, components: { examples }, "x-webhook-examples": webhooks };
}

export const slimText = () => `${JSON.stringify(buildSlim())}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--write")) {
  writeFileSync(SLIM_FILE, slimText());
  console.log(`wrote ${SLIM_FILE}`);
}
