import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-5QFF4EYX.js";
import {
  run as run2
} from "../lib/chunk-C5LLLUZI.js";
import {
  run as run3
} from "../lib/chunk-N35R47WV.js";
import "../lib/chunk-IUX7OCFA.js";
import {
  run as run4
} from "../lib/chunk-AYKLF6UN.js";
import "../lib/chunk-YGTGBNP7.js";
import "../lib/chunk-RAHTMXLS.js";
import {
  run as run5
} from "../lib/chunk-56NSTJWE.js";
import "../lib/chunk-AUH33HJO.js";
import "../lib/chunk-FGQ6DF2K.js";
import "../lib/chunk-DCQ755NV.js";
import {
  run as run6
} from "../lib/chunk-NX526K5S.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-FM6GAKAH.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-4JHJGNA3.js";
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
