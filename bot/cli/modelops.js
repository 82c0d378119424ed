#!/usr/bin/env node
// The `modelops` executable of a source checkout: registers tsx so the TypeScript sources run as they are,
// then hands over to the composition root (bot/cli/main.ts). An installed package runs lib/bot/cli/bin.js.
import { register } from "tsx/esm/api";

register();
const { runModelops } = await import("./main.ts");
await runModelops(process.argv);
