// The rendered Kubernetes folder is a Kustomize base a platform team applies as is: Debian's kubectl builds it
// (`kubectl kustomize`), and every object it builds validates against the Kubernetes OpenAPI schemas
// (kubernetes-models: ajv validators generated from the API server's OpenAPI document; the ServiceMonitor
// against the Prometheus Operator's CRD schema, @kubernetes-models/prometheus-operator).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, Secret, Service } from "kubernetes-models/v1";
import { parseAllDocuments } from "yaml";
import { renderCommand } from "../../pipelines/cli/commands/deploy.ts";

const KUBECTL = "/usr/bin/kubectl";

const CONFIG = `version: 1
models:
  iris:
    task: classification
    data: { target: species, train: { format: csv, path: data/iris.csv } }
    model: { architecture: mlp }
    deploy: { strategy: canary, canary: { steps: [20, 100], interval: 5m } }
`;

// biome-ignore lint/suspicious/noExplicitAny: manifest documents are free-form
type Free = any;
type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Free;
  [k: string]: Free;
};

/** The schema of each apiVersion/kind the render writes; anything else fails the test rather than passing unchecked. */
const SCHEMAS: Record<
  string,
  { validate(): void } extends never ? never : new (o: never) => { validate(): void }
> = {
  "apps/v1/Deployment": Deployment,
  "v1/Service": Service,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/Ingress": Ingress,
  "monitoring.coreos.com/v1/ServiceMonitor": ServiceMonitor,
};

/** Throws one line naming the object and the schema's complaint. */
function validate(obj: Obj): void {
  const key = `${obj.apiVersion}/${obj.kind}`;
  const Model = SCHEMAS[key];
  if (!Model) throw new Error(`${key} ${obj.metadata?.name}: no schema to check it against`);
  try {
    new Model(obj as never).validate();
  } catch (err) {
    throw new Error(`${key} ${obj.metadata.name}: ${(err as Error).message}`);
  }
}

let dir: string;

async function render(out: string, extra: Partial<Parameters<typeof renderCommand>[0]> = {}) {
  return renderCommand({
    config: path.join(dir, "modelops.yaml"),
    out,
    name: "iris-api",
    port: 8501,
    replicas: 2,
    maxReplicas: 10,
    listen: "8080",
    registry: "github:acme/models",
    ...extra,
  });
}

function kustomize(folder: string): Obj[] {
  const run = spawnSync(KUBECTL, ["kustomize", folder], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`kubectl kustomize ${folder} failed: ${run.stderr}`);
  return parseAllDocuments(run.stdout).map((d) => d.toJS() as Obj);
}

const names = (objs: Obj[]) => objs.map((o) => `${o.kind}/${o.metadata.name}`).sort();

