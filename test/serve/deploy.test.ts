// `modelops deploy render`: the Dockerfile and Kubernetes manifests say what a cluster needs (probes on the v2
// health endpoints, scrape annotations, autoscaler, drain), and the nginx gateway config runs in a real nginx
// (Debian package) in front of two real model servers: the canary share, request-id stickiness and shadow
// mirroring hold within tolerance over thousands of requests.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { parseAllDocuments } from "yaml";
import { gatewayCommand, renderCommand } from "../../pipelines/cli/commands/deploy.ts";
import { loadConfig } from "../../pipelines/config/index.ts";
import { followGateway, type GatewayFollower } from "../../pipelines/serve/gateway.ts";
import { type ModelServer, startServer } from "../../pipelines/serve/index.ts";
import { openStore } from "../../pipelines/serve/registry-source.ts";
import { HOUSING, HOUSING_ROWS, IRIS, IRIS_ROWS, parseMetrics, TestRegistry, until } from "./fixture.ts";

const NGINX = "/usr/sbin/nginx";

const CONFIG = `version: 1
models:
  iris:
    task: classification
    data: { target: species, train: { format: csv, path: data/iris.csv } }
    model: { architecture: mlp }
    deploy: { strategy: canary, canary: { steps: [20, 100], interval: 5m } }
  housing:
    task: regression
    data: { target: price, train: { format: csv, path: data/housing.csv } }
    model: { architecture: mlp }
    deploy: { strategy: shadow, shadow: { percent: 50 } }
  petal:
    task: regression
    data: { target: petal_width, train: { format: csv, path: data/iris.csv } }
    model: { architecture: mlp }
`;

let reg: TestRegistry;
let out: string;

beforeAll(async () => {
  reg = await TestRegistry.create();
  await writeFile(path.join(reg.dir, "modelops.yaml"), CONFIG);
  out = path.join(reg.dir, "deploy");
});

afterAll(async () => {
  await reg?.remove();
});

async function read(file: string): Promise<string> {
  return readFile(path.join(out, file), "utf8");
}

// biome-ignore lint/suspicious/noExplicitAny: manifest documents are free-form
type Doc = { kind: string; metadata: { name: string; annotations?: Record<string, string> }; spec: any };

