import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-GLOMAVBL.js";
import {
  run as run2
} from "../lib/chunk-EALRUQKQ.js";
import {
  run as run3
} from "../lib/chunk-RLKFSUK3.js";
import "../lib/chunk-3POP66GU.js";
import {
  run as run4
} from "../lib/chunk-WVYMITSB.js";
import "../lib/chunk-5QYFNSOM.js";
import "../lib/chunk-Z62MM5YY.js";
import {
  run as run5
} from "../lib/chunk-3BNWFSNE.js";
import "../lib/chunk-J2WU2FNS.js";
import "../lib/chunk-HEXQLB2Z.js";
import {
  run as run6
} from "../lib/chunk-KGZXBING.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-VSECMLFK.js";
import "../lib/chunk-O7ARKUTF.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-JSAML76W.js";
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
