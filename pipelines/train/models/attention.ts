// The two layers a small transformer encoder needs that tfjs-layers does not export: learned position
// embeddings and multi-head self-attention. Both are registered with tfjs serialization, so a saved model
// (model.json) loads them back by class name once this module has been imported.
import * as tf from "../tf.ts";

type Kwargs = Record<string, unknown>;

interface PositionEmbeddingArgs {
  name?: string;
  seed?: number;
}

/** Adds a trainable vector to each position of a sequence [batch, steps, width]. */
export class PositionEmbedding extends tf.layers.Layer {
  static className = "ModelopsPositionEmbedding";
  private readonly seed: number | undefined;
  private positions!: tf.LayerVariable;

  constructor(args: PositionEmbeddingArgs = {}) {
    super(args);
    this.seed = args.seed;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = inputShape as tf.Shape;
    this.positions = this.addWeight(
      "positions",
      [shape[1]!, shape[2]!],
      "float32",
      tf.initializers.randomNormal({ stddev: 0.02, ...(this.seed !== undefined ? { seed: this.seed } : {}) }),
    );
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], _kwargs: Kwargs): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.add(x, this.positions.read());
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig() };
  }
}

interface AttentionArgs {
  name?: string;
  heads: number;
  seed?: number;
}

/** Multi-head scaled dot-product self-attention over [batch, steps, width] (width divisible by heads). */
export class MultiHeadSelfAttention extends tf.layers.Layer {
  static className = "ModelopsMultiHeadSelfAttention";
  private readonly heads: number;
  private readonly seed: number | undefined;
  private w: tf.LayerVariable[] = [];
  private b: tf.LayerVariable[] = [];

  constructor(args: AttentionArgs) {
    super(args);
    this.heads = args.heads;
    this.seed = args.seed;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const width = (inputShape as tf.Shape)[2]!;
    const names = ["query", "key", "value", "output"];
    this.w = names.map((n, i) =>
      this.addWeight(
        `${n}_kernel`,
        [width, width],
        "float32",
        tf.initializers.glorotUniform(this.seed !== undefined ? { seed: this.seed + i } : {}),
      ),
    );
    this.b = names.map((n) => this.addWeight(`${n}_bias`, [width], "float32", tf.initializers.zeros()));
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return inputShape as tf.Shape;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], _kwargs: Kwargs): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0]! : inputs) as tf.Tensor3D;
      const [batch, steps, width] = x.shape;
      const h = this.heads;
      const depth = width / h;
      const project = (i: number) => {
        const flat = tf.add(
          tf.matMul(x.reshape([batch * steps, width]), this.w[i]!.read() as tf.Tensor2D),
          this.b[i]!.read(),
        );
        return flat.reshape([batch, steps, h, depth]).transpose([0, 2, 1, 3]) as tf.Tensor4D;
      };
      const q = project(0);
      const k = project(1);
      const v = project(2);
      const scores = tf.softmax(tf.div(tf.matMul(q, k, false, true), Math.sqrt(depth)));
      const mixed = tf
        .matMul(scores, v)
        .transpose([0, 2, 1, 3])
        .reshape([batch * steps, width]);
      const out = tf.add(
        tf.matMul(mixed as tf.Tensor2D, this.w[3]!.read() as tf.Tensor2D),
        this.b[3]!.read(),
      );
      return out.reshape([batch, steps, width]);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), heads: this.heads };
  }
}

let registered = false;
export function registerAttentionLayers(): void {
  if (registered) return;
  registered = true;
  tf.serialization.registerClass(PositionEmbedding);
  tf.serialization.registerClass(MultiHeadSelfAttention);
}
registerAttentionLayers();