describe("rendered files", () => {
  test("deploy render writes a Dockerfile, the two pools' manifests and the gateway config", async () => {
    const lines = await renderCommand({
      config: path.join(reg.dir, "modelops.yaml"),
      out,
      name: "iris-api",
      port: 8501,
      replicas: 3,
      maxReplicas: 12,
      listen: "8080",
      registry: "github:acme/models",
      split: "gateway",
    });
    expect(lines).toEqual([
      `wrote ${out}/Dockerfile`,
      `wrote ${out}/.dockerignore`,
      `wrote ${out}/kubernetes/stable.yaml`,
      `wrote ${out}/kubernetes/canary.yaml`,
      `wrote ${out}/kubernetes/servicemonitor.yaml`,
      `wrote ${out}/kubernetes/bot.yaml`,
      `wrote ${out}/kubernetes/bot-secret.yaml`,
      `wrote ${out}/kubernetes/kustomization.yaml`,
      `wrote ${out}/nginx/modelops.conf`,
      `wrote ${out}/nginx/modelops-split.conf`,
      "the pods follow github:acme/models; give them a token (contents: read, deployments: write): kubectl create secret generic iris-api-github --from-literal=token=...",
      `fill in ${out}/kubernetes/bot-secret.yaml (the GitHub App's APP_ID, PRIVATE_KEY, WEBHOOK_SECRET), then: kubectl apply -k ${out}/kubernetes`,
      "no --trusted-key given: the pods trust no release until MODELOPS_TRUSTED_KEYS is set in their env (the release writer's public key: modelops registry public-key --private-key FILE prints it); render again with --trusted-key FILE",
    ]);
    const docker = await read("Dockerfile");
    expect(docker).toMatch(/^FROM node:24-bookworm-slim$/m);
    expect(docker).toMatch(/^EXPOSE 8501$/m);
    expect(docker).toMatch(/^STOPSIGNAL SIGTERM$/m);
    expect(docker).toContain("/v2/health/ready");
    expect(docker).toContain(
      'CMD ["serve", "--host", "0.0.0.0", "--port", "8501", "--registry", "github:acme/models", "--cache", "/var/cache/modelops"',
    );
    // no registry in the image: the server follows the github store
    expect(docker).not.toContain(".modelops");
    expect(docker).toMatch(/^USER 65532:65532$/m);
    expect(docker).toContain('VOLUME ["/var/cache/modelops", "/tmp"]');
  });

  test("pods follow the github store as non-root on a read-only root: token from a Secret, emptyDir cache and /tmp", async () => {
    const [deployment] = parseAllDocuments(await read("kubernetes/stable.yaml")).map((d) => d.toJS() as Doc);
    const pod = deployment!.spec.template.spec;
    const container = pod.containers[0];
    expect(container.args.slice(0, 10)).toEqual([
      "serve",
      "--host",
      "0.0.0.0",
      "--port",
      "8501",
      "--registry",
      "github:acme/models",
      "--cache",
      "/var/cache/modelops",
      "--config",
    ]);
    expect(container.args.join(" ")).toContain("--public-url http://iris-api-stable:8501");
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65532 });
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"] },
    });
    expect(container.env).toContainEqual({
      name: "GITHUB_TOKEN",
      valueFrom: { secretKeyRef: { name: "iris-api-github", key: "token" } },
    });
    expect(container.env).toContainEqual({
      name: "POD_NAME",
      valueFrom: { fieldRef: { fieldPath: "metadata.name" } },
    });
    expect(container.volumeMounts).toEqual([
      { name: "artifacts", mountPath: "/var/cache/modelops" },
      { name: "tmp", mountPath: "/tmp" },
    ]);
    expect(pod.volumes).toEqual([
      { name: "artifacts", emptyDir: { sizeLimit: "2Gi" } },
      { name: "tmp", emptyDir: { sizeLimit: "256Mi" } },
    ]);
  });

  test("by default each replica splits by the store's canary share: one pool, no split in nginx", async () => {
    const dir = path.join(reg.dir, "deploy-server-split");
    const lines = await renderCommand({
      config: path.join(reg.dir, "modelops.yaml"),
      out: dir,
      name: "modelops",
      port: 8501,
      replicas: 2,
      maxReplicas: 10,
      listen: "8080",
      registry: "github:acme/models",
    });
    expect(lines.filter((l) => l.startsWith("wrote"))).toEqual([
      `wrote ${dir}/Dockerfile`,
      `wrote ${dir}/.dockerignore`,
      `wrote ${dir}/kubernetes/stable.yaml`,
      `wrote ${dir}/kubernetes/servicemonitor.yaml`,
      `wrote ${dir}/kubernetes/bot.yaml`,
      `wrote ${dir}/kubernetes/bot-secret.yaml`,
      `wrote ${dir}/kubernetes/kustomization.yaml`,
      `wrote ${dir}/nginx/modelops.conf`,
    ]);
    const [deployment] = parseAllDocuments(
      await readFile(path.join(dir, "kubernetes/stable.yaml"), "utf8"),
    ).map((d) => d.toJS() as Doc);
    const args: string[] = deployment!.spec.template.spec.containers[0].args;
    expect(args).not.toContain("--label");
    expect(args).not.toContain("--strategy");
    const conf = await readFile(path.join(dir, "nginx/modelops.conf"), "utf8");
    expect(conf).not.toContain("split_clients");
    expect(conf).not.toContain("modelops_canary");
  });

  test("trusted signing keys go into a ConfigMap the pods mount read-only and pass as --trusted-key", async () => {
    const dir = path.join(reg.dir, "deploy-keys");
    const key = path.join(reg.dir, "release-writer.pem");
    await writeFile(key, "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n");
    await renderCommand({
      config: path.join(reg.dir, "modelops.yaml"),
      out: dir,
      name: "modelops",
      port: 8501,
      replicas: 2,
      maxReplicas: 10,
      listen: "8080",
      registry: "github:acme/models",
      githubApiUrl: "https://ghe.example.com/api/v3",
      trustedKey: [key],
    });
    const [map] = parseAllDocuments(
      await readFile(path.join(dir, "kubernetes/trusted-keys.yaml"), "utf8"),
    ).map((d) => d.toJS() as Doc & { data: Record<string, string> });
    expect(map!.kind).toBe("ConfigMap");
    expect(map!.data).toEqual({ "release-writer.pem": await readFile(key, "utf8") });
    const [deployment] = parseAllDocuments(
      await readFile(path.join(dir, "kubernetes/stable.yaml"), "utf8"),
    ).map((d) => d.toJS() as Doc);
    const pod = deployment!.spec.template.spec;
    expect(pod.containers[0].args.join(" ")).toContain(
      "--trusted-key /etc/modelops/trusted-keys/release-writer.pem",
    );
    expect(pod.containers[0].volumeMounts).toContainEqual({
      name: "trusted-keys",
      mountPath: "/etc/modelops/trusted-keys",
      readOnly: true,
    });
    expect(pod.volumes).toContainEqual({
      name: "trusted-keys",
      configMap: { name: "modelops-trusted-keys" },
    });
    expect(pod.containers[0].env).toContainEqual({
      name: "GITHUB_API_URL",
      value: "https://ghe.example.com/api/v3",
    });
  });

  test("without --registry outside a GitHub clone, render says which store to pass in one line", async () => {
    await expect(
      renderCommand({
        config: path.join(reg.dir, "modelops.yaml"),
        out: path.join(reg.dir, "deploy-none"),
        name: "modelops",
        port: 8501,
        replicas: 2,
        maxReplicas: 10,
        listen: "8080",
      }),
    ).rejects.toThrow(
      /^deploy render: cannot tell which GitHub repository the servers follow \(.* has no git remote origin\); pass --registry github:OWNER\/REPO$/,
    );
    await expect(
      renderCommand({
        config: path.join(reg.dir, "modelops.yaml"),
        out: path.join(reg.dir, "deploy-none"),
        name: "modelops",
        port: 8501,
        replicas: 2,
        maxReplicas: 10,
        listen: "8080",
        registry: ".modelops",
      }),
    ).rejects.toThrow(
      'deploy render: the servers must follow a store every pod can reach, not ".modelops"; pass --registry github:OWNER/REPO',
    );
  });

  test("each pool: a Deployment probed on the v2 health endpoints, scraped by Prometheus, a Service, an autoscaler and a disruption budget", async () => {
    for (const [pool, label, replicas] of [
      ["stable", "production", 3],
      ["canary", "canary", 1],
    ] as const) {
      const docs = parseAllDocuments(await read(`kubernetes/${pool}.yaml`)).map((d) => d.toJS() as Doc);
      expect(docs.map((d) => d.kind)).toEqual([
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
      ]);
      const [deployment, service, hpa, pdb] = docs as [Doc, Doc, Doc, Doc];
      // a node drain never takes the last replica of a pool
      expect(pdb.spec).toEqual({ minAvailable: 1, selector: deployment.spec.selector });
      expect(deployment.metadata.name).toBe(`iris-api-${pool}`);
      expect(deployment.spec.replicas).toBe(replicas);
      const pod = deployment.spec.template;
      expect(pod.metadata.annotations).toEqual({
        "prometheus.io/scrape": "true",
        "prometheus.io/port": "8501",
        "prometheus.io/path": "/metrics",
      });
      const container = pod.spec.containers[0];
      expect(container.readinessProbe.httpGet).toEqual({ path: "/v2/health/ready", port: "http" });
      expect(container.livenessProbe.httpGet).toEqual({ path: "/v2/health/live", port: "http" });
      expect(container.ports).toEqual([{ name: "http", containerPort: 8501 }]);
      const args = container.args.join(" ");
      expect(args).toContain(`--label ${label} --strategy direct`);
      expect(args).toContain("--drain-delay 5000");
      expect(pod.spec.terminationGracePeriodSeconds).toBeGreaterThan(5);
      expect(service.spec.ports).toEqual([{ name: "http", port: 8501, targetPort: "http" }]);
      expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
      expect(hpa.spec.scaleTargetRef).toEqual({
        apiVersion: "apps/v1",
        kind: "Deployment",
        name: `iris-api-${pool}`,
      });
      expect(hpa.spec.minReplicas).toBe(replicas);
    }
  });

  test("the gateway routes each model by its deploy section; TLS is left to the user", async () => {
    const conf = await read("nginx/modelops.conf");
    expect(conf).toContain("upstream iris_api_stable {\n    server iris-api-stable:8501;");
    expect(conf).toContain("upstream iris_api_canary {\n    server iris-api-canary:8501;");
    // The canary share is in the split file `modelops deploy gateway` keeps; it starts at the config's.
    expect(conf).toContain("include modelops-split.conf;");
    expect(await read("nginx/modelops-split.conf")).toContain(
      `split_clients "iris\${iris_api_key}" $iris_api_iris_pool {\n    20%     iris_api_canary;`,
    );
    expect(conf).toContain("map $http_x_modelops_key $iris_api_key {");
    expect(conf).toContain("mirror /_iris_api_shadow/housing;");
    expect(conf).not.toContain("petal");
    expect(conf).toContain("# TLS is yours to add");
  });
});

