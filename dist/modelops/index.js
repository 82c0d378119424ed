import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-P2RL354Y.js";
import {
  run as run2
} from "../lib/chunk-F747RDUZ.js";
import {
  run as run3
} from "../lib/chunk-SM5JAND3.js";
import "../lib/chunk-Q6YHD2VN.js";
import {
  run as run4
} from "../lib/chunk-7DZYNQWH.js";
import "../lib/chunk-OHIY2IJT.js";
import "../lib/chunk-TXJVSL43.js";
import {
  run as run5
} from "../lib/chunk-5BLGNIF2.js";
import "../lib/chunk-I3HF5JL3.js";
import "../lib/chunk-C7RCJD2J.js";
import "../lib/chunk-5264JTIB.js";
import "../lib/chunk-5MJHWTBQ.js";
import {
  run as run6
} from "../lib/chunk-ZAVF3IQQ.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-VCXCIL7G.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-ZVLELBIU.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-UOFP67N6.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-VJTP6C54.js";
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
