import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-PBVGFQIL.js";
import "../lib/chunk-Z63BL2RF.js";
import "../lib/chunk-EKPCJYXO.js";
import "../lib/chunk-EJC5YRBV.js";
import "../lib/chunk-6IW3367B.js";
import "../lib/chunk-GOD4O6BQ.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-M5A2DRFU.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/evaluate/index.ts
await run();
