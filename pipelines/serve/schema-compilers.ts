// Fastify's schema compilers (ajv for validation, fast-json-stringify for replies) built on first use
// instead of at Fastify(): the server's routes declare no schemas, and ajv with its formats is ~90 modules
// that the start would otherwise load before the server is ready (BENCHMARKS.md, start to ready).
import { createRequire } from "node:module";
import type { FastifyServerOptions } from "fastify";

// Resolved from fastify itself: these are its dependencies, not ours (npm may nest them under it).
const fromFastify = createRequire(createRequire(import.meta.url).resolve("fastify"));

type Builder = (...args: unknown[]) => unknown;

/** A compiler builder that loads fastify's default one (`pkg`) the first time a route needs it. */
function lazyBuilder(pkg: string): Builder {
  let builder: Builder | undefined;
  return (...args) => {
    builder ??= (fromFastify(pkg) as () => Builder)();
    return builder(...args);
  };
}

/** Fastify's `schemaController` option: its default compilers, loaded when first needed. */
export function lazySchemaCompilers(): FastifyServerOptions["schemaController"] {
  type Factory = NonNullable<NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]>;
  return {
    compilersFactory: {
      buildValidator: lazyBuilder("@fastify/ajv-compiler") as Factory["buildValidator"],
      buildSerializer: lazyBuilder("@fastify/fast-json-stringify-compiler") as Factory["buildSerializer"],
    },
  };
}
