// Signed registry records. A writer (the bot with its GitHub App key, a release workflow with the key it is
// given) signs the canonical JSON of a record (pipelines/registry/key.ts canonicalJson, the `signature`
// property left out); a reader is given the public keys it trusts and ignores a record that is unsigned,
// edited after signing, or signed by a key it does not trust. A signature names its key by key id: the
// sha256 of the public key's SPKI DER, so the same key always has the same id whatever its PEM spelling.
// RSA keys sign with RSASSA-PKCS1-v1_5 over SHA-256 (a GitHub App's key is RSA), Ed25519 keys with Ed25519.
import {
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  verify as cryptoVerify,
  type KeyObject,
} from "node:crypto";
import { readFileSync } from "node:fs";
import { ModelopsError } from "../errors.ts";
import { canonicalJson, sha256Hex } from "./key.ts";

export type SignatureAlg = "rsa-sha256" | "ed25519";

export interface Signature {
  /** `sha256:<hex>` of the signer's public key (SPKI DER). */
  keyId: string;
  alg: SignatureAlg;
  /** base64 of the signature over canonicalJson(record without `signature`). */
  sig: string;
}

export type Signed<T> = T & { signature: Signature };

export interface Signer {
  keyId: string;
  alg: SignatureAlg;
  /** The public key as SPKI PEM: what readers are given to trust. */
  publicKeyPem: string;
  sign<T extends object>(record: T): Signed<T>;
}

export type Verdict = { ok: true; keyId: string } | { ok: false; why: string };

/** Environment variable naming the public keys a reader trusts (PEMs, or files holding them, comma-separated). */
export const TRUSTED_KEYS_ENV = "MODELOPS_TRUSTED_KEYS";
/** Environment variable holding a workflow's private signing key (PEM), or MODELOPS_SIGNING_KEY_PATH a file. */
export const SIGNING_KEY_ENV = "MODELOPS_SIGNING_KEY";

const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]+?-----END \1-----/g;

export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  return `sha256:${sha256Hex(publicKey.export({ type: "spki", format: "der" }))}`;
}

function algOf(key: KeyObject, where: string): SignatureAlg {
  if (key.asymmetricKeyType === "rsa") return "rsa-sha256";
  if (key.asymmetricKeyType === "ed25519") return "ed25519";
  throw new ModelopsError(
    `${where}: a ${key.asymmetricKeyType ?? "symmetric"} key cannot sign modelops records; use an RSA or Ed25519 key`,
  );
}

/** The bytes a signature covers: the record's canonical JSON without its `signature`. */
export function signedBytes(record: object): Buffer {
  const { signature: _ignored, ...rest } = record as Record<string, unknown>;
  return Buffer.from(canonicalJson(rest));
}

/** A signer from a private key PEM (PKCS#8 or PKCS#1, RSA or Ed25519). `where` names it in errors. */
export function signerFromPem(pem: string, where = "the signing key"): Signer {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (e) {
    throw new ModelopsError(
      `${where} is not a PEM private key (${(e as Error).message}); pass an RSA or Ed25519 key, e.g. from \`openssl genpkey -algorithm ed25519\``,
    );
  }
  const alg = algOf(key, where);
  const keyId = keyIdOf(key);
  const publicKeyPem = createPublicKey(key).export({ type: "spki", format: "pem" }).toString();
  return {
    keyId,
    alg,
    publicKeyPem,
    sign<T extends object>(record: T): Signed<T> {
      const sig = cryptoSign(alg === "rsa-sha256" ? "sha256" : null, signedBytes(record), key);
      const { signature: _old, ...rest } = record as Record<string, unknown>;
      return { ...(rest as T), signature: { keyId, alg, sig: sig.toString("base64") } };
    },
  };
}

/** The public keys a reader trusts, by key id. */
export class TrustedKeys {
  private readonly keys = new Map<string, KeyObject>();

