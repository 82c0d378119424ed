// `modelops deploy render`: Dockerfile, a Kustomize base (server and bot) and the nginx gateway config, from
// modelops.yaml's deploy sections.
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { type Command, InvalidArgumentError } from "commander";
import { makeDirs } from "../../make-dirs.ts";
import { stopSignal } from "../../stop-signal.ts";
import { integer } from "../option-parsers.ts";

export interface RenderCommandOptions {
  config: string;
  out: string;
  name: string;
  image?: string;
  port: number;
  replicas: number;
  maxReplicas: number;
  namespace?: string;
  stable?: string[];
  canary?: string[];
  listen: string;
  /** github:OWNER/REPO the pods follow; default: the config's git remote `origin` on GitHub. */
  registry?: string;
  githubApiUrl?: string;
  tokenSecret?: string;
  trustedKey?: string[];
  cacheSize?: string;
  split?: "server" | "gateway";
  splitFile?: string;
  ingressHost?: string;
  ingressClass?: string;
  botImage?: string;
}

function hostPort(value: string, previous: string[] | undefined): string[] {
  if (!/^[A-Za-z0-9.[\]:_-]+:\d{1,5}$/.test(value)) {
    throw new InvalidArgumentError(`"${value}" is not host:port (for example 10.0.0.7:8501)`);
  }
  return [...(previous ?? []), value];
}

function kubernetesName(value: string): string {
  if (!/^[a-z0-9]([a-z0-9-]{0,40}[a-z0-9])?$/.test(value)) {
    throw new InvalidArgumentError(
      "must be lowercase letters, digits and - (a Kubernetes name), at most 42 characters",
    );
  }
  return value;
}

function dnsName(value: string): string {
  // an Ingress rule's host: a DNS name, lowercase, optionally with one leading wildcard label
  if (!/^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(value)) {
    throw new InvalidArgumentError(`"${value}" is not a lowercase DNS name (for example models.example.com)`);
  }
  return value;
}

export function register(program: Command): void {
  const deploy = program.command("deploy").description("deployment files for the model server");
  registerRender(deploy);
  registerGateway(deploy);
}

function registerRender(deploy: Command): void {
  const render = deploy
    .command("render")
    .description(
      "write a Dockerfile, a Kustomize base (the server's Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget, ServiceMonitor, optional Ingress; the bot's Deployment, Service, Secret template) and an nginx gateway config",
    )
    .option("-c, --config <file>", "modelops.yaml to read", "modelops.yaml")
    .option("-o, --out <dir>", "folder to write into", "deploy")
    .option("--name <name>", "name of the Kubernetes objects and nginx upstreams", kubernetesName, "modelops")
    .option("--image <image>", "server container image (default: <name>-server:latest)")
    .option("--port <port>", "the server's port", integer("--port", 1, 65535), 8501)
    .option(
      "--replicas <n>",
      "replicas of the stable pool (autoscaler minimum)",
      integer("--replicas", 1, 1000),
      2,
    )
    .option("--max-replicas <n>", "autoscaler maximum", integer("--max-replicas", 1, 1000), 10)
    .option("--namespace <ns>", "Kubernetes namespace", kubernetesName)
    .option(
      "--stable <host:port>",
      "a stable upstream server, repeatable (default: the stable Service)",
      hostPort,
    )
    .option(
      "--canary <host:port>",
      "a canary upstream server, repeatable (default: the canary Service)",
      hostPort,
    )
    .option("--listen <address>", "what the nginx gateway listens on", "8080");
  renderPodOptions(render);
  renderRoutingOptions(render);
  render.action(async (opts: RenderCommandOptions) => {
    for (const line of await renderCommand(opts)) console.log(line);
  });
}

