// A progress bar for training on a TTY: epoch, batches, the epoch's mean loss so far and the time left,
// rewritten in place every few batches. Nothing is printed when stderr is not a terminal (CI logs get the
// per-epoch lines instead).
export type BatchProgress = (e: {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  loss: number;
}) => void;

export function batchProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): BatchProgress | undefined {
  if (!stream.isTTY) return undefined;
  const started = performance.now();
  return ({ epoch, epochs, batch, batches, loss }) => {
    const done = (epoch - 1 + batch / batches) / epochs;
    const seconds = (performance.now() - started) / 1000;
    const eta = done > 0 ? seconds * (1 / done - 1) : 0;
    const width = 20;
    const filled = Math.round((batch / batches) * width);
    const line = `${label} epoch ${epoch}/${epochs} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${batch}/${batches} loss ${loss.toFixed(4)} ETA ${clock(eta)}`;
    stream.write(`\r${line.padEnd(Math.min(stream.columns ?? 100, 100))}`);
    if (epoch === epochs && batch === batches) stream.write("\n");
  };
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0
    ? `${h}h${String(m).padStart(2, "0")}m`
    : m > 0
      ? `${m}m${String(r).padStart(2, "0")}s`
      : `${r}s`;
}
