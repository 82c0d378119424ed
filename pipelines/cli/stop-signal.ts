// A foreground command (serve, bot, ui) listens for SIGINT/SIGTERM from its first line, not from the moment its
// server is up: a signal that arrives while the server is still starting (a pod stopped during start-up, a
// test that stops the server right after its first answer) then stops it cleanly instead of killing the
// process with the default action mid-write.

/** Resolves with the first SIGINT or SIGTERM received after the call. */
export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
