// The traffic policy each model's `deploy:` section in modelops.yaml gives, re-read by the server's poll.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { getModel, type LoadedConfig, loadConfig } from "../config/index.ts";
import { ModelopsError } from "../errors.ts";
import { DEFAULT_POLICY, type ModelPolicy, policyFromConfig } from "./policy.ts";

/** The `deploy:` section of each model in modelops.yaml, re-read when the file's content changes. */
export class ConfigPolicies {
  #hash: string | undefined;
  #policies = new Map<string, ModelPolicy>();
  #lastError: string | undefined;
  /** The text that last failed to load, waiting for a second read to confirm it is not a write in progress. */
  #unusableHash: string | undefined;

  constructor(
    private readonly file: string | undefined,
    private readonly log: (line: string) => void,
    /** The file as the caller read it already: not parsed again while its text is the same. */
    private initial?: LoadedConfig,
  ) {}

  get(model: string): ModelPolicy {
    return this.#policies.get(model) ?? { ...DEFAULT_POLICY };
  }

  /** Returns true when the policies changed. At start (`strict`) a bad config is an error; later it is logged. */
  async load(strict: boolean): Promise<boolean> {
    if (!this.file) return false;
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (err) {
      if (strict) {
        throw new ModelopsError(
          `cannot read config ${this.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; pass --config FILE or leave it out`,
        );
      }
      return false;
    }
    const hash = createHash("sha256").update(text).digest("hex");
    if (hash === this.#hash) return false;
    try {
      const same = this.initial?.source === text.replace(/^\uFEFF/, "");
      const loaded = same && this.initial ? this.initial : await loadConfig(this.file);
      this.initial = undefined;
      const next = new Map<string, ModelPolicy>();
      for (const name of Object.keys(loaded.config.models)) {
        next.set(name, policyFromConfig(getModel(loaded, name).config.deploy));
      }
      this.#policies = next;
      this.#hash = hash;
      this.#lastError = undefined;
      return !strict;
    } catch (err) {
      if (strict) throw err;
      // A read can land between an editor's truncate and its write: text that fails to load is reported
      // only once the next read finds the same text, so a half-written file is never the error shown.
      if (hash !== this.#unusableHash) {
        this.#unusableHash = hash;
        return false;
      }
      const message = `error: ${this.file} changed but cannot be used: ${(err as Error).message.split("\n")[0]}; keeping the previous traffic policy`;
      if (message !== this.#lastError) this.log(message);
      this.#lastError = message;
      this.#hash = hash;
      return false;
    }
  }
}
