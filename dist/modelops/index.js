import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-JSWA43VO.js";
import {
  run as run2
} from "../lib/chunk-7ZOSHLOV.js";
import {
  run as run3
} from "../lib/chunk-H42JUXFU.js";
import "../lib/chunk-Q6YHD2VN.js";
import {
  run as run4
} from "../lib/chunk-BYP3LZNA.js";
import "../lib/chunk-XXBRHS5U.js";
import "../lib/chunk-NF27SDL5.js";
import {
  run as run5
} from "../lib/chunk-3DFIPC3G.js";
import "../lib/chunk-N3HO4HBB.js";
import "../lib/chunk-ID6MPRV4.js";
import "../lib/chunk-KXSAR4ZD.js";
import "../lib/chunk-EOECHLZU.js";
import {
  run as run6
} from "../lib/chunk-Y5BPVLNU.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-XRR7QRBG.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-BUMQGKQF.js";
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
