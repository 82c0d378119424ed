import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);

// pipelines/errors.ts
var ModelopsError = class extends Error {
  constructor(message, exitCode = 2, options) {
    super(message, options);
    this.exitCode = exitCode;
  }
  exitCode;
  name = "ModelopsError";
};

export {
  ModelopsError
};
