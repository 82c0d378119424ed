import { readFileSync } from "node:fs";
import { packagePath } from "./package-root.ts";

// The modelops version is part of every input key: a new release of the engine may train differently, so
// it must not reuse artifacts built by another version.
const pkg = JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as {
  version: string;
};
export const MODELOPS_VERSION: string = pkg.version;
