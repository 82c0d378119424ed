// A tfjs layers model as an ONNX graph (opset 17): one layer -> one to a few ONNX nodes, the weights as
// initializers. tfjs keeps images channels-last (NHWC) while ONNX's Conv, pooling and BatchNormalization are
// channels-first, so each tensor carries its layout and a Transpose is put in only where an operator needs the
// other one (once after the input, once before Flatten for a CNN). The graph takes the model's own inputs, the
// transformed features; preprocessing.json stays beside it (docs/serving.md).
import type * as tf from "../train/tf.ts";

export const OPSET = 17;

/** Operators and initializers, built up layer by layer; turned into protobuf by export.ts. */
export interface Graph {
  nodes: Node[];
  initializers: Initializer[];
  input: { name: string; shape: number[] };
  output: { name: string; shape: number[] };
}
export interface Node {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, number | number[] | string | string[] | number[]>;
  /** Attributes that must be floats even when they hold integers (alpha, epsilon). */
  floats?: string[];
}
export interface Initializer {
  name: string;
  dims: number[];
  data: Float32Array | BigInt64Array;
}

/** Thrown for a layer with no ONNX mapping; the message is the one-line reason the artifact records. */
export class NotExportable extends Error {}

type Layout = "nhwc" | "nchw";
interface Value {
  name: string;
  layout: Layout;
  /** Shape as tfjs sees it (channels-last), batch as -1. */
  shape: number[];
}

const ACTIVATIONS: Record<string, (b: Builder, x: string) => string> = {
  linear: (_b, x) => x,
  relu: (b, x) => b.op("Relu", [x]),
  sigmoid: (b, x) => b.op("Sigmoid", [x]),
  tanh: (b, x) => b.op("Tanh", [x]),
  softmax: (b, x) => b.op("Softmax", [x], { axis: -1 }),
  elu: (b, x) => b.op("Elu", [x], { alpha: 1 }, ["alpha"]),
  selu: (b, x) => b.op("Selu", [x]),
  softplus: (b, x) => b.op("Softplus", [x]),
  softsign: (b, x) => b.op("Softsign", [x]),
  hardsigmoid: (b, x) => b.op("HardSigmoid", [x], { alpha: 0.2, beta: 0.5 }, ["alpha", "beta"]),
  relu6: (b, x) => b.op("Clip", [x, b.scalar(0), b.scalar(6)]),
  swish: (b, x) => b.op("Mul", [x, b.op("Sigmoid", [x])]),
};

class Builder {
  readonly nodes: Node[] = [];
  readonly initializers: Initializer[] = [];
  #n = 0;

  fresh(hint: string): string {
    return `${hint}_${this.#n++}`;
  }
  op(op: string, inputs: string[], attrs?: Node["attrs"], floats?: string[]): string {
    const out = this.fresh(op.toLowerCase());
    this.nodes.push({
      op,
      inputs,
      outputs: [out],
      ...(attrs ? { attrs } : {}),
      ...(floats ? { floats } : {}),
    });
    return out;
  }
  weight(hint: string, dims: number[], data: Float32Array): string {
    const name = this.fresh(hint);
    this.initializers.push({ name, dims, data });
    return name;
  }
  ints(hint: string, values: number[]): string {
    const name = this.fresh(hint);
    this.initializers.push({ name, dims: [values.length], data: BigInt64Array.from(values.map(BigInt)) });
    return name;
  }
  scalar(v: number): string {
    const name = this.fresh("const");
    this.initializers.push({ name, dims: [], data: Float32Array.of(v) });
    return name;
  }
  activation(name: unknown, x: string, layer: string): string {
    const key = String(name ?? "linear").toLowerCase();
    const make = ACTIVATIONS[key];
    if (!make) throw new NotExportable(`not exportable: layer ${layer} has activation ${key}`);
    return make(this, x);
  }
  /** `v` in `layout`, transposing when it is in the other one. */
  as(v: Value, layout: Layout): Value {
    if (v.layout === layout || v.shape.length !== 4) return { ...v, layout };
    const perm = layout === "nchw" ? [0, 3, 1, 2] : [0, 2, 3, 1];
    return { ...v, name: this.op("Transpose", [v.name], { perm }), layout };
  }
}

