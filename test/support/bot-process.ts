// Starts test/support/fixtures/bot-process.ts as a child process (a replica that can be killed, a bot whose
// memory can be measured apart from the test's own).
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const FIXTURE = fileURLToPath(new URL("fixtures/bot-process.ts", import.meta.url));

export interface BotProcess {
  child: ChildProcess;
  url: string;
  webhookUrl: string;
  rss(): Promise<number>;
  kill(): Promise<void>;
}

export async function startBotProcess(env: NodeJS.ProcessEnv, queue: object = {}): Promise<BotProcess> {
  const child = fork(FIXTURE, [], {
    env: { ...env, PATH: process.env.PATH, BOT_QUEUE: JSON.stringify(queue) },
    execArgv: ["--import", "tsx", "--expose-gc", "--no-warnings"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const [ready] = (await Promise.race([
    once(child, "message"),
    once(child, "exit").then(([code]) => {
      throw new Error(`bot process exited ${code} before listening`);
    }),
  ])) as [{ url: string; webhookUrl: string }];
  return {
    child,
    url: ready.url,
    webhookUrl: ready.webhookUrl,
    async rss() {
      child.send("rss");
      const [reply] = (await once(child, "message")) as [{ rss: number }];
      return reply.rss;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    },
  };
}
