// Signed local approvals: git's SSH signing (`ssh-keygen -Y sign` / `-Y verify` with an allowed-signers
// file, the mechanism behind `git commit -S` with gpg.format=ssh). A signature covers the approval's
// model, commit and reviewer under the namespace `modelops-approval`, so it cannot be replayed for another
// commit or model, and the allowed-signers file (on the default branch) maps each reviewer name to keys.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ModelopsError } from "../errors.ts";

export const SIGNATURE_NAMESPACE = "modelops-approval";

/** The exact bytes a signature covers. */
export function approvalPayload(a: { model: string; commit: string; reviewer: string }): string {
  return `modelops-approval@1\nmodel ${a.model}\ncommit ${a.commit}\nreviewer ${a.reviewer}\n`;
}

function sshKeygen(args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile("ssh-keygen", args, { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      const e = error as (NodeJS.ErrnoException & { code?: number | string }) | null;
      if (e && e.code === "ENOENT") {
        reject(
          new ModelopsError(
            "ssh-keygen: command not found (install openssh-client to sign or verify approvals)",
          ),
        );
        return;
      }
      resolve({ code: e ? Number(e.code ?? 1) || 1 : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/** An armored SSH signature of the approval, made with the private key file `keyFile`. */
export async function signApproval(
  a: { model: string; commit: string; reviewer: string },
  keyFile: string,
): Promise<string> {
  const r = await sshKeygen(
    ["-Y", "sign", "-q", "-f", keyFile, "-n", SIGNATURE_NAMESPACE],
    approvalPayload(a),
  );
  if (r.code !== 0 || !r.stdout.includes("BEGIN SSH SIGNATURE")) {
    const why = (r.stderr.trim().split("\n")[0] ?? "").trim() || `exit ${r.code}`;
    throw new ModelopsError(
      `cannot sign the approval with ${keyFile}: ${why} (pass --sign-key with an SSH private key)`,
    );
  }
  return r.stdout;
}

/**
 * Whether `signature` is `reviewer`'s signature of the approval under `allowedSigners` (the text of an
 * allowed-signers file: `principal [namespaces="..."] key-type key`). The reason when not.
 */
export async function verifyApproval(
  a: { model: string; commit: string; reviewer: string; signature?: string },
  allowedSigners: string,
): Promise<{ ok: boolean; why: string }> {
  if (!a.signature) return { ok: false, why: "unsigned (record it with modelops approve --sign-key KEY)" };
  const dir = await mkdtemp(join(tmpdir(), "modelops-verify-"));
  try {
    const signers = join(dir, "allowed_signers");
    const sig = join(dir, "approval.sig");
    await writeFile(signers, allowedSigners);
    await writeFile(sig, a.signature);
    const r = await sshKeygen(
      ["-Y", "verify", "-f", signers, "-I", a.reviewer, "-n", SIGNATURE_NAMESPACE, "-s", sig],
      approvalPayload(a),
    );
    if (r.code === 0) return { ok: true, why: "signature verified" };
    return { ok: false, why: `signature does not verify as ${a.reviewer} against the allowed signers` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