beforeAll(async () => {
  if (!existsSync(KUBECTL)) {
    throw new Error(
      `${KUBECTL} is missing: install the Debian package kubectl (test/support/system-deps.sh does)`,
    );
  }
  dir = await mkdtemp(path.join(tmpdir(), "modelops-kustomize-"));
  await writeFile(path.join(dir, "modelops.yaml"), CONFIG);
  await writeFile(
    path.join(dir, "writer.pem"),
    "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n",
  );
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the Kustomize base", () => {
  let objs: Obj[];

  beforeAll(async () => {
    await render(path.join(dir, "full"), {
      split: "gateway",
      namespace: "models",
      ingressHost: "models.example.com",
      ingressClass: "nginx",
      trustedKey: [path.join(dir, "writer.pem")],
    });
    objs = kustomize(path.join(dir, "full", "kubernetes"));
  });

  test("kubectl kustomize builds every object: both pools, their budgets, the scrape, the Ingress and the bot", () => {
    expect(names(objs)).toEqual(
      [
        "ConfigMap/iris-api-trusted-keys",
        "Deployment/iris-api-bot",
        "Deployment/iris-api-canary",
        "Deployment/iris-api-stable",
        "HorizontalPodAutoscaler/iris-api-canary",
        "HorizontalPodAutoscaler/iris-api-stable",
        "Ingress/iris-api",
        "PodDisruptionBudget/iris-api-canary",
        "PodDisruptionBudget/iris-api-stable",
        "Secret/iris-api-bot",
        "Service/iris-api-bot",
        "Service/iris-api-canary",
        "Service/iris-api-stable",
        "ServiceMonitor/iris-api-server",
      ].sort(),
    );
    for (const o of objs) expect(o.metadata).toMatchObject({ namespace: "models" });
  });

  test("every object validates against its Kubernetes schema", () => {
    for (const o of objs) expect(() => validate(o)).not.toThrow();
  });

  test("the schema check catches a malformed object and an object it has no schema for", () => {
    const deployment = structuredClone(objs.find((o) => o.kind === "Deployment")!);
    deployment.spec.template.spec.containers[0].ports[0].containerPort = "http";
    expect(() => validate(deployment)).toThrow(
      /^apps\/v1\/Deployment iris-api-\w+: .*containerPort must be integer/,
    );
    const monitor = structuredClone(objs.find((o) => o.kind === "ServiceMonitor")!);
    monitor.spec.endpoints = "http";
    expect(() => validate(monitor)).toThrow(/^monitoring\.coreos\.com\/v1\/ServiceMonitor iris-api-server: /);
    expect(() => validate({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" } })).toThrow(
      "v1/Pod p: no schema to check it against",
    );
  });

  test("the ServiceMonitor scrapes /metrics on the server pools' Services, not the bot's", () => {
    const monitor = objs.find((o) => o.kind === "ServiceMonitor")!;
    expect(monitor.spec.endpoints).toEqual([{ port: "http", path: "/metrics", interval: "30s" }]);
    const { matchLabels, matchExpressions } = monitor.spec.selector;
    const selected = objs
      .filter((o) => o.kind === "Service")
      .filter(
        (s) =>
          Object.entries(matchLabels).every(([k, v]) => s.metadata.labels?.[k] === v) &&
          matchExpressions.every((e: { key: string; values: string[] }) =>
            e.values.includes(s.metadata.labels?.[e.key] ?? ""),
          ),
      );
    expect(selected.map((s) => s.metadata.name).sort()).toEqual(["iris-api-canary", "iris-api-stable"]);
  });

  test("the Ingress routes its host to the stable Service", () => {
    const ingress = objs.find((o) => o.kind === "Ingress")!;
    expect(ingress.spec).toEqual({
      ingressClassName: "nginx",
      rules: [
        {
          host: "models.example.com",
          http: {
            paths: [
              {
                path: "/",
                pathType: "Prefix",
                backend: { service: { name: "iris-api-stable", port: { name: "http" } } },
              },
            ],
          },
        },
      ],
    });
  });

  test("the bot runs `modelops bot` non-root on a read-only root, probed on /healthz, configured from its Secret", () => {
    const bot = objs.find((o) => o.kind === "Deployment" && o.metadata.name === "iris-api-bot")!;
    const pod = bot.spec.template.spec;
    const container = pod.containers[0];
    expect(container.args).toEqual(["bot"]);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65532 });
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"] },
    });
    expect(container.readinessProbe.httpGet).toEqual({ path: "/healthz", port: "http" });
    expect(container.livenessProbe.httpGet).toEqual({ path: "/healthz", port: "http" });
    const secret = objs.find((o) => o.kind === "Secret")!;
    expect(Object.keys(secret.stringData).sort()).toEqual([
      "ADMIN_TOKEN",
      "APP_ID",
      "PRIVATE_KEY",
      "REDIS_URL",
      "WEBHOOK_SECRET",
    ]);
    const optional = ["REDIS_URL", "ADMIN_TOKEN"];
    for (const key of Object.keys(secret.stringData)) {
      expect(container.env).toContainEqual({
        name: key,
        valueFrom: {
          secretKeyRef: { name: "iris-api-bot", key, ...(optional.includes(key) ? { optional: true } : {}) },
        },
      });
    }
    const service = objs.find((o) => o.kind === "Service" && o.metadata.name === "iris-api-bot")!;
    expect(service.spec.selector).toEqual(bot.spec.selector.matchLabels);
  });
});

test("the default render (server split, no Ingress) also builds and validates", async () => {
  await render(path.join(dir, "plain"));
  const objs = kustomize(path.join(dir, "plain", "kubernetes"));
  expect(names(objs)).toEqual(
    [
      "Deployment/iris-api-bot",
      "Deployment/iris-api-stable",
      "HorizontalPodAutoscaler/iris-api-stable",
      "PodDisruptionBudget/iris-api-stable",
      "Secret/iris-api-bot",
      "Service/iris-api-bot",
      "Service/iris-api-stable",
      "ServiceMonitor/iris-api-server",
    ].sort(),
  );
  for (const o of objs) expect(() => validate(o)).not.toThrow();
});

test("--ingress-host takes a DNS name only, in one line", async () => {
  const { Command } = await import("commander");
  const { register } = await import("../../pipelines/cli/commands/deploy.ts");
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {} });
  register(program);
  await expect(
    program.parseAsync(["deploy", "render", "--ingress-host", "Models.Example.com/x"], { from: "user" }),
  ).rejects.toThrow('"Models.Example.com/x" is not a lowercase DNS name (for example models.example.com)');
});

test("the overlay in docs/serving.md builds on the rendered base: its image, TLS and autoscaler maximum apply", async () => {
  await render(path.join(dir, "overlaid"), { name: "modelops", ingressHost: "models.example.com" });
  const docs = await readFile(path.join(import.meta.dirname, "../../docs/serving.md"), "utf8");
  const overlay = /```yaml\n# deploy\/overlays\/production\/kustomization\.yaml\n([\s\S]*?)```/.exec(
    docs,
  )?.[1];
  if (!overlay) throw new Error("docs/serving.md has no overlay example");
  const folder = path.join(dir, "overlaid", "overlays", "production");
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "kustomization.yaml"), overlay);
  const objs = kustomize(folder);
  const images = objs
    .filter((o) => o.kind === "Deployment")
    .map((o) => o.spec.template.spec.containers[0].image);
  expect(images).toEqual(["ghcr.io/acme/modelops-server:1.4.0", "ghcr.io/acme/modelops-server:1.4.0"]);
  expect(objs.find((o) => o.kind === "Ingress")!.spec.tls).toEqual([
    { hosts: ["models.example.com"], secretName: "models-tls" },
  ]);
  expect(objs.find((o) => o.kind === "HorizontalPodAutoscaler")!.spec.maxReplicas).toBe(30);
  for (const o of objs) expect(() => validate(o)).not.toThrow();
});
