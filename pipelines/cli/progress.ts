// Training progress on stderr. On a terminal: one bar (cli-progress) over every batch of every epoch, with
// the epoch, the loss and the time left in it; log lines print above the bar, and stop() ends the bar's line
// so the command's summary starts a line of its own. Elsewhere (CI logs): one line every 10% of the epochs.
import cliProgress from "cli-progress";
import { clock } from "../train/progress.ts";

export interface TrainingProgress {
  onEpoch: (epoch: number, epochs: number, loss: number) => void;
  onBatch?: (e: { epoch: number; epochs: number; batch: number; batches: number; loss: number }) => void;
  log: (line: string) => void;
  /** Ends the bar (idempotent); call it before printing anything else. */
  stop: () => void;
}

export function trainingProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): TrainingProgress {
  if (!stream.isTTY) return lineProgress(label, stream);
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: `${label} {bar} epoch {epoch}/{epochs} batch {batch}/{batches} loss {loss} ETA {left}`,
      barsize: 20,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      forceRedraw: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | undefined;
  let batches = 1;
  let stopped = false;
  const started = performance.now();
  const show = (epoch: number, epochs: number, batch: number, loss: number) => {
    const total = epochs * batches;
    const value = (epoch - 1) * batches + batch;
    const seconds = (performance.now() - started) / 1000;
    const left = value > 0 ? clock(seconds * (total / value - 1)) : "-";
    const payload = { epoch, epochs, batch, batches, loss: loss.toFixed(4), left };
    if (!bar) bar = bars.create(total, value, payload);
    else {
      bar.setTotal(total);
      bar.update(value, payload);
    }
  };
  return {
    onBatch: ({ epoch, epochs, batch, batches: n, loss }) => {
      if (stopped) return;
      batches = n;
      show(epoch, epochs, batch, loss);
    },
    onEpoch: (epoch, epochs, loss) => {
      if (!stopped) show(epoch, epochs, batches, loss);
    },
    log: (line) => (stopped || !bar ? stream.write(`${line}\n`) : bars.log(`${line}\n`)),
    stop: () => {
      if (stopped) return;
      stopped = true;
      bars.stop();
    },
  };
}

function lineProgress(label: string, stream: NodeJS.WriteStream): TrainingProgress {
  const started = performance.now();
  return {
    onEpoch: (epoch, epochs, loss) => {
      if (epoch !== epochs && epoch % Math.max(1, Math.round(epochs / 10)) !== 0) return;
      const seconds = (performance.now() - started) / 1000;
      const left = clock((seconds / epoch) * (epochs - epoch));
      stream.write(`${label} epoch ${epoch}/${epochs} loss ${loss.toFixed(4)} ETA ${left}\n`);
    },
    log: (line) => stream.write(`${line}\n`),
    stop: () => {},
  };
}
