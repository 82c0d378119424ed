// The public face of pipelines/scaffold: what `modelops init` writes into a user's repository.
export { ACTIONLINT_FILE, customLabels, renderActionlintConfig } from "./actionlint.ts";
export { type InitOptions, type InitResult, initProject, WORKFLOW_FILE } from "./init.ts";
export { GITIGNORE_LINES, STARTER_CONFIG, STARTER_DATA } from "./starter.ts";
export {
  ACTION_REF,
  ACTION_REPOSITORY,
  DEFAULT_RUNS_ON,
  renderWorkflow,
  SAFE_LABEL,
  type WorkflowOptions,
} from "./workflow.ts";
