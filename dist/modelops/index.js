import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-QP6MHSRX.js";
import {
  run as run2
} from "../lib/chunk-TQALQCVG.js";
import {
  run as run3
} from "../lib/chunk-6STMZNRD.js";
import "../lib/chunk-VBLFJJJG.js";
import {
  run as run4
} from "../lib/chunk-ULLAMVIU.js";
import "../lib/chunk-YCO22THY.js";
import "../lib/chunk-6ZADBFZU.js";
import {
  run as run5
} from "../lib/chunk-SWPVY7AK.js";
import "../lib/chunk-SNL35J54.js";
import "../lib/chunk-FWM5O5WU.js";
import {
  run as run6
} from "../lib/chunk-O6XY2LIX.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-JHGBEWSV.js";
import "../lib/chunk-UQKOJX62.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-EK7GSEQ5.js";
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
