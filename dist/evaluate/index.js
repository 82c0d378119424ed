import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-L4MJ6QQS.js";
import "../lib/chunk-XYYO4HLQ.js";
import "../lib/chunk-C76FZDQP.js";
import "../lib/chunk-TG4JX6RH.js";
import "../lib/chunk-W7FXDMSZ.js";
import "../lib/chunk-PX6JXTJ4.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-WE4INTEA.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-JCMM6JE4.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-4MXHRHGR.js";
import "../lib/chunk-46PQK2SI.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/evaluate/index.ts
await run();