/** The ONNX graph of `model`; throws NotExportable naming the first layer that has no mapping. */
export function toGraph(model: tf.LayersModel): Graph {
  if (model.inputs.length !== 1 || model.outputs.length !== 1) {
    throw new NotExportable("not exportable: the model has more than one input or output");
  }
  const b = new Builder();
  const input = model.inputs[0]!;
  const inputShape = input.shape.map((d) => d ?? -1);
  const values = new Map<string, Value>();
  values.set(input.name, { name: "input", layout: "nhwc", shape: inputShape });
  for (const layer of model.layers) {
    const className = layer.getClassName();
    if (className === "InputLayer") continue;
    const node = (layer as unknown as { inboundNodes: Array<{ inputTensors: tf.SymbolicTensor[] }> })
      .inboundNodes[0];
    if (!node) throw new NotExportable(`not exportable: layer ${layer.name} is not connected`);
    const inputs = node.inputTensors.map((t) => {
      const v = values.get(t.name);
      if (!v)
        throw new NotExportable(`not exportable: layer ${layer.name} reads an unknown tensor ${t.name}`);
      return v;
    });
    const out = layer.output as tf.SymbolicTensor;
    const shape = out.shape.map((d) => d ?? -1);
    values.set(out.name, { ...convert(b, layer, className, inputs, shape), shape });
  }
  const last = values.get((model.outputs[0] as tf.SymbolicTensor).name)!;
  const final = b.as(last, "nhwc");
  b.nodes.push({ op: "Identity", inputs: [final.name], outputs: ["output"] });
  return {
    nodes: b.nodes,
    initializers: b.initializers,
    input: { name: "input", shape: inputShape },
    output: { name: "output", shape: final.shape },
  };
}

function weightsOf(layer: tf.layers.Layer): Float32Array[] {
  return layer.getWeights().map((w) => w.dataSync() as Float32Array);
}

function convert(
  b: Builder,
  layer: tf.layers.Layer,
  className: string,
  inputs: Value[],
  shape: number[],
): Omit<Value, "shape"> {
  const config = layer.getConfig() as Record<string, unknown>;
  const x = inputs[0]!;
  const keep = (name: string): Omit<Value, "shape"> => ({ name, layout: x.layout });
  switch (className) {
    case "Dropout":
    case "SpatialDropout1D":
    case "GaussianNoise":
    case "GaussianDropout":
    case "AlphaDropout":
      return keep(x.name);
    case "Activation":
      return keep(b.activation(config.activation, x.name, layer.name));
    case "ReLU":
      return keep(b.op("Relu", [x.name]));
    case "Softmax":
      return keep(b.op("Softmax", [b.as(x, "nhwc").name], { axis: -1 }));
    case "Dense":
      return { name: dense(b, layer, config, b.as(x, "nhwc")), layout: "nhwc" };
    case "Flatten":
      return { name: b.op("Flatten", [b.as(x, "nhwc").name], { axis: 1 }), layout: "nhwc" };
    case "Reshape": {
      const target = b.ints("shape", [0, ...(config.targetShape as number[])]);
      return { name: b.op("Reshape", [b.as(x, "nhwc").name, target]), layout: "nhwc" };
    }
    case "Conv2D":
      return { name: conv2d(b, layer, config, b.as(x, "nchw").name), layout: "nchw" };
    case "MaxPooling2D":
    case "AveragePooling2D":
      return { name: pool2d(b, className, config, b.as(x, "nchw").name), layout: "nchw" };
    case "GlobalAveragePooling2D":
    case "GlobalMaxPooling2D": {
      const op = className === "GlobalAveragePooling2D" ? "GlobalAveragePool" : "GlobalMaxPool";
      const pooled = b.op(op, [b.as(x, "nchw").name]);
      return { name: b.op("Flatten", [pooled], { axis: 1 }), layout: "nhwc" };
    }
    case "GlobalAveragePooling1D":
      return { name: b.op("ReduceMean", [x.name], { axes: [1], keepdims: 0 }), layout: "nhwc" };
    case "BatchNormalization":
      return batchNorm(b, layer, config, x);
    case "LayerNormalization":
      return { name: layerNorm(b, layer, config, b.as(x, "nhwc")), layout: "nhwc" };
    case "Add":
    case "Multiply": {
      const op = className === "Add" ? "Add" : "Mul";
      const same = inputs.map((v) => b.as(v, "nhwc").name);
      return { name: same.slice(1).reduce((acc, v) => b.op(op, [acc, v]), same[0]!), layout: "nhwc" };
    }
    case "Concatenate":
      return {
        name: b.op(
          "Concat",
          inputs.map((v) => b.as(v, "nhwc").name),
          { axis: Number(config.axis ?? -1) },
        ),
        layout: "nhwc",
      };
    case "SimpleRNN":
    case "LSTM":
    case "GRU":
      return { name: recurrent(b, layer, className, config, b.as(x, "nhwc").name, shape), layout: "nhwc" };
    default:
      throw new NotExportable(`not exportable: layer ${layer.name} (${className}) has no ONNX mapping here`);
  }
}

