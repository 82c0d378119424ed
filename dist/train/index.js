import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-VA5SFFRG.js";
import "../lib/chunk-644AIG6Y.js";
import "../lib/chunk-TFYWLBOJ.js";
import "../lib/chunk-AINZ34FJ.js";
import "../lib/chunk-GYBGZELF.js";
import "../lib/chunk-2LMPGJUC.js";
import "../lib/chunk-WDWNS332.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/train/index.ts
await run();
