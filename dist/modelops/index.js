import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-KEQMH2PR.js";
import {
  run as run2
} from "../lib/chunk-LKF3DYNW.js";
import {
  run as run3
} from "../lib/chunk-W526V73T.js";
import "../lib/chunk-Q6YHD2VN.js";
import {
  run as run4
} from "../lib/chunk-3HBS6M7T.js";
import "../lib/chunk-Z6RKPVPC.js";
import "../lib/chunk-TDL7M7KC.js";
import {
  run as run5
} from "../lib/chunk-3JUVAJC2.js";
import "../lib/chunk-WXABCL3X.js";
import "../lib/chunk-XGWVJ55C.js";
import "../lib/chunk-RKFK2CIA.js";
import "../lib/chunk-4QAVRLWY.js";
import {
  run as run6
} from "../lib/chunk-ZQIQMTHO.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-4CQ5GFVD.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-4PRNUTH7.js";
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
