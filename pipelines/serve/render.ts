// `modelops deploy render`: the files that run the model server somewhere else than a laptop.
//   Dockerfile                 the server image, built from the user's repository (modelops + config; no
//                              registry: the server follows the github store at run time)
//   kubernetes/stable.yaml     Deployment (probes on the v2 health endpoints, Prometheus scrape annotations,
//                              graceful drain), Service, HorizontalPodAutoscaler, PodDisruptionBudget for the pool serving `production`
//   kubernetes/canary.yaml     the same for the pool serving `canary` (only when a model uses canary or shadow)
//   kubernetes/servicemonitor.yaml  Prometheus Operator scrape of /metrics on the server Services
//   kubernetes/ingress.yaml    an Ingress to the stable Service (only with an ingress host)
//   kubernetes/bot.yaml        the GitHub App's Deployment (`modelops bot`, /healthz probes) and Service
//   kubernetes/bot-secret.yaml a template of its Secret (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, REDIS_URL,
//                              ADMIN_TOKEN)
//   kubernetes/kustomization.yaml  the Kustomize base listing every object file above
//   nginx/modelops.conf        gateway: stable/canary upstreams, per-model routes (sticky per X-Modelops-Key,
//                              else X-Request-Id) and shadow mirroring, from each model's `deploy:`; TLS left to the user
//   nginx/modelops-split.conf  (split gateway) each canary/A-B model's share; `modelops deploy gateway` rewrites it
//                              from the store and reloads nginx
// Topology (`split`):
//   server (default)  one pool; every replica runs `modelops serve --registry github:OWNER/REPO` with the
//                     config's strategy, loads production and canary, and splits by the canary share the
//                     store holds, so a rollout (or an abort) through the store moves every replica at once.
//                     The gateway only balances.
//   gateway           a pool per label (`--label <alias> --strategy direct`), and nginx splits between them:
//                     for models too big to load twice per replica. The share starts as modelops.yaml's and
//                     follows the store: `modelops deploy gateway` beside nginx rewrites the split file when a
//                     rollout moves it and reloads nginx.
// Pods run as a non-root user on a read-only root file system: the artifact cache and /tmp (scratch space
// for the server and its libraries) are emptyDir volumes, the GitHub token comes from a Secret.

import { stringify } from "yaml";
import type { ModelopsConfig } from "../config/schema.ts";
import { ModelopsError } from "../errors.ts";
import { DEFAULT_BODY_LIMIT } from "./limits.ts";
import { type ModelPolicy, policyFromConfig } from "./policy.ts";

export interface RenderOptions {
  /** The parsed modelops.yaml: each model's deploy section decides its gateway route. */
  config: ModelopsConfig;
  /** Name prefix of every Kubernetes object and nginx upstream. Default "modelops". */
  name?: string;
  /** Container image of the server. Default "<name>-server:latest". */
  image?: string;
  /** The server's port inside the container. Default 8501. */
  port?: number;
  /** Replicas of the stable pool (the autoscaler's minimum). Default 2. */
  replicas?: number;
  /** The autoscaler's maximum. Default 10. */
  maxReplicas?: number;
  /** Kubernetes namespace; also qualifies the upstream host names. Default: none (the current one). */
  namespace?: string;
  /** Upstream servers of the stable pool (host:port). Default: the stable Service. */
  stable?: string[];
  /** Upstream servers of the canary pool (host:port). Default: the canary Service. */
  canary?: string[];
  /** What the gateway listens on (nginx `listen`). Default 8080. */
  listen?: string;
  /** The store the servers follow: `github:OWNER/REPO` (a folder cannot be shared by pods). */
  registry: string;
  /** GitHub Enterprise: the API's base URL (GITHUB_API_URL in the pods). Default: github.com's. */
  githubApiUrl?: string;
  /** The Secret holding the GitHub token under the key `token`. Default "<name>-github". */
  tokenSecret?: string;
  /** Trusted signing keys (public, PEM) put into a ConfigMap the pods mount: file name -> content. */
  trustedKeys?: Record<string, string>;
  /** Size limit of the artifact cache volume. Default "2Gi". */
  cacheSize?: string;
  /** Who splits canary traffic: each server by the store's share (default), or nginx between two pools. */
  split?: "server" | "gateway";
  /** Where nginx finds the split file `modelops deploy gateway` keeps (split gateway). Default DEFAULT_SPLIT_FILE. */
  splitFile?: string;
  /** Config file name inside the image. Default "modelops.yaml". */
  configFile?: string;
  /** Host name of an Ingress to the stable Service. Default: no Ingress. */
  ingressHost?: string;
  /** The Ingress's class (ingressClassName). Default: the cluster's default class. */
  ingressClass?: string;
  /** Container image of the bot (runs `modelops bot`). Default: the server's image (its ENTRYPOINT is modelops). */
  botImage?: string;
}

