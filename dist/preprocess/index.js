import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-QL5FTQHS.js";
import "../lib/chunk-PBUVSIJP.js";
import "../lib/chunk-5NQM6TH5.js";
import "../lib/chunk-75AIOUR7.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-6FCQRVP6.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-M5A2DRFU.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/preprocess/index.ts
await run();
