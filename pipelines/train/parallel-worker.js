// Entry of a data-parallel training worker (see parallel.ts). In the compiled package (lib/) the replica's
// JavaScript sits beside this file; in a source checkout tsx is registered first, as bot/cli/modelops.js
// does, so the TypeScript runs as it is.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = new URL("./parallel-replica.js", import.meta.url);
if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("./parallel-replica.ts", import.meta.url).href);
}
