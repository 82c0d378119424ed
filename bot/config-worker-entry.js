// A worker thread's entry (piscina loads it): the bot's sources are TypeScript, so tsx is registered in this
// thread too (a loader registered in the main thread does not reach workers), then the task is loaded.
import { register } from "tsx/esm/api";

register();
const { default: parseTask } = await import("./config-worker-task.ts");
export default parseTask;
