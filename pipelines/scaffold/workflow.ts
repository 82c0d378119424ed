// The GitHub Actions workflow `modelops init` writes: pull requests train and evaluate each model on the
// chosen runner (a fork's only after a maintainer's safe-to-train label), a push to the default branch
// releases. Least privilege: nothing at the top, each job asks for what it uses.

/** Where the actions live: `uses: <repository>/actions/run@<ref>`. */
export const ACTION_REPOSITORY = "modelops/modelops";
export const ACTION_REF = "v1";
export const DEFAULT_RUNS_ON = ["self-hosted", "gpu"];
export const SAFE_LABEL = "safe-to-train";

export interface WorkflowOptions {
  /** Model names of modelops.yaml: one matrix job each. */
  models: string[];
  /** Runner labels of the training jobs. */
  runsOn?: string[];
  /** modelops.yaml, relative to the repository root. */
  config?: string;
  defaultBranch?: string;
  actionRepository?: string;
  actionRef?: string;
}

const flow = (items: string[]) => `[${items.join(", ")}]`;

export function renderWorkflow(opts: WorkflowOptions): string {
  const runsOn = opts.runsOn?.length ? opts.runsOn : DEFAULT_RUNS_ON;
  const gpu = runsOn.some((l) => /gpu|cuda/i.test(l));
  const config = opts.config ?? "modelops.yaml";
  const branch = opts.defaultBranch ?? "main";
  const uses = (action: string) =>
    `${opts.actionRepository ?? ACTION_REPOSITORY}/actions/${action}@${opts.actionRef ?? ACTION_REF}`;
  return `# modelops: train and evaluate each model on pull requests, release on merge (written by \`modelops init\`).
#
# Fork safety: a pull request from a fork never trains on its own. A maintainer reviews the commit and adds the
# label "${SAFE_LABEL}"; adding it starts one run, for that commit (a new push needs a new label). The run
# uses this file as it is on ${branch} (pull_request_target), so a fork cannot edit the rule. Also keep
# Settings > Actions > "Require approval for all outside collaborators" on: self-hosted runners run code.
name: modelops

on:
  pull_request:
  pull_request_target:
    types: [labeled]
  push:
    branches: [${branch}]

# No token permissions unless a job asks for them below.
permissions: {}

concurrency:
  group: modelops-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name != 'push' }}

jobs:
  train:
    name: train \${{ matrix.model }}
    # pull_request: branches of this repository. pull_request_target: a fork's, once labelled.
    if: >-
      (github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository) ||
      (github.event_name == 'pull_request_target' && github.event.label.name == '${SAFE_LABEL}')
    runs-on: ${flow(runsOn)}
    timeout-minutes: 120
    permissions:
      contents: read # check out the pull request's commit
      pull-requests: read # the fork rule reads the label and the head commit
    strategy:
      fail-fast: false
      matrix:
        model: ${flow(opts.models)}
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - id: run
        uses: ${uses("run")}
        with:
          model: \${{ matrix.model }}
          config: ${config}
          backend: ${gpu ? "tensorflow-gpu # fail, with the reason, when the GPU backend does not load" : "auto"}
          registry: \${{ vars.MODELOPS_REGISTRY }} # a folder that outlives jobs on the runner; empty: per job
          safe-label: ${SAFE_LABEL}

  release:
    if: github.event_name == 'push'
    runs-on: ${flow(runsOn)}
    timeout-minutes: 120
    permissions:
      contents: write # push the <model>/vN tags
      pull-requests: read # release reads the merged pull request's reviews (approvals: github)
    concurrency:
      group: modelops-release
      cancel-in-progress: false
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0 # release reads the merge's parents and the config of the default branch
      - uses: ${uses("release")}
        with:
          config: ${config}
          registry: \${{ vars.MODELOPS_REGISTRY }}
`;
}
