import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-NADU35PR.js";
import "../lib/chunk-MHRJNJBW.js";
import "../lib/chunk-NKJFV7UZ.js";
import "../lib/chunk-OMYMUVFQ.js";
import "../lib/chunk-CDTA7JS7.js";
import "../lib/chunk-GZSAGK6Y.js";
import "../lib/chunk-7TUF4QLU.js";
import "../lib/chunk-JMVLLMRF.js";
import "../lib/chunk-UOFP67N6.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-VJTP6C54.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/preprocess/index.ts
await run();
