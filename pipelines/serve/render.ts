// `modelops deploy render`: the files that run the model server somewhere else than a laptop.
//   Dockerfile                 the server image, built from the user's repository (modelops + registry + config)
//   kubernetes/stable.yaml     Deployment (probes on the v2 health endpoints, Prometheus scrape annotations,
//                              graceful drain), Service, HorizontalPodAutoscaler for the pool serving `production`
//   kubernetes/canary.yaml     the same for the pool serving `canary` (only when a model uses canary or shadow)
//   nginx/modelops.conf        gateway: stable/canary upstreams, per-model canary share (sticky per X-Request-Id)
//                              and shadow mirroring, from each model's `deploy:`; TLS left to the user
// Topology: each pool runs `modelops serve --label <alias> --strategy direct`, and the gateway splits traffic
// between pools. Without the gateway, one pool with the config's strategy splits inside the server instead.
import { stringify } from "yaml";
import type { ModelopsConfig } from "../config/schema.ts";
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
  /** Registry folder inside the image, relative to the repository root. Default ".modelops". */
  registry?: string;
  /** Config file name inside the image. Default "modelops.yaml". */
  configFile?: string;
}

export interface RenderedFile {
  path: string;
  content: string;
}

const HEADER = "Rendered by `modelops deploy render` from modelops.yaml; edit the config and render again.";

/** Every file of the deployment, in a stable order. */
export function renderDeployment(opts: RenderOptions): RenderedFile[] {
  const name = opts.name ?? "modelops";
  const policies = Object.entries(opts.config.models).map(
    ([model, m]) => [model, policyFromConfig(m.deploy)] as [string, ModelPolicy],
  );
  const needsCanary = policies.some(([, p]) => p.strategy !== "direct");
  const files: RenderedFile[] = [
    { path: "Dockerfile", content: dockerfile(opts) },
    { path: ".dockerignore", content: "node_modules\nruns\n.git\ndeploy\n" },
    { path: "kubernetes/stable.yaml", content: pool(opts, name, "stable", "production") },
  ];
  if (needsCanary)
    files.push({ path: "kubernetes/canary.yaml", content: pool(opts, name, "canary", "canary") });
  files.push({ path: "nginx/modelops.conf", content: nginx(opts, name, policies, needsCanary) });
  return files;
}

function dockerfile(opts: RenderOptions): string {
  const port = opts.port ?? 8501;
  const registry = opts.registry ?? ".modelops";
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
# The registry (versions, aliases, verified artifacts). Mount a volume here instead to swap versions without
# a new image: the server follows alias moves in the registry by itself.
COPY ${registry}/ ./.modelops/
USER node
EXPOSE ${port}
# SIGTERM: readiness turns 503, in-flight requests finish, then the process exits.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \\
  CMD node -e "fetch('http://127.0.0.1:${port}/v2/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
ENTRYPOINT ["node", "node_modules/modelops/lib/pipelines/cli/bin.js"]
CMD ["serve", "--host", "0.0.0.0", "--port", "${port}", "--registry", ".modelops", "--config", "modelops.yaml"]
`;
}

/** Deployment + Service + HorizontalPodAutoscaler of one pool, serving `label`. */
function pool(opts: RenderOptions, name: string, pool: "stable" | "canary", label: string): string {
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
  const deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: meta(),
    spec: {
      replicas,
      selector: { matchLabels: labels },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels, annotations: scrape },
        spec: {
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000 },
          containers: [
            {
              name: "server",
              image: opts.image ?? `${name}-server:latest`,
              args: [
                "serve",
                "--host",
                "0.0.0.0",
                "--port",
                String(port),
                "--registry",
                ".modelops",
                "--config",
                "modelops.yaml",
                "--label",
                label,
                // the gateway splits traffic between pools; each pool answers with its own label
                "--strategy",
                "direct",
                // on SIGTERM: not ready for 5 s (endpoints are removed), then drain and exit
                "--drain-delay",
                "5000",
              ],
              ports: [{ name: "http", containerPort: port }],
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
              resources: {
                requests: { cpu: "500m", memory: "512Mi" },
                limits: { memory: "1Gi" },
              },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
            },
          ],
        },
      },
    },
  };
  const service = {
    apiVersion: "v1",
    kind: "Service",
    metadata: meta({ annotations: scrape }),
    spec: { selector: labels, ports: [{ name: "http", port, targetPort: "http" }] },
  };
  const hpa = {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: meta(),
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: app },
      minReplicas: replicas,
      maxReplicas:
        pool === "stable" ? (opts.maxReplicas ?? 10) : Math.max(2, Math.ceil((opts.maxReplicas ?? 10) / 2)),
      metrics: [
        {
          type: "Resource",
          resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
        },
      ],
    },
  };
  const yaml = (doc: unknown) => stringify(doc, { aliasDuplicateObjects: false });
  return [
    `# ${HEADER}\n# The ${pool} pool: serves the \`${label}\` label of every model.\n`,
    yaml(deployment),
    yaml(service),
    yaml(hpa),
  ].join("---\n");
}

