// A private PostgreSQL cluster for a test: initdb into a temp dir, pg_ctl start listening on a unix socket in
// that dir only (no TCP port to clash over), stopped and removed after. Debian's postgresql package
// (test/support/system-deps.sh installs it); PostgreSQL refuses to run as root, so as root the cluster runs
// as the `postgres` user through runuser.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PostgresCluster {
  /** A connection URL for the `modelops` database over the cluster's socket. */
  url: string;
  stop(): Promise<void>;
}

function binDir(): string {
  for (const v of ["17", "16", "15", "14", "13"]) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(path.join(dir, "initdb"))) return dir;
  }
  throw new Error(
    "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run test/support/system-deps.sh",
  );
}

export async function startPostgres(): Promise<PostgresCluster> {
  const bin = binDir();
  const root = await mkdtemp(path.join(tmpdir(), "modelops-pg-"));
  const data = path.join(root, "data");
  const asRoot = process.getuid?.() === 0;
  const exec = (cmd: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", cmd, ...args]) : run(cmd, args);
  if (asRoot) {
    const { uid, gid } = await userIds("postgres");
    await chown(root, uid, gid);
  }
  await chmod(root, 0o700);
  const user = asRoot ? "postgres" : (process.env.USER ?? "postgres");
  await exec(path.join(bin, "initdb"), ["-D", data, "-U", user, "--auth=trust", "-E", "UTF8", "--no-sync"]);
  await exec(path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-w",
    "-l",
    path.join(root, "log"),
    "-o",
    `-c listen_addresses='' -c unix_socket_directories='${root}' -c fsync=on`,
    "start",
  ]);
  await exec(path.join(bin, "createdb"), ["-h", root, "-U", user, "modelops"]);
  return {
    url: `postgres://${user}@localhost/modelops?host=${encodeURIComponent(root)}`,
    async stop() {
      await exec(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]).catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function userIds(name: string): Promise<{ uid: number; gid: number }> {
  const { stdout: uid } = await run("id", ["-u", name]);
  const { stdout: gid } = await run("id", ["-g", name]);
  return { uid: Number(uid), gid: Number(gid) };
}
