import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-3RN36EVC.js";
import "../lib/chunk-5PNDQGOC.js";
import "../lib/chunk-XSDNGZM5.js";
import "../lib/chunk-MIMVBQEI.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/release/index.ts
await run();
