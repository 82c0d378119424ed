// A foreground command (serve, bot, ui) listens for SIGINT/SIGTERM from its first line, not from the moment its
// server is up: a signal that arrives while the server is still starting (a pod stopped during start-up, a
// test that stops the server right after its first answer) then stops it cleanly instead of killing the
// process with the default action mid-write.
//
// The listener stays installed, and signals after the first are ignored while the command drains (the drain
// is bounded: request timeouts, the reporter's settle). signal-exit, which the registry's file locks load,
// re-sends a signal to the process when it counts itself the only listener, and its count is wrong when
// several copies are loaded: without this, that second signal killed the server mid-drain (exit by SIGTERM).

/** Resolves with the first SIGINT or SIGTERM received after the call; later ones are ignored. */
export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => resolve(signal);
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
