// The fork rule as a step sees it: allowed runs log why, refused runs stop the step before any data is read.
import * as core from "@actions/core";
import { ModelopsError } from "../../pipelines/errors.ts";
import type { ModelInputs } from "./inputs.ts";
import { type ResolvedModel, resolveModel } from "./model.ts";
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

/** The fork rule first, then the model: a refused run reads nothing of the pull request, its config included. */
export async function guardedModel(
  deps: ActionDeps,
  trustIn: { token: string; label: string },
  modelIn: ModelInputs,
): Promise<{ trust: TrustVerdict; m: ResolvedModel }> {
  const trust = await guard(deps, trustIn);
  return { trust, m: await resolveModel(modelIn, deps.context.workspace) };
}
