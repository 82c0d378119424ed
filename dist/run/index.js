import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-BAJ4Y5AR.js";
import "../lib/chunk-LSWXKHHF.js";
import "../lib/chunk-HUKU6SKE.js";
import "../lib/chunk-WF4H7C7E.js";
import "../lib/chunk-SO6UQQJF.js";
import "../lib/chunk-BTQJFV5C.js";
import "../lib/chunk-KDS7MEYM.js";
import "../lib/chunk-XSDNGZM5.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/run/index.ts
await run();
