import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-WVYMITSB.js";
import "../lib/chunk-5QYFNSOM.js";
import "../lib/chunk-Z62MM5YY.js";
import "../lib/chunk-HEXQLB2Z.js";
import "../lib/chunk-VSECMLFK.js";
import "../lib/chunk-O7ARKUTF.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-JSAML76W.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/evaluate/index.ts
await run();