export interface RenderedFile {
  path: string;
  content: string;
}

const HEADER = "Rendered by `modelops deploy render` from modelops.yaml; edit the config and render again.";

/** Where the server keeps downloaded artifacts in a container (a volume: the root file system is read-only). */
export const CONTAINER_CACHE = "/var/cache/modelops";
/** Where trusted signing keys are mounted. */
export const CONTAINER_KEYS = "/etc/modelops/trusted-keys";
/** The user the server runs as (distroless's "nonroot"; any non-zero uid works, none needs to exist). */
export const CONTAINER_UID = 65532;

const GITHUB_STORE_RE = /^github:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Every file of the deployment, in a stable order. */
export function renderDeployment(opts: RenderOptions): RenderedFile[] {
  if (!GITHUB_STORE_RE.test(opts.registry)) {
    throw new ModelopsError(
      `deploy render: the servers must follow a store every pod can reach, not ${JSON.stringify(opts.registry)}; pass --registry github:OWNER/REPO`,
      2,
    );
  }
  const name = opts.name ?? "modelops";
  const policies = Object.entries(opts.config.models).map(
    ([model, m]) => [model, policyFromConfig(m.deploy)] as [string, ModelPolicy],
  );
  const gateway = opts.split === "gateway";
  const needsCanary = gateway && policies.some(([, p]) => p.strategy !== "direct");
  const files: RenderedFile[] = [
    { path: "Dockerfile", content: dockerfile(opts) },
    { path: ".dockerignore", content: "node_modules\nruns\n.git\ndeploy\n" },
    {
      path: "kubernetes/stable.yaml",
      content: pool(opts, name, "stable", gateway ? "production" : undefined),
    },
  ];
  if (opts.trustedKeys && Object.keys(opts.trustedKeys).length > 0)
    files.push({ path: "kubernetes/trusted-keys.yaml", content: trustedKeysMap(opts, name) });
  if (needsCanary)
    files.push({ path: "kubernetes/canary.yaml", content: pool(opts, name, "canary", "canary") });
  files.push({ path: "kubernetes/servicemonitor.yaml", content: serviceMonitor(opts, name) });
  if (opts.ingressHost) files.push({ path: "kubernetes/ingress.yaml", content: ingress(opts, name) });
  files.push(
    { path: "kubernetes/bot.yaml", content: bot(opts, name) },
    { path: "kubernetes/bot-secret.yaml", content: botSecret(opts, name) },
  );
  files.push({ path: "kubernetes/kustomization.yaml", content: kustomization(files) });
  files.push({
    path: "nginx/modelops.conf",
    content: nginx(opts, name, gateway ? policies : [], needsCanary),
  });
  if (gateway && policies.some(([, p]) => splits(p)))
    files.push({ path: "nginx/modelops-split.conf", content: renderSplitFile(name, policies) });
  return files;
}

/** The server's command line in a container (the image's ENTRYPOINT runs `modelops`). */
export function serverArgs(opts: RenderOptions, extra: string[] = []): string[] {
  return [
    "serve",
    "--host",
    "0.0.0.0",
    "--port",
    String(opts.port ?? 8501),
    "--registry",
    opts.registry,
    "--cache",
    CONTAINER_CACHE,
    "--config",
    "modelops.yaml",
    ...extra,
  ];
}

