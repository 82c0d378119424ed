#!/usr/bin/env node
// The installed `modelops` executable (package.json "bin" -> lib/bot/cli/bin.js): the compiled CLI, no
// TypeScript loader at run time. A source checkout runs bot/cli/modelops.js (tsx) instead.
import module from "node:module";

// Node 22.1+ keeps the compiled code of the ~800 modules a server start loads (V8's code cache) in
// NODE_COMPILE_CACHE or the temp folder: the second start of `modelops serve` skips most compilation. Where the
// folder cannot be written (a read-only pod), Node reports it in the return value and carries on uncached.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runModelops } = await import("./main.ts");
await runModelops(process.argv);
