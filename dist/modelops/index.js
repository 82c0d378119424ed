import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-BAJ4Y5AR.js";
import {
  run as run2
} from "../lib/chunk-QI3YECQ5.js";
import {
  run as run3
} from "../lib/chunk-NQW3ITBN.js";
import "../lib/chunk-LSWXKHHF.js";
import {
  run as run4
} from "../lib/chunk-PXIE5YMO.js";
import "../lib/chunk-HUKU6SKE.js";
import "../lib/chunk-WF4H7C7E.js";
import {
  run as run5
} from "../lib/chunk-2NJS7NDE.js";
import "../lib/chunk-SO6UQQJF.js";
import "../lib/chunk-BTQJFV5C.js";
import {
  run as run6
} from "../lib/chunk-GKH4XDAF.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-KDS7MEYM.js";
import "../lib/chunk-XSDNGZM5.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/modelops/main.ts
var COMMANDS = { run, preprocess: run2, train: run3, evaluate: run4, report: run5, release: run6 };
async function run7(deps = {}) {
  const command = getInput("command").trim() || "run";
  const action = COMMANDS[command];
  if (!action) {
    setFailed(
      `input command is ${JSON.stringify(command)}; expected one of ${Object.keys(COMMANDS).join(", ")}`
    );
    return;
  }
  await action(deps);
}

// actions/modelops/index.ts
await run7();
