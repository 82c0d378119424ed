import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-XJVZJ67Z.js";
import "../lib/chunk-NQCKRLW7.js";
import "../lib/chunk-IECWDM4B.js";
import "../lib/chunk-HH7WYSHJ.js";
import "../lib/chunk-TUTVZX34.js";
import "../lib/chunk-CFSKGD6W.js";
import "../lib/chunk-BISBRY3G.js";
import "../lib/chunk-XSDNGZM5.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/run/index.ts
await run();
