import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-3G2B7JNO.js";
import {
  run as run2
} from "../lib/chunk-ZQHNVWHE.js";
import {
  run as run3
} from "../lib/chunk-3TMXOZBI.js";
import "../lib/chunk-QB7W2K67.js";
import {
  run as run4
} from "../lib/chunk-IFOHYH2E.js";
import "../lib/chunk-HCKIGKS5.js";
import "../lib/chunk-4AT5QMYC.js";
import {
  run as run5
} from "../lib/chunk-TBDJWAB2.js";
import "../lib/chunk-Z4DVBDPG.js";
import "../lib/chunk-DM67BKJB.js";
import {
  run as run6
} from "../lib/chunk-LUEKPNBB.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-5TA3KMS6.js";
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
