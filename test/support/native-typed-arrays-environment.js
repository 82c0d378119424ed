// Jest's node environment with Node's own typed-array classes. onnxruntime-node's native binding creates its
// output tensors' arrays in Node's realm; Jest runs modules in a VM realm whose Float32Array is another class,
// so onnxruntime-common's `instanceof Float32Array` check rejects them (a Jest-only failure). Test files that
// run onnxruntime name this environment in a @jest-environment docblock.
import { TestEnvironment } from "jest-environment-node";

const TYPED_ARRAYS = [
  "ArrayBuffer",
  "Float32Array",
  "Float64Array",
  "Int8Array",
  "Int16Array",
  "Int32Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Uint16Array",
  "Uint32Array",
  "BigInt64Array",
  "BigUint64Array",
];

export default class NativeTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
  }
}