function serviceHost(opts: RenderOptions, name: string, pool: string): string {
  const host = opts.namespace ? `${name}-${pool}.${opts.namespace}.svc.cluster.local` : `${name}-${pool}`;
  return `${host}:${opts.port ?? 8501}`;
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
  const up = name.replace(/[^A-Za-z0-9_]/g, "_");
  const stable = opts.stable ?? [serviceHost(opts, name, "stable")];
  const canary = opts.canary ?? [serviceHost(opts, name, "canary")];
  const bodyMiB = Math.ceil(DEFAULT_BODY_LIMIT / (1024 * 1024));
  const out: string[] = [
    `# ${HEADER}`,
    "# The modelops gateway. Include it inside nginx's http { } block (e.g. /etc/nginx/conf.d/modelops.conf).",
    "",
    `upstream ${up}_stable {`,
    ...stable.map((s) => `    server ${s};`),
    "    keepalive 32;",
    "}",
  ];
  if (needsCanary) {
    out.push(`upstream ${up}_canary {`, ...canary.map((s) => `    server ${s};`), "    keepalive 32;", "}");
  }
  out.push(
    "",
    "# What decides a request's side: the client's X-Request-Id when it sends one (the same id always lands on",
    "# the same side, as in the model server's own canary split), else nginx's random $request_id.",
    `map $http_x_request_id $${up}_key {`,
    `    ""      $request_id;`,
    `    default $http_x_request_id;`,
    "}",
  );
  const routes: string[] = [];
  for (const [model, p] of policies) {
    const v = `${up}_${model.replace(/[^A-Za-z0-9_]/g, "_")}`;
    const location = `location ~ ^/v[12]/models/${model.replace(/\./g, "\\.")}(?:[/:]|$)`;
    if (p.strategy === "canary") {
      out.push(
        "",
        `# ${model}: canary, ${pct(p.canaryPercent)} of requests to the canary pool`,
        `split_clients "${model}\${${up}_key}" $${v}_pool {`,
        ...(p.canaryPercent >= 100
          ? [`    *       ${up}_canary;`]
          : [
              ...(p.canaryPercent > 0 ? [`    ${pct(p.canaryPercent)}     ${up}_canary;`] : []),
              `    *       ${up}_stable;`,
            ]),
        "}",
      );
      routes.push(`    ${location} {`, `        proxy_pass http://$${v}_pool;`, "    }");
    } else if (p.strategy === "shadow") {
      out.push(
        "",
        `# ${model}: shadow, ${pct(p.shadowPercent)} of requests mirrored to the canary pool (answers discarded)`,
        `split_clients "shadow-${model}\${${up}_key}" $${v}_mirror {`,
        ...(p.shadowPercent >= 100
          ? ["    *       1;"]
          : [...(p.shadowPercent > 0 ? [`    ${pct(p.shadowPercent)}     1;`] : []), `    *       "";`]),
        "}",
      );
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
  out.push(
    "",
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
    "",
  );
  return out.join("\n");
}