function dockerfile(opts: RenderOptions): string {
  const port = opts.port ?? 8501;
  const config = opts.configFile ?? "modelops.yaml";
  return `# ${HEADER}
# The model server image, built from the root of your repository (modelops must be a dependency in
# package.json, not a devDependency):  docker build -f deploy/Dockerfile -t modelops-server .
FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /srv
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY ${config} ./modelops.yaml
# No registry in the image: the server follows ${opts.registry} (releases, deployments) by itself, with the
# token in GITHUB_TOKEN. It writes only to the artifact cache and /tmp, so it runs on a read-only root:
#   docker run --read-only -e GITHUB_TOKEN -p ${port}:${port} IMAGE
RUN mkdir -p ${CONTAINER_CACHE} && chown ${CONTAINER_UID}:${CONTAINER_UID} ${CONTAINER_CACHE}
VOLUME ["${CONTAINER_CACHE}", "/tmp"]
USER ${CONTAINER_UID}:${CONTAINER_UID}
EXPOSE ${port}
# SIGTERM: readiness turns 503, in-flight requests finish, then the process exits.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \\
  CMD node -e "fetch('http://127.0.0.1:${port}/v2/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
ENTRYPOINT ["node", "node_modules/modelops/lib/bot/cli/bin.js"]
CMD ${JSON.stringify(serverArgs(opts)).replaceAll('","', '", "')}
`;
}

/**
 * Deployment + Service + HorizontalPodAutoscaler of one pool: serving `label` only (the gateway splits), or,
 * with no label, every label with the in-server split the store's canary share drives.
 */
function pool(
  opts: RenderOptions,
  name: string,
  pool: "stable" | "canary",
  label: string | undefined,
): string {
  const shape = poolShape(opts, name, pool);
  return [
    `# ${HEADER}\n# The ${pool} pool: ${label ? `serves the \`${label}\` label of every model` : "every replica serves each model's labels and splits by the canary share in the store"}.\n`,
    yaml(poolDeployment(opts, shape, serverContainer(opts, name, pool, label))),
    yaml(poolService(shape)),
    yaml(poolAutoscaler(opts, shape)),
    yaml(poolDisruptionBudget(shape)),
  ].join("---\n");
}

/** What every object of one pool shares: its name, labels, scrape annotations, replicas and metadata. */
interface PoolShape {
  name: string;
  pool: "stable" | "canary";
  app: string;
  port: number;
  replicas: number;
  labels: Record<string, string>;
  scrape: Record<string, string>;
  meta: (extra?: Record<string, unknown>) => Record<string, unknown>;
}

function poolShape(opts: RenderOptions, name: string, pool: "stable" | "canary"): PoolShape {
  const port = opts.port ?? 8501;
  const app = `${name}-${pool}`;
  const labels = { "app.kubernetes.io/name": name, "app.kubernetes.io/component": pool };
  const scrape = {
    "prometheus.io/scrape": "true",
    "prometheus.io/port": String(port),
    "prometheus.io/path": "/metrics",
  };
  const meta = (extra: Record<string, unknown> = {}) => ({
    name: app,
    ...(opts.namespace ? { namespace: opts.namespace } : {}),
    labels,
    ...extra,
  });
  const replicas = pool === "stable" ? (opts.replicas ?? 2) : 1;
  return { name, pool, app, port, replicas, labels, scrape, meta };
}

function hasTrustedKeys(opts: RenderOptions): boolean {
  return !!opts.trustedKeys && Object.keys(opts.trustedKeys).length > 0;
}

/** The server container: its arguments, GitHub token, probes on the v2 health endpoints, read-only root. */
function serverContainer(
  opts: RenderOptions,
  name: string,
  pool: "stable" | "canary",
  label: string | undefined,
): Record<string, unknown> {
  const env: unknown[] = [
    // the token that reads releases and writes deployment statuses (contents: read, deployments: write)
    {
      name: "GITHUB_TOKEN",
      valueFrom: { secretKeyRef: { name: opts.tokenSecret ?? `${name}-github`, key: "token" } },
    },
    ...(opts.githubApiUrl ? [{ name: "GITHUB_API_URL", value: opts.githubApiUrl }] : []),
    // the replica's name in deployment statuses
    { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
  ];
  const keyArgs = hasTrustedKeys(opts)
    ? Object.keys(opts.trustedKeys!)
        .sort()
        .flatMap((f) => ["--trusted-key", `${CONTAINER_KEYS}/${f}`])
    : [];
  return {
    name: "server",
    image: opts.image ?? `${name}-server:latest`,
    args: serverArgs(opts, [
      ...keyArgs,
      // the gateway splits traffic between pools; each pool answers with its own label
      ...(label ? ["--label", label, "--strategy", "direct"] : []),
      "--public-url",
      `http://${serviceHost(opts, name, pool)}`,
      // on SIGTERM: not ready for 5 s (endpoints are removed), then drain and exit
      "--drain-delay",
      "5000",
    ]),
    env,
    ports: [{ name: "http", containerPort: opts.port ?? 8501 }],
    ...serverProbes(),
    resources: {
      requests: { cpu: "500m", memory: "512Mi" },
      limits: { memory: "1Gi" },
    },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"] },
    },
    volumeMounts: [
      { name: "artifacts", mountPath: CONTAINER_CACHE },
      { name: "tmp", mountPath: "/tmp" },
      ...(hasTrustedKeys(opts) ? [{ name: "trusted-keys", mountPath: CONTAINER_KEYS, readOnly: true }] : []),
    ],
  };
}

