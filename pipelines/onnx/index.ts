// ONNX: export of a trained model (model/model.onnx, checked against tfjs) and the optional onnxruntime.
import type { SplitData, TrainArrays } from "../data/types.ts";
import { CHECK_ROWS } from "./export.ts";

export {
  CHECK_ROWS,
  exportOnnx,
  ONNX_FILE,
  ONNX_REPORT,
  type OnnxReport,
  type OnnxRuntime,
  onnxRuntime,
  TOLERANCE,
} from "./export.ts";

/** The first CHECK_ROWS test rows as the model takes them (flattened, scaled), for exportOnnx's check. */
export function checkRows(test: SplitData | TrainArrays): { x: Float32Array; n: number } {
  if ("inputShape" in test) {
    const size = test.inputShape.reduce((a, b) => a * b, 1);
    const n = Math.min(test.y.length, CHECK_ROWS);
    const x = Float32Array.from(test.x.subarray(0, n * size));
    const scale = test.scale ?? 1;
    if (scale !== 1) for (let i = 0; i < x.length; i++) x[i] = x[i]! * scale;
    return { x, n };
  }
  const n = Math.min(test.x.length, CHECK_ROWS);
  const width = test.x[0]?.length ?? 0;
  const x = new Float32Array(n * width);
  for (let i = 0; i < n; i++) x.set(test.x[i]!, i * width);
  return { x, n };
}
