import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-IE2NKAXJ.js";
import {
  run as run2
} from "../lib/chunk-XDNTFVWH.js";
import {
  run as run3
} from "../lib/chunk-AR3MKCPD.js";
import "../lib/chunk-JGMT5UVS.js";
import {
  run as run4
} from "../lib/chunk-ZTBC5QHL.js";
import "../lib/chunk-UX4BTHYI.js";
import "../lib/chunk-HCZXSDKE.js";
import {
  run as run5
} from "../lib/chunk-DKZKKDWU.js";
import "../lib/chunk-KLPHYLFO.js";
import "../lib/chunk-BC5N4CDD.js";
import {
  run as run6
} from "../lib/chunk-HC74HE6G.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-SYEYQPPW.js";
import "../lib/chunk-2LMPGJUC.js";
import "../lib/chunk-XRRADPSL.js";
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
