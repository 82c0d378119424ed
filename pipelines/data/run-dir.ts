// The data stage's files in a run directory:
//   <out>/data/{train,validation,test}.json  SplitData
//   <out>/data/digests.json                  sha256 of each data file, by its path in modelops.yaml
//   <out>/data/splits.json                   which rows (file lines) went to which split, and k folds
//   <out>/preprocessing.json                 FittedTransform (copied beside the model, applied by the server)
//   <out>/profile.json                       DataProfile
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { ModelopsError } from "../errors.ts";
import { makeDirs } from "../make-dirs.ts";
import type {
  DataProfile,
  FittedTransform,
  PreparedData,
  PreprocessResult,
  SplitData,
  SplitRecord,
} from "./types.ts";

const SPLITS = ["train", "validation", "test"] as const;

/** Writes the prepared splits, the fitted transform, the profile and the data digests under outDir. */
export async function writePrepared(outDir: string, result: PreprocessResult): Promise<void> {
  await makeDirs(join(outDir, "data"));
  await Promise.all([
    ...SPLITS.map((s) =>
      writeFileAtomic(join(outDir, "data", `${s}.json`), `${JSON.stringify(result.data[s])}\n`),
    ),
    writeFileAtomic(join(outDir, "data", "digests.json"), `${JSON.stringify(result.dataDigests, null, 2)}\n`),
    writeFileAtomic(join(outDir, "preprocessing.json"), `${JSON.stringify(result.transform, null, 2)}\n`),
    writeFileAtomic(join(outDir, "profile.json"), `${JSON.stringify(result.profile, null, 2)}\n`),
    ...(result.splits
      ? [writeFileAtomic(join(outDir, "data", "splits.json"), `${JSON.stringify(result.splits)}\n`)]
      : []),
  ]);
}

export interface ReadPreparedOptions {
  /** Model name for the "how to fix" hint. */
  model?: string;
}

/** Reads what writePrepared wrote. A missing or damaged file is a one-line ModelopsError (exit code 2). */
export async function readPrepared(
  outDir: string,
  options: ReadPreparedOptions = {},
): Promise<PreprocessResult> {
  const shownDir = outDir.endsWith("/") ? outDir : `${outDir}/`;
  const hint = `run "modelops preprocess -m ${options.model ?? "MODEL"} -o ${outDir.replace(/\/$/, "")}"`;
  const load = async (rel: string): Promise<unknown> => {
    let text: string;
    try {
      text = await readFile(join(outDir, rel), "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") {
        throw new ModelopsError(`no preprocessed data in ${shownDir} (${hint} first)`, 2, { cause: err });
      }
      throw err;
    }
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new ModelopsError(`${join(outDir, rel)}: not valid JSON; ${hint} again`, 2, { cause: err });
    }
  };
  const [train, validation, test, digests, transform, profile] = await Promise.all([
    ...SPLITS.map((s) => load(join("data", `${s}.json`))),
    load(join("data", "digests.json")),
    load("preprocessing.json"),
    load("profile.json"),
  ]);
  const data: PreparedData = {
    train: checkSplit(train, join(outDir, "data", "train.json"), hint),
    validation: checkSplit(validation, join(outDir, "data", "validation.json"), hint),
    test: checkSplit(test, join(outDir, "data", "test.json"), hint),
  };
  const t = transform as FittedTransform;
  if (t?.schema !== "modelops/preprocessing@1" || !Array.isArray(t.features)) {
    throw new ModelopsError(
      `${join(outDir, "preprocessing.json")}: expected schema "modelops/preprocessing@1"; ${hint} again`,
    );
  }
  const p = profile as DataProfile;
  if (p?.schema !== "modelops/profile@1") {
    throw new ModelopsError(
      `${join(outDir, "profile.json")}: expected schema "modelops/profile@1"; ${hint} again`,
    );
  }
  const splits = await readFile(join(outDir, "data", "splits.json"), "utf8").then(
    (text) => JSON.parse(text) as SplitRecord,
    () => undefined,
  );
  return {
    data,
    transform: t,
    profile: p,
    dataDigests: (digests ?? {}) as Record<string, string>,
    ...(splits ? { splits } : {}),
  };
}

function checkSplit(value: unknown, file: string, hint: string): SplitData {
  const s = value as SplitData;
  if (!s || !Array.isArray(s.x) || !Array.isArray(s.y) || s.x.length !== s.y.length) {
    throw new ModelopsError(`${file}: expected {"x": rows, "y": targets} of equal length; ${hint} again`);
  }
  return s;
}
