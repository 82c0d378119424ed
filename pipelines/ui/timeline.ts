// The alias history as a reader thinks of it: releases, promotions, rollbacks (with the revert commit),
// canary starts and aborts (with their reason). The kind a store recorded (AliasEvent.kind) is taken at
// its word; moves recorded without one are read from the move itself.
import type { AliasEvent } from "../registry/model-store.ts";

export type TimelineKind =
  | "release"
  | "promote"
  | "rollback"
  | "canary"
  | "canary-promoted"
  | "abort"
  | "alias";

/** An alias move as the timeline shows it: the recorded event with its kind read (see kindOf). */
export interface TimelineEntry extends Omit<AliasEvent, "kind"> {
  kind: TimelineKind;
}

/** The moves worth a line on the timeline: `previous` follows production and is left out. */
export function timelineOf(history: AliasEvent[]): TimelineEntry[] {
  return history
    .filter((e) => e.alias !== "previous")
    .map((e) => ({
      at: e.at,
      kind: kindOf(e),
      alias: e.alias,
      from: e.from,
      to: e.to,
      reason: e.reason,
      ...(e.actor !== undefined && { actor: e.actor }),
      ...(e.commit !== undefined && { commit: e.commit }),
    }));
}

function kindOf(e: AliasEvent): TimelineKind {
  if (e.kind === "rollback") return "rollback";
  if (e.kind === "abort") return "abort";
  if (e.alias === "canary") {
    if (e.to !== null) return "canary";
    return /^promoted/i.test(e.reason) ? "canary-promoted" : "abort";
  }
  if (e.alias !== "production") return "alias";
  // A store that records no kind (an fs registry written before kinds existed): read it from the move.
  if (
    e.kind === undefined &&
    (/^rollback|\brevert/i.test(e.reason) || (e.from !== null && e.to !== null && e.to < e.from))
  ) {
    return "rollback";
  }
  return e.from === null || /^release/i.test(e.reason) ? "release" : "promote";
}

export const KIND_LABELS: Record<TimelineKind, string> = {
  release: "released",
  promote: "promoted",
  rollback: "rolled back",
  canary: "canary started",
  "canary-promoted": "canary finished",
  abort: "canary aborted",
  alias: "alias moved",
};