function serverProbes() {
  return {
    readinessProbe: {
      httpGet: { path: "/v2/health/ready", port: "http" },
      periodSeconds: 5,
      failureThreshold: 2,
    },
    livenessProbe: {
      httpGet: { path: "/v2/health/live", port: "http" },
      periodSeconds: 10,
      failureThreshold: 3,
    },
    startupProbe: {
      httpGet: { path: "/v2/health/ready", port: "http" },
      periodSeconds: 2,
      failureThreshold: 60,
    },
  };
}

/** The pool's Deployment: rolling updates that never drop below the current replicas, non-root pods. */
function poolDeployment(opts: RenderOptions, shape: PoolShape, container: Record<string, unknown>) {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: shape.meta(),
    spec: {
      replicas: shape.replicas,
      selector: { matchLabels: shape.labels },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: shape.labels, annotations: shape.scrape },
        spec: {
          terminationGracePeriodSeconds: 30,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: CONTAINER_UID,
            runAsGroup: CONTAINER_UID,
            fsGroup: CONTAINER_UID,
            seccompProfile: { type: "RuntimeDefault" },
          },
          containers: [container],
          volumes: [
            { name: "artifacts", emptyDir: { sizeLimit: opts.cacheSize ?? "2Gi" } },
            { name: "tmp", emptyDir: { sizeLimit: "256Mi" } },
            ...(hasTrustedKeys(opts)
              ? [{ name: "trusted-keys", configMap: { name: `${shape.name}-trusted-keys` } }]
              : []),
          ],
        },
      },
    },
  };
}

function poolService(shape: PoolShape) {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: shape.meta({ annotations: shape.scrape }),
    spec: { selector: shape.labels, ports: [{ name: "http", port: shape.port, targetPort: "http" }] },
  };
}

/** Scales on CPU from the pool's replicas up; the canary pool up to half the stable pool's maximum. */
function poolAutoscaler(opts: RenderOptions, shape: PoolShape) {
  const maxReplicas = opts.maxReplicas ?? 10;
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: shape.meta(),
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: shape.app },
      minReplicas: shape.replicas,
      maxReplicas: shape.pool === "stable" ? maxReplicas : Math.max(2, Math.ceil(maxReplicas / 2)),
      metrics: [
        {
          type: "Resource",
          resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
        },
      ],
    },
  };
}

/** Voluntary disruptions (node drains, cluster upgrades) leave at least one replica serving. */
function poolDisruptionBudget(shape: PoolShape) {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: shape.meta(),
    spec: { minAvailable: 1, selector: { matchLabels: shape.labels } },
  };
}

const yaml = (doc: unknown) => stringify(doc, { aliasDuplicateObjects: false });

function objectMeta(opts: RenderOptions, name: string, labels: Record<string, string>) {
  return { name, ...(opts.namespace ? { namespace: opts.namespace } : {}), labels };
}

/** The Prometheus Operator's scrape of every server pool's Service (the pods' annotations serve plain Prometheus). */
function serviceMonitor(opts: RenderOptions, name: string): string {
  const doc = {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "ServiceMonitor",
    metadata: objectMeta(opts, `${name}-server`, { "app.kubernetes.io/name": name }),
    spec: {
      selector: {
        matchLabels: { "app.kubernetes.io/name": name },
        matchExpressions: [
          { key: "app.kubernetes.io/component", operator: "In", values: ["stable", "canary"] },
        ],
      },
      endpoints: [{ port: "http", path: "/metrics", interval: "30s" }],
    },
  };
  return `# ${HEADER}\n# Needs the Prometheus Operator's CRDs (kube-prometheus-stack); drop it from kustomization.yaml without them.\n${yaml(doc)}`;
}

