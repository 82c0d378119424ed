import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-Z2E6PGCI.js";
import {
  run as run2
} from "../lib/chunk-XA2TOWPC.js";
import {
  run as run3
} from "../lib/chunk-R35UQLL4.js";
import "../lib/chunk-LINHYNKP.js";
import {
  run as run4
} from "../lib/chunk-H2JWZMVZ.js";
import "../lib/chunk-ZXAYPNKV.js";
import "../lib/chunk-VPIJEK5B.js";
import {
  run as run5
} from "../lib/chunk-ZMTY4QCZ.js";
import "../lib/chunk-XAKHFA74.js";
import "../lib/chunk-HY27NGT6.js";
import {
  run as run6
} from "../lib/chunk-3RN36EVC.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-5PNDQGOC.js";
import "../lib/chunk-XSDNGZM5.js";
import "../lib/chunk-MIMVBQEI.js";
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
