import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-NAPXQY4O.js";
import {
  run as run2
} from "../lib/chunk-ECSPLFJF.js";
import {
  run as run3
} from "../lib/chunk-63Y2YQTO.js";
import "../lib/chunk-QCSPR6IA.js";
import {
  run as run4
} from "../lib/chunk-QRADQTVH.js";
import "../lib/chunk-35TKU24V.js";
import "../lib/chunk-X3IFWVVD.js";
import {
  run as run5
} from "../lib/chunk-ZJ3EWWWV.js";
import "../lib/chunk-PQ6CFSU4.js";
import "../lib/chunk-BALJD7G3.js";
import "../lib/chunk-UQNXNLO3.js";
import "../lib/chunk-OVC23DDO.js";
import {
  run as run6
} from "../lib/chunk-QZCY5MNH.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-BAAV244J.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-6WPLWQF4.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-DDTRF57V.js";
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