function dense(b: Builder, layer: tf.layers.Layer, config: Record<string, unknown>, x: Value): string {
  const [kernel, bias] = weightsOf(layer);
  const units = Number(config.units);
  const inputs = kernel!.length / units;
  const w = b.weight(`${layer.name}_kernel`, [inputs, units], kernel!);
  let y: string;
  if (x.shape.length === 2) {
    const args = [x.name, w];
    if (bias) args.push(b.weight(`${layer.name}_bias`, [units], bias));
    y = b.op("Gemm", args);
  } else {
    y = b.op("MatMul", [x.name, w]);
    if (bias) y = b.op("Add", [y, b.weight(`${layer.name}_bias`, [units], bias)]);
  }
  return b.activation(config.activation, y, layer.name);
}

function pair(v: unknown): [number, number] {
  return Array.isArray(v) ? [Number(v[0]), Number(v[1] ?? v[0])] : [Number(v), Number(v)];
}

function padding(config: Record<string, unknown>, layer: string): string {
  if (config.padding === "same") return "SAME_UPPER"; // TF pads the odd pixel at the end, as SAME_UPPER
  if (config.padding === "valid") return "VALID";
  throw new NotExportable(`not exportable: layer ${layer} has padding ${String(config.padding)}`);
}

function conv2d(b: Builder, layer: tf.layers.Layer, config: Record<string, unknown>, x: string): string {
  if (config.dataFormat === "channelsFirst") {
    throw new NotExportable(`not exportable: layer ${layer.name} is channels-first`);
  }
  const [kernel, bias] = weightsOf(layer);
  const [kh, kw] = pair(config.kernelSize);
  const filters = Number(config.filters);
  const channels = kernel!.length / (kh * kw * filters);
  // tfjs [kh, kw, in, out] -> ONNX [out, in, kh, kw]
  const w = new Float32Array(kernel!.length);
  for (let i = 0; i < kh; i++)
    for (let j = 0; j < kw; j++)
      for (let c = 0; c < channels; c++)
        for (let f = 0; f < filters; f++)
          w[((f * channels + c) * kh + i) * kw + j] = kernel![((i * kw + j) * channels + c) * filters + f]!;
  const args = [x, b.weight(`${layer.name}_kernel`, [filters, channels, kh, kw], w)];
  if (bias) args.push(b.weight(`${layer.name}_bias`, [filters], bias));
  const y = b.op("Conv", args, {
    kernel_shape: [kh, kw],
    strides: pair(config.strides ?? 1),
    dilations: pair(config.dilationRate ?? 1),
    auto_pad: padding(config, layer.name),
  });
  return b.activation(config.activation, y, layer.name);
}

