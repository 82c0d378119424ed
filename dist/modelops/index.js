import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-KA2E3AM3.js";
import {
  run as run2
} from "../lib/chunk-L2USLAAP.js";
import {
  run as run3
} from "../lib/chunk-YLY56XMR.js";
import "../lib/chunk-IUX7OCFA.js";
import {
  run as run4
} from "../lib/chunk-X7W7AZL2.js";
import "../lib/chunk-JN5TZLLU.js";
import "../lib/chunk-62ELXMRO.js";
import {
  run as run5
} from "../lib/chunk-5QVUPWAY.js";
import "../lib/chunk-DEODRY5Q.js";
import "../lib/chunk-RC65MR3A.js";
import "../lib/chunk-2TMMCIEZ.js";
import {
  run as run6
} from "../lib/chunk-3YMWOO62.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-3H6G6YIZ.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-UWJAO2NT.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-QVLWFYTS.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-4MXHRHGR.js";
import "../lib/chunk-46PQK2SI.js";
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