/** An Ingress to the stable Service (which, with the server split, serves every label). TLS is the user's. */
function ingress(opts: RenderOptions, name: string): string {
  const doc = {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: objectMeta(opts, name, { "app.kubernetes.io/name": name }),
    spec: {
      ...(opts.ingressClass ? { ingressClassName: opts.ingressClass } : {}),
      rules: [
        {
          host: opts.ingressHost,
          http: {
            paths: [
              {
                path: "/",
                pathType: "Prefix",
                backend: { service: { name: `${name}-stable`, port: { name: "http" } } },
              },
            ],
          },
        },
      ],
    },
  };
  return `# ${HEADER}\n# The model API at ${opts.ingressHost}; add spec.tls (a cert-manager annotation or a Secret) in an overlay.\n${yaml(doc)}`;
}

/** The port the bot listens on in its pod (PORT). */
export const BOT_PORT = 3000;

/** The GitHub App (`modelops bot`): one replica, the queue in-process; more replicas need REDIS_URL. */
function bot(opts: RenderOptions, name: string): string {
  const app = `${name}-bot`;
  const labels = { "app.kubernetes.io/name": name, "app.kubernetes.io/component": "bot" };
  const secret = `${name}-bot`;
  const fromSecret = (key: string, optional = false) => ({
    name: key,
    valueFrom: { secretKeyRef: { name: secret, key, ...(optional ? { optional: true } : {}) } },
  });
  const deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: objectMeta(opts, app, labels),
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 30,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: CONTAINER_UID,
            runAsGroup: CONTAINER_UID,
            seccompProfile: { type: "RuntimeDefault" },
          },
          containers: [
            {
              name: "bot",
              image: opts.botImage ?? opts.image ?? `${name}-server:latest`,
              args: ["bot"],
              env: [
                { name: "PORT", value: String(BOT_PORT) },
                { name: "HOST", value: "0.0.0.0" },
                fromSecret("APP_ID"),
                fromSecret("PRIVATE_KEY"),
                fromSecret("WEBHOOK_SECRET"),
                fromSecret("REDIS_URL", true),
                fromSecret("ADMIN_TOKEN", true),
              ],
              ports: [{ name: "http", containerPort: BOT_PORT }],
              readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 5 },
              livenessProbe: {
                httpGet: { path: "/healthz", port: "http" },
                periodSeconds: 10,
                failureThreshold: 3,
              },
              resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { memory: "512Mi" } },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ["ALL"] },
              },
              volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
            },
          ],
          volumes: [{ name: "tmp", emptyDir: { sizeLimit: "256Mi" } }],
        },
      },
    },
  };
  const service = {
    apiVersion: "v1",
    kind: "Service",
    metadata: objectMeta(opts, app, labels),
    spec: { selector: labels, ports: [{ name: "http", port: 80, targetPort: "http" }] },
  };
  return [
    `# ${HEADER}\n# The GitHub App: webhooks at http://${app}/api/github/webhooks (expose it to GitHub through your ingress).\n# One replica keeps the queue in the process; set REDIS_URL in the Secret before raising replicas.\n`,
    yaml(deployment),
    yaml(service),
  ].join("---\n");
}

/** The bot's Secret, as a template: the values are placeholders to replace (or an overlay's secretGenerator). */
function botSecret(opts: RenderOptions, name: string): string {
  const doc = {
    apiVersion: "v1",
    kind: "Secret",
    metadata: objectMeta(opts, `${name}-bot`, {
      "app.kubernetes.io/name": name,
      "app.kubernetes.io/component": "bot",
    }),
    type: "Opaque",
    stringData: {
      APP_ID: "REPLACE: the GitHub App's numeric id",
      PRIVATE_KEY: "REPLACE: the App's private key (PEM, or base64 of it)",
      WEBHOOK_SECRET: "REPLACE: the secret set in the App's webhook settings",
      REDIS_URL: "",
      ADMIN_TOKEN: "",
    },
  };
  return `# ${HEADER}\n# A TEMPLATE: replace the values (or delete this file from kustomization.yaml and create the Secret with\n# kubectl create secret generic ${name}-bot --from-literal=APP_ID=... --from-file=PRIVATE_KEY=app.pem ...).\n# REDIS_URL: empty keeps the queue in the bot's process; redis://host:6379 lets replicas share it.\n# ADMIN_TOKEN: empty keeps the dead-letter endpoints (/admin/) off; openssl rand -hex 32 turns them on.\n${yaml(doc)}`;
}

