import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-TA62I5JZ.js";
import "../lib/chunk-LZLVKG2T.js";
import "../lib/chunk-IBIZSILZ.js";
import "../lib/chunk-4HIKNCLD.js";
import "../lib/chunk-B4SXP53N.js";
import "../lib/chunk-YFNAEQM5.js";
import "../lib/chunk-HYXHSZD6.js";
import "../lib/chunk-5LBQMHNO.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-2XUHKYEK.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/run/index.ts
await run();
