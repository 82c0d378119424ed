// Errors a user can act on. The CLI prints `message` as one line (what, where, how to fix) and exits with
// `exitCode`; anything that is not a ModelopsError is a bug and shows its stack only with --debug.
export class ModelopsError extends Error {
  override name = "ModelopsError";
  constructor(
    message: string,
    /** 1: a check failed (gate, data validation); 2: bad usage or bad input. */
    readonly exitCode: 1 | 2 = 2,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