/** The Kustomize entry point: every manifest rendered beside it. */
function kustomization(files: RenderedFile[]): string {
  const resources = files
    .filter((f) => f.path.startsWith("kubernetes/"))
    .map((f) => f.path.slice("kubernetes/".length));
  const doc = { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources };
  return `# ${HEADER}\n# A Kustomize base: kubectl apply -k deploy/kubernetes, or reference it from an overlay's resources.\n${yaml(doc)}`;
}

/** The trusted signing keys (public) as a ConfigMap the pods mount read-only. */
function trustedKeysMap(opts: RenderOptions, name: string): string {
  const doc = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: `${name}-trusted-keys`,
      ...(opts.namespace ? { namespace: opts.namespace } : {}),
      labels: { "app.kubernetes.io/name": name },
    },
    data: Object.fromEntries(Object.entries(opts.trustedKeys ?? {}).sort(([a], [b]) => a.localeCompare(b))),
  };
  return `# ${HEADER}\n# Public keys whose signed release and deployment records the servers trust.\n${stringify(doc)}`;
}

function serviceHost(opts: RenderOptions, name: string, pool: string): string {
  const host = opts.namespace ? `${name}-${pool}.${opts.namespace}.svc.cluster.local` : `${name}-${pool}`;
  return `${host}:${opts.port ?? 8501}`;
}

/** Where the rendered gateway includes its split file from (relative: nginx's config folder, e.g. /etc/nginx). */
export const DEFAULT_SPLIT_FILE = "modelops-split.conf";

/** Whether the gateway splits this model's requests between the pools by a share. */
function splits(p: ModelPolicy): boolean {
  return p.strategy === "canary" || p.strategy === "ab";
}

/** The nginx variable prefix of a deployment name. */
function upstreamPrefix(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, "_");
}

/**
 * The gateway's split file: one split_clients block per canary or A/B model, sending `canaryPercent` of its
 * requests (by their key's hash, so a key stays on one side) to the canary pool. `deploy render` writes it
 * with the config's shares, `modelops deploy gateway` with the store's.
 */
export function renderSplitFile(name: string, policies: Array<[string, ModelPolicy]>): string {
  const up = upstreamPrefix(name);
  const out = [
    "# Written by `modelops deploy gateway` (first by `modelops deploy render`): each model's canary share.",
  ];
  for (const [model, p] of policies) {
    if (!splits(p)) continue;
    const v = `${up}_${model.replace(/[^A-Za-z0-9_]/g, "_")}`;
    out.push(
      "",
      `# ${model}: ${p.strategy === "ab" ? "A/B test" : "canary"}, ${pct(p.canaryPercent)} of requests to the canary pool`,
      `split_clients "${model}\${${up}_key}" $${v}_pool {`,
      ...(p.canaryPercent >= 100
        ? [`    *       ${up}_canary;`]
        : [
            ...(p.canaryPercent > 0 ? [`    ${pct(p.canaryPercent)}     ${up}_canary;`] : []),
            `    *       ${up}_stable;`,
          ]),
      "}",
    );
  }
  return `${out.join("\n")}\n`;
}

/** A percentage as nginx split_clients writes it (at most two decimals). */
function pct(p: number): string {
  return `${Number(p.toFixed(2))}%`;
}

function nginx(
  opts: RenderOptions,
  name: string,
  policies: Array<[string, ModelPolicy]>,
  needsCanary: boolean,
): string {
  const up = upstreamPrefix(name);
  const { mirrors, routes } = modelRoutes(up, policies);
  return [
    `# ${HEADER}`,
    "# The modelops gateway. Include it inside nginx's http { } block (e.g. /etc/nginx/conf.d/modelops.conf).",
    "",
    ...nginxUpstreams(opts, name, up, needsCanary),
    "",
    ...nginxKeyMaps(up),
    ...(policies.some(([, p]) => splits(p)) ? splitFileInclude(opts) : []),
    ...mirrors,
    "",
    ...nginxServer(opts, up, routes),
    "",
  ].join("\n");
}

/** The stable pool's upstream, and the canary pool's when a model routes to it. */
function nginxUpstreams(opts: RenderOptions, name: string, up: string, needsCanary: boolean): string[] {
  const stable = opts.stable ?? [serviceHost(opts, name, "stable")];
  const canary = opts.canary ?? [serviceHost(opts, name, "canary")];
  const upstream = (pool: string, servers: string[]) => [
    `upstream ${up}_${pool} {`,
    ...servers.map((s) => `    server ${s};`),
    "    keepalive 32;",
    "}",
  ];
  return [...upstream("stable", stable), ...(needsCanary ? upstream("canary", canary) : [])];
}

