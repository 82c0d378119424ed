// Signed records: what a writer signs, a reader with the writer's public key accepts; an edit, a missing
// signature or another key is refused with the reason.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "@jest/globals";
import { keyPair } from "../../pipelines/demo/github-sim/registry-world.ts";
import { signerFromPem, TrustedKeys, trustedKeysFrom } from "../../pipelines/registry/signing.ts";

const record = {
  schema: "modelops/release@2",
  model: "iris",
  version: 2,
  approvers: ["lead"],
  at: "2026-01-01",
};

describe.each(["rsa", "ed25519"] as const)("%s keys", (type) => {
  const pair = keyPair(`signing-${type}`, type);
  const signer = signerFromPem(pair.privateKey);
  const trust = TrustedKeys.fromPems([pair.publicKey]);

  test("a signed record verifies, whatever the order of its keys", () => {
    const signed = signer.sign(record);
    expect(signed.signature).toMatchObject({
      keyId: signer.keyId,
      alg: type === "rsa" ? "rsa-sha256" : "ed25519",
    });
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    expect(trust.verify(reordered)).toEqual({ ok: true, keyId: signer.keyId });
  });

  test("an edit, a missing signature and an untrusted key are each refused with the reason", () => {
    const signed = signer.sign(record);
    expect(trust.verify({ ...signed, approvers: ["boss"] })).toEqual({
      ok: false,
      why: "edited after it was signed",
    });
    expect(trust.verify(record)).toEqual({ ok: false, why: "unsigned" });
    const other = signerFromPem(keyPair("someone-else").privateKey).sign(record);
    expect(trust.verify(other)).toMatchObject({
      ok: false,
      why: expect.stringMatching(/^signed by an untrusted key sha256:/),
    });
  });
});

test("the key id is the same from the private key, its public PEM and a file of MODELOPS_TRUSTED_KEYS", async () => {
  const pair = keyPair("signing-ids");
  const dir = await mkdtemp(path.join(tmpdir(), "modelops-keys-"));
  try {
    const file = path.join(dir, "bot.pub");
    await writeFile(file, pair.publicKey);
    const id = signerFromPem(pair.privateKey).keyId;
    expect(trustedKeysFrom({ MODELOPS_TRUSTED_KEYS: file }).ids).toEqual([id]);
    expect(trustedKeysFrom({ MODELOPS_TRUSTED_KEYS: pair.publicKey }).ids).toEqual([id]);
    expect(() => trustedKeysFrom({ MODELOPS_TRUSTED_KEYS: path.join(dir, "absent.pub") })).toThrow(
      /^MODELOPS_TRUSTED_KEYS: cannot read .*absent\.pub \(ENOENT\); pass a file holding a PEM public key$/,
    );
    expect(() => signerFromPem("not a key")).toThrow(/^the signing key is not a PEM private key/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("`registry public-key --private-key FILE` prints the PEM readers trust and its key id", async () => {
  const { publicKey } = await import("../../pipelines/cli/commands/registry.ts");
  const pair = keyPair("signing-cli");
  const dir = await mkdtemp(path.join(tmpdir(), "modelops-keys-"));
  try {
    const file = path.join(dir, "app.pem");
    await writeFile(file, pair.privateKey);
    const out = await publicKey({ privateKey: file });
    const id = signerFromPem(pair.privateKey).keyId;
    expect(out.split("\n")[0]).toBe(
      `# key id ${id} (ed25519); give readers this in MODELOPS_TRUSTED_KEYS or --trusted-key`,
    );
    expect(trustedKeysFrom({ MODELOPS_TRUSTED_KEYS: out }).ids).toEqual([id]);
    await expect(publicKey({ privateKey: path.join(dir, "none.pem") })).rejects.toThrow(
      /^--private-key .*none\.pem: cannot read it \(ENOENT\)$/,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
