import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-MMSQQNYS.js";
import {
  run as run2
} from "../lib/chunk-MGT57CPX.js";
import {
  run as run3
} from "../lib/chunk-RZU7LT3P.js";
import "../lib/chunk-DHV62MJX.js";
import {
  run as run4
} from "../lib/chunk-L4MJ6QQS.js";
import "../lib/chunk-XYYO4HLQ.js";
import "../lib/chunk-C76FZDQP.js";
import {
  run as run5
} from "../lib/chunk-RLMB3IXF.js";
import "../lib/chunk-AGVPO5JA.js";
import "../lib/chunk-H3JR3VJI.js";
import "../lib/chunk-TG4JX6RH.js";
import "../lib/chunk-W7FXDMSZ.js";
import {
  run as run6
} from "../lib/chunk-HY6UIX22.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-PX6JXTJ4.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-WE4INTEA.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-JCMM6JE4.js";
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
