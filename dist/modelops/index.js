import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-4YSA7AFT.js";
import {
  run as run2
} from "../lib/chunk-NADU35PR.js";
import {
  run as run3
} from "../lib/chunk-KTJBK53I.js";
import "../lib/chunk-CGQ22JBT.js";
import {
  run as run4
} from "../lib/chunk-4PK2E6VH.js";
import "../lib/chunk-YD4XVCEA.js";
import "../lib/chunk-MHRJNJBW.js";
import {
  run as run5
} from "../lib/chunk-MPKXUB62.js";
import "../lib/chunk-7MISDKXX.js";
import "../lib/chunk-RV3B3XUR.js";
import "../lib/chunk-SKV7GBHQ.js";
import "../lib/chunk-NKJFV7UZ.js";
import {
  run as run6
} from "../lib/chunk-VF7VGJLZ.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-OMYMUVFQ.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-GZSAGK6Y.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-JMVLLMRF.js";
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
