import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  listImageFolder,
  readImageFolder
} from "./chunk-JMVLLMRF.js";
import "./chunk-IZDZPW4P.js";
import "./chunk-HKHWRQYA.js";
export {
  listImageFolder,
  readImageFolder
};
