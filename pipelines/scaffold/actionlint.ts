// .github/actionlint.yaml: actionlint (github.com/rhysd/actionlint, the workflow linter most repositories run)
// knows GitHub's hosted runner labels only, and flags every other label of `runs-on` as a typo. The labels of
// the self-hosted runners the modelops workflow asks for are declared here, so the workflow lints clean.
import { type Document, isScalar, parseDocument, YAMLSeq } from "yaml";

export const ACTIONLINT_FILE = ".github/actionlint.yaml";

/** Labels actionlint knows: the self-hosted runner's own and GitHub's hosted images. */
const KNOWN = /^(self-hosted|x64|arm|arm64|linux|macos|windows|(ubuntu|windows|macos)-.+)$/;

/** The runner labels that actionlint needs to be told about. */
export function customLabels(runsOn: string[]): string[] {
  return [...new Set(runsOn.filter((l) => !KNOWN.test(l)))];
}

export function renderActionlintConfig(labels: string[]): string {
  return `# actionlint configuration (written by \`modelops init\`): the labels of the self-hosted runners that
# .github/workflows/modelops.yml runs on, which actionlint would otherwise report as unknown.
self-hosted-runner:
  labels:
${labels.map((l) => `    - ${l}`).join("\n")}
`;
}

/** The configuration variables (`vars.X`) a workflow reads. */
export function workflowVariables(workflow: string): string[] {
  return [...new Set([...workflow.matchAll(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}

/**
 * An existing config with what it lacks added (comments and other settings kept), or undefined when nothing
 * is missing: the runner labels, and the workflow's configuration variables where the config lists its
 * variables (actionlint checks `vars.X` against `config-variables` only when that list exists).
 */
export function addToConfig(text: string, labels: string[], variables: string[]): string | undefined {
  const doc = parseDocument(text);
  let changed = addMissing(doc, ["self-hosted-runner", "labels"], labels, true);
  if (doc.has("config-variables"))
    changed = addMissing(doc, ["config-variables"], variables, false) || changed;
  return changed ? doc.toString({ flowCollectionPadding: false }) : undefined;
}

function addMissing(doc: Document, path: string[], wanted: string[], create: boolean): boolean {
  const seq = doc.getIn(path);
  const have = seq instanceof YAMLSeq ? seq.items.map((i) => String(isScalar(i) ? i.value : i)) : [];
  const missing = wanted.filter((w) => !have.includes(w));
  if (missing.length === 0 || (!create && !(seq instanceof YAMLSeq))) return false;
  if (seq instanceof YAMLSeq) for (const w of missing) seq.add(w);
  else doc.setIn(path, [...have, ...missing]);
  return true;
}
