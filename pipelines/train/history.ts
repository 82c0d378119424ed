// The contract of history.json, owned by training (fit writes it); evaluate, the report, the runs catalog,
// the bot and the actions read it.

/** history.json: per-epoch training curves. */
export interface TrainingHistory {
  schema: "modelops/history@1";
  backend: string;
  /** On wasm, the build of the training kernels that ran (relaxed-simd on Node 24, else simd128). Added compatibly (issue 19). */
  kernels?: "relaxed-simd" | "simd128";
  epochs: Array<{ epoch: number } & Record<string, number>>;
  stoppedEarly: boolean;
  /** 1-based epoch whose weights were kept. */
  bestEpoch: number;
  seconds: number;
  /** Data-parallel replicas that trained the model (absent: one). Added compatibly (issue 3). */
  replicas?: number;
}
