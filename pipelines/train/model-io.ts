// Saving and loading a layers model as the standard tfjs files: model.json (topology + weights manifest) and
// weights.bin. The same files tfjs-node's `file://` handler writes and reads, and that tensorflowjs_converter
// takes as input, so a model trained here can be served, converted or inspected by the usual tools.
import { readFile } from "node:fs/promises";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import { ModelopsError } from "../errors.ts";
import { makeDirs } from "../make-dirs.ts";
import { registerCustomLayers } from "./layers.ts";
import * as tf from "./tf.ts";

export const MODEL_JSON = "model.json";
export const WEIGHTS_BIN = "weights.bin";

/** Writes `dir/model.json` and `dir/weights.bin` (creating `dir`); model.json is written last. */
export async function saveModel(model: tf.LayersModel, dir: string): Promise<void> {
  await makeDirs(dir);
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightSpecs = artifacts.weightSpecs ?? [];
      const weightData =
        artifacts.weightData === undefined
          ? new ArrayBuffer(0)
          : tf.io.CompositeArrayBuffer.join(artifacts.weightData);
      // The field order and contents of io_utils.getModelJSONForModelArtifacts, which tfjs-node's saver uses.
      const modelJson: tf.io.ModelJSON = {
        modelTopology: artifacts.modelTopology as tf.io.ModelJSON["modelTopology"],
        format: artifacts.format ?? "layers-model",
        generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
        convertedBy: artifacts.convertedBy ?? null,
        weightsManifest: [{ paths: [WEIGHTS_BIN], weights: weightSpecs }],
      };
      if (artifacts.signature != null) modelJson.signature = artifacts.signature;
      if (artifacts.userDefinedMetadata != null)
        modelJson.userDefinedMetadata = artifacts.userDefinedMetadata;
      if (artifacts.trainingConfig != null) modelJson.trainingConfig = artifacts.trainingConfig;
      await writeFileAtomic(path.join(dir, WEIGHTS_BIN), Buffer.from(weightData));
      await writeFileAtomic(path.join(dir, MODEL_JSON), JSON.stringify(modelJson));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
}

/** Reads a layers model saved by saveModel (or by tfjs-node / the converter: every shard in the manifest). */
export async function loadModel(dir: string): Promise<tf.LayersModel> {
  const jsonPath = path.join(dir, MODEL_JSON);
  let text: string;
  try {
    text = await readFile(jsonPath, "utf8");
  } catch (err) {
    throw new ModelopsError(
      `no model at ${dir}: cannot read ${MODEL_JSON} (${code(err)}); train the model first (modelops train) or point at a folder holding model.json and its weights`,
      2,
      { cause: err },
    );
  }
  let modelJson: tf.io.ModelJSON;
  try {
    modelJson = JSON.parse(text) as tf.io.ModelJSON;
  } catch (err) {
    throw corrupt(jsonPath, `it is not valid JSON (${(err as Error).message})`, err);
  }
  if (modelJson === null || typeof modelJson !== "object" || modelJson.modelTopology == null) {
    throw corrupt(jsonPath, "it has no modelTopology");
  }
  if (modelJson.format != null && modelJson.format !== "layers-model") {
    throw corrupt(jsonPath, `its format is "${modelJson.format}", expected "layers-model"`);
  }
  const artifacts = await tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
    const specs = manifest.flatMap((group) => group.weights);
    const buffers: Buffer[] = [];
    for (const group of manifest) {
      for (const shard of group.paths) {
        const shardPath = path.resolve(dir, shard);
        if (path.relative(path.resolve(dir), shardPath).startsWith("..") || path.isAbsolute(shard)) {
          throw corrupt(jsonPath, `its weightsManifest names "${shard}", outside the model folder`);
        }
        try {
          buffers.push(await readFile(shardPath));
        } catch (err) {
          throw new ModelopsError(
            `model at ${dir} is incomplete: cannot read ${shard} named in ${MODEL_JSON} (${code(err)}); save the model again or restore the file`,
            2,
            { cause: err },
          );
        }
      }
    }
    const data = Buffer.concat(buffers);
    const expected = expectedBytes(specs);
    if (expected !== undefined && expected !== data.byteLength) {
      throw corrupt(
        jsonPath,
        `its weights manifest describes ${expected} bytes but the weight files hold ${data.byteLength} bytes`,
      );
    }
    return [specs, data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)];
  });
  registerCustomLayers();
  try {
    return await tf.loadLayersModel({ load: async () => artifacts });
  } catch (err) {
    throw corrupt(
      jsonPath,
      `tfjs cannot build the model from it (${(err as Error).message.split("\n")[0]})`,
      err,
    );
  }
}

const BYTES: Record<string, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

/** Bytes the manifest promises, or undefined when it holds variable-length (string) weights. */
function expectedBytes(specs: tf.io.WeightsManifestEntry[]): number | undefined {
  let total = 0;
  for (const spec of specs) {
    const per = BYTES[spec.quantization?.dtype ?? spec.dtype];
    if (per === undefined) return undefined;
    total += spec.shape.reduce((a, b) => a * b, 1) * per;
  }
  return total;
}

function corrupt(file: string, what: string, cause?: unknown): ModelopsError {
  return new ModelopsError(`${file} is not a usable tfjs layers model: ${what}; save the model again`, 2, {
    cause,
  });
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? String(err);
}