function pool2d(b: Builder, className: string, config: Record<string, unknown>, x: string): string {
  const size = pair(config.poolSize);
  const strides = pair(config.strides ?? config.poolSize);
  const attrs = { kernel_shape: size, strides, auto_pad: padding(config, className) };
  return b.op(className === "MaxPooling2D" ? "MaxPool" : "AveragePool", [x], attrs);
}

function batchNorm(
  b: Builder,
  layer: tf.layers.Layer,
  config: Record<string, unknown>,
  x: Value,
): Omit<Value, "shape"> {
  const axis = Number(config.axis ?? -1);
  if (axis !== -1 && axis !== x.shape.length - 1) {
    throw new NotExportable(`not exportable: layer ${layer.name} normalises axis ${axis}, not the last`);
  }
  const weights = weightsOf(layer);
  const c = weights.at(-1)!.length;
  let i = 0;
  const gamma = config.scale === false ? new Float32Array(c).fill(1) : weights[i++]!;
  const beta = config.center === false ? new Float32Array(c) : weights[i++]!;
  const [mean, variance] = [weights[i++]!, weights[i++]!];
  const args = [gamma, beta, mean, variance].map((d, k) => b.weight(`${layer.name}_${k}`, [c], d));
  // ONNX normalises axis 1: an image goes channels-first, a sequence [N, T, C] is transposed around it.
  if (x.shape.length === 4) {
    const v = b.as(x, "nchw");
    const y = b.op("BatchNormalization", [v.name, ...args], { epsilon: Number(config.epsilon) }, ["epsilon"]);
    return { name: y, layout: "nchw" };
  }
  if (x.shape.length === 2) {
    const y = b.op("BatchNormalization", [x.name, ...args], { epsilon: Number(config.epsilon) }, ["epsilon"]);
    return { name: y, layout: "nhwc" };
  }
  throw new NotExportable(`not exportable: layer ${layer.name} normalises a rank-${x.shape.length} tensor`);
}

function layerNorm(b: Builder, layer: tf.layers.Layer, config: Record<string, unknown>, x: Value): string {
  const axis = config.axis;
  const last = Array.isArray(axis)
    ? axis.length === 1 && (axis[0] === -1 || axis[0] === x.shape.length - 1)
    : true;
  if (!last) throw new NotExportable(`not exportable: layer ${layer.name} normalises several axes`);
  const weights = weightsOf(layer);
  const c = x.shape.at(-1)!;
  let i = 0;
  const gamma = config.scale === false ? new Float32Array(c).fill(1) : weights[i++]!;
  const beta = config.center === false ? new Float32Array(c) : weights[i++]!;
  return b.op(
    "LayerNormalization",
    [x.name, b.weight(`${layer.name}_gamma`, [c], gamma), b.weight(`${layer.name}_beta`, [c], beta)],
    { axis: -1, epsilon: Number(config.epsilon ?? 1e-3) },
    ["epsilon"],
  );
}

// ONNX gate orders: LSTM i,o,f,c and GRU z,r,h; Keras/tfjs keep LSTM as i,f,c,o and GRU as z,r,h.
const GATES: Record<string, { count: number; order: number[]; op: string }> = {
  SimpleRNN: { count: 1, order: [0], op: "RNN" },
  LSTM: { count: 4, order: [0, 3, 1, 2], op: "LSTM" },
  GRU: { count: 3, order: [0, 1, 2], op: "GRU" },
};

