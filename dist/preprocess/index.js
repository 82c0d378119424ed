import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-ZQHNVWHE.js";
import "../lib/chunk-4AT5QMYC.js";
import "../lib/chunk-DM67BKJB.js";
import "../lib/chunk-5TA3KMS6.js";
import "../lib/chunk-XSDNGZM5.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/preprocess/index.ts
await run();
