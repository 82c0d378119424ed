import { exportOnnx } from "../pipelines/onnx/export.ts";
import { initBackend } from "../pipelines/train/backend.ts";
import { buildNetwork } from "../pipelines/train/models/index.ts";
import { modelSchema } from "../pipelines/config/schema.ts";
await initBackend("wasm");
for (const [m, w, s] of [[{ architecture: "mlp", dense: [16] }, 4], [{ architecture: "cnn", filters: [4], dense: [8] }, 784, [28,28,1]], [{ architecture: "lstm", units: [5] }, 12]] as const) {
  const model = buildNetwork({ spec: modelSchema.parse({task:"classification", data:{target:"y",train:{format:"csv",path:"x"}}, model: m}).model, inputWidth: w, sampleShape: s as any, task: "classification", numClasses: 3, seed: 1 });
  const r = await exportOnnx(model, "/tmp/h10onnx", { x: new Float32Array(w * 4).fill(0.3), n: 4 }, console.log);
}