/** What the pods are given: the store they follow, its token, the keys they trust, their cache. */
function renderPodOptions(render: Command): void {
  render
    .option(
      "--registry <github:OWNER/REPO>",
      "the github store the servers follow (default: the repository of git remote origin)",
    )
    .option("--github-api-url <url>", "GitHub Enterprise API URL (GITHUB_API_URL in the pods)")
    .option(
      "--token-secret <name>",
      "the Secret holding the GitHub token under key `token` (default: <name>-github)",
      kubernetesName,
    )
    .option(
      "--trusted-key <file>",
      "a public signing key the servers trust (into a ConfigMap), repeatable",
      (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
    )
    .option("--cache-size <quantity>", "size limit of each pod's artifact cache volume", "2Gi");
}

/** How traffic reaches the pods: who splits the canary, the Ingress, and the bot beside them. */
function renderRoutingOptions(render: Command): void {
  render
    .option(
      "--split <who>",
      "who splits canary traffic: server (each replica, by the share in the store) or gateway (nginx between a stable and a canary pool; `modelops deploy gateway` keeps its share on the store's)",
      (v: string) => {
        if (v !== "server" && v !== "gateway") throw new InvalidArgumentError("expected server or gateway");
        return v;
      },
      "server",
    )
    .option(
      "--split-file <path>",
      "with --split gateway: where nginx includes the split file from (relative: nginx's config folder)",
      "modelops-split.conf",
    )
    .option("--ingress-host <host>", "also write an Ingress for this host to the stable Service", dnsName)
    .option(
      "--ingress-class <class>",
      "the Ingress's ingressClassName (default: the cluster's default)",
      kubernetesName,
    )
    .option(
      "--bot-image <image>",
      "the bot's container image (default: the server's image, running `modelops bot`)",
    );
}

function registerGateway(deploy: Command): void {
  deploy
    .command("gateway")
    .description(
      "keep the nginx gateway's canary split (deploy render --split gateway) on the share in the store: rewrite the split file and reload nginx when a rollout moves it; runs until SIGINT/SIGTERM",
    )
    .option("-c, --config <file>", "modelops.yaml to read", "modelops.yaml")
    .requiredOption("--registry <uri>", "the store the rollout writes to (github:OWNER/REPO, or a folder)")
    .requiredOption("--split-file <path>", "the split file nginx includes (written by deploy render)")
    .option("--name <name>", "the --name given to deploy render", kubernetesName, "modelops")
    .option("--reload-command <command>", "what reloads nginx after a rewrite", "nginx -s reload")
    .option(
      "--poll-ms <ms>",
      "how often the store's change signal is read",
      integer("--poll-ms", 10, 3_600_000),
    )
    .action(async (opts: GatewayCommandOptions) => {
      await gatewayCommand(opts);
    });
}

export interface GatewayCommandOptions {
  config: string;
  registry: string;
  splitFile: string;
  name: string;
  reloadCommand: string;
  pollMs?: number;
}

/** Follows the store until SIGINT/SIGTERM. */
export async function gatewayCommand(
  opts: GatewayCommandOptions,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<void> {
  const { loadConfig } = await import("../../config/index.ts");
  const { followGateway } = await import("../../serve/gateway.ts");
  const { defaultPollMs } = await import("../../serve/server.ts");
  const { openStore } = await import("../../serve/registry-source.ts");
  const stopping = stopSignal();
  const loaded = await loadConfig(opts.config);
  const store = await openStore(opts.registry);
  const follower = await followGateway({
    store,
    config: loaded.config,
    name: opts.name,
    splitFile: opts.splitFile,
    reload: opts.reloadCommand.split(/\s+/).filter(Boolean),
    pollMs: opts.pollMs ?? defaultPollMs(store.uri),
    log,
  });
  log(`gateway: following ${store.uri} into ${opts.splitFile}`);
  await stopping;
  await follower.close();
}

/** Writes the files; returns the lines to print. */
export async function renderCommand(opts: RenderCommandOptions): Promise<string[]> {
  const { loadConfig } = await import("../../config/index.ts");
  const { renderDeployment } = await import("../../serve/index.ts");
  const loaded = await loadConfig(opts.config);
  const registry = opts.registry ?? (await githubOrigin(loaded.dir));
  const trustedKeys: Record<string, string> = {};
  for (const file of opts.trustedKey ?? []) trustedKeys[basename(file)] = await readFile(file, "utf8");
  const name = opts.name;
  const files = renderDeployment({
    registry,
    ...(opts.githubApiUrl !== undefined && { githubApiUrl: opts.githubApiUrl }),
    ...(opts.tokenSecret !== undefined && { tokenSecret: opts.tokenSecret }),
    ...(opts.cacheSize !== undefined && { cacheSize: opts.cacheSize }),
    ...(opts.split !== undefined && { split: opts.split }),
    ...(opts.splitFile !== undefined && { splitFile: opts.splitFile }),
    ...(opts.trustedKey !== undefined && { trustedKeys }),
    config: loaded.config,
    name: opts.name,
    port: opts.port,
    replicas: opts.replicas,
    maxReplicas: opts.maxReplicas,
    listen: opts.listen,
    ...(opts.image !== undefined && { image: opts.image }),
    ...(opts.namespace !== undefined && { namespace: opts.namespace }),
    ...(opts.stable !== undefined && { stable: opts.stable }),
    ...(opts.canary !== undefined && { canary: opts.canary }),
    ...(opts.ingressHost !== undefined && { ingressHost: opts.ingressHost }),
    ...(opts.ingressClass !== undefined && { ingressClass: opts.ingressClass }),
    ...(opts.botImage !== undefined && { botImage: opts.botImage }),
    configFile: relative(process.cwd(), loaded.file) || "modelops.yaml",
  });
  const lines: string[] = [];
  for (const f of files) {
    const path = join(opts.out, f.path);
    await makeDirs(dirname(path));
    await writeFile(path, f.content);
    lines.push(`wrote ${path}`);
  }
  lines.push(
    `the pods follow ${registry}; give them a token (contents: read, deployments: write): kubectl create secret generic ${opts.tokenSecret ?? `${name}-github`} --from-literal=token=...`,
  );
  lines.push(
    `fill in ${join(opts.out, "kubernetes/bot-secret.yaml")} (the GitHub App's APP_ID, PRIVATE_KEY, WEBHOOK_SECRET), then: kubectl apply -k ${join(opts.out, "kubernetes")}`,
  );
  if (!opts.trustedKey?.length) {
    lines.push(
      "no --trusted-key given: the pods trust no release until MODELOPS_TRUSTED_KEYS is set in their env (the release writer's public key: modelops registry public-key --private-key FILE prints it); render again with --trusted-key FILE",
    );
  }
  return lines;
}

/** github:OWNER/REPO of the git remote `origin` of `dir`, or a one-line error saying to pass --registry. */
async function githubOrigin(dir: string): Promise<string> {
  const { ModelopsError } = await import("../../errors.ts");
  let url = "";
  try {
    url = (await promisify(execFile)("git", ["remote", "get-url", "origin"], { cwd: dir })).stdout.trim();
  } catch {
    // not a clone, or no origin: said below
  }
  const m = /^(?:https?:\/\/[^/]+\/|git@[^:]+:|ssh:\/\/git@[^/]+\/)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
    url,
  );
  if (!m) {
    throw new ModelopsError(
      `deploy render: cannot tell which GitHub repository the servers follow (${url ? `origin is ${url}` : `${dir} has no git remote origin`}); pass --registry github:OWNER/REPO`,
      2,
    );
  }
  return `github:${m[1]}/${m[2]}`;
}
