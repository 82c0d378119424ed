import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-6F3C2N5Y.js";
import "../lib/chunk-VH4YBAYV.js";
import "../lib/chunk-XZZPKHOM.js";
import "../lib/chunk-I75XXRDO.js";
import "../lib/chunk-JBQWIXQZ.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-PN56LODT.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/report/index.ts
await run();
