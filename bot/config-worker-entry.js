// A worker thread's entry (piscina loads it). In the compiled package (lib/) the task's JavaScript sits
// beside this file; in a source checkout tsx is registered in this thread first (a loader registered in the
// main thread does not reach workers), as pipelines/train/parallel-worker.js does.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = new URL("./config-worker-task.js", import.meta.url);
let task;
if (existsSync(fileURLToPath(compiled))) {
  task = await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  task = await import(new URL("./config-worker-task.ts", import.meta.url).href);
}
export default task.default;
