import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-ULLAMVIU.js";
import "../lib/chunk-YCO22THY.js";
import "../lib/chunk-6ZADBFZU.js";
import "../lib/chunk-FWM5O5WU.js";
import "../lib/chunk-JHGBEWSV.js";
import "../lib/chunk-UQKOJX62.js";
import "../lib/chunk-5RMFLXCW.js";
import "../lib/chunk-EK7GSEQ5.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/evaluate/index.ts
await run();
