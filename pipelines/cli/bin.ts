#!/usr/bin/env node
// The installed `modelops` executable (package.json "bin" -> lib/pipelines/cli/bin.js): the compiled CLI, no
// TypeScript loader at run time. A source checkout runs pipelines/cli/modelops.js (tsx) instead.
import { main } from "./main.ts";

await main(process.argv);