describe("deploy gateway", () => {
  test("a reload command that fails is one line naming it (what, and where to look)", async () => {
    const splitFile = path.join(reg.dir, "failing-reload-split.conf");
    await expect(
      gatewayCommand(
        {
          config: path.join(reg.dir, "modelops.yaml"),
          registry: reg.root,
          splitFile,
          name: "modelops",
          reloadCommand: "/bin/false --reload",
          pollMs: 1000,
        },
        () => {},
      ),
    ).rejects.toThrow(
      /^deploy gateway: \/bin\/false --reload failed: .*; check nginx's error log and --reload-command$/,
    );
  });
});

describe("the gateway in a real nginx", () => {
  let stable: ModelServer;
  let canary: ModelServer;
  let nginx: ChildProcess | undefined;
  let gateway: string;
  let dir: string;
  let nginxArgs: string[];

  const freePort = () =>
    new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, "127.0.0.1", () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
    });

  beforeAll(async () => {
    if (!existsSync(NGINX)) {
      throw new Error(
        `${NGINX} is missing: install the Debian package nginx (test/support/system-deps.sh does)`,
      );
    }
    for (const seed of [1, 2]) await reg.addVersion("iris", IRIS, seed, IRIS_ROWS);
    for (const seed of [3, 4]) await reg.addVersion("housing", HOUSING, seed, HOUSING_ROWS);
    for (const model of ["iris", "housing"]) {
      await reg.promote(model, 1);
      await reg.registry.setAlias(model, "canary", 2, { reason: "test" });
    }
    // The two pools of the rendered topology: each answers with its own label, the gateway splits.
    const pool = (label: string) =>
      startServer({
        registry: reg.root,
        port: 0,
        backend: "cpu",
        label,
        overrides: { strategy: "direct" },
        log: () => {},
      });
    stable = await pool("production");
    canary = await pool("canary");
    const port = await freePort();
    dir = path.join(reg.dir, "nginx");
    await renderCommand({
      config: path.join(reg.dir, "modelops.yaml"),
      out: dir,
      name: "modelops",
      port: 8501,
      replicas: 2,
      maxReplicas: 10,
      stable: [new URL(stable.url).host],
      canary: [new URL(canary.url).host],
      listen: `127.0.0.1:${port}`,
      registry: "github:acme/models",
      split: "gateway",
      // relative to the folder of the main nginx.conf below, as the default is to /etc/nginx
      splitFile: "nginx/modelops-split.conf",
    });
    for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"])
      await mkdir(path.join(dir, d), { recursive: true });
    const main = path.join(dir, "nginx.conf");
    await writeFile(
      main,
      `${process.getuid?.() === 0 ? "user root;\n" : ""}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/nginx/modelops.conf;
}
`,
    );
    const args = ["-p", `${dir}/`, "-e", `${dir}/logs/error.log`, "-c", main];
    nginxArgs = args;
    const check = spawnSync(NGINX, ["-t", ...args], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t refused the rendered config: ${check.stderr}`);
    nginx = spawn(NGINX, args, { stdio: "ignore" });
    gateway = `http://127.0.0.1:${port}`;
    await until("nginx to answer", async () => {
      try {
        return (await fetch(`${gateway}/v2/health/ready`)).status === 200;
      } catch {
        return false;
      }
    });
  });

  afterAll(async () => {
    await follower?.close();
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx!.once("exit", r));
      nginx.kill("SIGQUIT");
      await exited;
    }
    await stable?.close();
    await canary?.close();
  });

  let follower: GatewayFollower | undefined;

  /**
   * A prediction, sent again when nginx closed the pooled connection under it: a reload retires the old
   * workers, which close their idle keep-alive connections (what any client of a reloading nginx sees).
   */
  async function predictOnce(url: string, init: RequestInit): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fetch(url, init);
      } catch (err) {
        const closed = /other side closed|ECONNRESET/.test(String((err as Error).cause ?? err));
        if (!closed || attempt === 3) throw err;
      }
    }
  }

  /** `n` predictions through the gateway, 50 at a time; counts the answering versions. */
  async function through(
    model: string,
    rows: unknown[],
    n: number,
    id?: string,
    key?: string,
  ): Promise<Record<string, number>> {
    const byVersion: Record<string, number> = {};
    for (let start = 0; start < n; start += 50) {
      const answers = await Promise.all(
        Array.from({ length: Math.min(50, n - start) }, async (_, k) => {
          const res = await predictOnce(`${gateway}/v1/models/${model}:predict`, {
            method: "POST",
            // Distinct ids, the same every run: the split (a hash of the id) is reproducible, not random.
            headers: {
              "x-request-id": id ?? `${model}-${start + k}`,
              ...(key !== undefined && { "x-modelops-key": key }),
            },
            body: JSON.stringify({ instances: rows }),
          });
          expect(res.status).toBe(200);
          await res.arrayBuffer();
          return res.headers.get("x-model-version")!;
        }),
      );
      for (const v of answers) byVersion[v] = (byVersion[v] ?? 0) + 1;
    }
    return byVersion;
  }

  test("nginx -t accepts the rendered config and the gateway answers through the stable pool", async () => {
    const res = await fetch(`${gateway}/v1/models/iris`);
    expect(res.status).toBe(200);
  });

  test("2,000 requests: the canary pool answers 20% of them, within tolerance", async () => {
    const n = 2000;
    const byVersion = await through("iris", [IRIS_ROWS[0]], n);
    const canaryShare = byVersion["2"] ?? 0;
    const sd = Math.sqrt(n * 0.2 * 0.8);
    expect(Math.abs(canaryShare - n * 0.2)).toBeLessThanOrEqual(4.5 * sd);
    expect(canaryShare + (byVersion["1"] ?? 0)).toBe(n);
  });

  test("the same X-Request-Id always reaches the same pool", async () => {
    for (const id of ["user-1", "user-2", "user-3", "user-4", "user-5"]) {
      const byVersion = await through("iris", [IRIS_ROWS[0]], 50, id);
      expect(Object.keys(byVersion)).toHaveLength(1);
    }
  });

  test("a rollout moving the share in the store moves nginx's split, without rendering again", async () => {
    const store = await openStore(reg.root);
    const lines: string[] = [];
    follower = await followGateway({
      store,
      config: (await loadConfig(path.join(reg.dir, "modelops.yaml"))).config,
      name: "modelops",
      splitFile: path.join(dir, "nginx/modelops-split.conf"),
      reload: [NGINX, ...nginxArgs, "-s", "reload"],
      pollMs: 50,
      log: (line) => lines.push(line),
    });
    const onlyVersion = async (version: string) => {
      const byVersion = await through("iris", [IRIS_ROWS[0]], 100);
      return byVersion[version] === 100;
    };
    // What a canary rollout's step writes (pipelines/monitor/rollout.ts): every request to the canary pool.
    await reg.registry.setTraffic("iris", 100, { reason: "canary step: 100%" });
    await until("nginx to send every iris request to the canary pool", () => onlyVersion("2"));
    expect(lines).toContain("gateway: iris sends 100% to the canary pool");
    // An abort: the share back to 0, every request to the stable pool.
    await reg.registry.setTraffic("iris", 0, { reason: "canary aborted" });
    await until("nginx to send every iris request to the stable pool", () => onlyVersion("1"));
    expect(await readFile(path.join(dir, "nginx/modelops-split.conf"), "utf8")).not.toContain(
      "modelops_canary;",
    );
  });

  test("X-Modelops-Key keeps a user on one side of a 50% split, whatever the request ids", async () => {
    await reg.registry.setTraffic("iris", 50, { reason: "A/B test" });
    await until("nginx to split iris 50/50", async () => {
      const byVersion = await through("iris", [IRIS_ROWS[0]], 200);
      return (byVersion["1"] ?? 0) > 40 && (byVersion["2"] ?? 0) > 40;
    });
    const sides = new Set<string>();
    for (const key of ["user-1", "user-2", "user-3", "user-4", "user-5", "user-6", "user-7", "user-8"]) {
      // distinct request ids (the helper's default), one key: the key decides
      const byVersion = await through("iris", [IRIS_ROWS[0]], 50, undefined, key);
      expect(Object.keys(byVersion)).toHaveLength(1);
      sides.add(Object.keys(byVersion)[0]!);
    }
    expect(sides).toEqual(new Set(["1", "2"]));
    await reg.registry.setTraffic("iris", undefined, { reason: "done" });
  });

  test("shadow: the stable pool answers everything, half the requests are mirrored to the canary pool", async () => {
    const n = 1000;
    const mirrored = async () =>
      parseMetrics(await canary.metrics())
        .filter((s) => s.name === "modelops_requests_total" && s.labels.model === "housing")
        .reduce((a, s) => a + s.value, 0);
    const before = await mirrored();
    const byVersion = await through("housing", HOUSING_ROWS, n);
    expect(byVersion).toEqual({ "1": n });
    let last = -1;
    await until("the mirrored requests to settle", async () => {
      const now = await mirrored();
      const settled = now === last;
      last = now;
      if (!settled) await new Promise((r) => setTimeout(r, 100));
      return settled;
    });
    const share = last - before;
    const sd = Math.sqrt(n * 0.5 * 0.5);
    expect(Math.abs(share - n * 0.5)).toBeLessThanOrEqual(4.5 * sd);
  });

  test("a model with the direct strategy goes to the stable pool only", async () => {
    // petal is not in the registry: the stable pool's 404 comes back through the gateway unchanged
    const unknown = async (server: ModelServer) =>
      parseMetrics(await server.metrics())
        .filter((s) => s.name === "modelops_requests_total" && s.labels.model === "_unknown")
        .reduce((a, s) => a + s.value, 0);
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${gateway}/v1/models/petal:predict`, {
        method: "POST",
        body: JSON.stringify({ instances: [[1, 2, 3]] }),
      });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: string }).error).toContain('model "petal" not found');
    }
    expect(await unknown(stable)).toBe(20);
    expect(await unknown(canary)).toBe(0);
  });
});