function nginxKeyMaps(up: string): string[] {
  return [
    "# What decides a request's side: the client's X-Modelops-Key (a user, a session: the key the model",
    "# server's own A/B and canary split uses), else its X-Request-Id, else nginx's random $request_id. The",
    "# same key always lands on the same side.",
    `map $http_x_request_id $${up}_request_key {`,
    `    ""      $request_id;`,
    `    default $http_x_request_id;`,
    "}",
    `map $http_x_modelops_key $${up}_key {`,
    `    ""      $${up}_request_key;`,
    `    default $http_x_modelops_key;`,
    "}",
  ];
}

function splitFileInclude(opts: RenderOptions): string[] {
  return [
    "",
    "# Each canary or A/B model's share: the split file, which `modelops deploy gateway` rewrites when a",
    "# rollout moves the share in the store (and reloads nginx). Relative paths are nginx's config folder.",
    `include ${opts.splitFile ?? DEFAULT_SPLIT_FILE};`,
  ];
}

/**
 * Each model's gateway route: canary and A/B models to the pool their split file picks, shadow models to
 * the stable pool with a share mirrored to the canary pool (`mirrors`: the split_clients that pick it).
 */
function modelRoutes(
  up: string,
  policies: Array<[string, ModelPolicy]>,
): { mirrors: string[]; routes: string[] } {
  const mirrors: string[] = [];
  const routes: string[] = [];
  for (const [model, p] of policies) {
    const v = `${up}_${model.replace(/[^A-Za-z0-9_]/g, "_")}`;
    const location = `location ~ ^/v[12]/models/${model.replace(/\./g, "\\.")}(?:[/:]|$)`;
    if (p.strategy === "canary" || p.strategy === "ab") {
      // The share itself lives in the split file, which `modelops deploy gateway` rewrites from the store.
      routes.push(`    ${location} {`, `        proxy_pass http://$${v}_pool;`, "    }");
    } else if (p.strategy === "shadow") {
      mirrors.push(...shadowSplit(up, model, v, p.shadowPercent));
      routes.push(
        `    ${location} {`,
        `        mirror /_${up}_shadow/${model};`,
        "        mirror_request_body on;",
        `        proxy_pass http://${up}_stable;`,
        "    }",
        `    location = /_${up}_shadow/${model} {`,
        "        internal;",
        `        if ($${v}_mirror = "") { return 204; }`,
        `        proxy_pass http://${up}_canary$request_uri;`,
        "    }",
      );
    }
  }
  return { mirrors, routes };
}

function shadowSplit(up: string, model: string, v: string, percent: number): string[] {
  return [
    "",
    `# ${model}: shadow, ${pct(percent)} of requests mirrored to the canary pool (answers discarded)`,
    `split_clients "shadow-${model}\${${up}_key}" $${v}_mirror {`,
    ...(percent >= 100
      ? ["    *       1;"]
      : [...(percent > 0 ? [`    ${pct(percent)}     1;`] : []), `    *       "";`]),
    "}",
  ];
}

/** The server block: shared proxy settings, the models' routes, and the stable pool for everything else. */
function nginxServer(opts: RenderOptions, up: string, routes: string[]): string[] {
  const bodyMiB = Math.ceil(DEFAULT_BODY_LIMIT / (1024 * 1024));
  return [
    "server {",
    `    listen ${opts.listen ?? "8080"};`,
    "    # TLS is yours to add: listen 443 ssl; ssl_certificate ...; ssl_certificate_key ...;",
    `    client_max_body_size ${bodyMiB}m;`,
    "    proxy_http_version 1.1;",
    '    proxy_set_header Connection "";',
    "    proxy_set_header Host $host;",
    `    proxy_set_header X-Request-Id $${up}_key;`,
    "    proxy_connect_timeout 2s;",
    "    proxy_read_timeout 30s;",
    "    # A pool that is draining answers 503; predictions have no side effects, so they may be retried.",
    "    proxy_next_upstream error timeout http_502 http_503 non_idempotent;",
    "",
    ...routes,
    "    location / {",
    `        proxy_pass http://${up}_stable;`,
    "    }",
    "}",
  ];
}
