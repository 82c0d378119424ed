import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  run
} from "../lib/chunk-PW54NMVL.js";
import "../lib/chunk-A2TGKFDT.js";
import "../lib/chunk-TVJCPSVZ.js";
import "../lib/chunk-G4HWJM7J.js";
import "../lib/chunk-U3OVPIL2.js";
import "../lib/chunk-2LMPGJUC.js";
import "../lib/chunk-DX737IK5.js";
import "../lib/chunk-IZDZPW4P.js";
import "../lib/chunk-ZTS4JUQB.js";
import "../lib/chunk-ESTAZWVM.js";
import "../lib/chunk-HKHWRQYA.js";

// actions/report/index.ts
await run();
