import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-VA2BK3KT.js";
import {
  run as run2
} from "../lib/chunk-IVEYGYJR.js";
import {
  run as run3
} from "../lib/chunk-WHZMEBPC.js";
import "../lib/chunk-MZRJ5BV6.js";
import {
  run as run4
} from "../lib/chunk-DHPHU5VJ.js";
import "../lib/chunk-FN4ZSPUK.js";
import "../lib/chunk-VMT2A67J.js";
import {
  run as run5
} from "../lib/chunk-CF5CJX6A.js";
import "../lib/chunk-UCR7IVW2.js";
import "../lib/chunk-G4MJHCWB.js";
import "../lib/chunk-VTDEKFPV.js";
import "../lib/chunk-CKKO4PC4.js";
import {
  run as run6
} from "../lib/chunk-65PD4MVE.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-N3MG45LF.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-MCSJIGLY.js";
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
