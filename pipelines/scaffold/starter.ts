// What `modelops init` writes into a repository that has no modelops.yaml yet: one model on the iris data
// (copied beside it), small enough to train in seconds on a CPU.
import { packagePath } from "../package-root.ts";
import { ACTION_REF, ACTION_REPOSITORY } from "./workflow.ts";

export const STARTER_DATA = "data/iris.csv";
export const STARTER_DATA_SOURCE = packagePath("examples", "iris", "data", "iris.csv");

export const STARTER_CONFIG = `# yaml-language-server: $schema=https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_REF}/schema/modelops.schema.json
# modelops.yaml: the models of this repository. A pull request that changes this file or the data trains and
# evaluates them; merging releases them. Reference: modelops schema, or the JSON Schema above.
version: 1
models:
  iris:
    task: classification
    data:
      target: species
      train: { format: csv, path: ${STARTER_DATA} }
    preprocess:
      - dropMissing: {}
      - scale: { method: standard }
    split: { validation: 0.15, test: 0.2, stratify: true, seed: 42 }
    model: { architecture: mlp, dense: [16, 16], activation: relu }
    train:
      optimizer: adam
      learningRate: 0.02
      epochs: 80
      batchSize: 16
      earlyStopping: { monitor: val_loss, patience: 15 }
      seed: 42
    gates: # checked against the model in production before a merge may release
      accuracy: { min: 0.9, maxDrop: 0.05 }
      latency_p95_ms: { max: 50 }
    promotion: { reviewers: { users: [] }, minApprovals: 1 }
`;

/** Lines `modelops init` makes sure .gitignore has: run folders and the local registry stay out of git. */
export const GITIGNORE_LINES = ["runs/", ".modelops/"];
