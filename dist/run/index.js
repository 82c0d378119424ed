import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-KUGHPW2D.js";
import "../lib/chunk-YDHZTADO.js";
import "../lib/chunk-YFKJVE3Q.js";
import "../lib/chunk-CV232IKL.js";
import "../lib/chunk-TKRGOXFZ.js";
import "../lib/chunk-W42A3XE3.js";
import "../lib/chunk-MRALACUF.js";
import "../lib/chunk-VTQTYAZ2.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-ETRM4ZCD.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-DKGJBJGN.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-4MXHRHGR.js";
import "../lib/chunk-46PQK2SI.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/run/index.ts
await run();
