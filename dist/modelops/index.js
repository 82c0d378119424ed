import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-XJVZJ67Z.js";
import {
  run as run2
} from "../lib/chunk-KL7SLCQ4.js";
import {
  run as run3
} from "../lib/chunk-GKFB5XMN.js";
import "../lib/chunk-NQCKRLW7.js";
import {
  run as run4
} from "../lib/chunk-ZYKP5GAR.js";
import "../lib/chunk-IECWDM4B.js";
import "../lib/chunk-HH7WYSHJ.js";
import {
  run as run5
} from "../lib/chunk-AJPP66B5.js";
import "../lib/chunk-TUTVZX34.js";
import "../lib/chunk-CFSKGD6W.js";
import {
  run as run6
} from "../lib/chunk-DRTSKKXY.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-BISBRY3G.js";
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