  /** Public or private key PEMs (a private key is trusted through its public half). */
  static fromPems(pems: Iterable<string>, where = "a trusted key"): TrustedKeys {
    const trust = new TrustedKeys();
    for (const pem of pems) trust.addPem(pem, where);
    return trust;
  }

  addPem(pem: string, where = "a trusted key"): this {
    const blocks = pem.match(PEM_RE);
    if (!blocks) {
      throw new ModelopsError(`${where} holds no PEM key (expected -----BEGIN PUBLIC KEY-----)`);
    }
    for (const block of blocks) {
      let key: KeyObject;
      try {
        key = createPublicKey(block);
      } catch (e) {
        throw new ModelopsError(`${where} is not a usable PEM key (${(e as Error).message})`);
      }
      algOf(key, where);
      this.keys.set(keyIdOf(key), key);
    }
    return this;
  }

  add(signer: Pick<Signer, "publicKeyPem">): this {
    return this.addPem(signer.publicKeyPem);
  }

  get ids(): string[] {
    return [...this.keys.keys()];
  }

  get size(): number {
    return this.keys.size;
  }

  /** Whether `record` carries a valid signature of a trusted key over its current content. */
  verify(record: unknown): Verdict {
    if (typeof record !== "object" || record === null) return { ok: false, why: "not a record" };
    const s = (record as { signature?: Partial<Signature> }).signature;
    if (!s || typeof s !== "object") return { ok: false, why: "unsigned" };
    if (typeof s.keyId !== "string" || typeof s.sig !== "string")
      return { ok: false, why: "malformed signature" };
    const key = this.keys.get(s.keyId);
    if (!key) return { ok: false, why: `signed by an untrusted key ${s.keyId.slice(0, 19)}…` };
    const alg = algOf(key, s.keyId);
    if (s.alg !== alg)
      return { ok: false, why: `signature algorithm ${String(s.alg)} does not match its key` };
    let ok = false;
    try {
      ok = cryptoVerify(
        alg === "rsa-sha256" ? "sha256" : null,
        signedBytes(record),
        key,
        Buffer.from(s.sig, "base64"),
      );
    } catch {
      ok = false;
    }
    return ok ? { ok: true, keyId: s.keyId } : { ok: false, why: "edited after it was signed" };
  }
}

/**
 * The trusted keys a reader is configured with: MODELOPS_TRUSTED_KEYS (PEM text, or comma-separated files
 * holding PEMs) plus `files` (--trusted-key FILE) and `pems` (e.g. the bot's own key).
 */
export function trustedKeysFrom(
  env: NodeJS.ProcessEnv,
  opts: { files?: string[]; pems?: string[] } = {},
): TrustedKeys {
  const trust = new TrustedKeys();
  const raw = env[TRUSTED_KEYS_ENV]?.trim();
  if (raw) {
    if (raw.includes("-----BEGIN")) trust.addPem(raw, TRUSTED_KEYS_ENV);
    else
      for (const file of raw
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean))
        addFile(trust, file, TRUSTED_KEYS_ENV);
  }
  for (const file of opts.files ?? []) addFile(trust, file, "--trusted-key");
  for (const pem of opts.pems ?? []) trust.addPem(pem);
  return trust;
}

function addFile(trust: TrustedKeys, file: string, where: string): void {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ModelopsError(
      `${where}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); pass a file holding a PEM public key`,
    );
  }
  trust.addPem(text, `${where} ${file}`);
}

/** A workflow's signer from MODELOPS_SIGNING_KEY (PEM) or MODELOPS_SIGNING_KEY_PATH, if set. */
export function signerFromEnv(env: NodeJS.ProcessEnv): Signer | undefined {
  const pem = env[SIGNING_KEY_ENV];
  if (pem?.trim()) return signerFromPem(pem, SIGNING_KEY_ENV);
  const file = env[`${SIGNING_KEY_ENV}_PATH`];
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ModelopsError(
      `${SIGNING_KEY_ENV}_PATH: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return signerFromPem(text, `${SIGNING_KEY_ENV}_PATH ${file}`);
}
