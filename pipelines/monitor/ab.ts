// The A/B test's decision: a mixture sequential probability ratio test (mSPRT; Johari, Pekelis, Walsh,
// "Always valid inference", 2017) on the difference of two accuracies. Its p-value and confidence interval
// stay valid however often they are read, so the rollout may look after every outcome and still keep the
// false-positive rate at most alpha. Pure: counts in, verdict out.

export interface ArmCounts {
  /** Predictions with an outcome. */
  n: number;
  /** Of those, how many were right. */
  correct: number;
}

export interface AbSettings {
  /** Largest false-positive rate accepted (declaring a difference when there is none). Default 0.05. */
  alpha?: number;
  /** Outcomes per arm before any decision. Default 200. */
  minSamples?: number;
  /** Outcomes per arm after which the test stops without a winner. Default 20,000. */
  maxSamples?: number;
  /** The mixing prior's standard deviation: the size of effect the test is tuned for. Default 0.05. */
  tau?: number;
}

export interface AbVerdict {
  /** "candidate" or "production" once decided; "none" when it stopped without a difference; undefined while running. */
  winner: "candidate" | "production" | "none" | undefined;
  /** Accuracy of the candidate minus that of production. */
  effect: number;
  /** An always-valid (1 - alpha) confidence interval of the effect. */
  interval: [number, number];
  /** Always-valid p-value of "no difference". */
  pValue: number;
  samples: { production: number; candidate: number };
}

export const AB_DEFAULTS: Required<AbSettings> = {
  alpha: 0.05,
  minSamples: 200,
  maxSamples: 20_000,
  tau: 0.05,
};

/**
 * The verdict after the outcomes so far. `previousP` is the running minimum of earlier looks' p-values (the
 * always-valid p-value never rises); pass the returned pValue to the next look.
 */
export function abVerdict(
  production: ArmCounts,
  candidate: ArmCounts,
  settings: AbSettings = {},
  previousP = 1,
): AbVerdict {
  const s = { ...AB_DEFAULTS, ...settings };
  const samples = { production: production.n, candidate: candidate.n };
  const pA = rate(production);
  const pB = rate(candidate);
  const effect = pB - pA;
  // Plug-in variance of the difference, kept off zero so a perfect arm does not divide by it.
  const v = Math.max(variance(pA, production.n) + variance(pB, candidate.n), 1e-9);
  const t2 = s.tau * s.tau;
  const logLambda = 0.5 * Math.log(v / (v + t2)) + (t2 * effect * effect) / (2 * v * (v + t2));
  const pValue = Math.min(previousP, Math.min(1, Math.exp(-logLambda)));
  const half = Math.sqrt(((v * (v + t2)) / t2) * (Math.log((v + t2) / v) - 2 * Math.log(s.alpha)));
  const interval: [number, number] = [effect - half, effect + half];
  const enough = Math.min(production.n, candidate.n) >= s.minSamples;
  let winner: AbVerdict["winner"];
  if (enough && pValue <= s.alpha) winner = effect > 0 ? "candidate" : "production";
  else if (Math.min(production.n, candidate.n) >= s.maxSamples) winner = "none";
  return { winner, effect, interval, pValue, samples };
}

function rate(a: ArmCounts): number {
  return a.n === 0 ? 0 : a.correct / a.n;
}

function variance(p: number, n: number): number {
  // A pseudo-count keeps the variance positive at p = 0 or 1 (small samples would otherwise look certain).
  const q = (p * n + 0.5) / (n + 1);
  return n === 0 ? 0.25 : (q * (1 - q)) / n;
}

/** Which arm a request key goes to: a stable hash of the key, so the same user stays on one side. */
export function abArm(key: string, candidatePercent: number): "production" | "candidate" {
  // FNV-1a, 32 bits: cheap and well spread for short keys.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 10_000) / 100 < candidatePercent ? "candidate" : "production";
}
