import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-32PCKD5K.js";
import {
  run as run2
} from "../lib/chunk-WEDLQ5EP.js";
import {
  run as run3
} from "../lib/chunk-JYAXVERD.js";
import "../lib/chunk-KQFZRJ3K.js";
import {
  run as run4
} from "../lib/chunk-TTQJE3YO.js";
import "../lib/chunk-SSMHQTOA.js";
import "../lib/chunk-QRTETX7G.js";
import {
  run as run5
} from "../lib/chunk-BFBLORB3.js";
import "../lib/chunk-245AR3R6.js";
import "../lib/chunk-UAB4TL2S.js";
import {
  run as run6
} from "../lib/chunk-RP4DH2KK.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-PXYKHKRY.js";
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
