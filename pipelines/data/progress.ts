// A progress bar for reading large files: drawn on stderr only when it is a terminal and the file is large
// enough to take a moment (CI logs and tests stay clean). Rewritten in place at most ten times a second.
export interface ProgressBar {
  add(bytes: number): void;
  done(): void;
}

const MIN_BYTES = 32 * 1024 * 1024;

export function progressBar(label: string, total: number): ProgressBar | undefined {
  if (!process.stderr.isTTY || total < MIN_BYTES || process.env.MODELOPS_NO_PROGRESS) return undefined;
  const started = performance.now();
  let seen = 0;
  let drawn = 0;
  const draw = () => {
    const share = Math.min(1, seen / total);
    const width = 24;
    const filled = Math.round(share * width);
    const seconds = (performance.now() - started) / 1000;
    const mbs = seen / 1e6 / Math.max(seconds, 1e-3);
    const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
    process.stderr.write(
      `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${mbs.toFixed(0)} MB/s ETA ${eta.toFixed(0)}s`,
    );
  };
  return {
    add(bytes) {
      seen += bytes;
      const now = performance.now();
      if (now - drawn > 100) {
        drawn = now;
        draw();
      }
    },
    done() {
      seen = total;
      draw();
      process.stderr.write("\n");
    },
  };
}
