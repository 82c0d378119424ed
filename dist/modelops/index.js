import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-PBB44AX4.js";
import {
  run as run2
} from "../lib/chunk-DWRCZSTY.js";
import {
  run as run3
} from "../lib/chunk-M7KD6TIB.js";
import "../lib/chunk-RXQWQK25.js";
import {
  run as run4
} from "../lib/chunk-URDOLEGU.js";
import "../lib/chunk-CEJ5HO7F.js";
import "../lib/chunk-PBAQXTL4.js";
import {
  run as run5
} from "../lib/chunk-PW54NMVL.js";
import "../lib/chunk-A2TGKFDT.js";
import "../lib/chunk-TVJCPSVZ.js";
import {
  run as run6
} from "../lib/chunk-FM6ZKGEY.js";
import {
  getInput,
  setFailed
} from "../lib/chunk-G4HWJM7J.js";
import "../lib/chunk-U3OVPIL2.js";
import "../lib/chunk-2LMPGJUC.js";
import "../lib/chunk-DX737IK5.js";
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
