// The fork rule as a step sees it: allowed runs log why, refused runs stop the step before any data is read.
import * as core from "@actions/core";
import { ModelopsError } from "../../pipelines/errors.ts";
import type { ActionDeps } from "./step.ts";
import { checkTrust, type TrustVerdict } from "./trust.ts";

export async function guard(deps: ActionDeps, opts: { token: string; label: string }): Promise<TrustVerdict> {
  const verdict = await checkTrust(deps.context, {
    label: opts.label,
    ...(opts.token && { api: deps.api(opts.token) }),
  });
  if (!verdict.allowed) throw new ModelopsError(`refused to preprocess or train: ${verdict.reason}`);
  core.info(`fork safety: ${verdict.reason}`);
  return verdict;
}
