import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-FTXFZZGW.js";
import {
  run as run2
} from "../lib/chunk-Y7RA34QN.js";
import {
  run as run3
} from "../lib/chunk-KEHL64M2.js";
import "../lib/chunk-YUWSO7AA.js";
import {
  run as run4
} from "../lib/chunk-KH4ONLDR.js";
import "../lib/chunk-Z7CEIZ7K.js";
import "../lib/chunk-62YBL6BG.js";
import {
  run as run5
} from "../lib/chunk-LNAGVSMA.js";
import "../lib/chunk-DJWFFOYW.js";
import "../lib/chunk-JVNHBOJK.js";
import "../lib/chunk-BO2VL3JU.js";
import "../lib/chunk-24ZM3MQO.js";
import {
  run as run6
} from "../lib/chunk-3L2MO5WV.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-XVFDYMCL.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-IOW5WJPX.js";
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
