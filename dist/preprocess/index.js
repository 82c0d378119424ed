import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-XA2TOWPC.js";
import "../lib/chunk-VPIJEK5B.js";
import "../lib/chunk-HY27NGT6.js";
import "../lib/chunk-5PNDQGOC.js";
import "../lib/chunk-XSDNGZM5.js";
import "../lib/chunk-MIMVBQEI.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/preprocess/index.ts
await run();
