// Entry of a data-parallel training worker (see parallel.ts): registers tsx so the TypeScript sources run as
// they are, as the modelops executable does, then becomes a replica.
import { register } from "tsx/esm/api";

register();
await import("./parallel-replica.ts");
