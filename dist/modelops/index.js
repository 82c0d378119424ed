import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-O7OAUWQJ.js";
import {
  run as run2
} from "../lib/chunk-5XYDZRND.js";
import {
  run as run3
} from "../lib/chunk-HPSYM5GZ.js";
import "../lib/chunk-BJVST6RS.js";
import {
  run as run4
} from "../lib/chunk-J2AU2JYO.js";
import "../lib/chunk-2SWYQP3J.js";
import "../lib/chunk-3HFQ4JPS.js";
import {
  run as run5
} from "../lib/chunk-6F3C2N5Y.js";
import "../lib/chunk-VH4YBAYV.js";
import "../lib/chunk-XZZPKHOM.js";
import {
  run as run6
} from "../lib/chunk-RBSHCFGF.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-I75XXRDO.js";
import "../lib/chunk-JBQWIXQZ.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-PN56LODT.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
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
