import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-TTQJE3YO.js";
import "../lib/chunk-SSMHQTOA.js";
import "../lib/chunk-QRTETX7G.js";
import "../lib/chunk-UAB4TL2S.js";
import "../lib/chunk-PXYKHKRY.js";
import "../lib/chunk-XSDNGZM5.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/evaluate/index.ts
await run();