const RECURRENT_ACTIVATIONS: Record<string, { name: string; alpha?: number; beta?: number }> = {
  tanh: { name: "Tanh" },
  sigmoid: { name: "Sigmoid" },
  hardsigmoid: { name: "HardSigmoid", alpha: 0.2, beta: 0.5 },
  relu: { name: "Relu" },
};

function recurrent(
  b: Builder,
  layer: tf.layers.Layer,
  className: string,
  config: Record<string, unknown>,
  x: string,
  shape: number[],
): string {
  const gates = GATES[className]!;
  const units = Number(config.units);
  if (config.goBackwards || config.stateful) {
    throw new NotExportable(`not exportable: layer ${layer.name} runs backwards or is stateful`);
  }
  if (className === "GRU" && config.resetAfter) {
    throw new NotExportable(`not exportable: layer ${layer.name} is a reset-after GRU`);
  }
  const [kernel, recurrentKernel, bias] = weightsOf(layer);
  const inputs = kernel!.length / (units * gates.count);
  // Keras [in, gates*units] -> ONNX [1, gates*units, in], gates reordered.
  const transposeGates = (m: Float32Array, rows: number): Float32Array => {
    const out = new Float32Array(m.length);
    const cols = gates.count * units;
    gates.order.forEach((g, slot) => {
      for (let u = 0; u < units; u++)
        for (let r = 0; r < rows; r++) out[(slot * units + u) * rows + r] = m[r * cols + g * units + u]!;
    });
    return out;
  };
  const w = b.weight(`${layer.name}_W`, [1, gates.count * units, inputs], transposeGates(kernel!, inputs));
  const r = b.weight(
    `${layer.name}_R`,
    [1, gates.count * units, units],
    transposeGates(recurrentKernel!, units),
  );
  const biasData = new Float32Array(2 * gates.count * units);
  if (bias) {
    gates.order.forEach((g, slot) => {
      biasData.set(bias.subarray(g * units, (g + 1) * units), slot * units);
    });
  }
  const bName = b.weight(`${layer.name}_B`, [1, 2 * gates.count * units], biasData);
  const act = (key: unknown) => {
    const a = RECURRENT_ACTIVATIONS[String(key ?? "tanh").toLowerCase()];
    if (!a) throw new NotExportable(`not exportable: layer ${layer.name} has activation ${String(key)}`);
    return a;
  };
  const list =
    className === "SimpleRNN"
      ? [act(config.activation)]
      : [act(config.recurrentActivation), act(config.activation)];
  if (className === "LSTM") list.push(list[1]!);
  const alphas = list.filter((a) => a.alpha !== undefined);
  const attrs: Node["attrs"] = { hidden_size: units, activations: list.map((a) => a.name) };
  const floats: string[] = [];
  if (alphas.length > 0) {
    // ONNX reads activation_alpha/beta in order, one per activation that takes them.
    attrs.activation_alpha = alphas.map((a) => a.alpha!);
    attrs.activation_beta = alphas.map((a) => a.beta!);
    floats.push("activation_alpha", "activation_beta");
  }
  const seq = b.op("Transpose", [x], { perm: [1, 0, 2] }); // [N, T, C] -> [T, N, C]
  const yName = b.fresh(`${layer.name}_Y`);
  const hName = b.fresh(`${layer.name}_Yh`);
  const outs = className === "LSTM" ? [yName, hName, b.fresh("Yc")] : [yName, hName];
  b.nodes.push({ op: gates.op, inputs: [seq, w, r, bName], outputs: outs, attrs, floats });
  if (shape.length === 3) {
    // Y [T, 1, N, H] -> [N, T, H]
    const squeezed = b.op("Squeeze", [yName, b.ints("axes", [1])]);
    return b.op("Transpose", [squeezed], { perm: [1, 0, 2] });
  }
  return b.op("Squeeze", [hName, b.ints("axes", [0])]); // Y_h [1, N, H] -> [N, H]
}
