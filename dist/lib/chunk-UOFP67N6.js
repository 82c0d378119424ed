import { createRequire as __modelopsCreateRequire } from "node:module";
import { fileURLToPath as __modelopsFileURLToPath } from "node:url";
import { dirname as __modelopsDirname } from "node:path";
const require = __modelopsCreateRequire(import.meta.url);
const __filename = __modelopsFileURLToPath(import.meta.url);
const __dirname = __modelopsDirname(__filename);
import {
  ModelopsError
} from "./chunk-IZDZPW4P.js";
import {
  Abs,
  Acos,
  Acosh,
  Add,
  AddN,
  All,
  Any,
  ArgMax,
  ArgMin,
  Asin,
  Asinh,
  Atan,
  Atan2,
  Atanh,
  AvgPool,
  AvgPool3D,
  AvgPool3DGrad,
  AvgPoolGrad,
  BatchMatMul,
  BatchToSpaceND,
  Bincount,
  BroadcastArgs,
  BroadcastTo,
  Cast,
  Ceil,
  ClipByValue,
  ComplexAbs,
  Concat,
  Conv2D,
  Conv2DBackpropFilter,
  Conv2DBackpropInput,
  Conv3D,
  Conv3DBackpropFilterV2,
  Conv3DBackpropInputV2,
  Cos,
  Cosh,
  CropAndResize,
  Cumprod,
  Cumsum,
  DataStorage,
  DenseBincount,
  DepthToSpace,
  DepthwiseConv2dNative,
  DepthwiseConv2dNativeBackpropFilter,
  DepthwiseConv2dNativeBackpropInput,
  Diag,
  Dilation2D,
  Dilation2DBackpropFilter,
  Dilation2DBackpropInput,
  Draw,
  ENGINE,
  Einsum,
  Elu,
  EluGrad,
  Erf,
  Exp,
  ExpandDims,
  Expm1,
  FFT,
  Fill,
  FlipLeftRight,
  Floor,
  FloorDiv,
  FusedBatchNorm,
  FusedConv2D,
  FusedDepthwiseConv2D,
  GatherNd,
  GatherV2,
  GreaterEqual,
  IFFT,
  Identity,
  Imag,
  IsFinite,
  IsInf,
  IsNan,
  KernelBackend,
  LRN,
  LRNGrad,
  LeakyRelu,
  LinSpace,
  Log,
  Log1p,
  LogSoftmax,
  LogicalAnd,
  LogicalNot,
  LogicalOr,
  Max,
  MaxPool,
  MaxPool3D,
  MaxPool3DGrad,
  MaxPoolGrad,
  MaxPoolWithArgmax,
  Maximum,
  Mean,
  Min,
  Minimum,
  MirrorPad,
  Mod,
  Multinomial,
  Multiply,
  Neg,
  NonMaxSuppressionV3,
  NonMaxSuppressionV4,
  NonMaxSuppressionV5,
  OneHot,
  OnesLike,
  Optimizer,
  Pack,
  PadV2,
  Pow,
  Prelu,
  Prod,
  RaggedGather,
  RaggedRange,
  RaggedTensorToTensor,
  Range,
  RealDiv,
  Reciprocal,
  Relu,
  Relu6,
  Reshape,
  ResizeBilinear,
  ResizeBilinearGrad,
  ResizeNearestNeighbor,
  ResizeNearestNeighborGrad,
  Reverse,
  RotateWithOffset,
  Round,
  Rsqrt,
  SELU_SCALE,
  SELU_SCALEALPHA,
  ScatterNd,
  SearchSorted,
  Select,
  Selu,
  Sigmoid,
  Sign,
  Sin,
  Sinh,
  Slice,
  Softmax,
  Softplus,
  SpaceToBatchND,
  SparseFillEmptyRows,
  SparseReshape,
  SparseSegmentMean,
  SparseSegmentSum,
  SparseToDense,
  SplitV,
  Sqrt,
  Square,
  SquaredDifference,
  Step,
  StridedSlice,
  StringNGrams,
  StringSplit,
  StringToHashBucketFast,
  Sub,
  Sum,
  Tan,
  Tanh,
  Tensor,
  TensorBuffer,
  TensorScatterUpdate,
  Tile,
  TopK,
  Transform,
  Transpose,
  Unique,
  Unpack,
  UnsortedSegmentSum,
  ZerosLike,
  _FusedMatMul,
  abs,
  absConfig,
  add,
  add2,
  addConfig,
  all,
  any,
  argMax,
  assert,
  assertAndGetBroadcastShape,
  assertNotComplex,
  avgPool,
  avgPool3d,
  backend,
  backend_util_exports,
  batchNorm2d,
  batchNorm3d,
  batchNorm4d,
  batchToSpaceND,
  binaryKernelFunc,
  bincountImpl,
  bincountReduceImpl,
  bitwiseAndConfig,
  broadcast_util_exports,
  buffer,
  cast,
  cast2,
  castConfig,
  ceilConfig,
  checkPadOnDimRoundingMode,
  clipByValue,
  clone,
  complex,
  complexConfig,
  computeOutAndReduceShapes,
  concat,
  concat1d,
  concat2d,
  concat3d,
  concat4d,
  concatImpl,
  conv1d,
  conv2DBackpropFilter,
  conv2DBackpropInput,
  conv2d,
  conv2dTranspose,
  conv3DBackpropInput,
  conv3d,
  conv3dTranspose,
  convertToTensor,
  cos,
  cosh,
  createSimpleBinaryKernelImpl,
  cumprod,
  cumsum,
  denseBincount,
  depthwiseConv2d,
  depthwiseConv2dNativeBackpropFilter,
  depthwiseConv2dNativeBackpropInput,
  dispose,
  dist_exports,
  div,
  dropout,
  eitherStridesOrDilationsAreOne,
  elu,
  engine,
  env,
  equal,
  equal2,
  equalConfig,
  erf,
  exp,
  exp2,
  expConfig,
  expandDims,
  expandShapeToKeepDim,
  expm1Config,
  eye,
  fill,
  floor,
  floorConfig,
  floorDivConfig,
  fused_ops_exports,
  gather,
  gatherNdImpl,
  gatherV2Impl,
  getAxesPermutation,
  getBackend,
  getKernel,
  getReductionAxes,
  getUndoAxesPermutation,
  greater,
  greaterConfig,
  greaterEqual,
  greaterEqualConfig,
  identity,
  identityConfig,
  image,
  io_exports,
  keep,
  kernel_impls_exports,
  leakyRelu,
  less,
  lessConfig,
  lessEqual,
  lessEqualConfig,
  linSpaceImpl,
  linalg,
  log,
  log1p,
  logConfig,
  logSoftmax,
  logSumExp,
  logicalAnd,
  logicalNot,
  matMul,
  max,
  maxImpl,
  maxPool,
  maxPool3d,
  maximum,
  maximumConfig,
  mean,
  memory,
  min,
  minimum,
  minimumConfig,
  moments,
  mul,
  multiply,
  multiplyConfig,
  neg,
  negConfig,
  nextFrame,
  notEqual,
  notEqualConfig,
  oneHot,
  ones,
  onesLike,
  op,
  pad,
  parseAxisParam,
  parseSliceParams,
  pow,
  prelu,
  prodConfig,
  raggedGatherImpl,
  raggedRangeImpl,
  raggedTensorToTensorImpl,
  randomNormal,
  randomUniform,
  range,
  rangeImpl,
  real,
  realConfig,
  registerBackend,
  registerGradient,
  registerKernel,
  relu,
  require_seedrandom,
  reshape,
  reverse,
  rsqrt,
  rsqrtConfig,
  scalar,
  scatterImpl,
  selu,
  separableConv2d,
  serialization_exports,
  setBackend,
  sigmoid,
  sigmoid2,
  sigmoidConfig,
  sin,
  sinh,
  sizeFromShape,
  slice,
  slice1d,
  slice2,
  slice2d,
  slice3d,
  slice4d,
  sliceConfig,
  slice_util_exports,
  softmax,
  softplus,
  spaceToBatchND,
  sparseFillEmptyRowsImpl,
  sparseReshapeImpl,
  sparseSegmentReductionImpl,
  split,
  sqrt,
  sqrtConfig,
  square,
  squaredDifference,
  squaredDifferenceConfig,
  squeeze,
  stack,
  staticRegexReplaceConfig,
  step,
  stridedSliceImpl,
  stringNGramsImpl,
  stringSplitImpl,
  stringToHashBucketFastImpl,
  sub,
  sub2,
  subConfig,
  sum,
  tanh,
  tensor,
  tensor1d,
  tensor2d,
  tidy,
  tile,
  tileImpl,
  topKImpl,
  train,
  transpose,
  transpose2,
  transposeConfig,
  transposeImpl,
  truncatedNormal,
  tupleValuesAreOne,
  unaryKernelFunc,
  uniqueImpl,
  unregisterKernel,
  unsortedSegmentSum,
  unstack,
  upcastType,
  util_exports,
  variable,
  variableGrads,
  version,
  where,
  zeros,
  zeros2,
  zerosLike
} from "./chunk-VJTP6C54.js";
import {
  __export,
  __toESM
} from "./chunk-HKHWRQYA.js";

// node_modules/@tensorflow/tfjs-layers/dist/exports_models.js
var exports_models_exports = {};
__export(exports_models_exports, {
  modelFromJSON: () => modelFromJSON
});

// node_modules/@tensorflow/tfjs-layers/dist/backend/state.js
var _nextUniqueTensorId = 0;
function getNextUniqueTensorId() {
  return _nextUniqueTensorId++;
}
var _uidPrefixes = {};
function getUid(prefix = "") {
  if (!(prefix in _uidPrefixes)) {
    _uidPrefixes[prefix] = 0;
  }
  _uidPrefixes[prefix] += 1;
  return prefix + _uidPrefixes[prefix].toString();
}

// node_modules/@tensorflow/tfjs-layers/dist/errors.js
var AttributeError = class _AttributeError extends Error {
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, _AttributeError.prototype);
  }
};
var RuntimeError = class _RuntimeError extends Error {
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, _RuntimeError.prototype);
  }
};
var ValueError = class _ValueError extends Error {
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, _ValueError.prototype);
  }
};
var NotImplementedError = class _NotImplementedError extends Error {
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, _NotImplementedError.prototype);
  }
};
var AssertionError = class _AssertionError extends Error {
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, _AssertionError.prototype);
  }
};

// node_modules/@tensorflow/tfjs-layers/dist/keras_format/common.js
var VALID_DATA_FORMAT_VALUES = ["channelsFirst", "channelsLast"];
var VALID_INTERPOLATION_FORMAT_VALUES = ["nearest", "bilinear"];
var VALID_PADDING_MODE_VALUES = ["valid", "same", "causal"];
var VALID_POOL_MODE_VALUES = ["max", "avg"];
var VALID_BIDIRECTIONAL_MERGE_MODES = ["sum", "mul", "concat", "ave"];

// node_modules/@tensorflow/tfjs-layers/dist/utils/generic_utils.js
function pyListRepeat(value, numValues) {
  if (Array.isArray(value)) {
    let newArray = [];
    for (let i = 0; i < numValues; i++) {
      newArray = newArray.concat(value);
    }
    return newArray;
  } else {
    const newArray = new Array(numValues);
    newArray.fill(value);
    return newArray;
  }
}
function assert2(val, message) {
  if (!val) {
    throw new AssertionError(message);
  }
}
function count(array, refernce) {
  let counter = 0;
  for (const item of array) {
    if (item === refernce) {
      counter++;
    }
  }
  return counter;
}
function singletonOrArray(xs) {
  if (xs.length === 1) {
    return xs[0];
  }
  return xs;
}
function toList(x) {
  if (Array.isArray(x)) {
    return x;
  }
  return [x];
}
function toSnakeCase(name) {
  const intermediate = name.replace(/(.)([A-Z][a-z0-9]+)/g, "$1_$2");
  const insecure = intermediate.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
  if (insecure[0] !== "_") {
    return insecure;
  }
  return "private" + insecure;
}
function toCamelCase(identifier) {
  if (identifier.length <= 1) {
    return identifier;
  }
  if (identifier.indexOf("_") === -1) {
    return identifier;
  }
  return identifier.replace(/[_]+(\w|$)/g, (m, p1) => p1.toUpperCase());
}
var _GLOBAL_CUSTOM_OBJECTS = {};
function serializeKerasObject(instance) {
  if (instance === null || instance === void 0) {
    return null;
  }
  const dict = {};
  dict["className"] = instance.getClassName();
  dict["config"] = instance.getConfig();
  return dict;
}
function convertNDArrayScalarsInConfig(config) {
  if (config == null || typeof config !== "object") {
    return;
  } else if (Array.isArray(config)) {
    config.forEach((configItem) => convertNDArrayScalarsInConfig(configItem));
  } else {
    const fields = Object.keys(config);
    for (const field of fields) {
      const value = config[field];
      if (value != null && typeof value === "object") {
        if (!Array.isArray(value) && value["type"] === "ndarray" && typeof value["value"] === "number") {
          config[field] = value["value"];
        } else {
          convertNDArrayScalarsInConfig(value);
        }
      }
    }
  }
}
function deserializeKerasObject(identifier, moduleObjects = {}, customObjects = {}, printableModuleName = "object", fastWeightInit = false) {
  if (typeof identifier === "string") {
    const functionName = identifier;
    let fn;
    if (functionName in customObjects) {
      fn = customObjects[functionName];
    } else if (functionName in _GLOBAL_CUSTOM_OBJECTS) {
      fn = _GLOBAL_CUSTOM_OBJECTS[functionName];
    } else {
      fn = moduleObjects[functionName];
      if (fn == null) {
        throw new ValueError(`Unknown ${printableModuleName}: ${identifier}. This may be due to one of the following reasons:
1. The ${printableModuleName} is defined in Python, in which case it needs to be ported to TensorFlow.js or your JavaScript code.
2. The custom ${printableModuleName} is defined in JavaScript, but is not registered properly with tf.serialization.registerClass().`);
      }
    }
    return fn;
  } else {
    const config = identifier;
    if (config["className"] == null || config["config"] == null) {
      throw new ValueError(`${printableModuleName}: Improper config format: ${JSON.stringify(config)}.
'className' and 'config' must set.`);
    }
    const className = config["className"];
    let cls, fromConfig;
    if (className in customObjects) {
      [cls, fromConfig] = customObjects[className];
    } else if (className in _GLOBAL_CUSTOM_OBJECTS) {
      [cls, fromConfig] = _GLOBAL_CUSTOM_OBJECTS["className"];
    } else if (className in moduleObjects) {
      [cls, fromConfig] = moduleObjects[className];
    }
    if (cls == null) {
      throw new ValueError(`Unknown ${printableModuleName}: ${className}. This may be due to one of the following reasons:
1. The ${printableModuleName} is defined in Python, in which case it needs to be ported to TensorFlow.js or your JavaScript code.
2. The custom ${printableModuleName} is defined in JavaScript, but is not registered properly with tf.serialization.registerClass().`);
    }
    if (fromConfig != null) {
      const customObjectsCombined = {};
      for (const key of Object.keys(_GLOBAL_CUSTOM_OBJECTS)) {
        customObjectsCombined[key] = _GLOBAL_CUSTOM_OBJECTS[key];
      }
      for (const key of Object.keys(customObjects)) {
        customObjectsCombined[key] = customObjects[key];
      }
      const nestedConfig = config["config"];
      nestedConfig["customObjects"] = customObjectsCombined;
      const backupCustomObjects = Object.assign({}, _GLOBAL_CUSTOM_OBJECTS);
      for (const key of Object.keys(customObjects)) {
        _GLOBAL_CUSTOM_OBJECTS[key] = customObjects[key];
      }
      convertNDArrayScalarsInConfig(config["config"]);
      const returnObj = fromConfig(cls, config["config"], customObjects, fastWeightInit);
      _GLOBAL_CUSTOM_OBJECTS = Object.assign({}, backupCustomObjects);
      return returnObj;
    } else {
      const backupCustomObjects = Object.assign({}, _GLOBAL_CUSTOM_OBJECTS);
      for (const key of Object.keys(customObjects)) {
        _GLOBAL_CUSTOM_OBJECTS[key] = customObjects[key];
      }
      const returnObj = new cls(config["config"]);
      _GLOBAL_CUSTOM_OBJECTS = Object.assign({}, backupCustomObjects);
      return returnObj;
    }
  }
}
function numberCompare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function reverseNumberCompare(a, b) {
  return -1 * numberCompare(a, b);
}
function unique(xs) {
  if (xs == null) {
    return xs;
  }
  const out = [];
  for (const x of xs) {
    if (out.indexOf(x) === -1) {
      out.push(x);
    }
  }
  return out;
}
function isObjectEmpty(obj) {
  if (obj == null) {
    throw new ValueError(`Invalid value in obj: ${JSON.stringify(obj)}`);
  }
  for (const key in obj) {
    if (obj.hasOwnProperty(key)) {
      return false;
    }
  }
  return true;
}
function checkStringTypeUnionValue(values, label, value) {
  if (value == null) {
    return;
  }
  if (values.indexOf(value) < 0) {
    throw new ValueError(`${value} is not a valid ${label}.  Valid values are ${values} or null/undefined.`);
  }
}
function checkArrayTypeAndLength(x, expectedType, minLength = 0, maxLength = Infinity) {
  assert2(minLength >= 0);
  assert2(maxLength >= minLength);
  return Array.isArray(x) && x.length >= minLength && x.length <= maxLength && x.every((e) => typeof e === expectedType);
}
function assertPositiveInteger(value, name) {
  if (Array.isArray(value)) {
    util_exports.assert(value.length > 0, () => `${name} is unexpectedly an empty array.`);
    value.forEach((v, i) => assertPositiveInteger(v, `element ${i + 1} of ${name}`));
  } else {
    util_exports.assert(Number.isInteger(value) && value > 0, () => `Expected ${name} to be a positive integer, but got ${formatAsFriendlyString(value)}.`);
  }
}
function formatAsFriendlyString(value) {
  if (value === null) {
    return "null";
  } else if (Array.isArray(value)) {
    return "[" + value.map((v) => formatAsFriendlyString(v)).join(",") + "]";
  } else if (typeof value === "string") {
    return `"${value}"`;
  } else {
    return `${value}`;
  }
}
function debounce(f, waitMs, nowFunc) {
  let lastTime = nowFunc != null ? nowFunc() : util_exports.now();
  let lastResult;
  const f2 = (...args) => {
    const now = nowFunc != null ? nowFunc() : util_exports.now();
    if (now - lastTime < waitMs) {
      return lastResult;
    }
    lastTime = now;
    lastResult = f(...args);
    return lastResult;
  };
  return f2;
}
function mapActivationToFusedKernel(activationName) {
  if (activationName === "relu") {
    return "relu";
  }
  if (activationName === "linear") {
    return "linear";
  }
  if (activationName === "elu") {
    return "elu";
  }
  return null;
}

// node_modules/@tensorflow/tfjs-layers/dist/common.js
var nameMap = /* @__PURE__ */ new Map();
function checkDataFormat(value) {
  checkStringTypeUnionValue(VALID_DATA_FORMAT_VALUES, "DataFormat", value);
}
function checkInterpolationFormat(value) {
  checkStringTypeUnionValue(VALID_INTERPOLATION_FORMAT_VALUES, "InterpolationFormat", value);
}
function checkPaddingMode(value) {
  checkStringTypeUnionValue(VALID_PADDING_MODE_VALUES, "PaddingMode", value);
}
function checkPoolMode(value) {
  checkStringTypeUnionValue(VALID_POOL_MODE_VALUES, "PoolMode", value);
}
var _nameScopeStack = [];
var _nameScopeDivider = "/";
function nameScope(name, fn) {
  _nameScopeStack.push(name);
  try {
    const val = fn();
    _nameScopeStack.pop();
    return val;
  } catch (e) {
    _nameScopeStack.pop();
    throw e;
  }
}
function currentNameScopePrefix() {
  if (_nameScopeStack.length === 0) {
    return "";
  } else {
    return _nameScopeStack.join(_nameScopeDivider) + _nameScopeDivider;
  }
}
function getScopedTensorName(tensorName) {
  if (!isValidTensorName(tensorName)) {
    throw new Error("Not a valid tensor name: '" + tensorName + "'");
  }
  return currentNameScopePrefix() + tensorName;
}
function getUniqueTensorName(scopedName) {
  if (!isValidTensorName(scopedName)) {
    throw new Error("Not a valid tensor name: '" + scopedName + "'");
  }
  if (!nameMap.has(scopedName)) {
    nameMap.set(scopedName, 0);
  }
  const index = nameMap.get(scopedName);
  nameMap.set(scopedName, nameMap.get(scopedName) + 1);
  if (index > 0) {
    const result = `${scopedName}_${index}`;
    nameMap.set(result, 1);
    return result;
  } else {
    return scopedName;
  }
}
var tensorNameRegex = new RegExp(/^[A-Za-z0-9][-A-Za-z0-9\._\/]*$/);
function isValidTensorName(name) {
  return !!name.match(tensorNameRegex);
}

// node_modules/@tensorflow/tfjs-layers/dist/utils/math_utils.js
function isInteger(x) {
  return x === parseInt(x.toString(), 10);
}
function arrayProd(array, begin, end) {
  if (begin == null) {
    begin = 0;
  }
  if (end == null) {
    end = array.length;
  }
  let prod = 1;
  for (let i = begin; i < end; ++i) {
    prod *= array[i];
  }
  return prod;
}
function min2(array) {
  if (array.length === 0) {
    return Number.NaN;
  }
  let min4 = Number.POSITIVE_INFINITY;
  for (let i = 0; i < array.length; i++) {
    const value = array[i];
    if (value < min4) {
      min4 = value;
    }
  }
  return min4;
}
function max2(array) {
  if (array.length === 0) {
    return Number.NaN;
  }
  let max4 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < array.length; i++) {
    const value = array[i];
    if (value > max4) {
      max4 = value;
    }
  }
  return max4;
}
function range2(begin, end) {
  if (end < begin) {
    throw new ValueError(`end (${end}) < begin (${begin}) is forbidden.`);
  }
  const out = [];
  for (let i = begin; i < end; ++i) {
    out.push(i);
  }
  return out;
}

// node_modules/@tensorflow/tfjs-layers/dist/backend/common.js
var _epsilon;
function epsilon() {
  if (_epsilon == null) {
    _epsilon = backend().epsilon();
  }
  return _epsilon;
}
function imageDataFormat() {
  return "channelsLast";
}

// node_modules/@tensorflow/tfjs-layers/dist/backend/tfjs_backend.js
function cast3(x, dtype) {
  return cast(x, dtype);
}
function expandDims2(x, axis = -1) {
  const outShape = x.shape.slice();
  if (axis < 0) {
    axis = outShape.length + axis + 1;
  }
  outShape.splice(axis, 0, 1);
  return reshape(x, outShape);
}
function repeat(x, n) {
  return tidy(() => {
    if (x.shape.length !== 2) {
      throw new ValueError(`repeat() expects a rank-2 tensor, but received a rank-${x.shape.length} tensor.`);
    }
    const y = expandDims2(x, 1);
    return tile2(y, [1, n, 1]);
  });
}
function flatten(x) {
  const newShape = [arrayProd(x.shape)];
  return reshape(x, newShape);
}
function batchFlatten(x) {
  if (x.rank <= 1) {
    throw new ValueError(`batchFlatten requires a minimum rank of 2. Got rank: ${x.rank}.`);
  }
  const newShape = [x.shape[0], arrayProd(x.shape, 1)];
  return reshape(x, newShape);
}
function sliceAlongFirstAxis(array, start, size) {
  return tidy(() => {
    switch (array.rank) {
      case 1:
        return slice1d(array, start, size);
      case 2:
        return slice2d(array, [start, 0], [size, array.shape[1]]);
      case 3:
        return slice3d(array, [start, 0, 0], [size, array.shape[1], array.shape[2]]);
      case 4:
        return slice4d(array, [start, 0, 0, 0], [size, array.shape[1], array.shape[2], array.shape[3]]);
      case 5:
        return slice(array, [start, 0, 0, 0, 0], [
          size,
          array.shape[1],
          array.shape[2],
          array.shape[3],
          array.shape[4]
        ]);
      case 6:
        return slice(array, [start, 0, 0, 0, 0, 0], [
          size,
          array.shape[1],
          array.shape[2],
          array.shape[3],
          array.shape[4],
          array.shape[5]
        ]);
      default:
        throw new ValueError(`sliceAlongFirstAxis() received an unsupported tensor rank: ${array.rank}`);
    }
  });
}
function sliceAlongLastAxis(array, start, size) {
  return tidy(() => {
    switch (array.rank) {
      case 1:
        return slice1d(array, start, size);
      case 2:
        return slice2d(array, [0, start], [array.shape[0], size]);
      case 3:
        return slice3d(array, [0, 0, start], [array.shape[0], array.shape[1], size]);
      case 4:
        return slice4d(array, [0, 0, 0, start], [array.shape[0], array.shape[1], array.shape[2], size]);
      default:
        throw new ValueError(`sliceAlongLastAxis() received an unsupported tensor rank: ${array.rank}`);
    }
  });
}
function sliceAlongAxis(array, start, size, axis) {
  return tidy(() => {
    switch (array.rank) {
      case 1:
        return slice1d(array, start, size);
      case 2:
        switch (axis) {
          case 1:
            return sliceAlongFirstAxis(array, start, size);
          case 2:
            return sliceAlongLastAxis(array, start, size);
          default:
            throw new ValueError(`The axis is not within the rank of the tensor ${axis}`);
        }
      case 3:
        switch (axis) {
          case 1:
            return sliceAlongFirstAxis(array, start, size);
          case 2:
            return slice3d(array, [0, start, 0], [array.shape[0], size, array.shape[2]]);
          case 3:
            return sliceAlongLastAxis(array, start, size);
          default:
            throw new ValueError(`The axis is not within the rank of the tensor ${axis}`);
        }
      case 4:
        switch (axis) {
          case 1:
            return sliceAlongFirstAxis(array, start, size);
          case 2:
            return slice4d(array, [0, start, 0, 0], [array.shape[0], size, array.shape[2], array.shape[3]]);
          case 3:
            return slice4d(array, [0, 0, start, 0], [array.shape[0], array.shape[1], size, array.shape[3]]);
          case 4:
            return sliceAlongLastAxis(array, start, size);
          default:
            throw new ValueError(`The axis is not within the rank of the tensor ${axis}`);
        }
      default:
        throw new ValueError(`sliceAlongLastAxis() received an unsupported tensor rank: ${array.rank}`);
    }
  });
}
function concatenate(tensors, axis = -1) {
  let rank;
  if (axis < 0) {
    rank = tensors[0].rank;
    if (rank !== 0) {
      axis = rank;
    } else {
      axis = 0;
    }
  }
  if (axis === tensors[0].rank) {
    axis = -1;
  }
  return concat(tensors, axis);
}
function concatAlongFirstAxis(a, b) {
  switch (a.rank) {
    case 1:
      return concat1d([a, b]);
    case 2:
      return concat2d([a, b], 0);
    case 3:
      return concat3d([a, b], 0);
    case 4:
      return concat4d([a, b], 0);
    default:
      throw new ValueError(`concatAlongFirstAxis() received an unsupported tensor rank: ${a.rank}`);
  }
}
function tile2(x, n) {
  if (!Array.isArray(n)) {
    n = [n];
  }
  if (x.rank !== n.length) {
    throw new ValueError(`The length of input n (${n.length}) does not match the number of dimensions in input x (${x.rank})`);
  }
  return tile(x, n);
}
function randomNormal2(shape, mean3 = 0, stddev = 1, dtype, seed) {
  return randomNormal(shape, mean3, stddev, dtype, seed);
}
function dot(a, b, activation2, bias) {
  if (a.rank < 2 || b.rank < 2) {
    throw new NotImplementedError(`dot requires both inputs to be rank >= 2 but got x shape = ${a.shape} and y shape = ${b.shape}`);
  }
  if (b.rank >= 3) {
    const xLastDim = a.shape.slice(-1)[0];
    const ySecondLastDim = b.shape.slice(-2)[0];
    if (xLastDim !== ySecondLastDim) {
      throw new NotImplementedError(`If rank y >= 3, then the second last dim of y must equal the last dim of x but got x shape = ${a.shape} and  y shape = ${b.shape}`);
    }
  }
  if (a.rank === 2 && b.rank === 2) {
    const transposeA = false;
    const transposeB = false;
    return fused_ops_exports.matMul({
      a,
      b,
      transposeA,
      transposeB,
      bias: bias ? reshapeBias(a.rank, bias, imageDataFormat()) : null,
      activation: activation2
    });
  } else {
    const aFirstDims = a.shape.slice();
    const aLastDim = aFirstDims.pop();
    a = reshape(a, [-1, aLastDim]);
    const bShape = b.shape.slice();
    const bLastDim = bShape.pop();
    const ySecondLastDim = bShape.pop();
    const yOtherDims = [...bShape, bLastDim];
    const perm = Array.from({ length: b.rank }, (_, i) => {
      if (i === 0) {
        return b.rank - 2;
      } else if (i <= b.rank - 2) {
        return i - 1;
      }
      return i;
    });
    b = reshape(transpose(b, perm), [ySecondLastDim, -1]);
    const outputShape = [...aFirstDims, ...yOtherDims];
    const transposeA = false;
    const transposeB = false;
    return reshape(fused_ops_exports.matMul({
      a,
      b,
      transposeA,
      transposeB,
      bias: bias ? reshapeBias(a.rank, bias, imageDataFormat()) : null,
      activation: activation2
    }), outputShape);
  }
}
function gather2(reference, indices, axis) {
  return tidy(() => {
    if (Array.isArray(indices)) {
      indices = tensor1d(indices, "int32");
    } else {
      indices = cast(indices, "int32");
    }
    return gather(reference, indices, axis);
  });
}
function square2(x) {
  return mul(x, x);
}
function reshapeBias(xRank, bias, dataFormat) {
  const biasShape = bias.shape;
  if (bias.rank !== 1 && bias.rank !== xRank) {
    throw new ValueError(`Unexpected bias dimensions: ${bias.rank}; expected it to be 1 or ${xRank}`);
  }
  if (xRank === 5) {
    if (dataFormat === "channelsFirst") {
      if (biasShape.length === 1) {
        return reshape(bias, [1, biasShape[0], 1, 1, 1]);
      } else {
        return reshape(bias, [1, biasShape[3], biasShape[0], biasShape[1], biasShape[2]]);
      }
    } else if (dataFormat === "channelsLast") {
      if (biasShape.length === 1) {
        return reshape(bias, [1, 1, 1, 1, biasShape[0]]);
      } else {
        return reshape(bias, [1].concat(biasShape));
      }
    }
  } else if (xRank === 4) {
    if (dataFormat === "channelsFirst") {
      if (biasShape.length === 1) {
        return reshape(bias, [1, biasShape[0], 1, 1]);
      } else {
        return reshape(bias, [1, biasShape[2], biasShape[0], biasShape[1]]);
      }
    } else if (dataFormat === "channelsLast") {
      if (biasShape.length === 1) {
        return reshape(bias, [1, 1, 1, biasShape[0]]);
      } else {
        return reshape(bias, [1].concat(biasShape));
      }
    }
  } else if (xRank === 3) {
    if (dataFormat === "channelsFirst") {
      if (biasShape.length === 1) {
        return reshape(bias, [1, biasShape[0], 1]);
      } else {
        return reshape(bias, [1, biasShape[1], biasShape[0]]);
      }
    } else if (dataFormat === "channelsLast") {
      if (biasShape.length === 1) {
        return reshape(bias, [1, 1, biasShape[0]]);
      } else {
        return reshape(bias, [1].concat(biasShape));
      }
    }
  } else if (xRank < 3) {
    return bias;
  }
  throw new ValueError(`Unsupported input rank by biasAdd: ${bias.rank}`);
}
function biasAdd(x, bias, dataFormat) {
  return tidy(() => {
    if (dataFormat == null) {
      dataFormat = imageDataFormat();
    }
    checkDataFormat(dataFormat);
    return add(x, reshapeBias(x.rank, bias, dataFormat));
  });
}
function elu2(x, alpha = 1) {
  if (alpha !== 1) {
    throw new NotImplementedError(`Support for alpha values other than 1 (${alpha}) is not implemented yet.`);
  }
  return elu(x);
}
function softsign(x) {
  return tidy(() => div(x, add(abs(x), 1)));
}
function dropout2(x, level, noiseShape, seed) {
  return tidy(() => dropout(x, level, noiseShape, seed));
}
function hardSigmoid(x) {
  return tidy(() => {
    const y = add(0.5, mul(0.2, x));
    return clipByValue(y, 0, 1);
  });
}
function inTrainPhase(x, alt, training = false) {
  return training ? x() : alt();
}

// node_modules/@tensorflow/tfjs-layers/dist/keras_format/initializer_config.js
var VALID_FAN_MODE_VALUES = ["fanIn", "fanOut", "fanAvg"];
var VALID_DISTRIBUTION_VALUES = ["normal", "uniform", "truncatedNormal"];

// node_modules/@tensorflow/tfjs-layers/dist/initializers.js
function checkFanMode(value) {
  checkStringTypeUnionValue(VALID_FAN_MODE_VALUES, "FanMode", value);
}
function checkDistribution(value) {
  checkStringTypeUnionValue(VALID_DISTRIBUTION_VALUES, "Distribution", value);
}
var Initializer = class extends serialization_exports.Serializable {
  fromConfigUsesCustomObjects() {
    return false;
  }
  getConfig() {
    return {};
  }
};
var Zeros = class extends Initializer {
  apply(shape, dtype) {
    return zeros(shape, dtype);
  }
};
Zeros.className = "Zeros";
serialization_exports.registerClass(Zeros);
var Ones = class extends Initializer {
  apply(shape, dtype) {
    return ones(shape, dtype);
  }
};
Ones.className = "Ones";
serialization_exports.registerClass(Ones);
var Constant = class extends Initializer {
  constructor(args) {
    super();
    if (typeof args !== "object") {
      throw new ValueError(`Expected argument of type ConstantConfig but got ${args}`);
    }
    if (args.value === void 0) {
      throw new ValueError(`config must have value set but got ${args}`);
    }
    this.value = args.value;
  }
  apply(shape, dtype) {
    return tidy(() => mul(scalar(this.value), ones(shape, dtype)));
  }
  getConfig() {
    return {
      value: this.value
    };
  }
};
Constant.className = "Constant";
serialization_exports.registerClass(Constant);
var RandomUniform = class extends Initializer {
  constructor(args) {
    super();
    this.DEFAULT_MINVAL = -0.05;
    this.DEFAULT_MAXVAL = 0.05;
    this.minval = args.minval || this.DEFAULT_MINVAL;
    this.maxval = args.maxval || this.DEFAULT_MAXVAL;
    this.seed = args.seed;
  }
  apply(shape, dtype) {
    return randomUniform(shape, this.minval, this.maxval, dtype, this.seed);
  }
  getConfig() {
    return { minval: this.minval, maxval: this.maxval, seed: this.seed };
  }
};
RandomUniform.className = "RandomUniform";
serialization_exports.registerClass(RandomUniform);
var RandomNormal = class extends Initializer {
  constructor(args) {
    super();
    this.DEFAULT_MEAN = 0;
    this.DEFAULT_STDDEV = 0.05;
    this.mean = args.mean || this.DEFAULT_MEAN;
    this.stddev = args.stddev || this.DEFAULT_STDDEV;
    this.seed = args.seed;
  }
  apply(shape, dtype) {
    dtype = dtype || "float32";
    if (dtype !== "float32" && dtype !== "int32") {
      throw new NotImplementedError(`randomNormal does not support dType ${dtype}.`);
    }
    return randomNormal2(shape, this.mean, this.stddev, dtype, this.seed);
  }
  getConfig() {
    return { mean: this.mean, stddev: this.stddev, seed: this.seed };
  }
};
RandomNormal.className = "RandomNormal";
serialization_exports.registerClass(RandomNormal);
var TruncatedNormal = class extends Initializer {
  constructor(args) {
    super();
    this.DEFAULT_MEAN = 0;
    this.DEFAULT_STDDEV = 0.05;
    this.mean = args.mean || this.DEFAULT_MEAN;
    this.stddev = args.stddev || this.DEFAULT_STDDEV;
    this.seed = args.seed;
  }
  apply(shape, dtype) {
    dtype = dtype || "float32";
    if (dtype !== "float32" && dtype !== "int32") {
      throw new NotImplementedError(`truncatedNormal does not support dType ${dtype}.`);
    }
    return truncatedNormal(shape, this.mean, this.stddev, dtype, this.seed);
  }
  getConfig() {
    return { mean: this.mean, stddev: this.stddev, seed: this.seed };
  }
};
TruncatedNormal.className = "TruncatedNormal";
serialization_exports.registerClass(TruncatedNormal);
var Identity2 = class extends Initializer {
  constructor(args) {
    super();
    this.gain = args.gain != null ? args.gain : 1;
  }
  apply(shape, dtype) {
    return tidy(() => {
      if (shape.length !== 2 || shape[0] !== shape[1]) {
        throw new ValueError("Identity matrix initializer can only be used for 2D square matrices.");
      } else {
        return mul(this.gain, eye(shape[0]));
      }
    });
  }
  getConfig() {
    return { gain: this.gain };
  }
};
Identity2.className = "Identity";
serialization_exports.registerClass(Identity2);
function computeFans(shape, dataFormat = "channelsLast") {
  let fanIn;
  let fanOut;
  checkDataFormat(dataFormat);
  if (shape.length === 2) {
    fanIn = shape[0];
    fanOut = shape[1];
  } else if ([3, 4, 5].indexOf(shape.length) !== -1) {
    if (dataFormat === "channelsFirst") {
      const receptiveFieldSize = arrayProd(shape, 2);
      fanIn = shape[1] * receptiveFieldSize;
      fanOut = shape[0] * receptiveFieldSize;
    } else if (dataFormat === "channelsLast") {
      const receptiveFieldSize = arrayProd(shape, 0, shape.length - 2);
      fanIn = shape[shape.length - 2] * receptiveFieldSize;
      fanOut = shape[shape.length - 1] * receptiveFieldSize;
    }
  } else {
    const shapeProd = arrayProd(shape);
    fanIn = Math.sqrt(shapeProd);
    fanOut = Math.sqrt(shapeProd);
  }
  return [fanIn, fanOut];
}
var VarianceScaling = class extends Initializer {
  /**
   * Constructor of VarianceScaling.
   * @throws ValueError for invalid value in scale.
   */
  constructor(args) {
    super();
    if (args.scale < 0) {
      throw new ValueError(`scale must be a positive float. Got: ${args.scale}`);
    }
    this.scale = args.scale == null ? 1 : args.scale;
    this.mode = args.mode == null ? "fanIn" : args.mode;
    checkFanMode(this.mode);
    this.distribution = args.distribution == null ? "normal" : args.distribution;
    checkDistribution(this.distribution);
    this.seed = args.seed;
  }
  apply(shape, dtype) {
    const fans = computeFans(shape);
    const fanIn = fans[0];
    const fanOut = fans[1];
    let scale2 = this.scale;
    if (this.mode === "fanIn") {
      scale2 /= Math.max(1, fanIn);
    } else if (this.mode === "fanOut") {
      scale2 /= Math.max(1, fanOut);
    } else {
      scale2 /= Math.max(1, (fanIn + fanOut) / 2);
    }
    if (this.distribution === "normal") {
      const stddev = Math.sqrt(scale2);
      dtype = dtype || "float32";
      if (dtype !== "float32" && dtype !== "int32") {
        throw new NotImplementedError(`${this.getClassName()} does not support dType ${dtype}.`);
      }
      return truncatedNormal(shape, 0, stddev, dtype, this.seed);
    } else {
      const limit = Math.sqrt(3 * scale2);
      return randomUniform(shape, -limit, limit, dtype, this.seed);
    }
  }
  getConfig() {
    return {
      scale: this.scale,
      mode: this.mode,
      distribution: this.distribution,
      seed: this.seed
    };
  }
};
VarianceScaling.className = "VarianceScaling";
serialization_exports.registerClass(VarianceScaling);
var GlorotUniform = class extends VarianceScaling {
  /**
   * Constructor of GlorotUniform
   * @param scale
   * @param mode
   * @param distribution
   * @param seed
   */
  constructor(args) {
    super({
      scale: 1,
      mode: "fanAvg",
      distribution: "uniform",
      seed: args == null ? null : args.seed
    });
  }
  getClassName() {
    return VarianceScaling.className;
  }
};
GlorotUniform.className = "GlorotUniform";
serialization_exports.registerClass(GlorotUniform);
var GlorotNormal = class extends VarianceScaling {
  /**
   * Constructor of GlorotNormal.
   * @param scale
   * @param mode
   * @param distribution
   * @param seed
   */
  constructor(args) {
    super({
      scale: 1,
      mode: "fanAvg",
      distribution: "normal",
      seed: args == null ? null : args.seed
    });
  }
  getClassName() {
    return VarianceScaling.className;
  }
};
GlorotNormal.className = "GlorotNormal";
serialization_exports.registerClass(GlorotNormal);
var HeNormal = class extends VarianceScaling {
  constructor(args) {
    super({
      scale: 2,
      mode: "fanIn",
      distribution: "normal",
      seed: args == null ? null : args.seed
    });
  }
  getClassName() {
    return VarianceScaling.className;
  }
};
HeNormal.className = "HeNormal";
serialization_exports.registerClass(HeNormal);
var HeUniform = class extends VarianceScaling {
  constructor(args) {
    super({
      scale: 2,
      mode: "fanIn",
      distribution: "uniform",
      seed: args == null ? null : args.seed
    });
  }
  getClassName() {
    return VarianceScaling.className;
  }
};
HeUniform.className = "HeUniform";
serialization_exports.registerClass(HeUniform);
var LeCunNormal = class extends VarianceScaling {
  constructor(args) {
    super({
      scale: 1,
      mode: "fanIn",
      distribution: "normal",
      seed: args == null ? null : args.seed
    });
  }
  getClassName() {
    return VarianceScaling.className;
  }
};
LeCunNormal.className = "LeCunNormal";
serialization_exports.registerClass(LeCunNormal);
var LeCunUniform = class extends VarianceScaling {
  constructor(args) {
    super({
      scale: 1,
      mode: "fanIn",
      distribution: "uniform",
      seed: args == null ? null : args.seed
    });
  }
  getClassName() {
    return VarianceScaling.className;
  }
};
LeCunUniform.className = "LeCunUniform";
serialization_exports.registerClass(LeCunUniform);
var Orthogonal = class extends Initializer {
  constructor(args) {
    super();
    this.DEFAULT_GAIN = 1;
    this.ELEMENTS_WARN_SLOW = 2e3;
    this.gain = args.gain == null ? this.DEFAULT_GAIN : args.gain;
    this.seed = args.seed;
  }
  apply(shape, dtype) {
    return tidy(() => {
      if (shape.length < 2) {
        throw new NotImplementedError("Shape must be at least 2D.");
      }
      if (dtype !== "int32" && dtype !== "float32" && dtype !== void 0) {
        throw new TypeError(`Unsupported data type ${dtype}.`);
      }
      dtype = dtype;
      const numRows = util_exports.sizeFromShape(shape.slice(0, -1));
      const numCols = shape[shape.length - 1];
      const numElements = numRows * numCols;
      if (numElements > this.ELEMENTS_WARN_SLOW) {
        console.warn(`Orthogonal initializer is being called on a matrix with more than ${this.ELEMENTS_WARN_SLOW} (${numElements}) elements: Slowness may result.`);
      }
      const flatShape = [Math.max(numCols, numRows), Math.min(numCols, numRows)];
      const randNormalMat = randomNormal2(flatShape, 0, 1, dtype, this.seed);
      const qr = linalg.qr(randNormalMat, false);
      let qMat = qr[0];
      const rMat = qr[1];
      const diag2 = rMat.flatten().stridedSlice([0], [Math.min(numCols, numRows) * Math.min(numCols, numRows)], [Math.min(numCols, numRows) + 1]);
      qMat = mul(qMat, diag2.sign());
      if (numRows < numCols) {
        qMat = qMat.transpose();
      }
      return mul(scalar(this.gain), qMat.reshape(shape));
    });
  }
  getConfig() {
    return {
      gain: this.gain,
      seed: this.seed
    };
  }
};
Orthogonal.className = "Orthogonal";
serialization_exports.registerClass(Orthogonal);
var INITIALIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP = {
  "constant": "Constant",
  "glorotNormal": "GlorotNormal",
  "glorotUniform": "GlorotUniform",
  "heNormal": "HeNormal",
  "heUniform": "HeUniform",
  "identity": "Identity",
  "leCunNormal": "LeCunNormal",
  "leCunUniform": "LeCunUniform",
  "ones": "Ones",
  "orthogonal": "Orthogonal",
  "randomNormal": "RandomNormal",
  "randomUniform": "RandomUniform",
  "truncatedNormal": "TruncatedNormal",
  "varianceScaling": "VarianceScaling",
  "zeros": "Zeros"
};
function deserializeInitializer(config, customObjects = {}) {
  return deserializeKerasObject(config, serialization_exports.SerializationMap.getMap().classNameMap, customObjects, "initializer");
}
function serializeInitializer(initializer) {
  return serializeKerasObject(initializer);
}
function getInitializer(identifier) {
  if (typeof identifier === "string") {
    const className = identifier in INITIALIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP ? INITIALIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP[identifier] : identifier;
    if (className === "GlorotNormal") {
      return new GlorotNormal();
    } else if (className === "GlorotUniform") {
      return new GlorotUniform();
    } else if (className === "HeNormal") {
      return new HeNormal();
    } else if (className === "HeUniform") {
      return new HeUniform();
    } else if (className === "LeCunNormal") {
      return new LeCunNormal();
    } else if (className === "LeCunUniform") {
      return new LeCunUniform();
    } else {
      const config = {};
      config["className"] = className;
      config["config"] = {};
      return deserializeInitializer(config);
    }
  } else if (identifier instanceof Initializer) {
    return identifier;
  } else {
    return deserializeInitializer(identifier);
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/utils/types_utils.js
function isArrayOfShapes(x) {
  return Array.isArray(x) && Array.isArray(x[0]);
}
function normalizeShapeList(x) {
  if (x.length === 0) {
    return [];
  }
  if (!Array.isArray(x[0])) {
    return [x];
  }
  return x;
}
function getExactlyOneTensor(xs) {
  let x;
  if (Array.isArray(xs)) {
    if (xs.length !== 1) {
      throw new ValueError(`Expected Tensor length to be 1; got ${xs.length}`);
    }
    x = xs[0];
  } else {
    x = xs;
  }
  return x;
}
function getExactlyOneShape(shapes) {
  if (Array.isArray(shapes) && Array.isArray(shapes[0])) {
    if (shapes.length === 1) {
      shapes = shapes;
      return shapes[0];
    } else {
      throw new ValueError(`Expected exactly 1 Shape; got ${shapes.length}`);
    }
  } else {
    return shapes;
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/utils/variable_utils.js
function countParamsInWeights(weights) {
  let count3 = 0;
  for (const weight of weights) {
    if (weight.shape.length === 0) {
      count3 += 1;
    } else {
      count3 += weight.shape.reduce((a, b) => a * b);
    }
  }
  return count3;
}

// node_modules/@tensorflow/tfjs-layers/dist/variables.js
var DEFAULT_VARIABLE_NAME_PREFIX = "Variable";
var LayerVariable = class {
  /**
   * Construct Variable from a `tf.Tensor`.
   *
   * If not explicitly named, the Variable will be given a name with the
   * prefix 'Variable'. Variable names are unique. In the case of name
   * collision, suffixies '_<num>' will be added to the name.
   *
   * @param val Initial value of the Variable.
   * @param name Name of the variable. If `null` or `undefined` is provided, it
   *   will default a name with the prefix 'Variable'.
   * @param constraint Optional, projection function to be applied to the
   * variable after optimize updates
   * @throws ValueError if `name` is `null` or `undefined`.
   */
  constructor(val, dtype = "float32", name = DEFAULT_VARIABLE_NAME_PREFIX, trainable = true, constraint = null) {
    this.dtype = dtype == null ? "float32" : dtype;
    this.shape = val.shape;
    this.id = getNextUniqueTensorId();
    name = name == null ? DEFAULT_VARIABLE_NAME_PREFIX : name;
    this.originalName = getScopedTensorName(name);
    this.name = getUniqueTensorName(this.originalName);
    this.trainable_ = trainable;
    this.constraint = constraint;
    this.val = variable(val, this.trainable_, this.name, this.dtype);
  }
  /**
   * Get a snapshot of the Variable's value.
   *
   * The returned value is a snapshot of the Variable's value at the time of
   * the invocation. Future mutations in the value of the tensor will only
   * be reflected by future calls to this method.
   */
  read() {
    this.assertNotDisposed();
    return this.val;
  }
  /**
   * Update the value of the Variable.
   *
   * @param newVal: The new value to update to. Must be consistent with the
   *   dtype and shape of the Variable.
   * @return This Variable.
   */
  write(newVal) {
    this.assertNotDisposed();
    checkShapesMatch(this.val, newVal);
    if (this.val.id !== newVal.id) {
      this.val.assign(newVal);
      if (this.constraint != null) {
        this.val.assign(this.constraint.apply(this.val));
      }
    }
    return this;
  }
  /**
   * Dispose this LayersVariable instance from memory.
   */
  dispose() {
    this.assertNotDisposed();
    this.val.dispose();
  }
  assertNotDisposed() {
    if (this.val.isDisposed) {
      throw new Error(`LayersVariable ${this.name} is already disposed.`);
    }
  }
  get trainable() {
    return this.trainable_;
  }
  set trainable(trainable) {
    this.trainable_ = trainable;
    this.val.trainable = trainable;
  }
};
function checkShapesMatch(x, y) {
  if (x.shape.toString() !== y.shape.toString()) {
    throw new Error("Shape mismatch: " + JSON.stringify(x.shape) + " vs. " + JSON.stringify(y.shape));
  }
}
function batchGetValue(xs) {
  return xs.map((x) => x.read());
}
function batchSetValue(variablesAndValues) {
  variablesAndValues.forEach((variableAndValue) => {
    const variable2 = variableAndValue[0];
    variable2.write(variableAndValue[1]);
  });
}

// node_modules/@tensorflow/tfjs-layers/dist/engine/topology.js
var InputSpec = class {
  constructor(args) {
    this.dtype = args.dtype;
    this.shape = args.shape;
    if (args.shape != null) {
      this.ndim = args.shape.length;
    } else {
      this.ndim = args.ndim;
    }
    this.maxNDim = args.maxNDim;
    this.minNDim = args.minNDim;
    this.axes = args.axes || {};
  }
};
var SymbolicTensor = class {
  /**
   *
   * @param dtype
   * @param shape
   * @param sourceLayer The Layer that produced this symbolic tensor.
   * @param inputs The inputs passed to sourceLayer's __call__() method.
   * @param nodeIndex
   * @param tensorIndex
   * @param callArgs The keyword arguments passed to the __call__() method.
   * @param name
   * @param outputTensorIndex The index of this tensor in the list of outputs
   *   returned by apply().
   */
  constructor(dtype, shape, sourceLayer, inputs, callArgs, name, outputTensorIndex) {
    this.dtype = dtype;
    this.shape = shape;
    this.sourceLayer = sourceLayer;
    this.inputs = inputs;
    this.callArgs = callArgs;
    this.outputTensorIndex = outputTensorIndex;
    this.id = getNextUniqueTensorId();
    if (name != null) {
      this.originalName = getScopedTensorName(name);
      this.name = getUniqueTensorName(this.originalName);
    }
    this.rank = shape.length;
  }
};
var _nextNodeID = 0;
var Node = class {
  constructor(args, callArgs) {
    this.callArgs = callArgs;
    this.id = _nextNodeID++;
    this.outboundLayer = args.outboundLayer;
    this.inboundLayers = args.inboundLayers;
    this.nodeIndices = args.nodeIndices;
    this.tensorIndices = args.tensorIndices;
    this.inputTensors = args.inputTensors;
    this.outputTensors = args.outputTensors;
    this.inputMasks = args.inputMasks;
    this.outputMasks = args.outputMasks;
    this.inputShapes = args.inputShapes;
    this.outputShapes = args.outputShapes;
    for (const layer of args.inboundLayers) {
      if (layer != null) {
        layer.outboundNodes.push(this);
      }
    }
    args.outboundLayer.inboundNodes.push(this);
  }
  getConfig() {
    const inboundNames = [];
    for (const layer of this.inboundLayers) {
      if (layer != null) {
        inboundNames.push(layer.name);
      } else {
        inboundNames.push(null);
      }
    }
    return {
      outboundLayer: this.outboundLayer ? this.outboundLayer.name : null,
      inboundLayers: inboundNames,
      nodeIndices: this.nodeIndices,
      tensorIndices: this.tensorIndices
    };
  }
};
var _nextLayerID = 0;
var Layer = class extends serialization_exports.Serializable {
  constructor(args = {}) {
    super();
    this._callHook = null;
    this._addedWeightNames = [];
    this._stateful = false;
    this.id = _nextLayerID++;
    this.activityRegularizer = null;
    this.inputSpec = null;
    this.supportsMasking = false;
    this._trainableWeights = [];
    this._nonTrainableWeights = [];
    this._losses = [];
    this._updates = [];
    this._built = false;
    this.inboundNodes = [];
    this.outboundNodes = [];
    let name = args.name;
    if (!name) {
      const prefix = this.getClassName();
      name = toSnakeCase(prefix) + "_" + getUid(prefix);
    }
    this.name = name;
    this.trainable_ = args.trainable == null ? true : args.trainable;
    if (args.inputShape != null || args.batchInputShape != null) {
      let batchInputShape;
      if (args.batchInputShape != null) {
        batchInputShape = args.batchInputShape;
      } else if (args.inputShape != null) {
        let batchSize = null;
        if (args.batchSize != null) {
          batchSize = args.batchSize;
        }
        batchInputShape = [batchSize].concat(args.inputShape);
      }
      this.batchInputShape = batchInputShape;
      let dtype = args.dtype;
      if (dtype == null) {
        dtype = args.inputDType;
      }
      if (dtype == null) {
        dtype = "float32";
      }
      this.dtype = dtype;
    }
    if (args.weights != null) {
      this.initialWeights = args.weights;
    } else {
      this.initialWeights = null;
    }
    this._refCount = null;
    this.fastWeightInitDuringBuild = false;
  }
  /**
   * Converts a layer and its index to a unique (immutable type) name.
   * This function is used internally with `this.containerNodes`.
   * @param layer The layer.
   * @param nodeIndex The layer's position (e.g. via enumerate) in a list of
   *   nodes.
   *
   * @returns The unique name.
   */
  static nodeKey(layer, nodeIndex) {
    return layer.name + "_ib-" + nodeIndex.toString();
  }
  /**
   * Returns this.inboundNode at index nodeIndex.
   *
   * Porting note: This is a replacement for _get_node_attribute_at_index()
   * @param nodeIndex
   * @param attrName The name of the attribute related to request for this node.
   */
  getNodeAtIndex(nodeIndex, attrName) {
    if (this.inboundNodes.length === 0) {
      throw new RuntimeError(`The layer has never been called and thus has no defined ${attrName}.`);
    }
    if (this.inboundNodes.length <= nodeIndex) {
      throw new ValueError(`Asked to get ${attrName} at node ${nodeIndex}, but the layer has only ${this.inboundNodes.length} inbound nodes.`);
    }
    return this.inboundNodes[nodeIndex];
  }
  /**
   * Retrieves the input tensor(s) of a layer at a given node.
   *
   * @param nodeIndex Integer, index of the node from which to retrieve the
   *   attribute. E.g. `nodeIndex=0` will correspond to the first time the layer
   *   was called.
   *
   * @return A tensor (or list of tensors if the layer has multiple inputs).
   */
  getInputAt(nodeIndex) {
    return singletonOrArray(this.getNodeAtIndex(nodeIndex, "input").inputTensors);
  }
  /**
   * Retrieves the output tensor(s) of a layer at a given node.
   *
   * @param nodeIndex Integer, index of the node from which to retrieve the
   *   attribute. E.g. `nodeIndex=0` will correspond to the first time the layer
   *   was called.
   *
   * @return A tensor (or list of tensors if the layer has multiple outputs).
   */
  getOutputAt(nodeIndex) {
    return singletonOrArray(this.getNodeAtIndex(nodeIndex, "output").outputTensors);
  }
  // Properties
  /**
   * Retrieves the input tensor(s) of a layer.
   *
   * Only applicable if the layer has exactly one inbound node,
   * i.e. if it is connected to one incoming layer.
   *
   * @return Input tensor or list of input tensors.
   *
   * @exception AttributeError if the layer is connected to more than one
   *   incoming layers.
   */
  get input() {
    if (this.inboundNodes.length > 1) {
      throw new AttributeError(`Layer ${this.name} has multiple inbound nodes, hence the notion of "layer input" is ill-defined. Use \`getInputAt(nodeIndex)\` instead.`);
    } else if (this.inboundNodes.length === 0) {
      throw new AttributeError(`Layer ${this.name} is not connected, no input to return.`);
    }
    return singletonOrArray(this.getNodeAtIndex(0, "input").inputTensors);
  }
  /**
   * Retrieves the output tensor(s) of a layer.
   *
   * Only applicable if the layer has exactly one inbound node,
   * i.e. if it is connected to one incoming layer.
   *
   * @return Output tensor or list of output tensors.
   *
   * @exception AttributeError if the layer is connected to more than one
   *   incoming layers.
   */
  get output() {
    if (this.inboundNodes.length === 0) {
      throw new AttributeError(`Layer ${this.name} has no inbound nodes.`);
    }
    if (this.inboundNodes.length > 1) {
      throw new AttributeError(`Layer ${this.name} has multiple inbound nodes, hence the notion of "layer output" is ill-defined. Use \`getOutputAt(nodeIndex)\` instead.`);
    }
    return singletonOrArray(this.getNodeAtIndex(0, "output").outputTensors);
  }
  get losses() {
    return this._losses;
  }
  /**
   * Retrieves the Layer's current loss values.
   *
   * Used for regularizers during training.
   */
  calculateLosses() {
    return this.losses.map((lossFn) => lossFn());
  }
  get updates() {
    return this._updates;
  }
  get built() {
    return this._built;
  }
  set built(built) {
    this._built = built;
  }
  get trainable() {
    return this.trainable_;
  }
  set trainable(trainable) {
    this._trainableWeights.forEach((w) => w.trainable = trainable);
    this.trainable_ = trainable;
  }
  get trainableWeights() {
    if (this.trainable_) {
      return this._trainableWeights.filter((w) => w.trainable);
    } else {
      return [];
    }
  }
  set trainableWeights(weights) {
    this._trainableWeights = weights;
  }
  get nonTrainableWeights() {
    if (this.trainable) {
      return this._trainableWeights.filter((w) => !w.trainable).concat(this._nonTrainableWeights);
    } else {
      return this._trainableWeights.concat(this._nonTrainableWeights);
    }
  }
  set nonTrainableWeights(weights) {
    this._nonTrainableWeights = weights;
  }
  /**
   * The concatenation of the lists trainableWeights and nonTrainableWeights
   * (in this order).
   */
  get weights() {
    return this.trainableWeights.concat(this.nonTrainableWeights);
  }
  get stateful() {
    return this._stateful;
  }
  /**
   * Reset the states of the layer.
   *
   * This method of the base Layer class is essentially a no-op.
   * Subclasses that are stateful (e.g., stateful RNNs) should override this
   * method.
   */
  resetStates() {
    if (!this.stateful) {
      throw new Error("Cannot call the resetStates() method of a non-stateful Layer object.");
    }
  }
  /**
   * Checks compatibility between the layer and provided inputs.
   *
   * This checks that the tensor(s) `input`
   * verify the input assumptions of the layer
   * (if any). If not, exceptions are raised.
   *
   * @param inputs Input tensor or list of input tensors.
   *
   * @exception ValueError in case of mismatch between
   *   the provided inputs and the expectations of the layer.
   */
  assertInputCompatibility(inputs) {
    const inputsList = toList(inputs);
    if (this.inputSpec == null || this.inputSpec.length === 0) {
      return;
    }
    const inputSpec = toList(this.inputSpec);
    if (inputsList.length !== inputSpec.length) {
      throw new ValueError(`Layer ${this.name} expects ${inputSpec.length} inputs, but it received ${inputsList.length} input tensors. Input received: ${inputs}`);
    }
    for (let inputIndex = 0; inputIndex < inputsList.length; inputIndex++) {
      const x = inputsList[inputIndex];
      const spec = inputSpec[inputIndex];
      if (spec == null) {
        continue;
      }
      const ndim = x.rank;
      if (spec.ndim != null) {
        if (ndim !== spec.ndim) {
          throw new ValueError(`Input ${inputIndex} is incompatible with layer ${this.name}: expected ndim=${spec.ndim}, found ndim=${ndim}`);
        }
      }
      if (spec.maxNDim != null) {
        if (ndim > spec.maxNDim) {
          throw new ValueError(`Input ${inputIndex} is incompatible with layer ${this.name}: expected max_ndim=${spec.maxNDim}, found ndim=${ndim}`);
        }
      }
      if (spec.minNDim != null) {
        if (ndim < spec.minNDim) {
          throw new ValueError(`Input ${inputIndex} is incompatible with layer ${this.name}: expected min_ndim=${spec.minNDim}, found ndim=${ndim}.`);
        }
      }
      if (spec.dtype != null) {
        if (x.dtype !== spec.dtype) {
          throw new ValueError(`Input ${inputIndex} is incompatible with layer ${this.name} : expected dtype=${spec.dtype}, found dtype=${x.dtype}.`);
        }
      }
      if (spec.axes) {
        const xShape = x.shape;
        for (const key in spec.axes) {
          const axis = Number(key);
          const value = spec.axes[key];
          const xShapeAtAxis = axis >= 0 ? xShape[axis] : xShape[xShape.length + axis];
          if (value != null && [value, null].indexOf(xShapeAtAxis) === -1) {
            throw new ValueError(`Input ${inputIndex} is incompatible with layer ${this.name}: expected axis ${axis} of input shape to have value ${value} but got shape ${xShape}.`);
          }
        }
      }
      if (spec.shape != null) {
        for (let i = 0; i < spec.shape.length; ++i) {
          const specDim = spec.shape[i];
          const dim = x.shape[i];
          if (specDim != null && dim != null) {
            if (specDim !== dim) {
              throw new ValueError(`Input ${inputIndex} is incompatible with layer ${this.name}: expected shape=${spec.shape}, found shape=${x.shape}.`);
            }
          }
        }
      }
    }
  }
  /**
   * This is where the layer's logic lives.
   *
   * @param inputs Input tensor, or list/tuple of input tensors.
   * @param kwargs Additional keyword arguments.
   *
   * @return A tensor or list/tuple of tensors.
   */
  call(inputs, kwargs) {
    return inputs;
  }
  invokeCallHook(inputs, kwargs) {
    if (this._callHook != null) {
      this._callHook(inputs, kwargs);
    }
  }
  /**
   * Set call hook.
   * This is currently used for testing only.
   * @param callHook
   */
  setCallHook(callHook) {
    this._callHook = callHook;
  }
  /**
   * Clear call hook.
   * This is currently used for testing only.
   */
  clearCallHook() {
    this._callHook = null;
  }
  /**
   * Builds or executes a `Layer`'s logic.
   *
   * When called with `tf.Tensor`(s), execute the `Layer`'s computation and
   * return Tensor(s). For example:
   *
   * ```js
   * const denseLayer = tf.layers.dense({
   *   units: 1,
   *   kernelInitializer: 'zeros',
   *   useBias: false
   * });
   *
   * // Invoke the layer's apply() method with a `tf.Tensor` (with concrete
   * // numeric values).
   * const input = tf.ones([2, 2]);
   * const output = denseLayer.apply(input);
   *
   * // The output's value is expected to be [[0], [0]], due to the fact that
   * // the dense layer has a kernel initialized to all-zeros and does not have
   * // a bias.
   * output.print();
   * ```
   *
   * When called with `tf.SymbolicTensor`(s), this will prepare the layer for
   * future execution.  This entails internal book-keeping on shapes of
   * expected Tensors, wiring layers together, and initializing weights.
   *
   * Calling `apply` with `tf.SymbolicTensor`s are typically used during the
   * building of non-`tf.Sequential` models. For example:
   *
   * ```js
   * const flattenLayer = tf.layers.flatten();
   * const denseLayer = tf.layers.dense({units: 1});
   *
   * // Use tf.layers.input() to obtain a SymbolicTensor as input to apply().
   * const input = tf.input({shape: [2, 2]});
   * const output1 = flattenLayer.apply(input);
   *
   * // output1.shape is [null, 4]. The first dimension is the undetermined
   * // batch size. The second dimension comes from flattening the [2, 2]
   * // shape.
   * console.log(JSON.stringify(output1.shape));
   *
   * // The output SymbolicTensor of the flatten layer can be used to call
   * // the apply() of the dense layer:
   * const output2 = denseLayer.apply(output1);
   *
   * // output2.shape is [null, 1]. The first dimension is the undetermined
   * // batch size. The second dimension matches the number of units of the
   * // dense layer.
   * console.log(JSON.stringify(output2.shape));
   *
   * // The input and output can be used to construct a model that consists
   * // of the flatten and dense layers.
   * const model = tf.model({inputs: input, outputs: output2});
   * ```
   *
   * @param inputs a `tf.Tensor` or `tf.SymbolicTensor` or an Array of them.
   * @param kwargs Additional keyword arguments to be passed to `call()`.
   *
   * @return Output of the layer's `call` method.
   *
   * @exception ValueError error in case the layer is missing shape information
   *   for its `build` call.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  // Porting Note: This is a replacement for __call__() in Python.
  apply(inputs, kwargs) {
    kwargs = kwargs || {};
    this.assertNotDisposed();
    const inputsList = toList(inputs);
    const allAreSymbolic = checkAllSymbolic(inputs);
    const noneAreSymbolic = checkNoneSymbolic(inputs);
    if (allAreSymbolic === noneAreSymbolic) {
      throw new ValueError("Arguments to apply() must be all SymbolicTensors or all Tensors");
    }
    return nameScope(this.name, () => {
      if (!this.built) {
        this.assertInputCompatibility(inputs);
        const inputShapes = [];
        for (const xElem of toList(inputs)) {
          inputShapes.push(xElem.shape);
        }
        this.build(singletonOrArray(inputShapes));
        this.built = true;
        if (this.initialWeights) {
          this.setWeights(this.initialWeights);
        }
        if (this._refCount === null && noneAreSymbolic) {
          this._refCount = 1;
        }
      }
      this.assertInputCompatibility(inputs);
      if (noneAreSymbolic) {
        let output = this.call(inputs, kwargs);
        if (this.supportsMasking) {
          this.setMaskMetadata(inputs, output);
        }
        const outputList = toList(output);
        const outputListCopy = [];
        for (let x of outputList) {
          if (inputsList.indexOf(x) !== -1) {
            x = x.clone();
          }
          outputListCopy.push(x);
        }
        output = singletonOrArray(outputListCopy);
        if (this.activityRegularizer != null) {
          throw new NotImplementedError("Layer invocation in the presence of activity regularizer(s) is not supported yet.");
        }
        return output;
      } else {
        const inputShape = collectInputShape(inputs);
        const outputShape = this.computeOutputShape(inputShape);
        let output;
        const outputDType = guessOutputDType(inputs);
        this.warnOnIncompatibleInputShape(Array.isArray(inputs) ? inputShape[0] : inputShape);
        if (outputShape != null && outputShape.length > 0 && Array.isArray(outputShape[0])) {
          output = outputShape.map((shape, index) => new SymbolicTensor(outputDType, shape, this, toList(inputs), kwargs, this.name, index));
        } else {
          output = new SymbolicTensor(outputDType, outputShape, this, toList(inputs), kwargs, this.name);
        }
        this.addInboundNode(inputs, output, null, null, inputShape, outputShape, kwargs);
        this._refCount++;
        if (this.activityRegularizer != null) {
          throw new NotImplementedError("Layer invocation in the presence of activity regularizer(s) is not supported yet.");
        }
        return output;
      }
    });
  }
  /**
   * Check compatibility between input shape and this layer's batchInputShape.
   *
   * Print warning if any incompatibility is found.
   *
   * @param inputShape Input shape to be checked.
   */
  warnOnIncompatibleInputShape(inputShape) {
    if (this.batchInputShape == null) {
      return;
    } else if (inputShape.length !== this.batchInputShape.length) {
      console.warn(`The rank of the input tensor provided (shape: ${JSON.stringify(inputShape)}) does not match that of the batchInputShape (${JSON.stringify(this.batchInputShape)}) of the layer ${this.name}`);
    } else {
      let dimMismatch = false;
      this.batchInputShape.forEach((dimension, i) => {
        if (dimension != null && inputShape[i] != null && inputShape[i] !== dimension) {
          dimMismatch = true;
        }
      });
      if (dimMismatch) {
        console.warn(`The shape of the input tensor (${JSON.stringify(inputShape)}) does not match the expectation of layer ${this.name}: ${JSON.stringify(this.batchInputShape)}`);
      }
    }
  }
  /**
   * Retrieves the output shape(s) of a layer.
   *
   * Only applicable if the layer has only one inbound node, or if all inbound
   * nodes have the same output shape.
   *
   * @returns Output shape or shapes.
   * @throws AttributeError: if the layer is connected to more than one incoming
   *   nodes.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  get outputShape() {
    if (this.inboundNodes == null || this.inboundNodes.length === 0) {
      throw new AttributeError(`The layer ${this.name} has never been called and thus has no defined output shape.`);
    }
    const allOutputShapes = [];
    for (const node of this.inboundNodes) {
      const shapeString = JSON.stringify(node.outputShapes);
      if (allOutputShapes.indexOf(shapeString) === -1) {
        allOutputShapes.push(shapeString);
      }
    }
    if (allOutputShapes.length === 1) {
      const outputShapes = this.inboundNodes[0].outputShapes;
      if (Array.isArray(outputShapes) && Array.isArray(outputShapes[0]) && outputShapes.length === 1) {
        return outputShapes[0];
      } else {
        return outputShapes;
      }
    } else {
      throw new AttributeError(`The layer ${this.name} has multiple inbound nodes with different output shapes. Hence the notion of "output shape" is ill-defined for the layer.`);
    }
  }
  /**
   * Counts the total number of numbers (e.g., float32, int32) in the
   * weights.
   *
   * @returns An integer count.
   * @throws RuntimeError: If the layer is not built yet (in which case its
   *   weights are not defined yet.)
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  countParams() {
    if (!this.built) {
      throw new RuntimeError(`You tried to call countParams() on ${this.name}, but the layer is not built yet. Build it first by calling build(batchInputShape).`);
    }
    return countParamsInWeights(this.weights);
  }
  /**
   * Creates the layer weights.
   *
   * Must be implemented on all layers that have weights.
   *
   * Called when apply() is called to construct the weights.
   *
   * @param inputShape A `Shape` or array of `Shape` (unused).
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  build(inputShape) {
    this.built = true;
  }
  /**
   * Returns the current values of the weights of the layer.
   *
   * @param trainableOnly Whether to get the values of only trainable weights.
   * @returns Weight values as an `Array` of `tf.Tensor`s.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  getWeights(trainableOnly = false) {
    return batchGetValue(trainableOnly ? this.trainableWeights : this.weights);
  }
  /**
   * Sets the weights of the layer, from Tensors.
   *
   * @param weights a list of Tensors. The number of arrays and their shape
   *   must match number of the dimensions of the weights of the layer (i.e.
   *   it should match the output of `getWeights`).
   *
   * @exception ValueError If the provided weights list does not match the
   *   layer's specifications.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  setWeights(weights) {
    tidy(() => {
      const params = this.weights;
      if (params.length !== weights.length) {
        throw new ValueError(`You called setWeights(weights) on layer "${this.name}" with a weight list of length ${weights.length}, but the layer was expecting ${params.length} weights. Provided weights: ${weights}...`);
      }
      if (params.length === 0) {
        return;
      }
      const weightValueTuples = [];
      const paramValues = batchGetValue(params);
      for (let i = 0; i < paramValues.length; ++i) {
        const pv = paramValues[i];
        const p2 = params[i];
        const w = weights[i];
        if (!util_exports.arraysEqual(pv.shape, w.shape)) {
          throw new ValueError(`Layer weight shape ${pv.shape} not compatible with provided weight shape ${w.shape}`);
        }
        weightValueTuples.push([p2, w]);
      }
      batchSetValue(weightValueTuples);
    });
  }
  /**
   * Adds a weight variable to the layer.
   *
   * @param name Name of the new weight variable.
   * @param shape The shape of the weight.
   * @param dtype The dtype of the weight.
   * @param initializer An initializer instance.
   * @param regularizer A regularizer instance.
   * @param trainable Whether the weight should be trained via backprop or not
   *   (assuming that the layer itself is also trainable).
   * @param constraint An optional trainable.
   * @return The created weight variable.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  addWeight(name, shape, dtype, initializer, regularizer, trainable, constraint, getInitializerFunc) {
    if (this._addedWeightNames.indexOf(name) !== -1) {
      throw new ValueError(`Duplicate weight name ${name} for layer ${this.name}`);
    }
    this._addedWeightNames.push(name);
    if (dtype == null) {
      dtype = "float32";
    }
    if (this.fastWeightInitDuringBuild) {
      initializer = getInitializerFunc != null ? getInitializerFunc() : getInitializer("zeros");
    }
    const initValue = initializer.apply(shape, dtype);
    const weight = new LayerVariable(initValue, dtype, name, trainable, constraint);
    initValue.dispose();
    if (regularizer != null) {
      this.addLoss(() => regularizer.apply(weight.read()));
    }
    if (trainable == null) {
      trainable = true;
    }
    if (trainable) {
      this._trainableWeights.push(weight);
    } else {
      this._nonTrainableWeights.push(weight);
    }
    return weight;
  }
  /**
   * Set the fast-weight-initialization flag.
   *
   * In cases where the initialized weight values will be immediately
   * overwritten by loaded weight values during model loading, setting
   * the flag to `true` saves unnecessary calls to potentially expensive
   * initializers and speeds up the loading process.
   *
   * @param value Target value of the flag.
   */
  setFastWeightInitDuringBuild(value) {
    this.fastWeightInitDuringBuild = value;
  }
  /**
   * Add losses to the layer.
   *
   * The loss may potentially be conditional on some inputs tensors,
   * for instance activity losses are conditional on the layer's inputs.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  addLoss(losses) {
    if (losses == null || Array.isArray(losses) && losses.length === 0) {
      return;
    }
    losses = toList(losses);
    if (this._losses !== void 0 && this._losses !== null) {
      this.losses.push(...losses);
    }
  }
  /**
   * Computes the output shape of the layer.
   *
   * Assumes that the layer will be built to match that input shape provided.
   *
   * @param inputShape A shape (tuple of integers) or a list of shape tuples
   *   (one per output tensor of the layer). Shape tuples can include null for
   *   free dimensions, instead of an integer.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  computeOutputShape(inputShape) {
    return inputShape;
  }
  /**
   * Computes an output mask tensor.
   *
   * @param inputs Tensor or list of tensors.
   * @param mask Tensor or list of tensors.
   *
   * @return null or a tensor (or list of tensors, one per output tensor of the
   * layer).
   */
  computeMask(inputs, mask) {
    if (!this.supportsMasking) {
      if (mask != null) {
        if (Array.isArray(mask)) {
          mask.forEach((maskElement) => {
            if (maskElement != null) {
              throw new TypeError(`Layer ${this.name} does not support masking, but was passed an inputMask.`);
            }
          });
        } else {
          throw new TypeError(`Layer ${this.name} does not support masking, but was passed an inputMask.`);
        }
      }
      return null;
    }
    return mask;
  }
  setMaskMetadata(inputs, outputs, previousMask) {
    if (!this.supportsMasking) {
      return;
    }
    const outputMasks = this.computeMask(inputs, previousMask);
    const outputsList = toList(outputs);
    const outputMasksList = toList(outputMasks);
    if (outputsList.length !== outputMasksList.length) {
      throw new Error(`${this.name} outputs ${outputsList.length} tensors but ${outputsList.length} masks for those tensors`);
    }
    for (let i = 0; i < outputsList.length; i++) {
      outputsList[i].kerasMask = outputMasksList[i];
    }
  }
  /**
   * Internal method to create an inbound node for the layer.
   *
   * @param inputTensors List of input tensors.
   * @param outputTensors List of output tensors.
   * @param inputMasks List of input masks (a mask can be a tensor, or null).
   * @param outputMasks List of output masks (a mask can be a tensor, or null).
   * @param inputShapes List of input shape tuples.
   * @param outputShapes List of output shape tuples.
   * @param kwargs Dictionary of keyword arguments that were passed to the
   *   `call` method of the layer at the call that created the node.
   */
  addInboundNode(inputTensors, outputTensors, inputMasks, outputMasks, inputShapes, outputShapes, kwargs = null) {
    const inputTensorList = toList(inputTensors);
    outputTensors = toList(outputTensors);
    inputMasks = toList(inputMasks);
    outputMasks = toList(outputMasks);
    inputShapes = normalizeShapeList(inputShapes);
    outputShapes = normalizeShapeList(outputShapes);
    const inboundLayers = [];
    const nodeIndices = [];
    const tensorIndices = [];
    for (const x of inputTensorList) {
      inboundLayers.push(x.sourceLayer);
      nodeIndices.push(x.nodeIndex);
      tensorIndices.push(x.tensorIndex);
    }
    new Node({
      outboundLayer: this,
      inboundLayers,
      nodeIndices,
      tensorIndices,
      inputTensors: inputTensorList,
      outputTensors,
      inputMasks,
      outputMasks,
      inputShapes,
      outputShapes
    }, kwargs);
    for (let i = 0; i < outputTensors.length; i++) {
      outputTensors[i].sourceLayer = this;
      outputTensors[i].nodeIndex = this.inboundNodes.length - 1;
      outputTensors[i].tensorIndex = i;
    }
  }
  /**
   * Returns the config of the layer.
   *
   * A layer config is a TS dictionary (serializable)
   * containing the configuration of a layer.
   * The same layer can be reinstantiated later
   * (without its trained weights) from this configuration.
   *
   * The config of a layer does not include connectivity
   * information, nor the layer class name.  These are handled
   * by 'Container' (one layer of abstraction above).
   *
   * Porting Note: The TS dictionary follows TS naming standards for
   * keys, and uses tfjs-layers type-safe Enums.  Serialization methods
   * should use a helper function to convert to the pythonic storage
   * standard. (see serialization_utils.convertTsToPythonic)
   *
   * @returns TS dictionary of configuration.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  getConfig() {
    const config = { name: this.name, trainable: this.trainable };
    if (this.batchInputShape != null) {
      config["batchInputShape"] = this.batchInputShape;
    }
    if (this.dtype != null) {
      config["dtype"] = this.dtype;
    }
    return config;
  }
  /**
   * Dispose the weight variables that this Layer instance holds.
   *
   * @returns {number} Number of disposed variables.
   */
  disposeWeights() {
    this.weights.forEach((weight) => weight.dispose());
    return this.weights.length;
  }
  assertNotDisposed() {
    if (this._refCount === 0) {
      throw new Error(`Layer '${this.name}' is already disposed.`);
    }
  }
  /**
   * Attempt to dispose layer's weights.
   *
   * This method decreases the reference count of the Layer object by 1.
   *
   * A Layer is reference-counted. Its reference count is incremented by 1
   * the first item its `apply()` method is called and when it becomes a part
   * of a new `Node` (through calling the `apply()` method on a
   * `tf.SymbolicTensor`).
   *
   * If the reference count of a Layer becomes 0, all the weights will be
   * disposed and the underlying memory (e.g., the textures allocated in WebGL)
   * will be freed.
   *
   * Note: If the reference count is greater than 0 after the decrement, the
   * weights of the Layer will *not* be disposed.
   *
   * After a Layer is disposed, it cannot be used in calls such as `apply()`,
   * `getWeights()` or `setWeights()` anymore.
   *
   * @returns A DisposeResult Object with the following fields:
   *   - refCountAfterDispose: The reference count of the Container after this
   *     `dispose()` call.
   *   - numDisposedVariables: Number of `tf.Variable`s (i.e., weights) disposed
   *     during this `dispose()` call.
   * @throws {Error} If the layer is not built yet, or if the layer has already
   *   been disposed.
   *
   * @doc {heading: 'Models', 'subheading': 'Classes'}
   */
  dispose() {
    if (!this.built) {
      throw new Error(`Cannot dispose Layer ${this.name} because it has not been built yet.`);
    }
    if (this._refCount === null) {
      throw new Error(`Cannot dispose Layer ${this.name} because it has not been used yet.`);
    }
    this.assertNotDisposed();
    let numDisposedVariables = 0;
    if (--this._refCount === 0) {
      numDisposedVariables = this.disposeWeights();
    }
    return { refCountAfterDispose: this._refCount, numDisposedVariables };
  }
};
function collectInputShape(inputTensors) {
  inputTensors = toList(inputTensors);
  const shapes = [];
  for (const x of inputTensors) {
    shapes.push(x.shape);
  }
  return singletonOrArray(shapes);
}
function guessOutputDType(inputTensors) {
  return "float32";
}
function getSourceInputs(tensor2, layer, nodeIndex) {
  if (layer == null || nodeIndex != null && nodeIndex > 0) {
    layer = tensor2.sourceLayer;
    nodeIndex = tensor2.nodeIndex;
  }
  if (layer.inboundNodes.length === 0) {
    return [tensor2];
  } else {
    const node = layer.inboundNodes[nodeIndex];
    if (node.inboundLayers.length === 0) {
      return node.inputTensors;
    } else {
      const sourceTensors = [];
      for (let i = 0; i < node.inboundLayers.length; i++) {
        const x = node.inputTensors[i];
        const layer2 = node.inboundLayers[i];
        const nodeIndex2 = node.nodeIndices[i];
        const previousSources = getSourceInputs(x, layer2, nodeIndex2);
        for (const x2 of previousSources) {
          if (sourceTensors.indexOf(x2) === -1) {
            sourceTensors.push(x2);
          }
        }
      }
      return sourceTensors;
    }
  }
}
function checkAllSymbolic(tensors) {
  let allAreSymbolic = true;
  for (const tensor2 of toList(tensors)) {
    if (!(tensor2 instanceof SymbolicTensor)) {
      allAreSymbolic = false;
      break;
    }
  }
  return allAreSymbolic;
}
function checkNoneSymbolic(tensors) {
  let noneAreSymbolic = true;
  for (const tensor2 of toList(tensors)) {
    if (tensor2 instanceof SymbolicTensor) {
      noneAreSymbolic = false;
      break;
    }
  }
  return noneAreSymbolic;
}

// node_modules/@tensorflow/tfjs-layers/dist/engine/input_layer.js
var InputLayer = class extends Layer {
  constructor(args) {
    super({
      dtype: args.dtype,
      name: args.name != null ? args.name : getUid("input").toString()
    });
    if (args.batchSize == null) {
      args.batchSize = null;
    }
    if (args.sparse == null) {
      args.sparse = false;
    }
    this.trainable = false;
    this.built = true;
    this.sparse = args.sparse;
    if (args.inputShape != null && args.batchInputShape != null) {
      throw new ValueError("Only provide the inputShape OR batchInputShape argument to inputLayer, not both at the same time.");
    }
    let batchInputShape = args.batchInputShape;
    if (batchInputShape == null) {
      if (args.inputShape == null) {
        throw new ValueError("An InputLayer should be passed either a `batchInputShape` or an `inputShape`.");
      } else {
        batchInputShape = [args.batchSize].concat(args.inputShape);
      }
    } else {
      if (args.batchSize != null) {
        throw new ValueError("Cannot specify batchSize if batchInputShape is specified when creating an InputLayer.");
      }
    }
    const dtype = args.dtype || "float32";
    this.batchInputShape = batchInputShape;
    this.dtype = dtype;
    this.inputSpec = [{ shape: batchInputShape }];
    const inputTensor = new SymbolicTensor(this.dtype, this.batchInputShape, this, [], {}, this.name);
    inputTensor.nodeIndex = 0;
    inputTensor.tensorIndex = 0;
    new Node({
      outboundLayer: this,
      inboundLayers: [],
      nodeIndices: [],
      tensorIndices: [],
      inputTensors: [inputTensor],
      outputTensors: [inputTensor],
      inputMasks: [null],
      outputMasks: [null],
      inputShapes: [batchInputShape],
      outputShapes: [batchInputShape]
    });
  }
  apply(inputs, kwargs) {
    throw new ValueError(`Cannot pass any input to an InputLayer's apply() method. InputLayer name: ${this.name}`);
  }
  dispose() {
    return { refCountAfterDispose: this._refCount, numDisposedVariables: 0 };
  }
  getConfig() {
    return {
      batchInputShape: this.batchInputShape,
      dtype: this.dtype,
      sparse: this.sparse,
      name: this.name
    };
  }
};
InputLayer.className = "InputLayer";
serialization_exports.registerClass(InputLayer);
function Input(config) {
  if (config.batchShape == null && config.shape == null) {
    throw new Error("Please provide to Input either a `shape` or a `batchShape` argument. Note that `shape` does not include the batch dimension.");
  }
  if (config.batchShape != null && config.shape != null) {
    throw new ValueError("Please provide either a `shape` or `batchShape` argument to Input, but not both.");
  }
  let batchShape = config.batchShape;
  if (config.shape != null && batchShape == null) {
    batchShape = [null].concat(config.shape);
  }
  let dtype = config.dtype;
  if (dtype == null) {
    dtype = "float32";
  }
  const inputLayer2 = new InputLayer({
    batchInputShape: batchShape,
    name: config.name,
    dtype,
    sparse: config.sparse
  });
  const outputs = inputLayer2.inboundNodes[0].outputTensors;
  return outputs[0];
}

// node_modules/@tensorflow/tfjs-layers/dist/logs.js
async function resolveScalarsInLogs(logs) {
  if (logs == null) {
    return;
  }
  const promises = [];
  const keys = [];
  const scalarsToDispose = [];
  for (const key in logs) {
    const value = logs[key];
    if (typeof value !== "number") {
      const valueScalar = value;
      promises.push(valueScalar.data());
      keys.push(key);
      scalarsToDispose.push(valueScalar);
    }
  }
  if (promises.length > 0) {
    const values = await Promise.all(promises);
    for (let i = 0; i < values.length; ++i) {
      logs[keys[i]] = values[i][0];
    }
    dispose(scalarsToDispose);
  }
}
function disposeTensorsInLogs(logs) {
  if (logs == null) {
    return;
  }
  for (const key in logs) {
    const value = logs[key];
    if (typeof value !== "number") {
      value.dispose();
    }
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/base_callbacks.js
var ModelLoggingVerbosity;
(function(ModelLoggingVerbosity2) {
  ModelLoggingVerbosity2[ModelLoggingVerbosity2["SILENT"] = 0] = "SILENT";
  ModelLoggingVerbosity2[ModelLoggingVerbosity2["VERBOSE"] = 1] = "VERBOSE";
})(ModelLoggingVerbosity || (ModelLoggingVerbosity = {}));
var DEFAULT_YIELD_EVERY_MS = 125;
var BaseCallback = class {
  constructor() {
    this.validationData = null;
  }
  setParams(params) {
    this.params = params;
  }
  async onEpochBegin(epoch, logs) {
  }
  async onEpochEnd(epoch, logs) {
  }
  async onBatchBegin(batch, logs) {
  }
  async onBatchEnd(batch, logs) {
  }
  async onTrainBegin(logs) {
  }
  async onTrainEnd(logs) {
  }
  // LayersModel needs to call Callback.setModel(), but cannot actually depend
  // on Callback because that creates a cyclic dependency.  Providing this no-op
  // method on BaseCallback breaks the cycle: this way LayersModel can depend on
  // BaseCallback but not on Callback.  The argument is typed as `Container`
  // (the superclass of LayersModel) to avoid recapitulating the cycle. Callback
  // overrides this method and enforces that the argument is really a
  // LayersModel.
  setModel(model2) {
  }
};
var CallbackList = class {
  // TODO(cais): When the need arises, uncomment the following lines and
  // implement the queue for time values.
  // private deltaTBatch: number;
  // private deltaTsBatchBegin: Array<number>;
  // private deltaTsBatchEnd: Array<number>;
  /**
   * Constructor of CallbackList.
   * @param callbacks Array of `Callback` instances.
   * @param queueLength Queue length for keeping running statistics over
   *   callback execution time.
   */
  constructor(callbacks2, queueLength = 10) {
    if (callbacks2 == null) {
      callbacks2 = [];
    }
    this.callbacks = callbacks2;
    this.queueLength = queueLength;
  }
  append(callback) {
    this.callbacks.push(callback);
  }
  setParams(params) {
    for (const callback of this.callbacks) {
      callback.setParams(params);
    }
  }
  setModel(model2) {
    for (const callback of this.callbacks) {
      callback.setModel(model2);
    }
  }
  /**
   * Called at the start of an epoch.
   * @param epoch Index of epoch.
   * @param logs Dictionary of logs.
   */
  async onEpochBegin(epoch, logs) {
    if (logs == null) {
      logs = {};
    }
    for (const callback of this.callbacks) {
      await callback.onEpochBegin(epoch, logs);
    }
  }
  /**
   * Called at the end of an epoch.
   * @param epoch Index of epoch.
   * @param logs Dictionary of logs.
   */
  async onEpochEnd(epoch, logs) {
    if (logs == null) {
      logs = {};
    }
    for (const callback of this.callbacks) {
      await callback.onEpochEnd(epoch, logs);
    }
  }
  /**
   * Called  right before processing a batch.
   * @param batch Index of batch within the current epoch.
   * @param logs Dictionary of logs.
   */
  async onBatchBegin(batch, logs) {
    if (logs == null) {
      logs = {};
    }
    for (const callback of this.callbacks) {
      await callback.onBatchBegin(batch, logs);
    }
  }
  /**
   * Called at the end of a batch.
   * @param batch Index of batch within the current epoch.
   * @param logs Dictionary of logs.
   */
  async onBatchEnd(batch, logs) {
    if (logs == null) {
      logs = {};
    }
    for (const callback of this.callbacks) {
      await callback.onBatchEnd(batch, logs);
    }
  }
  /**
   * Called at the beginning of training.
   * @param logs Dictionary of logs.
   */
  async onTrainBegin(logs) {
    if (logs == null) {
      logs = {};
    }
    for (const callback of this.callbacks) {
      await callback.onTrainBegin(logs);
    }
  }
  /**
   * Called at the end of training.
   * @param logs Dictionary of logs.
   */
  async onTrainEnd(logs) {
    if (logs == null) {
      logs = {};
    }
    for (const callback of this.callbacks) {
      await callback.onTrainEnd(logs);
    }
  }
};
var BaseLogger = class extends BaseCallback {
  constructor() {
    super();
  }
  async onEpochBegin(epoch) {
    this.seen = 0;
    this.totals = {};
  }
  async onBatchEnd(batch, logs) {
    if (logs == null) {
      logs = {};
    }
    const batchSize = logs["size"] == null ? 0 : logs["size"];
    this.seen += batchSize;
    for (const key in logs) {
      const value = logs[key];
      if (typeof value === "number") {
        if (!this.totals.hasOwnProperty(key)) {
          this.totals[key] = 0;
        }
        this.totals[key] = this.totals[key] + value * batchSize;
      } else {
        let oldTotalsToDispose;
        if (key in this.totals) {
          oldTotalsToDispose = this.totals[key];
        } else {
          this.totals[key] = 0;
        }
        const total = tidy(() => add(this.totals[key], mul(value, batchSize)));
        this.totals[key] = total;
        if (oldTotalsToDispose != null) {
          oldTotalsToDispose.dispose();
        }
      }
    }
  }
  async onEpochEnd(epoch, logs) {
    if (logs != null) {
      for (const key of this.params["metrics"]) {
        if (this.totals[key] == null) {
          continue;
        }
        if (typeof this.totals[key] === "number") {
          logs[key] = this.totals[key] / this.seen;
        } else {
          tidy(() => {
            const log2 = mul(div(1, this.seen), this.totals[key]);
            logs[key] = log2;
            this.totals[key].dispose();
            keep(logs[key]);
          });
        }
      }
    }
  }
};
var History = class extends BaseCallback {
  async onTrainBegin(logs) {
    this.epoch = [];
    this.history = {};
  }
  async onEpochEnd(epoch, logs) {
    if (logs == null) {
      logs = {};
    }
    this.epoch.push(epoch);
    for (const key in logs) {
      if (this.history[key] == null) {
        this.history[key] = [];
      }
      this.history[key].push(logs[key]);
    }
  }
  /**
   * Await the values of all losses and metrics.
   */
  async syncData() {
    const promises = [];
    const keys = [];
    const indices = [];
    for (const key in this.history) {
      const valueArray = this.history[key];
      for (let i = 0; i < valueArray.length; ++i) {
        if (typeof valueArray[i] !== "number") {
          const valueScalar = valueArray[i];
          promises.push(valueScalar.data());
          keys.push(key);
          indices.push(i);
        }
      }
    }
    const values = await Promise.all(promises);
    for (let n = 0; n < values.length; ++n) {
      const tensorToDispose = this.history[keys[n]][indices[n]];
      tensorToDispose.dispose();
      this.history[keys[n]][indices[n]] = values[n][0];
    }
  }
};
var CustomCallback = class extends BaseCallback {
  constructor(args, yieldEvery) {
    super();
    this.currentEpoch = 0;
    this.nowFunc = args.nowFunc;
    this.nextFrameFunc = args.nextFrameFunc || nextFrame;
    this.yieldEvery = yieldEvery || "auto";
    if (this.yieldEvery === "auto") {
      this.yieldEvery = DEFAULT_YIELD_EVERY_MS;
    }
    if (this.yieldEvery === "never" && args.onYield != null) {
      throw new Error("yieldEvery is `never` but you provided an `onYield` callback. Either change `yieldEvery` or remove the callback");
    }
    if (util_exports.isNumber(this.yieldEvery)) {
      this.maybeWait = debounce(this.maybeWait.bind(this), this.yieldEvery, this.nowFunc);
    }
    this.trainBegin = args.onTrainBegin;
    this.trainEnd = args.onTrainEnd;
    this.epochBegin = args.onEpochBegin;
    this.epochEnd = args.onEpochEnd;
    this.batchBegin = args.onBatchBegin;
    this.batchEnd = args.onBatchEnd;
    this.yield = args.onYield;
  }
  async maybeWait(epoch, batch, logs) {
    const ps = [];
    if (this.yield != null) {
      await resolveScalarsInLogs(logs);
      ps.push(this.yield(epoch, batch, logs));
    }
    ps.push(this.nextFrameFunc());
    await Promise.all(ps);
  }
  async onEpochBegin(epoch, logs) {
    this.currentEpoch = epoch;
    if (this.epochBegin != null) {
      await resolveScalarsInLogs(logs);
      await this.epochBegin(epoch, logs);
    }
  }
  async onEpochEnd(epoch, logs) {
    const ps = [];
    if (this.epochEnd != null) {
      await resolveScalarsInLogs(logs);
      ps.push(this.epochEnd(epoch, logs));
    }
    if (this.yieldEvery === "epoch") {
      ps.push(this.nextFrameFunc());
    }
    await Promise.all(ps);
  }
  async onBatchBegin(batch, logs) {
    if (this.batchBegin != null) {
      await resolveScalarsInLogs(logs);
      await this.batchBegin(batch, logs);
    }
  }
  async onBatchEnd(batch, logs) {
    const ps = [];
    if (this.batchEnd != null) {
      await resolveScalarsInLogs(logs);
      ps.push(this.batchEnd(batch, logs));
    }
    if (this.yieldEvery === "batch") {
      ps.push(this.nextFrameFunc());
    } else if (util_exports.isNumber(this.yieldEvery)) {
      ps.push(this.maybeWait(this.currentEpoch, batch, logs));
    }
    await Promise.all(ps);
  }
  async onTrainBegin(logs) {
    if (this.trainBegin != null) {
      await resolveScalarsInLogs(logs);
      await this.trainBegin(logs);
    }
  }
  async onTrainEnd(logs) {
    if (this.trainEnd != null) {
      await resolveScalarsInLogs(logs);
      await this.trainEnd(logs);
    }
  }
};
function standardizeCallbacks(callbacks2, yieldEvery) {
  if (callbacks2 == null) {
    callbacks2 = {};
  }
  if (callbacks2 instanceof BaseCallback) {
    return [callbacks2];
  }
  if (Array.isArray(callbacks2) && callbacks2[0] instanceof BaseCallback) {
    return callbacks2;
  }
  const callbackConfigs = toList(callbacks2);
  return callbackConfigs.map((callbackConfig) => new CustomCallback(callbackConfig, yieldEvery));
}
var CallbackConstructorRegistry = class _CallbackConstructorRegistry {
  /**
   * Blocks public access to constructor.
   */
  constructor() {
  }
  /**
   * Register a tf.LayersModel.fit() callback constructor.
   *
   * The registered callback constructor will be used to instantiate
   * callbacks for every tf.LayersModel.fit() call afterwards.
   *
   * @param verbosityLevel Level of verbosity at which the `callbackConstructor`
   *   is to be reigstered.
   * @param callbackConstructor A no-arg constructor for `tf.Callback`.
   * @throws Error, if the same callbackConstructor has been registered before,
   *   either at the same or a different `verbosityLevel`.
   */
  static registerCallbackConstructor(verbosityLevel, callbackConstructor) {
    util_exports.assert(verbosityLevel >= 0 && Number.isInteger(verbosityLevel), () => `Verbosity level is expected to be an integer >= 0, but got ${verbosityLevel}`);
    _CallbackConstructorRegistry.checkForDuplicate(callbackConstructor);
    if (_CallbackConstructorRegistry.constructors[verbosityLevel] == null) {
      _CallbackConstructorRegistry.constructors[verbosityLevel] = [];
    }
    _CallbackConstructorRegistry.constructors[verbosityLevel].push(callbackConstructor);
  }
  static checkForDuplicate(callbackConstructor) {
    for (const levelName in _CallbackConstructorRegistry.constructors) {
      const constructors = _CallbackConstructorRegistry.constructors[+levelName];
      constructors.forEach((ctor) => {
        if (ctor === callbackConstructor) {
          throw new ValueError("Duplicate callback constructor.");
        }
      });
    }
  }
  /**
   * Clear all registered callback constructors.
   */
  static clear() {
    _CallbackConstructorRegistry.constructors = {};
  }
  /**
   * Create callbacks using the registered callback constructors.
   *
   * Given `verbosityLevel`, all constructors registered at that level or above
   * will be called and the instantiated callbacks will be used.
   *
   * @param verbosityLevel: Level of verbosity.
   */
  static createCallbacks(verbosityLevel) {
    const constructors = [];
    for (const levelName in _CallbackConstructorRegistry.constructors) {
      const level = +levelName;
      if (verbosityLevel >= level) {
        constructors.push(..._CallbackConstructorRegistry.constructors[level]);
      }
    }
    return constructors.map((ctor) => new ctor());
  }
};
CallbackConstructorRegistry.constructors = {};
function configureCallbacks(callbacks2, verbose, epochs, initialEpoch, numTrainSamples, stepsPerEpoch, batchSize, doValidation, callbackMetrics) {
  const history = new History();
  const actualCallbacks = [
    new BaseLogger(),
    ...CallbackConstructorRegistry.createCallbacks(verbose)
  ];
  if (callbacks2 != null) {
    actualCallbacks.push(...callbacks2);
  }
  actualCallbacks.push(history);
  const callbackList = new CallbackList(actualCallbacks);
  callbackList.setParams({
    epochs,
    initialEpoch,
    samples: numTrainSamples,
    steps: stepsPerEpoch,
    batchSize,
    verbose,
    doValidation,
    metrics: callbackMetrics
  });
  return { callbackList, history };
}

// node_modules/@tensorflow/tfjs-layers/dist/layers/serialization.js
function deserialize(config, customObjects = {}, fastWeightInit = false) {
  return deserializeKerasObject(config, serialization_exports.SerializationMap.getMap().classNameMap, customObjects, "layer", fastWeightInit);
}

// node_modules/@tensorflow/tfjs-layers/dist/losses.js
function l2Normalize(x, axis) {
  return tidy(() => {
    if (x.dtype !== "float32") {
      x = cast(x, "float32");
    }
    const squareSum = sum(square2(x), axis, true);
    const epsilonTensor = fill(squareSum.shape, epsilon());
    const norm = sqrt(maximum(squareSum, epsilonTensor));
    return div(x, norm);
  });
}
function meanSquaredError(yTrue, yPred) {
  return tidy(() => mean(square2(sub(yPred, yTrue)), -1));
}
function meanAbsoluteError(yTrue, yPred) {
  return tidy(() => mean(abs(sub(yPred, yTrue)), -1));
}
function meanAbsolutePercentageError(yTrue, yPred) {
  return tidy(() => {
    const diff = sub(yTrue, yPred);
    const clippedTrue = clipByValue(abs(yTrue), epsilon(), Number.MAX_VALUE);
    const absResult = abs(div(diff, clippedTrue));
    return mul(100, mean(absResult, -1));
  });
}
function meanSquaredLogarithmicError(yTrue, yPred) {
  return tidy(() => {
    const clippedPred = clipByValue(yPred, epsilon(), Number.MAX_VALUE);
    const firstLog = log(add(1, clippedPred));
    const clippedTrue = clipByValue(yTrue, epsilon(), Number.MAX_VALUE);
    const secondLog = log(add(1, clippedTrue));
    return mean(square2(sub(firstLog, secondLog)), -1);
  });
}
function squaredHinge(yTrue, yPred) {
  return tidy(() => {
    const maxResult = maximum(0, sub(1, mul(yTrue, yPred)));
    return mean(square2(maxResult), -1);
  });
}
function hinge(yTrue, yPred) {
  return tidy(() => {
    const maxResult = maximum(0, sub(1, mul(yTrue, yPred)));
    return mean(maxResult, -1);
  });
}
function categoricalHinge(yTrue, yPred) {
  return tidy(() => {
    const pos = sum(mul(yTrue, yPred), -1);
    const neg2 = max(mul(sub(1, yTrue), yPred), -1);
    return maximum(0, add(1, sub(neg2, pos)));
  });
}
function logcosh(yTrue, yPred) {
  return tidy(() => {
    const log2 = Math.log(2);
    const predictionDiff = sub(yPred, yTrue);
    const logcoshResult = sub(add(predictionDiff, softplus(mul(-2, predictionDiff))), log2);
    return mean(logcoshResult, -1);
  });
}
function categoricalCrossentropy(target, output, fromLogits = false) {
  return tidy(() => {
    if (fromLogits) {
      output = softmax(output);
    } else {
      const outputSum = sum(output, output.shape.length - 1, true);
      output = div(output, outputSum);
    }
    output = clipByValue(output, epsilon(), 1 - epsilon());
    return neg(sum(mul(cast(target, "float32"), log(output)), output.shape.length - 1));
  });
}
function sparseCategoricalCrossentropy(target, output, fromLogits = false) {
  return tidy(() => {
    const flatTarget = cast(floor(flatten(target)), "int32");
    output = clipByValue(output, epsilon(), 1 - epsilon());
    const outputShape = output.shape;
    const oneHotTarget = reshape(oneHot(flatTarget, outputShape[outputShape.length - 1]), outputShape);
    return categoricalCrossentropy(oneHotTarget, output, fromLogits);
  });
}
function sigmoidCrossEntropyWithLogits(labels, logits) {
  if (!util_exports.arraysEqual(labels.shape, logits.shape)) {
    throw new ValueError(`logits and labels must have the same shape, but got shapes ${JSON.stringify(labels.shape)} and ${JSON.stringify(logits.shape)}`);
  }
  return tidy(() => {
    const reluLogits = relu(logits);
    const negAbsLogits = neg(abs(logits));
    return add(sub(reluLogits, mul(logits, labels)), log1p(exp(negAbsLogits)));
  });
}
function binaryCrossentropy(yTrue, yPred) {
  return tidy(() => {
    let y;
    y = clipByValue(yPred, epsilon(), 1 - epsilon());
    y = log(div(y, sub(1, y)));
    return mean(sigmoidCrossEntropyWithLogits(yTrue, y), -1);
  });
}
function kullbackLeiblerDivergence(yTrue, yPred) {
  return tidy(() => {
    const clippedTrue = clipByValue(yTrue, epsilon(), 1);
    const clippedPred = clipByValue(yPred, epsilon(), 1);
    return sum(mul(yTrue, log(div(clippedTrue, clippedPred))), -1);
  });
}
function poisson(yTrue, yPred) {
  return tidy(() => {
    const logPred = log(add(epsilon(), yPred));
    return mean(sub(yPred, mul(yTrue, logPred)), -1);
  });
}
function cosineProximity(yTrue, yPred) {
  return tidy(() => {
    const trueNormalized = l2Normalize(yTrue, -1);
    const predNormalized = l2Normalize(yPred, -1);
    const trueXPred = mul(trueNormalized, predNormalized);
    return neg(sum(trueXPred, -1));
  });
}
var lossesMap = {
  meanSquaredError,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredLogarithmicError,
  squaredHinge,
  hinge,
  categoricalHinge,
  logcosh,
  categoricalCrossentropy,
  sparseCategoricalCrossentropy,
  binaryCrossentropy,
  kullbackLeiblerDivergence,
  poisson,
  cosineProximity
};
function get(identifierOrFn) {
  if (typeof identifierOrFn === "string") {
    if (identifierOrFn in lossesMap) {
      return lossesMap[identifierOrFn];
    }
    let errMsg = `Unknown loss ${identifierOrFn}`;
    if (identifierOrFn.toLowerCase().includes("softmaxcrossentropy")) {
      errMsg = `Unknown loss ${identifierOrFn}. Use "categoricalCrossentropy" as the string name for tf.losses.softmaxCrossEntropy`;
    }
    throw new ValueError(errMsg);
  } else {
    return identifierOrFn;
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/metrics.js
function binaryAccuracy(yTrue, yPred) {
  return tidy(() => {
    const threshold2 = mul(0.5, onesLike(yPred));
    const yPredThresholded = cast3(greater(yPred, threshold2), yTrue.dtype);
    return mean(equal(yTrue, yPredThresholded), -1);
  });
}
function categoricalAccuracy(yTrue, yPred) {
  return tidy(() => cast3(equal(argMax(yTrue, -1), argMax(yPred, -1)), "float32"));
}
function truePositives(yTrue, yPred) {
  return tidy(() => {
    return cast(sum(logicalAnd(equal(yTrue, 1), equal(yPred, 1))), "float32");
  });
}
function falseNegatives(yTrue, yPred) {
  return tidy(() => {
    return cast(sum(logicalAnd(equal(yTrue, 1), equal(yPred, 0))), "float32");
  });
}
function falsePositives(yTrue, yPred) {
  return tidy(() => {
    return cast(sum(logicalAnd(equal(yTrue, 0), equal(yPred, 1))), "float32");
  });
}
function precision(yTrue, yPred) {
  return tidy(() => {
    const tp = truePositives(yTrue, yPred);
    const fp = falsePositives(yTrue, yPred);
    const denominator = add(tp, fp);
    return cast(where(greater(denominator, 0), div(tp, denominator), 0), "float32");
  });
}
function recall(yTrue, yPred) {
  return tidy(() => {
    const tp = truePositives(yTrue, yPred);
    const fn = falseNegatives(yTrue, yPred);
    const denominator = add(tp, fn);
    return cast(where(greater(denominator, 0), div(tp, denominator), 0), "float32");
  });
}
function binaryCrossentropy2(yTrue, yPred) {
  return binaryCrossentropy(yTrue, yPred);
}
function sparseCategoricalAccuracy(yTrue, yPred) {
  if (yTrue.rank === yPred.rank) {
    yTrue = squeeze(yTrue, [yTrue.rank - 1]);
  }
  yPred = argMax(yPred, -1);
  if (yPred.dtype !== yTrue.dtype) {
    yPred = cast(yPred, yTrue.dtype);
  }
  return cast(equal(yTrue, yPred), "float32");
}
function r2Score(yTrue, yPred) {
  return tidy(() => {
    const sumSquaresResiduals = yTrue.sub(yPred).square().sum();
    const sumSquares = yTrue.sub(yTrue.mean()).square().sum();
    return scalar(1).sub(sumSquaresResiduals.div(sumSquares));
  });
}
var mse = meanSquaredError;
var MSE = meanSquaredError;
var mae = meanAbsoluteError;
var MAE = meanAbsoluteError;
var mape = meanAbsolutePercentageError;
var MAPE = meanAbsolutePercentageError;
var categoricalCrossentropy2 = categoricalCrossentropy;
var cosine = cosineProximity;
var sparseCategoricalCrossentropy2 = sparseCategoricalCrossentropy;
var metricsMap = {
  binaryAccuracy,
  categoricalAccuracy,
  precision,
  categoricalCrossentropy: categoricalCrossentropy2,
  sparseCategoricalCrossentropy: sparseCategoricalCrossentropy2,
  mse,
  MSE,
  mae,
  MAE,
  mape,
  MAPE,
  cosine
};
function get2(identifier) {
  if (typeof identifier === "string" && identifier in metricsMap) {
    return metricsMap[identifier];
  } else if (typeof identifier !== "string" && identifier != null) {
    return identifier;
  } else {
    throw new ValueError(`Unknown metric ${identifier}`);
  }
}
function getLossOrMetricName(fn) {
  assert2(fn !== null, `Unknown LossOrMetricFn ${fn}`);
  if (typeof fn === "string") {
    return fn;
  } else {
    let fnName;
    for (const key of Object.keys(lossesMap)) {
      if (lossesMap[key] === fn) {
        fnName = key;
        break;
      }
    }
    if (fnName !== void 0) {
      return fnName;
    }
    for (const key of Object.keys(metricsMap)) {
      if (metricsMap[key] === fn) {
        fnName = key;
        break;
      }
    }
    if (fnName !== void 0) {
      return fnName;
    }
    return fn.name;
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/optimizers.js
function getOptimizer(identifier) {
  const optimizerMap = {
    "Adagrad": () => train.adagrad(0.01),
    "Adadelta": () => train.adadelta(1, 0.95, epsilon()),
    "Adam": () => train.adam(1e-3, 0.9, 0.999, epsilon()),
    "Adamax": () => train.adamax(2e-3, 0.9, 0.999, epsilon(), 0),
    "RMSProp": () => train.rmsprop(1e-3, 0.9, 0, epsilon()),
    "SGD": () => train.sgd(0.01)
  };
  optimizerMap["adagrad"] = optimizerMap["Adagrad"];
  optimizerMap["adadelta"] = optimizerMap["Adadelta"];
  optimizerMap["adam"] = optimizerMap["Adam"];
  optimizerMap["adamax"] = optimizerMap["Adamax"];
  optimizerMap["rmsprop"] = optimizerMap["RMSProp"];
  optimizerMap["sgd"] = optimizerMap["SGD"];
  if (identifier in optimizerMap) {
    return optimizerMap[identifier]();
  }
  throw new ValueError(`Unknown Optimizer ${identifier}`);
}

// node_modules/@tensorflow/tfjs-layers/dist/user_defined_metadata.js
var MAX_USER_DEFINED_METADATA_SERIALIZED_LENGTH = 1 * 1024 * 1024;
function checkUserDefinedMetadata(userDefinedMetadata, modelName, checkSize = false) {
  if (userDefinedMetadata == null || typeof userDefinedMetadata !== "object" || Object.getPrototypeOf(userDefinedMetadata) !== Object.prototype || !plainObjectCheck(userDefinedMetadata)) {
    throw new Error("User-defined metadata is expected to be a JSON object, but is not.");
  }
  if (checkSize) {
    const out = JSON.stringify(userDefinedMetadata);
    if (out.length > MAX_USER_DEFINED_METADATA_SERIALIZED_LENGTH) {
      console.warn(`User-defined metadata of model "${modelName}" is too large in size (length=${out.length} when serialized). It is not recommended to store such large objects in user-defined metadata. Please make sure its serialized length is <= ${MAX_USER_DEFINED_METADATA_SERIALIZED_LENGTH}.`);
    }
  }
}
function plainObjectCheck(x) {
  if (x === null) {
    return true;
  } else if (typeof x === "object") {
    if (Object.getPrototypeOf(x) === Object.prototype) {
      const keys = Object.keys(x);
      for (const key of keys) {
        if (typeof key !== "string") {
          return false;
        }
        if (!plainObjectCheck(x[key])) {
          return false;
        }
      }
      return true;
    } else {
      if (Array.isArray(x)) {
        for (const item of x) {
          if (!plainObjectCheck(item)) {
            return false;
          }
        }
        return true;
      } else {
        return false;
      }
    }
  } else {
    const xType = typeof x;
    return xType === "string" || xType === "number" || xType === "boolean";
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/utils/layer_utils.js
function printSummary(model2, lineLength, positions, printFn = console.log) {
  const sequentialLike = isModelSequentialLike(model2);
  const toDisplay = ["Layer (type)", "Input Shape", "Output shape", "Param #"];
  if (sequentialLike) {
    lineLength = lineLength || 90;
    positions = positions || [0.32, 0.61, 0.89, 1];
  } else {
    lineLength = lineLength || 115;
    positions = positions || [0.24, 0.48, 0.7, 0.8, 1];
  }
  if (positions[positions.length - 1] <= 1) {
    positions = positions.map((p2) => Math.floor(lineLength * p2));
  }
  let relevantNodes;
  if (!sequentialLike) {
    toDisplay.push("Receives inputs");
    relevantNodes = [];
    for (const depth in model2.nodesByDepth) {
      relevantNodes.push(...model2.nodesByDepth[depth]);
    }
  }
  printFn("_".repeat(lineLength));
  printRow(toDisplay, positions, printFn);
  printFn("=".repeat(lineLength));
  const layers = model2.layers;
  for (let i = 0; i < layers.length; ++i) {
    if (sequentialLike) {
      printLayerSummary(layers[i], positions, printFn);
    } else {
      printLayerSummaryWithConnections(layers[i], positions, relevantNodes, printFn);
    }
    printFn((i === layers.length - 1 ? "=" : "_").repeat(lineLength));
  }
  model2.checkTrainableWeightsConsistency();
  const trainableCount = countTrainableParams(model2);
  const nonTrainableCount = countParamsInWeights(model2.nonTrainableWeights);
  printFn(`Total params: ${trainableCount + nonTrainableCount}`);
  printFn(`Trainable params: ${trainableCount}`);
  printFn(`Non-trainable params: ${nonTrainableCount}`);
  printFn("_".repeat(lineLength));
}
function countTrainableParams(model2) {
  let trainableCount;
  if (model2.collectedTrainableWeights != null) {
    trainableCount = countParamsInWeights(model2.collectedTrainableWeights);
  } else {
    trainableCount = countParamsInWeights(model2.trainableWeights);
  }
  return trainableCount;
}
function isModelSequentialLike(model2) {
  let sequentialLike = true;
  const nodesByDepth = [];
  const nodes = [];
  for (const depth in model2.nodesByDepth) {
    nodesByDepth.push(model2.nodesByDepth[depth]);
  }
  for (const depthNodes of nodesByDepth) {
    if (depthNodes.length > 1 || depthNodes.length === 1 && depthNodes[0].inboundLayers.length > 1) {
      sequentialLike = false;
      break;
    }
    nodes.push(...depthNodes);
  }
  if (sequentialLike) {
    for (const layer of model2.layers) {
      let flag = false;
      for (const node of layer.inboundNodes) {
        if (nodes.indexOf(node) !== -1) {
          if (flag) {
            sequentialLike = false;
            break;
          } else {
            flag = true;
          }
        }
      }
      if (!sequentialLike) {
        break;
      }
    }
  }
  return sequentialLike;
}
function printRow(fields, positions, printFn = console.log) {
  let line = "";
  for (let i = 0; i < fields.length; ++i) {
    if (i > 0) {
      line = line.slice(0, line.length - 1) + " ";
    }
    line += fields[i];
    line = line.slice(0, positions[i]);
    line += " ".repeat(positions[i] - line.length);
  }
  printFn(line);
}
function printLayerSummary(layer, positions, printFn) {
  let outputShape;
  let inputShape;
  try {
    inputShape = layer.inboundNodes.map((x) => JSON.stringify(x.inputShapes)).join(",");
  } catch (err) {
    inputShape = "multiple";
  }
  try {
    outputShape = JSON.stringify(layer.outputShape);
  } catch (err) {
    outputShape = "multiple";
  }
  const name = layer.name;
  const className = layer.getClassName();
  const fields = [
    `${name} (${className})`,
    inputShape,
    outputShape,
    layer.countParams().toString()
  ];
  printRow(fields, positions, printFn);
}
function printLayerSummaryWithConnections(layer, positions, relevantNodes, printFn) {
  let outputShape;
  let inputShape;
  try {
    inputShape = layer.inboundNodes.map((x) => JSON.stringify(x.inputShapes)).join(",");
  } catch (err) {
    inputShape = "multiple";
  }
  try {
    outputShape = JSON.stringify(layer.outputShape);
  } catch (err) {
    outputShape = "multiple";
  }
  const connections = [];
  for (const node of layer.inboundNodes) {
    if (relevantNodes != null && relevantNodes.length > 0 && relevantNodes.indexOf(node) === -1) {
      continue;
    }
    for (let i = 0; i < node.inboundLayers.length; ++i) {
      const inboundLayer = node.inboundLayers[i].name;
      const inboundLayerIndex = node.nodeIndices[i];
      const inboundTensorIndex = node.tensorIndices[i];
      connections.push(`${inboundLayer}[${inboundLayerIndex}][${inboundTensorIndex}]`);
    }
  }
  const name = layer.name;
  const className = layer.getClassName();
  const firstConnection = connections.length === 0 ? "" : connections[0];
  const fields = [
    `${name} (${className})`,
    inputShape,
    outputShape,
    layer.countParams().toString(),
    firstConnection
  ];
  printRow(fields, positions, printFn);
  for (let i = 1; i < connections.length; ++i) {
    printRow(["", "", "", "", connections[i]], positions, printFn);
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/utils/serialization_utils.js
function isArrayItemInputOrOutputName(key, index, value) {
  return (key === "inboundNodes" || key === "outputLayers" || key === "inputLayers") && index === 0 && typeof value === "string";
}
function convertPythonicToTs(pythonicConfig, key) {
  if (pythonicConfig === null) {
    return null;
  } else if (typeof pythonicConfig === "string") {
    return toCamelCase(pythonicConfig);
  } else if (typeof pythonicConfig === "number" || typeof pythonicConfig === "boolean") {
    return pythonicConfig;
  } else if (pythonicConfig instanceof Array) {
    const tsArray = [];
    const arrayLength = pythonicConfig.length;
    for (let i = 0; i < arrayLength; ++i) {
      const item = pythonicConfig[i];
      if (isArrayItemInputOrOutputName(key, i, item)) {
        tsArray.push(item);
      } else {
        tsArray.push(convertPythonicToTs(item, key));
      }
    }
    return tsArray;
  } else {
    const tsDict = {};
    for (const pythonicKey of Object.keys(pythonicConfig)) {
      const pythonicValue = pythonicConfig[pythonicKey];
      if (pythonicKey === "name" && typeof pythonicValue === "string") {
        tsDict[pythonicKey] = pythonicValue;
      } else {
        const tsKey = toCamelCase(pythonicKey);
        tsDict[tsKey] = convertPythonicToTs(pythonicValue, tsKey);
      }
    }
    return tsDict;
  }
}
function convertTsToPythonic(tsConfig, key) {
  if (tsConfig === null || tsConfig === void 0) {
    return null;
  } else if (typeof tsConfig === "string") {
    return toSnakeCase(tsConfig);
  } else if (typeof tsConfig === "number" || typeof tsConfig === "boolean") {
    return tsConfig;
  } else if (tsConfig instanceof Array) {
    const pyArray = [];
    const arrayLength = tsConfig.length;
    for (let i = 0; i < arrayLength; ++i) {
      const item = tsConfig[i];
      if (isArrayItemInputOrOutputName(key, i, item)) {
        pyArray.push(item);
      } else {
        pyArray.push(convertTsToPythonic(item, key));
      }
    }
    return pyArray;
  } else {
    const pyDict = {};
    for (const tsKey of Object.keys(tsConfig)) {
      const tsValue = tsConfig[tsKey];
      const pyKey = toSnakeCase(tsKey);
      if ((tsKey === "name" || tsKey === "className") && typeof tsValue === "string") {
        pyDict[pyKey] = tsValue;
      } else {
        pyDict[pyKey] = convertTsToPythonic(tsValue, tsKey);
      }
    }
    return pyDict;
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/version.js
var version2 = "4.22.0";

// node_modules/@tensorflow/tfjs-layers/dist/utils/executor_utils.js
var LruCache = class {
  constructor(maxEntries) {
    this.maxEntries = maxEntries || 100;
    this.cache = /* @__PURE__ */ new Map();
  }
  /**
   * Get the entry for the key and mark it as used recently.
   */
  get(key) {
    let entry;
    if (this.cache.has(key)) {
      entry = this.cache.get(key);
      this.cache.delete(key);
      this.cache.set(key, entry);
    }
    return entry;
  }
  /**
   * Put the entry into the cache. If the key already existed, mark the key as
   * used recently.
   */
  put(key, value) {
    if (this.cache.has(key)) {
      this.cache.delete(key);
    } else if (this.cache.size >= this.maxEntries) {
      const keyToDelete = this.cache.keys().next().value;
      this.cache.delete(keyToDelete);
    }
    this.cache.set(key, value);
  }
  /**
   * Get the MaxEntries of the cache.
   */
  getMaxEntries() {
    return this.maxEntries;
  }
  /**
   * Set the MaxEntries of the cache. If the maxEntries is decreased, reduce
   * entries in the cache.
   */
  setMaxEntries(maxEntries) {
    if (maxEntries < 0) {
      throw new Error(`The maxEntries of LRU caches must be at least 0, but got ${maxEntries}.`);
    }
    if (this.maxEntries > maxEntries) {
      for (let i = 0; i < this.maxEntries - maxEntries; i++) {
        const keyToDelete = this.cache.keys().next().value;
        this.cache.delete(keyToDelete);
      }
    }
    this.maxEntries = maxEntries;
  }
};

// node_modules/@tensorflow/tfjs-layers/dist/engine/executor.js
function assertFeedCompatibility(key, val) {
  if (key.dtype == null || key.dtype === val.dtype) {
    return val;
  }
  try {
    return cast(val, key.dtype);
  } catch (err) {
    throw new ValueError(`The dtype of the feed (${val.dtype}) can not be cast to the dtype of the key '${key.name}' (${key.dtype}).`);
  }
}
var FeedDict = class _FeedDict {
  /**
   * Constructor, optionally does copy-construction.
   * @param feeds An Array of `Feed`s, or another `FeedDict`, in which case
   *   copy-construction will be performed.
   */
  constructor(feeds) {
    this.id2Value = {};
    this.id2Mask = {};
    this.name2Id = {};
    if (feeds instanceof _FeedDict) {
      for (const id in feeds.id2Value) {
        this.id2Value[id] = feeds.id2Value[id];
        if (id in feeds.id2Mask) {
          this.id2Mask[id] = feeds.id2Mask[id];
        }
      }
    } else {
      if (feeds == null) {
        return;
      }
      for (const feed of feeds) {
        this.add(feed.key, feed.value);
      }
    }
  }
  /**
   * Add a key-value pair to the FeedDict.
   *
   * @param key The key of the feed.
   * @param value The value of the tensor feed.
   * @param mask The value of the mask feed (optional).
   * @returns This `FeedDict`.
   * @throws ValueError: If the key `SymbolicTensor` already exists in the
   *   `FeedDict`.
   */
  add(key, value, mask) {
    if (this.id2Value[key.id] == null) {
      this.id2Value[key.id] = assertFeedCompatibility(key, value);
      this.name2Id[key.name] = key.id;
      if (mask != null) {
        this.id2Mask[key.id] = mask;
      }
    } else {
      throw new ValueError(`Duplicate key: name=${key.name}, id=${key.id}`);
    }
    return this;
  }
  /**
   * Add a Feed to the FeedDict.
   * @param feed The new `Feed` to add.
   * @returns This `FeedDict`.
   */
  addFeed(feed) {
    this.add(feed.key, feed.value);
  }
  /**
   * Probe whether a key already exists in the FeedDict.
   * @param key
   */
  hasKey(key) {
    return this.id2Value[key.id] != null;
  }
  /**
   * Get all the SymbolicTensor available in this FeedDict.
   */
  names() {
    return Object.keys(this.name2Id);
  }
  /**
   * Get the feed value for given key.
   * @param key The SymbolicTensor, or its name (as a string), of which the
   *     value is sought.
   * @returns If `key` exists, the corresponding feed value.
   * @throws ValueError: If `key` does not exist in this `FeedDict`.
   */
  getValue(key) {
    if (key instanceof SymbolicTensor) {
      if (this.id2Value[key.id] == null) {
        throw new ValueError(`Nonexistent key: ${key.name}`);
      } else {
        return this.id2Value[key.id];
      }
    } else {
      const id = this.name2Id[key];
      if (id == null) {
        throw new ValueError(`Feed dict has no SymbolicTensor name: ${key}`);
      }
      return this.id2Value[id];
    }
  }
  /**
   * Get the feed mask for given key.
   * @param key The SymbolicTensor, or its name (as a string), of which the
   *     value is sought.
   * @returns If `key` exists, the corresponding feed mask.
   * @throws ValueError: If `key` does not exist in this `FeedDict`.
   */
  getMask(key) {
    if (key instanceof SymbolicTensor) {
      if (this.id2Value[key.id] == null) {
        throw new ValueError(`Nonexistent key: ${key.name}`);
      } else {
        return this.id2Mask[key.id];
      }
    } else {
      const id = this.name2Id[key];
      if (id == null) {
        throw new ValueError(`Feed dict has no SymbolicTensor name: ${key}`);
      }
      return this.id2Mask[id];
    }
  }
  /** Dispose all mask Tensors held by this object. */
  disposeMasks() {
    if (this.id2Mask != null) {
      dispose(this.id2Mask);
    }
  }
};
var cachedSorted = new LruCache();
var cachedRecipientCounts = new LruCache();
function updateCacheMaxEntries(maxEntries) {
  if (cachedSorted != null) {
    cachedSorted.setMaxEntries(maxEntries);
  }
  if (cachedRecipientCounts != null) {
    cachedRecipientCounts.setMaxEntries(maxEntries);
  }
}
function execute(fetches, feedDict, kwargs, probe) {
  const training = kwargs == null ? false : kwargs["training"];
  const arrayFetches = Array.isArray(fetches);
  const fetchArray = arrayFetches ? fetches : [fetches];
  const outputNames = fetchArray.map((t) => t.name);
  const finalOutputs = [];
  const feedNames = feedDict.names();
  for (const outputName of outputNames) {
    if (feedNames.indexOf(outputName) !== -1) {
      finalOutputs.push(feedDict.getValue(outputName));
    } else {
      finalOutputs.push(null);
    }
  }
  if (probe != null) {
    probe.maxNumTensors = -Infinity;
    probe.minNumTensors = Infinity;
  }
  const fetchAndFeedKey = outputNames.join(",") + "|" + feedDict.names().sort().join(",");
  let sorted = cachedSorted.get(fetchAndFeedKey);
  let recipientCounts;
  if (sorted == null) {
    const out = getTopologicalSortAndRecipientCounts(fetchArray, feedDict);
    sorted = out.sorted;
    recipientCounts = out.recipientCounts;
    cachedSorted.put(fetchAndFeedKey, sorted);
    cachedRecipientCounts.put(fetchAndFeedKey, recipientCounts);
  }
  recipientCounts = {};
  if (!training) {
    Object.assign(recipientCounts, cachedRecipientCounts.get(fetchAndFeedKey));
  }
  const internalFeedDict = new FeedDict(feedDict);
  for (let i = 0; i < sorted.length; ++i) {
    if (probe != null) {
      const numTensors = memory().numTensors;
      if (numTensors > probe.maxNumTensors) {
        probe.maxNumTensors = numTensors;
      }
      if (numTensors < probe.minNumTensors) {
        probe.minNumTensors = numTensors;
      }
    }
    const symbolic = sorted[i];
    const srcLayer = symbolic.sourceLayer;
    if (srcLayer instanceof InputLayer) {
      continue;
    }
    const inputValues = [];
    const inputMasks = [];
    const tensorsToDispose = [];
    let maskExists = false;
    for (const input2 of symbolic.inputs) {
      const value = internalFeedDict.getValue(input2);
      const mask = internalFeedDict.getMask(input2);
      inputValues.push(value);
      inputMasks.push(mask);
      if (mask != null) {
        maskExists = true;
      }
      if (!training) {
        recipientCounts[input2.name]--;
        if (recipientCounts[input2.name] === 0 && !feedDict.hasKey(input2) && outputNames.indexOf(input2.name) === -1 && !value.isDisposed && input2.sourceLayer.stateful !== true) {
          tensorsToDispose.push(value);
        }
      }
    }
    if (maskExists) {
      kwargs = kwargs || {};
      kwargs["mask"] = inputMasks[0];
    }
    const outputTensors = toList(srcLayer.apply(inputValues, kwargs));
    let outputMask = null;
    if (srcLayer.supportsMasking) {
      outputMask = srcLayer.computeMask(inputValues, inputMasks);
    }
    const layerOutputs = getNodeOutputs(symbolic);
    const outputSymbolicTensors = Array.isArray(layerOutputs) ? layerOutputs : [layerOutputs];
    for (let i2 = 0; i2 < outputSymbolicTensors.length; ++i2) {
      if (!internalFeedDict.hasKey(outputSymbolicTensors[i2])) {
        internalFeedDict.add(outputSymbolicTensors[i2], outputTensors[i2], Array.isArray(outputMask) ? outputMask[0] : outputMask);
      }
      const index = outputNames.indexOf(outputSymbolicTensors[i2].name);
      if (index !== -1) {
        finalOutputs[index] = outputTensors[i2];
      }
    }
    if (!training) {
      dispose(tensorsToDispose);
    }
  }
  internalFeedDict.disposeMasks();
  return arrayFetches ? finalOutputs : finalOutputs[0];
}
function getTopologicalSortAndRecipientCounts(fetches, feedDict) {
  util_exports.assert(fetches != null && fetches.length > 0, () => `Expected at least one fetch, got none`);
  let finalSorted = [];
  let finalRecipientMap = {};
  if (fetches.length === 1) {
    const out = getTopologicalSortAndRecipientCountsForOneFetch(fetches[0], feedDict);
    finalSorted = out.sorted;
    finalRecipientMap = out.recipientMap;
  } else {
    const visited = /* @__PURE__ */ new Set();
    for (const fetch of fetches) {
      const { sorted, recipientMap } = getTopologicalSortAndRecipientCountsForOneFetch(fetch, feedDict);
      for (const symbolicTensor of sorted) {
        if (!visited.has(symbolicTensor.name)) {
          finalSorted.push(symbolicTensor);
          visited.add(symbolicTensor.name);
        }
      }
      for (const name in recipientMap) {
        if (finalRecipientMap[name] == null) {
          finalRecipientMap[name] = /* @__PURE__ */ new Set();
        }
        recipientMap[name].forEach((recipient) => finalRecipientMap[name].add(recipient));
      }
    }
  }
  return {
    sorted: finalSorted,
    recipientCounts: recipientMap2Counts(finalRecipientMap)
  };
}
function recipientMap2Counts(recipientMap) {
  const recipientCounts = {};
  for (const name in recipientMap) {
    recipientCounts[name] = recipientMap[name].size;
  }
  return recipientCounts;
}
function getTopologicalSortAndRecipientCountsForOneFetch(fetch, feedDict) {
  const visited = /* @__PURE__ */ new Set();
  const sorted = [];
  const recipientMap = {};
  for (const key of feedDict.names()) {
    visited.add(key);
  }
  const stack2 = [];
  const marks = [];
  stack2.push(fetch);
  while (stack2.length > 0) {
    const top = stack2[stack2.length - 1];
    if (visited.has(top.name)) {
      stack2.pop();
      continue;
    }
    const topIsMarked = marks[marks.length - 1] === stack2.length - 1;
    if (top.inputs.length === 0 || topIsMarked) {
      stack2.pop();
      sorted.push(top);
      visited.add(top.name);
      if (topIsMarked) {
        marks.pop();
      }
    } else {
      marks.push(stack2.length - 1);
      for (const input2 of top.inputs) {
        if (recipientMap[input2.name] == null) {
          recipientMap[input2.name] = /* @__PURE__ */ new Set();
        }
        recipientMap[input2.name].add(top.name);
        if (visited.has(input2.name)) {
          continue;
        }
        stack2.push(input2);
      }
    }
  }
  return { sorted, recipientMap };
}
function getNodeOutputs(fetch) {
  let layerOutputs;
  if (fetch.sourceLayer.inboundNodes.length === 1) {
    layerOutputs = fetch.sourceLayer.output;
  } else {
    let nodeIndex = null;
    for (let i = 0; i < fetch.sourceLayer.inboundNodes.length; ++i) {
      for (const outputTensor of fetch.sourceLayer.inboundNodes[i].outputTensors) {
        if (outputTensor.id === fetch.id) {
          nodeIndex = i;
          break;
        }
      }
    }
    layerOutputs = fetch.sourceLayer.getOutputAt(nodeIndex);
  }
  return layerOutputs;
}

// node_modules/@tensorflow/tfjs-layers/dist/engine/container.js
var isKerasSavedModelFormat = (weights) => {
  const keys = Object.keys(weights);
  if (keys.length === 0) {
    return false;
  }
  const key = keys[0].split("/");
  return !isNaN(parseInt(key[key.length - 1], 10));
};
var Container = class _Container extends Layer {
  constructor(args) {
    super({});
    this.containerNodes = /* @__PURE__ */ new Set();
    this.name = args.name;
    if (this.name == null) {
      const prefix = this.getClassName().toLowerCase();
      this.name = getUid(prefix);
    }
    this.supportsMasking = false;
    this.trainable_ = true;
    if (Array.isArray(args.inputs)) {
      this.inputs = args.inputs.slice();
    } else {
      this.inputs = [args.inputs];
    }
    if (Array.isArray(args.outputs)) {
      this.outputs = args.outputs.slice();
    } else {
      this.outputs = [args.outputs];
    }
    if (unique(this.inputs).length !== this.inputs.length) {
      throw new ValueError(`The list of inputs passed to the model is redundant. All inputs should only appear once. Found: ${this.inputs.map((x) => x.name)}`);
    }
    if (unique(this.outputs).length !== this.outputs.length) {
      console.warn(`The list of outputs passed to the model is redundant. All outputs should only appear once. Found: ${this.outputs.map((x) => x.name)}`);
    }
    this.inputLayers = [];
    this.inputLayersNodeIndices = [];
    this.inputLayersTensorIndices = [];
    this.outputLayers = [];
    this.outputLayersNodeIndices = [];
    this.outputLayersTensorIndices = [];
    this.layers = [];
    this.internalContainerRefs = [];
    for (const x of this.outputs) {
      const layer = x.sourceLayer;
      const nodeIndex = x.nodeIndex;
      const tensorIndex = x.tensorIndex;
      this.outputLayers.push(layer);
      this.outputLayersNodeIndices.push(nodeIndex);
      this.outputLayersTensorIndices.push(tensorIndex);
    }
    for (const x of this.inputs) {
      const layer = x.sourceLayer;
      const nodeIndex = x.nodeIndex;
      const tensorIndex = x.tensorIndex;
      assert2(nodeIndex === 0, "input layer has >1 nodes");
      assert2(tensorIndex === 0, "input layer has >1 tensors");
      this.inputLayers.push(layer);
      this.inputLayersNodeIndices.push(nodeIndex);
      this.inputLayersTensorIndices.push(tensorIndex);
    }
    this.inputNames = [];
    this.outputNames = [];
    this.feedInputShapes = [];
    this.feedInputNames = [];
    this.feedOutputNames = [];
    for (let i = 0; i < this.inputLayers.length; i++) {
      const layer = this.inputLayers[i];
      if (!(layer instanceof InputLayer)) {
        throw new TypeError(`Input layers to a LayersModel must be InputLayer objects. Received inputs: ${args.inputs}. Input ${i} (0-based) originates from layer type ${layer.getClassName()}.`);
      }
      this.inputNames.push(layer.name);
      this.feedInputShapes.push(layer.batchInputShape);
      this.feedInputNames.push(layer.name);
    }
    for (const layer of this.outputLayers) {
      this.outputNames.push(layer.name);
    }
    this.internalInputShapes = this.inputs.map((x) => x.shape);
    this.internalOutputShapes = this.outputs.map((x) => x.shape);
    const nodesDepths = {};
    const nodeIDToNode = {};
    const layersDepths = {};
    const layerIDToLayer = {};
    const layerIndices = {};
    const nodesInDecreasingDepth = [];
    const buildMapOfGraph = (tensor2, finishedNodes2, nodesInProgress2, layer, nodeIndex, tensorIndex) => {
      if (layer == null || nodeIndex == null || tensorIndex == null) {
        layer = tensor2.sourceLayer;
        nodeIndex = tensor2.nodeIndex;
        tensorIndex = tensor2.tensorIndex;
      }
      const node = layer.inboundNodes[nodeIndex];
      if (nodesInProgress2.indexOf(node) !== -1) {
        throw new RuntimeError(`The tensor ${tensor2.name} at layer "${layer.name}" is part of a cycle.`);
      }
      if (finishedNodes2.indexOf(node) !== -1) {
        return;
      }
      this.containerNodes.add(_Container.nodeKey(layer, nodeIndex));
      if (!(layer.id in layerIndices)) {
        layerIndices[layer.id] = Object.keys(layerIndices).length;
      }
      if (nodesInProgress2.indexOf(node) === -1) {
        nodesInProgress2.push(node);
      }
      const numInboundLayers = node.inboundLayers.length;
      for (let i = 0; i < numInboundLayers; i++) {
        const x = node.inputTensors[i];
        const layer2 = node.inboundLayers[i];
        const nodeIndex2 = node.nodeIndices[i];
        const tensorIndex2 = node.tensorIndices[i];
        buildMapOfGraph(x, finishedNodes2, nodesInProgress2, layer2, nodeIndex2, tensorIndex2);
      }
      finishedNodes2.push(node);
      while (nodesInProgress2.indexOf(node) >= 0) {
        nodesInProgress2.splice(nodesInProgress2.indexOf(node), 1);
      }
      nodesInDecreasingDepth.push(node);
    };
    const finishedNodes = [];
    const nodesInProgress = [];
    for (const x of this.outputs) {
      buildMapOfGraph(x, finishedNodes, nodesInProgress);
    }
    const reversedNodesInDecreasingDepth = nodesInDecreasingDepth.slice().reverse();
    for (const node of reversedNodesInDecreasingDepth) {
      nodeIDToNode[node.id] = node;
      if (!(node.id in nodesDepths)) {
        nodesDepths[node.id] = 0;
      }
      let depth = nodesDepths[node.id];
      const previousDepth = layersDepths[node.outboundLayer.id] == null ? 0 : layersDepths[node.outboundLayer.id];
      depth = Math.max(depth, previousDepth);
      layersDepths[node.outboundLayer.id] = depth;
      layerIDToLayer[node.outboundLayer.id] = node.outboundLayer;
      nodesDepths[node.id] = depth;
      for (let i = 0; i < node.inboundLayers.length; i++) {
        const inboundLayer = node.inboundLayers[i];
        const nodeIndex = node.nodeIndices[i];
        const inboundNode = inboundLayer.inboundNodes[nodeIndex];
        const previousDepth2 = nodesDepths[inboundNode.id] == null ? 0 : nodesDepths[inboundNode.id];
        nodesDepths[inboundNode.id] = Math.max(depth + 1, previousDepth2);
        nodeIDToNode[inboundNode.id] = inboundNode;
      }
    }
    const nodesByDepth = {};
    for (const nodeID in nodesDepths) {
      const depth = nodesDepths[nodeID];
      if (!(depth in nodesByDepth)) {
        nodesByDepth[depth] = [];
      }
      nodesByDepth[depth].push(nodeIDToNode[nodeID]);
    }
    const layersByDepth = {};
    for (const layerID in layersDepths) {
      const depth = layersDepths[layerID];
      if (!(depth in layersByDepth)) {
        layersByDepth[depth] = [];
      }
      layersByDepth[depth].push(layerIDToLayer[layerID]);
    }
    let depthKeys = Object.keys(layersByDepth).map((x) => parseInt(x, 10)).sort(reverseNumberCompare);
    this.layers = [];
    for (const depth of depthKeys) {
      const layersForDepth = layersByDepth[depth];
      layersForDepth.sort((a, b) => {
        const aIndex = layerIndices[a.id];
        const bIndex = layerIndices[b.id];
        if (aIndex < bIndex) {
          return -1;
        }
        if (aIndex > bIndex) {
          return 1;
        }
        return 0;
      });
      for (const layer of layersForDepth) {
        if (layer instanceof _Container) {
          this.internalContainerRefs.push(layer);
        }
        this.layers.push(layer);
      }
    }
    this.layersByDepth = layersByDepth;
    depthKeys = Object.keys(nodesByDepth).map((x) => parseInt(x, 10)).sort(reverseNumberCompare);
    const computableTensors = this.inputs.slice();
    const layersWithCompleteInput = [];
    for (const depth of depthKeys) {
      for (const node of nodesByDepth[depth]) {
        const layer = node.outboundLayer;
        if (layer != null) {
          for (const x of node.inputTensors) {
            if (computableTensors.indexOf(x) === -1) {
              throw new RuntimeError(`Graph disconnected: cannot obtain value for tensor ${x} at layer "${layer.name}". The following previous layers were accessed without issue: ${layersWithCompleteInput}`);
            }
          }
          for (const x of node.outputTensors) {
            computableTensors.push(x);
          }
          layersWithCompleteInput.push(layer.name);
        }
      }
    }
    this.nodesByDepth = nodesByDepth;
    const allNames = this.layers.map((x) => x.name);
    for (const name of allNames) {
      const numOccurrences = allNames.filter((x) => x === name).length;
      if (numOccurrences !== 1) {
        throw new RuntimeError(`The name "${name}" is used ${numOccurrences} times in the model. All layer names should be unique. Layer names: ` + JSON.stringify(allNames));
      }
    }
    this.outboundNodes = [];
    this.inboundNodes = [];
    new Node({
      outboundLayer: this,
      inboundLayers: [],
      nodeIndices: [],
      tensorIndices: [],
      inputTensors: this.inputs,
      outputTensors: this.outputs,
      inputMasks: this.inputs.map((x) => null),
      outputMasks: this.outputs.map((x) => null),
      inputShapes: this.inputs.map((x) => x.shape),
      outputShapes: this.outputs.map((x) => x.shape)
    });
    this.built = true;
    this._refCount = 1;
  }
  assertNotDisposed() {
    if (this._refCount === 0) {
      throw new Error(`Container '${this.name}' is already disposed.`);
    }
  }
  /**
   * Attempt to dispose a LayersModel's weights.
   *
   * This method decrease the reference count of the LayersModel object by 1.
   *
   * A LayersModel is reference-counted. Its reference count is incremented by 1
   * when it is first constructed and when it is used as a Layer of another
   * LayersModel.
   *
   * If the reference count of a LayersModel becomes 0, the `dispose` method of
   * all its constituent `Layer`s will be called.
   *
   * Note: If the reference count is greater than 0 after the decrement, the
   * `dispose` method of its constituent `Layer`s will *not* be called.
   *
   * After a LayersModel is disposed, it cannot be used in calls such as
   * 'predict`, `evaluate` or `fit` anymore.
   *
   * @returns A DisposeResult Object with the following fields:
   *   - refCountAfterDispose: The reference count of the LayersModel after this
   *     `dispose()` call.
   *   - numDisposedVariables: Number of `tf.Variable`s (i.e., weights) disposed
   *     during this `dispose()` call.
   * @throws {Error} If the layer is not built yet, or if the LayersModel has
   *   already been disposed.
   */
  dispose() {
    this.assertNotDisposed();
    const result = { refCountAfterDispose: null, numDisposedVariables: 0 };
    if (--this._refCount === 0) {
      for (const layer of this.layers) {
        result.numDisposedVariables += layer.dispose().numDisposedVariables;
      }
      for (const container of this.internalContainerRefs) {
        result.numDisposedVariables += container.dispose().numDisposedVariables;
      }
    }
    result.refCountAfterDispose = this._refCount;
    return result;
  }
  get trainable() {
    return this.trainable_;
  }
  set trainable(trainable) {
    this.layers.forEach((layer) => {
      layer._trainableWeights.forEach((w) => w.trainable = trainable);
    });
    this.trainable_ = trainable;
  }
  get trainableWeights() {
    if (this._trainableWeights.length > 0) {
      throw new ValueError("Container instance unexpectedly contains _trainableWeights.The trainable weights of a Container are a union of the trainable weights of its consituent Layers. Its own _trainableWeights must remain an empty Array.");
    }
    if (!this.trainable) {
      return [];
    }
    let weights = [];
    for (const layer of this.layers) {
      weights = weights.concat(layer.trainableWeights);
    }
    return weights;
  }
  get nonTrainableWeights() {
    const weights = [];
    for (const layer of this.layers) {
      weights.push(...layer.nonTrainableWeights);
    }
    if (!this.trainable) {
      const trainableWeights = [];
      for (const layer of this.layers) {
        trainableWeights.push(...layer.trainableWeights);
      }
      return trainableWeights.concat(weights);
    }
    return weights;
  }
  get weights() {
    return this.trainableWeights.concat(this.nonTrainableWeights);
  }
  /**
   * Loads all layer weights from a JSON object.
   *
   * Porting Note: HDF5 weight files cannot be directly loaded in JavaScript /
   *   TypeScript. The utility script at `scripts/pykeras.py` offers means
   *   to convert them into JSON strings compatible with this method.
   * Porting Note: TensorFlow.js Layers supports only loading by name currently.
   *
   * @param weights A JSON mapping weight names to weight values as nested
   *   arrays of numbers, or a `NamedTensorMap`, i.e., a JSON mapping weight
   *   names to `tf.Tensor` objects.
   * @param strict Require that the provided weights exactly match those
   *   required by the container.  Default: `true`.  Passing `false` means that
   *   extra weights and missing weights will be silently ignored.
   */
  loadWeights(weights, strict = true) {
    const nameToWeight = {};
    let totalWeightsCount = 0;
    const modelIsKerasSavedModelFormat = isKerasSavedModelFormat(weights);
    if (modelIsKerasSavedModelFormat) {
      this.parseWeights(weights);
    }
    for (const layer of this.layers) {
      for (const [index, weight] of layer.weights.entries()) {
        const parsedName = modelIsKerasSavedModelFormat ? `${weight.name.split("/").slice(0, -1).join("/") + "/"}${index}` : weight.originalName;
        if (nameToWeight[parsedName] != null) {
          throw new ValueError(`Duplicate weight name: ${parsedName}`);
        }
        nameToWeight[parsedName] = weight;
        totalWeightsCount++;
      }
    }
    const weightValueTuples = [];
    for (const name in weights) {
      let validatedName = name;
      if (nameToWeight[name] == null) {
        const tokens = name.split("/");
        const shortenNameArray = tokens.slice(0, -2).concat([tokens[tokens.length - 1]]);
        validatedName = shortenNameArray.join("/");
      }
      if (nameToWeight[validatedName] != null) {
        weightValueTuples.push([nameToWeight[validatedName], weights[name]]);
      } else if (strict) {
        throw new ValueError(`Provided weight data has no target variable: ${name}`);
      }
      delete nameToWeight[validatedName];
    }
    if (strict) {
      const unsetNames = [];
      for (const name in nameToWeight) {
        unsetNames.push(name);
      }
      if (unsetNames.length > 0) {
        throw new ValueError(`${unsetNames.length} of ${totalWeightsCount} weights are not set: ${unsetNames}`);
      }
    }
    batchSetValue(weightValueTuples);
  }
  parseWeights(weights) {
    for (const key in Object.keys(weights)) {
      const listParts = key.split("/");
      const list = ["vars", "layer_checkpoint_dependencies"];
      const newKey = listParts.map((str) => {
        if (str.startsWith("_")) {
          return str.slice(1);
        }
        return str;
      }).filter((str) => !list.includes(str)).join("/");
      if (newKey !== key) {
        weights[newKey] = weights[key];
        delete weights[key];
      }
    }
  }
  /**
   * Util shared between different serialization methods.
   * @returns LayersModel config with Keras version information added.
   */
  updatedConfig() {
    const theConfig = this.getConfig();
    const modelConfig = {};
    modelConfig["className"] = this.getClassName();
    modelConfig["config"] = theConfig;
    modelConfig["kerasVersion"] = `tfjs-layers ${version2}`;
    modelConfig["backend"] = "TensorFlow.js";
    return modelConfig;
  }
  /**
   * Returns a JSON string containing the network configuration.
   *
   * To load a network from a JSON save file, use
   * models.modelFromJSON(jsonString);
   * @param extraJsonArgs Unused in tfjs-layers, maintained for PyKeras
   * @param returnString Whether the return value should be stringified
   *    (default: `true`).
   * @returns a JSON string if `returnString` (default), or a JSON object if
   *   `!returnString`.
   */
  // tslint:disable-next-line:no-any
  toJSON(unused, returnString = true) {
    const modelConfig = convertTsToPythonic(this.updatedConfig());
    return returnString ? JSON.stringify(modelConfig) : modelConfig;
  }
  /**
   * Call the model on new inputs.
   *
   * In this case `call` just reapplies all ops in the graph to the new inputs
   * (e.g. build a new computational graph from the provided inputs).
   *
   * @param inputs A tensor or list of tensors.
   * @param mask A mask or list of masks. A mask can be either a tensor or null
   *   (no mask).
   *
   * @return A tensor if there is a single output, or a list of tensors if there
   *   are more than one outputs.
   */
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = toList(inputs);
      const feedDict = new FeedDict();
      for (let i = 0; i < this.inputs.length; ++i) {
        feedDict.add(this.inputs[i], inputs[i]);
      }
      return execute(this.outputs, feedDict, kwargs);
    });
  }
  /**
   * Computes an output mask tensor.
   *
   * @param inputs Tensor or list of tensors.
   * @param mask Tensor or list of tensors.
   *
   * @return null or a tensor (or list of tensors, one per output tensor of the
   * layer).
   */
  computeMask(inputs, mask) {
    return tidy(() => {
      inputs = toList(inputs);
      let masks;
      if (mask == null) {
        masks = pyListRepeat(null, inputs.length);
      } else {
        masks = toList(mask);
      }
      return this.runInternalGraph(inputs, masks)[1];
    });
  }
  /**
   * Computes the output shape of the layer.
   *
   * Assumes that the layer will be built to match that input shape provided.
   *
   * @param inputShape A shape (tuple of integers) or a list of shape tuples
   *   (one per output tensor of the layer). Shape tuples can include null for
   *   free dimensions, instead of an integer.
   */
  computeOutputShape(inputShape) {
    const inputShapes = normalizeShapeList(inputShape);
    if (inputShapes.length !== this.inputLayers.length) {
      throw new ValueError(`Invalid inputShape argument ${inputShape}: model has ${this.inputLayers.length} tensor inputs.`);
    }
    const layersToOutputShapes = {};
    for (let i = 0; i < inputShapes.length; i++) {
      const layer = this.inputLayers[i];
      const inputShape2 = inputShapes[i];
      const shapeKey = layer.name + "_0_0";
      layersToOutputShapes[shapeKey] = inputShape2;
    }
    const depthKeys = Object.keys(this.nodesByDepth).map((x) => parseInt(x, 10)).sort(reverseNumberCompare);
    if (depthKeys.length > 1) {
      for (const depth of depthKeys) {
        const nodes = this.nodesByDepth[depth];
        for (const node of nodes) {
          const layer = node.outboundLayer;
          if (this.inputLayers.map((x) => x.id).indexOf(layer.id) !== -1) {
            continue;
          }
          const inputShapes2 = [];
          for (let j = 0; j < node.inboundLayers.length; j++) {
            const inboundLayer = node.inboundLayers[j];
            const nodeIndex2 = node.nodeIndices[j];
            const tensorIndex = node.tensorIndices[j];
            const shapeKey = `${inboundLayer.name}_${nodeIndex2}_${tensorIndex}`;
            const inputShape2 = layersToOutputShapes[shapeKey];
            inputShapes2.push(inputShape2);
          }
          const outputShape = layer.computeOutputShape(singletonOrArray(inputShapes2));
          const outputShapes2 = normalizeShapeList(outputShape);
          const nodeIndex = layer.inboundNodes.indexOf(node);
          for (let j = 0; j < outputShapes2.length; j++) {
            const shapeKey = `${layer.name}_${nodeIndex}_${j}`;
            layersToOutputShapes[shapeKey] = outputShapes2[j];
          }
        }
      }
    }
    const outputShapes = [];
    const outputShapeKeys = [];
    for (let i = 0; i < this.outputLayers.length; i++) {
      const layer = this.outputLayers[i];
      const nodeIndex = this.outputLayersNodeIndices[i];
      const tensorIndex = this.outputLayersTensorIndices[i];
      const shapeKey = `${layer.name}_${nodeIndex}_${tensorIndex}`;
      outputShapeKeys.push(shapeKey);
    }
    for (let i = 0; i < outputShapeKeys.length; i++) {
      const key = outputShapeKeys[i];
      assert2(key in layersToOutputShapes);
      outputShapes.push(layersToOutputShapes[key]);
    }
    return singletonOrArray(outputShapes);
  }
  /**
   * Computes output tensors for new inputs.
   *
   * Note:
   *   - Expects `inputs` to be a list (potentially with 1 element).
   *
   * @param inputs List of tensors
   * @param masks List of masks (tensors or null).
   * @return Three lists: outputTensors, outputMasks, outputShapes
   */
  runInternalGraph(inputs, masks) {
    if (masks == null) {
      masks = pyListRepeat(null, inputs.length);
    }
    const tensorMap = {};
    for (let i = 0; i < this.inputs.length; ++i) {
      const x = this.inputs[i];
      const y = inputs[i];
      const mask = masks[i];
      tensorMap[x.id] = [y, mask];
    }
    const depthKeys = Object.keys(this.nodesByDepth).map((x) => parseInt(x, 10)).sort(reverseNumberCompare);
    for (const depth of depthKeys) {
      const nodes = this.nodesByDepth[depth];
      for (const node of nodes) {
        const layer = node.outboundLayer;
        const referenceInputTensors = node.inputTensors;
        const referenceOutputTensors = node.outputTensors;
        const computedData = new Array();
        for (const x of referenceInputTensors) {
          if (x.id in tensorMap) {
            computedData.push(tensorMap[x.id]);
          }
        }
        if (computedData.length === referenceInputTensors.length) {
          let kwargs = {};
          let computedTensors;
          let computedMasks;
          let outputTensors2;
          let outputMasks2;
          if (node.callArgs != null) {
            kwargs = node.callArgs;
          }
          if (computedData.length === 1) {
            const [computedTensor, computedMask] = computedData[0];
            if (kwargs["mask"] == null) {
              kwargs["mask"] = computedMask;
            }
            outputTensors2 = toList(layer.call(computedTensor, kwargs));
            outputMasks2 = toList(layer.computeMask(computedTensor, computedMask));
            computedTensors = [computedTensor];
            computedMasks = [computedMask];
          } else {
            computedTensors = computedData.map((x) => x[0]);
            computedMasks = computedData.map((x) => x[1]);
            if (kwargs["mask"] == null) {
              kwargs["mask"] = computedMasks;
            }
            outputTensors2 = toList(layer.call(computedTensors, kwargs));
            outputMasks2 = toList(layer.computeMask(computedTensors, computedMasks));
          }
          if (layer.activityRegularizer) {
            throw new NotImplementedError("LayersModel invocation with concrete Tensor value(s) in the presence of activity regularizer(s) is not supported yet.");
          }
          for (let i = 0; i < referenceOutputTensors.length; ++i) {
            const x = referenceOutputTensors[i];
            const y = outputTensors2[i];
            const mask = outputMasks2[i];
            tensorMap[x.id] = [y, mask];
          }
        }
      }
    }
    const outputTensors = [];
    const outputMasks = [];
    const outputShapes = [];
    for (const x of this.outputs) {
      assert2(x.id in tensorMap, `Could not compute output ${x.name} : ${x.id}`);
      const [tensor2, mask] = tensorMap[x.id];
      outputShapes.push(tensor2.shape);
      outputTensors.push(tensor2);
      outputMasks.push(mask);
    }
    return [outputTensors, outputMasks, outputShapes];
  }
  /**
   * Builds a map of internal node keys to node ordering.
   * Used in serializaion a node orderings may change as unused nodes are
   * dropped. Porting Note:  This helper method was pulled out of getConfig to
   * improve readability.
   * @param layers An array of Layers in the model.
   * @returns Map of Node Keys to index order within the layer.
   */
  buildNodeConversionMap(layers) {
    const nodeConversionMap = {};
    let keptNodes;
    for (const layer of this.layers) {
      keptNodes = layer instanceof _Container ? 1 : 0;
      for (let originalNodeIndex = 0; originalNodeIndex < layer.inboundNodes.length; originalNodeIndex++) {
        const nodeKey = _Container.nodeKey(layer, originalNodeIndex);
        if (this.containerNodes.has(nodeKey)) {
          nodeConversionMap[nodeKey] = keptNodes;
          keptNodes += 1;
        }
      }
    }
    return nodeConversionMap;
  }
  getLayer(nameOrIndex, index) {
    if (index != null) {
      return this.findLayer(index);
    } else {
      if (nameOrIndex == null) {
        throw new ValueError("Provide either a layer name or layer index");
      }
      if (typeof nameOrIndex === "number") {
        return this.findLayer(nameOrIndex);
      }
    }
    for (const layer of this.layers) {
      if (layer.name === nameOrIndex) {
        return layer;
      }
    }
    throw new ValueError(`No such layer: ${nameOrIndex}`);
  }
  findLayer(index) {
    if (this.layers.length <= index) {
      throw new ValueError(`Was asked to retrieve layer at index ${index}, but model only has ${this.layers.length} layer(s).`);
    } else {
      return this.layers[index];
    }
  }
  /**
   * Retrieves the Container's current loss values.
   *
   * Used for regularizers during training.
   */
  calculateLosses() {
    return tidy(() => {
      const losses = [];
      for (const layer of this.layers) {
        for (let nodeIndex = 0; nodeIndex < layer.inboundNodes.length; ++nodeIndex) {
          const nodeKey = _Container.nodeKey(layer, nodeIndex);
          if (this.containerNodes.has(nodeKey)) {
            losses.push(...layer.calculateLosses());
          }
        }
      }
      return losses;
    });
  }
  getConfig() {
    const config = { name: this.name };
    const nodeConversionMap = this.buildNodeConversionMap(this.layers);
    const layerConfigs = [];
    for (const layer of this.layers) {
      const layerClassName = layer.getClassName();
      const layerConfig = layer.getConfig();
      const filteredInboundNodes = [];
      for (let originalNodeIndex = 0; originalNodeIndex < layer.inboundNodes.length; originalNodeIndex++) {
        const node = layer.inboundNodes[originalNodeIndex];
        const nodeKey = _Container.nodeKey(layer, originalNodeIndex);
        let kwargs = {};
        if (this.containerNodes.has(nodeKey)) {
          if (node.callArgs) {
            try {
              JSON.stringify(node.callArgs);
              kwargs = node.callArgs;
            } catch (err) {
              console.warn(`Layer ${layer.name} was passed non-serializable keyword arguments: ${node.callArgs}. They will not be included in the serialized model (and thus will be missing at deserialization time).`);
              kwargs = {};
            }
          }
          if (node.inboundLayers.length > 0) {
            const nodeData = [];
            for (let i = 0; i < node.inboundLayers.length; i++) {
              const inboundLayer = node.inboundLayers[i];
              const nodeIndex = node.nodeIndices[i];
              const tensorIndex = node.tensorIndices[i];
              const nodeKey2 = _Container.nodeKey(inboundLayer, nodeIndex);
              let newNodeIndex = nodeConversionMap[nodeKey2];
              if (newNodeIndex == null) {
                newNodeIndex = 0;
              }
              nodeData.push([inboundLayer.name, newNodeIndex, tensorIndex, kwargs]);
            }
            filteredInboundNodes.push(nodeData);
          }
        }
      }
      const dict = {};
      dict["name"] = layer.name;
      dict["className"] = layerClassName;
      dict["config"] = layerConfig;
      dict["inboundNodes"] = filteredInboundNodes;
      layerConfigs.push(dict);
    }
    config["layers"] = layerConfigs;
    const modelInputs = [];
    for (let i = 0; i < this.inputLayers.length; i++) {
      const layer = this.inputLayers[i];
      const nodeIndex = this.inputLayersNodeIndices[i];
      const nodeKey = _Container.nodeKey(layer, nodeIndex);
      if (!this.containerNodes.has(nodeKey)) {
        continue;
      }
      let newNodeIndex = nodeConversionMap[nodeKey];
      if (newNodeIndex === null || newNodeIndex === void 0) {
        newNodeIndex = 0;
      }
      const tensorIndex = this.inputLayersTensorIndices[i];
      modelInputs.push([layer.name, newNodeIndex, tensorIndex]);
    }
    config["inputLayers"] = modelInputs;
    const modelOutputs = [];
    for (let i = 0; i < this.outputLayers.length; i++) {
      const layer = this.outputLayers[i];
      const nodeIndex = this.outputLayersNodeIndices[i];
      const nodeKey = _Container.nodeKey(layer, nodeIndex);
      if (!this.containerNodes.has(nodeKey)) {
        continue;
      }
      let newNodeIndex = nodeConversionMap[nodeKey];
      if (newNodeIndex === null || newNodeIndex === void 0) {
        newNodeIndex = 0;
      }
      const tensorIndex = this.outputLayersTensorIndices[i];
      modelOutputs.push([layer.name, newNodeIndex, tensorIndex]);
    }
    config["outputLayers"] = modelOutputs;
    return config;
  }
  /**
   * Instantiates a LayersModel from its config (output of `get_config()`).
   * @param cls the class to create
   * @param config LayersModel config dictionary.
   * @param customObjects An optional dictionary of custom objects.
   * @param fastWeightInit Optional flag to use fast weight initialization
   *   during deserialization. This is applicable to cases in which
   *   the initialization will be immediately overwritten by loaded weight
   *   values. Default: `false`.
   * @returns A LayersModel instance.
   * @throws ValueError: In case of improperly formatted config dict.
   */
  /** @nocollapse */
  static fromConfig(cls, config, customObjects = {}, fastWeightInit = false) {
    const createdLayers = {};
    const unprocessedNodes = {};
    function addUnprocessedNode(layer, nodeData) {
      if (!(layer.name in unprocessedNodes)) {
        unprocessedNodes[layer.name] = [nodeData];
      } else {
        unprocessedNodes[layer.name].push(nodeData);
      }
    }
    function processNode(layer, nodeData) {
      const inputTensors2 = [];
      let kwargs;
      for (const inputData of nodeData) {
        const inboundLayerName = inputData[0];
        const inboundNodeIndex = inputData[1];
        const inboundTensorIndex = inputData[2];
        kwargs = inputData[3] == null ? {} : inputData[3];
        if (!(inboundLayerName in createdLayers)) {
          addUnprocessedNode(layer, nodeData);
          return;
        }
        const inboundLayer = createdLayers[inboundLayerName];
        if (inboundLayer.inboundNodes.length <= inboundNodeIndex) {
          addUnprocessedNode(layer, nodeData);
          return;
        }
        const inboundNode = inboundLayer.inboundNodes[inboundNodeIndex];
        inputTensors2.push(inboundNode.outputTensors[inboundTensorIndex]);
      }
      if (inputTensors2.length > 0) {
        layer.apply(singletonOrArray(inputTensors2), kwargs);
      }
    }
    function processLayer(layerData) {
      const layerName = layerData["name"];
      const layer = deserialize(layerData, config["customObjects"] != null ? config["customObjects"] : {});
      layer.setFastWeightInitDuringBuild(fastWeightInit);
      createdLayers[layerName] = layer;
      const inboundNodesData = layerData["inboundNodes"];
      inboundNodesData.forEach((nodeData) => {
        if (!(nodeData instanceof Array)) {
          throw new ValueError(`Corrupted configuration, expected array for nodeData: ${nodeData}`);
        }
        addUnprocessedNode(layer, nodeData);
      });
    }
    const name = config["name"];
    const layersFromConfig = config["layers"];
    for (const layerData of layersFromConfig) {
      processLayer(layerData);
    }
    while (!isObjectEmpty(unprocessedNodes)) {
      for (const layerData of layersFromConfig) {
        const layer = createdLayers[layerData["name"]];
        if (layer.name in unprocessedNodes) {
          const currentUnprocessedNodesForLayer = unprocessedNodes[layer.name];
          delete unprocessedNodes[layer.name];
          for (const nodeData of currentUnprocessedNodesForLayer) {
            processNode(layer, nodeData);
          }
        }
      }
    }
    const inputTensors = [];
    const outputTensors = [];
    const inputLayersFromConfig = config["inputLayers"];
    for (const layerData of inputLayersFromConfig) {
      const layerName = layerData[0];
      const nodeIndex = layerData[1];
      const tensorIndex = layerData[2];
      assert2(layerName in createdLayers);
      const layer = createdLayers[layerName];
      const layerOutputTensors = layer.inboundNodes[nodeIndex].outputTensors;
      inputTensors.push(layerOutputTensors[tensorIndex]);
    }
    const outputLayersFromConfig = config["outputLayers"];
    for (const layerData of outputLayersFromConfig) {
      const layerName = layerData[0];
      const nodeIndex = layerData[1];
      const tensorIndex = layerData[2];
      assert2(layerName in createdLayers);
      const layer = createdLayers[layerName];
      const layerOutputTensors = layer.inboundNodes[nodeIndex].outputTensors;
      outputTensors.push(layerOutputTensors[tensorIndex]);
    }
    return new cls({ inputs: inputTensors, outputs: outputTensors, name });
  }
  /**
   * Determine whether the container is stateful.
   *
   * Porting Note: this is the equivalent of the stateful @property of
   *   the Container class in PyKeras.
   */
  get stateful() {
    if (this._stateful) {
      throw new ValueError("Container instance unexpectedly has _stateful = true. The statefulness of a Container is determined by the Layers it contains. Its _stateful property must remain the default false.");
    }
    for (const layer of this.layers) {
      if (layer.stateful) {
        return true;
      }
    }
    return false;
  }
  /**
   * Reset the state of all stateful constituent layers (if any).
   *
   * Examples of stateful layers include RNN layers whose `stateful` property
   * is set as `true`.
   */
  resetStates() {
    tidy(() => {
      this.layers.forEach((layer) => {
        if (layer.stateful) {
          layer.resetStates();
        }
      });
    });
  }
};

// node_modules/@tensorflow/tfjs-layers/dist/engine/training_utils.js
function standardizeSampleOrClassWeights(xWeight, outputNames, weightType) {
  const numOutputs = outputNames.length;
  if (xWeight == null || Array.isArray(xWeight) && xWeight.length === 0) {
    return outputNames.map((name) => null);
  }
  if (numOutputs === 1) {
    if (Array.isArray(xWeight) && xWeight.length === 1) {
      return xWeight;
    } else if (typeof xWeight === "object" && outputNames[0] in xWeight) {
      return [xWeight[outputNames[0]]];
    } else {
      return [xWeight];
    }
  }
  if (Array.isArray(xWeight)) {
    if (xWeight.length !== numOutputs) {
      throw new Error(`Provided ${weightType} is an array of ${xWeight.length} element(s), but the model has ${numOutputs} outputs. Make sure a set of weights is provided for each model output.`);
    }
    return xWeight;
  } else if (typeof xWeight === "object" && Object.keys(xWeight).length > 0 && typeof xWeight[Object.keys(xWeight)[0]] === "object") {
    const output = [];
    outputNames.forEach((outputName) => {
      if (outputName in xWeight) {
        output.push(xWeight[outputName]);
      } else {
        output.push(null);
      }
    });
    return output;
  } else {
    throw new Error(`The model has multiple (${numOutputs}) outputs, so ${weightType} must be either an array with ${numOutputs} elements or an object with ${outputNames} keys. Provided ${weightType} not understood: ${JSON.stringify(xWeight)}`);
  }
}
function standardizeClassWeights(classWeight, outputNames) {
  return standardizeSampleOrClassWeights(classWeight, outputNames, "classWeight");
}
async function standardizeWeights(y, sampleWeight, classWeight, sampleWeightMode) {
  if (sampleWeight != null || sampleWeightMode != null) {
    throw new Error("Support sampleWeight is not implemented yet");
  }
  if (classWeight != null) {
    const yClasses = tidy(() => {
      if (y.shape.length === 1) {
        return clone(y);
      } else if (y.shape.length === 2) {
        if (y.shape[1] > 1) {
          const axis = 1;
          return argMax(y, axis);
        } else if (y.shape[1] === 1) {
          return reshape(y, [y.shape[0]]);
        } else {
          throw new Error(`Encountered unexpected last-dimension size (${y.shape[1]}) during handling of class weights. The size is expected to be >= 1.`);
        }
      } else {
        throw new Error(`Unexpected rank of target (y) tensor (${y.rank}) during handling of class weights. The rank is expected to be 1 or 2.`);
      }
    });
    const yClassIndices = Array.from(await yClasses.data());
    dispose(yClasses);
    const classSampleWeight = [];
    yClassIndices.forEach((classIndex) => {
      if (classWeight[classIndex] == null) {
        throw new Error(`classWeight must contain all classes in the training data. The class ${classIndex} exists in the data but not in classWeight`);
      } else {
        classSampleWeight.push(classWeight[classIndex]);
      }
    });
    return tensor1d(classSampleWeight, "float32");
  } else {
    return null;
  }
}
function computeWeightedLoss(losses, sampleWeights) {
  return mul(losses, sampleWeights);
}

// node_modules/@tensorflow/tfjs-layers/dist/engine/training_dataset.js
var DEFAULT_VALIDATION_BATCH_SIZE = 32;
function standardizeDataIteratorOutput(model2, iteratorOut) {
  let xs;
  let ys;
  const iteratorOutObj = iteratorOut;
  xs = iteratorOutObj["xs"];
  ys = iteratorOutObj["ys"];
  util_exports.assert(xs != null && ys != null, () => `A Dataset iterator for fitDataset() is expected to generate objects of the form \`{xs: xVal, ys: yVal}\`, where the two values may be \`tf.Tensor\`, an array of Tensors, or a map of string to Tensor.  The provided Dataset instead generates ${iteratorOut}`);
  const flattenedXs = flattenTensorOrArrayOrMap("input", model2.inputNames, xs);
  const flattenedYs = flattenTensorOrArrayOrMap("output", model2.outputNames, ys);
  const batchSize = flattenedXs[0].shape[0];
  util_exports.assert(flattenedXs.length === model2.inputs.length, () => `LayersModel has ${model2.inputs.length} inputs, but the dataset provides ${flattenedXs.length} inputs.  (Expected input keys: ${JSON.stringify(model2.inputNames)})`);
  util_exports.assert(flattenedYs.length === model2.outputs.length, () => `LayersModel has ${model2.outputs.length} outputs, but the dataset provides ${flattenedYs.length} outputs.  (Expected output keys: ${JSON.stringify(model2.outputNames)})`);
  for (let xIndex = 0; xIndex < flattenedXs.length; xIndex++) {
    util_exports.assert(flattenedXs[xIndex].shape[0] === batchSize, () => `Batch size mismatch: input ${model2.inputNames[xIndex]} has ${flattenedXs[xIndex].shape[0]}; expected  ${batchSize} based on input ${model2.inputNames[0]}.`);
  }
  for (let yIndex = 0; yIndex < flattenedYs.length; yIndex++) {
    util_exports.assert(flattenedYs[yIndex].shape[0] === batchSize, () => `Batch size mismatch: output ${model2.outputNames[yIndex]} has ${flattenedYs[yIndex].shape[0]}; expected  ${batchSize} based on input ${model2.inputNames[0]}.`);
  }
  return { xs: flattenedXs, ys: flattenedYs };
}
function flattenTensorOrArrayOrMap(inputOrOutput, names, values) {
  if (values instanceof Tensor) {
    return [values];
  } else if (Array.isArray(values)) {
    util_exports.assert(values.length === names.length, () => `Received an array of ${values.length} Tensors, but expected ${names.length} to match the ${inputOrOutput} keys ${names}.`);
    return values;
  } else {
    const result = [];
    for (const name of names) {
      if (values[name] == null) {
        throw new ValueError(`The feature data generated by the dataset lacks the required ${inputOrOutput} key '${name}'.`);
      }
      result.push(values[name]);
    }
    return result;
  }
}
function standardizeTensorValidationData(data) {
  if (data.length === 3) {
    throw new NotImplementedError("Validation with sample weights is not implemented yet.");
  }
  return { xs: data[0], ys: data[1] };
}
async function fitDataset(model2, dataset, args) {
  const hasBatchesPerEpoch = args.batchesPerEpoch != null;
  util_exports.assert(model2.optimizer != null, () => "You must compile a model before training/testing. Use LayersModel.compile(modelCompileConfig).");
  util_exports.assert(args != null, () => `For fitDataset(), the 2nd argument (config) is required, but it is not provided in this call.`);
  util_exports.assert(args.epochs != null && args.epochs > 0 && Number.isInteger(args.epochs), () => `For fitDataset(), config.epochs is expected to be a positive integer, but got ${args.epochs}`);
  util_exports.assert(!hasBatchesPerEpoch || args.batchesPerEpoch > 0 && Number.isInteger(args.batchesPerEpoch), () => `For fitDataset(), config.batchesPerEpoch is expected to be a positive integer if specified, but got ${args.batchesPerEpoch}`);
  util_exports.assert(
    // tslint:disable-next-line:no-any
    args["validationSplit"] == null,
    () => "`validationSplit` is not supported by `fitDataset()`. Use validationData instead."
  );
  if (model2.isTraining) {
    throw new Error("Cannot start training because another fit() call is ongoing.");
  }
  model2.isTraining = true;
  try {
    const doValidation = args.validationData != null;
    let valXs;
    let valYs;
    if (doValidation) {
      if (isDatasetObject(args.validationData)) {
        util_exports.assert(args.validationBatches == null || args.validationBatches > 0 && Number.isInteger(args.validationBatches), () => `For fitDataset() with dataset-based validation, config.validationBatches is expected not to be provided, or to be a positive integer, but got ${args.validationBatches}`);
      } else {
        const validationData = standardizeTensorValidationData(args.validationData);
        valXs = validationData.xs;
        valYs = validationData.ys;
      }
    }
    const trainFunction = model2.makeTrainFunction();
    const outLabels = model2.getDedupedMetricsNames();
    let callbackMetrics;
    if (doValidation) {
      callbackMetrics = outLabels.slice().concat(outLabels.map((n) => "val_" + n));
    } else {
      callbackMetrics = outLabels.slice();
    }
    const callbacks2 = standardizeCallbacks(args.callbacks, args.yieldEvery);
    const verbose = args.verbose == null ? 1 : args.verbose;
    const { callbackList, history } = configureCallbacks(
      callbacks2,
      verbose,
      args.epochs,
      null,
      null,
      getStepsPerEpoch(dataset, args),
      null,
      // Batch size determined by the dataset itself.
      doValidation,
      callbackMetrics
    );
    callbackList.setModel(model2);
    model2.history = history;
    await callbackList.onTrainBegin();
    model2.stopTraining_ = false;
    let epoch = args.initialEpoch == null ? 0 : args.initialEpoch;
    let dataIterator = await dataset.iterator();
    while (epoch < args.epochs) {
      const epochLogs = {};
      await callbackList.onEpochBegin(epoch);
      let stepsDone = 0;
      let batchIndex = 0;
      if (!hasBatchesPerEpoch) {
        dataIterator = await dataset.iterator();
      }
      while (hasBatchesPerEpoch ? stepsDone < args.batchesPerEpoch : true) {
        const iteratorOut = await dataIterator.next();
        if (hasBatchesPerEpoch && iteratorOut.done) {
          console.warn(`You provided \`batchesPerEpoch\` as ${args.batchesPerEpoch}, but your dataset iterator ran out of data after ${stepsDone} batches; interrupting training. Make sure that your dataset can generate at least \`batchesPerEpoch * epochs\` batches (in this case, ${args.batchesPerEpoch * args.epochs} batches). You may need to use the repeat() function when building your dataset.`);
          break;
        }
        if (iteratorOut.value != null) {
          const { xs, ys } = standardizeDataIteratorOutput(model2, iteratorOut.value);
          const batchLogs = {};
          batchLogs["batch"] = batchIndex;
          batchLogs["size"] = xs[0].shape[0];
          await callbackList.onBatchBegin(batchIndex, batchLogs);
          const sampleWeights = [];
          if (args.classWeight != null) {
            const standardClassWeights = standardizeClassWeights(args.classWeight, model2.outputNames);
            for (let i = 0; i < standardClassWeights.length; ++i) {
              sampleWeights.push(await standardizeWeights(ys[i], null, standardClassWeights[i]));
            }
          }
          const ins = xs.concat(ys).concat(sampleWeights);
          const outs = trainFunction(ins);
          dispose(ins);
          for (let i = 0; i < outLabels.length; ++i) {
            const label = outLabels[i];
            const out = outs[i];
            batchLogs[label] = out;
            keep(out);
          }
          await callbackList.onBatchEnd(batchIndex, batchLogs);
          disposeTensorsInLogs(batchLogs);
          batchIndex++;
          stepsDone++;
        }
        if (hasBatchesPerEpoch ? stepsDone >= args.batchesPerEpoch : iteratorOut.done) {
          if (doValidation) {
            let valOuts;
            if (isDatasetObject(args.validationData)) {
              valOuts = toList(await model2.evaluateDataset(args.validationData, { batches: args.validationBatches }));
            } else {
              valOuts = toList(model2.evaluate(valXs, valYs, {
                batchSize: args.validationBatchSize == null ? DEFAULT_VALIDATION_BATCH_SIZE : args.validationBatchSize,
                verbose: 0
              }));
            }
            for (let i = 0; i < model2.metricsNames.length; ++i) {
              epochLogs[`val_${model2.metricsNames[i]}`] = valOuts[i];
            }
          }
          break;
        }
        if (model2.stopTraining_) {
          break;
        }
      }
      await callbackList.onEpochEnd(epoch, epochLogs);
      epoch++;
      if (model2.stopTraining_) {
        break;
      }
    }
    await callbackList.onTrainEnd();
    await model2.history.syncData();
    return model2.history;
  } finally {
    model2.isTraining = false;
  }
}
function getStepsPerEpoch(dataset, args) {
  let stepsPerEpoch = null;
  if (args.batchesPerEpoch != null) {
    stepsPerEpoch = args.batchesPerEpoch;
  } else if (Number.isFinite(dataset.size)) {
    stepsPerEpoch = dataset.size;
  }
  return stepsPerEpoch;
}
function isDatasetObject(dataset) {
  return typeof dataset.iterator === "function";
}
function isLazyIteratorObject(iterator) {
  return typeof iterator.next === "function";
}
async function evaluateDataset(model2, dataset, args) {
  args = args || {};
  const hasBatches = args.batches != null;
  const f = model2.testFunction;
  let outs = [];
  if (args.verbose > 0) {
    throw new NotImplementedError("Verbose mode is not implemented yet.");
  }
  util_exports.assert(!hasBatches || args.batches > 0 && Number.isInteger(args.batches), () => `Test loop expects \`batches\` to be a positive integer, but received ${JSON.stringify(args.batches)}`);
  const dataIterator = isLazyIteratorObject(dataset) ? dataset : await dataset.iterator();
  let numExamples = 0;
  let batch = 0;
  while (hasBatches ? batch < args.batches : true) {
    const iteratorOut = await dataIterator.next();
    outs = tidy(() => {
      if (iteratorOut.value) {
        const { xs, ys } = standardizeDataIteratorOutput(model2, iteratorOut.value);
        const xsAndYs = xs.concat(ys);
        const batchOuts = tidy(() => f(xsAndYs));
        dispose(xsAndYs);
        if (batch === 0) {
          for (let i = 0; i < batchOuts.length; ++i) {
            outs.push(scalar(0));
          }
        }
        const batchSize = xsAndYs[0].shape[0];
        for (let i = 0; i < batchOuts.length; ++i) {
          const batchOut = batchOuts[i];
          const oldScalar = outs[i];
          outs[i] = tidy(() => add(outs[i], mul(batchSize, batchOut)));
          if (batch > 0) {
            dispose(oldScalar);
          }
        }
        dispose(batchOuts);
        numExamples += batchSize;
        ++batch;
      }
      return outs;
    });
    if (iteratorOut.done) {
      if (hasBatches) {
        console.warn(`Your dataset iterator ran out of data during evaluateDataset(). Interrupting evalution. Make sure that your dataset can generate at least \`batches\` batches (in this case, ${args.batches} batches). You may need to use the repeat() function when building your dataset.`);
      }
      break;
    }
  }
  for (let i = 0; i < outs.length; ++i) {
    const oldScalar = outs[i];
    outs[i] = div(outs[i], numExamples);
    dispose(oldScalar);
  }
  return singletonOrArray(outs);
}

// node_modules/@tensorflow/tfjs-layers/dist/engine/training_tensors.js
function checkBatchSize(batchSize) {
  util_exports.assert(batchSize > 0 && Number.isInteger(batchSize), () => `batchSize is required to be a positive integer, but got ${batchSize}`);
}
function sliceArrays(arrays, start, stop) {
  if (arrays == null) {
    return [null];
  } else if (Array.isArray(arrays)) {
    return arrays.map((array) => sliceAlongFirstAxis(array, start, stop - start));
  } else {
    return sliceAlongFirstAxis(arrays, start, stop - start);
  }
}
function sliceArraysByIndices(arrays, indices) {
  return tidy(() => {
    if (arrays == null) {
      return null;
    } else if (Array.isArray(arrays)) {
      return arrays.map((array) => sliceArraysByIndices(array, indices));
    } else {
      return gather2(arrays, indices.dtype === "int32" ? indices : cast(indices, "int32"));
    }
  });
}
function makeBatches(size, batchSize) {
  const output = [];
  let batchStart = 0;
  let batchEnd = null;
  while (batchStart < size) {
    batchEnd = batchStart + batchSize;
    if (batchEnd >= size) {
      batchEnd = size;
    }
    output.push([batchStart, batchEnd]);
    batchStart = batchEnd;
  }
  return output;
}
function ensureTensorsRank2OrHigher(tensors) {
  const outs = [];
  if (tensors instanceof Tensor) {
    tensors = [tensors];
  }
  for (let i = 0; i < tensors.length; ++i) {
    const tensor2 = tensors[i];
    if (tensor2.rank === 1) {
      outs.push(expandDims2(tensor2, 1));
    } else if (tensor2.rank === 0) {
      throw new Error("Expected tensor to be at least 1D, but received a 0D tensor (scalar).");
    } else {
      outs.push(tensor2);
    }
  }
  return outs;
}
function disposeNewTensors(tensors, refTensors) {
  if (tensors == null) {
    return;
  }
  const oldTensorIds = [];
  if (refTensors instanceof Tensor) {
    oldTensorIds.push(refTensors.id);
  } else if (Array.isArray(refTensors)) {
    refTensors.forEach((t) => oldTensorIds.push(t.id));
  } else if (refTensors != null) {
    for (const name in refTensors) {
      const oldTensor = refTensors[name];
      oldTensorIds.push(oldTensor.id);
    }
  }
  const tensorsToDispose = [];
  if (tensors instanceof Tensor) {
    if (oldTensorIds.indexOf(tensors.id) === -1) {
      tensorsToDispose.push(tensors);
    }
  } else if (Array.isArray(tensors)) {
    tensors.forEach((t) => {
      if (oldTensorIds.indexOf(t.id) === -1) {
        tensorsToDispose.push(t);
      }
    });
  } else if (tensors != null) {
    for (const name in tensors) {
      const tensor2 = tensors[name];
      if (oldTensorIds.indexOf(tensor2.id) === -1) {
        tensorsToDispose.push(tensor2);
      }
    }
  }
  tensorsToDispose.forEach((t) => {
    if (!t.isDisposed) {
      t.dispose();
    }
  });
}

// node_modules/@tensorflow/tfjs-layers/dist/engine/training.js
function isDataTensor(x) {
  return x instanceof Tensor;
}
function isDataArray(x) {
  return Array.isArray(x);
}
function isDataDict(x) {
  return !isDataTensor(x) && !isDataArray(x);
}
function standardizeInputData(data, names, shapes, checkBatchAxis = true, exceptionPrefix = "") {
  if (names == null || names.length === 0) {
    if (data != null) {
      let gotUnexpectedData = false;
      if (isDataArray(data) && data.length > 0) {
        gotUnexpectedData = true;
      } else if (isDataDict(data)) {
        for (const key in data) {
          if (data.hasOwnProperty(key)) {
            gotUnexpectedData = true;
            break;
          }
        }
      } else {
        gotUnexpectedData = true;
      }
      if (gotUnexpectedData) {
        throw new ValueError(`Error when checking model ${exceptionPrefix} expected no data, but got ${data}`);
      }
    }
    return [];
  }
  if (data == null) {
    return names.map((name) => null);
  }
  let arrays;
  if (isDataDict(data)) {
    data = data;
    arrays = [];
    for (const name of names) {
      if (data[name] == null) {
        throw new ValueError(`No data provided for "${name}". Need data for each key in: ${names}`);
      }
      arrays.push(data[name]);
    }
  } else if (isDataArray(data)) {
    data = data;
    if (data.length !== names.length) {
      throw new ValueError(`Error when checking model ${exceptionPrefix}: the Array of Tensors that you are passing to your model is not the size the model expected. Expected to see ${names.length} Tensor(s), but instead got the following list of Tensor(s): ${data}`);
    }
    arrays = data;
  } else {
    data = data;
    if (names.length > 1) {
      throw new ValueError(`The model ${exceptionPrefix} expects ${names.length} Tensor(s), but only received one Tensor. Found: Tensor with shape ${data.shape}`);
    }
    arrays = [data];
  }
  arrays = ensureTensorsRank2OrHigher(arrays);
  if (shapes != null) {
    for (let i = 0; i < names.length; ++i) {
      if (shapes[i] == null) {
        continue;
      }
      const array = arrays[i];
      if (array.shape.length !== shapes[i].length) {
        throw new ValueError(`Error when checking ${exceptionPrefix}: expected ${names[i]} to have ${shapes[i].length} dimension(s). but got array with shape ${array.shape}`);
      }
      for (let j = 0; j < shapes[i].length; ++j) {
        if (j === 0 && !checkBatchAxis) {
          continue;
        }
        const dim = array.shape[j];
        const refDim = shapes[i][j];
        if (refDim != null && refDim >= 0 && dim !== refDim) {
          throw new ValueError(`${exceptionPrefix} expected a batch of elements where each example has shape [${shapes[i].slice(1, shapes[i].length)}] (i.e.,tensor shape [*,${shapes[i].slice(1, shapes[i].length)}]) but the ${exceptionPrefix} received an input with ${array.shape[0]} examples, each with shape [${array.shape.slice(1, array.shape.length)}] (tensor shape [${array.shape}])`);
        }
      }
    }
  }
  return arrays;
}
function checkArrayLengths(inputs, targets, weights) {
  const setX = unique(inputs.map((input2) => input2.shape[0]));
  setX.sort();
  const setY = unique(targets.map((target) => target.shape[0]));
  setY.sort();
  if (setX.length > 1) {
    throw new ValueError(`All input Tensors (x) should have the same number of samples. Got array shapes: ${JSON.stringify(inputs.map((input2) => input2.shape))}`);
  }
  if (setY.length > 1) {
    throw new ValueError(`All target Tensors (y) should have the same number of samples. Got array shapes: ${JSON.stringify(targets.map((target) => target.shape))}`);
  }
  if (setX.length > 0 && setY.length > 0 && !util_exports.arraysEqual(setX, setY)) {
    throw new ValueError(`Input Tensors should have the same number of samples as target Tensors. Found ${setX[0]} input sample(s) and ${setY[0]} target sample(s).`);
  }
}
function checkLossAndTargetCompatibility(targets, lossFns, outputShapes) {
  const keyLosses = [
    meanSquaredError,
    binaryCrossentropy,
    categoricalCrossentropy
  ];
  for (let i = 0; i < targets.length; ++i) {
    const y = targets[i];
    const loss = lossFns[i];
    const shape = outputShapes[i];
    if (loss == null) {
      continue;
    }
    if (loss === categoricalCrossentropy) {
      if (y.shape[y.shape.length - 1] === 1) {
        throw new ValueError(`You are passing a target array of shape ${y.shape} while using a loss 'categorical_crossentropy'. 'categorical_crossentropy'expects targets to be binary matrices (1s and 0s) of shape [samples, classes].`);
      }
    }
    if (keyLosses.indexOf(loss) !== -1) {
      const slicedYShape = y.shape.slice(1);
      const slicedShape = shape.slice(1);
      for (let j = 0; j < slicedYShape.length; ++j) {
        const targetDim = slicedYShape[j];
        const outDim = slicedShape[j];
        if (outDim != null && targetDim !== outDim) {
          throw new ValueError(`A target Tensor with shape ${y.shape} was passed for an output of shape ${shape}, while using a loss function that expects targets to have the same shape as the output.`);
        }
      }
    }
  }
}
function checkInputData(data, names, shapes, checkBatchAxis = true, exceptionPrefix = "") {
  let arrays;
  if (Array.isArray(data)) {
    if (data.length !== names.length) {
      throw new ValueError(`Error when checking model ${exceptionPrefix}: the Array of Tensors that you are passing to your model is not the size the the model expected. Expected to see ${names.length} Tensor(s), but instead got ${data.length} Tensors(s).`);
    }
    arrays = data;
  } else {
    if (names.length > 1) {
      throw new ValueError(`The model expects ${names.length} ${exceptionPrefix} Tensors, but only received one Tensor. Found: array with shape ${JSON.stringify(data.shape)}.`);
    }
    arrays = [data];
  }
  if (shapes != null) {
    for (let i = 0; i < names.length; ++i) {
      if (shapes[i] == null) {
        continue;
      }
      const array = arrays[i];
      if (array.shape.length !== shapes[i].length) {
        throw new ValueError(`Error when checking ${exceptionPrefix}: expected ${names[i]} to have ${shapes[i].length} dimension(s), but got array with shape ${JSON.stringify(array.shape)}`);
      }
      for (let j = 0; j < shapes[i].length; ++j) {
        if (j === 0 && !checkBatchAxis) {
          continue;
        }
        const dim = array.shape[j];
        const refDim = shapes[i][j];
        if (refDim != null) {
          if (refDim !== dim) {
            throw new ValueError(`Error when checking ${exceptionPrefix}: expected ${names[i]} to have shape ${JSON.stringify(shapes[i])} but got array with shape ${JSON.stringify(array.shape)}.`);
          }
        }
      }
    }
  }
}
function collectMetrics(metrics, outputNames) {
  if (metrics == null || Array.isArray(metrics) && metrics.length === 0) {
    return outputNames.map((name) => []);
  }
  let wrappedMetrics;
  if (typeof metrics === "string" || typeof metrics === "function") {
    wrappedMetrics = [metrics];
  } else if (Array.isArray(metrics) || typeof metrics === "object") {
    wrappedMetrics = metrics;
  } else {
    throw new TypeError(`Type of metrics argument not understood. Expected an string,function, Array, or Object, found: ${metrics}`);
  }
  if (Array.isArray(wrappedMetrics)) {
    return outputNames.map((name) => wrappedMetrics);
  } else {
    const nestedMetrics = [];
    for (const name of outputNames) {
      let outputMetrics = wrappedMetrics.hasOwnProperty(name) ? wrappedMetrics[name] : [];
      if (!Array.isArray(outputMetrics)) {
        outputMetrics = [outputMetrics];
      }
      nestedMetrics.push(outputMetrics);
    }
    return nestedMetrics;
  }
}
var LAYERS_MODEL_FORMAT_NAME = "layers-model";
var LayersModel = class extends Container {
  constructor(args) {
    super(args);
    this.isTraining = false;
  }
  /**
   * Print a text summary of the model's layers.
   *
   * The summary includes
   * - Name and type of all layers that comprise the model.
   * - Output shape(s) of the layers
   * - Number of weight parameters of each layer
   * - If the model has non-sequential-like topology, the inputs each layer
   *   receives
   * - The total number of trainable and non-trainable parameters of the model.
   *
   * ```js
   * const input1 = tf.input({shape: [10]});
   * const input2 = tf.input({shape: [20]});
   * const dense1 = tf.layers.dense({units: 4}).apply(input1);
   * const dense2 = tf.layers.dense({units: 8}).apply(input2);
   * const concat = tf.layers.concatenate().apply([dense1, dense2]);
   * const output =
   *     tf.layers.dense({units: 3, activation: 'softmax'}).apply(concat);
   *
   * const model = tf.model({inputs: [input1, input2], outputs: output});
   * model.summary();
   * ```
   *
   * @param lineLength Custom line length, in number of characters.
   * @param positions Custom widths of each of the columns, as either
   *   fractions of `lineLength` (e.g., `[0.5, 0.75, 1]`) or absolute number
   *   of characters (e.g., `[30, 50, 65]`). Each number corresponds to
   *   right-most (i.e., ending) position of a column.
   * @param printFn Custom print function. Can be used to replace the default
   *   `console.log`. For example, you can use `x => {}` to mute the printed
   *   messages in the console.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  summary(lineLength, positions, printFn = console.log) {
    if (!this.built) {
      throw new ValueError(`This model has never been called, thus its weights have not been created yet. So no summary can be displayed. Build the model first (e.g., by calling it on some test data).`);
    }
    printSummary(this, lineLength, positions, printFn);
  }
  /**
   * Configures and prepares the model for training and evaluation.  Compiling
   * outfits the model with an optimizer, loss, and/or metrics.  Calling `fit`
   * or `evaluate` on an un-compiled model will throw an error.
   *
   * @param args a `ModelCompileArgs` specifying the loss, optimizer, and
   * metrics to be used for fitting and evaluating this model.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  compile(args) {
    if (args.loss == null) {
      args.loss = [];
    }
    this.loss = args.loss;
    if (typeof args.optimizer === "string") {
      this.optimizer_ = getOptimizer(args.optimizer);
      this.isOptimizerOwned = true;
    } else {
      if (!(args.optimizer instanceof Optimizer)) {
        throw new ValueError(`User-defined optimizer must be an instance of tf.Optimizer.`);
      }
      this.optimizer_ = args.optimizer;
      this.isOptimizerOwned = false;
    }
    let lossFunctions = [];
    if (!Array.isArray(args.loss) && typeof args.loss !== "string" && typeof args.loss !== "function") {
      args.loss = args.loss;
      for (const name in args.loss) {
        if (this.outputNames.indexOf(name) === -1) {
          throw new ValueError(`Unknown entry in loss dictionary: "${name}". Only expected the following keys: ${this.outputNames}`);
        }
      }
      for (const name of this.outputNames) {
        if (args.loss[name] == null) {
          console.warn(`Output "${name}" is missing from loss dictionary. We assume this was done on purpose, and we will not be expecting data to be passed to ${name} during training`);
        }
        lossFunctions.push(get(args.loss[name]));
      }
    } else if (Array.isArray(args.loss)) {
      if (args.loss.length !== this.outputs.length) {
        throw new ValueError(`When passing an Array as loss, it should have one entry per model output. The model has ${this.outputs.length} output(s), but you passed loss=${args.loss}.`);
      }
      const theLosses = args.loss;
      lossFunctions = theLosses.map((l) => get(l));
    } else {
      const lossFunction = get(args.loss);
      this.outputs.forEach((_) => {
        lossFunctions.push(lossFunction);
      });
    }
    this.lossFunctions = lossFunctions;
    this.feedOutputNames = [];
    this.feedOutputShapes = [];
    this.feedLossFns = [];
    for (let i = 0; i < this.outputs.length; ++i) {
      const shape = this.internalOutputShapes[i];
      const name = this.outputNames[i];
      this.feedOutputNames.push(name);
      this.feedOutputShapes.push(shape);
      this.feedLossFns.push(this.lossFunctions[i]);
    }
    const skipTargetIndices = [];
    this.metrics = args.metrics;
    this.metricsNames = ["loss"];
    this.metricsTensors = [];
    nameScope("loss", () => {
      for (let i = 0; i < this.outputs.length; ++i) {
        if (skipTargetIndices.indexOf(i) !== -1) {
          continue;
        }
        const weightedLoss = this.lossFunctions[i];
        if (this.outputs.length > 1) {
          this.metricsTensors.push([weightedLoss, i]);
          this.metricsNames.push(this.outputNames[i] + "_loss");
        }
      }
    });
    const nestedMetrics = collectMetrics(args.metrics, this.outputNames);
    const appendMetric = (outputIndex, metricName, metricTensor) => {
      if (this.outputNames.length > 1) {
        metricName = this.outputNames[outputIndex] + "_" + metricName;
      }
      this.metricsNames.push(metricName);
      this.metricsTensors.push([metricTensor, outputIndex]);
    };
    nameScope("metric", () => {
      for (let i = 0; i < this.outputs.length; ++i) {
        if (skipTargetIndices.indexOf(i) !== -1) {
          continue;
        }
        const outputMetrics = nestedMetrics[i];
        const handleMetrics = (metrics) => {
          const metricNamePrefix = "";
          let metricName;
          let accFn;
          let weightedMetricFn;
          for (const metric of metrics) {
            if (typeof metric === "string" && ["accuracy", "acc", "crossentropy", "ce"].indexOf(metric) !== -1) {
              const outputShape = this.internalOutputShapes[i];
              if (outputShape[outputShape.length - 1] === 1 || this.lossFunctions[i] === binaryCrossentropy) {
                if (["accuracy", "acc"].indexOf(metric) !== -1) {
                  accFn = binaryAccuracy;
                } else if (["crossentropy", "ce"].indexOf(metric) !== -1) {
                  accFn = binaryCrossentropy2;
                }
              } else if (this.lossFunctions[i] === sparseCategoricalCrossentropy) {
                if (["accuracy", "acc"].indexOf(metric) !== -1) {
                  accFn = sparseCategoricalAccuracy;
                } else if (["crossentropy", "ce"].indexOf(metric) !== -1) {
                  accFn = sparseCategoricalCrossentropy2;
                }
              } else {
                if (["accuracy", "acc"].indexOf(metric) !== -1) {
                  accFn = categoricalAccuracy;
                } else if (["crossentropy", "ce"].indexOf(metric) !== -1) {
                  accFn = categoricalCrossentropy2;
                }
              }
              let suffix;
              if (["accuracy", "acc"].indexOf(metric) !== -1) {
                suffix = "acc";
              } else if (["crossentropy", "ce"].indexOf(metric) !== -1) {
                suffix = "ce";
              }
              weightedMetricFn = accFn;
              metricName = metricNamePrefix + suffix;
            } else {
              const metricFn = get2(metric);
              weightedMetricFn = metricFn;
              metricName = metricNamePrefix + getLossOrMetricName(metric);
            }
            let metricResult;
            nameScope(metricName, () => {
              metricResult = weightedMetricFn;
            });
            appendMetric(i, metricName, metricResult);
          }
        };
        handleMetrics(outputMetrics);
      }
    });
    this.collectedTrainableWeights = this.trainableWeights;
  }
  /**
   * Check trainable weights count consistency.
   *
   * This will raise a warning if `this.trainableWeights` and
   * `this.collectedTrainableWeights` are inconsistent (i.e., have different
   * numbers of parameters).
   * Inconsistency will typically arise when one modifies `model.trainable`
   * without calling `model.compile()` again.
   */
  checkTrainableWeightsConsistency() {
    if (this.collectedTrainableWeights == null) {
      return;
    }
    if (this.trainableWeights.length !== this.collectedTrainableWeights.length) {
      console.warn("Discrepancy between trainableweights and collected trainable weights. Did you set `model.trainable` without calling `model.compile()` afterwards?");
    }
  }
  /**
   * Returns the loss value & metrics values for the model in test mode.
   *
   * Loss and metrics are specified during `compile()`, which needs to happen
   * before calls to `evaluate()`.
   *
   * Computation is done in batches.
   *
   * ```js
   * const model = tf.sequential({
   *   layers: [tf.layers.dense({units: 1, inputShape: [10]})]
   * });
   * model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
   * const result = model.evaluate(
   *     tf.ones([8, 10]), tf.ones([8, 1]), {batchSize: 4});
   * result.print();
   * ```
   *
   * @param x `tf.Tensor` of test data, or an `Array` of `tf.Tensor`s if the
   * model has multiple inputs.
   * @param y `tf.Tensor` of target data, or an `Array` of `tf.Tensor`s if the
   * model has multiple outputs.
   * @param args A `ModelEvaluateArgs`, containing optional fields.
   *
   * @return `Scalar` test loss (if the model has a single output and no
   *   metrics) or `Array` of `Scalar`s (if the model has multiple outputs
   *   and/or metrics). The attribute `model.metricsNames`
   *   will give you the display labels for the scalar outputs.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  evaluate(x, y, args = {}) {
    const batchSize = args.batchSize == null ? 32 : args.batchSize;
    checkBatchSize(batchSize);
    const checkBatchAxis = true;
    const standardizedOuts = this.standardizeUserDataXY(x, y, checkBatchAxis, batchSize);
    try {
      const ins = standardizedOuts[0].concat(standardizedOuts[1]);
      this.makeTestFunction();
      const f = this.testFunction;
      const testOuts = this.testLoop(f, ins, batchSize, args.verbose, args.steps);
      return singletonOrArray(testOuts);
    } finally {
      disposeNewTensors(standardizedOuts[0], x);
      disposeNewTensors(standardizedOuts[1], y);
    }
  }
  // TODO(cais): Add code snippet below once real dataset objects are
  //   available.
  /**
   * Evaluate model using a dataset object.
   *
   * Note: Unlike `evaluate()`, this method is asynchronous (`async`).
   *
   * @param dataset A dataset object. Its `iterator()` method is expected
   *   to generate a dataset iterator object, the `next()` method of which
   *   is expected to produce data batches for evaluation. The return value
   *   of the `next()` call ought to contain a boolean `done` field and a
   *   `value` field. The `value` field is expected to be an array of two
   *   `tf.Tensor`s or an array of two nested `tf.Tensor` structures. The former
   *   case is for models with exactly one input and one output (e.g.
   *   a sequential model). The latter case is for models with multiple
   *   inputs and/or multiple outputs. Of the two items in the array, the
   *   first is the input feature(s) and the second is the output target(s).
   * @param args A configuration object for the dataset-based evaluation.
   * @returns Loss and metric values as an Array of `Scalar` objects.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  async evaluateDataset(dataset, args) {
    this.makeTestFunction();
    return evaluateDataset(this, dataset, args);
  }
  /**
   * Get number of samples provided for training, evaluation or prediction.
   *
   * @param ins Input `tf.Tensor`.
   * @param batchSize Integer batch size, optional.
   * @param steps Total number of steps (batches of samples) before
   * declaring loop finished. Optional.
   * @param stepsName The public API's parameter name for `steps`.
   * @returns Number of samples provided.
   */
  checkNumSamples(ins, batchSize, steps, stepsName = "steps") {
    let numSamples;
    if (steps != null) {
      numSamples = null;
      if (batchSize != null) {
        throw new ValueError(`If ${stepsName} is set, batchSize must be null or undefined.Got batchSize = ${batchSize}`);
      }
    } else if (ins != null) {
      if (Array.isArray(ins)) {
        numSamples = ins[0].shape[0];
      } else {
        numSamples = ins.shape[0];
      }
    } else {
      throw new ValueError(`Either the input data should have a defined shape, or ${stepsName} shoud be specified.`);
    }
    return numSamples;
  }
  /**
   * Execute internal tensors of the model with input data feed.
   * @param inputs Input data feed. Must match the inputs of the model.
   * @param outputs Names of the output tensors to be fetched. Must match
   *   names of the SymbolicTensors that belong to the graph.
   * @returns Fetched values for `outputs`.
   */
  execute(inputs, outputs) {
    if (Array.isArray(outputs) && outputs.length === 0) {
      throw new ValueError("`outputs` is an empty Array, which is not allowed.");
    }
    const outputsIsArray = Array.isArray(outputs);
    const outputNames = outputsIsArray ? outputs : [outputs];
    const outputSymbolicTensors = this.retrieveSymbolicTensors(outputNames);
    const feedDict = new FeedDict();
    if (inputs instanceof Tensor) {
      inputs = [inputs];
    }
    if (Array.isArray(inputs)) {
      if (inputs.length !== this.inputs.length) {
        throw new ValueError(`The number of inputs provided (${inputs.length}) does not match the number of inputs of this model (${this.inputs.length}).`);
      }
      for (let i = 0; i < this.inputs.length; ++i) {
        feedDict.add(this.inputs[i], inputs[i]);
      }
    } else {
      for (const input2 of this.inputs) {
        const tensorValue = inputs[input2.name];
        if (tensorValue == null) {
          throw new ValueError(`No value is provided for the model's input ${input2.name}`);
        }
        feedDict.add(input2, tensorValue);
      }
    }
    const executeOutputs = execute(outputSymbolicTensors, feedDict);
    return outputsIsArray ? executeOutputs : executeOutputs[0];
  }
  /**
   * Retrieve the model's internal symbolic tensors from symbolic-tensor names.
   */
  retrieveSymbolicTensors(symbolicTensorNames) {
    const outputSymbolicTensors = pyListRepeat(null, symbolicTensorNames.length);
    let outputsRemaining = symbolicTensorNames.length;
    for (const layer of this.layers) {
      const layerOutputs = Array.isArray(layer.output) ? layer.output : [layer.output];
      const layerOutputNames = layerOutputs.map((output) => output.name);
      for (let i = 0; i < symbolicTensorNames.length; ++i) {
        const index = layerOutputNames.indexOf(symbolicTensorNames[i]);
        if (index !== -1) {
          outputSymbolicTensors[i] = layerOutputs[index];
          outputsRemaining--;
        }
        if (outputsRemaining === 0) {
          break;
        }
      }
      if (outputsRemaining === 0) {
        break;
      }
    }
    if (outputsRemaining > 0) {
      const remainingNames = [];
      outputSymbolicTensors.forEach((tensor2, i) => {
        if (tensor2 == null) {
          remainingNames.push(symbolicTensorNames[i]);
        }
      });
      throw new ValueError(`Cannot find SymbolicTensors for output name(s): ${JSON.stringify(remainingNames)}`);
    }
    return outputSymbolicTensors;
  }
  /**
   * Helper method to loop over some data in batches.
   *
   * Porting Note: Not using the functional approach in the Python equivalent
   *   due to the imperative backend.
   * Porting Note: Does not support step mode currently.
   *
   * @param ins: input data
   * @param batchSize: integer batch size.
   * @param verbose: verbosity model
   * @returns: Predictions as `tf.Tensor` (if a single output) or an `Array` of
   *   `tf.Tensor` (if multipe outputs).
   */
  predictLoop(ins, batchSize = 32, verbose = false) {
    return tidy(() => {
      const numSamples = this.checkNumSamples(ins);
      if (verbose) {
        throw new NotImplementedError("Verbose predictLoop() is not implemented yet.");
      }
      const batches = makeBatches(numSamples, batchSize);
      const outsBatches = this.outputs.map((output) => []);
      for (let batchIndex = 0; batchIndex < batches.length; ++batchIndex) {
        const batchOuts = tidy(() => {
          const batchStart = batches[batchIndex][0];
          const batchEnd = batches[batchIndex][1];
          const insBatch = sliceArrays(ins, batchStart, batchEnd);
          const feeds = [];
          if (Array.isArray(insBatch)) {
            for (let i = 0; i < insBatch.length; ++i) {
              feeds.push({ key: this.inputs[i], value: insBatch[i] });
            }
          } else {
            feeds.push({ key: this.inputs[0], value: insBatch });
          }
          const feedDict = new FeedDict(feeds);
          return execute(this.outputs, feedDict);
        });
        batchOuts.forEach((batchOut, i) => outsBatches[i].push(batchOut));
      }
      return singletonOrArray(outsBatches.map((batches2) => concat(batches2, 0)));
    });
  }
  /**
   * Generates output predictions for the input samples.
   *
   * Computation is done in batches.
   *
   * Note: the "step" mode of predict() is currently not supported.
   *   This is because the TensorFlow.js core backend is imperative only.
   *
   * ```js
   * const model = tf.sequential({
   *   layers: [tf.layers.dense({units: 1, inputShape: [10]})]
   * });
   * model.predict(tf.ones([8, 10]), {batchSize: 4}).print();
   * ```
   *
   * @param x The input data, as a Tensor, or an `Array` of `tf.Tensor`s if
   *   the model has multiple inputs.
   * @param args A `ModelPredictArgs` object containing optional fields.
   *
   * @return Prediction results as a `tf.Tensor`(s).
   *
   * @exception ValueError In case of mismatch between the provided input data
   *   and the model's expectations, or in case a stateful model receives a
   *   number of samples that is not a multiple of the batch size.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  predict(x, args = {}) {
    const xsRank2OrHigher = ensureTensorsRank2OrHigher(x);
    checkInputData(xsRank2OrHigher, this.inputNames, this.feedInputShapes, false);
    try {
      const batchSize = args.batchSize == null ? 32 : args.batchSize;
      checkBatchSize(batchSize);
      return this.predictLoop(xsRank2OrHigher, batchSize);
    } finally {
      disposeNewTensors(xsRank2OrHigher, x);
    }
  }
  /**
   * Returns predictions for a single batch of samples.
   *
   * ```js
   * const model = tf.sequential({
   *   layers: [tf.layers.dense({units: 1, inputShape: [10]})]
   * });
   * model.predictOnBatch(tf.ones([8, 10])).print();
   * ```
   * @param x: Input samples, as a Tensor (for models with exactly one
   *   input) or an array of Tensors (for models with more than one input).
   * @return Tensor(s) of predictions
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  predictOnBatch(x) {
    checkInputData(x, this.inputNames, this.feedInputShapes, true);
    const batchSize = (Array.isArray(x) ? x[0] : x).shape[0];
    return this.predictLoop(x, batchSize);
  }
  standardizeUserDataXY(x, y, checkBatchAxis = true, batchSize) {
    if (this.optimizer_ == null) {
      throw new RuntimeError("You must compile a model before training/testing. Use LayersModel.compile(modelCompileArgs).");
    }
    const outputShapes = [];
    for (let i = 0; i < this.feedOutputShapes.length; ++i) {
      const outputShape = this.feedOutputShapes[i];
      const lossFn = this.feedLossFns[i];
      if (lossFn === sparseCategoricalCrossentropy) {
        outputShapes.push(outputShape.slice(0, outputShape.length - 1).concat([1]));
      } else {
        outputShapes.push(outputShape);
      }
    }
    x = standardizeInputData(x, this.feedInputNames, this.feedInputShapes, false, "input");
    y = standardizeInputData(y, this.feedOutputNames, outputShapes, false, "target");
    checkArrayLengths(x, y, null);
    checkLossAndTargetCompatibility(y, this.feedLossFns, this.feedOutputShapes);
    if (this.stateful && batchSize != null && batchSize > 0) {
      if (x[0].shape[0] % batchSize !== 0) {
        throw new ValueError(`In a stateful network, you should only pass inputs with a number of samples that is divisible by the batch size ${batchSize}. Found: ${x[0].shape[0]} sample(s).`);
      }
    }
    return [x, y];
  }
  async standardizeUserData(x, y, sampleWeight, classWeight, checkBatchAxis = true, batchSize) {
    const [standardXs, standardYs] = this.standardizeUserDataXY(x, y, checkBatchAxis, batchSize);
    if (sampleWeight != null) {
      throw new Error("sample weight is not supported yet.");
    }
    let standardSampleWeights = null;
    if (classWeight != null) {
      const classWeights = standardizeClassWeights(classWeight, this.outputNames);
      standardSampleWeights = [];
      for (let i = 0; i < classWeights.length; ++i) {
        standardSampleWeights.push(await standardizeWeights(standardYs[i], null, classWeights[i]));
      }
    }
    return [standardXs, standardYs, standardSampleWeights];
  }
  /**
   * Loop over some test data in batches.
   * @param f A Function returning a list of tensors.
   * @param ins Array of tensors to be fed to `f`.
   * @param batchSize Integer batch size or `null` / `undefined`.
   * @param verbose verbosity mode.
   * @param steps Total number of steps (batches of samples) before
   * declaring test finished. Ignored with the default value of `null` /
   * `undefined`.
   * @returns Array of Scalars.
   */
  testLoop(f, ins, batchSize, verbose = 0, steps) {
    return tidy(() => {
      const numSamples = this.checkNumSamples(ins, batchSize, steps, "steps");
      const outs = [];
      if (verbose > 0) {
        throw new NotImplementedError("Verbose mode is not implemented yet.");
      }
      if (steps != null) {
        throw new NotImplementedError("steps mode in testLoop() is not implemented yet");
      } else {
        const batches = makeBatches(numSamples, batchSize);
        const indexArray = tensor1d(range2(0, numSamples));
        for (let batchIndex = 0; batchIndex < batches.length; ++batchIndex) {
          const batchStart = batches[batchIndex][0];
          const batchEnd = batches[batchIndex][1];
          const batchIds = sliceAlongFirstAxis(indexArray, batchStart, batchEnd - batchStart);
          const insBatch = sliceArraysByIndices(ins, batchIds);
          const batchOuts = f(insBatch);
          if (batchIndex === 0) {
            for (let i = 0; i < batchOuts.length; ++i) {
              outs.push(scalar(0));
            }
          }
          for (let i = 0; i < batchOuts.length; ++i) {
            const batchOut = batchOuts[i];
            outs[i] = add(outs[i], mul(batchEnd - batchStart, batchOut));
          }
        }
        for (let i = 0; i < outs.length; ++i) {
          outs[i] = div(outs[i], numSamples);
        }
      }
      return outs;
    });
  }
  getDedupedMetricsNames() {
    const outLabels = this.metricsNames;
    const dedupedOutLabels = [];
    for (let i = 0; i < outLabels.length; ++i) {
      const label = outLabels[i];
      let newLabel = label;
      if (count(outLabels, label) > 1) {
        const dupIndex = count(outLabels.slice(0, i), label);
        newLabel += `_${dupIndex}`;
      }
      dedupedOutLabels.push(newLabel);
    }
    return dedupedOutLabels;
  }
  /**
   * Creates a function that performs the following actions:
   *
   * 1. computes the losses
   * 2. sums them to get the total loss
   * 3. call the optimizer computes the gradients of the LayersModel's
   *    trainable weights w.r.t. the total loss and update the variables
   * 4. calculates the metrics
   * 5. returns the values of the losses and metrics.
   */
  makeTrainFunction() {
    return (data) => {
      const lossValues = [];
      const inputs = data.slice(0, this.inputs.length);
      const targets = data.slice(this.inputs.length, this.inputs.length + this.outputs.length);
      const sampleWeights = data.slice(this.inputs.length + this.outputs.length, this.inputs.length + this.outputs.length * 2);
      const metricsValues = [];
      const totalLossFunction = () => {
        const feeds = [];
        for (let i = 0; i < this.inputs.length; ++i) {
          feeds.push({ key: this.inputs[i], value: inputs[i] });
        }
        const feedDict = new FeedDict(feeds);
        const outputs = execute(this.outputs, feedDict, { "training": true });
        let totalLoss;
        for (let i = 0; i < this.lossFunctions.length; ++i) {
          const lossFunction = this.lossFunctions[i];
          let loss = lossFunction(targets[i], outputs[i]);
          if (sampleWeights[i] != null) {
            loss = computeWeightedLoss(loss, sampleWeights[i]);
          }
          const meanLoss = mean(loss);
          lossValues.push(meanLoss);
          if (i === 0) {
            totalLoss = loss;
          } else {
            totalLoss = add(totalLoss, loss);
          }
        }
        for (let i = 0; i < this.metricsTensors.length; ++i) {
          let weightedMetric;
          if (this.outputs.length > 1 && i < this.outputs.length) {
            weightedMetric = lossValues[i];
          } else {
            const metric = this.metricsTensors[i][0];
            const outputIndex = this.metricsTensors[i][1];
            weightedMetric = mean(metric(targets[outputIndex], outputs[outputIndex]));
          }
          keep(weightedMetric);
          metricsValues.push(weightedMetric);
        }
        totalLoss = mean(totalLoss);
        this.calculateLosses().forEach((regularizerLoss) => {
          totalLoss = add(totalLoss, regularizerLoss);
        });
        return totalLoss;
      };
      const variables = this.collectedTrainableWeights.map((param) => param.read());
      const returnCost = true;
      const totalLossValue = this.optimizer_.minimize(totalLossFunction, returnCost, variables);
      return [totalLossValue].concat(metricsValues);
    };
  }
  /**
   * Create a function which, when invoked with an array of `tf.Tensor`s as a
   * batch of inputs, returns the prespecified loss and metrics of the model
   * under the batch of input data.
   */
  makeTestFunction() {
    this.testFunction = (data) => {
      return tidy(() => {
        const valOutputs = [];
        let totalLoss;
        const inputs = data.slice(0, this.inputs.length);
        const targets = data.slice(this.inputs.length, this.inputs.length + this.outputs.length);
        const feeds = [];
        for (let i = 0; i < this.inputs.length; ++i) {
          feeds.push({ key: this.inputs[i], value: inputs[i] });
        }
        const feedDict = new FeedDict(feeds);
        const outputs = execute(this.outputs, feedDict);
        for (let i = 0; i < this.lossFunctions.length; ++i) {
          const lossFunction = this.lossFunctions[i];
          const loss = mean(lossFunction(targets[i], outputs[i]));
          if (i === 0) {
            totalLoss = loss;
          } else {
            totalLoss = add(totalLoss, loss);
          }
          valOutputs.push(totalLoss);
        }
        for (let i = 0; i < this.metricsTensors.length; ++i) {
          const metric = this.metricsTensors[i][0];
          const outputIndex = this.metricsTensors[i][1];
          const meanMetric = mean(metric(targets[outputIndex], outputs[outputIndex]));
          valOutputs.push(meanMetric);
        }
        return valOutputs;
      });
    };
  }
  /**
   * Trains the model for a fixed number of epochs (iterations on a
   * dataset).
   *
   * ```js
   * const model = tf.sequential({
   *     layers: [tf.layers.dense({units: 1, inputShape: [10]})]
   * });
   * model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
   * for (let i = 1; i < 5 ; ++i) {
   *   const h = await model.fit(tf.ones([8, 10]), tf.ones([8, 1]), {
   *       batchSize: 4,
   *       epochs: 3
   *   });
   *   console.log("Loss after Epoch " + i + " : " + h.history.loss[0]);
   * }
   * ```
   *
   * @param x `tf.Tensor` of training data, or an array of `tf.Tensor`s if the
   * model has multiple inputs. If all inputs in the model are named, you
   * can also pass a dictionary mapping input names to `tf.Tensor`s.
   * @param y `tf.Tensor` of target (label) data, or an array of `tf.Tensor`s if
   * the model has multiple outputs. If all outputs in the model are named,
   * you can also pass a dictionary mapping output names to `tf.Tensor`s.
   * @param args A `ModelFitArgs`, containing optional fields.
   *
   * @return A `History` instance. Its `history` attribute contains all
   *   information collected during training.
   *
   * @exception ValueError In case of mismatch between the provided input
   * data and what the model expects.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  async fit(x, y, args = {}) {
    if (this.isTraining) {
      throw new Error("Cannot start training because another fit() call is ongoing.");
    }
    this.isTraining = true;
    let inputs;
    let targets;
    let originalInputs;
    let originalTargets;
    let inputValX;
    let inputValY;
    let valX;
    let valY;
    let sampleWeights;
    try {
      const batchSize = args.batchSize == null ? 32 : args.batchSize;
      checkBatchSize(batchSize);
      const checkBatchAxis = false;
      const standardizedOuts = await this.standardizeUserData(x, y, args.sampleWeight, args.classWeight, checkBatchAxis, batchSize);
      inputs = standardizedOuts[0];
      targets = standardizedOuts[1];
      sampleWeights = standardizedOuts[2];
      let doValidation = false;
      let valIns;
      if (args.validationData != null && args.validationData.length > 0) {
        doValidation = true;
        if (args.validationData.length === 2) {
          inputValX = args.validationData[0];
          inputValY = args.validationData[1];
        } else if (args.validationData.length === 3) {
          throw new NotImplementedError("validationData including sample weights is not supported yet.");
        } else {
          throw new ValueError(`When passing validation data, it must contain 2 (valX, valY) or 3 (valX, valY, valSampleWeight) items; ${args.validationData} is invalid.`);
        }
        const checkBatchAxis2 = true;
        const valStandardized = await this.standardizeUserData(
          inputValX,
          inputValY,
          null,
          /** Unused sample weights. */
          null,
          /** Unused class weights. */
          checkBatchAxis2,
          batchSize
        );
        valX = valStandardized[0];
        valY = valStandardized[1];
        valIns = valX.concat(valY);
      } else if (args.validationSplit != null && args.validationSplit > 0 && args.validationSplit < 1) {
        doValidation = true;
        const splitAt = Math.floor(inputs[0].shape[0] * (1 - args.validationSplit));
        const originalBatchSize = inputs[0].shape[0];
        valX = sliceArrays(inputs, splitAt, originalBatchSize);
        originalInputs = inputs;
        inputs = sliceArrays(inputs, 0, splitAt);
        valY = sliceArrays(targets, splitAt, originalBatchSize);
        originalTargets = targets;
        targets = sliceArrays(targets, 0, splitAt);
        valIns = valX.concat(valY);
      } else if (args.validationSteps != null) {
        doValidation = true;
      }
      const ins = inputs.concat(targets).concat(sampleWeights);
      this.checkTrainableWeightsConsistency();
      const trainFunction = this.makeTrainFunction();
      const outLabels = this.getDedupedMetricsNames();
      let valFunction;
      let callbackMetrics;
      if (doValidation) {
        this.makeTestFunction();
        valFunction = this.testFunction;
        callbackMetrics = outLabels.slice().concat(outLabels.map((n) => "val_" + n));
      } else {
        valFunction = null;
        valIns = [];
        callbackMetrics = outLabels.slice();
      }
      const callbacks2 = standardizeCallbacks(args.callbacks, args.yieldEvery);
      const out = await this.fitLoop(trainFunction, ins, outLabels, batchSize, args.epochs, args.verbose, callbacks2, valFunction, valIns, args.shuffle, callbackMetrics, args.initialEpoch, null, null);
      return out;
    } finally {
      this.isTraining = false;
      disposeNewTensors(inputs, x);
      disposeNewTensors(targets, y);
      disposeNewTensors(originalInputs, x);
      disposeNewTensors(originalTargets, y);
      disposeNewTensors(valX, inputValX);
      disposeNewTensors(valY, inputValY);
      if (sampleWeights != null) {
        dispose(sampleWeights);
      }
    }
  }
  /**
   * Abstract fit function for `f(ins)`.
   * @param f A Function returning a list of tensors. For training, this
   *   function is expected to perform the updates to the variables.
   * @param ins List of tensors to be fed to `f`.
   * @param outLabels List of strings, display names of the outputs of `f`.
   * @param batchSize Integer batch size or `== null` if unknown. Default : 32.
   * @param epochs Number of times to iterate over the data. Default : 1.
   * @param verbose Verbosity mode: 0, 1, or 2. Default: 1.
   * @param callbacks List of callbacks to be called during training.
   * @param valF Function to call for validation.
   * @param valIns List of tensors to be fed to `valF`.
   * @param shuffle Whether to shuffle the data at the beginning of every
   * epoch. Default : true.
   * @param callbackMetrics List of strings, the display names of the metrics
   *   passed to the callbacks. They should be the concatenation of the
   *   display names of the outputs of `f` and the list of display names
   *   of the outputs of `valF`.
   * @param initialEpoch Epoch at which to start training (useful for
   *   resuming a previous training run). Default : 0.
   * @param stepsPerEpoch Total number of steps (batches on samples) before
   *   declaring one epoch finished and starting the next epoch. Ignored with
   *   the default value of `undefined` or `null`.
   * @param validationSteps Number of steps to run validation for (only if
   *   doing validation from data tensors). Not applicable for tfjs-layers.
   * @returns A `History` object.
   */
  async fitLoop(f, ins, outLabels, batchSize, epochs, verbose, callbacks2, valF, valIns, shuffle, callbackMetrics, initialEpoch, stepsPerEpoch, validationSteps) {
    if (batchSize == null) {
      batchSize = 32;
    }
    if (epochs == null) {
      epochs = 1;
    }
    if (shuffle == null) {
      shuffle = true;
    }
    if (initialEpoch == null) {
      initialEpoch = 0;
    }
    let doValidation = false;
    if (valF != null && valIns != null) {
      doValidation = true;
    }
    if (validationSteps != null) {
      doValidation = true;
      if (stepsPerEpoch == null) {
        throw new ValueError("Can only use `validationSteps` when doing step-wise training, i.e., `stepsPerEpoch` must be set.");
      }
    }
    const numTrainSamples = this.checkNumSamples(ins, batchSize, stepsPerEpoch, "steps_per_epoch");
    let indexArray;
    if (numTrainSamples != null) {
      indexArray = range2(0, numTrainSamples);
    }
    if (verbose == null) {
      verbose = 1;
    }
    const { callbackList, history } = configureCallbacks(callbacks2, verbose, epochs, initialEpoch, numTrainSamples, stepsPerEpoch, batchSize, doValidation, callbackMetrics);
    callbackList.setModel(this);
    this.history = history;
    await callbackList.onTrainBegin();
    this.stopTraining_ = false;
    for (let epoch = initialEpoch; epoch < epochs; ++epoch) {
      await callbackList.onEpochBegin(epoch);
      const epochLogs = {};
      if (stepsPerEpoch != null) {
        throw new NotImplementedError("stepsPerEpoch mode is not implemented yet.");
      } else {
        if (shuffle === "batch") {
          throw new NotImplementedError("batch shuffling is not implemneted yet");
        } else if (shuffle) {
          util_exports.shuffle(indexArray);
        }
        const epochIndexArray1D = tensor1d(indexArray);
        const batches = makeBatches(numTrainSamples, batchSize);
        for (let batchIndex = 0; batchIndex < batches.length; ++batchIndex) {
          const batchLogs = {};
          await callbackList.onBatchBegin(batchIndex, batchLogs);
          tidy(() => {
            const batchStart = batches[batchIndex][0];
            const batchEnd = batches[batchIndex][1];
            const batchIds = sliceAlongFirstAxis(epochIndexArray1D, batchStart, batchEnd - batchStart);
            batchLogs["batch"] = batchIndex;
            batchLogs["size"] = batchEnd - batchStart;
            const insBatch = sliceArraysByIndices(ins, batchIds);
            const outs = f(insBatch);
            for (let i = 0; i < outLabels.length; ++i) {
              const label = outLabels[i];
              const out = outs[i];
              batchLogs[label] = out;
              keep(out);
            }
            if (batchIndex === batches.length - 1) {
              if (doValidation) {
                const valOuts = this.testLoop(valF, valIns, batchSize);
                for (let i = 0; i < outLabels.length; ++i) {
                  const label = outLabels[i];
                  const out = valOuts[i];
                  keep(out);
                  epochLogs["val_" + label] = out;
                }
              }
            }
          });
          await callbackList.onBatchEnd(batchIndex, batchLogs);
          disposeTensorsInLogs(batchLogs);
          if (this.stopTraining_) {
            break;
          }
        }
        epochIndexArray1D.dispose();
      }
      await callbackList.onEpochEnd(epoch, epochLogs);
      if (this.stopTraining_) {
        break;
      }
    }
    await callbackList.onTrainEnd();
    await this.history.syncData();
    return this.history;
  }
  // TODO(cais): Add code snippet below when it's possible to instantiate
  //   actual dataset objects.
  /**
   * Trains the model using a dataset object.
   *
   * @param dataset A dataset object. Its `iterator()` method is expected
   *   to generate a dataset iterator object, the `next()` method of which
   *   is expected to produce data batches for training. The return value
   *   of the `next()` call ought to contain a boolean `done` field and a
   *   `value` field. The `value` field is expected to be an array of two
   *   `tf.Tensor`s or an array of two nested `tf.Tensor` structures. The former
   *   case is for models with exactly one input and one output (e.g.
   *   a sequential model). The latter case is for models with multiple
   *   inputs and/or multiple outputs.
   *   Of the two items in the array, the first is the input feature(s) and
   *   the second is the output target(s).
   * @param args A `ModelFitDatasetArgs`, containing optional fields.
   *
   * @return A `History` instance. Its `history` attribute contains all
   *   information collected during training.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  async fitDataset(dataset, args) {
    return fitDataset(this, dataset, args);
  }
  /**
   * Runs a single gradient update on a single batch of data.
   *
   * This method differs from `fit()` and `fitDataset()` in the following
   * regards:
   *   - It operates on exactly one batch of data.
   *   - It returns only the loss and metric values, instead of
   *     returning the batch-by-batch loss and metric values.
   *   - It doesn't support fine-grained options such as verbosity and
   *     callbacks.
   *
   * @param x Input data. It could be one of the following:
   *   - A `tf.Tensor`, or an Array of `tf.Tensor`s (in case the model has
   *     multiple inputs).
   *   - An Object mapping input names to corresponding `tf.Tensor` (if the
   *     model has named inputs).
   * @param y Target data. It could be either a `tf.Tensor` or multiple
   *   `tf.Tensor`s. It should be consistent with `x`.
   * @returns Training loss or losses (in case the model has
   *   multiple outputs), along with metrics (if any), as numbers.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  async trainOnBatch(x, y) {
    const standardizeOut = await this.standardizeUserData(x, y);
    const inputs = standardizeOut[0];
    const targets = standardizeOut[1];
    const trainFunction = this.makeTrainFunction();
    const losses = trainFunction(inputs.concat(targets));
    const lossValues = [];
    for (const loss of losses) {
      const v = await loss.data();
      lossValues.push(v[0]);
    }
    dispose(losses);
    disposeNewTensors(standardizeOut[0], x);
    disposeNewTensors(standardizeOut[1], y);
    return singletonOrArray(lossValues);
  }
  /**
   * Extract weight values of the model.
   *
   * @param config: An instance of `io.SaveConfig`, which specifies
   * model-saving options such as whether only trainable weights are to be
   * saved.
   * @returns A `NamedTensorMap` mapping original weight names (i.e.,
   *   non-uniqueified weight names) to their values.
   */
  getNamedWeights(config) {
    const namedWeights = [];
    const trainableOnly = config != null && config.trainableOnly;
    const weights = trainableOnly ? this.trainableWeights : this.weights;
    const weightValues = this.getWeights(trainableOnly);
    for (let i = 0; i < weights.length; ++i) {
      if (trainableOnly && !weights[i].trainable) {
        continue;
      }
      namedWeights.push({ name: weights[i].originalName, tensor: weightValues[i] });
    }
    return namedWeights;
  }
  /**
   * Setter used for force stopping of LayersModel.fit() (i.e., training).
   *
   * Example:
   *
   * ```js
   * const input = tf.input({shape: [10]});
   * const output = tf.layers.dense({units: 1}).apply(input);
   * const model = tf.model({inputs: [input], outputs: [output]});
   * model.compile({loss: 'meanSquaredError', optimizer: 'sgd'});
   * const xs = tf.ones([8, 10]);
   * const ys = tf.zeros([8, 1]);
   *
   * const history = await model.fit(xs, ys, {
   *   epochs: 10,
   *   callbacks: {
   *     onEpochEnd: async (epoch, logs) => {
   *       if (epoch === 2) {
   *         model.stopTraining = true;
   *       }
   *     }
   *   }
   * });
   *
   * // There should be only 3 values in the loss array, instead of 10
   * values,
   * // due to the stopping after 3 epochs.
   * console.log(history.history.loss);
   * ```
   */
  set stopTraining(stop) {
    this.stopTraining_ = stop;
  }
  get stopTraining() {
    return this.stopTraining_;
  }
  get optimizer() {
    return this.optimizer_;
  }
  set optimizer(optimizer) {
    if (this.optimizer_ !== optimizer) {
      this.optimizer_ = optimizer;
      this.isOptimizerOwned = false;
    }
  }
  dispose() {
    const result = super.dispose();
    if (result.refCountAfterDispose === 0 && this.optimizer != null && this.isOptimizerOwned) {
      const numTensorsBeforeOptmizerDisposal = memory().numTensors;
      this.optimizer_.dispose();
      result.numDisposedVariables += numTensorsBeforeOptmizerDisposal - memory().numTensors;
    }
    return result;
  }
  getLossIdentifiers() {
    let lossNames;
    if (typeof this.loss === "string") {
      lossNames = toSnakeCase(this.loss);
    } else if (Array.isArray(this.loss)) {
      for (const loss of this.loss) {
        if (typeof loss !== "string") {
          throw new Error("Serialization of non-string loss is not supported.");
        }
      }
      lossNames = this.loss.map((name) => toSnakeCase(name));
    } else {
      const outputNames = Object.keys(this.loss);
      lossNames = {};
      const losses = this.loss;
      for (const outputName of outputNames) {
        if (typeof losses[outputName] === "string") {
          lossNames[outputName] = toSnakeCase(losses[outputName]);
        } else {
          throw new Error("Serialization of non-string loss is not supported.");
        }
      }
    }
    return lossNames;
  }
  getMetricIdentifiers() {
    if (typeof this.metrics === "string" || typeof this.metrics === "function") {
      return [toSnakeCase(getLossOrMetricName(this.metrics))];
    } else if (Array.isArray(this.metrics)) {
      return this.metrics.map((metric) => toSnakeCase(getLossOrMetricName(metric)));
    } else {
      const metricsIdentifiers = {};
      for (const key in this.metrics) {
        metricsIdentifiers[key] = toSnakeCase(getLossOrMetricName(this.metrics[key]));
      }
      return metricsIdentifiers;
    }
  }
  getTrainingConfig() {
    return {
      loss: this.getLossIdentifiers(),
      metrics: this.getMetricIdentifiers(),
      optimizer_config: {
        class_name: this.optimizer.getClassName(),
        config: this.optimizer.getConfig()
      }
    };
  }
  loadTrainingConfig(trainingConfig) {
    if (trainingConfig.weighted_metrics != null) {
      throw new Error("Loading weight_metrics is not supported yet.");
    }
    if (trainingConfig.loss_weights != null) {
      throw new Error("Loading loss_weights is not supported yet.");
    }
    if (trainingConfig.sample_weight_mode != null) {
      throw new Error("Loading sample_weight_mode is not supported yet.");
    }
    const tsConfig = convertPythonicToTs(trainingConfig.optimizer_config);
    const optimizer = deserialize(tsConfig);
    let loss;
    if (typeof trainingConfig.loss === "string") {
      loss = toCamelCase(trainingConfig.loss);
    } else if (Array.isArray(trainingConfig.loss)) {
      loss = trainingConfig.loss.map((lossEntry) => toCamelCase(lossEntry));
    } else if (trainingConfig.loss != null) {
      loss = {};
      for (const key in trainingConfig.loss) {
        loss[key] = toCamelCase(trainingConfig.loss[key]);
      }
    }
    let metrics;
    if (Array.isArray(trainingConfig.metrics)) {
      metrics = trainingConfig.metrics.map((metric) => toCamelCase(metric));
    } else if (trainingConfig.metrics != null) {
      metrics = {};
      for (const key in trainingConfig.metrics) {
        metrics[key] = toCamelCase(trainingConfig.metrics[key]);
      }
    }
    this.compile({ loss, metrics, optimizer });
  }
  /**
   * Save the configuration and/or weights of the LayersModel.
   *
   * An `IOHandler` is an object that has a `save` method of the proper
   * signature defined. The `save` method manages the storing or
   * transmission of serialized data ("artifacts") that represent the
   * model's topology and weights onto or via a specific medium, such as
   * file downloads, local storage, IndexedDB in the web browser and HTTP
   * requests to a server. TensorFlow.js provides `IOHandler`
   * implementations for a number of frequently used saving mediums, such as
   * `tf.io.browserDownloads` and `tf.io.browserLocalStorage`. See `tf.io`
   * for more details.
   *
   * This method also allows you to refer to certain types of `IOHandler`s
   * as URL-like string shortcuts, such as 'localstorage://' and
   * 'indexeddb://'.
   *
   * Example 1: Save `model`'s topology and weights to browser [local
   * storage](https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage);
   * then load it back.
   *
   * ```js
   * const model = tf.sequential(
   *     {layers: [tf.layers.dense({units: 1, inputShape: [3]})]});
   * console.log('Prediction from original model:');
   * model.predict(tf.ones([1, 3])).print();
   *
   * const saveResults = await model.save('localstorage://my-model-1');
   *
   * const loadedModel = await tf.loadLayersModel('localstorage://my-model-1');
   * console.log('Prediction from loaded model:');
   * loadedModel.predict(tf.ones([1, 3])).print();
   * ```
   *
   * Example 2. Saving `model`'s topology and weights to browser
   * [IndexedDB](https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API);
   * then load it back.
   *
   * ```js
   * const model = tf.sequential(
   *     {layers: [tf.layers.dense({units: 1, inputShape: [3]})]});
   * console.log('Prediction from original model:');
   * model.predict(tf.ones([1, 3])).print();
   *
   * const saveResults = await model.save('indexeddb://my-model-1');
   *
   * const loadedModel = await tf.loadLayersModel('indexeddb://my-model-1');
   * console.log('Prediction from loaded model:');
   * loadedModel.predict(tf.ones([1, 3])).print();
   * ```
   *
   * Example 3. Saving `model`'s topology and weights as two files
   * (`my-model-1.json` and `my-model-1.weights.bin`) downloaded from
   * browser.
   *
   * ```js
   * const model = tf.sequential(
   *     {layers: [tf.layers.dense({units: 1, inputShape: [3]})]});
   * const saveResults = await model.save('downloads://my-model-1');
   * ```
   *
   * Example 4. Send  `model`'s topology and weights to an HTTP server.
   * See the documentation of `tf.io.http` for more details
   * including specifying request parameters and implementation of the
   * server.
   *
   * ```js
   * const model = tf.sequential(
   *     {layers: [tf.layers.dense({units: 1, inputShape: [3]})]});
   * const saveResults = await model.save('http://my-server/model/upload');
   * ```
   *
   * @param handlerOrURL An instance of `IOHandler` or a URL-like,
   * scheme-based string shortcut for `IOHandler`.
   * @param config Options for saving the model.
   * @returns A `Promise` of `SaveResult`, which summarizes the result of
   * the saving, such as byte sizes of the saved artifacts for the model's
   *   topology and weight values.
   *
   * @doc {heading: 'Models', subheading: 'Classes', ignoreCI: true}
   */
  async save(handlerOrURL, config) {
    if (typeof handlerOrURL === "string") {
      const handlers = io_exports.getSaveHandlers(handlerOrURL);
      if (handlers.length === 0) {
        throw new ValueError(`Cannot find any save handlers for URL '${handlerOrURL}'`);
      } else if (handlers.length > 1) {
        throw new ValueError(`Found more than one (${handlers.length}) save handlers for URL '${handlerOrURL}'`);
      }
      handlerOrURL = handlers[0];
    }
    if (handlerOrURL.save == null) {
      throw new ValueError("LayersModel.save() cannot proceed because the IOHandler provided does not have the `save` attribute defined.");
    }
    const weightDataAndSpecs = await io_exports.encodeWeights(this.getNamedWeights(config));
    const returnString = false;
    const unusedArg = null;
    const modelConfig = this.toJSON(unusedArg, returnString);
    const modelArtifacts = {
      modelTopology: modelConfig,
      format: LAYERS_MODEL_FORMAT_NAME,
      generatedBy: `TensorFlow.js tfjs-layers v${version2}`,
      convertedBy: null
    };
    const includeOptimizer = config == null ? false : config.includeOptimizer;
    if (includeOptimizer && this.optimizer != null) {
      modelArtifacts.trainingConfig = this.getTrainingConfig();
      const weightType = "optimizer";
      const { data: optimizerWeightData, specs: optimizerWeightSpecs } = await io_exports.encodeWeights(await this.optimizer.getWeights(), weightType);
      weightDataAndSpecs.specs.push(...optimizerWeightSpecs);
      weightDataAndSpecs.data = io_exports.concatenateArrayBuffers([weightDataAndSpecs.data, optimizerWeightData]);
    }
    if (this.userDefinedMetadata != null) {
      const checkSize = true;
      checkUserDefinedMetadata(this.userDefinedMetadata, this.name, checkSize);
      modelArtifacts.userDefinedMetadata = this.userDefinedMetadata;
    }
    modelArtifacts.weightData = weightDataAndSpecs.data;
    modelArtifacts.weightSpecs = weightDataAndSpecs.specs;
    return handlerOrURL.save(modelArtifacts);
  }
  /**
   * Set user-defined metadata.
   *
   * The set metadata will be serialized together with the topology
   * and weights of the model during `save()` calls.
   *
   * @param setUserDefinedMetadata
   */
  setUserDefinedMetadata(userDefinedMetadata) {
    checkUserDefinedMetadata(userDefinedMetadata, this.name);
    this.userDefinedMetadata = userDefinedMetadata;
  }
  /**
   * Get user-defined metadata.
   *
   * The metadata is supplied via one of the two routes:
   *   1. By calling `setUserDefinedMetadata()`.
   *   2. Loaded during model loading (if the model is constructed
   *      via `tf.loadLayersModel()`.)
   *
   * If no user-defined metadata is available from either of the
   * two routes, this function will return `undefined`.
   */
  getUserDefinedMetadata() {
    return this.userDefinedMetadata;
  }
};
LayersModel.className = "Model";
serialization_exports.registerClass(LayersModel);
var Functional = class extends LayersModel {
};
Functional.className = "Functional";
serialization_exports.registerClass(Functional);

// node_modules/@tensorflow/tfjs-layers/dist/models.js
async function modelFromJSON(modelAndWeightsConfig, customObjects) {
  if (!("modelTopology" in modelAndWeightsConfig)) {
    modelAndWeightsConfig = { modelTopology: modelAndWeightsConfig };
  }
  modelAndWeightsConfig = modelAndWeightsConfig;
  let modelTopology = modelAndWeightsConfig.modelTopology;
  if (modelTopology["model_config"] != null) {
    modelTopology = modelTopology["model_config"];
  }
  const tsConfig = convertPythonicToTs(modelTopology);
  const model2 = deserialize(tsConfig, customObjects);
  if (modelAndWeightsConfig.weightsManifest != null) {
    const weightValues = await io_exports.loadWeights(modelAndWeightsConfig.weightsManifest, modelAndWeightsConfig.pathPrefix, model2.weights.map((weight) => weight.originalName));
    const uniqueWeightValues = {};
    for (const weight of model2.weights) {
      uniqueWeightValues[weight.originalName] = weightValues[weight.originalName];
    }
    model2.loadWeights(uniqueWeightValues);
    dispose(weightValues);
  }
  return model2;
}
async function loadLayersModel(pathOrIOHandler, options) {
  if (options == null) {
    options = {};
  }
  if (typeof pathOrIOHandler === "string") {
    const handlers = io_exports.getLoadHandlers(pathOrIOHandler, options);
    if (handlers.length === 0) {
      handlers.push(io_exports.browserHTTPRequest(pathOrIOHandler, options));
    } else if (handlers.length > 1) {
      throw new ValueError(`Found more than one (${handlers.length}) load handlers for URL '${pathOrIOHandler}'`);
    }
    pathOrIOHandler = handlers[0];
  }
  return loadLayersModelFromIOHandler(pathOrIOHandler, void 0, options);
}
async function loadLayersModelFromIOHandler(handler, customObjects, options) {
  if (options == null) {
    options = {};
  }
  if (handler.load == null) {
    throw new ValueError("Cannot proceed with model loading because the IOHandler provided does not have the `load` method implemented.");
  }
  const artifacts = await handler.load();
  let modelTopology = artifacts.modelTopology;
  if (modelTopology["model_config"] != null) {
    modelTopology = modelTopology["model_config"];
  }
  const strict = options.strict == null ? true : options.strict;
  const fastWeightInit = artifacts.weightData != null && artifacts.weightSpecs != null && strict;
  const model2 = deserialize(convertPythonicToTs(modelTopology), customObjects, fastWeightInit);
  const trainingConfig = artifacts.trainingConfig;
  if (trainingConfig != null) {
    model2.loadTrainingConfig(trainingConfig);
  }
  if (artifacts.userDefinedMetadata != null) {
    model2.setUserDefinedMetadata(artifacts.userDefinedMetadata);
  }
  if (artifacts.weightData != null) {
    if (artifacts.weightSpecs == null) {
      throw new ValueError("LayersModel artifacts contains weight data, but not weight specs. Therefore loading of weights cannot proceed.");
    }
    const { modelWeights, optimizerWeights } = decodeModelAndOptimizerWeights(artifacts.weightData, artifacts.weightSpecs);
    model2.loadWeights(modelWeights, strict);
    if (model2.optimizer != null && optimizerWeights.length > 0) {
      await model2.optimizer.setWeights(optimizerWeights);
    }
    dispose(modelWeights);
    dispose(optimizerWeights.map((w) => w.tensor));
  }
  return model2;
}
function decodeModelAndOptimizerWeights(weightData, specs) {
  const name2Tensor = io_exports.decodeWeights(weightData, specs);
  const modelWeights = {};
  const optimizerWeights = [];
  specs.forEach((spec) => {
    if (spec.group === "optimizer") {
      optimizerWeights.push({ name: spec.name, tensor: name2Tensor[spec.name] });
    } else {
      modelWeights[spec.name] = name2Tensor[spec.name];
    }
  });
  return { modelWeights, optimizerWeights };
}
var Sequential = class _Sequential extends LayersModel {
  constructor(args) {
    super({ inputs: [], outputs: [] });
    args = args || {};
    this.trainable = true;
    this.built = false;
    this.name = args.name != null ? args.name : getUid("sequential_");
    if (args.layers != null) {
      for (const layer of args.layers) {
        this.add(layer);
      }
    }
  }
  // Helper function to Sequential.add  Throws if the new output shape will be
  // invalid.
  checkShape(layer) {
    const shape = layer.inboundNodes[0].outputTensors[0].shape;
    if (shape.some((x) => x < 0)) {
      throw new ValueError(`Negative dimension size caused by adding layer ${layer.name} with input shape [${layer.inboundNodes[0].inputTensors[0].shape}]`);
    }
  }
  /**
   * Adds a layer instance on top of the layer stack.
   *
   * ```js
   *  const model = tf.sequential();
   *  model.add(tf.layers.dense({units: 8, inputShape: [1]}));
   *  model.add(tf.layers.dense({units: 4, activation: 'relu6'}));
   *  model.add(tf.layers.dense({units: 1, activation: 'relu6'}));
   *  // Note that the untrained model is random at this point.
   *  model.predict(tf.randomNormal([10, 1])).print();
   * ```
   * @param layer Layer instance.
   *
   * @exception ValueError In case the `layer` argument does not know its
   * input shape.
   * @exception ValueError In case the `layer` argument has multiple output
   *   tensors, or is already connected somewhere else (forbidden in
   *   `Sequential` models).
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  add(layer) {
    const isLayerModelInstance = layer instanceof _Sequential || layer instanceof LayersModel;
    let modelLayer;
    if (isLayerModelInstance) {
      modelLayer = layer;
      if (modelLayer.outputs.length !== 1) {
        throw new ValueError("All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.");
      }
      if (modelLayer.inputs.length !== 1) {
        throw new ValueError("All layers in a Sequential model should have a single input tensor. For multi-input layers, use the functional API.");
      }
    }
    if (this.outputs.length === 0) {
      if (layer.inboundNodes.length === 0) {
        if (layer.batchInputShape == null) {
          throw new ValueError("The first layer in a Sequential model must get an `inputShape` or `batchInputShape` argument.");
        }
        const x = Input({
          batchShape: layer.batchInputShape,
          dtype: layer.dtype,
          name: layer.name + "_input"
        });
        layer.apply(x);
      }
      if (isLayerModelInstance) {
        this.outputs = modelLayer.outputs;
        this.inputs = modelLayer.inputs;
      } else {
        if (layer.inboundNodes.length !== 1) {
          throw new ValueError(`A layer added to a Sequential model must not already be connected somewhere else. LayersModel received layer ${layer.name} which has ${layer.inboundNodes.length} pre-existing inbound connections.`);
        }
        if (layer.inboundNodes[0].outputTensors.length !== 1) {
          throw new ValueError("All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.");
        }
        this.checkShape(layer);
        this.outputs = [layer.inboundNodes[0].outputTensors[0]];
        this.inputs = getSourceInputs(this.outputs[0]);
      }
      this.inboundNodes = [];
      new Node({
        outboundLayer: this,
        inboundLayers: [],
        nodeIndices: [],
        tensorIndices: [],
        inputTensors: this.inputs,
        outputTensors: this.outputs,
        // no model-level masking for now
        inputMasks: pyListRepeat(null, this.inputs.length),
        outputMasks: [null],
        inputShapes: this.inputs.map((x) => x.shape),
        outputShapes: this.outputs[0].shape
      });
    } else {
      const outputTensor = layer.apply(this.outputs[0]);
      if (Array.isArray(outputTensor)) {
        throw new TypeError("All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.");
      }
      this.checkShape(layer);
      this.outputs = [outputTensor];
      this.inboundNodes[0].outputTensors = this.outputs;
      this.inboundNodes[0].outputShapes = [this.outputs[0].shape];
    }
    this.layers.push(layer);
    this.built = false;
  }
  /**
   * Removes the last layer in the model.
   *
   * @exception TypeError if there are no layers in the model.
   */
  pop() {
    if (this.layers.length === 0) {
      throw new TypeError("There are no layers in the model.");
    }
    this.layers.pop();
    if (this.layers.length === 0) {
      this.outputs = [];
      this.inboundNodes = [];
      this.outboundNodes = [];
    } else {
      const lastLayerIndex = this.layers.length - 1;
      this.layers[lastLayerIndex].outboundNodes = [];
      this.outputs = [this.layers[lastLayerIndex].output];
      this.inboundNodes[0].outputTensors = this.outputs;
      this.inboundNodes[0].outputShapes = [this.outputs[0].shape];
    }
  }
  call(inputs, kwargs) {
    if (this.model == null) {
      this.build();
    }
    return this.model.call(inputs, kwargs);
  }
  build(inputShape) {
    getExactlyOneShape(inputShape);
    if (this.inputs.length === 0 || this.outputs.length === 0) {
      throw new TypeError("Sequential model cannot be built: model is empty. Add some layers first.");
    }
    this.model = new LayersModel({
      inputs: this.inputs,
      outputs: this.outputs[0],
      name: this.name + "_model"
    });
    this.model.trainable = this.trainable;
    this.supportsMasking = this.model.supportsMasking;
    this.inputLayers = this.model.inputLayers;
    this.inputLayersNodeIndices = this.model.inputLayersNodeIndices;
    this.inputLayersTensorIndices = this.model.inputLayersTensorIndices;
    this.outputLayers = this.model.outputLayers;
    this.outputLayersNodeIndices = this.model.outputLayersNodeIndices;
    this.outputLayersTensorIndices = this.model.outputLayersTensorIndices;
    this.nodesByDepth = this.model.nodesByDepth;
    this.containerNodes = this.model.containerNodes;
    this.outputNames = this.model.outputNames;
    this.inputNames = this.model.inputNames;
    this.built = true;
  }
  countParams() {
    if (!this.built) {
      this.build();
    }
    return super.countParams();
  }
  /**
   * Print a text summary of the Sequential model's layers.
   *
   * The summary includes
   * - Name and type of all layers that comprise the model.
   * - Output shape(s) of the layers
   * - Number of weight parameters of each layer
   * - The total number of trainable and non-trainable parameters of the
   * model.
   *
   * ```js
   * const model = tf.sequential();
   * model.add(
   *     tf.layers.dense({units: 100, inputShape: [10], activation: 'relu'}));
   * model.add(tf.layers.dense({units: 1, activation: 'sigmoid'}));
   *
   * model.summary();
   * ```
   *
   * @param lineLength Custom line length, in number of characters.
   * @param positions Custom widths of each of the columns, as either
   *   fractions of `lineLength` (e.g., `[0.5, 0.75, 1]`) or absolute number
   *   of characters (e.g., `[30, 50, 65]`). Each number corresponds to
   *   right-most (i.e., ending) position of a column.
   * @param printFn Custom print function. Can be used to replace the default
   *   `console.log`. For example, you can use `x => {}` to mute the printed
   *   messages in the console.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  summary(lineLength, positions, printFn = console.log) {
    if (!this.built) {
      this.build();
    }
    super.summary(lineLength, positions, printFn);
  }
  /**
   * Sets the weights of the model.
   *
   * @param weights Should be a list of Tensors with shapes and types matching
   *   the output of `model.getWeights()`.
   */
  setWeights(weights) {
    if (this.model == null) {
      this.build();
    }
    this.model.setWeights(weights);
  }
  /**
   * Returns the loss value & metrics values for the model in test mode.
   *
   * Loss and metrics are specified during `compile()`, which needs to happen
   * before calls to `evaluate()`.
   *
   * Computation is done in batches.
   *
   * ```js
   * const model = tf.sequential({
   *   layers: [tf.layers.dense({units: 1, inputShape: [10]})]
   * });
   * model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
   * const result = model.evaluate(tf.ones([8, 10]), tf.ones([8, 1]), {
   *   batchSize: 4,
   * });
   * result.print();
   * ```
   *
   * @param x `tf.Tensor` of test data, or an `Array` of `tf.Tensor`s if the
   * model has multiple inputs.
   * @param y `tf.Tensor` of target data, or an `Array` of `tf.Tensor`s if the
   * model has multiple outputs.
   * @param args A `ModelEvaluateConfig`, containing optional fields.
   *
   * @return `Scalar` test loss (if the model has a single output and no
   *   metrics) or `Array` of `Scalar`s (if the model has multiple outputs
   *   and/or metrics). The attribute `model.metricsNames`
   *   will give you the display labels for the scalar outputs.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  evaluate(x, y, args = {}) {
    if (!this.built) {
      throw new RuntimeError("The model needs to be compiled before being used.");
    }
    return this.model.evaluate(x, y, args);
  }
  // TODO(cais): Add code snippet below once real dataset objects are
  //   available.
  /**
   * Evaluate model using a dataset object.
   *
   * Note: Unlike `evaluate()`, this method is asynchronous (`async`).
   *
   * @param dataset A dataset object. Its `iterator()` method is expected
   *   to generate a dataset iterator object, the `next()` method of which
   *   is expected to produce data batches for evaluation. The return value
   *   of the `next()` call ought to contain a boolean `done` field and a
   *   `value` field. The `value` field is expected to be an array of two
   *   `tf.Tensor`s or an array of two nested `tf.Tensor` structures. The former
   *   case is for models with exactly one input and one output (e.g.
   *   a sequential model). The latter case is for models with multiple
   *   inputs and/or multiple outputs. Of the two items in the array, the
   *   first is the input feature(s) and the second is the output target(s).
   * @param args A configuration object for the dataset-based evaluation.
   * @returns Loss and metric values as an Array of `Scalar` objects.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  async evaluateDataset(dataset, args) {
    if (!this.built) {
      throw new RuntimeError("The model needs to be compiled before being used.");
    }
    return this.model.evaluateDataset(dataset, args);
  }
  /**
   * Generates output predictions for the input samples.
   *
   * Computation is done in batches.
   *
   * Note: the "step" mode of predict() is currently not supported.
   *   This is because the TensorFlow.js core backend is imperative only.
   *
   * ```js
   * const model = tf.sequential({
   *   layers: [tf.layers.dense({units: 1, inputShape: [10]})]
   * });
   * model.predict(tf.ones([2, 10])).print();
   * ```
   *
   * @param x The input data, as a Tensor, or an `Array` of `tf.Tensor`s if
   *   the model has multiple inputs.
   * @param conifg A `ModelPredictConfig` object containing optional fields.
   *
   * @return `tf.Tensor`(s) of predictions.
   *
   * @exception ValueError In case of mismatch between the provided input data
   *   and the model's expectations, or in case a stateful model receives a
   *   number of samples that is not a multiple of the batch size.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  predict(x, args = {}) {
    if (this.model == null) {
      this.build();
    }
    return this.model.predict(x, args);
  }
  /**
   * Returns predictions for a single batch of samples.
   *
   * @param x: Input samples, as a Tensor, or list of Tensors (if the model
   *   has multiple inputs).
   * @return Tensor(s) of predictions
   */
  predictOnBatch(x) {
    if (this.model == null) {
      this.build();
    }
    return this.model.predictOnBatch(x);
  }
  /**
   * See `LayersModel.compile`.
   *
   * @param args
   */
  compile(args) {
    this.build();
    this.model.compile(args);
    this.optimizer_ = this.model.optimizer;
    this.isOptimizerOwned = this.model.isOptimizerOwned;
    this.loss = this.model.loss;
    this.metrics = this.model.metrics;
    this.metricsTensors = this.model.metricsTensors;
    this.metricsNames = this.model.metricsNames;
  }
  get optimizer() {
    return this.model == null ? void 0 : this.model.optimizer;
  }
  set optimizer(optimizer) {
    this.model.optimizer = optimizer;
  }
  /**
   * Trains the model for a fixed number of epochs (iterations on a dataset).
   *
   * ```js
   * const model = tf.sequential({
   *   layers: [tf.layers.dense({units: 1, inputShape: [10]})]
   * });
   * model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
   * const history = await model.fit(tf.ones([8, 10]), tf.ones([8, 1]), {
   *   batchSize: 4,
   *   epochs: 3
   * });
   * console.log(history.history.loss[0]);
   * ```
   *
   * @param x `tf.Tensor` of training data, or an array of `tf.Tensor`s if the
   * model has multiple inputs. If all inputs in the model are named, you can
   * also pass a dictionary mapping input names to `tf.Tensor`s.
   * @param y `tf.Tensor` of target (label) data, or an array of `tf.Tensor`s if
   * the model has multiple outputs. If all outputs in the model are named, you
   *  can also pass a dictionary mapping output names to `tf.Tensor`s.
   * @param args  A `ModelFitConfig`, containing optional fields.
   *
   * @return A `History` instance. Its `history` attribute contains all
   *   information collected during training.
   *
   * @exception ValueError In case of mismatch between the provided input data
   *   and what the model expects.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  async fit(x, y, args = {}) {
    if (!this.built) {
      throw new RuntimeError("The model needs to be compiled before being used.");
    }
    return this.model.fit(x, y, args);
  }
  /**
   * Trains the model using a dataset object.
   *
   * ```js
   * const xArray = [
   *   [1, 1, 1, 1, 1, 1, 1, 1, 1],
   *   [1, 1, 1, 1, 1, 1, 1, 1, 1],
   *   [1, 1, 1, 1, 1, 1, 1, 1, 1],
   *   [1, 1, 1, 1, 1, 1, 1, 1, 1],
   * ];
   * const yArray = [1, 1, 1, 1];
   * // Create a dataset from the JavaScript array.
   * const xDataset = tf.data.array(xArray);
   * const yDataset = tf.data.array(yArray);
   * // Zip combines the `x` and `y` Datasets into a single Dataset, the
   * // iterator of which will return an object containing of two tensors,
   * // corresponding to `x` and `y`.  The call to `batch(4)` will bundle
   * // four such samples into a single object, with the same keys now pointing
   * // to tensors that hold 4 examples, organized along the batch dimension.
   * // The call to `shuffle(4)` causes each iteration through the dataset to
   * // happen in a different order.  The size of the shuffle window is 4.
   * const xyDataset = tf.data.zip({xs: xDataset, ys: yDataset})
   *     .batch(4)
   *     .shuffle(4);
   * const model = tf.sequential({
   *   layers: [tf.layers.dense({units: 1, inputShape: [9]})]
   * });
   * model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});
   * const history = await model.fitDataset(xyDataset, {
   *   epochs: 4,
   *   callbacks: {onEpochEnd: (epoch, logs) => console.log(logs.loss)}
   * });
   * ```
   *
   * @param dataset A dataset object. Its `iterator()` method is expected to
   *   generate a dataset iterator object, the `next()` method of which is
   *   expected to produce data batches for evaluation. The return value of the
   *   `next()` call ought to contain a boolean `done` field and a `value`
   *   field.
   *
   *   The `value` field is expected to be an object of with fields
   *   `xs` and `ys`, which point to the feature tensor and the target tensor,
   *   respectively. This case is for models with exactly one input and one
   *   output (e.g. a sequential model). For example:
   *   ```js
   *   {value: {xs: xsTensor, ys: ysTensor}, done: false}
   *   ```
   *
   *   If the model has multiple inputs, the `xs` field of `value` should
   *   be an object mapping input names to their respective feature tensors.
   *   For example:
   *   ```js
   *   {
   *     value: {
   *       xs: {
   *         input_1: xsTensor1,
   *         input_2: xsTensor2
   *       },
   *       ys: ysTensor
   *     },
   *     done: false
   *   }
   *   ```
   *   If the model has multiple outputs, the `ys` field of `value` should
   *   be an object mapping output names to their respective target tensors.
   *   For example:
   *   ```js
   *   {
   *     value: {
   *       xs: xsTensor,
   *       ys: {
   *         output_1: ysTensor1,
   *         output_2: ysTensor2
   *       },
   *     },
   *     done: false
   *   }
   *   ```
   * @param args A `ModelFitDatasetArgs`, containing optional fields.
   *
   * @return A `History` instance. Its `history` attribute contains all
   *   information collected during training.
   *
   * @doc {heading: 'Models', subheading: 'Classes', ignoreCI: true}
   */
  async fitDataset(dataset, args) {
    if (!this.built) {
      throw new RuntimeError("The model needs to be compiled before being used.");
    }
    return this.model.fitDataset(dataset, args);
  }
  /**
   * Runs a single gradient update on a single batch of data.
   *
   * This method differs from `fit()` and `fitDataset()` in the following
   * regards:
   *   - It operates on exactly one batch of data.
   *   - It returns only the loss and metric values, instead of
   *     returning the batch-by-batch loss and metric values.
   *   - It doesn't support fine-grained options such as verbosity and
   *     callbacks.
   *
   * @param x Input data. It could be one of the following:
   *   - A `tf.Tensor`, or an Array of `tf.Tensor`s (in case the model has
   *     multiple inputs).
   *   - An Object mapping input names to corresponding `tf.Tensor` (if the
   *     model has named inputs).
   * @param y Target data. It could be either a `tf.Tensor` or multiple
   *   `tf.Tensor`s. It should be consistent with `x`.
   * @returns Training loss or losses (in case the model has
   *   multiple outputs), along with metrics (if any), as numbers.
   *
   * @doc {heading: 'Models', subheading: 'Classes'}
   */
  async trainOnBatch(x, y) {
    return this.model.trainOnBatch(x, y);
  }
  /* See parent class for JsDoc */
  /** @nocollapse */
  static fromConfig(cls, config, customObjects = {}, fastWeightInit = false) {
    let configArray;
    let extraModelConfig = {};
    if (config instanceof Array) {
      if (!(config[0].className != null) || config[0]["className"] === "Merge") {
        throw new ValueError("Legacy serialization format not supported yet.");
      }
      configArray = config;
    } else {
      util_exports.assert(config["layers"] != null, () => `When the config data for a Sequential model is not an Array, it must be an Object that contains the 'layers' field.`);
      configArray = config["layers"];
      delete config["layers"];
      extraModelConfig = config;
    }
    const model2 = new cls(extraModelConfig);
    if (!(model2 instanceof _Sequential)) {
      throw new NotImplementedError(`Sequential.fromConfig called on non-Sequential input: ${model2}`);
    }
    for (const conf of configArray) {
      const customObjects2 = void 0;
      const layer = deserialize(conf, customObjects2, fastWeightInit);
      if (fastWeightInit) {
        layer.setFastWeightInitDuringBuild(true);
      }
      model2.add(layer);
    }
    return model2;
  }
  /**
   * Setter used for force stopping of LayersModel.fit() (i.e., training).
   *
   * Example:
   *
   * ```js
   * const model = tf.sequential();
   * model.add(tf.layers.dense({units: 1, inputShape: [10]}));
   * model.compile({loss: 'meanSquaredError', optimizer: 'sgd'});
   * const xs = tf.ones([8, 10]);
   * const ys = tf.zeros([8, 1]);
   *
   * const history = await model.fit(xs, ys, {
   *   epochs: 10,
   *   callbacks: {
   *     onEpochEnd: async (epoch, logs) => {
   *       if (epoch === 2) {
   *         model.stopTraining = true;
   *       }
   *     }
   *   }
   * });
   *
   * // There should be only 3 values in the loss array, instead of 10 values,
   * // due to the stopping after 3 epochs.
   * console.log(history.history.loss);
   * ```
   */
  set stopTraining(stop) {
    if (this.model == null) {
      throw new ValueError("Cannot set the stopTraining property of a sequential model before it is compiled.");
    }
    this.model.stopTraining = stop;
  }
  get stopTraining() {
    if (this.model == null) {
      throw new ValueError("Cannot get the stopTraining property of a sequential model before it is compiled.");
    }
    return this.model.stopTraining;
  }
  // TODO(cais): Override get trainableWeights() here
  // tslint:disable-next-line:no-any
  getConfig() {
    const layers = [];
    for (const layer of this.layers) {
      const dict = {};
      dict["className"] = layer.getClassName();
      dict["config"] = layer.getConfig();
      layers.push(dict);
    }
    return { name: this.name, layers };
  }
};
Sequential.className = "Sequential";
serialization_exports.registerClass(Sequential);

// node_modules/@tensorflow/tfjs-layers/dist/flags_layers.js
var ENV = env();
ENV.registerFlag("TOPOLOGICAL_SORT_CACHE_MAX_ENTRIES", () => 100, updateCacheMaxEntries);

// node_modules/@tensorflow/tfjs-core/dist/gradients/Abs_grad.js
var absGradConfig = {
  kernelName: Abs,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(dy, step(cast(x, "float32"), -1)) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Acos_grad.js
var acosGradConfig = {
  kernelName: Acos,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return {
      x: () => {
        const a = square(cast(x, "float32"));
        const b = sqrt(sub(scalar(1), a));
        return neg(div(dy, b));
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Acosh_grad.js
var acoshGradConfig = {
  kernelName: Acosh,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return {
      x: () => {
        const a = sqrt(sub(square(cast(x, "float32")), 1));
        return div(dy, a);
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Add_grad.js
var addGradConfig = {
  kernelName: Add,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const outShape = assertAndGetBroadcastShape(a.shape, b.shape);
    const derA = () => {
      let res = dy;
      const reduceAxes = getReductionAxes(a.shape, outShape);
      if (reduceAxes.length > 0) {
        res = sum(res, reduceAxes);
      }
      return reshape(res, a.shape);
    };
    const derB = () => {
      let res = dy;
      const reduceAxes = getReductionAxes(b.shape, outShape);
      if (reduceAxes.length > 0) {
        res = sum(res, reduceAxes);
      }
      return reshape(res, b.shape);
    };
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/AddN_grad.js
var addNGradConfig = {
  kernelName: AddN,
  saveAllInputs: true,
  gradFunc: (dy, saved) => {
    const ders = {};
    saved.forEach((_, i) => {
      ders[i] = () => dy.clone();
    });
    return ders;
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/ArgMax_grad.js
var argMaxGradConfig = {
  kernelName: ArgMax,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => zerosLike(x) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/ArgMin_grad.js
var argMinGradConfig = {
  kernelName: ArgMin,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => zerosLike(x) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Asin_grad.js
var asinGradConfig = {
  kernelName: Asin,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => div(dy, sqrt(sub(scalar(1), square(cast(x, "float32"))))) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Asinh_grad.js
var asinhGradConfig = {
  kernelName: Asinh,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return {
      x: () => {
        const a = sqrt(add(scalar(1), square(cast(x, "float32"))));
        return div(dy, a);
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Atan2_grad.js
var atan2GradConfig = {
  kernelName: Atan2,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const outShape = assertAndGetBroadcastShape(a.shape, b.shape);
    const derA = () => {
      const d = add(square(a), square(b));
      let res = mul(dy, div(b, d));
      const reduceAxes = getReductionAxes(a.shape, outShape);
      if (reduceAxes.length > 0) {
        res = sum(res, reduceAxes);
      }
      return reshape(res, a.shape);
    };
    const derB = () => {
      const d = add(square(a), square(b));
      let res = neg(mul(dy, div(a, d)));
      const reduceAxes = getReductionAxes(b.shape, outShape);
      if (reduceAxes.length > 0) {
        res = sum(res, reduceAxes);
      }
      return reshape(res, b.shape);
    };
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Atan_grad.js
var atanGradConfig = {
  kernelName: Atan,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => div(dy, add(square(cast(x, "float32")), 1)) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Atanh_grad.js
var atanhGradConfig = {
  kernelName: Atanh,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => div(dy, sub(scalar(1), square(cast(x, "float32")))) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/ops/avg_pool_3d_grad.js
function avgPool3dGrad_(dy, input2, filterSize, strides, pad2, dimRoundingMode) {
  const $dy = convertToTensor(dy, "dy", "avgPool3dGrad");
  const $input = convertToTensor(input2, "input", "avgPool3dGrad");
  let dy5D = $dy;
  let input5D = $input;
  let reshapedTo5D = false;
  if ($input.rank === 4) {
    reshapedTo5D = true;
    dy5D = reshape($dy, [1, $dy.shape[0], $dy.shape[1], $dy.shape[2], $dy.shape[3]]);
    input5D = reshape($input, [
      1,
      $input.shape[0],
      $input.shape[1],
      $input.shape[2],
      $input.shape[3]
    ]);
  }
  assert(dy5D.rank === 5, () => `Error in avgPool3dGrad: dy must be rank 5 but got rank ${dy5D.rank}.`);
  assert(input5D.rank === 5, () => `Error in avgPool3dGrad: input must be rank 5 but got rank ${input5D.rank}.`);
  checkPadOnDimRoundingMode("avgPool3dGrad", pad2, dimRoundingMode);
  const inputs = { dy: dy5D, input: input5D };
  const attrs = { filterSize, strides, pad: pad2, dimRoundingMode };
  const res = ENGINE.runKernel(AvgPool3DGrad, inputs, attrs);
  if (reshapedTo5D) {
    return reshape(res, [res.shape[1], res.shape[2], res.shape[3], res.shape[4]]);
  }
  return res;
}
var avgPool3dGrad = /* @__PURE__ */ op({ avgPool3dGrad_ });

// node_modules/@tensorflow/tfjs-core/dist/gradients/AvgPool3D_grad.js
var avgPool3DGradConfig = {
  kernelName: AvgPool3D,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { filterSize, strides, pad: pad2, dimRoundingMode } = attrs;
    return {
      x: () => avgPool3dGrad(dy, x, filterSize, strides, pad2, dimRoundingMode)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/ops/avg_pool_grad.js
function avgPoolGrad_(dy, input2, filterSize, strides, pad2) {
  const $dy = convertToTensor(dy, "dy", "avgPoolGrad");
  const $input = convertToTensor(input2, "input", "avgPoolGrad");
  assert($input.rank === $dy.rank, () => `Rank of input (${$input.rank}) does not match rank of dy (${$dy.rank})`);
  let input4D = $input;
  let dy4D = $dy;
  let reshapedTo4D = false;
  if ($input.rank === 3) {
    reshapedTo4D = true;
    input4D = reshape($input, [1, $input.shape[0], $input.shape[1], $input.shape[2]]);
    dy4D = reshape($dy, [1, $dy.shape[0], $dy.shape[1], $dy.shape[2]]);
  }
  assert(dy4D.rank === 4, () => `Error in avgPoolGrad: dy must be rank 4 but got rank ${dy4D.rank}.`);
  assert(input4D.rank === 4, () => `Error in avgPoolGrad: input must be rank 4 but got rank ${input4D.rank}.`);
  const inputs = { dy: dy4D, input: input4D };
  const attrs = { filterSize, strides, pad: pad2 };
  const res = ENGINE.runKernel(AvgPoolGrad, inputs, attrs);
  if (reshapedTo4D) {
    return reshape(res, [res.shape[1], res.shape[2], res.shape[3]]);
  }
  return res;
}
var avgPoolGrad = /* @__PURE__ */ op({ avgPoolGrad_ });

// node_modules/@tensorflow/tfjs-core/dist/gradients/AvgPool_grad.js
var avgPoolGradConfig = {
  kernelName: AvgPool,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { filterSize, strides, pad: pad2 } = attrs;
    return { x: () => avgPoolGrad(dy, x, filterSize, strides, pad2) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/BatchMatMul_grad.js
var batchMatMulGradConfig = {
  kernelName: BatchMatMul,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved, attrs) => {
    const [a, b] = saved;
    const { transposeA, transposeB } = attrs;
    if (!transposeA && !transposeB) {
      return {
        a: () => matMul(dy, b, false, true),
        b: () => matMul(a, dy, true, false)
      };
    } else if (!transposeA && transposeB) {
      return {
        a: () => matMul(dy, b, false, false),
        b: () => matMul(dy, a, true, false)
      };
    } else if (transposeA && !transposeB) {
      return {
        a: () => matMul(b, dy, false, true),
        b: () => matMul(a, dy, false, false)
      };
    } else {
      return {
        a: () => matMul(b, dy, true, true),
        b: () => matMul(dy, a, true, true)
      };
    }
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/BatchToSpaceND_grad.js
var batchToSpaceNDGradConfig = {
  kernelName: BatchToSpaceND,
  gradFunc: (dy, saved, attrs) => {
    const { blockShape, crops } = attrs;
    return { x: () => spaceToBatchND(dy, blockShape, crops) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/BroadcastTo_grad.js
var broadcastToGradConfig = {
  kernelName: BroadcastTo,
  gradFunc: (dy, saved, attrs) => {
    const broadCastToAttrs = attrs;
    const inputShape = broadCastToAttrs.inputShape;
    const outputShape = broadCastToAttrs.shape;
    const reps = Array.from(outputShape);
    for (let i = inputShape.length - 1; i >= 0; i--) {
      if (inputShape[i] === outputShape[i]) {
        reps[i] = 1;
      } else if (inputShape[i] !== 1) {
        throw new Error(`broadcastTo(): [${inputShape}] cannot be broadcast to [${outputShape}].`);
      }
    }
    const axes = [];
    for (let i = 0; i < reps.length; i++) {
      if (reps[i] > 1) {
        axes.push(i);
      }
    }
    return { x: () => sum(
      dy,
      axes,
      true
      /* keepDims */
    ) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Cast_grad.js
var castGradConfig = {
  kernelName: Cast,
  gradFunc: (dy) => {
    return { x: () => dy.clone() };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Ceil_grad.js
var ceilGradConfig = {
  kernelName: Ceil,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/ClipByValue_grad.js
var clipByValueGradConfig = {
  kernelName: ClipByValue,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { clipValueMin, clipValueMax } = attrs;
    return {
      x: () => where(logicalAnd(greaterEqual(x, clipValueMin), lessEqual(x, clipValueMax)), dy, zerosLike(dy))
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/ComplexAbs_grad.js
var complexAbsGradConfig = {
  kernelName: ComplexAbs,
  inputsToSave: ["x"],
  gradFunc: absGradConfig.gradFunc
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Concat_grad.js
var concatGradConfig = {
  kernelName: Concat,
  saveAllInputs: true,
  gradFunc: (dy, saved, attrs) => {
    const shapes = saved.map((t) => t.shape);
    const { axis } = attrs;
    const $axis = parseAxisParam(axis, saved[0].shape)[0];
    const sizeSplits = shapes.map((s) => s[$axis]);
    const derTensors = split(dy, sizeSplits, $axis);
    return derTensors.map((t) => () => t);
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Conv2D_grad.js
var conv2DGradConfig = {
  kernelName: Conv2D,
  inputsToSave: ["x", "filter"],
  gradFunc: (dy, saved, attrs) => {
    const [x4D, $filter] = saved;
    const { dilations, strides, pad: pad2, dataFormat } = attrs;
    assert(tupleValuesAreOne(dilations), () => `Error in gradient of conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${dilations}'`);
    return {
      x: () => conv2DBackpropInput(x4D.shape, dy, $filter, strides, pad2, dataFormat),
      filter: () => conv2DBackpropFilter(x4D, dy, $filter.shape, strides, pad2, dataFormat)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Conv2DBackpropInput_grad.js
var conv2DBackpropInputGradConfig = {
  kernelName: Conv2DBackpropInput,
  inputsToSave: ["dy", "filter"],
  gradFunc: (ddx, saved, attrs) => {
    const [dy, filter] = saved;
    const { strides, pad: pad2, dataFormat, dimRoundingMode } = attrs;
    return {
      dy: () => conv2d(ddx, filter, strides, pad2, dataFormat, 1, dimRoundingMode),
      filter: () => conv2DBackpropFilter(ddx, dy, filter.shape, strides, pad2, dataFormat, dimRoundingMode)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/ops/conv3d_backprop_filter.js
function conv3DBackpropFilter_(x, dy, filterShape, strides, pad2) {
  let x5D = x;
  if (x.rank === 4) {
    x5D = reshape(x, [1, x.shape[0], x.shape[1], x.shape[2], x.shape[3]]);
  }
  let dy5D = dy;
  if (dy5D.rank === 4) {
    dy5D = reshape(dy, [1, dy.shape[0], dy.shape[1], dy.shape[2], dy.shape[3]]);
  }
  assert(x5D.rank === 5, () => `Error in conv3dDerFilter: input must be rank 5, but got shape ${x5D.shape}.`);
  assert(dy5D.rank === 5, () => `Error in conv3dDerFilter: dy must be rank 5, but got shape ${dy5D.shape}.`);
  assert(filterShape.length === 5, () => `Error in conv3dDerFilter: filterShape must be length 5, but got ${filterShape}.`);
  assert(x5D.shape[4] === filterShape[3], () => `Error in conv3dDerFilter: depth of input ${x5D.shape[4]}) must match input depth in filter (${filterShape[3]}.`);
  assert(dy5D.shape[4] === filterShape[4], () => `Error in conv3dDerFilter: depth of dy (${dy5D.shape[4]}) must match output depth for filter (${filterShape[4]}).`);
  const inputs = { x: x5D, dy: dy5D };
  const attrs = { strides, pad: pad2, filterShape };
  return ENGINE.runKernel(Conv3DBackpropFilterV2, inputs, attrs);
}
var conv3DBackpropFilter = /* @__PURE__ */ op({ conv3DBackpropFilter_ });

// node_modules/@tensorflow/tfjs-core/dist/gradients/Conv3D_grad.js
var conv3DGradConfig = {
  kernelName: Conv3D,
  inputsToSave: ["x", "filter"],
  gradFunc: (dy, saved, attrs) => {
    const { dilations, strides, pad: pad2 } = attrs;
    assert(tupleValuesAreOne(dilations), () => `Error in gradient of conv3D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${dilations}'`);
    const [x5D, $filter] = saved;
    return {
      x: () => conv3DBackpropInput(x5D.shape, dy, $filter, strides, pad2),
      filter: () => conv3DBackpropFilter(x5D, dy, $filter.shape, strides, pad2)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Cos_grad.js
var cosGradConfig = {
  kernelName: Cos,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(neg(sin(cast(x, "float32"))), dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Cosh_grad.js
var coshGradConfig = {
  kernelName: Cosh,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(sinh(cast(x, "float32")), dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Cumsum_grad.js
var cumsumGradConfig = {
  kernelName: Cumsum,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { axis, exclusive, reverse: reverse3 } = attrs;
    return {
      x: () => {
        const permutation = getAxesPermutation([axis], x.rank);
        let out = cumsum(dy, axis, exclusive, !reverse3);
        if (permutation != null) {
          out = transpose(out, permutation);
        }
        return out;
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/DepthwiseConv2dNative_grad.js
var depthwiseConv2dNativeGradConfig = {
  kernelName: DepthwiseConv2dNative,
  inputsToSave: ["x", "filter"],
  gradFunc: (dy, saved, attrs) => {
    const { dilations, strides, pad: pad2, dimRoundingMode } = attrs;
    const $dilations = dilations == null ? [1, 1] : dilations;
    assert(tupleValuesAreOne($dilations), () => `Error in gradient of depthwiseConv2dNative: dilation rates greater than 1 are not yet supported. Got dilations '${$dilations}'`);
    const [x, filter] = saved;
    assert(x.rank === 4, () => `Error in gradient of depthwiseConv2dNative: input must be rank 4, but got rank ${x.rank}.`);
    assert(filter.rank === 4, () => `Error in gradient of depthwiseConv2dNative: filter must be rank 4, but got rank ${filter.rank}.`);
    assert(x.shape[3] === filter.shape[2], () => `Error in gradient of depthwiseConv2d: number of input channels (${x.shape[3]}) must match the inChannels dimension in filter ${filter.shape[2]}.`);
    assert(eitherStridesOrDilationsAreOne(strides, $dilations), () => `Error in gradient of depthwiseConv2d: Either strides or dilations must be  1. Got strides ${strides} and dilations '${$dilations}'.`);
    checkPadOnDimRoundingMode("depthwiseConv2d", pad2, dimRoundingMode);
    return {
      x: () => depthwiseConv2dNativeBackpropInput(x.shape, dy, filter, strides, pad2, $dilations, dimRoundingMode),
      filter: () => depthwiseConv2dNativeBackpropFilter(x, dy, filter.shape, strides, pad2, $dilations, dimRoundingMode)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Dilation2D_grad.js
var dilation2dGradConfig = {
  kernelName: Dilation2D,
  inputsToSave: ["x", "filter"],
  gradFunc: (dy, saved, attrs) => {
    const [x, filter] = saved;
    const inputInputs = { x, filter, dy };
    const filterInputs = { x, filter, dy };
    return {
      x: () => ENGINE.runKernel(Dilation2DBackpropInput, inputInputs, attrs),
      filter: () => ENGINE.runKernel(Dilation2DBackpropFilter, filterInputs, attrs)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Elu_grad.js
var eluGradConfig = {
  kernelName: Elu,
  outputsToSave: [true],
  gradFunc: (dy, saved) => {
    const [y] = saved;
    const inputs = { dy, y };
    return { x: () => ENGINE.runKernel(EluGrad, inputs) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Erf_grad.js
var erfGradConfig = {
  kernelName: Erf,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    const a = mul(exp(neg(square(x))), 2 / Math.sqrt(Math.PI));
    return { x: () => mul(dy, a) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Exp_grad.js
var expGradConfig = {
  kernelName: Exp,
  outputsToSave: [true],
  gradFunc: (dy, saved) => {
    const [y] = saved;
    return { x: () => mul(dy, y) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/ExpandDims_grad.js
var expandDimsGradConfig = {
  kernelName: ExpandDims,
  inputsToSave: ["input"],
  gradFunc: (dy, saved) => {
    const [input2] = saved;
    return { input: () => reshape(dy, input2.shape) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Expm1_grad.js
var expm1GradConfig = {
  kernelName: Expm1,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(dy, exp(x)) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Floor_grad.js
var floorGradConfig = {
  kernelName: Floor,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/FloorDiv_grad.js
var floorDivGradConfig = {
  kernelName: FloorDiv,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const outShape = assertAndGetBroadcastShape(a.shape, b.shape);
    const derA = () => {
      const res = div(dy, cast(b, "float32"));
      const reduceAxes = getReductionAxes(a.shape, outShape);
      if (reduceAxes.length > 0) {
        return reshape(sum(res, reduceAxes), a.shape);
      }
      return res;
    };
    const derB = () => {
      let res = mul(dy, cast(a, "float32"));
      const reduceAxes = getReductionAxes(b.shape, outShape);
      if (reduceAxes.length > 0) {
        res = reshape(sum(res, reduceAxes), b.shape);
      }
      const tmp = square(b);
      return neg(div(res, cast(tmp, "float32")));
    };
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/FusedBatchNorm_grad.js
var fusedBatchNormGradConfig = {
  kernelName: FusedBatchNorm,
  inputsToSave: ["x", "mean", "variance", "scale"],
  gradFunc: (dy, saved, attrs) => {
    const { varianceEpsilon } = attrs;
    const [x, mean3, variance, scale2] = saved;
    const scaleValue = scale2 == null ? scalar(1) : scale2;
    const reductionAxes = getReductionAxes(mean3.shape, x.shape);
    const tileShape = [];
    if (mean3.rank === 1) {
      for (let i = 0; i < x.shape.length - 1; ++i) {
        tileShape.push(x.shape[i]);
      }
      tileShape.push(1);
    }
    const xMinusMean = sub(x, mean3);
    const dyTimesScaleValue = mul(dy, scaleValue);
    const oneOverSqrtVariance = rsqrt(add(variance, scalar(varianceEpsilon)));
    const minusHalfRCube = mul(mul(mul(oneOverSqrtVariance, oneOverSqrtVariance), oneOverSqrtVariance), scalar(-0.5));
    const derX = () => {
      if (mean3.rank === 1) {
        return reshape(mul(mul(dy, tile(reshape(oneOverSqrtVariance, [1, 1, 1, mean3.shape[0]]), tileShape)), scaleValue), x.shape);
      } else {
        return reshape(mul(mul(dy, oneOverSqrtVariance), scaleValue), x.shape);
      }
    };
    const derMean = () => {
      let meanDer = mul(mul(oneOverSqrtVariance, scalar(-1)), dyTimesScaleValue);
      if (mean3.rank === 1) {
        meanDer = sum(meanDer, reductionAxes);
      }
      return reshape(meanDer, mean3.shape);
    };
    const derVariance = () => {
      let varianceDer = mul(mul(minusHalfRCube, xMinusMean), dyTimesScaleValue);
      if (mean3.rank === 1) {
        varianceDer = sum(varianceDer, reductionAxes);
      }
      return reshape(varianceDer, mean3.shape);
    };
    const derScale = () => {
      const xMinusMean2TimesRsqrt = mul(xMinusMean, oneOverSqrtVariance);
      let scaleDer = mul(dy, xMinusMean2TimesRsqrt);
      if (mean3.rank === 1) {
        scaleDer = sum(scaleDer, reductionAxes);
      }
      return reshape(scaleDer, mean3.shape);
    };
    const derOffset = () => {
      let offsetDer = dy;
      if (mean3.rank === 1) {
        offsetDer = sum(offsetDer, reductionAxes);
      }
      return reshape(offsetDer, mean3.shape);
    };
    return {
      x: derX,
      mean: derMean,
      variance: derVariance,
      scale: derScale,
      offset: derOffset
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/GatherV2_grad.js
var gatherGradConfig = {
  kernelName: GatherV2,
  inputsToSave: ["x", "indices"],
  gradFunc: (dy, saved, attrs) => {
    const [x, indices] = saved;
    const { axis, batchDims } = attrs;
    const parsedAxis = parseAxisParam(axis, x.shape)[0];
    const derXBatch = (x2, indices2, dy2) => {
      return () => {
        const paramsShape = x2.shape;
        const indicesSize = indices2.size;
        const outerShape = paramsShape.slice(0, parsedAxis);
        const outerDims = outerShape.length;
        const innerShape = paramsShape.slice(axis, paramsShape.length).slice(1);
        const innerDims = innerShape.length;
        const outerAxesIndices = arrayRange(0, outerDims);
        const innerAxesIndices = arrayRange(outerDims + 1, outerDims + 1 + innerDims);
        const valuesShape = arrayConcat([
          outerShape,
          [indicesSize],
          innerShape
        ]);
        const values = reshape(dy2, valuesShape);
        const reshapedIndices = reshape(indices2, [indicesSize]);
        const transposeDims = arrayConcat([[outerDims], outerAxesIndices, innerAxesIndices]);
        const valuesTranspose = transpose(values, transposeDims);
        let paramsGrad = unsortedSegmentSum(valuesTranspose, reshapedIndices, x2.shape[parsedAxis]);
        const invertTransposeDims = getUndoAxesPermutation(transposeDims);
        paramsGrad = transpose(paramsGrad, invertTransposeDims);
        return paramsGrad;
      };
    };
    if (batchDims === 1) {
      const batchSize = x.shape[0];
      const xBatch = x.split(batchSize, 0);
      const derXBatched = () => {
        const stacked = stack(xBatch.map((x2, i) => {
          return derXBatch(x2, indices.slice(i, 1), dy.slice(i, 1))();
        }));
        return stacked.reshape(x.shape);
      };
      return { x: derXBatched, indices: () => indices };
    } else {
      return { x: derXBatch(x, indices, dy), indices: () => indices };
    }
  }
};
function arrayRange(start, stop) {
  const result = [];
  for (let i = start; i < stop; ++i) {
    result.push(i);
  }
  return result;
}
function arrayConcat(arrays) {
  const result = [];
  for (let i = 0; i < arrays.length; ++i) {
    for (let j = 0; j < arrays[i].length; ++j) {
      result.push(arrays[i][j]);
    }
  }
  return result;
}

// node_modules/@tensorflow/tfjs-core/dist/gradients/GreaterEqual_grad.js
var greaterEqualGradConfig = {
  kernelName: GreaterEqual,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    return { a: () => zerosLike(a), b: () => zerosLike(b) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Identity_grad.js
var identityGradConfig = {
  kernelName: Identity,
  gradFunc: (dy) => {
    return { x: () => cast(dy, "float32") };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/IsFinite_grad.js
var isFiniteGradConfig = {
  kernelName: IsFinite,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/IsInf_grad.js
var isInfGradConfig = {
  kernelName: IsInf,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/IsNan_grad.js
var isNanGradConfig = {
  kernelName: IsNan,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/LeakyRelu_grad.js
var leakyReluGradConfig = {
  kernelName: LeakyRelu,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { alpha } = attrs;
    const mask = greater(x, 0);
    return { x: () => where(mask, dy, mul(dy, alpha)) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Log1p_grad.js
var log1pGradConfig = {
  kernelName: Log1p,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => div(dy, add(x, 1)) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Log_grad.js
var logGradConfig = {
  kernelName: Log,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => div(dy, cast(x, "float32")) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/LogSoftmax_grad.js
var logSoftmaxGradConfig = {
  kernelName: LogSoftmax,
  inputsToSave: [],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const [value] = saved;
    const { axis } = attrs;
    return {
      logits: () => {
        const keepDims = true;
        const softmax4 = exp(value);
        return sub(dy, mul(sum(dy, axis, keepDims), softmax4));
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/ops/local_response_normalization_backprop.js
function localResponseNormalizationBackprop_(x, y, dy, depthRadius = 5, bias = 1, alpha = 1, beta = 0.5) {
  const inputs = { x, y, dy };
  const attrs = { depthRadius, bias, alpha, beta };
  return ENGINE.runKernel(LRNGrad, inputs, attrs);
}
var localResponseNormalizationBackprop = op({ localResponseNormalizationBackprop_ });

// node_modules/@tensorflow/tfjs-core/dist/gradients/LRN_grad.js
var lrnGradConfig = {
  kernelName: LRN,
  inputsToSave: ["x"],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const [x, y] = saved;
    const { depthRadius, bias, alpha, beta } = attrs;
    return {
      x: () => localResponseNormalizationBackprop(x, y, dy, depthRadius, bias, alpha, beta)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/min_max_grad_util.js
function gradForMinAndMax(dy, y, xOrig, origAxes) {
  if (y.rank < xOrig.rank) {
    y = reshape(y, expandShapeToKeepDim(y.shape, origAxes));
  }
  if (dy.rank < xOrig.rank) {
    dy = reshape(dy, expandShapeToKeepDim(dy.shape, origAxes));
  }
  return {
    x: () => {
      const dx = mul(dy, cast(equal(xOrig, y), dy.dtype));
      return dx;
    }
  };
}

// node_modules/@tensorflow/tfjs-core/dist/gradients/Max_grad.js
var maxGradConfig = {
  kernelName: Max,
  inputsToSave: ["x"],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const maxAttrs = attrs;
    const { reductionIndices } = maxAttrs;
    const x = saved[0];
    const y = saved[1];
    const origAxes = parseAxisParam(reductionIndices, x.shape);
    const maxGrad = gradForMinAndMax(dy, y, x, origAxes);
    return {
      x: () => {
        return maxGrad["x"]();
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Maximum_grad.js
var maximumGradConfig = {
  kernelName: Maximum,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const derA = () => mul(dy, cast(greaterEqual(a, b), "float32"));
    const derB = () => mul(dy, cast(less(a, b), "float32"));
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/ops/max_pool_3d_grad.js
function maxPool3dGrad_(dy, input2, output, filterSize, strides, pad2, dimRoundingMode) {
  const $dy = convertToTensor(dy, "dy", "maxPool3dGrad");
  const $input = convertToTensor(input2, "input", "maxPool3dGrad");
  const $output = convertToTensor(output, "output", "maxPool3dGrad");
  let dy5D = $dy;
  let input5D = $input;
  let output5D = $output;
  let reshapedTo5D = false;
  if ($input.rank === 4) {
    reshapedTo5D = true;
    dy5D = reshape($dy, [1, $dy.shape[0], $dy.shape[1], $dy.shape[2], $dy.shape[3]]);
    input5D = reshape($input, [
      1,
      $input.shape[0],
      $input.shape[1],
      $input.shape[2],
      $input.shape[3]
    ]);
    output5D = reshape($output, [
      1,
      $output.shape[0],
      $output.shape[1],
      $output.shape[2],
      $output.shape[3]
    ]);
  }
  assert(dy5D.rank === 5, () => `Error in maxPool3dGrad: dy must be rank 5 but got rank ${dy5D.rank}.`);
  assert(input5D.rank === 5, () => `Error in maxPool3dGrad: input must be rank 5 but got rank ${input5D.rank}.`);
  assert(output5D.rank === 5, () => `Error in maxPool3dGrad: output must be rank 5 but got rank ${output5D.rank}.`);
  checkPadOnDimRoundingMode("maxPool3dGrad", pad2, dimRoundingMode);
  const inputs = { dy: dy5D, input: input5D, output: output5D };
  const attrs = { filterSize, strides, pad: pad2, dimRoundingMode };
  const res = ENGINE.runKernel(MaxPool3DGrad, inputs, attrs);
  if (reshapedTo5D) {
    return reshape(res, [res.shape[1], res.shape[2], res.shape[3], res.shape[4]]);
  }
  return res;
}
var maxPool3dGrad = /* @__PURE__ */ op({ maxPool3dGrad_ });

// node_modules/@tensorflow/tfjs-core/dist/gradients/MaxPool3D_grad.js
var maxPool3DGradConfig = {
  kernelName: MaxPool3D,
  inputsToSave: ["x"],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const [x, y] = saved;
    const { filterSize, strides, pad: pad2, dimRoundingMode } = attrs;
    return {
      x: () => maxPool3dGrad(dy, x, y, filterSize, strides, pad2, dimRoundingMode)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/ops/max_pool_grad.js
function maxPoolGrad_(dy, input2, output, filterSize, strides, pad2, dimRoundingMode) {
  const $dy = convertToTensor(dy, "dy", "maxPoolGrad");
  const $input = convertToTensor(input2, "input", "maxPoolGrad");
  const $output = convertToTensor(output, "output", "maxPoolGrad");
  assert($input.rank === $dy.rank, () => `Rank of input (${$input.rank}) does not match rank of dy (${$dy.rank})`);
  assert($dy.rank === 4, () => `Error in maxPoolGrad: dy must be rank 4 but got rank ${$dy.rank}.`);
  assert($input.rank === 4, () => `Error in maxPoolGrad: input must be rank 4 but got rank ${$input.rank}.`);
  checkPadOnDimRoundingMode("maxPoolGrad", pad2, dimRoundingMode);
  const inputs = { dy: $dy, input: $input, output: $output };
  const attrs = { filterSize, strides, pad: pad2, dimRoundingMode };
  return ENGINE.runKernel(MaxPoolGrad, inputs, attrs);
}
var maxPoolGrad = /* @__PURE__ */ op({ maxPoolGrad_ });

// node_modules/@tensorflow/tfjs-core/dist/gradients/MaxPool_grad.js
var maxPoolGradConfig = {
  kernelName: MaxPool,
  inputsToSave: ["x"],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const [x, y] = saved;
    const { filterSize, strides, pad: pad2 } = attrs;
    return {
      x: () => maxPoolGrad(dy, x, y, filterSize, strides, pad2)
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Mean_grad.js
var meanGradConfig = {
  kernelName: Mean,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { axis } = attrs;
    const axes = parseAxisParam(axis, x.shape);
    const shapes = computeOutAndReduceShapes(x.shape, axes);
    const reduceShape = shapes[1];
    const reduceSize = sizeFromShape(reduceShape);
    const derX = () => {
      const expandedDyShape = x.shape.slice();
      axes.forEach((axis2) => {
        expandedDyShape[axis2] = 1;
      });
      const expandedDy = reshape(dy, expandedDyShape);
      const res = div(mul(expandedDy, ones(x.shape, "float32")), reduceSize);
      return res;
    };
    return { x: derX };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Min_grad.js
var minGradConfig = {
  kernelName: Min,
  inputsToSave: ["x"],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const minAttrs = attrs;
    const { axis } = minAttrs;
    const [x, y] = saved;
    const origAxes = parseAxisParam(axis, x.shape);
    const minGrad = gradForMinAndMax(dy, y, x, origAxes);
    return {
      x: () => {
        return minGrad["x"]();
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Minimum_grad.js
var minimumGradConfig = {
  kernelName: Minimum,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const derA = () => mul(dy, cast(lessEqual(a, b), "float32"));
    const derB = () => mul(dy, cast(greater(a, b), "float32"));
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/MirrorPad_grad.js
var mirrorPadGradConfig = {
  kernelName: MirrorPad,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const x = saved[0];
    const { paddings } = attrs;
    const begin = paddings.map((p2) => p2[0]);
    return { x: () => slice(dy, begin, x.shape) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Mod_grad.js
var modGradConfig = {
  kernelName: Mod,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const outShape = assertAndGetBroadcastShape(a.shape, b.shape);
    const derA = () => {
      const reduceAxes = getReductionAxes(a.shape, outShape);
      if (reduceAxes.length > 0) {
        return reshape(sum(dy, reduceAxes), a.shape);
      }
      return dy;
    };
    const derB = () => {
      const res = mul(dy, neg(floor(div(a, b))));
      const reduceAxes = getReductionAxes(b.shape, outShape);
      if (reduceAxes.length > 0) {
        return reshape(sum(res, reduceAxes), b.shape);
      }
      return res;
    };
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Multiply_grad.js
var multiplyGradConfig = {
  kernelName: Multiply,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const outShape = assertAndGetBroadcastShape(a.shape, b.shape);
    const derA = () => {
      const res = mul(dy, cast(b, "float32"));
      const reduceAxes = getReductionAxes(a.shape, outShape);
      if (reduceAxes.length > 0) {
        return reshape(sum(res, reduceAxes), a.shape);
      }
      return res;
    };
    const derB = () => {
      const res = mul(dy, cast(a, "float32"));
      const reduceAxes = getReductionAxes(b.shape, outShape);
      if (reduceAxes.length > 0) {
        return reshape(sum(res, reduceAxes), b.shape);
      }
      return res;
    };
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Neg_grad.js
var negGradConfig = {
  kernelName: Neg,
  gradFunc: (dy) => {
    return { x: () => neg(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/OneHot_grad.js
var oneHotGradConfig = {
  kernelName: OneHot,
  inputsToSave: ["indices"],
  gradFunc: (dy, saved) => {
    const indices = saved[0];
    return { indices: () => zeros(indices.shape, "float32") };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/OnesLike_grad.js
var onesLikeGradConfig = {
  kernelName: OnesLike,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Pack_grad.js
var packGradConfig = {
  kernelName: Pack,
  saveAllInputs: true,
  gradFunc: (dy, saved, attrs) => {
    const { axis } = attrs;
    const derTensors = unstack(dy, axis);
    return derTensors.map((t) => () => t);
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/PadV2_grad.js
var padV2GradConfig = {
  kernelName: PadV2,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const x = saved[0];
    const { paddings } = attrs;
    const begin = paddings.map((p2) => p2[0]);
    return { x: () => slice(dy, begin, x.shape) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Pow_grad.js
var powGradConfig = {
  kernelName: Pow,
  inputsToSave: ["a", "b"],
  outputsToSave: [true],
  gradFunc: (dy, saved) => {
    const [a, b, y] = saved;
    const base = a;
    const exp3 = b;
    const outShape = assertAndGetBroadcastShape(base.shape, exp3.shape);
    const derBase = () => {
      const expFloat = cast(exp3, "float32");
      let res = mul(dy, mul(expFloat, pow(base, sub(expFloat, scalar(1)))));
      const reduceAxes = getReductionAxes(base.shape, outShape);
      if (reduceAxes.length > 0) {
        res = sum(res, reduceAxes);
      }
      return reshape(res, base.shape);
    };
    const derExp = () => {
      const condition = greater(base, 0);
      const logBase = where(condition, log(base), zerosLike(base));
      let res = mul(dy, mul(y, logBase));
      const reduceAxes = getReductionAxes(exp3.shape, outShape);
      if (reduceAxes.length > 0) {
        res = sum(res, reduceAxes);
      }
      return reshape(res, exp3.shape);
    };
    return { a: derBase, b: derExp };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Prelu_grad.js
var preluGradConfig = {
  kernelName: Prelu,
  inputsToSave: ["x", "alpha"],
  gradFunc: (dy, saved) => {
    const [x, alpha] = saved;
    const mask = greater(x, 0);
    return {
      x: () => where(mask, dy, mul(dy, alpha)),
      alpha: () => {
        let res = where(mask, zerosLike(dy), mul(dy, x));
        const reduceAxes = getReductionAxes(alpha.shape, dy.shape);
        if (reduceAxes.length > 0) {
          res = sum(res, reduceAxes);
        }
        return reshape(res, alpha.shape);
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Prod_grad.js
function prodGradFn_(x, dy, axis) {
  const expandedYShape = x.shape.slice();
  expandedYShape[axis] = 1;
  const expandedDy = reshape(dy, expandedYShape);
  const xCumProd = cumprod(x, axis, true, false);
  const xCumRevProd = cumprod(x, axis, true, true);
  const dx = mul(xCumProd, xCumRevProd);
  return mul(expandedDy, dx);
}
function prodsGradFn_(x, dy, axis) {
  const xRank = x.shape.length;
  const finalProdAxis = xRank - axis.length;
  const xPermutation = backend_util_exports.getAxesPermutation(axis, xRank);
  let permutedX = x;
  if (xPermutation != null) {
    permutedX = transpose(x, xPermutation);
  }
  const newShape = permutedX.shape.slice();
  const removedShape = newShape.splice(xRank - axis.length, axis.length);
  const endPartShape = removedShape.reduce((p2, c) => p2 * c, 1);
  newShape.push(endPartShape);
  const reshapedPermutedX = permutedX.reshape(newShape);
  let prodGrad = prodGradFn_(reshapedPermutedX, dy, finalProdAxis);
  prodGrad = prodGrad.reshape(permutedX.shape);
  if (xPermutation != null) {
    const undoPermutation = backend_util_exports.getUndoAxesPermutation(xPermutation);
    prodGrad = transpose(prodGrad, undoPermutation);
  }
  return prodGrad;
}
var prodGradConfig = {
  kernelName: Prod,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { axis } = attrs;
    let axisArr = [];
    if (axis === void 0 || axis === null) {
      axisArr = x.shape.map((_, i) => i);
    } else if (typeof axis === "number") {
      axisArr = [axis];
    } else {
      axisArr = axis;
    }
    return { x: () => prodsGradFn_(x, dy, axisArr) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/RealDiv_grad.js
var divGradConfig = {
  kernelName: RealDiv,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const outShape = assertAndGetBroadcastShape(a.shape, b.shape);
    const derA = () => {
      const res = div(dy, cast(b, "float32"));
      const reduceAxes = getReductionAxes(a.shape, outShape);
      if (reduceAxes.length > 0) {
        return reshape(sum(res, reduceAxes), a.shape);
      }
      return res;
    };
    const derB = () => {
      let res = mul(dy, cast(a, "float32"));
      const reduceAxes = getReductionAxes(b.shape, outShape);
      if (reduceAxes.length > 0) {
        res = reshape(sum(res, reduceAxes), b.shape);
      }
      const tmp = square(b);
      return neg(div(res, cast(tmp, "float32")));
    };
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Reciprocal_grad.js
var reciprocalGradConfig = {
  kernelName: Reciprocal,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => div(dy, neg(square(x))) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Relu6_grad.js
var relu6GradConfig = {
  kernelName: Relu6,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    const mask = mul(lessEqual(x, 6), step(x));
    return { x: () => mul(dy, cast(mask, "float32")) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Relu_grad.js
var reluGradConfig = {
  kernelName: Relu,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(dy, cast(step(x), "float32")) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Reshape_grad.js
var reshapeGradConfig = {
  kernelName: Reshape,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => reshape(dy, x.shape) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/ResizeBilinear_grad.js
var resizeBilinearGradConfig = {
  kernelName: ResizeBilinear,
  inputsToSave: ["images"],
  gradFunc: (dy, saved, attrs) => {
    const [images] = saved;
    const inputs = { dy, images };
    const imagesDer = () => (
      // tslint:disable-next-line: no-unnecessary-type-assertion
      ENGINE.runKernel(ResizeBilinearGrad, inputs, attrs)
    );
    return { images: imagesDer };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/ResizeNearestNeighbor_grad.js
var resizeNearestNeighborGradConfig = {
  kernelName: ResizeNearestNeighbor,
  inputsToSave: ["images"],
  gradFunc: (dy, saved, attrs) => {
    const [images] = saved;
    const inputs = { dy, images };
    const imagesDer = () => (
      // tslint:disable-next-line: no-unnecessary-type-assertion
      ENGINE.runKernel(ResizeNearestNeighborGrad, inputs, attrs)
    );
    return { images: imagesDer };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Reverse_grad.js
var reverseGradConfig = {
  kernelName: Reverse,
  gradFunc: (dy, saved, attrs) => {
    const { dims } = attrs;
    const axes = parseAxisParam(dims, dy.shape);
    return { x: () => reverse(dy, axes) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Round_grad.js
var roundGradConfig = {
  kernelName: Round,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Rsqrt_grad.js
var rsqrtGradConfig = {
  kernelName: Rsqrt,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => neg(div(dy, mul(pow(x, 1.5), 2))) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Select_grad.js
var selectGradConfig = {
  kernelName: Select,
  inputsToSave: ["condition"],
  gradFunc: (dy, saved) => {
    const [condition] = saved;
    return {
      // TODO(julianoks): Return null for condition gradient
      // when backprop supports it.
      condition: () => cast(zerosLike(condition), "float32"),
      t: () => mul(dy, cast(condition, dy.dtype)),
      e: () => mul(dy, cast(logicalNot(condition), dy.dtype))
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Selu_grad.js
var seluGradConfig = {
  kernelName: Selu,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return {
      x: () => {
        const mask = greater(x, scalar(0));
        const scaleAlpha2 = scalar(SELU_SCALEALPHA);
        const scale2 = scalar(SELU_SCALE);
        const greaterThanZeroDer = mul(dy, scale2);
        const lessEqualZeroDer = mul(mul(dy, scaleAlpha2), exp(cast(x, "float32")));
        return where(mask, greaterThanZeroDer, lessEqualZeroDer);
      }
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Sigmoid_grad.js
var sigmoidGradConfig = {
  kernelName: Sigmoid,
  outputsToSave: [true],
  gradFunc: (dy, saved) => {
    const [y] = saved;
    return { x: () => mul(dy, mul(y, sub(scalar(1), y))) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Sign_grad.js
var signGradConfig = {
  kernelName: Sign,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Sin_grad.js
var sinGradConfig = {
  kernelName: Sin,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(cos(cast(x, "float32")), dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Sinh_grad.js
var sinhGradConfig = {
  kernelName: Sinh,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(cosh(cast(x, "float32")), dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Slice_grad.js
var sliceGradConfig = {
  kernelName: Slice,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { begin, size } = attrs;
    const inputShape = x.shape;
    const [begin_, size_] = parseSliceParams(x, begin, size);
    const paddings = [];
    for (let i = 0; i < dy.rank; i++) {
      paddings.push([begin_[i], inputShape[i] - begin_[i] - size_[i]]);
    }
    return { x: () => pad(dy, paddings) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Softmax_grad.js
var softmaxGradConfig = {
  kernelName: Softmax,
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const [y] = saved;
    const { dim } = attrs;
    const keepDims = true;
    const dyTimesY = mul(dy, y);
    return {
      logits: () => sub(dyTimesY, mul(sum(dyTimesY, [dim], keepDims), y))
    };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Softplus_grad.js
var softplusGradConfig = {
  kernelName: Softplus,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(dy, sigmoid(x)) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/SpaceToBatchND_grad.js
var spaceToBatchNDGradConfig = {
  kernelName: SpaceToBatchND,
  gradFunc: (dy, saved, attrs) => {
    const { blockShape, paddings } = attrs;
    return { x: () => batchToSpaceND(dy, blockShape, paddings) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/SplitV_grad.js
var splitVGradConfig = {
  kernelName: SplitV,
  gradFunc: (dy, saved, attrs) => {
    const { axis } = attrs;
    return { x: () => concat(dy, axis) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Sqrt_grad.js
var sqrtGradConfig = {
  kernelName: Sqrt,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => div(dy, mul(sqrt(cast(x, "float32")), 2)) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Square_grad.js
var squareGradConfig = {
  kernelName: Square,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => mul(dy, mul(cast(x, "float32"), 2)) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/SquaredDifference_grad.js
var squaredDifferenceGradConfig = {
  kernelName: SquaredDifference,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const two = scalar(2);
    const derA = () => mul(dy, mul(two, sub(a, b)));
    const derB = () => mul(dy, mul(two, sub(b, a)));
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Step_grad.js
var stepGradConfig = {
  kernelName: Step,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Sub_grad.js
var subGradConfig = {
  kernelName: Sub,
  inputsToSave: ["a", "b"],
  gradFunc: (dy, saved) => {
    const [a, b] = saved;
    const outShape = assertAndGetBroadcastShape(a.shape, b.shape);
    const derA = () => {
      let res = dy;
      const reduceAxes = getReductionAxes(a.shape, outShape);
      if (reduceAxes.length > 0) {
        res = sum(res, reduceAxes);
      }
      return reshape(res, a.shape);
    };
    const derB = () => {
      let res = dy;
      const reduceAxes = getReductionAxes(b.shape, outShape);
      if (reduceAxes.length > 0) {
        res = sum(res, reduceAxes);
      }
      return reshape(neg(res), b.shape);
    };
    return { a: derA, b: derB };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Sum_grad.js
var sumGradConfig = {
  kernelName: Sum,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const expandedDyShape = x.shape.slice();
    const { axis } = attrs;
    const axes = parseAxisParam(axis, x.shape);
    axes.forEach((axis2) => {
      expandedDyShape[axis2] = 1;
    });
    const expandedDy = reshape(dy, expandedDyShape);
    const derX = mul(expandedDy, ones(x.shape, "float32"));
    return { x: () => derX };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Tan_grad.js
var tanGradConfig = {
  kernelName: Tan,
  inputsToSave: ["x"],
  gradFunc: (dy, saved) => {
    const [x] = saved;
    return { x: () => div(dy, square(cos(x))) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Tanh_grad.js
var tanhGradConfig = {
  kernelName: Tanh,
  outputsToSave: [true],
  gradFunc: (dy, saved) => {
    const [y] = saved;
    return { x: () => mul(sub(scalar(1), square(y)), dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Tile_grad.js
var tileGradConfig = {
  kernelName: Tile,
  inputsToSave: ["x"],
  gradFunc: (dy, saved, attrs) => {
    const [x] = saved;
    const { reps } = attrs;
    const derX = () => {
      let xGrad = zerosLike(x);
      if (x.rank === 1) {
        for (let i = 0; i < reps[0]; ++i) {
          xGrad = add(xGrad, slice(dy, [i * x.shape[0]], [x.shape[0]]));
        }
      } else if (x.rank === 2) {
        for (let i = 0; i < reps[0]; ++i) {
          for (let j = 0; j < reps[1]; ++j) {
            xGrad = add(xGrad, slice(dy, [i * x.shape[0], j * x.shape[1]], [
              x.shape[0],
              x.shape[1]
            ]));
          }
        }
      } else if (x.rank === 3) {
        for (let i = 0; i < reps[0]; ++i) {
          for (let j = 0; j < reps[1]; ++j) {
            for (let k = 0; k < reps[2]; ++k) {
              xGrad = add(xGrad, slice(dy, [i * x.shape[0], j * x.shape[1], k * x.shape[2]], [x.shape[0], x.shape[1], x.shape[2]]));
            }
          }
        }
      } else if (x.rank === 4) {
        for (let i = 0; i < reps[0]; ++i) {
          for (let j = 0; j < reps[1]; ++j) {
            for (let k = 0; k < reps[2]; ++k) {
              for (let l = 0; l < reps[3]; ++l) {
                xGrad = add(xGrad, slice(dy, [
                  i * x.shape[0],
                  j * x.shape[1],
                  k * x.shape[2],
                  l * x.shape[3]
                ], [x.shape[0], x.shape[1], x.shape[2], x.shape[3]]));
              }
            }
          }
        }
      } else {
        throw new Error(`Gradient for tile operation is not implemented for rank-${x.rank} tensors yet.`);
      }
      return xGrad;
    };
    return { x: derX };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Transpose_grad.js
var transposeGradConfig = {
  kernelName: Transpose,
  gradFunc: (dy, saved, attrs) => {
    const transposeAttrs = attrs;
    const { perm } = transposeAttrs;
    const undoPerm = getUndoAxesPermutation(perm);
    return { x: () => transpose(dy, undoPerm) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/Unpack_grad.js
var unpackGradConfig = {
  kernelName: Unpack,
  gradFunc: (dy, saved, attrs) => {
    const unpackAttrs = attrs;
    const { axis } = unpackAttrs;
    return { value: () => stack(dy, axis) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/gradients/UnsortedSegmentSum_grad.js
var unsortedSegmentSumGradConfig = {
  kernelName: UnsortedSegmentSum,
  inputsToSave: ["segmentIds"],
  gradFunc: (dy, saved) => {
    const [segmentIds] = saved;
    const derX = () => {
      return gatherDropNegatives(dy, segmentIds);
    };
    return { x: derX };
  }
};
function gatherDropNegatives(x, indices) {
  const zeroClippedIndices = maximum(indices, zerosLike(indices));
  const gathered = gather(x, zeroClippedIndices);
  let isPositive = greaterEqual(indices, scalar(0, "int32"));
  const numIters = gathered.rank - isPositive.rank;
  for (let i = 0; i < numIters; ++i) {
    isPositive = expandDims(isPositive, i + 1);
  }
  isPositive = logicalAnd(isPositive, ones(gathered.shape, "bool"));
  const zeroSlice = zerosLike(gathered);
  return where(isPositive, gathered, zeroSlice);
}

// node_modules/@tensorflow/tfjs-core/dist/gradients/ZerosLike_grad.js
var zerosLikeGradConfig = {
  kernelName: ZerosLike,
  gradFunc: (dy) => {
    return { x: () => zerosLike(dy) };
  }
};

// node_modules/@tensorflow/tfjs-core/dist/register_all_gradients.js
var gradConfigs = [
  absGradConfig,
  acosGradConfig,
  acoshGradConfig,
  addGradConfig,
  addNGradConfig,
  argMaxGradConfig,
  argMinGradConfig,
  asinGradConfig,
  asinhGradConfig,
  atan2GradConfig,
  atanGradConfig,
  atanhGradConfig,
  avgPool3DGradConfig,
  avgPoolGradConfig,
  batchMatMulGradConfig,
  batchToSpaceNDGradConfig,
  broadcastToGradConfig,
  castGradConfig,
  ceilGradConfig,
  clipByValueGradConfig,
  complexAbsGradConfig,
  concatGradConfig,
  conv2DBackpropInputGradConfig,
  conv2DGradConfig,
  conv3DGradConfig,
  cosGradConfig,
  coshGradConfig,
  cumsumGradConfig,
  depthwiseConv2dNativeGradConfig,
  dilation2dGradConfig,
  divGradConfig,
  eluGradConfig,
  erfGradConfig,
  expGradConfig,
  expandDimsGradConfig,
  expm1GradConfig,
  floorDivGradConfig,
  floorGradConfig,
  fusedBatchNormGradConfig,
  gatherGradConfig,
  greaterEqualGradConfig,
  identityGradConfig,
  isFiniteGradConfig,
  isInfGradConfig,
  isNanGradConfig,
  leakyReluGradConfig,
  log1pGradConfig,
  logGradConfig,
  logSoftmaxGradConfig,
  lrnGradConfig,
  maxGradConfig,
  maxGradConfig,
  maximumGradConfig,
  maxPool3DGradConfig,
  maxPoolGradConfig,
  meanGradConfig,
  minGradConfig,
  minimumGradConfig,
  mirrorPadGradConfig,
  modGradConfig,
  multiplyGradConfig,
  negGradConfig,
  oneHotGradConfig,
  onesLikeGradConfig,
  packGradConfig,
  padV2GradConfig,
  padV2GradConfig,
  powGradConfig,
  preluGradConfig,
  prodGradConfig,
  reciprocalGradConfig,
  relu6GradConfig,
  reluGradConfig,
  reshapeGradConfig,
  resizeBilinearGradConfig,
  resizeNearestNeighborGradConfig,
  reverseGradConfig,
  roundGradConfig,
  rsqrtGradConfig,
  selectGradConfig,
  seluGradConfig,
  sigmoidGradConfig,
  signGradConfig,
  sinGradConfig,
  sinhGradConfig,
  sliceGradConfig,
  softmaxGradConfig,
  softplusGradConfig,
  spaceToBatchNDGradConfig,
  spaceToBatchNDGradConfig,
  splitVGradConfig,
  splitVGradConfig,
  sqrtGradConfig,
  squaredDifferenceGradConfig,
  squareGradConfig,
  stepGradConfig,
  subGradConfig,
  sumGradConfig,
  tanGradConfig,
  tanhGradConfig,
  tileGradConfig,
  transposeGradConfig,
  unpackGradConfig,
  unsortedSegmentSumGradConfig,
  zerosLikeGradConfig
];
for (const gradientConfig of gradConfigs) {
  registerGradient(gradientConfig);
}

// node_modules/@tensorflow/tfjs-layers/dist/constraints.js
function calcL2Norms(w, axis) {
  return tidy(() => sqrt(sum(mul(w, w), axis, true)));
}
var Constraint = class extends serialization_exports.Serializable {
  getConfig() {
    return {};
  }
};
var MaxNorm = class extends Constraint {
  constructor(args) {
    super();
    this.defaultMaxValue = 2;
    this.defaultAxis = 0;
    this.maxValue = args.maxValue != null ? args.maxValue : this.defaultMaxValue;
    this.axis = args.axis != null ? args.axis : this.defaultAxis;
  }
  apply(w) {
    return tidy(() => {
      const norms = calcL2Norms(w, this.axis);
      const desired = clipByValue(norms, 0, this.maxValue);
      return mul(w, div(desired, add(epsilon(), norms)));
    });
  }
  getConfig() {
    return { maxValue: this.maxValue, axis: this.axis };
  }
};
MaxNorm.className = "MaxNorm";
serialization_exports.registerClass(MaxNorm);
var UnitNorm = class extends Constraint {
  constructor(args) {
    super();
    this.defaultAxis = 0;
    this.axis = args.axis != null ? args.axis : this.defaultAxis;
  }
  apply(w) {
    return tidy(() => div(w, add(epsilon(), calcL2Norms(w, this.axis))));
  }
  getConfig() {
    return { axis: this.axis };
  }
};
UnitNorm.className = "UnitNorm";
serialization_exports.registerClass(UnitNorm);
var NonNeg = class extends Constraint {
  apply(w) {
    return relu(w);
  }
};
NonNeg.className = "NonNeg";
serialization_exports.registerClass(NonNeg);
var MinMaxNorm = class extends Constraint {
  constructor(args) {
    super();
    this.defaultMinValue = 0;
    this.defaultMaxValue = 1;
    this.defaultRate = 1;
    this.defaultAxis = 0;
    this.minValue = args.minValue != null ? args.minValue : this.defaultMinValue;
    this.maxValue = args.maxValue != null ? args.maxValue : this.defaultMaxValue;
    this.rate = args.rate != null ? args.rate : this.defaultRate;
    this.axis = args.axis != null ? args.axis : this.defaultAxis;
  }
  apply(w) {
    return tidy(() => {
      const norms = calcL2Norms(w, this.axis);
      const desired = add(mul(this.rate, clipByValue(norms, this.minValue, this.maxValue)), mul(1 - this.rate, norms));
      return mul(w, div(desired, add(epsilon(), norms)));
    });
  }
  getConfig() {
    return {
      minValue: this.minValue,
      maxValue: this.maxValue,
      rate: this.rate,
      axis: this.axis
    };
  }
};
MinMaxNorm.className = "MinMaxNorm";
serialization_exports.registerClass(MinMaxNorm);
var CONSTRAINT_IDENTIFIER_REGISTRY_SYMBOL_MAP = {
  "maxNorm": "MaxNorm",
  "minMaxNorm": "MinMaxNorm",
  "nonNeg": "NonNeg",
  "unitNorm": "UnitNorm"
};
function serializeConstraint(constraint) {
  return serializeKerasObject(constraint);
}
function deserializeConstraint(config, customObjects = {}) {
  return deserializeKerasObject(config, serialization_exports.SerializationMap.getMap().classNameMap, customObjects, "constraint");
}
function getConstraint(identifier) {
  if (identifier == null) {
    return null;
  }
  if (typeof identifier === "string") {
    const className = identifier in CONSTRAINT_IDENTIFIER_REGISTRY_SYMBOL_MAP ? CONSTRAINT_IDENTIFIER_REGISTRY_SYMBOL_MAP[identifier] : identifier;
    const config = { className, config: {} };
    return deserializeConstraint(config);
  } else if (identifier instanceof Constraint) {
    return identifier;
  } else {
    return deserializeConstraint(identifier);
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/exports_initializers.js
var exports_initializers_exports = {};
__export(exports_initializers_exports, {
  constant: () => constant,
  glorotNormal: () => glorotNormal,
  glorotUniform: () => glorotUniform,
  heNormal: () => heNormal,
  heUniform: () => heUniform,
  identity: () => identity2,
  leCunNormal: () => leCunNormal,
  leCunUniform: () => leCunUniform,
  ones: () => ones2,
  orthogonal: () => orthogonal,
  randomNormal: () => randomNormal3,
  randomUniform: () => randomUniform2,
  truncatedNormal: () => truncatedNormal2,
  varianceScaling: () => varianceScaling,
  zeros: () => zeros3
});
function zeros3() {
  return new Zeros();
}
function ones2() {
  return new Ones();
}
function constant(args) {
  return new Constant(args);
}
function randomUniform2(args) {
  return new RandomUniform(args);
}
function randomNormal3(args) {
  return new RandomNormal(args);
}
function truncatedNormal2(args) {
  return new TruncatedNormal(args);
}
function identity2(args) {
  return new Identity2(args);
}
function varianceScaling(config) {
  return new VarianceScaling(config);
}
function glorotUniform(args) {
  return new GlorotUniform(args);
}
function glorotNormal(args) {
  return new GlorotNormal(args);
}
function heNormal(args) {
  return new HeNormal(args);
}
function heUniform(args) {
  return new HeUniform(args);
}
function leCunNormal(args) {
  return new LeCunNormal(args);
}
function leCunUniform(args) {
  return new LeCunUniform(args);
}
function orthogonal(args) {
  return new Orthogonal(args);
}

// node_modules/@tensorflow/tfjs-layers/dist/exports_layers.js
var exports_layers_exports = {};
__export(exports_layers_exports, {
  Layer: () => Layer,
  RNN: () => RNN,
  RNNCell: () => RNNCell,
  activation: () => activation,
  add: () => add3,
  alphaDropout: () => alphaDropout,
  average: () => average,
  averagePooling1d: () => averagePooling1d,
  averagePooling2d: () => averagePooling2d,
  averagePooling3d: () => averagePooling3d,
  avgPool1d: () => avgPool1d,
  avgPool2d: () => avgPool2d,
  avgPool3d: () => avgPool3d2,
  avgPooling1d: () => avgPooling1d,
  avgPooling2d: () => avgPooling2d,
  avgPooling3d: () => avgPooling3d,
  batchNormalization: () => batchNormalization2,
  bidirectional: () => bidirectional,
  categoryEncoding: () => categoryEncoding,
  centerCrop: () => centerCrop,
  concatenate: () => concatenate2,
  conv1d: () => conv1d2,
  conv2d: () => conv2d2,
  conv2dTranspose: () => conv2dTranspose2,
  conv3d: () => conv3d2,
  conv3dTranspose: () => conv3dTranspose2,
  convLstm2d: () => convLstm2d,
  convLstm2dCell: () => convLstm2dCell,
  cropping2D: () => cropping2D,
  dense: () => dense,
  depthwiseConv2d: () => depthwiseConv2d3,
  dot: () => dot2,
  dropout: () => dropout3,
  elu: () => elu3,
  embedding: () => embedding,
  flatten: () => flatten2,
  gaussianDropout: () => gaussianDropout,
  gaussianNoise: () => gaussianNoise,
  globalAveragePooling1d: () => globalAveragePooling1d,
  globalAveragePooling2d: () => globalAveragePooling2d,
  globalMaxPool1d: () => globalMaxPool1d,
  globalMaxPool2d: () => globalMaxPool2d,
  globalMaxPooling1d: () => globalMaxPooling1d,
  globalMaxPooling2d: () => globalMaxPooling2d,
  gru: () => gru,
  gruCell: () => gruCell,
  input: () => input,
  inputLayer: () => inputLayer,
  layerNormalization: () => layerNormalization,
  leakyReLU: () => leakyReLU,
  lstm: () => lstm,
  lstmCell: () => lstmCell,
  masking: () => masking,
  maxPool1d: () => maxPool1d,
  maxPool2d: () => maxPool2d,
  maxPooling1d: () => maxPooling1d,
  maxPooling2d: () => maxPooling2d,
  maxPooling3d: () => maxPooling3d,
  maximum: () => maximum2,
  minimum: () => minimum2,
  multiply: () => multiply2,
  permute: () => permute,
  prelu: () => prelu2,
  randomWidth: () => randomWidth,
  reLU: () => reLU,
  repeatVector: () => repeatVector,
  rescaling: () => rescaling,
  reshape: () => reshape2,
  resizing: () => resizing,
  rnn: () => rnn2,
  separableConv2d: () => separableConv2d2,
  simpleRNN: () => simpleRNN,
  simpleRNNCell: () => simpleRNNCell,
  softmax: () => softmax2,
  spatialDropout1d: () => spatialDropout1d,
  stackedRNNCells: () => stackedRNNCells,
  thresholdedReLU: () => thresholdedReLU,
  timeDistributed: () => timeDistributed,
  upSampling2d: () => upSampling2d,
  zeroPadding2d: () => zeroPadding2d
});

// node_modules/@tensorflow/tfjs-layers/dist/exports.js
function model(args) {
  return new LayersModel(args);
}
function sequential(config) {
  return new Sequential(config);
}
function input(config) {
  return Input(config);
}

// node_modules/@tensorflow/tfjs-layers/dist/activations.js
var Activation = class extends serialization_exports.Serializable {
  getConfig() {
    return {};
  }
};
var Elu2 = class extends Activation {
  /**
   * Calculate the activation function.
   *
   * @param x: Input.
   * @param alpha: Scaling factor the negative section.
   * @return Output of the ELU activation.
   */
  apply(x, alpha = 1) {
    return elu2(x, alpha);
  }
};
Elu2.className = "elu";
serialization_exports.registerClass(Elu2);
var Selu2 = class extends Activation {
  apply(x) {
    return selu(x);
  }
};
Selu2.className = "selu";
serialization_exports.registerClass(Selu2);
var Relu2 = class extends Activation {
  apply(x) {
    return relu(x);
  }
};
Relu2.className = "relu";
serialization_exports.registerClass(Relu2);
var Relu62 = class extends Activation {
  apply(x) {
    return tidy(() => minimum(6, relu(x)));
  }
};
Relu62.className = "relu6";
serialization_exports.registerClass(Relu62);
var Linear = class extends Activation {
  apply(x) {
    return x;
  }
};
Linear.className = "linear";
serialization_exports.registerClass(Linear);
var Sigmoid2 = class extends Activation {
  apply(x) {
    return sigmoid(x);
  }
};
Sigmoid2.className = "sigmoid";
serialization_exports.registerClass(Sigmoid2);
var HardSigmoid = class extends Activation {
  apply(x) {
    return hardSigmoid(x);
  }
};
HardSigmoid.className = "hardSigmoid";
serialization_exports.registerClass(HardSigmoid);
var Softplus2 = class extends Activation {
  apply(x) {
    return softplus(x);
  }
};
Softplus2.className = "softplus";
serialization_exports.registerClass(Softplus2);
var Softsign = class extends Activation {
  apply(x) {
    return softsign(x);
  }
};
Softsign.className = "softsign";
serialization_exports.registerClass(Softsign);
var Tanh2 = class extends Activation {
  apply(x) {
    return tanh(x);
  }
};
Tanh2.className = "tanh";
serialization_exports.registerClass(Tanh2);
var Softmax2 = class extends Activation {
  /**
   * Calculate the activation function.
   *
   * @param x Tensor.
   * @param axis Integer, axis along which the softmax normalization is applied.
   * Invalid if < 2, as softmax across 1 (the batch dimension) is assumed to be
   * an error.
   *
   * @returns a Tensor of the same shape as x
   *
   * @throws ValueError: In case `dim(x) < 2`.
   */
  apply(x, axis = -1) {
    return softmax(x, axis);
  }
};
Softmax2.className = "softmax";
serialization_exports.registerClass(Softmax2);
var LogSoftmax2 = class extends Activation {
  /**
   * Calculate the activation function of log softmax:
   * log( exp(x_i) / sum(exp(x)) )
   *
   * @param x Tensor.
   * @param axis Integer, axis along which the softmax normalization is applied.
   * Invalid if < 2, as softmax across 1 (the batch dimension) is assumed to be
   * an error.
   *
   * @returns a Tensor of the same shape as x
   *
   * @throws ValueError: In case `dim(x) < 2`.
   */
  apply(x, axis = -1) {
    return logSoftmax(x, axis);
  }
};
LogSoftmax2.className = "logSoftmax";
serialization_exports.registerClass(LogSoftmax2);
var Gelu = class extends Activation {
  /**
   * Calculate the activation function.
   *
   * @param x Tensor.
   * @returns a Tensor of the same shape as x
   */
  apply(x) {
    return tidy(() => {
      return tidy(() => {
        const sqrtTwo = Math.sqrt(2);
        const cdf = mul(0.5, add(1, erf(div(x, sqrtTwo))));
        return mul(x, cdf);
      });
    });
  }
};
Gelu.className = "gelu";
serialization_exports.registerClass(Gelu);
var GeluNew = class extends Activation {
  /**
   * Calculate the activation function.
   *
   * @param x Tensor.
   * @returns a Tensor of the same shape as x
   */
  apply(x) {
    return tidy(() => {
      return mul(0.5, mul(x, add(1, tanh(mul(sqrt(div(2, Math.PI)), add(x, mul(0.044715, pow(x, 3))))))));
    });
  }
};
GeluNew.className = "gelu_new";
serialization_exports.registerClass(GeluNew);
var Mish = class extends Activation {
  /**
   * Calculate the activation function.
   *
   * @param x Tensor.
   * @returns a Tensor of the same shape as x
   */
  apply(x) {
    return tidy(() => mul(x, tanh(softplus(x))));
  }
};
Mish.className = "mish";
serialization_exports.registerClass(Mish);
var Swish = class extends Activation {
  /**
   * Calculate the activation function.
   *
   * @param x Tensor.
   * @param alpha Scaling factor for the sigmoid function.
   * @returns a Tensor of the same shape as x
   */
  apply(x, alpha = 1) {
    return tidy(() => mul(sigmoid(mul(x, alpha)), x));
  }
};
Swish.className = "swish";
serialization_exports.registerClass(Swish);
function serializeActivation(activation2) {
  return activation2.getClassName();
}
function deserializeActivation(config, customObjects = {}) {
  return deserializeKerasObject(config, serialization_exports.SerializationMap.getMap().classNameMap, customObjects, "activation");
}
function getActivation(identifier) {
  if (identifier == null) {
    const config = {};
    config["className"] = "linear";
    config["config"] = {};
    return deserializeActivation(config);
  }
  if (typeof identifier === "string") {
    const config = {};
    config["className"] = identifier;
    config["config"] = {};
    return deserializeActivation(config);
  } else if (identifier instanceof Activation) {
    return identifier;
  } else {
    return deserializeActivation(identifier);
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/regularizers.js
function assertObjectArgs(args) {
  if (args != null && typeof args !== "object") {
    throw new Error(`Argument to L1L2 regularizer's constructor is expected to be an object, but received: ${args}`);
  }
}
var Regularizer = class extends serialization_exports.Serializable {
};
var L1L2 = class extends Regularizer {
  constructor(args) {
    super();
    assertObjectArgs(args);
    this.l1 = args == null || args.l1 == null ? 0.01 : args.l1;
    this.l2 = args == null || args.l2 == null ? 0.01 : args.l2;
    this.hasL1 = this.l1 !== 0;
    this.hasL2 = this.l2 !== 0;
  }
  /**
   * Porting note: Renamed from __call__.
   * @param x Variable of which to calculate the regularization score.
   */
  apply(x) {
    return tidy(() => {
      let regularization = zeros([1]);
      if (this.hasL1) {
        regularization = add(regularization, sum(mul(this.l1, abs(x))));
      }
      if (this.hasL2) {
        regularization = add(regularization, sum(mul(this.l2, square2(x))));
      }
      return reshape(regularization, []);
    });
  }
  getConfig() {
    return { "l1": this.l1, "l2": this.l2 };
  }
  /** @nocollapse */
  static fromConfig(cls, config) {
    return new cls({ l1: config["l1"], l2: config["l2"] });
  }
};
L1L2.className = "L1L2";
serialization_exports.registerClass(L1L2);
function l1(args) {
  assertObjectArgs(args);
  return new L1L2({ l1: args != null ? args.l1 : null, l2: 0 });
}
function l2(args) {
  assertObjectArgs(args);
  return new L1L2({ l2: args != null ? args.l2 : null, l1: 0 });
}
var REGULARIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP = {
  "l1l2": "L1L2"
};
function serializeRegularizer(constraint) {
  return serializeKerasObject(constraint);
}
function deserializeRegularizer(config, customObjects = {}) {
  return deserializeKerasObject(config, serialization_exports.SerializationMap.getMap().classNameMap, customObjects, "regularizer");
}
function getRegularizer(identifier) {
  if (identifier == null) {
    return null;
  }
  if (typeof identifier === "string") {
    const className = identifier in REGULARIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP ? REGULARIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP[identifier] : identifier;
    const config = { className, config: {} };
    return deserializeRegularizer(config);
  } else if (identifier instanceof Regularizer) {
    return identifier;
  } else {
    return deserializeRegularizer(identifier);
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/layers/advanced_activations.js
var ReLU = class extends Layer {
  constructor(args) {
    super(args == null ? {} : args);
    this.supportsMasking = true;
    if (args != null) {
      this.maxValue = args.maxValue;
    }
  }
  call(inputs, kwargs) {
    inputs = getExactlyOneTensor(inputs);
    let output = relu(inputs);
    if (this.maxValue != null) {
      output = clipByValue(output, 0, this.maxValue);
    }
    return output;
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const config = { maxValue: this.maxValue };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
ReLU.className = "ReLU";
serialization_exports.registerClass(ReLU);
var LeakyReLU = class extends Layer {
  constructor(args) {
    super(args == null ? {} : args);
    this.DEFAULT_ALPHA = 0.3;
    if (args == null) {
      args = {};
    }
    this.alpha = args.alpha == null ? this.DEFAULT_ALPHA : args.alpha;
  }
  call(inputs, kwargs) {
    const x = getExactlyOneTensor(inputs);
    return leakyRelu(x, this.alpha);
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const config = { alpha: this.alpha };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
LeakyReLU.className = "LeakyReLU";
serialization_exports.registerClass(LeakyReLU);
var PReLU = class extends Layer {
  constructor(args) {
    super(args == null ? {} : args);
    this.DEFAULT_ALPHA_INITIALIZER = "zeros";
    if (args == null) {
      args = {};
    }
    this.supportsMasking = true;
    this.alphaInitializer = getInitializer(args.alphaInitializer || this.DEFAULT_ALPHA_INITIALIZER);
    this.alphaRegularizer = getRegularizer(args.alphaRegularizer);
    this.alphaConstraint = getConstraint(args.alphaConstraint);
    if (args.sharedAxes == null) {
      this.sharedAxes = null;
    } else if (Array.isArray(args.sharedAxes)) {
      this.sharedAxes = args.sharedAxes;
    } else if (typeof args.sharedAxes === "number") {
      this.sharedAxes = [args.sharedAxes];
    } else {
      throw new ValueError(`Expected sharedAxes to be a number or an array of numbers, but got ${args.sharedAxes}`);
    }
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const paramShape = inputShape.slice(1);
    if (this.sharedAxes != null) {
      for (const i of this.sharedAxes) {
        paramShape[i - 1] = 1;
      }
    }
    this.alpha = this.addWeight("alpha", paramShape, "float32", this.alphaInitializer, this.alphaRegularizer, true, this.alphaConstraint);
    const axes = {};
    if (this.sharedAxes != null) {
      for (let i = 1; i < inputShape.length; ++i) {
        axes[i] = inputShape[i];
      }
    }
    this.inputSpec = [new InputSpec({
      ndim: inputShape.length,
      axes
    })];
    this.built = true;
  }
  call(inputs, kwargs) {
    inputs = getExactlyOneTensor(inputs);
    return prelu(inputs, this.alpha.read());
  }
  getConfig() {
    const config = {
      alphaInitializer: serializeInitializer(this.alphaInitializer),
      alphaRegularizer: serializeRegularizer(this.alphaRegularizer),
      alphaConstraint: serializeConstraint(this.alphaConstraint),
      sharedAxes: this.sharedAxes
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
PReLU.className = "PReLU";
serialization_exports.registerClass(PReLU);
var ELU = class extends Layer {
  constructor(args) {
    super(args == null ? {} : args);
    this.DEFAULT_ALPHA = 1;
    if (args == null) {
      args = {};
    }
    if (args.alpha != null && args.alpha !== this.DEFAULT_ALPHA) {
      throw new NotImplementedError(`Non-default alpha value (${args.alpha}) is not supported by the ELU layer yet.`);
    }
    this.alpha = args.alpha == null ? this.DEFAULT_ALPHA : args.alpha;
  }
  call(inputs, kwargs) {
    const x = getExactlyOneTensor(inputs);
    return elu(x);
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const config = { alpha: this.alpha };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
ELU.className = "ELU";
serialization_exports.registerClass(ELU);
var ThresholdedReLU = class extends Layer {
  constructor(args) {
    super(args == null ? {} : args);
    this.DEFAULT_THETA = 1;
    if (args == null) {
      args = {};
    }
    this.theta = args.theta == null ? this.DEFAULT_THETA : args.theta;
  }
  call(inputs, kwargs) {
    const x = getExactlyOneTensor(inputs);
    return mul(x, cast(greater(x, this.theta), "float32"));
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const config = { theta: this.theta };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
ThresholdedReLU.className = "ThresholdedReLU";
serialization_exports.registerClass(ThresholdedReLU);
var Softmax3 = class extends Layer {
  constructor(args) {
    super(args == null ? {} : args);
    this.DEFAULT_AXIS = 1;
    if (args == null) {
      args = {};
    }
    this.softmax = new Softmax2().apply;
    this.axis = args.axis == null ? this.DEFAULT_AXIS : args.axis;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      let x = getExactlyOneTensor(inputs);
      const mask = kwargs["mask"];
      if (mask != null) {
        const adder = mul(sub(ones(x.shape), cast(mask, x.dtype)), scalar(-1e9));
        x = add(x, adder);
      }
      if (this.axis instanceof Array) {
        if (this.axis.length > 1) {
          return exp(sub(x, logSumExp(x, this.axis, true)));
        } else {
          return this.softmax(x, this.axis[0]);
        }
      }
      return this.softmax(x, this.axis);
    });
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const config = { axis: this.axis };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Softmax3.className = "Softmax";
serialization_exports.registerClass(Softmax3);

// node_modules/@tensorflow/tfjs-layers/dist/utils/conv_utils.js
function normalizeArray(value, n, name) {
  if (typeof value === "number") {
    return pyListRepeat(value, n);
  } else {
    if (value.length !== n) {
      throw new ValueError(`The ${name} argument must be an integer or tuple of ${n} integers. Received: ${value.length} elements.`);
    }
    for (let i = 0; i < n; ++i) {
      const singleValue = value[i];
      if (!isInteger(singleValue)) {
        throw new ValueError(`The ${name} argument must be an integer or tuple of ${n} integers. Received: ${JSON.stringify(value)} including a non-integer number ${singleValue}`);
      }
    }
    return value;
  }
}
function convOutputLength(inputLength, filterSize, padding, stride, dilation = 1) {
  if (inputLength == null) {
    return inputLength;
  }
  const dilatedFilterSize = filterSize + (filterSize - 1) * (dilation - 1);
  let outputLength;
  if (padding === "same") {
    outputLength = inputLength;
  } else {
    outputLength = inputLength - dilatedFilterSize + 1;
  }
  return Math.floor((outputLength + stride - 1) / stride);
}
function deconvLength(dimSize, strideSize, kernelSize2, padding) {
  if (dimSize == null) {
    return null;
  }
  if (padding === "valid") {
    dimSize = dimSize * strideSize + max2([kernelSize2 - strideSize, 0]);
  } else if (padding === "same") {
    dimSize = dimSize * strideSize;
  } else {
    throw new ValueError(`Unsupport padding mode: ${padding}.`);
  }
  return dimSize;
}

// node_modules/@tensorflow/tfjs-layers/dist/layers/convolutional.js
function preprocessConv2DInput(x, dataFormat) {
  return tidy(() => {
    checkDataFormat(dataFormat);
    if (dataFormat === "channelsFirst") {
      return transpose(x, [0, 2, 3, 1]);
    } else {
      return x;
    }
  });
}
function preprocessConv3DInput(x, dataFormat) {
  return tidy(() => {
    checkDataFormat(dataFormat);
    if (dataFormat === "channelsFirst") {
      return transpose(x, [0, 2, 3, 4, 1]);
    } else {
      return x;
    }
  });
}
function conv1dWithBias(x, kernel, bias, strides = 1, padding = "valid", dataFormat, dilationRate = 1) {
  return tidy(() => {
    if (dataFormat == null) {
      dataFormat = imageDataFormat();
    }
    checkDataFormat(dataFormat);
    if (x.shape.length !== 3) {
      throw new ValueError(`The input of a conv1dWithBias operation should be 3, but is ${x.shape.length} instead.`);
    }
    if (kernel.shape.length !== 3) {
      throw new ValueError(`The kernel for a conv1dWithBias operation should be 3, but is ${kernel.shape.length} instead`);
    }
    if (bias != null && bias.shape.length !== 1) {
      throw new ValueError(`The bias for a conv1dWithBias operation should be 1, but is ${bias.shape.length} instead`);
    }
    if (dataFormat === "channelsFirst") {
      x = transpose(x, [0, 2, 1]);
    }
    if (padding === "causal") {
      throw new NotImplementedError("The support for CAUSAL padding mode in conv1dWithBias is not implemented yet.");
    }
    let y = conv1d(x, kernel, strides, padding === "same" ? "same" : "valid", "NWC", dilationRate);
    if (bias != null) {
      y = biasAdd(y, bias);
    }
    return y;
  });
}
function conv2dWithBiasActivation(x, kernel, bias, strides = [1, 1], padding = "valid", dataFormat, dilationRate, activation2 = null) {
  return tidy(() => {
    if (dataFormat == null) {
      dataFormat = imageDataFormat();
    }
    checkDataFormat(dataFormat);
    if (x.rank !== 3 && x.rank !== 4) {
      throw new ValueError(`conv2dWithBiasActivation expects input to be of rank 3 or 4, but received ${x.rank}.`);
    }
    if (kernel.rank !== 3 && kernel.rank !== 4) {
      throw new ValueError(`conv2dWithBiasActivation expects kernel to be of rank 3 or 4, but received ${x.rank}.`);
    }
    let y = preprocessConv2DInput(x, dataFormat);
    if (padding === "causal") {
      throw new NotImplementedError("The support for CAUSAL padding mode in conv1dWithBias is not implemented yet.");
    }
    y = fused_ops_exports.conv2d({
      x: y,
      filter: kernel,
      strides,
      pad: padding === "same" ? "same" : "valid",
      dilations: dilationRate,
      dataFormat: "NHWC",
      bias,
      activation: activation2
    });
    if (dataFormat === "channelsFirst") {
      y = transpose(y, [0, 3, 1, 2]);
    }
    return y;
  });
}
function conv3dWithBias(x, kernel, bias, strides = [1, 1, 1], padding = "valid", dataFormat, dilationRate) {
  return tidy(() => {
    if (dataFormat == null) {
      dataFormat = imageDataFormat();
    }
    checkDataFormat(dataFormat);
    if (x.rank !== 4 && x.rank !== 5) {
      throw new ValueError(`conv3dWithBias expects input to be of rank 4 or 5, but received ${x.rank}.`);
    }
    if (kernel.rank !== 4 && kernel.rank !== 5) {
      throw new ValueError(`conv3dWithBias expects kernel to be of rank 4 or 5, but received ${x.rank}.`);
    }
    let y = preprocessConv3DInput(x, dataFormat);
    if (padding === "causal") {
      throw new NotImplementedError("The support for CAUSAL padding mode in conv3dWithBias is not implemented yet.");
    }
    y = conv3d(y, kernel, strides, padding === "same" ? "same" : "valid", "NDHWC", dilationRate);
    if (bias != null) {
      y = biasAdd(y, bias);
    }
    if (dataFormat === "channelsFirst") {
      y = transpose(y, [0, 4, 1, 2, 3]);
    }
    return y;
  });
}
var BaseConv = class _BaseConv extends Layer {
  constructor(rank, args) {
    super(args);
    this.bias = null;
    this.DEFAULT_KERNEL_INITIALIZER = "glorotNormal";
    this.DEFAULT_BIAS_INITIALIZER = "zeros";
    _BaseConv.verifyArgs(args);
    this.rank = rank;
    assertPositiveInteger(this.rank, "rank");
    if (this.rank !== 1 && this.rank !== 2 && this.rank !== 3) {
      throw new NotImplementedError(`Convolution layer for rank other than 1, 2, or 3 (${this.rank}) is not implemented yet.`);
    }
    this.kernelSize = normalizeArray(args.kernelSize, rank, "kernelSize");
    this.strides = normalizeArray(args.strides == null ? 1 : args.strides, rank, "strides");
    this.padding = args.padding == null ? "valid" : args.padding;
    checkPaddingMode(this.padding);
    this.dataFormat = args.dataFormat == null ? "channelsLast" : args.dataFormat;
    checkDataFormat(this.dataFormat);
    this.activation = getActivation(args.activation);
    this.useBias = args.useBias == null ? true : args.useBias;
    this.biasInitializer = getInitializer(args.biasInitializer || this.DEFAULT_BIAS_INITIALIZER);
    this.biasConstraint = getConstraint(args.biasConstraint);
    this.biasRegularizer = getRegularizer(args.biasRegularizer);
    this.activityRegularizer = getRegularizer(args.activityRegularizer);
    this.dilationRate = normalizeArray(args.dilationRate == null ? 1 : args.dilationRate, rank, "dilationRate");
    if (this.rank === 1 && (Array.isArray(this.dilationRate) && this.dilationRate.length !== 1)) {
      throw new ValueError(`dilationRate must be a number or an array of a single number for 1D convolution, but received ${JSON.stringify(this.dilationRate)}`);
    } else if (this.rank === 2) {
      if (typeof this.dilationRate === "number") {
        this.dilationRate = [this.dilationRate, this.dilationRate];
      } else if (this.dilationRate.length !== 2) {
        throw new ValueError(`dilationRate must be a number or array of two numbers for 2D convolution, but received ${JSON.stringify(this.dilationRate)}`);
      }
    } else if (this.rank === 3) {
      if (typeof this.dilationRate === "number") {
        this.dilationRate = [this.dilationRate, this.dilationRate, this.dilationRate];
      } else if (this.dilationRate.length !== 3) {
        throw new ValueError(`dilationRate must be a number or array of three numbers for 3D convolution, but received ${JSON.stringify(this.dilationRate)}`);
      }
    }
  }
  static verifyArgs(args) {
    assert2("kernelSize" in args, `required key 'kernelSize' not in config`);
    if (typeof args.kernelSize !== "number" && !checkArrayTypeAndLength(args.kernelSize, "number", 1, 3)) {
      throw new ValueError(`BaseConv expects config.kernelSize to be number or number[] with length 1, 2, or 3, but received ${JSON.stringify(args.kernelSize)}.`);
    }
  }
  getConfig() {
    const config = {
      kernelSize: this.kernelSize,
      strides: this.strides,
      padding: this.padding,
      dataFormat: this.dataFormat,
      dilationRate: this.dilationRate,
      activation: serializeActivation(this.activation),
      useBias: this.useBias,
      biasInitializer: serializeInitializer(this.biasInitializer),
      biasRegularizer: serializeRegularizer(this.biasRegularizer),
      activityRegularizer: serializeRegularizer(this.activityRegularizer),
      biasConstraint: serializeConstraint(this.biasConstraint)
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
var Conv = class _Conv extends BaseConv {
  constructor(rank, args) {
    super(rank, args);
    this.kernel = null;
    _Conv.verifyArgs(args);
    this.filters = args.filters;
    assertPositiveInteger(this.filters, "filters");
    this.kernelInitializer = getInitializer(args.kernelInitializer || this.DEFAULT_KERNEL_INITIALIZER);
    this.kernelConstraint = getConstraint(args.kernelConstraint);
    this.kernelRegularizer = getRegularizer(args.kernelRegularizer);
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const channelAxis = this.dataFormat === "channelsFirst" ? 1 : inputShape.length - 1;
    if (inputShape[channelAxis] == null) {
      throw new ValueError(`The channel dimension of the input should be defined. Found ${inputShape[channelAxis]}`);
    }
    const inputDim = inputShape[channelAxis];
    const kernelShape = this.kernelSize.concat([inputDim, this.filters]);
    this.kernel = this.addWeight("kernel", kernelShape, null, this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.filters], null, this.biasInitializer, this.biasRegularizer, true, this.biasConstraint);
    }
    this.inputSpec = [{ ndim: this.rank + 2, axes: { [channelAxis]: inputDim } }];
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = getExactlyOneTensor(inputs);
      let outputs;
      const biasValue = this.bias == null ? null : this.bias.read();
      const fusedActivationName = mapActivationToFusedKernel(this.activation.getClassName());
      if (fusedActivationName != null && this.rank === 2) {
        outputs = conv2dWithBiasActivation(inputs, this.kernel.read(), biasValue, this.strides, this.padding, this.dataFormat, this.dilationRate, fusedActivationName);
      } else {
        if (this.rank === 1) {
          outputs = conv1dWithBias(inputs, this.kernel.read(), biasValue, this.strides[0], this.padding, this.dataFormat, this.dilationRate[0]);
        } else if (this.rank === 2) {
          outputs = conv2dWithBiasActivation(inputs, this.kernel.read(), biasValue, this.strides, this.padding, this.dataFormat, this.dilationRate);
        } else if (this.rank === 3) {
          outputs = conv3dWithBias(inputs, this.kernel.read(), biasValue, this.strides, this.padding, this.dataFormat, this.dilationRate);
        } else {
          throw new NotImplementedError("convolutions greater than 3D are not implemented yet.");
        }
        if (this.activation != null) {
          outputs = this.activation.apply(outputs);
        }
      }
      return outputs;
    });
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const newSpace = [];
    const space = this.dataFormat === "channelsLast" ? inputShape.slice(1, inputShape.length - 1) : inputShape.slice(2);
    for (let i = 0; i < space.length; ++i) {
      const newDim = convOutputLength(space[i], this.kernelSize[i], this.padding, this.strides[i], typeof this.dilationRate === "number" ? this.dilationRate : this.dilationRate[i]);
      newSpace.push(newDim);
    }
    let outputShape = [inputShape[0]];
    if (this.dataFormat === "channelsLast") {
      outputShape = outputShape.concat(newSpace);
      outputShape.push(this.filters);
    } else {
      outputShape.push(this.filters);
      outputShape = outputShape.concat(newSpace);
    }
    return outputShape;
  }
  getConfig() {
    const config = {
      filters: this.filters,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      kernelRegularizer: serializeRegularizer(this.kernelRegularizer),
      kernelConstraint: serializeConstraint(this.kernelConstraint)
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  static verifyArgs(args) {
    if (!("filters" in args) || typeof args.filters !== "number" || args.filters < 1) {
      throw new ValueError(`Convolution layer expected config.filters to be a 'number' > 0 but got ${JSON.stringify(args.filters)}`);
    }
  }
};
var Conv2D2 = class _Conv2D extends Conv {
  constructor(args) {
    super(2, args);
    _Conv2D.verifyArgs(args);
  }
  getConfig() {
    const config = super.getConfig();
    delete config["rank"];
    return config;
  }
  static verifyArgs(args) {
    if (typeof args.kernelSize !== "number" && !checkArrayTypeAndLength(args.kernelSize, "number", 1, 2)) {
      throw new ValueError(`Conv2D expects config.kernelSize to be number or number[] with length 1 or 2, but received ${JSON.stringify(args.kernelSize)}.`);
    }
  }
};
Conv2D2.className = "Conv2D";
serialization_exports.registerClass(Conv2D2);
var Conv3D2 = class _Conv3D extends Conv {
  constructor(args) {
    super(3, args);
    _Conv3D.verifyArgs(args);
  }
  getConfig() {
    const config = super.getConfig();
    delete config["rank"];
    return config;
  }
  static verifyArgs(args) {
    if (typeof args.kernelSize !== "number") {
      if (!(Array.isArray(args.kernelSize) && (args.kernelSize.length === 1 || args.kernelSize.length === 3))) {
        throw new ValueError(`Conv3D expects config.kernelSize to be number or [number, number, number], but received ${JSON.stringify(args.kernelSize)}.`);
      }
    }
  }
};
Conv3D2.className = "Conv3D";
serialization_exports.registerClass(Conv3D2);
var Conv2DTranspose = class extends Conv2D2 {
  constructor(args) {
    super(args);
    this.inputSpec = [new InputSpec({ ndim: 4 })];
    if (this.padding !== "same" && this.padding !== "valid") {
      throw new ValueError(`Conv2DTranspose currently supports only padding modes 'same' and 'valid', but received padding mode ${this.padding}`);
    }
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    if (inputShape.length !== 4) {
      throw new ValueError("Input should have rank 4; Received input shape: " + JSON.stringify(inputShape));
    }
    const channelAxis = this.dataFormat === "channelsFirst" ? 1 : inputShape.length - 1;
    if (inputShape[channelAxis] == null) {
      throw new ValueError("The channel dimension of the inputs should be defined. Found `None`.");
    }
    const inputDim = inputShape[channelAxis];
    const kernelShape = this.kernelSize.concat([this.filters, inputDim]);
    this.kernel = this.addWeight("kernel", kernelShape, "float32", this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.filters], "float32", this.biasInitializer, this.biasRegularizer, true, this.biasConstraint);
    }
    this.inputSpec = [new InputSpec({ ndim: 4, axes: { [channelAxis]: inputDim } })];
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      let input2 = getExactlyOneTensor(inputs);
      if (input2.shape.length !== 4) {
        throw new ValueError(`Conv2DTranspose.call() expects input tensor to be rank-4, but received a tensor of rank-${input2.shape.length}`);
      }
      const inputShape = input2.shape;
      const batchSize = inputShape[0];
      let hAxis;
      let wAxis;
      if (this.dataFormat === "channelsFirst") {
        hAxis = 2;
        wAxis = 3;
      } else {
        hAxis = 1;
        wAxis = 2;
      }
      const height = inputShape[hAxis];
      const width = inputShape[wAxis];
      const kernelH = this.kernelSize[0];
      const kernelW = this.kernelSize[1];
      const strideH = this.strides[0];
      const strideW = this.strides[1];
      const outHeight = deconvLength(height, strideH, kernelH, this.padding);
      const outWidth = deconvLength(width, strideW, kernelW, this.padding);
      const outputShape = [batchSize, outHeight, outWidth, this.filters];
      if (this.dataFormat !== "channelsLast") {
        input2 = transpose(input2, [0, 2, 3, 1]);
      }
      let outputs = conv2dTranspose(input2, this.kernel.read(), outputShape, this.strides, this.padding);
      if (this.dataFormat !== "channelsLast") {
        outputs = transpose(outputs, [0, 3, 1, 2]);
      }
      if (this.bias != null) {
        outputs = biasAdd(outputs, this.bias.read(), this.dataFormat);
      }
      if (this.activation != null) {
        outputs = this.activation.apply(outputs);
      }
      return outputs;
    });
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const outputShape = inputShape.slice();
    let channelAxis;
    let heightAxis;
    let widthAxis;
    if (this.dataFormat === "channelsFirst") {
      channelAxis = 1;
      heightAxis = 2;
      widthAxis = 3;
    } else {
      channelAxis = 3;
      heightAxis = 1;
      widthAxis = 2;
    }
    const kernelH = this.kernelSize[0];
    const kernelW = this.kernelSize[1];
    const strideH = this.strides[0];
    const strideW = this.strides[1];
    outputShape[channelAxis] = this.filters;
    outputShape[heightAxis] = deconvLength(outputShape[heightAxis], strideH, kernelH, this.padding);
    outputShape[widthAxis] = deconvLength(outputShape[widthAxis], strideW, kernelW, this.padding);
    return outputShape;
  }
  getConfig() {
    const config = super.getConfig();
    delete config["dilationRate"];
    return config;
  }
};
Conv2DTranspose.className = "Conv2DTranspose";
serialization_exports.registerClass(Conv2DTranspose);
var Conv3DTranspose = class extends Conv3D2 {
  constructor(args) {
    super(args);
    this.inputSpec = [new InputSpec({ ndim: 5 })];
    if (this.padding !== "same" && this.padding !== "valid") {
      throw new ValueError(`Conv3DTranspose currently supports only padding modes 'same' and 'valid', but received padding mode ${this.padding}`);
    }
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    if (inputShape.length !== 5) {
      throw new ValueError("Input should have rank 5; Received input shape: " + JSON.stringify(inputShape));
    }
    const channelAxis = this.dataFormat === "channelsFirst" ? 1 : inputShape.length - 1;
    if (inputShape[channelAxis] == null) {
      throw new ValueError("The channel dimension of the inputs should be defined. Found `None`.");
    }
    const inputDim = inputShape[channelAxis];
    const kernelShape = this.kernelSize.concat([this.filters, inputDim]);
    this.kernel = this.addWeight("kernel", kernelShape, "float32", this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.filters], "float32", this.biasInitializer, this.biasRegularizer, true, this.biasConstraint);
    }
    this.inputSpec = [new InputSpec({ ndim: 5, axes: { [channelAxis]: inputDim } })];
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      let input2 = getExactlyOneTensor(inputs);
      if (input2.shape.length !== 5) {
        throw new ValueError(`Conv3DTranspose.call() expects input tensor to be rank-4, but received a tensor of rank-${input2.shape.length}`);
      }
      const inputShape = input2.shape;
      const batchSize = inputShape[0];
      let hAxis;
      let wAxis;
      let dAxis;
      if (this.dataFormat === "channelsFirst") {
        dAxis = 2;
        hAxis = 3;
        wAxis = 4;
      } else {
        dAxis = 1;
        hAxis = 2;
        wAxis = 3;
      }
      const depth = inputShape[dAxis];
      const height = inputShape[hAxis];
      const width = inputShape[wAxis];
      const kernelD = this.kernelSize[0];
      const kernelH = this.kernelSize[1];
      const kernelW = this.kernelSize[2];
      const strideD = this.strides[0];
      const strideH = this.strides[1];
      const strideW = this.strides[2];
      const outDepth = deconvLength(depth, strideD, kernelD, this.padding);
      const outHeight = deconvLength(height, strideH, kernelH, this.padding);
      const outWidth = deconvLength(width, strideW, kernelW, this.padding);
      const outputShape = [batchSize, outDepth, outHeight, outWidth, this.filters];
      if (this.dataFormat !== "channelsLast") {
        input2 = transpose(input2, [0, 2, 3, 4, 1]);
      }
      let outputs = conv3dTranspose(input2, this.kernel.read(), outputShape, this.strides, this.padding);
      if (this.dataFormat !== "channelsLast") {
        outputs = transpose(outputs, [0, 4, 1, 2, 3]);
      }
      if (this.bias !== null) {
        outputs = biasAdd(outputs, this.bias.read(), this.dataFormat);
      }
      if (this.activation !== null) {
        outputs = this.activation.apply(outputs);
      }
      return outputs;
    });
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const outputShape = inputShape.slice();
    let channelAxis;
    let depthAxis;
    let heightAxis;
    let widthAxis;
    if (this.dataFormat === "channelsFirst") {
      channelAxis = 1;
      depthAxis = 2;
      heightAxis = 3;
      widthAxis = 4;
    } else {
      channelAxis = 4;
      depthAxis = 1;
      heightAxis = 2;
      widthAxis = 3;
    }
    const kernelD = this.kernelSize[0];
    const kernelH = this.kernelSize[1];
    const kernelW = this.kernelSize[2];
    const strideD = this.strides[0];
    const strideH = this.strides[1];
    const strideW = this.strides[2];
    outputShape[channelAxis] = this.filters;
    outputShape[depthAxis] = deconvLength(outputShape[depthAxis], strideD, kernelD, this.padding);
    outputShape[heightAxis] = deconvLength(outputShape[heightAxis], strideH, kernelH, this.padding);
    outputShape[widthAxis] = deconvLength(outputShape[widthAxis], strideW, kernelW, this.padding);
    return outputShape;
  }
  getConfig() {
    const config = super.getConfig();
    delete config["dilationRate"];
    return config;
  }
};
Conv3DTranspose.className = "Conv3DTranspose";
serialization_exports.registerClass(Conv3DTranspose);
var SeparableConv = class extends Conv {
  constructor(rank, config) {
    super(rank, config);
    this.DEFAULT_DEPTHWISE_INITIALIZER = "glorotUniform";
    this.DEFAULT_POINTWISE_INITIALIZER = "glorotUniform";
    this.depthwiseKernel = null;
    this.pointwiseKernel = null;
    if (config.filters == null) {
      throw new ValueError("The `filters` configuration field is required by SeparableConv, but is unspecified.");
    }
    if (config.kernelInitializer != null || config.kernelRegularizer != null || config.kernelConstraint != null) {
      throw new ValueError("Fields kernelInitializer, kernelRegularizer and kernelConstraint are invalid for SeparableConv2D. Use depthwiseInitializer, depthwiseRegularizer, depthwiseConstraint, pointwiseInitializer, pointwiseRegularizer and pointwiseConstraint instead.");
    }
    if (config.padding != null && config.padding !== "same" && config.padding !== "valid") {
      throw new ValueError(`SeparableConv${this.rank}D supports only padding modes: 'same' and 'valid', but received ${JSON.stringify(config.padding)}`);
    }
    this.depthMultiplier = config.depthMultiplier == null ? 1 : config.depthMultiplier;
    this.depthwiseInitializer = getInitializer(config.depthwiseInitializer || this.DEFAULT_DEPTHWISE_INITIALIZER);
    this.depthwiseRegularizer = getRegularizer(config.depthwiseRegularizer);
    this.depthwiseConstraint = getConstraint(config.depthwiseConstraint);
    this.pointwiseInitializer = getInitializer(config.depthwiseInitializer || this.DEFAULT_POINTWISE_INITIALIZER);
    this.pointwiseRegularizer = getRegularizer(config.pointwiseRegularizer);
    this.pointwiseConstraint = getConstraint(config.pointwiseConstraint);
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    if (inputShape.length < this.rank + 2) {
      throw new ValueError(`Inputs to SeparableConv${this.rank}D should have rank ${this.rank + 2}, but received input shape: ${JSON.stringify(inputShape)}`);
    }
    const channelAxis = this.dataFormat === "channelsFirst" ? 1 : inputShape.length - 1;
    if (inputShape[channelAxis] == null || inputShape[channelAxis] < 0) {
      throw new ValueError(`The channel dimension of the inputs should be defined, but found ${JSON.stringify(inputShape[channelAxis])}`);
    }
    const inputDim = inputShape[channelAxis];
    const depthwiseKernelShape = this.kernelSize.concat([inputDim, this.depthMultiplier]);
    const pointwiseKernelShape = [];
    for (let i = 0; i < this.rank; ++i) {
      pointwiseKernelShape.push(1);
    }
    pointwiseKernelShape.push(inputDim * this.depthMultiplier, this.filters);
    const trainable = true;
    this.depthwiseKernel = this.addWeight("depthwise_kernel", depthwiseKernelShape, "float32", this.depthwiseInitializer, this.depthwiseRegularizer, trainable, this.depthwiseConstraint);
    this.pointwiseKernel = this.addWeight("pointwise_kernel", pointwiseKernelShape, "float32", this.pointwiseInitializer, this.pointwiseRegularizer, trainable, this.pointwiseConstraint);
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.filters], "float32", this.biasInitializer, this.biasRegularizer, trainable, this.biasConstraint);
    } else {
      this.bias = null;
    }
    this.inputSpec = [new InputSpec({ ndim: this.rank + 2, axes: { [channelAxis]: inputDim } })];
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = getExactlyOneTensor(inputs);
      let output;
      if (this.rank === 1) {
        throw new NotImplementedError("1D separable convolution is not implemented yet.");
      } else if (this.rank === 2) {
        if (this.dataFormat === "channelsFirst") {
          inputs = transpose(inputs, [0, 2, 3, 1]);
        }
        output = separableConv2d(inputs, this.depthwiseKernel.read(), this.pointwiseKernel.read(), this.strides, this.padding, this.dilationRate, "NHWC");
      }
      if (this.useBias) {
        output = biasAdd(output, this.bias.read(), this.dataFormat);
      }
      if (this.activation != null) {
        output = this.activation.apply(output);
      }
      if (this.dataFormat === "channelsFirst") {
        output = transpose(output, [0, 3, 1, 2]);
      }
      return output;
    });
  }
  getConfig() {
    const config = super.getConfig();
    delete config["rank"];
    delete config["kernelInitializer"];
    delete config["kernelRegularizer"];
    delete config["kernelConstraint"];
    config["depthwiseInitializer"] = serializeInitializer(this.depthwiseInitializer);
    config["pointwiseInitializer"] = serializeInitializer(this.pointwiseInitializer);
    config["depthwiseRegularizer"] = serializeRegularizer(this.depthwiseRegularizer);
    config["pointwiseRegularizer"] = serializeRegularizer(this.pointwiseRegularizer);
    config["depthwiseConstraint"] = serializeConstraint(this.depthwiseConstraint);
    config["pointwiseConstraint"] = serializeConstraint(this.pointwiseConstraint);
    return config;
  }
};
SeparableConv.className = "SeparableConv";
var SeparableConv2D = class extends SeparableConv {
  constructor(args) {
    super(2, args);
  }
};
SeparableConv2D.className = "SeparableConv2D";
serialization_exports.registerClass(SeparableConv2D);
var Conv1D = class _Conv1D extends Conv {
  constructor(args) {
    super(1, args);
    _Conv1D.verifyArgs(args);
    this.inputSpec = [{ ndim: 3 }];
  }
  getConfig() {
    const config = super.getConfig();
    delete config["rank"];
    delete config["dataFormat"];
    return config;
  }
  static verifyArgs(args) {
    if (typeof args.kernelSize !== "number" && !checkArrayTypeAndLength(args.kernelSize, "number", 1, 1)) {
      throw new ValueError(`Conv1D expects config.kernelSize to be number or number[] with length 1, but received ${JSON.stringify(args.kernelSize)}.`);
    }
  }
};
Conv1D.className = "Conv1D";
serialization_exports.registerClass(Conv1D);
var Cropping2D = class extends Layer {
  constructor(args) {
    super(args);
    if (typeof args.cropping === "number") {
      this.cropping = [[args.cropping, args.cropping], [args.cropping, args.cropping]];
    } else if (typeof args.cropping[0] === "number") {
      this.cropping = [
        [args.cropping[0], args.cropping[0]],
        [args.cropping[1], args.cropping[1]]
      ];
    } else {
      this.cropping = args.cropping;
    }
    this.dataFormat = args.dataFormat === void 0 ? "channelsLast" : args.dataFormat;
    this.inputSpec = [{ ndim: 4 }];
  }
  computeOutputShape(inputShape) {
    if (this.dataFormat === "channelsFirst") {
      return [
        inputShape[0],
        inputShape[1],
        inputShape[2] - this.cropping[0][0] - this.cropping[0][1],
        inputShape[3] - this.cropping[1][0] - this.cropping[1][1]
      ];
    } else {
      return [
        inputShape[0],
        inputShape[1] - this.cropping[0][0] - this.cropping[0][1],
        inputShape[2] - this.cropping[1][0] - this.cropping[1][1],
        inputShape[3]
      ];
    }
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = getExactlyOneTensor(inputs);
      if (this.dataFormat === "channelsLast") {
        const hSliced = sliceAlongAxis(inputs, this.cropping[0][0], inputs.shape[1] - this.cropping[0][0] - this.cropping[0][1], 2);
        return sliceAlongAxis(hSliced, this.cropping[1][0], inputs.shape[2] - this.cropping[1][1] - this.cropping[1][0], 3);
      } else {
        const hSliced = sliceAlongAxis(inputs, this.cropping[0][0], inputs.shape[2] - this.cropping[0][0] - this.cropping[0][1], 3);
        return sliceAlongAxis(hSliced, this.cropping[1][0], inputs.shape[3] - this.cropping[1][1] - this.cropping[1][0], 4);
      }
    });
  }
  getConfig() {
    const config = { cropping: this.cropping, dataFormat: this.dataFormat };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Cropping2D.className = "Cropping2D";
serialization_exports.registerClass(Cropping2D);
var UpSampling2D = class extends Layer {
  constructor(args) {
    super(args);
    this.DEFAULT_SIZE = [2, 2];
    this.inputSpec = [{ ndim: 4 }];
    this.size = args.size == null ? this.DEFAULT_SIZE : args.size;
    this.dataFormat = args.dataFormat == null ? "channelsLast" : args.dataFormat;
    checkDataFormat(this.dataFormat);
    this.interpolation = args.interpolation == null ? "nearest" : args.interpolation;
    checkInterpolationFormat(this.interpolation);
  }
  computeOutputShape(inputShape) {
    if (this.dataFormat === "channelsFirst") {
      const height = inputShape[2] == null ? null : this.size[0] * inputShape[2];
      const width = inputShape[3] == null ? null : this.size[1] * inputShape[3];
      return [inputShape[0], inputShape[1], height, width];
    } else {
      const height = inputShape[1] == null ? null : this.size[0] * inputShape[1];
      const width = inputShape[2] == null ? null : this.size[1] * inputShape[2];
      return [inputShape[0], height, width, inputShape[3]];
    }
  }
  call(inputs, kwargs) {
    return tidy(() => {
      let input2 = getExactlyOneTensor(inputs);
      const inputShape = input2.shape;
      if (this.dataFormat === "channelsFirst") {
        input2 = transpose(input2, [0, 2, 3, 1]);
        const height = this.size[0] * inputShape[2];
        const width = this.size[1] * inputShape[3];
        const resized = this.interpolation === "nearest" ? image.resizeNearestNeighbor(input2, [height, width]) : image.resizeBilinear(input2, [height, width]);
        return transpose(resized, [0, 3, 1, 2]);
      } else {
        const height = this.size[0] * inputShape[1];
        const width = this.size[1] * inputShape[2];
        return this.interpolation === "nearest" ? image.resizeNearestNeighbor(input2, [height, width]) : image.resizeBilinear(input2, [height, width]);
      }
    });
  }
  getConfig() {
    const config = {
      size: this.size,
      dataFormat: this.dataFormat,
      interpolation: this.interpolation
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
UpSampling2D.className = "UpSampling2D";
serialization_exports.registerClass(UpSampling2D);

// node_modules/@tensorflow/tfjs-layers/dist/layers/convolutional_depthwise.js
function depthwiseConv2d2(x, depthwiseKernel, strides = [1, 1], padding = "valid", dataFormat, dilationRate) {
  return tidy(() => {
    if (dataFormat == null) {
      dataFormat = imageDataFormat();
    }
    checkDataFormat(dataFormat);
    let y = preprocessConv2DInput(x, dataFormat);
    if (x.rank !== 4) {
      throw new ValueError(`Input for depthwiseConv2d is required to be 4-D, but is instead ${x.rank}-D`);
    }
    if (depthwiseKernel.rank !== 4) {
      throw new ValueError(`depthwiseKernel is required to be 4-D, but is instead ${depthwiseKernel.rank}-D`);
    }
    y = depthwiseConv2d(y, depthwiseKernel, strides, padding === "same" ? "same" : "valid", "NHWC", dilationRate);
    if (dataFormat === "channelsFirst") {
      y = transpose(y, [0, 3, 1, 2]);
    }
    return y;
  });
}
var DepthwiseConv2D = class extends BaseConv {
  constructor(args) {
    super(2, args);
    this.depthwiseKernel = null;
    this.depthMultiplier = args.depthMultiplier == null ? 1 : args.depthMultiplier;
    this.depthwiseInitializer = getInitializer(args.depthwiseInitializer || this.DEFAULT_KERNEL_INITIALIZER);
    this.depthwiseConstraint = getConstraint(args.depthwiseConstraint);
    this.depthwiseRegularizer = getRegularizer(args.depthwiseRegularizer);
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    if (inputShape.length < 4) {
      throw new ValueError(`Inputs to DepthwiseConv2D should have rank 4. Received input shape: ${JSON.stringify(inputShape)}.`);
    }
    const channelAxis = this.dataFormat === "channelsFirst" ? 1 : 3;
    if (inputShape[channelAxis] == null || inputShape[channelAxis] < 0) {
      throw new ValueError(`The channel dimension of the inputs to DepthwiseConv2D should be defined, but is not (${inputShape[channelAxis]}).`);
    }
    const inputDim = inputShape[channelAxis];
    const depthwiseKernelShape = [
      this.kernelSize[0],
      this.kernelSize[1],
      inputDim,
      this.depthMultiplier
    ];
    this.depthwiseKernel = this.addWeight("depthwise_kernel", depthwiseKernelShape, null, this.depthwiseInitializer, this.depthwiseRegularizer, true, this.depthwiseConstraint);
    if (this.useBias) {
      this.bias = this.addWeight("bias", [inputDim * this.depthMultiplier], null, this.biasInitializer, this.biasRegularizer, true, this.biasConstraint);
    } else {
      this.bias = null;
    }
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = getExactlyOneTensor(inputs);
      let outputs = depthwiseConv2d2(inputs, this.depthwiseKernel.read(), this.strides, this.padding, this.dataFormat, null);
      if (this.useBias) {
        outputs = biasAdd(outputs, this.bias.read(), this.dataFormat);
      }
      if (this.activation != null) {
        outputs = this.activation.apply(outputs);
      }
      return outputs;
    });
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const rows = this.dataFormat === "channelsFirst" ? inputShape[2] : inputShape[1];
    const cols = this.dataFormat === "channelsFirst" ? inputShape[3] : inputShape[2];
    const outFilters = this.dataFormat === "channelsFirst" ? inputShape[1] * this.depthMultiplier : inputShape[3] * this.depthMultiplier;
    const outRows = convOutputLength(rows, this.kernelSize[0], this.padding, this.strides[0]);
    const outCols = convOutputLength(cols, this.kernelSize[1], this.padding, this.strides[1]);
    if (this.dataFormat === "channelsFirst") {
      return [inputShape[0], outFilters, outRows, outCols];
    } else {
      return [inputShape[0], outRows, outCols, outFilters];
    }
  }
  getConfig() {
    const config = super.getConfig();
    config["depthMultiplier"] = this.depthMultiplier;
    config["depthwiseInitializer"] = serializeInitializer(this.depthwiseInitializer);
    config["depthwiseRegularizer"] = serializeRegularizer(this.depthwiseRegularizer);
    config["depthwiseConstraint"] = serializeConstraint(this.depthwiseRegularizer);
    return config;
  }
};
DepthwiseConv2D.className = "DepthwiseConv2D";
serialization_exports.registerClass(DepthwiseConv2D);

// node_modules/@tensorflow/tfjs-layers/dist/layers/recurrent.js
function standardizeArgs(inputs, initialState, constants, numConstants) {
  if (Array.isArray(inputs)) {
    if (initialState != null || constants != null) {
      throw new ValueError("When inputs is an array, neither initialState or constants should be provided");
    }
    if (numConstants != null) {
      constants = inputs.slice(inputs.length - numConstants, inputs.length);
      inputs = inputs.slice(0, inputs.length - numConstants);
    }
    if (inputs.length > 1) {
      initialState = inputs.slice(1, inputs.length);
    }
    inputs = inputs[0];
  }
  function toListOrNull(x) {
    if (x == null || Array.isArray(x)) {
      return x;
    } else {
      return [x];
    }
  }
  initialState = toListOrNull(initialState);
  constants = toListOrNull(constants);
  return { inputs, initialState, constants };
}
function rnn(stepFunction, inputs, initialStates, goBackwards = false, mask, constants, unroll = false, needPerStepOutputs = false) {
  return tidy(() => {
    const ndim = inputs.shape.length;
    if (ndim < 3) {
      throw new ValueError(`Input should be at least 3D, but is ${ndim}D.`);
    }
    const axes = [1, 0].concat(range2(2, ndim));
    inputs = transpose(inputs, axes);
    if (constants != null) {
      throw new NotImplementedError("The rnn() functoin of the deeplearn.js backend does not support constants yet.");
    }
    if (unroll) {
      console.warn("Backend rnn(): the unroll = true option is not applicable to the imperative deeplearn.js backend.");
    }
    if (mask != null) {
      mask = cast(cast(mask, "bool"), "float32");
      if (mask.rank === ndim - 1) {
        mask = expandDims(mask, -1);
      }
      mask = transpose(mask, axes);
    }
    if (goBackwards) {
      inputs = reverse(inputs, 0);
      if (mask != null) {
        mask = reverse(mask, 0);
      }
    }
    const perStepOutputs = [];
    let lastOutput;
    let states = initialStates;
    const timeSteps = inputs.shape[0];
    const perStepInputs = unstack(inputs);
    let perStepMasks;
    if (mask != null) {
      perStepMasks = unstack(mask);
    }
    for (let t = 0; t < timeSteps; ++t) {
      const currentInput = perStepInputs[t];
      const stepOutputs = tidy(() => stepFunction(currentInput, states));
      if (mask == null) {
        lastOutput = stepOutputs[0];
        states = stepOutputs[1];
      } else {
        const maskedOutputs = tidy(() => {
          const stepMask = perStepMasks[t];
          const negStepMask = sub(onesLike(stepMask), stepMask);
          const output = add(mul(stepOutputs[0], stepMask), mul(states[0], negStepMask));
          const newStates = states.map((state, i) => {
            return add(mul(stepOutputs[1][i], stepMask), mul(state, negStepMask));
          });
          return { output, newStates };
        });
        lastOutput = maskedOutputs.output;
        states = maskedOutputs.newStates;
      }
      if (needPerStepOutputs) {
        perStepOutputs.push(lastOutput);
      }
    }
    let outputs;
    if (needPerStepOutputs) {
      const axis = 1;
      outputs = stack(perStepOutputs, axis);
    }
    return [lastOutput, outputs, states];
  });
}
var RNN = class _RNN extends Layer {
  constructor(args) {
    super(args);
    let cell;
    if (args.cell == null) {
      throw new ValueError("cell property is missing for the constructor of RNN.");
    } else if (Array.isArray(args.cell)) {
      cell = new StackedRNNCells({ cells: args.cell });
    } else {
      cell = args.cell;
    }
    if (cell.stateSize == null) {
      throw new ValueError("The RNN cell should have an attribute `stateSize` (tuple of integers, one integer per RNN state).");
    }
    this.cell = cell;
    this.returnSequences = args.returnSequences == null ? false : args.returnSequences;
    this.returnState = args.returnState == null ? false : args.returnState;
    this.goBackwards = args.goBackwards == null ? false : args.goBackwards;
    this._stateful = args.stateful == null ? false : args.stateful;
    this.unroll = args.unroll == null ? false : args.unroll;
    this.supportsMasking = true;
    this.inputSpec = [new InputSpec({ ndim: 3 })];
    this.stateSpec = null;
    this.states_ = null;
    this.numConstants = null;
    this.keptStates = [];
  }
  // Porting Note: This is the equivalent of `RNN.states` property getter in
  //   PyKeras.
  getStates() {
    if (this.states_ == null) {
      const numStates = Array.isArray(this.cell.stateSize) ? this.cell.stateSize.length : 1;
      return range2(0, numStates).map((x) => null);
    } else {
      return this.states_;
    }
  }
  // Porting Note: This is the equivalent of the `RNN.states` property setter in
  //   PyKeras.
  setStates(states) {
    this.states_ = states;
  }
  computeOutputShape(inputShape) {
    if (isArrayOfShapes(inputShape)) {
      inputShape = inputShape[0];
    }
    inputShape = inputShape;
    let stateSize = this.cell.stateSize;
    if (!Array.isArray(stateSize)) {
      stateSize = [stateSize];
    }
    const outputDim = stateSize[0];
    let outputShape;
    if (this.returnSequences) {
      outputShape = [inputShape[0], inputShape[1], outputDim];
    } else {
      outputShape = [inputShape[0], outputDim];
    }
    if (this.returnState) {
      const stateShape = [];
      for (const dim of stateSize) {
        stateShape.push([inputShape[0], dim]);
      }
      return [outputShape].concat(stateShape);
    } else {
      return outputShape;
    }
  }
  computeMask(inputs, mask) {
    return tidy(() => {
      if (Array.isArray(mask)) {
        mask = mask[0];
      }
      const outputMask = this.returnSequences ? mask : null;
      if (this.returnState) {
        const stateMask = this.states.map((s) => null);
        return [outputMask].concat(stateMask);
      } else {
        return outputMask;
      }
    });
  }
  /**
   * Get the current state tensors of the RNN.
   *
   * If the state hasn't been set, return an array of `null`s of the correct
   * length.
   */
  get states() {
    if (this.states_ == null) {
      const numStates = Array.isArray(this.cell.stateSize) ? this.cell.stateSize.length : 1;
      const output = [];
      for (let i = 0; i < numStates; ++i) {
        output.push(null);
      }
      return output;
    } else {
      return this.states_;
    }
  }
  set states(s) {
    this.states_ = s;
  }
  build(inputShape) {
    const constantShape = null;
    if (this.numConstants != null) {
      throw new NotImplementedError("Constants support is not implemented in RNN yet.");
    }
    if (isArrayOfShapes(inputShape)) {
      inputShape = inputShape[0];
    }
    inputShape = inputShape;
    const batchSize = this.stateful ? inputShape[0] : null;
    const inputDim = inputShape.slice(2);
    this.inputSpec[0] = new InputSpec({ shape: [batchSize, null, ...inputDim] });
    const stepInputShape = [inputShape[0]].concat(inputShape.slice(2));
    if (constantShape != null) {
      throw new NotImplementedError("Constants support is not implemented in RNN yet.");
    } else {
      this.cell.build(stepInputShape);
    }
    let stateSize;
    if (Array.isArray(this.cell.stateSize)) {
      stateSize = this.cell.stateSize;
    } else {
      stateSize = [this.cell.stateSize];
    }
    if (this.stateSpec != null) {
      if (!util_exports.arraysEqual(this.stateSpec.map((spec) => spec.shape[spec.shape.length - 1]), stateSize)) {
        throw new ValueError(`An initialState was passed that is not compatible with cell.stateSize. Received stateSpec=${this.stateSpec}; However cell.stateSize is ${this.cell.stateSize}`);
      }
    } else {
      this.stateSpec = stateSize.map((dim) => new InputSpec({ shape: [null, dim] }));
    }
    if (this.stateful) {
      this.resetStates();
    }
  }
  /**
   * Reset the state tensors of the RNN.
   *
   * If the `states` argument is `undefined` or `null`, will set the
   * state tensor(s) of the RNN to all-zero tensors of the appropriate
   * shape(s).
   *
   * If `states` is provided, will set the state tensors of the RNN to its
   * value.
   *
   * @param states Optional externally-provided initial states.
   * @param training Whether this call is done during training. For stateful
   *   RNNs, this affects whether the old states are kept or discarded. In
   *   particular, if `training` is `true`, the old states will be kept so
   *   that subsequent backpropgataion through time (BPTT) may work properly.
   *   Else, the old states will be discarded.
   */
  resetStates(states, training = false) {
    tidy(() => {
      if (!this.stateful) {
        throw new AttributeError("Cannot call resetStates() on an RNN Layer that is not stateful.");
      }
      const batchSize = this.inputSpec[0].shape[0];
      if (batchSize == null) {
        throw new ValueError("If an RNN is stateful, it needs to know its batch size. Specify the batch size of your input tensors: \n- If using a Sequential model, specify the batch size by passing a `batchInputShape` option to your first layer.\n- If using the functional API, specify the batch size by passing a `batchShape` option to your Input layer.");
      }
      if (this.states_ == null) {
        if (Array.isArray(this.cell.stateSize)) {
          this.states_ = this.cell.stateSize.map((dim) => zeros([batchSize, dim]));
        } else {
          this.states_ = [zeros([batchSize, this.cell.stateSize])];
        }
      } else if (states == null) {
        dispose(this.states_);
        if (this.keptStates != null) {
          dispose(this.keptStates);
          this.keptStates = [];
        }
        if (Array.isArray(this.cell.stateSize)) {
          this.states_ = this.cell.stateSize.map((dim) => zeros([batchSize, dim]));
        } else {
          this.states_[0] = zeros([batchSize, this.cell.stateSize]);
        }
      } else {
        if (!Array.isArray(states)) {
          states = [states];
        }
        if (states.length !== this.states_.length) {
          throw new ValueError(`Layer ${this.name} expects ${this.states_.length} state(s), but it received ${states.length} state value(s). Input received: ${states}`);
        }
        if (training === true) {
          this.keptStates.push(this.states_.slice());
        } else {
          dispose(this.states_);
        }
        for (let index = 0; index < this.states_.length; ++index) {
          const value = states[index];
          const dim = Array.isArray(this.cell.stateSize) ? this.cell.stateSize[index] : this.cell.stateSize;
          const expectedShape = [batchSize, dim];
          if (!util_exports.arraysEqual(value.shape, expectedShape)) {
            throw new ValueError(`State ${index} is incompatible with layer ${this.name}: expected shape=${expectedShape}, received shape=${value.shape}`);
          }
          this.states_[index] = value;
        }
      }
      this.states_ = this.states_.map((state) => keep(state.clone()));
    });
  }
  apply(inputs, kwargs) {
    let initialState = kwargs == null ? null : kwargs["initialState"];
    let constants = kwargs == null ? null : kwargs["constants"];
    if (kwargs == null) {
      kwargs = {};
    }
    const standardized = standardizeArgs(inputs, initialState, constants, this.numConstants);
    inputs = standardized.inputs;
    initialState = standardized.initialState;
    constants = standardized.constants;
    let additionalInputs = [];
    let additionalSpecs = [];
    if (initialState != null) {
      kwargs["initialState"] = initialState;
      additionalInputs = additionalInputs.concat(initialState);
      this.stateSpec = [];
      for (const state of initialState) {
        this.stateSpec.push(new InputSpec({ shape: state.shape }));
      }
      additionalSpecs = additionalSpecs.concat(this.stateSpec);
    }
    if (constants != null) {
      kwargs["constants"] = constants;
      additionalInputs = additionalInputs.concat(constants);
      this.numConstants = constants.length;
    }
    const isTensor = additionalInputs[0] instanceof SymbolicTensor;
    if (isTensor) {
      const fullInput = [inputs].concat(additionalInputs);
      const fullInputSpec = this.inputSpec.concat(additionalSpecs);
      const originalInputSpec = this.inputSpec;
      this.inputSpec = fullInputSpec;
      const output = super.apply(fullInput, kwargs);
      this.inputSpec = originalInputSpec;
      return output;
    } else {
      return super.apply(inputs, kwargs);
    }
  }
  // tslint:disable-next-line:no-any
  call(inputs, kwargs) {
    return tidy(() => {
      const mask = kwargs == null ? null : kwargs["mask"];
      const training = kwargs == null ? null : kwargs["training"];
      let initialState = kwargs == null ? null : kwargs["initialState"];
      inputs = getExactlyOneTensor(inputs);
      if (initialState == null) {
        if (this.stateful) {
          initialState = this.states_;
        } else {
          initialState = this.getInitialState(inputs);
        }
      }
      const numStates = Array.isArray(this.cell.stateSize) ? this.cell.stateSize.length : 1;
      if (initialState.length !== numStates) {
        throw new ValueError(`RNN Layer has ${numStates} state(s) but was passed ${initialState.length} initial state(s).`);
      }
      if (this.unroll) {
        console.warn("Ignoring unroll = true for RNN layer, due to imperative backend.");
      }
      const cellCallKwargs = { training };
      const step3 = (inputs2, states2) => {
        const outputs2 = this.cell.call([inputs2].concat(states2), cellCallKwargs);
        return [outputs2[0], outputs2.slice(1)];
      };
      const rnnOutputs = rnn(step3, inputs, initialState, this.goBackwards, mask, null, this.unroll, this.returnSequences);
      const lastOutput = rnnOutputs[0];
      const outputs = rnnOutputs[1];
      const states = rnnOutputs[2];
      if (this.stateful) {
        this.resetStates(states, training);
      }
      const output = this.returnSequences ? outputs : lastOutput;
      if (this.returnState) {
        return [output].concat(states);
      } else {
        return output;
      }
    });
  }
  getInitialState(inputs) {
    return tidy(() => {
      let initialState = zeros(inputs.shape);
      initialState = sum(initialState, [1, 2]);
      initialState = expandDims2(initialState);
      if (Array.isArray(this.cell.stateSize)) {
        return this.cell.stateSize.map((dim) => dim > 1 ? tile2(initialState, [1, dim]) : initialState);
      } else {
        return this.cell.stateSize > 1 ? [tile2(initialState, [1, this.cell.stateSize])] : [initialState];
      }
    });
  }
  get trainableWeights() {
    if (!this.trainable) {
      return [];
    }
    return this.cell.trainableWeights;
  }
  get nonTrainableWeights() {
    if (!this.trainable) {
      return this.cell.weights;
    }
    return this.cell.nonTrainableWeights;
  }
  setFastWeightInitDuringBuild(value) {
    super.setFastWeightInitDuringBuild(value);
    if (this.cell != null) {
      this.cell.setFastWeightInitDuringBuild(value);
    }
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = {
      returnSequences: this.returnSequences,
      returnState: this.returnState,
      goBackwards: this.goBackwards,
      stateful: this.stateful,
      unroll: this.unroll
    };
    if (this.numConstants != null) {
      config["numConstants"] = this.numConstants;
    }
    const cellConfig = this.cell.getConfig();
    if (this.getClassName() === _RNN.className) {
      config["cell"] = {
        "className": this.cell.getClassName(),
        "config": cellConfig
      };
    }
    return Object.assign(Object.assign(Object.assign({}, cellConfig), baseConfig), config);
  }
  /** @nocollapse */
  static fromConfig(cls, config, customObjects = {}) {
    const cellConfig = config["cell"];
    const cell = deserialize(cellConfig, customObjects);
    return new cls(Object.assign(config, { cell }));
  }
};
RNN.className = "RNN";
serialization_exports.registerClass(RNN);
var RNNCell = class extends Layer {
};
var SimpleRNNCell = class extends RNNCell {
  constructor(args) {
    super(args);
    this.DEFAULT_ACTIVATION = "tanh";
    this.DEFAULT_KERNEL_INITIALIZER = "glorotNormal";
    this.DEFAULT_RECURRENT_INITIALIZER = "orthogonal";
    this.DEFAULT_BIAS_INITIALIZER = "zeros";
    this.units = args.units;
    assertPositiveInteger(this.units, `units`);
    this.activation = getActivation(args.activation == null ? this.DEFAULT_ACTIVATION : args.activation);
    this.useBias = args.useBias == null ? true : args.useBias;
    this.kernelInitializer = getInitializer(args.kernelInitializer || this.DEFAULT_KERNEL_INITIALIZER);
    this.recurrentInitializer = getInitializer(args.recurrentInitializer || this.DEFAULT_RECURRENT_INITIALIZER);
    this.biasInitializer = getInitializer(args.biasInitializer || this.DEFAULT_BIAS_INITIALIZER);
    this.kernelRegularizer = getRegularizer(args.kernelRegularizer);
    this.recurrentRegularizer = getRegularizer(args.recurrentRegularizer);
    this.biasRegularizer = getRegularizer(args.biasRegularizer);
    this.kernelConstraint = getConstraint(args.kernelConstraint);
    this.recurrentConstraint = getConstraint(args.recurrentConstraint);
    this.biasConstraint = getConstraint(args.biasConstraint);
    this.dropout = min2([1, max2([0, args.dropout == null ? 0 : args.dropout])]);
    this.recurrentDropout = min2([
      1,
      max2([0, args.recurrentDropout == null ? 0 : args.recurrentDropout])
    ]);
    this.dropoutFunc = args.dropoutFunc;
    this.stateSize = this.units;
    this.dropoutMask = null;
    this.recurrentDropoutMask = null;
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    this.kernel = this.addWeight("kernel", [inputShape[inputShape.length - 1], this.units], null, this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
    this.recurrentKernel = this.addWeight("recurrent_kernel", [this.units, this.units], null, this.recurrentInitializer, this.recurrentRegularizer, true, this.recurrentConstraint);
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.units], null, this.biasInitializer, this.biasRegularizer, true, this.biasConstraint);
    } else {
      this.bias = null;
    }
    this.built = true;
  }
  // Porting Note: PyKeras' equivalent of this method takes two tensor inputs:
  //   `inputs` and `states`. Here, the two tensors are combined into an
  //   `Tensor[]` Array as the first input argument.
  //   Similarly, PyKeras' equivalent of this method returns two values:
  //    `output` and `[output]`. Here the two are combined into one length-2
  //    `Tensor[]`, consisting of `output` repeated.
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = inputs;
      if (inputs.length !== 2) {
        throw new ValueError(`SimpleRNNCell expects 2 input Tensors, got ${inputs.length}.`);
      }
      let prevOutput = inputs[1];
      inputs = inputs[0];
      const training = kwargs["training"] == null ? false : kwargs["training"];
      if (0 < this.dropout && this.dropout < 1 && this.dropoutMask == null) {
        this.dropoutMask = generateDropoutMask({
          ones: () => onesLike(inputs),
          rate: this.dropout,
          training,
          dropoutFunc: this.dropoutFunc
        });
      }
      if (0 < this.recurrentDropout && this.recurrentDropout < 1 && this.recurrentDropoutMask == null) {
        this.recurrentDropoutMask = generateDropoutMask({
          ones: () => onesLike(prevOutput),
          rate: this.recurrentDropout,
          training,
          dropoutFunc: this.dropoutFunc
        });
      }
      let h;
      const dpMask = this.dropoutMask;
      const recDpMask = this.recurrentDropoutMask;
      if (dpMask != null) {
        h = dot(mul(inputs, dpMask), this.kernel.read());
      } else {
        h = dot(inputs, this.kernel.read());
      }
      if (this.bias != null) {
        h = biasAdd(h, this.bias.read());
      }
      if (recDpMask != null) {
        prevOutput = mul(prevOutput, recDpMask);
      }
      let output = add(h, dot(prevOutput, this.recurrentKernel.read()));
      if (this.activation != null) {
        output = this.activation.apply(output);
      }
      return [output, output];
    });
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = {
      units: this.units,
      activation: serializeActivation(this.activation),
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      recurrentInitializer: serializeInitializer(this.recurrentInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
      kernelRegularizer: serializeRegularizer(this.kernelRegularizer),
      recurrentRegularizer: serializeRegularizer(this.recurrentRegularizer),
      biasRegularizer: serializeRegularizer(this.biasRegularizer),
      activityRegularizer: serializeRegularizer(this.activityRegularizer),
      kernelConstraint: serializeConstraint(this.kernelConstraint),
      recurrentConstraint: serializeConstraint(this.recurrentConstraint),
      biasConstraint: serializeConstraint(this.biasConstraint),
      dropout: this.dropout,
      recurrentDropout: this.recurrentDropout
    };
    return Object.assign(Object.assign({}, baseConfig), config);
  }
};
SimpleRNNCell.className = "SimpleRNNCell";
serialization_exports.registerClass(SimpleRNNCell);
var SimpleRNN = class extends RNN {
  constructor(args) {
    args.cell = new SimpleRNNCell(args);
    super(args);
  }
  call(inputs, kwargs) {
    return tidy(() => {
      if (this.cell.dropoutMask != null) {
        dispose(this.cell.dropoutMask);
        this.cell.dropoutMask = null;
      }
      if (this.cell.recurrentDropoutMask != null) {
        dispose(this.cell.recurrentDropoutMask);
        this.cell.recurrentDropoutMask = null;
      }
      const mask = kwargs == null ? null : kwargs["mask"];
      const training = kwargs == null ? null : kwargs["training"];
      const initialState = kwargs == null ? null : kwargs["initialState"];
      return super.call(inputs, { mask, training, initialState });
    });
  }
  /** @nocollapse */
  static fromConfig(cls, config) {
    return new cls(config);
  }
};
SimpleRNN.className = "SimpleRNN";
serialization_exports.registerClass(SimpleRNN);
var GRUCell = class extends RNNCell {
  constructor(args) {
    super(args);
    this.DEFAULT_ACTIVATION = "tanh";
    this.DEFAULT_RECURRENT_ACTIVATION = "hardSigmoid";
    this.DEFAULT_KERNEL_INITIALIZER = "glorotNormal";
    this.DEFAULT_RECURRENT_INITIALIZER = "orthogonal";
    this.DEFAULT_BIAS_INITIALIZER = "zeros";
    if (args.resetAfter) {
      throw new ValueError(`GRUCell does not support reset_after parameter set to true.`);
    }
    this.units = args.units;
    assertPositiveInteger(this.units, "units");
    this.activation = getActivation(args.activation === void 0 ? this.DEFAULT_ACTIVATION : args.activation);
    this.recurrentActivation = getActivation(args.recurrentActivation === void 0 ? this.DEFAULT_RECURRENT_ACTIVATION : args.recurrentActivation);
    this.useBias = args.useBias == null ? true : args.useBias;
    this.kernelInitializer = getInitializer(args.kernelInitializer || this.DEFAULT_KERNEL_INITIALIZER);
    this.recurrentInitializer = getInitializer(args.recurrentInitializer || this.DEFAULT_RECURRENT_INITIALIZER);
    this.biasInitializer = getInitializer(args.biasInitializer || this.DEFAULT_BIAS_INITIALIZER);
    this.kernelRegularizer = getRegularizer(args.kernelRegularizer);
    this.recurrentRegularizer = getRegularizer(args.recurrentRegularizer);
    this.biasRegularizer = getRegularizer(args.biasRegularizer);
    this.kernelConstraint = getConstraint(args.kernelConstraint);
    this.recurrentConstraint = getConstraint(args.recurrentConstraint);
    this.biasConstraint = getConstraint(args.biasConstraint);
    this.dropout = min2([1, max2([0, args.dropout == null ? 0 : args.dropout])]);
    this.recurrentDropout = min2([
      1,
      max2([0, args.recurrentDropout == null ? 0 : args.recurrentDropout])
    ]);
    this.dropoutFunc = args.dropoutFunc;
    this.implementation = args.implementation;
    this.stateSize = this.units;
    this.dropoutMask = null;
    this.recurrentDropoutMask = null;
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const inputDim = inputShape[inputShape.length - 1];
    this.kernel = this.addWeight("kernel", [inputDim, this.units * 3], null, this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
    this.recurrentKernel = this.addWeight("recurrent_kernel", [this.units, this.units * 3], null, this.recurrentInitializer, this.recurrentRegularizer, true, this.recurrentConstraint);
    if (this.useBias) {
      this.bias = this.addWeight("bias", [this.units * 3], null, this.biasInitializer, this.biasRegularizer, true, this.biasConstraint);
    } else {
      this.bias = null;
    }
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = inputs;
      if (inputs.length !== 2) {
        throw new ValueError(`GRUCell expects 2 input Tensors (inputs, h, c), got ${inputs.length}.`);
      }
      const training = kwargs["training"] == null ? false : kwargs["training"];
      let hTMinus1 = inputs[1];
      inputs = inputs[0];
      if (0 < this.dropout && this.dropout < 1 && this.dropoutMask == null) {
        this.dropoutMask = generateDropoutMask({
          ones: () => onesLike(inputs),
          rate: this.dropout,
          training,
          count: 3,
          dropoutFunc: this.dropoutFunc
        });
      }
      if (0 < this.recurrentDropout && this.recurrentDropout < 1 && this.recurrentDropoutMask == null) {
        this.recurrentDropoutMask = generateDropoutMask({
          ones: () => onesLike(hTMinus1),
          rate: this.recurrentDropout,
          training,
          count: 3,
          dropoutFunc: this.dropoutFunc
        });
      }
      const dpMask = this.dropoutMask;
      const recDpMask = this.recurrentDropoutMask;
      let z;
      let r;
      let hh;
      if (0 < this.dropout && this.dropout < 1) {
        inputs = mul(inputs, dpMask[0]);
      }
      let matrixX = dot(inputs, this.kernel.read());
      if (this.useBias) {
        matrixX = biasAdd(matrixX, this.bias.read());
      }
      if (0 < this.recurrentDropout && this.recurrentDropout < 1) {
        hTMinus1 = mul(hTMinus1, recDpMask[0]);
      }
      const recurrentKernelValue = this.recurrentKernel.read();
      const [rk1, rk2] = split(recurrentKernelValue, [2 * this.units, this.units], recurrentKernelValue.rank - 1);
      const matrixInner = dot(hTMinus1, rk1);
      const [xZ, xR, xH] = split(matrixX, 3, matrixX.rank - 1);
      const [recurrentZ, recurrentR] = split(matrixInner, 2, matrixInner.rank - 1);
      z = this.recurrentActivation.apply(add(xZ, recurrentZ));
      r = this.recurrentActivation.apply(add(xR, recurrentR));
      const recurrentH = dot(mul(r, hTMinus1), rk2);
      hh = this.activation.apply(add(xH, recurrentH));
      const h = add(mul(z, hTMinus1), mul(add(1, neg(z)), hh));
      return [h, h];
    });
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = {
      units: this.units,
      activation: serializeActivation(this.activation),
      recurrentActivation: serializeActivation(this.recurrentActivation),
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      recurrentInitializer: serializeInitializer(this.recurrentInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
      kernelRegularizer: serializeRegularizer(this.kernelRegularizer),
      recurrentRegularizer: serializeRegularizer(this.recurrentRegularizer),
      biasRegularizer: serializeRegularizer(this.biasRegularizer),
      activityRegularizer: serializeRegularizer(this.activityRegularizer),
      kernelConstraint: serializeConstraint(this.kernelConstraint),
      recurrentConstraint: serializeConstraint(this.recurrentConstraint),
      biasConstraint: serializeConstraint(this.biasConstraint),
      dropout: this.dropout,
      recurrentDropout: this.recurrentDropout,
      implementation: this.implementation,
      resetAfter: false
    };
    return Object.assign(Object.assign({}, baseConfig), config);
  }
};
GRUCell.className = "GRUCell";
serialization_exports.registerClass(GRUCell);
var GRU = class extends RNN {
  constructor(args) {
    if (args.implementation === 0) {
      console.warn("`implementation=0` has been deprecated, and now defaults to `implementation=1`. Please update your layer call.");
    }
    args.cell = new GRUCell(args);
    super(args);
  }
  call(inputs, kwargs) {
    return tidy(() => {
      if (this.cell.dropoutMask != null) {
        dispose(this.cell.dropoutMask);
        this.cell.dropoutMask = null;
      }
      if (this.cell.recurrentDropoutMask != null) {
        dispose(this.cell.recurrentDropoutMask);
        this.cell.recurrentDropoutMask = null;
      }
      const mask = kwargs == null ? null : kwargs["mask"];
      const training = kwargs == null ? null : kwargs["training"];
      const initialState = kwargs == null ? null : kwargs["initialState"];
      return super.call(inputs, { mask, training, initialState });
    });
  }
  /** @nocollapse */
  static fromConfig(cls, config) {
    if (config["implmentation"] === 0) {
      config["implementation"] = 1;
    }
    return new cls(config);
  }
};
GRU.className = "GRU";
serialization_exports.registerClass(GRU);
var LSTMCell = class extends RNNCell {
  constructor(args) {
    super(args);
    this.DEFAULT_ACTIVATION = "tanh";
    this.DEFAULT_RECURRENT_ACTIVATION = "hardSigmoid";
    this.DEFAULT_KERNEL_INITIALIZER = "glorotNormal";
    this.DEFAULT_RECURRENT_INITIALIZER = "orthogonal";
    this.DEFAULT_BIAS_INITIALIZER = "zeros";
    this.units = args.units;
    assertPositiveInteger(this.units, "units");
    this.activation = getActivation(args.activation === void 0 ? this.DEFAULT_ACTIVATION : args.activation);
    this.recurrentActivation = getActivation(args.recurrentActivation === void 0 ? this.DEFAULT_RECURRENT_ACTIVATION : args.recurrentActivation);
    this.useBias = args.useBias == null ? true : args.useBias;
    this.kernelInitializer = getInitializer(args.kernelInitializer || this.DEFAULT_KERNEL_INITIALIZER);
    this.recurrentInitializer = getInitializer(args.recurrentInitializer || this.DEFAULT_RECURRENT_INITIALIZER);
    this.biasInitializer = getInitializer(args.biasInitializer || this.DEFAULT_BIAS_INITIALIZER);
    this.unitForgetBias = args.unitForgetBias;
    this.kernelRegularizer = getRegularizer(args.kernelRegularizer);
    this.recurrentRegularizer = getRegularizer(args.recurrentRegularizer);
    this.biasRegularizer = getRegularizer(args.biasRegularizer);
    this.kernelConstraint = getConstraint(args.kernelConstraint);
    this.recurrentConstraint = getConstraint(args.recurrentConstraint);
    this.biasConstraint = getConstraint(args.biasConstraint);
    this.dropout = min2([1, max2([0, args.dropout == null ? 0 : args.dropout])]);
    this.recurrentDropout = min2([
      1,
      max2([0, args.recurrentDropout == null ? 0 : args.recurrentDropout])
    ]);
    this.dropoutFunc = args.dropoutFunc;
    this.implementation = args.implementation;
    this.stateSize = [this.units, this.units];
    this.dropoutMask = null;
    this.recurrentDropoutMask = null;
  }
  build(inputShape) {
    var _a;
    inputShape = getExactlyOneShape(inputShape);
    const inputDim = inputShape[inputShape.length - 1];
    this.kernel = this.addWeight("kernel", [inputDim, this.units * 4], null, this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
    this.recurrentKernel = this.addWeight("recurrent_kernel", [this.units, this.units * 4], null, this.recurrentInitializer, this.recurrentRegularizer, true, this.recurrentConstraint);
    let biasInitializer;
    if (this.useBias) {
      if (this.unitForgetBias) {
        const capturedBiasInit = this.biasInitializer;
        const capturedUnits = this.units;
        biasInitializer = new (_a = class CustomInit extends Initializer {
          apply(shape, dtype) {
            const bI = capturedBiasInit.apply([capturedUnits]);
            const bF = new Ones().apply([capturedUnits]);
            const bCAndH = capturedBiasInit.apply([capturedUnits * 2]);
            return concatAlongFirstAxis(concatAlongFirstAxis(bI, bF), bCAndH);
          }
        }, /** @nocollapse */
        _a.className = "CustomInit", _a)();
      } else {
        biasInitializer = this.biasInitializer;
      }
      this.bias = this.addWeight("bias", [this.units * 4], null, biasInitializer, this.biasRegularizer, true, this.biasConstraint);
    } else {
      this.bias = null;
    }
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      const training = kwargs["training"] == null ? false : kwargs["training"];
      inputs = inputs;
      if (inputs.length !== 3) {
        throw new ValueError(`LSTMCell expects 3 input Tensors (inputs, h, c), got ${inputs.length}.`);
      }
      let hTMinus1 = inputs[1];
      const cTMinus1 = inputs[2];
      inputs = inputs[0];
      if (0 < this.dropout && this.dropout < 1 && this.dropoutMask == null) {
        this.dropoutMask = generateDropoutMask({
          ones: () => onesLike(inputs),
          rate: this.dropout,
          training,
          count: 4,
          dropoutFunc: this.dropoutFunc
        });
      }
      if (0 < this.recurrentDropout && this.recurrentDropout < 1 && this.recurrentDropoutMask == null) {
        this.recurrentDropoutMask = generateDropoutMask({
          ones: () => onesLike(hTMinus1),
          rate: this.recurrentDropout,
          training,
          count: 4,
          dropoutFunc: this.dropoutFunc
        });
      }
      const dpMask = this.dropoutMask;
      const recDpMask = this.recurrentDropoutMask;
      let i;
      let f;
      let c;
      let o;
      if (0 < this.dropout && this.dropout < 1) {
        inputs = mul(inputs, dpMask[0]);
      }
      let z = dot(inputs, this.kernel.read());
      if (0 < this.recurrentDropout && this.recurrentDropout < 1) {
        hTMinus1 = mul(hTMinus1, recDpMask[0]);
      }
      z = add(z, dot(hTMinus1, this.recurrentKernel.read()));
      if (this.useBias) {
        z = biasAdd(z, this.bias.read());
      }
      const [z0, z1, z2, z3] = split(z, 4, z.rank - 1);
      i = this.recurrentActivation.apply(z0);
      f = this.recurrentActivation.apply(z1);
      c = add(mul(f, cTMinus1), mul(i, this.activation.apply(z2)));
      o = this.recurrentActivation.apply(z3);
      const h = mul(o, this.activation.apply(c));
      return [h, h, c];
    });
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = {
      units: this.units,
      activation: serializeActivation(this.activation),
      recurrentActivation: serializeActivation(this.recurrentActivation),
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      recurrentInitializer: serializeInitializer(this.recurrentInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
      unitForgetBias: this.unitForgetBias,
      kernelRegularizer: serializeRegularizer(this.kernelRegularizer),
      recurrentRegularizer: serializeRegularizer(this.recurrentRegularizer),
      biasRegularizer: serializeRegularizer(this.biasRegularizer),
      activityRegularizer: serializeRegularizer(this.activityRegularizer),
      kernelConstraint: serializeConstraint(this.kernelConstraint),
      recurrentConstraint: serializeConstraint(this.recurrentConstraint),
      biasConstraint: serializeConstraint(this.biasConstraint),
      dropout: this.dropout,
      recurrentDropout: this.recurrentDropout,
      implementation: this.implementation
    };
    return Object.assign(Object.assign({}, baseConfig), config);
  }
};
LSTMCell.className = "LSTMCell";
serialization_exports.registerClass(LSTMCell);
var LSTM = class extends RNN {
  constructor(args) {
    if (args.implementation === 0) {
      console.warn("`implementation=0` has been deprecated, and now defaults to `implementation=1`. Please update your layer call.");
    }
    args.cell = new LSTMCell(args);
    super(args);
  }
  call(inputs, kwargs) {
    return tidy(() => {
      if (this.cell.dropoutMask != null) {
        dispose(this.cell.dropoutMask);
        this.cell.dropoutMask = null;
      }
      if (this.cell.recurrentDropoutMask != null) {
        dispose(this.cell.recurrentDropoutMask);
        this.cell.recurrentDropoutMask = null;
      }
      const mask = kwargs == null ? null : kwargs["mask"];
      const training = kwargs == null ? null : kwargs["training"];
      const initialState = kwargs == null ? null : kwargs["initialState"];
      return super.call(inputs, { mask, training, initialState });
    });
  }
  /** @nocollapse */
  static fromConfig(cls, config) {
    if (config["implmentation"] === 0) {
      config["implementation"] = 1;
    }
    return new cls(config);
  }
};
LSTM.className = "LSTM";
serialization_exports.registerClass(LSTM);
var StackedRNNCells = class extends RNNCell {
  constructor(args) {
    super(args);
    this.cells = args.cells;
  }
  get stateSize() {
    const stateSize = [];
    for (const cell of this.cells.slice().reverse()) {
      if (Array.isArray(cell.stateSize)) {
        stateSize.push(...cell.stateSize);
      } else {
        stateSize.push(cell.stateSize);
      }
    }
    return stateSize;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = inputs;
      let states = inputs.slice(1);
      const nestedStates = [];
      for (const cell of this.cells.slice().reverse()) {
        if (Array.isArray(cell.stateSize)) {
          nestedStates.push(states.splice(0, cell.stateSize.length));
        } else {
          nestedStates.push(states.splice(0, 1));
        }
      }
      nestedStates.reverse();
      const newNestedStates = [];
      let callInputs;
      for (let i = 0; i < this.cells.length; ++i) {
        const cell = this.cells[i];
        states = nestedStates[i];
        if (i === 0) {
          callInputs = [inputs[0]].concat(states);
        } else {
          callInputs = [callInputs[0]].concat(states);
        }
        callInputs = cell.call(callInputs, kwargs);
        newNestedStates.push(callInputs.slice(1));
      }
      states = [];
      for (const cellStates of newNestedStates.slice().reverse()) {
        states.push(...cellStates);
      }
      return [callInputs[0]].concat(states);
    });
  }
  build(inputShape) {
    if (isArrayOfShapes(inputShape)) {
      inputShape = inputShape[0];
    }
    inputShape = inputShape;
    let outputDim;
    this.cells.forEach((cell, i) => {
      nameScope(`RNNCell_${i}`, () => {
        cell.build(inputShape);
        if (Array.isArray(cell.stateSize)) {
          outputDim = cell.stateSize[0];
        } else {
          outputDim = cell.stateSize;
        }
        inputShape = [inputShape[0], outputDim];
      });
    });
    this.built = true;
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const getCellConfig = (cell) => {
      return {
        "className": cell.getClassName(),
        "config": cell.getConfig()
      };
    };
    const cellConfigs = this.cells.map(getCellConfig);
    const config = { "cells": cellConfigs };
    return Object.assign(Object.assign({}, baseConfig), config);
  }
  /** @nocollapse */
  static fromConfig(cls, config, customObjects = {}) {
    const cells = [];
    for (const cellConfig of config["cells"]) {
      cells.push(deserialize(cellConfig, customObjects));
    }
    return new cls({ cells });
  }
  get trainableWeights() {
    if (!this.trainable) {
      return [];
    }
    const weights = [];
    for (const cell of this.cells) {
      weights.push(...cell.trainableWeights);
    }
    return weights;
  }
  get nonTrainableWeights() {
    const weights = [];
    for (const cell of this.cells) {
      weights.push(...cell.nonTrainableWeights);
    }
    if (!this.trainable) {
      const trainableWeights = [];
      for (const cell of this.cells) {
        trainableWeights.push(...cell.trainableWeights);
      }
      return trainableWeights.concat(weights);
    }
    return weights;
  }
  /**
   * Retrieve the weights of a the model.
   *
   * @returns A flat `Array` of `tf.Tensor`s.
   */
  getWeights() {
    const weights = [];
    for (const cell of this.cells) {
      weights.push(...cell.weights);
    }
    return batchGetValue(weights);
  }
  /**
   * Set the weights of the model.
   *
   * @param weights An `Array` of `tf.Tensor`s with shapes and types matching
   *     the output of `getWeights()`.
   */
  setWeights(weights) {
    const tuples = [];
    for (const cell of this.cells) {
      const numParams = cell.weights.length;
      const inputWeights = weights.splice(numParams);
      for (let i = 0; i < cell.weights.length; ++i) {
        tuples.push([cell.weights[i], inputWeights[i]]);
      }
    }
    batchSetValue(tuples);
  }
};
StackedRNNCells.className = "StackedRNNCells";
serialization_exports.registerClass(StackedRNNCells);
function generateDropoutMask(args) {
  const { ones: ones3, rate, training = false, count: count3 = 1, dropoutFunc } = args;
  const droppedInputs = () => dropoutFunc != null ? dropoutFunc(ones3(), rate) : dropout2(ones3(), rate);
  const createMask = () => inTrainPhase(droppedInputs, ones3, training);
  if (!count3 || count3 <= 1) {
    return keep(createMask().clone());
  }
  const masks = Array(count3).fill(void 0).map(createMask);
  return masks.map((m) => keep(m.clone()));
}

// node_modules/@tensorflow/tfjs-layers/dist/layers/convolutional_recurrent.js
var __rest = function(s, e) {
  var t = {};
  for (var p2 in s) if (Object.prototype.hasOwnProperty.call(s, p2) && e.indexOf(p2) < 0)
    t[p2] = s[p2];
  if (s != null && typeof Object.getOwnPropertySymbols === "function")
    for (var i = 0, p2 = Object.getOwnPropertySymbols(s); i < p2.length; i++) {
      if (e.indexOf(p2[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p2[i]))
        t[p2[i]] = s[p2[i]];
    }
  return t;
};
var ConvRNN2D = class extends RNN {
  constructor(args) {
    if (args.unroll) {
      throw new NotImplementedError("Unrolling is not possible with convolutional RNNs.");
    }
    if (Array.isArray(args.cell)) {
      throw new NotImplementedError("It is not possible at the moment to stack convolutional cells.");
    }
    super(args);
    this.inputSpec = [new InputSpec({ ndim: 5 })];
  }
  call(inputs, kwargs) {
    return tidy(() => {
      if (this.cell.dropoutMask != null) {
        dispose(this.cell.dropoutMask);
        this.cell.dropoutMask = null;
      }
      if (this.cell.recurrentDropoutMask != null) {
        dispose(this.cell.recurrentDropoutMask);
        this.cell.recurrentDropoutMask = null;
      }
      if (kwargs && kwargs["constants"]) {
        throw new ValueError("ConvRNN2D cell does not support constants");
      }
      const mask = kwargs == null ? null : kwargs["mask"];
      const training = kwargs == null ? null : kwargs["training"];
      const initialState = kwargs == null ? null : kwargs["initialState"];
      return super.call(inputs, { mask, training, initialState });
    });
  }
  computeOutputShape(inputShape) {
    let outShape = this.computeSingleOutputShape(inputShape);
    if (!this.returnSequences) {
      outShape = [outShape[0], ...outShape.slice(2)];
    }
    if (this.returnState) {
      outShape = [outShape, ...Array(2).fill([inputShape[0], ...outShape.slice(-3)])];
    }
    return outShape;
  }
  getInitialState(inputs) {
    return tidy(() => {
      const { stateSize } = this.cell;
      const inputShape = inputs.shape;
      const outputShape = this.computeSingleOutputShape(inputShape);
      const stateShape = [outputShape[0], ...outputShape.slice(2)];
      const initialState = zeros(stateShape);
      if (Array.isArray(stateSize)) {
        return Array(stateSize.length).fill(initialState);
      }
      return [initialState];
    });
  }
  resetStates(states, training = false) {
    tidy(() => {
      if (!this.stateful) {
        throw new AttributeError("Cannot call resetStates() on an RNN Layer that is not stateful.");
      }
      const inputShape = this.inputSpec[0].shape;
      const outputShape = this.computeSingleOutputShape(inputShape);
      const stateShape = [outputShape[0], ...outputShape.slice(2)];
      const batchSize = inputShape[0];
      if (batchSize == null) {
        throw new ValueError("If an RNN is stateful, it needs to know its batch size. Specify the batch size of your input tensors: \n- If using a Sequential model, specify the batch size by passing a `batchInputShape` option to your first layer.\n- If using the functional API, specify the batch size by passing a `batchShape` option to your Input layer.");
      }
      if (this.getStates() == null) {
        if (Array.isArray(this.cell.stateSize)) {
          this.states_ = this.cell.stateSize.map(() => zeros(stateShape));
        } else {
          this.states_ = [zeros(stateShape)];
        }
      } else if (states == null) {
        dispose(this.states_);
        if (this.keptStates != null) {
          dispose(this.keptStates);
          this.keptStates = [];
        }
        if (Array.isArray(this.cell.stateSize)) {
          this.states_ = this.cell.stateSize.map(() => zeros(stateShape));
        } else {
          this.states_[0] = zeros(stateShape);
        }
      } else {
        if (!Array.isArray(states)) {
          states = [states];
        }
        if (states.length !== this.states_.length) {
          throw new ValueError(`Layer ${this.name} expects ${this.states_.length} state(s), but it received ${states.length} state value(s). Input received: ${states}`);
        }
        if (training) {
          this.keptStates.push(this.states_.slice());
        } else {
          dispose(this.states_);
        }
        for (let index = 0; index < this.states_.length; ++index) {
          const value = states[index];
          const expectedShape = stateShape;
          if (!util_exports.arraysEqual(value.shape, expectedShape)) {
            throw new ValueError(`State ${index} is incompatible with layer ${this.name}: expected shape=${expectedShape}, received shape=${value.shape}`);
          }
          this.states_[index] = value;
        }
      }
      this.states_ = this.states_.map((state) => keep(state.clone()));
    });
  }
  computeSingleOutputShape(inputShape) {
    const { dataFormat, filters, kernelSize: kernelSize2, padding, strides, dilationRate } = this.cell;
    const isChannelsFirst = dataFormat === "channelsFirst";
    const h = inputShape[isChannelsFirst ? 3 : 2];
    const w = inputShape[isChannelsFirst ? 4 : 3];
    const hOut = convOutputLength(h, kernelSize2[0], padding, strides[0], dilationRate[0]);
    const wOut = convOutputLength(w, kernelSize2[1], padding, strides[1], dilationRate[1]);
    const outShape = [
      ...inputShape.slice(0, 2),
      ...isChannelsFirst ? [filters, hOut, wOut] : [hOut, wOut, filters]
    ];
    return outShape;
  }
};
ConvRNN2D.className = "ConvRNN2D";
var ConvLSTM2DCell = class extends LSTMCell {
  constructor(args) {
    const { filters, kernelSize: kernelSize2, strides, padding, dataFormat, dilationRate } = args;
    super(Object.assign(Object.assign({}, args), { units: filters }));
    this.filters = filters;
    assertPositiveInteger(this.filters, "filters");
    this.kernelSize = normalizeArray(kernelSize2, 2, "kernelSize");
    this.kernelSize.forEach((size) => assertPositiveInteger(size, "kernelSize"));
    this.strides = normalizeArray(strides || 1, 2, "strides");
    this.strides.forEach((stride) => assertPositiveInteger(stride, "strides"));
    this.padding = padding || "valid";
    checkPaddingMode(this.padding);
    this.dataFormat = dataFormat || "channelsLast";
    checkDataFormat(this.dataFormat);
    this.dilationRate = normalizeArray(dilationRate || 1, 2, "dilationRate");
    this.dilationRate.forEach((rate) => assertPositiveInteger(rate, "dilationRate"));
  }
  build(inputShape) {
    var _a;
    inputShape = getExactlyOneShape(inputShape);
    const channelAxis = this.dataFormat === "channelsFirst" ? 1 : inputShape.length - 1;
    if (inputShape[channelAxis] == null) {
      throw new ValueError(`The channel dimension of the input should be defined. Found ${inputShape[channelAxis]}`);
    }
    const inputDim = inputShape[channelAxis];
    const numOfKernels = 4;
    const kernelShape = this.kernelSize.concat([inputDim, this.filters * numOfKernels]);
    this.kernel = this.addWeight("kernel", kernelShape, null, this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
    const recurrentKernelShape = this.kernelSize.concat([this.filters, this.filters * numOfKernels]);
    this.recurrentKernel = this.addWeight("recurrent_kernel", recurrentKernelShape, null, this.recurrentInitializer, this.recurrentRegularizer, true, this.recurrentConstraint);
    if (this.useBias) {
      let biasInitializer;
      if (this.unitForgetBias) {
        const init = this.biasInitializer;
        const filters = this.filters;
        biasInitializer = new (_a = class CustomInit extends Initializer {
          apply(shape, dtype) {
            const biasI = init.apply([filters]);
            const biasF = ones([filters]);
            const biasCAndO = init.apply([filters * 2]);
            return concatenate([biasI, biasF, biasCAndO]);
          }
        }, /** @nocollapse */
        _a.className = "CustomInit", _a)();
      } else {
        biasInitializer = this.biasInitializer;
      }
      this.bias = this.addWeight("bias", [this.filters * numOfKernels], null, biasInitializer, this.biasRegularizer, true, this.biasConstraint);
    }
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      if (inputs.length !== 3) {
        throw new ValueError(`ConvLSTM2DCell expects 3 input Tensors (inputs, h, c), got ${inputs.length}.`);
      }
      const training = kwargs["training"] || false;
      const x = inputs[0];
      const hTMinus1 = inputs[1];
      const cTMinus1 = inputs[2];
      const numOfKernels = 4;
      if (0 < this.dropout && this.dropout < 1 && this.dropoutMask == null) {
        this.dropoutMask = generateDropoutMask({
          ones: () => onesLike(x),
          rate: this.dropout,
          training,
          count: numOfKernels,
          dropoutFunc: this.dropoutFunc
        });
      }
      const dropoutMask = this.dropoutMask;
      const applyDropout = (x2, mask, index) => {
        if (!mask || !mask[index]) {
          return x2;
        }
        return mul(mask[index], x2);
      };
      let xI = applyDropout(x, dropoutMask, 0);
      let xF = applyDropout(x, dropoutMask, 1);
      let xC = applyDropout(x, dropoutMask, 2);
      let xO = applyDropout(x, dropoutMask, 3);
      if (0 < this.recurrentDropout && this.recurrentDropout < 1 && this.recurrentDropoutMask == null) {
        this.recurrentDropoutMask = generateDropoutMask({
          ones: () => onesLike(hTMinus1),
          rate: this.recurrentDropout,
          training,
          count: numOfKernels,
          dropoutFunc: this.dropoutFunc
        });
      }
      const recDropoutMask = this.recurrentDropoutMask;
      let hI = applyDropout(hTMinus1, recDropoutMask, 0);
      let hF = applyDropout(hTMinus1, recDropoutMask, 1);
      let hC = applyDropout(hTMinus1, recDropoutMask, 2);
      let hO = applyDropout(hTMinus1, recDropoutMask, 3);
      const kernelChannelAxis = 3;
      const [kernelI, kernelF, kernelC, kernelO] = split(this.kernel.read(), numOfKernels, kernelChannelAxis);
      const [biasI, biasF, biasC, biasO] = this.useBias ? split(this.bias.read(), numOfKernels) : [null, null, null, null];
      xI = this.inputConv(xI, kernelI, biasI, this.padding);
      xF = this.inputConv(xF, kernelF, biasF, this.padding);
      xC = this.inputConv(xC, kernelC, biasC, this.padding);
      xO = this.inputConv(xO, kernelO, biasO, this.padding);
      const [recKernelI, recKernelF, recKernelC, recKernelO] = split(this.recurrentKernel.read(), numOfKernels, kernelChannelAxis);
      hI = this.recurrentConv(hI, recKernelI);
      hF = this.recurrentConv(hF, recKernelF);
      hC = this.recurrentConv(hC, recKernelC);
      hO = this.recurrentConv(hO, recKernelO);
      const i = this.recurrentActivation.apply(add(xI, hI));
      const f = this.recurrentActivation.apply(add(xF, hF));
      const c = add(mul(f, cTMinus1), mul(i, this.activation.apply(add(xC, hC))));
      const h = mul(this.recurrentActivation.apply(add(xO, hO)), this.activation.apply(c));
      return [h, h, c];
    });
  }
  getConfig() {
    const _a = super.getConfig(), { "units": _ } = _a, baseConfig = __rest(_a, ["units"]);
    const config = {
      filters: this.filters,
      kernelSize: this.kernelSize,
      padding: this.padding,
      dataFormat: this.dataFormat,
      dilationRate: this.dilationRate,
      strides: this.strides
    };
    return Object.assign(Object.assign({}, baseConfig), config);
  }
  inputConv(x, w, b, padding) {
    const out = conv2d(x, w, this.strides, padding || "valid", this.dataFormat === "channelsFirst" ? "NCHW" : "NHWC", this.dilationRate);
    if (b) {
      return biasAdd(out, b, this.dataFormat);
    }
    return out;
  }
  recurrentConv(x, w) {
    const strides = 1;
    return conv2d(x, w, strides, "same", this.dataFormat === "channelsFirst" ? "NCHW" : "NHWC");
  }
};
ConvLSTM2DCell.className = "ConvLSTM2DCell";
serialization_exports.registerClass(ConvLSTM2DCell);
var ConvLSTM2D = class extends ConvRNN2D {
  constructor(args) {
    const cell = new ConvLSTM2DCell(args);
    super(Object.assign(Object.assign({}, args), { cell }));
  }
  /** @nocollapse */
  static fromConfig(cls, config) {
    return new cls(config);
  }
};
ConvLSTM2D.className = "ConvLSTM2D";
serialization_exports.registerClass(ConvLSTM2D);

// node_modules/@tensorflow/tfjs-layers/dist/layers/core.js
var Dropout = class extends Layer {
  constructor(args) {
    super(args);
    this.rate = Math.max(Math.min(args.rate, 1), 0);
    this.noiseShape = args.noiseShape;
    this.seed = args.seed;
    this.supportsMasking = true;
  }
  getNoiseShape(input2) {
    if (this.noiseShape == null) {
      return this.noiseShape;
    }
    const inputShape = input2.shape;
    const noiseShape = [];
    for (let i = 0; i < this.noiseShape.length; ++i) {
      noiseShape.push(this.noiseShape[i] == null ? inputShape[i] : this.noiseShape[i]);
    }
    return noiseShape;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      const input2 = getExactlyOneTensor(inputs);
      if (0 < this.rate && this.rate < 1) {
        const training = kwargs["training"] == null ? false : kwargs["training"];
        const noiseShape = this.getNoiseShape(input2);
        const output = inTrainPhase(() => dropout2(input2, this.rate, noiseShape, this.seed), () => input2, training);
        return output;
      }
      return inputs;
    });
  }
  getConfig() {
    const config = {
      rate: this.rate,
      noiseShape: this.noiseShape,
      seed: this.seed
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  dispose() {
    return super.dispose();
  }
};
Dropout.className = "Dropout";
serialization_exports.registerClass(Dropout);
var SpatialDropout1D = class extends Dropout {
  constructor(args) {
    super(args);
    this.inputSpec = [{ ndim: 3 }];
  }
  getNoiseShape(input2) {
    const inputShape = input2.shape;
    return [inputShape[0], 1, inputShape[2]];
  }
};
SpatialDropout1D.className = "SpatialDropout1D";
serialization_exports.registerClass(SpatialDropout1D);
var Dense = class extends Layer {
  constructor(args) {
    super(args);
    this.activation = null;
    this.useBias = true;
    this.kernel = null;
    this.bias = null;
    this.DEFAULT_KERNEL_INITIALIZER = "glorotNormal";
    this.DEFAULT_BIAS_INITIALIZER = "zeros";
    if (args.batchInputShape == null && args.inputShape == null && args.inputDim != null) {
      let batchSize = null;
      if (args.batchSize != null) {
        batchSize = args.batchSize;
      }
      this.batchInputShape = [batchSize, args.inputDim];
    }
    this.units = args.units;
    assertPositiveInteger(this.units, "units");
    this.activation = getActivation(args.activation);
    if (args.useBias != null) {
      this.useBias = args.useBias;
    }
    this.kernelInitializer = getInitializer(args.kernelInitializer || this.DEFAULT_KERNEL_INITIALIZER);
    this.biasInitializer = getInitializer(args.biasInitializer || this.DEFAULT_BIAS_INITIALIZER);
    this.kernelConstraint = getConstraint(args.kernelConstraint);
    this.biasConstraint = getConstraint(args.biasConstraint);
    this.kernelRegularizer = getRegularizer(args.kernelRegularizer);
    this.biasRegularizer = getRegularizer(args.biasRegularizer);
    this.activityRegularizer = getRegularizer(args.activityRegularizer);
    this.supportsMasking = true;
    this.inputSpec = [{ minNDim: 2 }];
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const inputLastDim = inputShape[inputShape.length - 1];
    if (this.kernel == null) {
      this.kernel = this.addWeight("kernel", [inputLastDim, this.units], null, this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
      if (this.useBias) {
        this.bias = this.addWeight("bias", [this.units], null, this.biasInitializer, this.biasRegularizer, true, this.biasConstraint);
      }
    }
    this.inputSpec = [{ minNDim: 2, axes: { [-1]: inputLastDim } }];
    this.built = true;
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const outputShape = inputShape.slice();
    outputShape[outputShape.length - 1] = this.units;
    return outputShape;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      const input2 = getExactlyOneTensor(inputs);
      const fusedActivationName = mapActivationToFusedKernel(this.activation.getClassName());
      let output;
      if (fusedActivationName != null) {
        output = dot(input2, this.kernel.read(), fusedActivationName, this.bias ? this.bias.read() : null);
      } else {
        output = dot(input2, this.kernel.read());
        if (this.bias != null) {
          output = biasAdd(output, this.bias.read());
        }
        if (this.activation != null) {
          output = this.activation.apply(output);
        }
      }
      return output;
    });
  }
  getConfig() {
    const config = {
      units: this.units,
      activation: serializeActivation(this.activation),
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
      kernelRegularizer: serializeRegularizer(this.kernelRegularizer),
      biasRegularizer: serializeRegularizer(this.biasRegularizer),
      activityRegularizer: serializeRegularizer(this.activityRegularizer),
      kernelConstraint: serializeConstraint(this.kernelConstraint),
      biasConstraint: serializeConstraint(this.biasConstraint)
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Dense.className = "Dense";
serialization_exports.registerClass(Dense);
var Flatten = class extends Layer {
  constructor(args) {
    args = args || {};
    super(args);
    this.inputSpec = [{ minNDim: 3 }];
    this.dataFormat = args.dataFormat;
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    for (const dim of inputShape.slice(1)) {
      if (dim == null) {
        throw new ValueError(`The shape of the input to "Flatten" is not fully defined (got ${inputShape.slice(1)}). Make sure to pass a complete "input_shape" or "batch_input_shape" argument to the first layer in your model.`);
      }
    }
    return [inputShape[0], arrayProd(inputShape, 1)];
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      let input2 = getExactlyOneTensor(inputs);
      if (this.dataFormat === "channelsFirst" && input2.rank > 1) {
        const permutation = [0];
        for (let i = 2; i < input2.rank; ++i) {
          permutation.push(i);
        }
        permutation.push(1);
        input2 = transpose(input2, permutation);
      }
      return batchFlatten(input2);
    });
  }
  getConfig() {
    const config = {};
    if (this.dataFormat != null) {
      config["dataFormat"] = this.dataFormat;
    }
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Flatten.className = "Flatten";
serialization_exports.registerClass(Flatten);
var Activation2 = class extends Layer {
  constructor(args) {
    super(args);
    this.supportsMasking = true;
    this.activation = getActivation(args.activation);
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      const input2 = getExactlyOneTensor(inputs);
      return this.activation.apply(input2);
    });
  }
  getConfig() {
    const config = { activation: serializeActivation(this.activation) };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Activation2.className = "Activation";
serialization_exports.registerClass(Activation2);
var RepeatVector = class extends Layer {
  constructor(args) {
    super(args);
    this.n = args.n;
    this.inputSpec = [{ ndim: 2 }];
  }
  computeOutputShape(inputShape) {
    return [inputShape[0], this.n, inputShape[1]];
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = getExactlyOneTensor(inputs);
      return repeat(inputs, this.n);
    });
  }
  getConfig() {
    const config = {
      n: this.n
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
RepeatVector.className = "RepeatVector";
serialization_exports.registerClass(RepeatVector);
var Reshape2 = class extends Layer {
  constructor(args) {
    super(args);
    this.targetShape = args.targetShape;
    for (let i = 0; i < this.targetShape.length; ++i) {
      if (this.isUnknown(this.targetShape[i])) {
        this.targetShape[i] = null;
      }
    }
  }
  isUnknown(dim) {
    return dim < 0 || dim == null;
  }
  /**
   * Finds and replaces a missing dimension in output shape.
   *
   * This is a near direct port of the internal Numpy function
   * `_fix_unknown_dimension` in `numpy/core/src/multiarray/shape.c`.
   *
   * @param inputShape: Original shape of array begin reshape.
   * @param outputShape: Target shape of the array, with at most a single
   * `null` or negative number, which indicates an underdetermined dimension
   * that should be derived from `inputShape` and the known dimensions of
   *   `outputShape`.
   * @returns: The output shape with `null` replaced with its computed value.
   * @throws: ValueError: If `inputShape` and `outputShape` do not match.
   */
  fixUnknownDimension(inputShape, outputShape) {
    const errorMsg = "Total size of new array must be unchanged.";
    const finalShape = outputShape.slice();
    let known = 1;
    let unknown = null;
    for (let i = 0; i < finalShape.length; ++i) {
      const dim = finalShape[i];
      if (this.isUnknown(dim)) {
        if (unknown === null) {
          unknown = i;
        } else {
          throw new ValueError("Can only specifiy one unknown dimension.");
        }
      } else {
        known *= dim;
      }
    }
    const originalSize = arrayProd(inputShape);
    if (unknown !== null) {
      if (known === 0 || originalSize % known !== 0) {
        throw new ValueError(errorMsg);
      }
      finalShape[unknown] = originalSize / known;
    } else if (originalSize !== known) {
      throw new ValueError(errorMsg);
    }
    return finalShape;
  }
  computeOutputShape(inputShape) {
    let anyUnknownDims = false;
    for (let i = 0; i < inputShape.length; ++i) {
      if (this.isUnknown(inputShape[i])) {
        anyUnknownDims = true;
        break;
      }
    }
    if (anyUnknownDims) {
      return inputShape.slice(0, 1).concat(this.targetShape);
    } else {
      return inputShape.slice(0, 1).concat(this.fixUnknownDimension(inputShape.slice(1), this.targetShape));
    }
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      const input2 = getExactlyOneTensor(inputs);
      const inputShape = input2.shape;
      const outputShape = inputShape.slice(0, 1).concat(this.fixUnknownDimension(inputShape.slice(1), this.targetShape));
      return reshape(input2, outputShape);
    });
  }
  getConfig() {
    const config = {
      targetShape: this.targetShape
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Reshape2.className = "Reshape";
serialization_exports.registerClass(Reshape2);
var Permute = class extends Layer {
  constructor(args) {
    super(args);
    if (args.dims == null) {
      throw new Error("Required configuration field `dims` is missing during Permute constructor call.");
    }
    if (!Array.isArray(args.dims)) {
      throw new Error(`Permute constructor requires \`dims\` to be an Array, but received ${args.dims} instead.`);
    }
    const expectedSortedIndices = range2(1, args.dims.length + 1);
    if (!util_exports.arraysEqual(args.dims.slice().sort(), expectedSortedIndices)) {
      throw new Error("Invalid permutation `dims`: " + JSON.stringify(args.dims) + " `dims` must contain consecutive integers starting from 1.");
    }
    this.dims = args.dims;
    this.dimsIncludingBatch = [0].concat(this.dims);
    this.inputSpec = [new InputSpec({ ndim: this.dims.length + 1 })];
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const outputShape = inputShape.slice();
    this.dims.forEach((dim, i) => {
      outputShape[i + 1] = inputShape[dim];
    });
    return outputShape;
  }
  call(inputs, kwargs) {
    return transpose(getExactlyOneTensor(inputs), this.dimsIncludingBatch);
  }
  getConfig() {
    const config = {
      dims: this.dims
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Permute.className = "Permute";
serialization_exports.registerClass(Permute);
var Masking = class extends Layer {
  constructor(args) {
    super(args == null ? {} : args);
    this.supportsMasking = true;
    if (args != null) {
      this.maskValue = args.maskValue == null ? 0 : args.maskValue;
    } else {
      this.maskValue = 0;
    }
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = { maskValue: this.maskValue };
    Object.assign(config, baseConfig);
    return config;
  }
  computeMask(inputs, mask) {
    const input2 = getExactlyOneTensor(inputs);
    const axis = -1;
    return any(notEqual(input2, this.maskValue), axis);
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      const input2 = getExactlyOneTensor(inputs);
      const axis = -1;
      const keepDims = true;
      const booleanMask = any(notEqual(input2, this.maskValue), axis, keepDims);
      const output = mul(input2, cast(booleanMask, input2.dtype));
      return output;
    });
  }
};
Masking.className = "Masking";
serialization_exports.registerClass(Masking);

// node_modules/@tensorflow/tfjs-layers/dist/layers/embeddings.js
var Embedding = class extends Layer {
  constructor(args) {
    super(args);
    this.embeddings = null;
    this.DEFAULT_EMBEDDINGS_INITIALIZER = "randomUniform";
    if (args.batchInputShape == null && args.inputShape == null) {
      let batchSize = null;
      if (args.batchSize != null) {
        batchSize = args.batchSize;
      }
      if (args.inputLength == null) {
        this.batchInputShape = [batchSize, null];
      } else {
        this.batchInputShape = [batchSize].concat(toList(args.inputLength));
      }
    }
    this.inputDim = args.inputDim;
    assertPositiveInteger(this.inputDim, "inputDim");
    this.outputDim = args.outputDim;
    assertPositiveInteger(this.outputDim, "outputDim");
    this.embeddingsInitializer = getInitializer(args.embeddingsInitializer || this.DEFAULT_EMBEDDINGS_INITIALIZER);
    this.embeddingsRegularizer = getRegularizer(args.embeddingsRegularizer);
    this.activityRegularizer = getRegularizer(args.activityRegularizer);
    this.embeddingsConstraint = getConstraint(args.embeddingsConstraint);
    this.maskZero = args.maskZero;
    this.supportsMasking = args.maskZero;
    this.inputLength = args.inputLength;
  }
  build(inputShape) {
    this.embeddings = this.addWeight("embeddings", [this.inputDim, this.outputDim], this.dtype, this.embeddingsInitializer, this.embeddingsRegularizer, true, this.embeddingsConstraint);
    this.built = true;
  }
  // Override warnOnIncompatibleInputShape because an embedding layer allows
  // the input to have varying ranks.
  warnOnIncompatibleInputShape(inputShape) {
  }
  computeMask(inputs, mask) {
    return tidy(() => {
      if (!this.maskZero) {
        return null;
      } else {
        inputs = getExactlyOneTensor(inputs);
        return notEqual(inputs, zerosLike(inputs));
      }
    });
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    if (this.inputLength == null) {
      return [...inputShape, this.outputDim];
    }
    const inLens = toList(this.inputLength);
    if (inLens.length !== inputShape.length - 1) {
      throw new ValueError(`"inputLength" is ${this.inputLength}, but received input shape has shape ${inputShape}`);
    } else {
      let i = 0;
      for (let k = 0; k < inLens.length; ++k) {
        const s1 = inLens[k];
        const s2 = inputShape[k + 1];
        if (s1 != null && s2 != null && s1 !== s2) {
          throw new ValueError(`"inputLength" is ${this.inputLength}, but received input shape has shape ${inputShape}`);
        } else if (s1 == null) {
          inLens[i] = s2;
        }
        i++;
      }
    }
    return [inputShape[0], ...inLens, this.outputDim];
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      let input2 = getExactlyOneTensor(inputs);
      if (input2.dtype !== "int32") {
        input2 = cast3(input2, "int32");
      }
      const output = gather2(this.embeddings.read(), reshape(input2, [input2.size]));
      return reshape(output, getExactlyOneShape(this.computeOutputShape(input2.shape)));
    });
  }
  getConfig() {
    const config = {
      inputDim: this.inputDim,
      outputDim: this.outputDim,
      embeddingsInitializer: serializeInitializer(this.embeddingsInitializer),
      embeddingsRegularizer: serializeRegularizer(this.embeddingsRegularizer),
      activityRegularizer: serializeRegularizer(this.activityRegularizer),
      embeddingsConstraint: serializeConstraint(this.embeddingsConstraint),
      maskZero: this.maskZero,
      inputLength: this.inputLength
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Embedding.className = "Embedding";
serialization_exports.registerClass(Embedding);

// node_modules/@tensorflow/tfjs-layers/dist/layers/merge.js
var Merge = class extends Layer {
  constructor(args) {
    super(args || {});
    this.supportsMasking = true;
  }
  /**
   * Logic for merging multiple tensors, to be overridden by subclasses.
   * @param inputs
   */
  mergeFunction(inputs) {
    throw new NotImplementedError();
  }
  /**
   * Computes the shape of the result of an elementwise operation.
   *
   * @param shape1: Shape of the first tensor.
   * @param shape2: Shape of the second tensor.
   * @returns Expected output shape when an elementwise operation is carried
   *   out on 2 tensors with shapes `shape1` and `shape2`.
   * @throws ValueError: If `shape1` and `shape2` are not compatible for
   *   element-wise operations.
   */
  computeElementwiseOpOutputShape(shape1, shape2) {
    if (shape1 == null || shape2 == null) {
      return null;
    } else if (shape1.length < shape2.length) {
      return this.computeElementwiseOpOutputShape(shape2, shape1);
    } else if (shape2.length === 0) {
      return shape1;
    }
    const outputShape = shape1.slice(0, shape1.length - shape2.length);
    for (let k = 0; k < shape2.length; ++k) {
      const i = shape1[shape1.length - shape2.length + k];
      const j = shape2[k];
      if (i == null || j == null || i < 0 || j < 0) {
        outputShape.push(null);
      } else if (i === 1) {
        outputShape.push(j);
      } else if (j === 1) {
        outputShape.push(i);
      } else {
        if (i !== j) {
          throw new ValueError("Operands could not be broadcast together with shapes " + JSON.stringify(shape1) + " " + JSON.stringify(shape2));
        }
        outputShape.push(i);
      }
    }
    return outputShape;
  }
  build(inputShape) {
    if (Array.isArray(inputShape) && !Array.isArray(inputShape[0])) {
      inputShape = [getExactlyOneShape(inputShape)];
    }
    inputShape = inputShape;
    if (inputShape.length < 2) {
      throw new ValueError(`A merge layer should be called on an Array of at least 2 inputs. Got ${inputShape.length} input(s).`);
    }
    let batchSizes = [];
    for (const shape of inputShape) {
      if (shape != null && shape[0] !== null) {
        batchSizes.push(shape[0]);
      }
    }
    batchSizes = unique(batchSizes);
    if (batchSizes.length > 1) {
      throw new ValueError(`Can not merge tensors with different batch sizes. Got tensors with shapes: ${JSON.stringify(inputShape)}.`);
    }
    let outputShape = inputShape[0] == null ? null : inputShape[0].slice(1);
    for (let i = 1; i < inputShape.length; ++i) {
      const shape = inputShape[i] == null ? null : inputShape[i].slice(1);
      outputShape = this.computeElementwiseOpOutputShape(outputShape, shape);
    }
    const allRanks = inputShape.map((shape) => shape.length);
    if (inputShape.indexOf(null) === -1 && unique(allRanks).length === 1) {
      this.reshapeRequired = false;
    } else {
      this.reshapeRequired = true;
    }
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = inputs;
      if (this.reshapeRequired) {
        const reshapedInputs = [];
        const inputDims = inputs.map((input2) => input2.rank);
        if (inputDims.indexOf(null) === -1) {
          const maxNDim = max2(inputDims);
          for (let x of inputs) {
            const xNDim = x.rank;
            for (let k = 0; k < maxNDim - xNDim; ++k) {
              x = expandDims2(x, 1);
            }
            reshapedInputs.push(x);
          }
          return this.mergeFunction(reshapedInputs);
        } else {
          let transposed = false;
          for (const x of inputs) {
            const xNDim = x.rank;
            if (xNDim == null) {
              const xShape = x.shape;
              const batchSize = xShape[0];
              const newShape = xShape.slice(1).concat([batchSize]);
              let xTransposed = reshape(x, [batchSize].concat(arrayProd(xShape.slice(1))));
              xTransposed = transpose(xTransposed, [1, 0]);
              xTransposed = reshape(xTransposed, newShape);
              reshapedInputs.push(xTransposed);
              transposed = true;
            } else if (xNDim > 1) {
              const dims = range2(1, xNDim).concat([0]);
              reshapedInputs.push(transpose(x, dims));
              transposed = true;
            } else {
              reshapedInputs.push(x);
            }
          }
          let y = this.mergeFunction(reshapedInputs);
          const yNDim = y.rank;
          if (transposed) {
            if (yNDim == null) {
              const yShape = y.shape;
              const yNDim2 = yShape.length;
              const batchSize = yShape[yNDim2 - 1];
              const newShape = [batchSize].concat(yShape.slice(0, yShape.length - 1));
              y = reshape(transpose(reshape(y, [-1, batchSize]), [1, 0]), newShape);
            } else if (yNDim > 1) {
              const dims = [yNDim - 1].concat(range2(0, yNDim - 1));
              y = transpose(y, dims);
            }
          }
          return y;
        }
      } else {
        return this.mergeFunction(inputs);
      }
    });
  }
  computeOutputShape(inputShape) {
    inputShape = inputShape;
    let outputShape;
    if (inputShape[0] == null) {
      outputShape = null;
    } else {
      outputShape = inputShape[0].slice(1);
    }
    for (let i = 1; i < inputShape.length; ++i) {
      const shape = inputShape[i] == null ? null : inputShape[i].slice(1);
      outputShape = this.computeElementwiseOpOutputShape(outputShape, shape);
    }
    let batchSizes = [];
    for (const shape of inputShape) {
      if (shape != null && shape[0] !== null) {
        batchSizes.push(shape[0]);
      }
    }
    batchSizes = unique(batchSizes);
    if (batchSizes.length === 1) {
      outputShape = batchSizes.concat(outputShape);
    } else {
      outputShape = [null].concat(outputShape);
    }
    return outputShape;
  }
  computeMask(inputs, mask) {
    return tidy(() => {
      if (mask == null) {
        return null;
      }
      if (!Array.isArray(mask)) {
        throw new ValueError("`mask` should be an Array");
      }
      if (!Array.isArray(inputs)) {
        throw new ValueError("`inputs` should be an Array");
      }
      if (mask.length !== inputs.length) {
        throw new ValueError(`The Array 'inputs' and 'mask' are expected to have the same length, but have different lengths (${inputs.length} vs ${mask.length})`);
      }
      if (mask.every((m) => m == null)) {
        return null;
      }
      mask = mask.map((m) => m == null ? m : expandDims(m, 0));
      let output = mask[0];
      for (let i = 1; i < mask.length - 1; ++i) {
        output = logicalAnd(output, mask[i]);
      }
      return output;
    });
  }
};
var Add2 = class extends Merge {
  constructor(args) {
    super(args);
  }
  mergeFunction(inputs) {
    return tidy(() => {
      let output = inputs[0].clone();
      for (let i = 1; i < inputs.length; ++i) {
        output = add(output, inputs[i]);
      }
      return output;
    });
  }
};
Add2.className = "Add";
serialization_exports.registerClass(Add2);
var Multiply2 = class extends Merge {
  constructor(args) {
    super(args);
  }
  mergeFunction(inputs) {
    return tidy(() => {
      let output = inputs[0].clone();
      for (let i = 1; i < inputs.length; ++i) {
        output = mul(output, inputs[i]);
      }
      return output;
    });
  }
};
Multiply2.className = "Multiply";
serialization_exports.registerClass(Multiply2);
var Average = class extends Merge {
  constructor(args) {
    super(args);
  }
  mergeFunction(inputs) {
    return tidy(() => {
      let output = inputs[0].clone();
      for (let i = 1; i < inputs.length; ++i) {
        output = add(output, inputs[i]);
      }
      return mul(1 / inputs.length, output);
    });
  }
};
Average.className = "Average";
serialization_exports.registerClass(Average);
var Maximum2 = class extends Merge {
  constructor(args) {
    super(args);
  }
  mergeFunction(inputs) {
    return tidy(() => {
      let output = inputs[0];
      for (let i = 1; i < inputs.length; ++i) {
        output = maximum(output, inputs[i]);
      }
      return output;
    });
  }
};
Maximum2.className = "Maximum";
serialization_exports.registerClass(Maximum2);
var Minimum2 = class extends Merge {
  constructor(args) {
    super(args);
  }
  mergeFunction(inputs) {
    return tidy(() => {
      let output = inputs[0];
      for (let i = 1; i < inputs.length; ++i) {
        output = minimum(output, inputs[i]);
      }
      return output;
    });
  }
};
Minimum2.className = "Minimum";
serialization_exports.registerClass(Minimum2);
var Concatenate = class extends Merge {
  constructor(args) {
    super(args);
    this.DEFAULT_AXIS = -1;
    if (args == null) {
      args = {};
    }
    this.axis = args.axis == null ? this.DEFAULT_AXIS : args.axis;
    this.supportsMasking = true;
    this.reshapeRequired = false;
  }
  build(inputShape) {
    if (!(Array.isArray(inputShape) && Array.isArray(inputShape[0])) || inputShape.length === 1) {
      throw new ValueError("A `Concatenate` layer should be called on a list of at least 2 inputs");
    }
    inputShape = inputShape;
    let allNoneShape = true;
    for (const shape of inputShape) {
      if (shape != null) {
        allNoneShape = false;
        break;
      }
    }
    if (allNoneShape) {
      return;
    }
    const shapeSet = [];
    for (let i = 0; i < inputShape.length; ++i) {
      const shapeWithoutConcatAxis = inputShape[i].slice();
      shapeWithoutConcatAxis.splice(this.axis, 1);
      let exists = false;
      for (const shape of shapeSet) {
        if (util_exports.arraysEqual(shape, shapeWithoutConcatAxis)) {
          exists = true;
          break;
        }
      }
      if (!exists) {
        shapeSet.push(shapeWithoutConcatAxis);
      }
    }
    if (shapeSet.length > 1) {
      throw new ValueError("A `Concatenate` layer requires inputs with matching shapes except for the concat axis. Got input shapes: " + JSON.stringify(inputShape));
    }
  }
  mergeFunction(inputs) {
    return tidy(() => {
      return concatenate(inputs, this.axis);
    });
  }
  computeOutputShape(inputShape) {
    if (!(Array.isArray(inputShape) && Array.isArray(inputShape[0]))) {
      throw new ValueError("A `Concatenate` layer should be called on a list of inputs.");
    }
    const inputShapes = inputShape;
    const outputShape = inputShapes[0].slice();
    const axis = this.axis < 0 ? outputShape.length + this.axis : this.axis;
    for (const shape of inputShapes.slice(1)) {
      if (outputShape[axis] == null || shape[axis] == null) {
        outputShape[axis] = null;
        break;
      }
      outputShape[axis] += shape[axis];
    }
    return outputShape;
  }
  computeMask(inputs, mask) {
    if (mask == null) {
      return null;
    }
    if (!Array.isArray(mask)) {
      throw new ValueError("`mask` should be an array for Concatenate");
    }
    if (!Array.isArray(inputs)) {
      throw new ValueError("`inputs` should be an array for Concatenate");
    }
    if (mask.length !== inputs.length) {
      throw new ValueError(`Mismatch in the length of mask (${mask.length}) and the legnth of inputs (${inputs.length})`);
    }
    return tidy(() => {
      let allNullMasks = true;
      mask.forEach((m) => {
        if (m != null) {
          allNullMasks = false;
          return;
        }
      });
      if (allNullMasks) {
        return null;
      }
      const outputMasks = [];
      for (let i = 0; i < inputs.length; ++i) {
        if (mask[i] == null) {
          outputMasks.push(cast(onesLike(inputs[i]), "bool"));
        } else if (mask[i].rank < inputs[i].rank) {
          outputMasks.push(expandDims(mask[i], -1));
        } else {
          outputMasks.push(mask[i]);
        }
      }
      const concatenatedMasks = concat(outputMasks, this.axis);
      return all(concatenatedMasks, -1, false);
    });
  }
  getConfig() {
    const config = {
      "axis": this.axis
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Concatenate.className = "Concatenate";
serialization_exports.registerClass(Concatenate);
function interpretAxis(axis, dim) {
  while (axis < 0) {
    axis += dim;
  }
  return axis;
}
function batchDot(x, y, axes) {
  if (x.shape.length > 3 || y.shape.length > 3) {
    throw new NotImplementedError("batchDot is not implemented for tensors of 4D or higher rank yet");
  }
  util_exports.assert(x.shape.length >= 2, () => `batchDot requires the rank of x to be >= 2, but got ${x.shape.length}`);
  util_exports.assert(x.shape.length >= 2, () => `batchDot requires the rank of y to be >= 2, but got ${y.shape.length}`);
  if (typeof axes === "number") {
    axes = [axes, axes];
  }
  if (x.dtype === "complex64" || y.dtype === "complex64") {
    throw new NotImplementedError("batchDot is not implemented for complex64-type Tensors yet.");
  }
  const xNDim = x.shape.length;
  const yNDim = y.shape.length;
  if (axes == null) {
    axes = [xNDim - 1, yNDim - 2];
  }
  const axesArray = axes;
  return tidy(() => {
    let diff;
    if (xNDim > yNDim) {
      diff = xNDim - yNDim;
      const diffShape = [];
      for (let i = 0; i < diff; ++i) {
        diffShape.push(1);
      }
      y = reshape(y, y.shape.concat(diffShape));
    } else if (yNDim > xNDim) {
      diff = yNDim - xNDim;
      const diffShape = [];
      for (let i = 0; i < diff; ++i) {
        diffShape.push(1);
      }
      x = reshape(x, x.shape.concat(diffShape));
    } else {
      diff = 0;
    }
    let out;
    if (x.shape.length === 2 && y.shape.length === 2) {
      if (axesArray[0] === axesArray[1]) {
        out = sum(mul(x, y), axesArray[0]);
      } else {
        out = sum(mul(transpose(x, [1, 0]), y), axesArray[1]);
      }
    } else {
      const adjX = axesArray[0] !== x.shape.length - 1;
      const adjY = axesArray[1] === y.shape.length - 1;
      out = matMul(x, y, adjX, adjY);
    }
    if (diff > 0) {
      let idx;
      if (xNDim > yNDim) {
        idx = xNDim + yNDim - 3;
      } else {
        idx = xNDim - 1;
      }
      const squeezeAxes = [];
      for (let i = idx; i < idx + diff; ++i) {
        squeezeAxes.push(i);
      }
      out = squeeze(out, squeezeAxes);
    }
    if (out.shape.length === 1) {
      out = expandDims(out, 1);
    }
    return out;
  });
}
var Dot = class extends Merge {
  constructor(args) {
    super(args);
    this.axes = args.axes;
    this.normalize = args.normalize == null ? false : args.normalize;
    this.supportsMasking = true;
    this.reshapeRequired = false;
  }
  build(inputShape) {
    util_exports.assert(Array.isArray(inputShape) && inputShape.length === 2 && Array.isArray(inputShape[0]) && Array.isArray(inputShape[1]), () => "A `Dot` layer should be called on a list of exactly 2 inputs.");
    const shape1 = inputShape[0];
    const shape2 = inputShape[1];
    if (shape1.length > 3 || shape2.length > 3) {
      throw new NotImplementedError("Dot layer does not support tensors of 4D or higher rank yet.");
    }
    const axes = this.interpretAxes(shape1, shape2);
    if (shape1[axes[0]] !== shape2[axes[1]]) {
      throw new ValueError(`Dimension incompatibility: ${shape1[axes[0]]} !== ${shape2[axes[1]]}`);
    }
  }
  mergeFunction(inputs) {
    if (inputs.length !== 2) {
      throw new ValueError(`A \`Dot\` layer must be called on exactly 2 inputs, but received ${inputs.length} input(s).`);
    }
    let x1 = inputs[0];
    let x2 = inputs[1];
    let axes;
    if (!Array.isArray(this.axes)) {
      axes = [
        interpretAxis(this.axes, x1.shape.length),
        interpretAxis(this.axes, x2.shape.length)
      ];
    } else {
      axes = this.axes.map((axis, i) => interpretAxis(axis, inputs[i].shape.length));
    }
    if (this.normalize) {
      x1 = l2Normalize(x1, axes[0]);
      x2 = l2Normalize(x2, axes[1]);
    }
    return batchDot(x1, x2, axes);
  }
  interpretAxes(shape1, shape2) {
    let axes;
    if (!Array.isArray(this.axes)) {
      axes = [
        interpretAxis(this.axes, shape1.length),
        interpretAxis(this.axes, shape2.length)
      ];
    } else {
      axes = this.axes;
    }
    return axes;
  }
  computeOutputShape(inputShape) {
    util_exports.assert(Array.isArray(inputShape) && inputShape.length === 2 && Array.isArray(inputShape[0]) && Array.isArray(inputShape[1]), () => "A `Dot` layer should be called on a list of exactly 2 inputs.");
    const shape1 = inputShape[0].slice();
    const shape2 = inputShape[1].slice();
    if (shape1.length > 3 || shape2.length > 3) {
      throw new NotImplementedError("Dot layer does not support tensors of 4D or higher rank yet.");
    }
    const axes = this.interpretAxes(shape1, shape2);
    shape1.splice(axes[0], 1);
    shape2.splice(axes[1], 1);
    shape2.splice(0, 1);
    const outputShape = shape1.concat(shape2);
    if (outputShape.length === 1) {
      outputShape.push(1);
    }
    return outputShape;
  }
  computeMask(inputs, mask) {
    return null;
  }
  getConfig() {
    const config = {
      "axes": this.axes,
      "normalize": this.normalize
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
Dot.className = "Dot";
serialization_exports.registerClass(Dot);

// node_modules/@tensorflow/tfjs-layers/dist/layers/noise.js
var GaussianNoise = class extends Layer {
  constructor(args) {
    super(args);
    this.supportsMasking = true;
    this.stddev = args.stddev;
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = { stddev: this.stddev };
    Object.assign(config, baseConfig);
    return config;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      const input2 = getExactlyOneTensor(inputs);
      const noised = () => add(randomNormal2(input2.shape, 0, this.stddev), input2);
      const output = inTrainPhase(noised, () => input2, kwargs["training"] || false);
      return output;
    });
  }
};
GaussianNoise.className = "GaussianNoise";
serialization_exports.registerClass(GaussianNoise);
var GaussianDropout = class extends Layer {
  constructor(args) {
    super(args);
    this.supportsMasking = true;
    this.rate = args.rate;
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = { rate: this.rate };
    Object.assign(config, baseConfig);
    return config;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      const input2 = getExactlyOneTensor(inputs);
      if (this.rate > 0 && this.rate < 1) {
        const noised = () => {
          const stddev = Math.sqrt(this.rate / (1 - this.rate));
          return mul(input2, randomNormal2(input2.shape, 1, stddev));
        };
        return inTrainPhase(noised, () => input2, kwargs["training"] || false);
      }
      return input2;
    });
  }
};
GaussianDropout.className = "GaussianDropout";
serialization_exports.registerClass(GaussianDropout);
var AlphaDropout = class extends Layer {
  constructor(args) {
    super(args);
    this.supportsMasking = true;
    this.rate = args.rate;
    this.noiseShape = args.noiseShape;
  }
  _getNoiseShape(inputs) {
    return this.noiseShape || getExactlyOneTensor(inputs).shape;
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  getConfig() {
    const baseConfig = super.getConfig();
    const config = { rate: this.rate };
    Object.assign(config, baseConfig);
    return config;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      if (this.rate < 1 && this.rate > 0) {
        const noiseShape = this._getNoiseShape(inputs);
        const droppedInputs = () => {
          const input2 = getExactlyOneTensor(inputs);
          const alpha = 1.6732632423543772;
          const scale2 = 1.0507009873554805;
          const alphaP = -alpha * scale2;
          let keptIdx = greaterEqual(randomUniform(noiseShape), this.rate);
          keptIdx = cast3(keptIdx, "float32");
          const a = ((1 - this.rate) * (1 + this.rate * alphaP ** 2)) ** -0.5;
          const b = -a * alphaP * this.rate;
          const x = add(mul(input2, keptIdx), mul(add(keptIdx, -1), alphaP));
          return add(mul(x, a), b);
        };
        return inTrainPhase(droppedInputs, () => getExactlyOneTensor(inputs), kwargs["training"] || false);
      }
      return inputs;
    });
  }
};
AlphaDropout.className = "AlphaDropout";
serialization_exports.registerClass(AlphaDropout);

// node_modules/@tensorflow/tfjs-layers/dist/layers/normalization.js
function batchNormalization(x, mean3, variance, beta, gamma, epsilon3 = 1e-3) {
  let out;
  if (x.rank === 2) {
    out = batchNorm2d(x, mean3, variance, beta, gamma, epsilon3);
  } else if (x.rank === 3) {
    out = batchNorm3d(x, mean3, variance, beta, gamma, epsilon3);
  } else if (x.rank === 4) {
    out = batchNorm4d(x, mean3, variance, beta, gamma, epsilon3);
  } else {
    throw new NotImplementedError(`batchNormalization is not implemented for array of rank ${x.rank} yet`);
  }
  return out;
}
function regularNormalizeBatchInTraining(x, gamma, beta, reductionAxes, epsilon3 = 1e-3) {
  return tidy(() => {
    const meanAndVariance = moments(x, reductionAxes);
    const mean3 = meanAndVariance.mean;
    const variance = meanAndVariance.variance;
    const normed = batchNormalization(x, mean3, variance, beta, gamma, epsilon3);
    return [normed, mean3, variance];
  });
}
function broadcastNormalizeBatchInTraining(x, gamma, beta, reductionAxes, epsilon3 = 1e-3) {
  return tidy(() => {
    const meanAndVariance = moments(x, reductionAxes);
    const mean3 = meanAndVariance.mean;
    const variance = meanAndVariance.variance;
    const targetShape = [];
    for (const axis of range2(0, x.rank)) {
      if (reductionAxes.indexOf(axis) !== -1) {
        targetShape.push(1);
      } else {
        targetShape.push(x.shape[axis]);
      }
    }
    const broadcastMean = reshape(mean3, targetShape);
    const broadcastVariance = reshape(variance, targetShape);
    const broadcastGamma = gamma == null ? null : reshape(gamma, targetShape);
    const broadcastBeta = beta == null ? null : reshape(beta, targetShape);
    const normed = batchNormalization(x, broadcastMean, broadcastVariance, broadcastBeta, broadcastGamma, epsilon3);
    return [normed, mean3, variance];
  });
}
function normalizeBatchInTraining(x, gamma, beta, reductionAxes, epsilon3 = 1e-3) {
  if (util_exports.arraysEqual(reductionAxes.slice().sort(), range2(0, x.rank - 1))) {
    return regularNormalizeBatchInTraining(x, gamma, beta, reductionAxes, epsilon3);
  } else {
    return broadcastNormalizeBatchInTraining(x, gamma, beta, reductionAxes, epsilon3);
  }
}
var BatchNormalization = class extends Layer {
  constructor(args) {
    if (args == null) {
      args = {};
    }
    super(args);
    this.supportsMasking = true;
    this.axis = args.axis == null ? -1 : args.axis;
    this.momentum = args.momentum == null ? 0.99 : args.momentum;
    this.epsilon = args.epsilon == null ? 1e-3 : args.epsilon;
    this.center = args.center == null ? true : args.center;
    this.scale = args.scale == null ? true : args.scale;
    this.betaInitializer = getInitializer(args.betaInitializer || "zeros");
    this.gammaInitializer = getInitializer(args.gammaInitializer || "ones");
    this.movingMeanInitializer = getInitializer(args.movingMeanInitializer || "zeros");
    this.movingVarianceInitializer = getInitializer(args.movingVarianceInitializer || "ones");
    this.betaConstraint = getConstraint(args.betaConstraint);
    this.gammaConstraint = getConstraint(args.gammaConstraint);
    this.betaRegularizer = getRegularizer(args.betaRegularizer);
    this.gammaRegularizer = getRegularizer(args.gammaRegularizer);
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const axis = this.axis >= 0 ? this.axis : this.axis + inputShape.length;
    const dim = inputShape[axis];
    if (dim == null) {
      throw new ValueError(`Axis ${axis} of input tensor should have a defined dimension but the layer received an input with shape ${JSON.stringify(inputShape)}.`);
    }
    this.inputSpec = [new InputSpec({ ndim: inputShape.length, axes: { [axis]: dim } })];
    const shape = [dim];
    if (this.scale) {
      this.gamma = this.addWeight("gamma", shape, null, this.gammaInitializer, this.gammaRegularizer, true, this.gammaConstraint);
    }
    if (this.center) {
      this.beta = this.addWeight("beta", shape, null, this.betaInitializer, this.betaRegularizer, true, this.betaConstraint);
    }
    this.movingMean = this.addWeight("moving_mean", shape, null, this.movingMeanInitializer, null, false);
    this.movingVariance = this.addWeight("moving_variance", shape, null, this.movingVarianceInitializer, null, false);
    this.built = true;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      const training = kwargs["training"] == null ? false : kwargs["training"];
      const input2 = getExactlyOneTensor(inputs);
      const inputShape = input2.shape;
      const ndim = inputShape.length;
      const reductionAxes = range2(0, ndim);
      const axis = this.axis >= 0 ? this.axis : this.axis + ndim;
      reductionAxes.splice(axis, 1);
      const broadcastShape = pyListRepeat(1, ndim);
      broadcastShape[axis] = inputShape[axis];
      const sortedReductionAxes = reductionAxes.slice();
      sortedReductionAxes.sort();
      const needsBroadcasting = !util_exports.arraysEqual(sortedReductionAxes, range2(0, ndim).slice(0, ndim - 1));
      const normalizeInference = () => {
        if (needsBroadcasting) {
          const broadcastMovingMean = reshape(this.movingMean.read(), broadcastShape);
          const broadcastMovingVariance = reshape(this.movingVariance.read(), broadcastShape);
          const broadcastBeta = this.center ? reshape(this.beta.read(), broadcastShape) : null;
          const broadcastGamma = this.scale ? reshape(this.gamma.read(), broadcastShape) : null;
          return batchNormalization(input2, broadcastMovingMean, broadcastMovingVariance, broadcastBeta, broadcastGamma, this.epsilon);
        } else {
          return batchNormalization(input2, this.movingMean.read(), this.movingVariance.read(), this.beta == null ? null : this.beta.read(), this.gamma == null ? null : this.gamma.read(), this.epsilon);
        }
      };
      if (!training) {
        return normalizeInference();
      }
      const [normedTraining, mean3, variance] = normalizeBatchInTraining(input2, this.gamma.read(), this.beta.read(), reductionAxes, this.epsilon);
      const doMovingAverage = (variable2, value, momentum) => {
        tidy(() => {
          const decay2 = 1 - momentum;
          const origValue = variable2.read();
          const updateDelta = mul(sub(origValue, value), decay2);
          variable2.write(sub(origValue, updateDelta));
        });
      };
      const updateMovingMeanAndVariance = () => {
        doMovingAverage(this.movingMean, mean3, this.momentum);
        doMovingAverage(this.movingVariance, variance, this.momentum);
      };
      updateMovingMeanAndVariance();
      return normedTraining;
    });
  }
  getConfig() {
    const config = {
      axis: this.axis,
      momentum: this.momentum,
      epsilon: this.epsilon,
      center: this.center,
      scale: this.scale,
      betaInitializer: serializeInitializer(this.betaInitializer),
      gammaInitializer: serializeInitializer(this.gammaInitializer),
      movingMeanInitializer: serializeInitializer(this.movingMeanInitializer),
      movingVarianceInitializer: serializeInitializer(this.movingVarianceInitializer),
      betaRegularizer: serializeRegularizer(this.betaRegularizer),
      gammaRegularizer: serializeRegularizer(this.gammaRegularizer),
      betaConstraint: serializeConstraint(this.betaConstraint),
      gammaConstraint: serializeConstraint(this.gammaConstraint)
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
BatchNormalization.className = "BatchNormalization";
serialization_exports.registerClass(BatchNormalization);
var LayerNormalization = class extends Layer {
  constructor(args) {
    if (args == null) {
      args = {};
    }
    super(args);
    this.axis = args.axis == null ? -1 : args.axis;
    if (typeof this.axis === "number") {
      if (!Number.isInteger(this.axis)) {
        throw new Error(`Expected axis to be an integer, but received ${this.axis}`);
      }
    } else if (Array.isArray(this.axis)) {
      for (const axis of this.axis) {
        if (!Number.isInteger(axis)) {
          throw new Error(`Expected axis to be an array of integers, but received ${JSON.stringify(this.axis)}`);
        }
      }
    } else {
      throw new Error(`Expected axis to be an integer or an array of integers, but received ${JSON.stringify(this.axis)}`);
    }
    this.epsilon = args.epsilon == null ? 1e-3 : args.epsilon;
    this.center = args.center == null ? true : args.center;
    this.scale = args.scale == null ? true : args.scale;
    this.betaInitializer = getInitializer(args.betaInitializer || "zeros");
    this.gammaInitializer = getInitializer(args.gammaInitializer || "ones");
    this.betaRegularizer = getRegularizer(args.betaRegularizer);
    this.gammaRegularizer = getRegularizer(args.gammaRegularizer);
    this.supportsMasking = true;
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const nDims = inputShape.length;
    if (typeof this.axis === "number") {
      this.axis = [this.axis];
    }
    for (let i = 0; i < this.axis.length; ++i) {
      if (this.axis[i] < 0) {
        this.axis[i] += nDims;
      }
    }
    for (const axis of this.axis) {
      if (axis < 0 || axis >= nDims) {
        throw new Error(`Invalid axis: ${axis}`);
      }
    }
    if (this.axis.length !== unique(this.axis).length) {
      throw new Error(`Found duplicate axes in: ${this.axis}`);
    }
    const paramShape = this.axis.map((axis) => inputShape[axis]);
    const trainable = true;
    if (this.scale) {
      this.gamma = this.addWeight("gamma", paramShape, "float32", this.gammaInitializer, this.gammaRegularizer, trainable);
    } else {
      this.gamma = null;
    }
    if (this.center) {
      this.beta = this.addWeight("beta", paramShape, "float32", this.betaInitializer, this.betaRegularizer, trainable);
    } else {
      this.beta = null;
    }
    this.built = true;
  }
  call(inputs, kwargs) {
    const input2 = getExactlyOneTensor(inputs);
    const inputShape = input2.shape;
    const nDims = inputShape.length;
    return tidy(() => {
      const keepDims = true;
      let { mean: mean3, variance } = moments(input2, this.axis, keepDims);
      const broadcastShape = pyListRepeat(1, nDims);
      for (const dim of this.axis) {
        broadcastShape[dim] = inputShape[dim];
      }
      const broadcast = (v) => {
        if (v != null && v.shape.length !== nDims) {
          return reshape(v, broadcastShape);
        } else {
          return v;
        }
      };
      let scale2 = this.scale ? broadcast(this.gamma.read()) : null;
      let offset2 = this.center ? broadcast(this.beta.read()) : null;
      const momentsTiling = [];
      const scaleOffsetTiling = [];
      for (let i = 0; i < nDims; ++i) {
        if (this.axis.indexOf(i) !== -1) {
          momentsTiling.push(inputShape[i]);
          scaleOffsetTiling.push(1);
        } else {
          momentsTiling.push(1);
          scaleOffsetTiling.push(inputShape[i]);
        }
      }
      mean3 = tile(mean3, momentsTiling);
      variance = tile(variance, momentsTiling);
      if (scale2 != null) {
        scale2 = tile(scale2, scaleOffsetTiling);
      }
      if (offset2 != null) {
        offset2 = tile(offset2, scaleOffsetTiling);
      }
      return batchNormalization(input2, mean3, variance, offset2, scale2, this.epsilon);
    });
  }
  getConfig() {
    const config = {
      axis: this.axis,
      epsilon: this.epsilon,
      center: this.center,
      scale: this.scale,
      betaInitializer: serializeInitializer(this.betaInitializer),
      gammaInitializer: serializeInitializer(this.gammaInitializer),
      betaRegularizer: serializeRegularizer(this.betaRegularizer),
      gammaRegularizer: serializeRegularizer(this.gammaRegularizer)
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
LayerNormalization.className = "LayerNormalization";
serialization_exports.registerClass(LayerNormalization);

// node_modules/@tensorflow/tfjs-layers/dist/layers/padding.js
function spatial2dPadding(x, padding, dataFormat) {
  return tidy(() => {
    if (x.rank !== 4) {
      throw new ValueError(`temporalPadding expects input tensor to be 4-D, but received a ${x.rank}-D tensor.`);
    }
    if (padding == null) {
      padding = [[1, 1], [1, 1]];
    }
    if (padding.length !== 2 || padding[0].length !== 2 || padding[1].length !== 2) {
      throw new ValueError("spatial2dPadding expects `padding` to be an Array of two Arrays, each of which is an Array of two integers.");
    }
    if (dataFormat == null) {
      dataFormat = imageDataFormat();
    }
    if (dataFormat !== "channelsLast" && dataFormat !== "channelsFirst") {
      throw new ValueError(`Unknown data format: ${dataFormat}. Supported data formats are 'channelsLast' and 'channelsFirst.`);
    }
    let pattern;
    if (dataFormat === "channelsFirst") {
      pattern = [[0, 0], [0, 0], padding[0], padding[1]];
    } else {
      pattern = [[0, 0], padding[0], padding[1], [0, 0]];
    }
    return pad(x, pattern);
  });
}
var ZeroPadding2D = class extends Layer {
  constructor(args) {
    if (args == null) {
      args = {};
    }
    super(args);
    this.dataFormat = args.dataFormat == null ? imageDataFormat() : args.dataFormat;
    if (args.padding == null) {
      this.padding = [[1, 1], [1, 1]];
    } else if (typeof args.padding === "number") {
      this.padding = [[args.padding, args.padding], [args.padding, args.padding]];
    } else {
      args.padding = args.padding;
      if (args.padding.length !== 2) {
        throw new ValueError(`ZeroPadding2D expects padding to be a length-2 array, but received a length-${args.padding.length} array.`);
      }
      let heightPadding;
      let widthPadding;
      if (typeof args.padding[0] === "number") {
        heightPadding = [args.padding[0], args.padding[0]];
        widthPadding = [args.padding[1], args.padding[1]];
      } else {
        args.padding = args.padding;
        if (args.padding[0].length !== 2) {
          throw new ValueError(`ZeroPadding2D expects height padding to be a length-2 array, but received a length-${args.padding[0].length} array.`);
        }
        heightPadding = args.padding[0];
        if (args.padding[1].length !== 2) {
          throw new ValueError(`ZeroPadding2D expects width padding to be a length-2 array, but received a length-${args.padding[1].length} array.`);
        }
        widthPadding = args.padding[1];
      }
      this.padding = [heightPadding, widthPadding];
    }
    this.inputSpec = [new InputSpec({ ndim: 4 })];
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    let rows;
    let cols;
    if (this.dataFormat === "channelsFirst") {
      if (inputShape[2] != null && inputShape[2] >= 0) {
        rows = inputShape[2] + this.padding[0][0] + this.padding[0][1];
      } else {
        rows = null;
      }
      if (inputShape[3] != null && inputShape[3] >= 0) {
        cols = inputShape[3] + this.padding[1][0] + this.padding[1][1];
      } else {
        cols = null;
      }
      return [inputShape[0], inputShape[1], rows, cols];
    } else {
      if (inputShape[1] != null && inputShape[1] >= 0) {
        rows = inputShape[1] + this.padding[0][0] + this.padding[0][1];
      } else {
        rows = null;
      }
      if (inputShape[2] != null && inputShape[2] >= 0) {
        cols = inputShape[2] + this.padding[1][0] + this.padding[1][1];
      } else {
        cols = null;
      }
      return [inputShape[0], rows, cols, inputShape[3]];
    }
  }
  call(inputs, kwargs) {
    return tidy(() => spatial2dPadding(getExactlyOneTensor(inputs), this.padding, this.dataFormat));
  }
  getConfig() {
    const config = {
      padding: this.padding,
      dataFormat: this.dataFormat
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
ZeroPadding2D.className = "ZeroPadding2D";
serialization_exports.registerClass(ZeroPadding2D);

// node_modules/@tensorflow/tfjs-layers/dist/layers/pooling.js
function pool2d(x, poolSize, strides, padding, dataFormat, poolMode) {
  return tidy(() => {
    checkDataFormat(dataFormat);
    checkPoolMode(poolMode);
    checkPaddingMode(padding);
    if (strides == null) {
      strides = [1, 1];
    }
    if (padding == null) {
      padding = "valid";
    }
    if (dataFormat == null) {
      dataFormat = imageDataFormat();
    }
    if (poolMode == null) {
      poolMode = "max";
    }
    x = preprocessConv2DInput(x, dataFormat);
    let y;
    const paddingString = padding === "same" ? "same" : "valid";
    if (poolMode === "max") {
      y = maxPool(x, poolSize, strides, paddingString);
    } else {
      y = avgPool(
        // TODO(cais): Rank check?
        x,
        poolSize,
        strides,
        paddingString
      );
    }
    if (dataFormat === "channelsFirst") {
      y = transpose(y, [0, 3, 1, 2]);
    }
    return y;
  });
}
function pool3d(x, poolSize, strides, padding, dataFormat, poolMode) {
  return tidy(() => {
    checkDataFormat(dataFormat);
    checkPoolMode(poolMode);
    checkPaddingMode(padding);
    if (strides == null) {
      strides = [1, 1, 1];
    }
    if (padding == null) {
      padding = "valid";
    }
    if (dataFormat == null) {
      dataFormat = imageDataFormat();
    }
    if (poolMode == null) {
      poolMode = "max";
    }
    x = preprocessConv3DInput(x, dataFormat);
    let y;
    const paddingString = padding === "same" ? "same" : "valid";
    if (poolMode === "max") {
      y = maxPool3d(x, poolSize, strides, paddingString);
    } else {
      y = avgPool3d(x, poolSize, strides, paddingString);
    }
    if (dataFormat === "channelsFirst") {
      y = transpose(y, [0, 4, 1, 2, 3]);
    }
    return y;
  });
}
var Pooling1D = class extends Layer {
  /**
   *
   * @param args Parameters for the Pooling layer.
   *
   * config.poolSize defaults to 2.
   */
  constructor(args) {
    if (args.poolSize == null) {
      args.poolSize = 2;
    }
    super(args);
    if (typeof args.poolSize === "number") {
      this.poolSize = [args.poolSize];
    } else if (Array.isArray(args.poolSize) && args.poolSize.length === 1 && typeof args.poolSize[0] === "number") {
      this.poolSize = args.poolSize;
    } else {
      throw new ValueError(`poolSize for 1D convolutional layer must be a number or an Array of a single number, but received ${JSON.stringify(args.poolSize)}`);
    }
    assertPositiveInteger(this.poolSize, "poolSize");
    if (args.strides == null) {
      this.strides = this.poolSize;
    } else {
      if (typeof args.strides === "number") {
        this.strides = [args.strides];
      } else if (Array.isArray(args.strides) && args.strides.length === 1 && typeof args.strides[0] === "number") {
        this.strides = args.strides;
      } else {
        throw new ValueError(`strides for 1D convolutional layer must be a number or an Array of a single number, but received ${JSON.stringify(args.strides)}`);
      }
    }
    assertPositiveInteger(this.strides, "strides");
    this.padding = args.padding == null ? "valid" : args.padding;
    checkPaddingMode(this.padding);
    this.inputSpec = [new InputSpec({ ndim: 3 })];
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const length = convOutputLength(inputShape[1], this.poolSize[0], this.padding, this.strides[0]);
    return [inputShape[0], length, inputShape[2]];
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      inputs = expandDims2(getExactlyOneTensor(inputs), 2);
      const output = this.poolingFunction(getExactlyOneTensor(inputs), [this.poolSize[0], 1], [this.strides[0], 1], this.padding, "channelsLast");
      return squeeze(output, [2]);
    });
  }
  getConfig() {
    const config = {
      poolSize: this.poolSize,
      padding: this.padding,
      strides: this.strides
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
var MaxPooling1D = class extends Pooling1D {
  constructor(args) {
    super(args);
  }
  poolingFunction(inputs, poolSize, strides, padding, dataFormat) {
    checkDataFormat(dataFormat);
    checkPaddingMode(padding);
    return pool2d(inputs, poolSize, strides, padding, dataFormat, "max");
  }
};
MaxPooling1D.className = "MaxPooling1D";
serialization_exports.registerClass(MaxPooling1D);
var AveragePooling1D = class extends Pooling1D {
  constructor(args) {
    super(args);
  }
  poolingFunction(inputs, poolSize, strides, padding, dataFormat) {
    checkDataFormat(dataFormat);
    checkPaddingMode(padding);
    return pool2d(inputs, poolSize, strides, padding, dataFormat, "avg");
  }
};
AveragePooling1D.className = "AveragePooling1D";
serialization_exports.registerClass(AveragePooling1D);
var Pooling2D = class extends Layer {
  constructor(args) {
    if (args.poolSize == null) {
      args.poolSize = [2, 2];
    }
    super(args);
    this.poolSize = Array.isArray(args.poolSize) ? args.poolSize : [args.poolSize, args.poolSize];
    if (args.strides == null) {
      this.strides = this.poolSize;
    } else if (Array.isArray(args.strides)) {
      if (args.strides.length !== 2) {
        throw new ValueError(`If the strides property of a 2D pooling layer is an Array, it is expected to have a length of 2, but received length ${args.strides.length}.`);
      }
      this.strides = args.strides;
    } else {
      this.strides = [args.strides, args.strides];
    }
    assertPositiveInteger(this.poolSize, "poolSize");
    assertPositiveInteger(this.strides, "strides");
    this.padding = args.padding == null ? "valid" : args.padding;
    this.dataFormat = args.dataFormat == null ? "channelsLast" : args.dataFormat;
    checkDataFormat(this.dataFormat);
    checkPaddingMode(this.padding);
    this.inputSpec = [new InputSpec({ ndim: 4 })];
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    let rows = this.dataFormat === "channelsFirst" ? inputShape[2] : inputShape[1];
    let cols = this.dataFormat === "channelsFirst" ? inputShape[3] : inputShape[2];
    rows = convOutputLength(rows, this.poolSize[0], this.padding, this.strides[0]);
    cols = convOutputLength(cols, this.poolSize[1], this.padding, this.strides[1]);
    if (this.dataFormat === "channelsFirst") {
      return [inputShape[0], inputShape[1], rows, cols];
    } else {
      return [inputShape[0], rows, cols, inputShape[3]];
    }
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      return this.poolingFunction(getExactlyOneTensor(inputs), this.poolSize, this.strides, this.padding, this.dataFormat);
    });
  }
  getConfig() {
    const config = {
      poolSize: this.poolSize,
      padding: this.padding,
      strides: this.strides,
      dataFormat: this.dataFormat
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
var MaxPooling2D = class extends Pooling2D {
  constructor(args) {
    super(args);
  }
  poolingFunction(inputs, poolSize, strides, padding, dataFormat) {
    checkDataFormat(dataFormat);
    checkPaddingMode(padding);
    return pool2d(inputs, poolSize, strides, padding, dataFormat, "max");
  }
};
MaxPooling2D.className = "MaxPooling2D";
serialization_exports.registerClass(MaxPooling2D);
var AveragePooling2D = class extends Pooling2D {
  constructor(args) {
    super(args);
  }
  poolingFunction(inputs, poolSize, strides, padding, dataFormat) {
    checkDataFormat(dataFormat);
    checkPaddingMode(padding);
    return pool2d(inputs, poolSize, strides, padding, dataFormat, "avg");
  }
};
AveragePooling2D.className = "AveragePooling2D";
serialization_exports.registerClass(AveragePooling2D);
var Pooling3D = class extends Layer {
  constructor(args) {
    if (args.poolSize == null) {
      args.poolSize = [2, 2, 2];
    }
    super(args);
    this.poolSize = Array.isArray(args.poolSize) ? args.poolSize : [args.poolSize, args.poolSize, args.poolSize];
    if (args.strides == null) {
      this.strides = this.poolSize;
    } else if (Array.isArray(args.strides)) {
      if (args.strides.length !== 3) {
        throw new ValueError(`If the strides property of a 3D pooling layer is an Array, it is expected to have a length of 3, but received length ${args.strides.length}.`);
      }
      this.strides = args.strides;
    } else {
      this.strides = [args.strides, args.strides, args.strides];
    }
    assertPositiveInteger(this.poolSize, "poolSize");
    assertPositiveInteger(this.strides, "strides");
    this.padding = args.padding == null ? "valid" : args.padding;
    this.dataFormat = args.dataFormat == null ? "channelsLast" : args.dataFormat;
    checkDataFormat(this.dataFormat);
    checkPaddingMode(this.padding);
    this.inputSpec = [new InputSpec({ ndim: 5 })];
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    let depths = this.dataFormat === "channelsFirst" ? inputShape[2] : inputShape[1];
    let rows = this.dataFormat === "channelsFirst" ? inputShape[3] : inputShape[2];
    let cols = this.dataFormat === "channelsFirst" ? inputShape[4] : inputShape[3];
    depths = convOutputLength(depths, this.poolSize[0], this.padding, this.strides[0]);
    rows = convOutputLength(rows, this.poolSize[1], this.padding, this.strides[1]);
    cols = convOutputLength(cols, this.poolSize[2], this.padding, this.strides[2]);
    if (this.dataFormat === "channelsFirst") {
      return [inputShape[0], inputShape[1], depths, rows, cols];
    } else {
      return [inputShape[0], depths, rows, cols, inputShape[4]];
    }
  }
  call(inputs, kwargs) {
    return tidy(() => {
      this.invokeCallHook(inputs, kwargs);
      return this.poolingFunction(getExactlyOneTensor(inputs), this.poolSize, this.strides, this.padding, this.dataFormat);
    });
  }
  getConfig() {
    const config = {
      poolSize: this.poolSize,
      padding: this.padding,
      strides: this.strides,
      dataFormat: this.dataFormat
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
var MaxPooling3D = class extends Pooling3D {
  constructor(args) {
    super(args);
  }
  poolingFunction(inputs, poolSize, strides, padding, dataFormat) {
    checkDataFormat(dataFormat);
    checkPaddingMode(padding);
    return pool3d(inputs, poolSize, strides, padding, dataFormat, "max");
  }
};
MaxPooling3D.className = "MaxPooling3D";
serialization_exports.registerClass(MaxPooling3D);
var AveragePooling3D = class extends Pooling3D {
  constructor(args) {
    super(args);
  }
  poolingFunction(inputs, poolSize, strides, padding, dataFormat) {
    checkDataFormat(dataFormat);
    checkPaddingMode(padding);
    return pool3d(inputs, poolSize, strides, padding, dataFormat, "avg");
  }
};
AveragePooling3D.className = "AveragePooling3D";
serialization_exports.registerClass(AveragePooling3D);
var GlobalPooling1D = class extends Layer {
  constructor(args) {
    super(args);
    this.inputSpec = [new InputSpec({ ndim: 3 })];
  }
  computeOutputShape(inputShape) {
    return [inputShape[0], inputShape[2]];
  }
  call(inputs, kwargs) {
    throw new NotImplementedError();
  }
};
var GlobalAveragePooling1D = class extends GlobalPooling1D {
  constructor(args) {
    super(args || {});
  }
  call(inputs, kwargs) {
    return tidy(() => {
      const input2 = getExactlyOneTensor(inputs);
      return mean(input2, 1);
    });
  }
};
GlobalAveragePooling1D.className = "GlobalAveragePooling1D";
serialization_exports.registerClass(GlobalAveragePooling1D);
var GlobalMaxPooling1D = class extends GlobalPooling1D {
  constructor(args) {
    super(args || {});
  }
  call(inputs, kwargs) {
    return tidy(() => {
      const input2 = getExactlyOneTensor(inputs);
      return max(input2, 1);
    });
  }
};
GlobalMaxPooling1D.className = "GlobalMaxPooling1D";
serialization_exports.registerClass(GlobalMaxPooling1D);
var GlobalPooling2D = class extends Layer {
  constructor(args) {
    super(args);
    this.dataFormat = args.dataFormat == null ? "channelsLast" : args.dataFormat;
    checkDataFormat(this.dataFormat);
    this.inputSpec = [new InputSpec({ ndim: 4 })];
  }
  computeOutputShape(inputShape) {
    inputShape = inputShape;
    if (this.dataFormat === "channelsLast") {
      return [inputShape[0], inputShape[3]];
    } else {
      return [inputShape[0], inputShape[1]];
    }
  }
  call(inputs, kwargs) {
    throw new NotImplementedError();
  }
  getConfig() {
    const config = { dataFormat: this.dataFormat };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
var GlobalAveragePooling2D = class extends GlobalPooling2D {
  call(inputs, kwargs) {
    return tidy(() => {
      const input2 = getExactlyOneTensor(inputs);
      if (this.dataFormat === "channelsLast") {
        return mean(input2, [1, 2]);
      } else {
        return mean(input2, [2, 3]);
      }
    });
  }
};
GlobalAveragePooling2D.className = "GlobalAveragePooling2D";
serialization_exports.registerClass(GlobalAveragePooling2D);
var GlobalMaxPooling2D = class extends GlobalPooling2D {
  call(inputs, kwargs) {
    return tidy(() => {
      const input2 = getExactlyOneTensor(inputs);
      if (this.dataFormat === "channelsLast") {
        return max(input2, [1, 2]);
      } else {
        return max(input2, [2, 3]);
      }
    });
  }
};
GlobalMaxPooling2D.className = "GlobalMaxPooling2D";
serialization_exports.registerClass(GlobalMaxPooling2D);

// node_modules/@tensorflow/tfjs-layers/dist/layers/wrappers.js
var Wrapper = class extends Layer {
  constructor(args) {
    super(args);
    this.layer = args.layer;
  }
  build(inputShape) {
    this.built = true;
  }
  // TODO(cais): Implement activityRegularizer getter.
  get trainable() {
    if (this.layer != null) {
      return this.layer.trainable;
    } else {
      return false;
    }
  }
  set trainable(value) {
    if (this.layer != null) {
      this.layer.trainable = value;
    }
  }
  get trainableWeights() {
    return this.layer.trainableWeights;
  }
  // TODO(cais): Implement setter for trainableWeights.
  get nonTrainableWeights() {
    return this.layer.nonTrainableWeights;
  }
  // TODO(cais): Implement setter for nonTrainableWeights.
  get updates() {
    return this.layer._updates;
  }
  // TODO(cais): Implement getUpdatesFor().
  get losses() {
    return this.layer.losses;
  }
  // TODO(cais): Implement getLossesFor().
  getWeights() {
    return this.layer.getWeights();
  }
  setWeights(weights) {
    this.layer.setWeights(weights);
  }
  getConfig() {
    const config = {
      "layer": {
        "className": this.layer.getClassName(),
        "config": this.layer.getConfig()
      }
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  setFastWeightInitDuringBuild(value) {
    super.setFastWeightInitDuringBuild(value);
    if (this.layer != null) {
      this.layer.setFastWeightInitDuringBuild(value);
    }
  }
  /** @nocollapse */
  static fromConfig(cls, config, customObjects = {}) {
    const layerConfig = config["layer"];
    const layer = deserialize(layerConfig, customObjects);
    delete config["layer"];
    const newConfig = { layer };
    Object.assign(newConfig, config);
    return new cls(newConfig);
  }
};
var TimeDistributed = class extends Wrapper {
  constructor(args) {
    super(args);
    this.supportsMasking = true;
  }
  build(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    if (inputShape.length < 3) {
      throw new ValueError(`TimeDistributed layer expects an input shape >= 3D, but received input shape ${JSON.stringify(inputShape)}`);
    }
    this.inputSpec = [{ shape: inputShape }];
    const childInputShape = [inputShape[0]].concat(inputShape.slice(2));
    if (!this.layer.built) {
      this.layer.build(childInputShape);
      this.layer.built = true;
    }
    super.build(inputShape);
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const childInputShape = [inputShape[0]].concat(inputShape.slice(2));
    const childOutputShape = this.layer.computeOutputShape(childInputShape);
    const timesteps = inputShape[1];
    return [childOutputShape[0], timesteps].concat(childOutputShape.slice(1));
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = getExactlyOneTensor(inputs);
      const step3 = (inputs2, states) => {
        const output = getExactlyOneTensor(this.layer.call(inputs2, kwargs));
        return [output, []];
      };
      const rnnOutputs = rnn(
        step3,
        inputs,
        [],
        false,
        null,
        null,
        false,
        true
        /* needPerStepOutputs */
      );
      const y = rnnOutputs[1];
      return y;
    });
  }
};
TimeDistributed.className = "TimeDistributed";
serialization_exports.registerClass(TimeDistributed);
function checkBidirectionalMergeMode(value) {
  checkStringTypeUnionValue(VALID_BIDIRECTIONAL_MERGE_MODES, "BidirectionalMergeMode", value);
}
var DEFAULT_BIDIRECTIONAL_MERGE_MODE = "concat";
var Bidirectional = class extends Wrapper {
  constructor(args) {
    super(args);
    const layerConfig = args.layer.getConfig();
    const forwDict = {};
    forwDict["className"] = args.layer.getClassName();
    forwDict["config"] = layerConfig;
    this.forwardLayer = deserialize(forwDict);
    layerConfig["goBackwards"] = layerConfig["goBackwards"] === true ? false : true;
    const backDict = {};
    backDict["className"] = args.layer.getClassName();
    backDict["config"] = layerConfig;
    this.backwardLayer = deserialize(backDict);
    this.forwardLayer.name = "forward_" + this.forwardLayer.name;
    this.backwardLayer.name = "backward_" + this.backwardLayer.name;
    this.mergeMode = args.mergeMode === void 0 ? DEFAULT_BIDIRECTIONAL_MERGE_MODE : args.mergeMode;
    checkBidirectionalMergeMode(this.mergeMode);
    if (args.weights) {
      throw new NotImplementedError("weights support is not implemented for Bidirectional layer yet.");
    }
    this._stateful = args.layer.stateful;
    this.returnSequences = args.layer.returnSequences;
    this.returnState = args.layer.returnState;
    this.supportsMasking = true;
    this._trainable = true;
    this.inputSpec = args.layer.inputSpec;
    this.numConstants = null;
  }
  get trainable() {
    return this._trainable;
  }
  set trainable(value) {
    this._trainable = value;
    if (this.forwardLayer != null) {
      this.forwardLayer.trainable = value;
    }
    if (this.backwardLayer != null) {
      this.backwardLayer.trainable = value;
    }
  }
  getWeights() {
    return this.forwardLayer.getWeights().concat(this.backwardLayer.getWeights());
  }
  setWeights(weights) {
    const numWeights = weights.length;
    const numeightsOver2 = Math.floor(numWeights / 2);
    this.forwardLayer.setWeights(weights.slice(0, numeightsOver2));
    this.backwardLayer.setWeights(weights.slice(numeightsOver2));
  }
  computeOutputShape(inputShape) {
    let layerShapes = this.forwardLayer.computeOutputShape(inputShape);
    if (!(Array.isArray(layerShapes) && Array.isArray(layerShapes[0]))) {
      layerShapes = [layerShapes];
    }
    layerShapes = layerShapes;
    let outputShape;
    let outputShapes;
    let stateShape;
    if (this.returnState) {
      stateShape = layerShapes.slice(1);
      outputShape = layerShapes[0];
    } else {
      outputShape = layerShapes[0];
    }
    outputShape = outputShape;
    if (this.mergeMode === "concat") {
      outputShape[outputShape.length - 1] *= 2;
      outputShapes = [outputShape];
    } else if (this.mergeMode == null) {
      outputShapes = [outputShape, outputShape.slice()];
    } else {
      outputShapes = [outputShape];
    }
    if (this.returnState) {
      if (this.mergeMode == null) {
        return outputShapes.concat(stateShape).concat(stateShape.slice());
      }
      return [outputShape].concat(stateShape).concat(stateShape.slice());
    }
    return singletonOrArray(outputShapes);
  }
  apply(inputs, kwargs) {
    let initialState = kwargs == null ? null : kwargs["initialState"];
    let constants = kwargs == null ? null : kwargs["constants"];
    if (kwargs == null) {
      kwargs = {};
    }
    const standardized = standardizeArgs(inputs, initialState, constants, this.numConstants);
    inputs = standardized.inputs;
    initialState = standardized.initialState;
    constants = standardized.constants;
    if (Array.isArray(inputs)) {
      initialState = inputs.slice(1);
      inputs = inputs[0];
    }
    if ((initialState == null || initialState.length === 0) && constants == null) {
      return super.apply(inputs, kwargs);
    }
    const additionalInputs = [];
    const additionalSpecs = [];
    if (initialState != null) {
      const numStates = initialState.length;
      if (numStates % 2 > 0) {
        throw new ValueError("When passing `initialState` to a Bidrectional RNN, the state should be an Array containing the states of the underlying RNNs.");
      }
      kwargs["initialState"] = initialState;
      additionalInputs.push(...initialState);
      const stateSpecs = initialState.map((state) => new InputSpec({ shape: state.shape }));
      this.forwardLayer.stateSpec = stateSpecs.slice(0, numStates / 2);
      this.backwardLayer.stateSpec = stateSpecs.slice(numStates / 2);
      additionalSpecs.push(...stateSpecs);
    }
    if (constants != null) {
      throw new NotImplementedError("Support for constants in Bidirectional layers is not implemented yet.");
    }
    const isSymbolicTensor = additionalInputs[0] instanceof SymbolicTensor;
    for (const tensor2 of additionalInputs) {
      if (tensor2 instanceof SymbolicTensor !== isSymbolicTensor) {
        throw new ValueError("The initial state of a Bidirectional layer cannot be specified as a mix of symbolic and non-symbolic tensors");
      }
    }
    if (isSymbolicTensor) {
      const fullInput = [inputs].concat(additionalInputs);
      const fullInputSpec = this.inputSpec.concat(additionalSpecs);
      const originalInputSpec = this.inputSpec;
      this.inputSpec = fullInputSpec;
      const output = super.apply(fullInput, kwargs);
      this.inputSpec = originalInputSpec;
      return output;
    } else {
      return super.apply(inputs, kwargs);
    }
  }
  call(inputs, kwargs) {
    return tidy(() => {
      const initialState = kwargs["initialState"];
      let y;
      let yRev;
      if (initialState == null) {
        y = this.forwardLayer.call(inputs, kwargs);
        yRev = this.backwardLayer.call(inputs, kwargs);
      } else {
        const forwardState = initialState.slice(0, initialState.length / 2);
        const backwardState = initialState.slice(initialState.length / 2);
        y = this.forwardLayer.call(inputs, Object.assign(kwargs, { initialState: forwardState }));
        yRev = this.backwardLayer.call(inputs, Object.assign(kwargs, { initialState: backwardState }));
      }
      let states;
      if (this.returnState) {
        if (Array.isArray(y)) {
          states = y.slice(1).concat(yRev.slice(1));
        } else {
        }
        y = y[0];
        yRev = yRev[0];
      }
      if (this.returnSequences) {
        yRev = reverse(yRev, 1);
      }
      let output;
      if (this.mergeMode === "concat") {
        output = concatenate([y, yRev]);
      } else if (this.mergeMode === "sum") {
        output = add(y, yRev);
      } else if (this.mergeMode === "ave") {
        output = mul(0.5, add(y, yRev));
      } else if (this.mergeMode === "mul") {
        output = mul(y, yRev);
      } else if (this.mergeMode == null) {
        output = [y, yRev];
      }
      if (this.returnState) {
        if (this.mergeMode == null) {
          return output.concat(states);
        }
        return [output].concat(states);
      }
      return output;
    });
  }
  resetStates(states) {
    this.forwardLayer.resetStates();
    this.backwardLayer.resetStates();
  }
  build(inputShape) {
    nameScope(this.forwardLayer.name, () => {
      this.forwardLayer.build(inputShape);
    });
    nameScope(this.backwardLayer.name, () => {
      this.backwardLayer.build(inputShape);
    });
    this.built = true;
  }
  computeMask(inputs, mask) {
    if (Array.isArray(mask)) {
      mask = mask[0];
    }
    let outputMask;
    if (this.returnSequences) {
      if (this.mergeMode == null) {
        outputMask = [mask, mask];
      } else {
        outputMask = mask;
      }
    } else {
      if (this.mergeMode == null) {
        outputMask = [null, null];
      } else {
        outputMask = null;
      }
    }
    if (this.returnState) {
      const states = this.forwardLayer.states;
      const stateMask = states.map((state) => null);
      if (Array.isArray(outputMask)) {
        return outputMask.concat(stateMask).concat(stateMask);
      } else {
        return [outputMask].concat(stateMask).concat(stateMask);
      }
    } else {
      return outputMask;
    }
  }
  get trainableWeights() {
    return this.forwardLayer.trainableWeights.concat(this.backwardLayer.trainableWeights);
  }
  get nonTrainableWeights() {
    return this.forwardLayer.nonTrainableWeights.concat(this.backwardLayer.nonTrainableWeights);
  }
  // TODO(cais): Implement constraints().
  setFastWeightInitDuringBuild(value) {
    super.setFastWeightInitDuringBuild(value);
    if (this.forwardLayer != null) {
      this.forwardLayer.setFastWeightInitDuringBuild(value);
    }
    if (this.backwardLayer != null) {
      this.backwardLayer.setFastWeightInitDuringBuild(value);
    }
  }
  getConfig() {
    const config = {
      "mergeMode": this.mergeMode
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  /** @nocollapse */
  static fromConfig(cls, config) {
    const rnnLayer = deserialize(config["layer"]);
    delete config["layer"];
    if (config["numConstants"] != null) {
      throw new NotImplementedError(`Deserialization of a Bidirectional layer with numConstants present is not supported yet.`);
    }
    const newConfig = config;
    newConfig["layer"] = rnnLayer;
    return new cls(newConfig);
  }
};
Bidirectional.className = "Bidirectional";
serialization_exports.registerClass(Bidirectional);

// node_modules/@tensorflow/tfjs-layers/dist/layers/preprocessing/image_preprocessing.js
var Rescaling = class extends Layer {
  constructor(args) {
    super(args);
    this.scale = args.scale;
    if (args.offset) {
      this.offset = args.offset;
    } else {
      this.offset = 0;
    }
  }
  getConfig() {
    const config = {
      "scale": this.scale,
      "offset": this.offset
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = getExactlyOneTensor(inputs);
      if (inputs.dtype !== "float32") {
        inputs = cast3(inputs, "float32");
      }
      return add(mul(inputs, this.scale), this.offset);
    });
  }
};
Rescaling.className = "Rescaling";
serialization_exports.registerClass(Rescaling);

// node_modules/@tensorflow/tfjs-layers/dist/layers/preprocessing/center_crop.js
var { resizeBilinear, cropAndResize } = image;
var CenterCrop = class extends Layer {
  constructor(args) {
    super(args);
    this.height = args.height;
    this.width = args.width;
  }
  centerCrop(inputs, hBuffer, wBuffer, height, width, inputHeight, inputWidth, dtype) {
    return tidy(() => {
      let input2;
      let isRank3 = false;
      const top = hBuffer / inputHeight;
      const left = wBuffer / inputWidth;
      const bottom = (height + hBuffer) / inputHeight;
      const right = (width + wBuffer) / inputWidth;
      const bound = [top, left, bottom, right];
      const boxesArr = [];
      if (inputs.rank === 3) {
        isRank3 = true;
        input2 = stack([inputs]);
      } else {
        input2 = inputs;
      }
      for (let i = 0; i < input2.shape[0]; i++) {
        boxesArr.push(bound);
      }
      const boxes = tensor(boxesArr, [boxesArr.length, 4]);
      const boxInd = range(0, boxesArr.length, 1, "int32");
      const cropSize = [height, width];
      const cropped = cropAndResize(input2, boxes, boxInd, cropSize, "nearest");
      if (isRank3) {
        return cast3(getExactlyOneTensor(unstack(cropped)), dtype);
      }
      return cast3(cropped, dtype);
    });
  }
  upsize(inputs, height, width, dtype) {
    return tidy(() => {
      const outputs = resizeBilinear(inputs, [height, width]);
      return cast3(outputs, dtype);
    });
  }
  call(inputs, kwargs) {
    return tidy(() => {
      const rankedInputs = getExactlyOneTensor(inputs);
      const dtype = rankedInputs.dtype;
      const inputShape = rankedInputs.shape;
      const inputHeight = inputShape[inputShape.length - 3];
      const inputWidth = inputShape[inputShape.length - 2];
      let hBuffer = 0;
      if (inputHeight !== this.height) {
        hBuffer = Math.floor((inputHeight - this.height) / 2);
      }
      let wBuffer = 0;
      if (inputWidth !== this.width) {
        wBuffer = Math.floor((inputWidth - this.width) / 2);
        if (wBuffer === 0) {
          wBuffer = 1;
        }
      }
      if (hBuffer >= 0 && wBuffer >= 0) {
        return this.centerCrop(rankedInputs, hBuffer, wBuffer, this.height, this.width, inputHeight, inputWidth, dtype);
      } else {
        return this.upsize(inputs, this.height, this.width, dtype);
      }
    });
  }
  getConfig() {
    const config = {
      "height": this.height,
      "width": this.width
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const hAxis = inputShape.length - 3;
    const wAxis = inputShape.length - 2;
    inputShape[hAxis] = this.height;
    inputShape[wAxis] = this.width;
    return inputShape;
  }
};
CenterCrop.className = "CenterCrop";
serialization_exports.registerClass(CenterCrop);

// node_modules/@tensorflow/tfjs-layers/dist/layers/preprocessing/preprocessing_utils.js
function encodeCategoricalInputs(inputs, outputMode, depth, weights) {
  let input2 = getExactlyOneTensor(inputs);
  if (input2.dtype !== "int32") {
    input2 = cast3(input2, "int32");
  }
  if (outputMode === "int") {
    return input2;
  }
  const originalShape = input2.shape;
  if (input2.rank === 0) {
    input2 = expandDims(input2, -1);
  }
  if (outputMode === "oneHot") {
    if (input2.shape[input2.shape.length - 1] !== 1) {
      input2 = expandDims(input2, -1);
    }
  }
  if (input2.rank > 2) {
    throw new ValueError(`When outputMode is not int, maximum output rank is 2 Received outputMode ${outputMode} and input shape ${originalShape} which would result in output rank ${input2.rank}.`);
  }
  const binaryOutput = ["multiHot", "oneHot"].includes(outputMode);
  const denseBincountInput = input2;
  let binCounts;
  if (typeof weights !== "undefined" && outputMode === "count") {
    binCounts = denseBincount(denseBincountInput, weights, depth, binaryOutput);
  } else {
    binCounts = denseBincount(denseBincountInput, [], depth, binaryOutput);
  }
  if (outputMode !== "tfIdf") {
    return binCounts;
  }
  if (weights) {
    return mul(binCounts, weights);
  } else {
    throw new ValueError(`When outputMode is 'tfIdf', weights must be provided.`);
  }
}

// node_modules/@tensorflow/tfjs-layers/dist/layers/preprocessing/category_encoding.js
var CategoryEncoding = class extends Layer {
  constructor(args) {
    super(args);
    this.numTokens = args.numTokens;
    if (args.outputMode) {
      this.outputMode = args.outputMode;
    } else {
      this.outputMode = "multiHot";
    }
  }
  getConfig() {
    const config = {
      "numTokens": this.numTokens,
      "outputMode": this.outputMode
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    if (inputShape == null) {
      return [this.numTokens];
    }
    if (this.outputMode === "oneHot" && inputShape[inputShape.length - 1] !== 1) {
      inputShape.push(this.numTokens);
      return inputShape;
    }
    inputShape[inputShape.length - 1] = this.numTokens;
    return inputShape;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      inputs = getExactlyOneTensor(inputs);
      if (inputs.dtype !== "int32") {
        inputs = cast3(inputs, "int32");
      }
      let countWeights;
      if (typeof kwargs["countWeights"] !== "undefined") {
        if (this.outputMode !== "count") {
          throw new ValueError(`countWeights is not used when outputMode !== count.
              Received countWeights=${kwargs["countWeights"]}`);
        }
        countWeights = getExactlyOneTensor(kwargs["countWeights"]);
      }
      const maxValue = max(inputs);
      const minValue = min(inputs);
      const greaterEqualMax = greater(this.numTokens, maxValue).bufferSync().get(0);
      const greaterMin = greaterEqual(minValue, 0).bufferSync().get(0);
      if (!(greaterEqualMax && greaterMin)) {
        throw new ValueError(`Input values must be between 0 < values <= numTokens with numTokens=${this.numTokens}`);
      }
      return encodeCategoricalInputs(inputs, this.outputMode, this.numTokens, countWeights);
    });
  }
};
CategoryEncoding.className = "CategoryEncoding";
serialization_exports.registerClass(CategoryEncoding);

// node_modules/@tensorflow/tfjs-layers/dist/layers/preprocessing/image_resizing.js
var INTERPOLATION_KEYS = ["bilinear", "nearest"];
var INTERPOLATION_METHODS = new Set(INTERPOLATION_KEYS);
var Resizing = class extends Layer {
  constructor(args) {
    super(args);
    this.height = args.height;
    this.width = args.width;
    if (args.interpolation) {
      if (INTERPOLATION_METHODS.has(args.interpolation)) {
        this.interpolation = args.interpolation;
      } else {
        throw new ValueError(`Invalid interpolation parameter: ${args.interpolation} is not implemented`);
      }
    } else {
      this.interpolation = "bilinear";
    }
    this.cropToAspectRatio = Boolean(args.cropToAspectRatio);
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const numChannels = inputShape[2];
    return [this.height, this.width, numChannels];
  }
  getConfig() {
    const config = {
      "height": this.height,
      "width": this.width,
      "interpolation": this.interpolation,
      "cropToAspectRatio": this.cropToAspectRatio
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  call(inputs, kwargs) {
    return tidy(() => {
      const size = [this.height, this.width];
      if (this.interpolation === "bilinear") {
        return image.resizeBilinear(inputs, size, !this.cropToAspectRatio);
      } else if (this.interpolation === "nearest") {
        return image.resizeNearestNeighbor(inputs, size, !this.cropToAspectRatio);
      } else {
        throw new Error(`Interpolation is ${this.interpolation} but only ${[...INTERPOLATION_METHODS]} are supported`);
      }
    });
  }
};
Resizing.className = "Resizing";
serialization_exports.registerClass(Resizing);

// node_modules/@tensorflow/tfjs-layers/dist/backend/random_seed.js
var RandomSeed = class {
  constructor(seed) {
    this.seed = seed;
  }
  next() {
    if (this.seed === void 0) {
      return void 0;
    }
    return this.seed++;
  }
};
RandomSeed.className = "RandomSeed";

// node_modules/@tensorflow/tfjs-layers/dist/engine/base_random_layer.js
var BaseRandomLayer = class extends Layer {
  constructor(args) {
    super(args);
    this.randomGenerator = new RandomSeed(args.seed);
  }
  getConfig() {
    const config = {
      "seed": this.randomGenerator.seed
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
};
BaseRandomLayer.className = "BaseRandomLayer";

// node_modules/@tensorflow/tfjs-layers/dist/layers/preprocessing/random_width.js
var INTERPOLATION_KEYS2 = ["bilinear", "nearest"];
var INTERPOLATION_METHODS2 = new Set(INTERPOLATION_KEYS2);
var RandomWidth = class extends BaseRandomLayer {
  constructor(args) {
    super(args);
    const { factor, interpolation = "bilinear" } = args;
    this.factor = factor;
    if (Array.isArray(this.factor) && this.factor.length === 2) {
      this.widthLower = this.factor[0];
      this.widthUpper = this.factor[1];
    } else if (!Array.isArray(this.factor) && this.factor > 0) {
      this.widthLower = -this.factor;
      this.widthUpper = this.factor;
    } else {
      throw new ValueError(`Invalid factor: ${this.factor}. Must be positive number or tuple of 2 numbers`);
    }
    if (this.widthLower < -1 || this.widthUpper < -1) {
      throw new ValueError(`factor must have values larger than -1. Got: ${this.factor}`);
    }
    if (this.widthUpper < this.widthLower) {
      throw new ValueError(`factor cannot have upper bound less than lower bound.
        Got upper bound: ${this.widthUpper}.
        Got lower bound: ${this.widthLower}
      `);
    }
    if (interpolation) {
      if (INTERPOLATION_METHODS2.has(interpolation)) {
        this.interpolation = interpolation;
      } else {
        throw new ValueError(`Invalid interpolation parameter: ${interpolation} is not implemented`);
      }
    }
  }
  getConfig() {
    const config = {
      "factor": this.factor,
      "interpolation": this.interpolation
    };
    const baseConfig = super.getConfig();
    Object.assign(config, baseConfig);
    return config;
  }
  computeOutputShape(inputShape) {
    inputShape = getExactlyOneShape(inputShape);
    const numChannels = inputShape[2];
    return [this.imgHeight, -1, numChannels];
  }
  call(inputs, kwargs) {
    return tidy(() => {
      const input2 = getExactlyOneTensor(inputs);
      this.imgHeight = input2.shape[input2.shape.length - 3];
      const imgWidth = input2.shape[input2.shape.length - 2];
      this.widthFactor = randomUniform([1], 1 + this.widthLower, 1 + this.widthUpper, "float32", this.randomGenerator.next());
      let adjustedWidth = this.widthFactor.dataSync()[0] * imgWidth;
      adjustedWidth = Math.round(adjustedWidth);
      const size = [this.imgHeight, adjustedWidth];
      switch (this.interpolation) {
        case "bilinear":
          return image.resizeBilinear(inputs, size);
        case "nearest":
          return image.resizeNearestNeighbor(inputs, size);
        default:
          throw new Error(`Interpolation is ${this.interpolation}
          but only ${[...INTERPOLATION_METHODS2]} are supported`);
      }
    });
  }
};
RandomWidth.className = "RandomWidth";
serialization_exports.registerClass(RandomWidth);

// node_modules/@tensorflow/tfjs-layers/dist/exports_layers.js
function inputLayer(args) {
  return new InputLayer(args);
}
function elu3(args) {
  return new ELU(args);
}
function reLU(args) {
  return new ReLU(args);
}
function leakyReLU(args) {
  return new LeakyReLU(args);
}
function prelu2(args) {
  return new PReLU(args);
}
function softmax2(args) {
  return new Softmax3(args);
}
function thresholdedReLU(args) {
  return new ThresholdedReLU(args);
}
function conv1d2(args) {
  return new Conv1D(args);
}
function conv2d2(args) {
  return new Conv2D2(args);
}
function conv2dTranspose2(args) {
  return new Conv2DTranspose(args);
}
function conv3d2(args) {
  return new Conv3D2(args);
}
function conv3dTranspose2(args) {
  return new Conv3DTranspose(args);
}
function separableConv2d2(args) {
  return new SeparableConv2D(args);
}
function cropping2D(args) {
  return new Cropping2D(args);
}
function upSampling2d(args) {
  return new UpSampling2D(args);
}
function depthwiseConv2d3(args) {
  return new DepthwiseConv2D(args);
}
function activation(args) {
  return new Activation2(args);
}
function dense(args) {
  return new Dense(args);
}
function dropout3(args) {
  return new Dropout(args);
}
function spatialDropout1d(args) {
  return new SpatialDropout1D(args);
}
function flatten2(args) {
  return new Flatten(args);
}
function repeatVector(args) {
  return new RepeatVector(args);
}
function reshape2(args) {
  return new Reshape2(args);
}
function permute(args) {
  return new Permute(args);
}
function embedding(args) {
  return new Embedding(args);
}
function add3(args) {
  return new Add2(args);
}
function average(args) {
  return new Average(args);
}
function concatenate2(args) {
  return new Concatenate(args);
}
function maximum2(args) {
  return new Maximum2(args);
}
function minimum2(args) {
  return new Minimum2(args);
}
function multiply2(args) {
  return new Multiply2(args);
}
function dot2(args) {
  return new Dot(args);
}
function batchNormalization2(args) {
  return new BatchNormalization(args);
}
function layerNormalization(args) {
  return new LayerNormalization(args);
}
function zeroPadding2d(args) {
  return new ZeroPadding2D(args);
}
function averagePooling1d(args) {
  return new AveragePooling1D(args);
}
function avgPool1d(args) {
  return averagePooling1d(args);
}
function avgPooling1d(args) {
  return averagePooling1d(args);
}
function averagePooling2d(args) {
  return new AveragePooling2D(args);
}
function avgPool2d(args) {
  return averagePooling2d(args);
}
function avgPooling2d(args) {
  return averagePooling2d(args);
}
function averagePooling3d(args) {
  return new AveragePooling3D(args);
}
function avgPool3d2(args) {
  return averagePooling3d(args);
}
function avgPooling3d(args) {
  return averagePooling3d(args);
}
function globalAveragePooling1d(args) {
  return new GlobalAveragePooling1D(args);
}
function globalAveragePooling2d(args) {
  return new GlobalAveragePooling2D(args);
}
function globalMaxPooling1d(args) {
  return new GlobalMaxPooling1D(args);
}
function globalMaxPooling2d(args) {
  return new GlobalMaxPooling2D(args);
}
function maxPooling1d(args) {
  return new MaxPooling1D(args);
}
function maxPooling2d(args) {
  return new MaxPooling2D(args);
}
function maxPooling3d(args) {
  return new MaxPooling3D(args);
}
function gru(args) {
  return new GRU(args);
}
function gruCell(args) {
  return new GRUCell(args);
}
function lstm(args) {
  return new LSTM(args);
}
function lstmCell(args) {
  return new LSTMCell(args);
}
function simpleRNN(args) {
  return new SimpleRNN(args);
}
function simpleRNNCell(args) {
  return new SimpleRNNCell(args);
}
function convLstm2d(args) {
  return new ConvLSTM2D(args);
}
function convLstm2dCell(args) {
  return new ConvLSTM2DCell(args);
}
function rnn2(args) {
  return new RNN(args);
}
function stackedRNNCells(args) {
  return new StackedRNNCells(args);
}
function bidirectional(args) {
  return new Bidirectional(args);
}
function timeDistributed(args) {
  return new TimeDistributed(args);
}
var globalMaxPool1d = globalMaxPooling1d;
var globalMaxPool2d = globalMaxPooling2d;
var maxPool1d = maxPooling1d;
var maxPool2d = maxPooling2d;
function gaussianNoise(args) {
  return new GaussianNoise(args);
}
function gaussianDropout(args) {
  return new GaussianDropout(args);
}
function alphaDropout(args) {
  return new AlphaDropout(args);
}
function masking(args) {
  return new Masking(args);
}
function rescaling(args) {
  return new Rescaling(args);
}
function centerCrop(args) {
  return new CenterCrop(args);
}
function resizing(args) {
  return new Resizing(args);
}
function categoryEncoding(args) {
  return new CategoryEncoding(args);
}
function randomWidth(args) {
  return new RandomWidth(args);
}

// node_modules/@tensorflow/tfjs-layers/dist/exports_metrics.js
var exports_metrics_exports = {};
__export(exports_metrics_exports, {
  MAPE: () => MAPE2,
  MSE: () => MSE2,
  binaryAccuracy: () => binaryAccuracy2,
  binaryCrossentropy: () => binaryCrossentropy3,
  categoricalAccuracy: () => categoricalAccuracy2,
  categoricalCrossentropy: () => categoricalCrossentropy3,
  cosineProximity: () => cosineProximity2,
  mape: () => mape2,
  meanAbsoluteError: () => meanAbsoluteError2,
  meanAbsolutePercentageError: () => meanAbsolutePercentageError2,
  meanSquaredError: () => meanSquaredError2,
  mse: () => mse2,
  precision: () => precision2,
  r2Score: () => r2Score2,
  recall: () => recall2,
  sparseCategoricalAccuracy: () => sparseCategoricalAccuracy2
});
function binaryAccuracy2(yTrue, yPred) {
  return binaryAccuracy(yTrue, yPred);
}
function binaryCrossentropy3(yTrue, yPred) {
  return binaryCrossentropy2(yTrue, yPred);
}
function sparseCategoricalAccuracy2(yTrue, yPred) {
  return sparseCategoricalAccuracy(yTrue, yPred);
}
function categoricalAccuracy2(yTrue, yPred) {
  return categoricalAccuracy(yTrue, yPred);
}
function categoricalCrossentropy3(yTrue, yPred) {
  return categoricalCrossentropy2(yTrue, yPred);
}
function precision2(yTrue, yPred) {
  return precision(yTrue, yPred);
}
function recall2(yTrue, yPred) {
  return recall(yTrue, yPred);
}
function cosineProximity2(yTrue, yPred) {
  return cosineProximity(yTrue, yPred);
}
function meanAbsoluteError2(yTrue, yPred) {
  return meanAbsoluteError(yTrue, yPred);
}
function meanAbsolutePercentageError2(yTrue, yPred) {
  return meanAbsolutePercentageError(yTrue, yPred);
}
function MAPE2(yTrue, yPred) {
  return meanAbsolutePercentageError(yTrue, yPred);
}
function mape2(yTrue, yPred) {
  return meanAbsolutePercentageError(yTrue, yPred);
}
function meanSquaredError2(yTrue, yPred) {
  return meanSquaredError(yTrue, yPred);
}
function MSE2(yTrue, yPred) {
  return meanSquaredError(yTrue, yPred);
}
function mse2(yTrue, yPred) {
  return meanSquaredError(yTrue, yPred);
}
function r2Score2(yTrue, yPred) {
  return r2Score(yTrue, yPred);
}

// node_modules/@tensorflow/tfjs-layers/dist/exports_regularizers.js
var exports_regularizers_exports = {};
__export(exports_regularizers_exports, {
  l1: () => l12,
  l1l2: () => l1l2,
  l2: () => l22
});
function l1l2(config) {
  return new L1L2(config);
}
function l12(config) {
  return l1(config);
}
function l22(config) {
  return l2(config);
}

// node_modules/@tensorflow/tfjs-backend-cpu/dist/backend_cpu.js
var whereImpl = kernel_impls_exports.whereImpl;
var MathBackendCPU = class _MathBackendCPU extends KernelBackend {
  nextDataId() {
    return _MathBackendCPU.nextDataId++;
  }
  constructor() {
    super();
    this.blockSize = 48;
    this.firstUse = true;
    this.data = new DataStorage(this, engine());
  }
  write(values, shape, dtype) {
    if (this.firstUse) {
      this.firstUse = false;
      if (env().get("IS_NODE")) {
        backend_util_exports.warn("\n============================\nHi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. \n============================");
      }
    }
    const dataId = { id: this.nextDataId() };
    this.data.set(dataId, { values, dtype, refCount: 1 });
    return dataId;
  }
  /**
   * Create a data bucket in cpu backend.
   * @param shape Shape of the `TensorInfo`.
   * @param dtype DType of the `TensorInfo`.
   * @param values The value of the `TensorInfo` stored as a flattened array.
   */
  makeTensorInfo(shape, dtype, values) {
    let outId;
    if (dtype === "string" && values != null && values.length > 0 && util_exports.isString(values[0])) {
      const encodedValues = values.map((d) => util_exports.encodeString(d));
      outId = this.write(encodedValues, shape, dtype);
    } else {
      outId = this.write(values, shape, dtype);
    }
    return { dataId: outId, shape, dtype };
  }
  /** Return refCount of a `TensorData`. */
  refCount(dataId) {
    if (this.data.has(dataId)) {
      const tensorData = this.data.get(dataId);
      return tensorData.refCount;
    }
    return 0;
  }
  /** Increase refCount of a `TensorData`. */
  incRef(dataId) {
    const tensorData = this.data.get(dataId);
    tensorData.refCount++;
  }
  /** Decrease refCount of a `TensorData`. */
  decRef(dataId) {
    if (this.data.has(dataId)) {
      const tensorData = this.data.get(dataId);
      tensorData.refCount--;
    }
  }
  move(dataId, values, shape, dtype, refCount) {
    this.data.set(dataId, { values, dtype, refCount });
  }
  numDataIds() {
    return this.data.numDataIds();
  }
  async read(dataId) {
    return this.readSync(dataId);
  }
  readSync(dataId) {
    const { dtype, complexTensorInfos } = this.data.get(dataId);
    if (dtype === "complex64") {
      const realValues = this.readSync(complexTensorInfos.real.dataId);
      const imagValues = this.readSync(complexTensorInfos.imag.dataId);
      return backend_util_exports.mergeRealAndImagArrays(realValues, imagValues);
    }
    return util_exports.convertBackendValuesAndArrayBuffer(this.data.get(dataId).values, dtype);
  }
  bufferSync(t) {
    const data = this.readSync(t.dataId);
    if (t.dtype === "string") {
      try {
        const strings = data.map((d) => util_exports.decodeString(d));
        return buffer(t.shape, t.dtype, strings);
      } catch (_a) {
        throw new Error("Failed to decode encoded string bytes into utf-8");
      }
    }
    return buffer(t.shape, t.dtype, data);
  }
  makeOutput(values, shape, dtype) {
    return engine().makeTensorFromTensorInfo(this.makeTensorInfo(shape, dtype, values), this);
  }
  /**
   * Dispose the memory if the dataId has 0 refCount. Return true if the memory
   * is released or memory is not managed in this backend, false if memory is
   * not cleared.
   * @param dataId
   * @oaram force Optional, remove the data regardless of refCount
   */
  disposeData(dataId, force = false) {
    if (this.data.has(dataId)) {
      this.data.get(dataId).refCount--;
      if (!force && this.data.get(dataId).refCount > 0) {
        return false;
      }
      const { complexTensorInfos } = this.data.get(dataId);
      if (complexTensorInfos != null) {
        this.disposeData(complexTensorInfos.real.dataId, true);
        this.disposeData(complexTensorInfos.imag.dataId, true);
      }
      this.data.delete(dataId);
    }
    return true;
  }
  disposeIntermediateTensorInfo(tensorInfo) {
    this.disposeData(tensorInfo.dataId);
  }
  async time(f) {
    const start = util_exports.now();
    f();
    const kernelMs = util_exports.now() - start;
    return { kernelMs };
  }
  memory() {
    return {
      // Unreliable due to automatic gc. The numbers above are cumulative.
      unreliable: true,
      reasons: ["The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."]
    };
  }
  where(condition) {
    assertNotComplex([condition], "where");
    const condVals = this.readSync(condition.dataId);
    return whereImpl(condition.shape, condVals);
  }
  dispose() {
  }
  floatPrecision() {
    return 32;
  }
  /** Returns the smallest representable number.  */
  epsilon() {
    return super.epsilon();
  }
};
MathBackendCPU.nextDataId = 0;

// node_modules/@tensorflow/tfjs-backend-cpu/dist/base.js
registerBackend(
  "cpu",
  () => new MathBackendCPU(),
  1
  /* priority */
);

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Elu.js
var elu4 = unaryKernelFunc(Elu, (xi) => xi >= 0 ? xi : Math.exp(xi) - 1);
var eluConfig = {
  kernelName: Elu,
  backendName: "cpu",
  kernelFunc: elu4
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LeakyRelu.js
function leakyRelu2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { alpha } = attrs;
  assertNotComplex([x], "leakyRelu");
  const xSize = util_exports.sizeFromShape(x.shape);
  const xVals = backend2.data.get(x.dataId).values;
  const outVals = util_exports.getTypedArrayFromDType("float32", xSize);
  for (let i = 0; i < xVals.length; i++) {
    outVals[i] = xVals[i] < 0 ? alpha * xVals[i] : xVals[i];
  }
  return backend2.makeTensorInfo(x.shape, "float32", outVals);
}
var leakyReluConfig = {
  kernelName: LeakyRelu,
  backendName: "cpu",
  kernelFunc: leakyRelu2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Prelu.js
var preluImpl = createSimpleBinaryKernelImpl((xValue, aValue) => xValue < 0 ? aValue * xValue : xValue);
function prelu3(args) {
  const { inputs, backend: backend2 } = args;
  const { x, alpha } = inputs;
  assertNotComplex([x, alpha], "prelu");
  const aVals = backend2.data.get(x.dataId).values;
  const bVals = backend2.data.get(alpha.dataId).values;
  const [resultData, resultShape] = preluImpl(x.shape, alpha.shape, aVals, bVals, "float32");
  return backend2.makeTensorInfo(resultShape, "float32", resultData);
}
var preluConfig = {
  kernelName: Prelu,
  backendName: "cpu",
  kernelFunc: prelu3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Relu.js
var relu2 = unaryKernelFunc(Relu, (xi) => Math.max(0, xi));
var reluConfig = {
  kernelName: Relu,
  backendName: "cpu",
  kernelFunc: relu2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Relu6.js
var relu6 = unaryKernelFunc(Relu6, (xi) => Math.min(Math.max(0, xi), 6));
var relu6Config = {
  kernelName: Relu6,
  backendName: "cpu",
  kernelFunc: relu6
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/utils/fused_utils.js
function applyActivation(backend2, x, activation2, preluActivationWeights, leakyreluAlpha) {
  if (activation2 === "linear") {
    return identity({ inputs: { x }, backend: backend2 });
  } else if (activation2 === "relu") {
    return relu2({ inputs: { x }, backend: backend2 });
  } else if (activation2 === "elu") {
    return elu4({ inputs: { x }, backend: backend2 });
  } else if (activation2 === "relu6") {
    return relu6({ inputs: { x }, backend: backend2 });
  } else if (activation2 === "prelu") {
    return prelu3({ inputs: { x, alpha: preluActivationWeights }, backend: backend2 });
  } else if (activation2 === "leakyrelu") {
    return leakyRelu2({ inputs: { x }, backend: backend2, attrs: { alpha: leakyreluAlpha } });
  } else if (activation2 === "sigmoid") {
    return sigmoid2({ inputs: { x }, backend: backend2 });
  }
  throw new Error(`Activation ${activation2} has not been implemented for the CPU backend.`);
}

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape.js
function reshape3(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { shape } = attrs;
  const xSize = util_exports.sizeFromShape(x.shape);
  const $shape = util_exports.inferFromImplicitShape(shape, xSize);
  const $xSize = util_exports.sizeFromShape($shape);
  util_exports.assert(xSize === $xSize, () => `The new shape (${$shape}) has ${$xSize} elements and the old shape (${x.shape}) has ${xSize} elements. The new shape and old shape must have the same number of elements.`);
  backend2.incRef(x.dataId);
  const xData = backend2.data.get(x.dataId);
  if (xData.complexTensorInfos != null) {
    const real2 = xData.complexTensorInfos.real;
    const imag2 = xData.complexTensorInfos.imag;
    real2.shape = $shape;
    imag2.shape = $shape;
  }
  return { dataId: x.dataId, shape: $shape, dtype: x.dtype };
}
var reshapeConfig = {
  kernelName: Reshape,
  backendName: "cpu",
  kernelFunc: reshape3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul.js
function batchMatMul(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { a, b } = inputs;
  const { transposeA, transposeB } = attrs;
  assertNotComplex([a, b], "matMul");
  const aRank = a.shape.length;
  const bRank = b.shape.length;
  const innerShapeA = transposeA ? a.shape[aRank - 2] : a.shape[aRank - 1];
  const innerShapeB = transposeB ? b.shape[bRank - 1] : b.shape[bRank - 2];
  const outerShapeA = transposeA ? a.shape[aRank - 1] : a.shape[aRank - 2];
  const outerShapeB = transposeB ? b.shape[bRank - 2] : b.shape[bRank - 1];
  const outerDimsA = a.shape.slice(0, -2);
  const outerDimsB = b.shape.slice(0, -2);
  const batchDimA = util_exports.sizeFromShape(outerDimsA);
  const batchDimB = util_exports.sizeFromShape(outerDimsB);
  const outShapeOuterDims = broadcast_util_exports.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const outShape = outShapeOuterDims.concat([outerShapeA, outerShapeB]);
  util_exports.assert(innerShapeA === innerShapeB, () => `Error in matMul: inner shapes (${innerShapeA}) and (${innerShapeB}) of Tensors with shapes ${a.shape} and ${b.shape} and transposeA=${transposeA} and transposeB=${transposeB} must match.`);
  const a3dShape = transposeA ? [batchDimA, innerShapeA, outerShapeA] : [batchDimA, outerShapeA, innerShapeA];
  const b3dShape = transposeB ? [batchDimB, outerShapeB, innerShapeB] : [batchDimB, innerShapeB, outerShapeB];
  const a3d = reshape3({ inputs: { x: a }, backend: backend2, attrs: { shape: a3dShape } });
  const b3d = reshape3({ inputs: { x: b }, backend: backend2, attrs: { shape: b3dShape } });
  const sharedDim = transposeA ? a3d.shape[1] : a3d.shape[2];
  const leftDim = transposeA ? a3d.shape[2] : a3d.shape[1];
  const rightDim = transposeB ? b3d.shape[1] : b3d.shape[2];
  const batchDim = Math.max(batchDimA, batchDimB);
  const a3dValues = backend2.data.get(a3d.dataId).values;
  const b3dValues = backend2.data.get(b3d.dataId).values;
  const a3dStrides = util_exports.computeStrides(a3d.shape);
  const b3dStrides = util_exports.computeStrides(b3d.shape);
  const [aBatch, aOuterStep, aInnerStep] = transposeA ? [a3dStrides[0], 1, a3dStrides[1]] : [a3dStrides[0], a3dStrides[1], 1];
  const [bInnerStep, bOuterStep, bBatch] = transposeB ? [1, b3dStrides[1], b3dStrides[0]] : [b3dStrides[1], 1, b3dStrides[0]];
  const size = leftDim * rightDim;
  const result = buffer([batchDim, leftDim, rightDim], a3d.dtype);
  const resVals = result.values;
  const blockSize = backend2.blockSize;
  for (let bi = 0; bi < batchDim; bi++) {
    const batchIndexA = bi % batchDimA;
    const batchIndexB = bi % batchDimB;
    for (let i0 = 0; i0 < leftDim; i0 += blockSize) {
      const iBlock = Math.min(i0 + blockSize, leftDim);
      for (let j0 = 0; j0 < rightDim; j0 += blockSize) {
        const jBlock = Math.min(j0 + blockSize, rightDim);
        for (let k0 = 0; k0 < sharedDim; k0 += blockSize) {
          const kBlock = Math.min(k0 + blockSize, sharedDim);
          for (let i = i0; i < iBlock; i++) {
            for (let j = j0; j < jBlock; j++) {
              let sum3 = 0;
              for (let k = k0; k < kBlock; k++) {
                const aVal = (
                  // tslint:disable-next-line: max-line-length
                  a3dValues[batchIndexA * aBatch + i * aOuterStep + k * aInnerStep]
                );
                const bVal = (
                  // tslint:disable-next-line: max-line-length
                  b3dValues[k * bInnerStep + j * bOuterStep + batchIndexB * bBatch]
                );
                sum3 += aVal * bVal;
              }
              resVals[bi * size + (i * rightDim + j)] += sum3;
            }
          }
        }
      }
    }
  }
  backend2.disposeIntermediateTensorInfo(a3d);
  backend2.disposeIntermediateTensorInfo(b3d);
  return backend2.makeTensorInfo(outShape, result.dtype, result.values);
}
var batchMatMulConfig = {
  kernelName: BatchMatMul,
  backendName: "cpu",
  kernelFunc: batchMatMul
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/_FusedMatMul.js
function _fusedMatMul(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { a, b, bias, preluActivationWeights } = inputs;
  const { transposeA, transposeB, activation: activation2, leakyreluAlpha } = attrs;
  let current2;
  let addRes;
  let activationRes;
  const intermediates = [];
  const matMulRes = batchMatMul({ inputs: { a, b }, attrs: { transposeA, transposeB }, backend: backend2 });
  current2 = matMulRes;
  if (bias) {
    addRes = add2({ inputs: { a: current2, b: bias }, backend: backend2 });
    intermediates.push(current2);
    current2 = addRes;
  }
  if (activation2) {
    activationRes = applyActivation(backend2, current2, activation2, preluActivationWeights, leakyreluAlpha);
    intermediates.push(current2);
    current2 = activationRes;
  }
  for (const i of intermediates) {
    backend2.disposeIntermediateTensorInfo(i);
  }
  return current2;
}
var _fusedMatMulConfig = {
  kernelName: _FusedMatMul,
  backendName: "cpu",
  kernelFunc: _fusedMatMul
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Acos.js
var acos = unaryKernelFunc(Acos, (xi) => Math.acos(xi));
var acosConfig = {
  kernelName: Acos,
  backendName: "cpu",
  kernelFunc: acos
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Acosh.js
var acosh = unaryKernelFunc(Acosh, (xi) => Math.acosh(xi));
var acoshConfig = {
  kernelName: Acosh,
  backendName: "cpu",
  kernelFunc: acosh
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/AddN.js
function addN(args) {
  const { inputs, backend: backend2 } = args;
  const tensors = inputs;
  assertNotComplex(inputs, "addN");
  const vals = tensors.map((t) => backend2.data.get(t.dataId).values);
  const outBuf = buffer(tensors[0].shape, tensors[0].dtype);
  const outVals = outBuf.values;
  for (let i = 0; i < tensors.length; i++) {
    const currVals = vals[i];
    for (let j = 0; j < outVals.length; j++) {
      outVals[j] += currVals[j];
    }
  }
  return backend2.makeTensorInfo(outBuf.shape, outBuf.dtype, outBuf.values);
}
var addNConfig = {
  kernelName: AddN,
  backendName: "cpu",
  kernelFunc: addN
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/All.js
function all2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis, keepDims } = attrs;
  assertNotComplex(x, "all");
  const origAxes = util_exports.parseAxisParam(axis, x.shape);
  let axes = origAxes;
  const permutedAxes = backend_util_exports.getAxesPermutation(axes, x.shape.length);
  let $x = x;
  if (permutedAxes != null) {
    $x = transpose2({ inputs: { x }, backend: backend2, attrs: { perm: permutedAxes } });
    axes = backend_util_exports.getInnerMostAxes(axes.length, x.shape.length);
  }
  backend_util_exports.assertAxesAreInnerMostDims("all", axes, $x.shape.length);
  const [outShape, reduceShape] = backend_util_exports.computeOutAndReduceShapes($x.shape, axes);
  const reduceSize = util_exports.sizeFromShape(reduceShape);
  const vals = util_exports.makeZerosTypedArray(util_exports.sizeFromShape(outShape), $x.dtype);
  const aVals = backend2.data.get($x.dataId).values;
  for (let i = 0; i < vals.length; ++i) {
    const offset2 = i * reduceSize;
    let all3 = aVals[offset2];
    for (let j = 0; j < reduceSize; ++j) {
      const value = aVals[offset2 + j];
      all3 = all3 && value;
    }
    vals[i] = all3;
  }
  if (permutedAxes != null) {
    backend2.disposeIntermediateTensorInfo($x);
  }
  const result = backend2.makeTensorInfo(outShape, $x.dtype, vals);
  if (keepDims) {
    const expandedShape = backend_util_exports.expandShapeToKeepDim(outShape, origAxes);
    const reshapedResult = reshape3({ inputs: { x: result }, backend: backend2, attrs: { shape: expandedShape } });
    backend2.disposeIntermediateTensorInfo(result);
    return reshapedResult;
  }
  return result;
}
var allConfig = {
  kernelName: All,
  backendName: "cpu",
  kernelFunc: all2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Any.js
function any2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis, keepDims } = attrs;
  assertNotComplex(x, "any");
  const origAxes = util_exports.parseAxisParam(axis, x.shape);
  let axes = origAxes;
  const permutedAxes = backend_util_exports.getAxesPermutation(axes, x.shape.length);
  let $x = x;
  if (permutedAxes != null) {
    $x = transpose2({ inputs: { x }, backend: backend2, attrs: { perm: permutedAxes } });
    axes = backend_util_exports.getInnerMostAxes(axes.length, x.shape.length);
  }
  backend_util_exports.assertAxesAreInnerMostDims("any", axes, $x.shape.length);
  const [outShape, reduceShape] = backend_util_exports.computeOutAndReduceShapes($x.shape, axes);
  const reduceSize = util_exports.sizeFromShape(reduceShape);
  const vals = util_exports.makeZerosTypedArray(util_exports.sizeFromShape(outShape), $x.dtype);
  const aVals = backend2.data.get($x.dataId).values;
  for (let i = 0; i < vals.length; ++i) {
    const offset2 = i * reduceSize;
    let anyVal = aVals[offset2];
    for (let j = 0; j < reduceSize; ++j) {
      const value = aVals[offset2 + j];
      anyVal = anyVal || value;
    }
    vals[i] = anyVal;
  }
  if (permutedAxes != null) {
    backend2.disposeIntermediateTensorInfo($x);
  }
  const result = backend2.makeTensorInfo(outShape, $x.dtype, vals);
  if (keepDims) {
    const expandedShape = backend_util_exports.expandShapeToKeepDim(outShape, origAxes);
    const reshapedResult = reshape3({ inputs: { x: result }, backend: backend2, attrs: { shape: expandedShape } });
    backend2.disposeIntermediateTensorInfo(result);
    return reshapedResult;
  }
  return result;
}
var anyConfig = {
  kernelName: Any,
  backendName: "cpu",
  kernelFunc: any2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMax.js
function argMax2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis } = attrs;
  assertNotComplex(x, "argMax");
  let axes = util_exports.parseAxisParam(axis, x.shape);
  const permutedAxes = backend_util_exports.getAxesPermutation(axes, x.shape.length);
  let $x = x;
  const intermediateTensorInfos = [];
  if (permutedAxes != null) {
    $x = transpose2({ inputs: { x }, backend: backend2, attrs: { perm: permutedAxes } });
    intermediateTensorInfos.push($x);
    axes = backend_util_exports.getInnerMostAxes(axes.length, $x.shape.length);
  }
  axes = [axes[0]];
  backend_util_exports.assertAxesAreInnerMostDims("argMax", axes, $x.shape.length);
  const [outShape, reduceShape] = backend_util_exports.computeOutAndReduceShapes($x.shape, axes);
  const outSize2 = util_exports.sizeFromShape(outShape);
  const vals = util_exports.makeZerosTypedArray(outSize2, "int32");
  const reduceSize = util_exports.sizeFromShape(reduceShape);
  const aVals = backend2.data.get($x.dataId).values;
  for (let i = 0; i < vals.length; ++i) {
    const offset2 = i * reduceSize;
    let max4 = aVals[offset2];
    let maxIndex = 0;
    for (let j = 0; j < reduceSize; ++j) {
      const value = aVals[offset2 + j];
      if (value > max4) {
        max4 = value;
        maxIndex = j;
      }
    }
    vals[i] = maxIndex;
  }
  intermediateTensorInfos.forEach((t) => backend2.disposeIntermediateTensorInfo(t));
  return backend2.makeTensorInfo(outShape, "int32", vals);
}
var argMaxConfig = {
  kernelName: ArgMax,
  backendName: "cpu",
  kernelFunc: argMax2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMin.js
function argMin(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis } = attrs;
  assertNotComplex(x, "argMin");
  let axes = util_exports.parseAxisParam(axis, x.shape);
  const permutedAxes = backend_util_exports.getAxesPermutation(axes, x.shape.length);
  let $x = x;
  const intermediateTensorInfos = [];
  if (permutedAxes != null) {
    $x = transpose2({ inputs: { x }, backend: backend2, attrs: { perm: permutedAxes } });
    intermediateTensorInfos.push($x);
    axes = backend_util_exports.getInnerMostAxes(axes.length, $x.shape.length);
  }
  axes = [axes[0]];
  backend_util_exports.assertAxesAreInnerMostDims("argMin", axes, $x.shape.length);
  const [outShape, reduceShape] = backend_util_exports.computeOutAndReduceShapes($x.shape, axes);
  const outSize2 = util_exports.sizeFromShape(outShape);
  const vals = util_exports.makeZerosTypedArray(outSize2, "int32");
  const reduceSize = util_exports.sizeFromShape(reduceShape);
  const aVals = backend2.data.get($x.dataId).values;
  for (let i = 0; i < vals.length; ++i) {
    const offset2 = i * reduceSize;
    let min4 = aVals[offset2];
    let minIndex = 0;
    for (let j = 0; j < reduceSize; ++j) {
      const value = aVals[offset2 + j];
      if (value < min4) {
        min4 = value;
        minIndex = j;
      }
    }
    vals[i] = minIndex;
  }
  intermediateTensorInfos.forEach((t) => backend2.disposeIntermediateTensorInfo(t));
  return backend2.makeTensorInfo(outShape, "int32", vals);
}
var argMinConfig = {
  kernelName: ArgMin,
  backendName: "cpu",
  kernelFunc: argMin
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Asin.js
var asin = unaryKernelFunc(Asin, (xi) => Math.asin(xi));
var asinConfig = {
  kernelName: Asin,
  backendName: "cpu",
  kernelFunc: asin
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Asinh.js
var asinh = unaryKernelFunc(Asinh, (xi) => Math.asinh(xi));
var asinhConfig = {
  kernelName: Asinh,
  backendName: "cpu",
  kernelFunc: asinh
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Atan.js
var atan = unaryKernelFunc(Atan, (xi) => Math.atan(xi));
var atanConfig = {
  kernelName: Atan,
  backendName: "cpu",
  kernelFunc: atan
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Atan2.js
var atan2Impl = createSimpleBinaryKernelImpl((aValue, bValue) => Math.atan2(aValue, bValue));
var atan2 = binaryKernelFunc(Atan2, atan2Impl);
var atan2Config = {
  kernelName: Atan2,
  backendName: "cpu",
  kernelFunc: atan2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Atanh.js
var atanh = unaryKernelFunc(Atanh, (xi) => Math.atanh(xi));
var atanhConfig = {
  kernelName: Atanh,
  backendName: "cpu",
  kernelFunc: atanh
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/utils/pool_utils.js
function pool(xValues, xShape, dtype, strides, convInfo, poolType) {
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const effectiveFilterHeight = convInfo.effectiveFilterHeight;
  const effectiveFilterWidth = convInfo.effectiveFilterWidth;
  const padTop = convInfo.padInfo.top;
  const padLeft = convInfo.padInfo.left;
  const initialValue = poolType === "max" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const output = buffer(convInfo.outShape, dtype);
  const outputVals = output.values;
  const outputBatchStrides = convInfo.outShape[1] * convInfo.outShape[2] * convInfo.outShape[3];
  const outputRowStrides = convInfo.outShape[2] * convInfo.outShape[3];
  const outputColStrides = convInfo.outShape[3];
  for (let b = 0; b < convInfo.batchSize; ++b) {
    const outputBatchOffset = b * outputBatchStrides;
    const inputBatchOffset = b * strides[0];
    for (let d = 0; d < convInfo.inChannels; ++d) {
      for (let yR = 0; yR < convInfo.outHeight; ++yR) {
        const xRCorner = yR * strideHeight - padTop;
        const xRMin = Math.max(0, xRCorner);
        const xRMax = Math.min(convInfo.inHeight, effectiveFilterHeight + xRCorner);
        const outputRowOffset = outputBatchOffset + yR * outputRowStrides;
        for (let yC = 0; yC < convInfo.outWidth; ++yC) {
          const xCCorner = yC * strideWidth - padLeft;
          const xCMin = Math.max(0, xCCorner);
          const xCMax = Math.min(convInfo.inWidth, effectiveFilterWidth + xCCorner);
          let minMaxValue = initialValue;
          let avgValue = 0;
          let count3 = 0;
          for (let xR = xRMin; xR < xRMax; xR += dilationHeight) {
            const xROffset = inputBatchOffset + xR * strides[1];
            for (let xC = xCMin; xC < xCMax; xC += dilationWidth) {
              const xCOffset = xROffset + xC * strides[2];
              const pixel = xValues[xCOffset + d];
              if (poolType === "max" && pixel > minMaxValue) {
                minMaxValue = pixel;
              } else if (poolType === "avg") {
                avgValue += pixel;
                count3++;
              }
            }
            if (isNaN(minMaxValue)) {
              break;
            }
          }
          const outputOffset = outputRowOffset + yC * outputColStrides + d;
          outputVals[outputOffset] = poolType === "avg" ? avgValue / count3 : minMaxValue;
        }
      }
    }
  }
  return output;
}
function maxPoolPositions(xValues, xShape, dtype, convInfo, flattenPositions = false, includeBatchInIndex = false) {
  const maxPositions = buffer(convInfo.outShape, "int32");
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const effectiveFilterHeight = convInfo.effectiveFilterHeight;
  const effectiveFilterWidth = convInfo.effectiveFilterWidth;
  const padTop = convInfo.padInfo.top;
  const padLeft = convInfo.padInfo.left;
  const xBuf = buffer(xShape, dtype, xValues);
  for (let b = 0; b < convInfo.batchSize; ++b) {
    for (let d = 0; d < convInfo.inChannels; ++d) {
      for (let yR = 0; yR < convInfo.outHeight; ++yR) {
        const xRCorner = yR * strideHeight - padTop;
        let xRMin = xRCorner;
        while (xRMin < 0) {
          xRMin += dilationHeight;
        }
        const xRMax = Math.min(convInfo.inHeight, effectiveFilterHeight + xRCorner);
        for (let yC = 0; yC < convInfo.outWidth; ++yC) {
          const xCCorner = yC * strideWidth - padLeft;
          let xCMin = xCCorner;
          while (xCMin < 0) {
            xCMin += dilationWidth;
          }
          const xCMax = Math.min(convInfo.inWidth, effectiveFilterWidth + xCCorner);
          let maxValue = Number.NEGATIVE_INFINITY;
          let maxPosition = -1;
          for (let xR = xRMin; xR < xRMax; xR += dilationHeight) {
            const wR = xR - xRCorner;
            for (let xC = xCMin; xC < xCMax; xC += dilationWidth) {
              const wC = xC - xCCorner;
              const pixel = xBuf.get(b, xR, xC, d);
              if (pixel > maxValue) {
                maxValue = pixel;
                if (flattenPositions) {
                  maxPosition = includeBatchInIndex ? ((b * convInfo.inHeight + xR) * convInfo.inWidth + xC) * convInfo.inChannels + d : (xR * convInfo.inWidth + xC) * convInfo.inChannels + d;
                } else {
                  maxPosition = wR * effectiveFilterWidth + wC;
                }
              }
            }
          }
          maxPositions.set(maxPosition, b, yR, yC, d);
        }
      }
    }
  }
  return maxPositions;
}
function pool3d2(xValues, xShape, dtype, strides, convInfo, poolType) {
  const strideDepth = convInfo.strideDepth;
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const dilationDepth = convInfo.dilationDepth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const effectiveFilterDepth = convInfo.effectiveFilterDepth;
  const effectiveFilterHeight = convInfo.effectiveFilterHeight;
  const effectiveFilterWidth = convInfo.effectiveFilterWidth;
  const padFront = convInfo.padInfo.front;
  const padTop = convInfo.padInfo.top;
  const padLeft = convInfo.padInfo.left;
  const initialValue = poolType === "max" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const output = buffer(convInfo.outShape, dtype);
  const outputVals = output.values;
  const outputBatchStrides = convInfo.outShape[1] * convInfo.outShape[2] * convInfo.outShape[3] * convInfo.outShape[4];
  const outputDepthStrides = convInfo.outShape[2] * convInfo.outShape[3] * convInfo.outShape[4];
  const outputRowStrides = convInfo.outShape[3] * convInfo.outShape[4];
  const outputColStrides = convInfo.outShape[4];
  for (let batch = 0; batch < convInfo.batchSize; ++batch) {
    const outputBatchOffset = batch * outputBatchStrides;
    const inputBatchOffset = batch * strides[0];
    for (let channel = 0; channel < convInfo.inChannels; ++channel) {
      for (let yDepth = 0; yDepth < convInfo.outDepth; ++yDepth) {
        const xDepthCorner = yDepth * strideDepth - padFront;
        let xDepthMin = xDepthCorner;
        while (xDepthMin < 0) {
          xDepthMin += dilationDepth;
        }
        const xDepthMax = Math.min(convInfo.inDepth, effectiveFilterDepth + xDepthCorner);
        const outputDepthOffset = outputBatchOffset + yDepth * outputDepthStrides;
        for (let yRow = 0; yRow < convInfo.outHeight; ++yRow) {
          const xRowCorner = yRow * strideHeight - padTop;
          let xRowMin = xRowCorner;
          while (xRowMin < 0) {
            xRowMin += dilationHeight;
          }
          const xRowMax = Math.min(convInfo.inHeight, effectiveFilterHeight + xRowCorner);
          const outputRowOffset = outputDepthOffset + yRow * outputRowStrides;
          for (let yCol = 0; yCol < convInfo.outWidth; ++yCol) {
            const xColCorner = yCol * strideWidth - padLeft;
            let xColMin = xColCorner;
            while (xColMin < 0) {
              xColMin += dilationWidth;
            }
            const xColMax = Math.min(convInfo.inWidth, effectiveFilterWidth + xColCorner);
            const outputColOffset = outputRowOffset + yCol * outputColStrides;
            let minMaxValue = initialValue;
            let avgValue = 0;
            let count3 = 0;
            for (let xDepth = xDepthMin; xDepth < xDepthMax; xDepth += dilationDepth) {
              const xDepthOffset = inputBatchOffset + xDepth * strides[1];
              for (let xRow = xRowMin; xRow < xRowMax; xRow += dilationHeight) {
                const xRowOffset = xDepthOffset + xRow * strides[2];
                for (let xCol = xColMin; xCol < xColMax; xCol += dilationWidth) {
                  const xColOffset = xRowOffset + xCol * strides[3];
                  const pixel = xValues[xColOffset + channel];
                  if (poolType === "max" && pixel > minMaxValue) {
                    minMaxValue = pixel;
                  } else if (poolType === "avg") {
                    avgValue += pixel;
                    count3++;
                  }
                  if (isNaN(minMaxValue)) {
                    break;
                  }
                }
                if (isNaN(minMaxValue)) {
                  break;
                }
              }
              if (isNaN(minMaxValue)) {
                break;
              }
            }
            const outputOffset = outputColOffset + channel;
            outputVals[outputOffset] = poolType === "avg" ? avgValue / Math.max(count3, 1) : minMaxValue;
          }
        }
      }
    }
  }
  return output;
}
function maxPool3dPositions(xBuf, convInfo) {
  const maxPositions = buffer(convInfo.outShape, "int32");
  const strideDepth = convInfo.strideDepth;
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const dilationDepth = convInfo.dilationDepth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const effectiveFilterDepth = convInfo.effectiveFilterDepth;
  const effectiveFilterHeight = convInfo.effectiveFilterHeight;
  const effectiveFilterWidth = convInfo.effectiveFilterWidth;
  const padFront = convInfo.padInfo.front;
  const padTop = convInfo.padInfo.top;
  const padLeft = convInfo.padInfo.left;
  for (let batch = 0; batch < convInfo.batchSize; ++batch) {
    for (let channel = 0; channel < convInfo.inChannels; ++channel) {
      for (let yDepth = 0; yDepth < convInfo.outDepth; ++yDepth) {
        const xDepthCorner = yDepth * strideDepth - padFront;
        let xDepthMin = xDepthCorner;
        while (xDepthMin < 0) {
          xDepthMin += dilationDepth;
        }
        const xDepthMax = Math.min(convInfo.inDepth, effectiveFilterDepth + xDepthCorner);
        for (let yRow = 0; yRow < convInfo.outHeight; ++yRow) {
          const xRowCorner = yRow * strideHeight - padTop;
          let xRowMin = xRowCorner;
          while (xRowMin < 0) {
            xRowMin += dilationHeight;
          }
          const xRowMax = Math.min(convInfo.inHeight, effectiveFilterHeight + xRowCorner);
          for (let yCol = 0; yCol < convInfo.outWidth; ++yCol) {
            const xColCorner = yCol * strideWidth - padLeft;
            let xColMin = xColCorner;
            while (xColMin < 0) {
              xColMin += dilationWidth;
            }
            const xColMax = Math.min(convInfo.inWidth, effectiveFilterWidth + xColCorner);
            let maxValue = Number.NEGATIVE_INFINITY;
            let maxPosition = -1;
            for (let xDepth = xDepthMin; xDepth < xDepthMax; xDepth += dilationDepth) {
              const wDepth = xDepth - xDepthCorner;
              for (let xRow = xRowMin; xRow < xRowMax; xRow += dilationHeight) {
                const wRow = xRow - xRowCorner;
                for (let xCol = xColMin; xCol < xColMax; xCol += dilationWidth) {
                  const wCol = xCol - xColCorner;
                  const pixel = xBuf.get(batch, xDepth, xRow, xCol, channel);
                  if (pixel >= maxValue) {
                    maxValue = pixel;
                    maxPosition = wDepth * effectiveFilterHeight * effectiveFilterWidth + wRow * effectiveFilterHeight + wCol;
                  }
                }
              }
            }
            maxPositions.set(maxPosition, batch, yDepth, yRow, yCol, channel);
          }
        }
      }
    }
  }
  return maxPositions;
}

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool.js
function avgPool2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  assertNotComplex(x, "avgPool");
  const { filterSize, strides, pad: pad2, dimRoundingMode } = attrs;
  const dilations = 1;
  util_exports.assert(backend_util_exports.eitherStridesOrDilationsAreOne(strides, dilations), () => `Error in avgPool: Either strides or dilations must be 1. Got strides ${strides} and dilations '${dilations}'`);
  const convInfo = backend_util_exports.computePool2DInfo(x.shape, filterSize, strides, dilations, pad2, dimRoundingMode);
  let res;
  if (convInfo.filterWidth === 1 && convInfo.filterHeight === 1 && util_exports.arraysEqual(convInfo.inShape, convInfo.outShape)) {
    res = identity({ inputs: { x }, backend: backend2 });
  } else {
    const xValues = backend2.data.get(x.dataId).values;
    const strides2 = util_exports.computeStrides(x.shape);
    const buffer2 = pool(xValues, x.shape, x.dtype, strides2, convInfo, "avg");
    res = backend2.makeTensorInfo(convInfo.outShape, x.dtype, buffer2.values);
  }
  return res;
}
var avgPoolConfig = {
  kernelName: AvgPool,
  backendName: "cpu",
  kernelFunc: avgPool2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3D.js
function avgPool3D(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { filterSize, strides, pad: pad2, dimRoundingMode, dataFormat } = attrs;
  assertNotComplex(x, "avgPool3d");
  const convInfo = backend_util_exports.computePool3DInfo(x.shape, filterSize, strides, 1, pad2, dimRoundingMode, dataFormat);
  const xValues = backend2.data.get(x.dataId).values;
  const outBuf = pool3d2(xValues, x.shape, x.dtype, util_exports.computeStrides(x.shape), convInfo, "avg");
  return backend2.makeTensorInfo(outBuf.shape, "float32", outBuf.values);
}
var avgPool3DConfig = {
  kernelName: AvgPool3D,
  backendName: "cpu",
  kernelFunc: avgPool3D
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3DGrad.js
function avgPool3DGrad(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { dy, input: input2 } = inputs;
  const { filterSize, strides, pad: pad2, dimRoundingMode } = attrs;
  assertNotComplex([dy, input2], "avgPool3DGrad");
  const convInfo = backend_util_exports.computePool3DInfo(input2.shape, filterSize, strides, 1, pad2, dimRoundingMode);
  const strideDepth = convInfo.strideDepth;
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const filterDepth = convInfo.filterDepth;
  const filterHeight = convInfo.filterHeight;
  const filterWidth = convInfo.filterWidth;
  const dilationDepth = convInfo.dilationDepth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const effectiveFilterDepth = convInfo.effectiveFilterDepth;
  const effectiveFilterHeight = convInfo.effectiveFilterHeight;
  const effectiveFilterWidth = convInfo.effectiveFilterWidth;
  const padFront = effectiveFilterDepth - 1 - convInfo.padInfo.front;
  const padLeft = effectiveFilterWidth - 1 - convInfo.padInfo.left;
  const padTop = effectiveFilterHeight - 1 - convInfo.padInfo.top;
  const dx = buffer(input2.shape, "float32");
  const avgMultiplier = 1 / (filterDepth * filterHeight * filterWidth);
  const dyBuf = backend2.bufferSync(dy);
  for (let batch = 0; batch < convInfo.batchSize; ++batch) {
    for (let channel = 0; channel < convInfo.inChannels; ++channel) {
      for (let dxDepth = 0; dxDepth < convInfo.inDepth; ++dxDepth) {
        for (let dxRow = 0; dxRow < convInfo.inHeight; ++dxRow) {
          for (let dxCol = 0; dxCol < convInfo.inWidth; ++dxCol) {
            const dyDepthCorner = dxDepth - padFront;
            const dyRowCorner = dxRow - padTop;
            const dyColCorner = dxCol - padLeft;
            let dotProd = 0;
            for (let wDepth = 0; wDepth < effectiveFilterDepth; wDepth += dilationDepth) {
              const dyDepth = (dyDepthCorner + wDepth) / strideDepth;
              if (dyDepth < 0 || dyDepth >= convInfo.outDepth || Math.floor(dyDepth) !== dyDepth) {
                continue;
              }
              for (let wRow = 0; wRow < effectiveFilterHeight; wRow += dilationHeight) {
                const dyRow = (dyRowCorner + wRow) / strideHeight;
                if (dyRow < 0 || dyRow >= convInfo.outHeight || Math.floor(dyRow) !== dyRow) {
                  continue;
                }
                for (let wCol = 0; wCol < effectiveFilterWidth; wCol += dilationWidth) {
                  const dyCol = (dyColCorner + wCol) / strideWidth;
                  if (dyCol < 0 || dyCol >= convInfo.outWidth || Math.floor(dyCol) !== dyCol) {
                    continue;
                  }
                  const pixel = dyBuf.get(batch, dyDepth, dyRow, dyCol, channel);
                  dotProd += pixel;
                }
              }
            }
            dx.set(dotProd * avgMultiplier, batch, dxDepth, dxRow, dxCol, channel);
          }
        }
      }
    }
  }
  return backend2.makeTensorInfo(dx.shape, dx.dtype, dx.values);
}
var avgPool3DGradConfig2 = {
  kernelName: AvgPool3DGrad,
  backendName: "cpu",
  kernelFunc: avgPool3DGrad
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPoolGrad.js
function avgPoolGrad2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { dy, input: input2 } = inputs;
  const x = input2;
  assertNotComplex([dy, input2], "avgPoolGrad");
  const { filterSize, strides, pad: pad2 } = attrs;
  const convInfo = backend_util_exports.computePool2DInfo(x.shape, filterSize, strides, 1, pad2);
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const filterHeight = convInfo.filterHeight;
  const filterWidth = convInfo.filterWidth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const effectiveFilterHeight = convInfo.effectiveFilterHeight;
  const effectiveFilterWidth = convInfo.effectiveFilterWidth;
  const padLeft = effectiveFilterWidth - 1 - convInfo.padInfo.left;
  const padTop = effectiveFilterHeight - 1 - convInfo.padInfo.top;
  const dx = buffer(x.shape, "float32");
  const avgMultiplier = 1 / (filterHeight * filterWidth);
  const dyData = backend2.data.get(dy.dataId).values;
  const dyBuf = buffer(dy.shape, "float32", dyData);
  for (let b = 0; b < convInfo.batchSize; ++b) {
    for (let d = 0; d < convInfo.inChannels; ++d) {
      for (let dxR = 0; dxR < convInfo.inHeight; ++dxR) {
        for (let dxC = 0; dxC < convInfo.inWidth; ++dxC) {
          const dyRCorner = dxR - padTop;
          const dyCCorner = dxC - padLeft;
          let dotProd = 0;
          for (let wR = 0; wR < effectiveFilterHeight; wR += dilationHeight) {
            const dyR = (dyRCorner + wR) / strideHeight;
            if (dyR < 0 || dyR >= convInfo.outHeight || Math.floor(dyR) !== dyR) {
              continue;
            }
            for (let wC = 0; wC < effectiveFilterWidth; wC += dilationWidth) {
              const dyC = (dyCCorner + wC) / strideWidth;
              if (dyC < 0 || dyC >= convInfo.outWidth || Math.floor(dyC) !== dyC) {
                continue;
              }
              const pixel = dyBuf.get(b, dyR, dyC, d);
              dotProd += pixel;
            }
          }
          dx.set(dotProd * avgMultiplier, b, dxR, dxC, d);
        }
      }
    }
  }
  return backend2.makeTensorInfo(dx.shape, dx.dtype, dx.values);
}
var avgPoolGradConfig2 = {
  kernelName: AvgPoolGrad,
  backendName: "cpu",
  kernelFunc: avgPoolGrad2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/BatchNorm.js
function batchNorm(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, scale: scale2, offset: offset2, mean: mean3, variance } = inputs;
  util_exports.assert(mean3.shape.length === variance.shape.length, () => "Batch normalization gradient requires mean and variance to have equal ranks.");
  util_exports.assert(offset2 == null || mean3.shape.length === offset2.shape.length, () => "Batch normalization gradient requires mean and offset to have equal ranks.");
  util_exports.assert(scale2 == null || mean3.shape.length === scale2.shape.length, () => "Batch normalization gradient requires mean and scale to have equal ranks.");
  assertNotComplex([x, mean3, variance, scale2, offset2], "batchNorm");
  let { varianceEpsilon } = attrs;
  if (varianceEpsilon == null) {
    varianceEpsilon = 1e-3;
  }
  const xVals = backend2.data.get(x.dataId).values;
  const mVals = backend2.data.get(mean3.dataId).values;
  const varVals = backend2.data.get(variance.dataId).values;
  const sVals = scale2 ? backend2.data.get(scale2.dataId).values : new Float32Array([1]);
  const offVals = offset2 ? backend2.data.get(offset2.dataId).values : new Float32Array([0]);
  const outVals = new Float32Array(xVals.length);
  const offValsLength = offVals.length;
  const sValsLength = sVals.length;
  const varValsLength = varVals.length;
  const mValsLength = mVals.length;
  let offi = 0;
  let mi = 0;
  let si = 0;
  let vi = 0;
  for (let i = 0; i < xVals.length; ++i) {
    outVals[i] = offVals[offi++] + (xVals[i] - mVals[mi++]) * sVals[si++] / Math.sqrt(varVals[vi++] + varianceEpsilon);
    if (offi >= offValsLength) {
      offi = 0;
    }
    if (mi >= mValsLength) {
      mi = 0;
    }
    if (si >= sValsLength) {
      si = 0;
    }
    if (vi >= varValsLength) {
      vi = 0;
    }
  }
  return backend2.makeTensorInfo(x.shape, x.dtype, outVals);
}
var batchNormConfig = {
  kernelName: FusedBatchNorm,
  backendName: "cpu",
  kernelFunc: batchNorm
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/BatchToSpaceND.js
function batchToSpaceND2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { blockShape, crops } = attrs;
  assertNotComplex([x], "batchToSpaceND");
  const prod = blockShape.reduce((a, b) => a * b);
  const reshaped = backend_util_exports.getReshaped(x.shape, blockShape, prod);
  const permuted = backend_util_exports.getPermuted(reshaped.length, blockShape.length);
  const reshapedPermuted = backend_util_exports.getReshapedPermuted(x.shape, blockShape, prod);
  const sliceBeginCoords = backend_util_exports.getSliceBeginCoords(crops, blockShape.length);
  const sliceSize = backend_util_exports.getSliceSize(reshapedPermuted, crops, blockShape.length);
  const xReshaped = reshape3({ inputs: { x }, backend: backend2, attrs: { shape: reshaped } });
  const xTransposed = transpose2({ inputs: { x: xReshaped }, backend: backend2, attrs: { perm: permuted } });
  const xTransposedReshaped = reshape3({ inputs: { x: xTransposed }, backend: backend2, attrs: { shape: reshapedPermuted } });
  const result = slice2({
    inputs: { x: xTransposedReshaped },
    backend: backend2,
    attrs: { begin: sliceBeginCoords, size: sliceSize }
  });
  backend2.disposeIntermediateTensorInfo(xReshaped);
  backend2.disposeIntermediateTensorInfo(xTransposed);
  backend2.disposeIntermediateTensorInfo(xTransposedReshaped);
  return result;
}
var batchToSpaceNDConfig = {
  kernelName: BatchToSpaceND,
  backendName: "cpu",
  kernelFunc: batchToSpaceND2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount.js
function bincount(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, weights } = inputs;
  const { size } = attrs;
  const xVals = backend2.data.get(x.dataId).values;
  const weightsVals = backend2.data.get(weights.dataId).values;
  const outVals = bincountImpl(xVals, weightsVals, weights.dtype, weights.shape, size);
  return backend2.makeTensorInfo([size], weights.dtype, outVals);
}
var bincountConfig = {
  kernelName: Bincount,
  backendName: "cpu",
  kernelFunc: bincount
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/BroadcastArgs.js
function broadcastArgs(args) {
  const { inputs, backend: backend2 } = args;
  const { s0, s1 } = inputs;
  const s0Vals = backend2.data.get(s0.dataId).values;
  const s1Vals = backend2.data.get(s1.dataId).values;
  const broadcastShape = backend_util_exports.assertAndGetBroadcastShape(Array.from(s0Vals), Array.from(s1Vals));
  return backend2.makeTensorInfo([broadcastShape.length], "int32", Int32Array.from(broadcastShape));
}
var broadcastArgsConfig = {
  kernelName: BroadcastArgs,
  backendName: "cpu",
  kernelFunc: broadcastArgs
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ClipByValue.js
var clipByValue2 = unaryKernelFunc(ClipByValue, (xi, attrs) => {
  const clipAttrs = attrs;
  if (xi > clipAttrs.clipValueMax) {
    return clipAttrs.clipValueMax;
  }
  return xi < clipAttrs.clipValueMin ? clipAttrs.clipValueMin : xi;
});
var clipByValueConfig = {
  kernelName: ClipByValue,
  backendName: "cpu",
  kernelFunc: clipByValue2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ComplexAbs.js
var complexAbs = (args) => {
  const { x } = args.inputs;
  const cpuBackend = args.backend;
  const resultValues = new Float32Array(util_exports.sizeFromShape(x.shape));
  const complexVals = cpuBackend.data.get(x.dataId);
  const real2 = complexVals.complexTensorInfos.real;
  const imag2 = complexVals.complexTensorInfos.imag;
  const realVals = cpuBackend.data.get(real2.dataId).values;
  const imagVals = cpuBackend.data.get(imag2.dataId).values;
  for (let i = 0; i < realVals.length; i++) {
    const real3 = realVals[i];
    const imag3 = imagVals[i];
    resultValues[i] = Math.hypot(real3, imag3);
  }
  return cpuBackend.makeOutput(resultValues, x.shape, "float32");
};
var complexAbsConfig = {
  kernelName: ComplexAbs,
  backendName: "cpu",
  kernelFunc: complexAbs
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Imag.js
function imag(args) {
  const { inputs, backend: backend2 } = args;
  const { input: input2 } = inputs;
  const imag2 = backend2.data.get(input2.dataId).complexTensorInfos.imag;
  const imagVal = backend2.data.get(imag2.dataId).values;
  return backend2.makeTensorInfo(imag2.shape, imag2.dtype, imagVal);
}
var imagConfig = {
  kernelName: Imag,
  backendName: "cpu",
  kernelFunc: imag
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Concat.js
function concat2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { axis } = attrs;
  const $axis = util_exports.parseAxisParam(axis, inputs[0].shape)[0];
  const shapes = inputs.map((t) => t.shape);
  backend_util_exports.assertParamsConsistent(shapes, $axis);
  let outShape = backend_util_exports.computeOutShape(inputs.map((t) => t.shape), $axis);
  if (util_exports.sizeFromShape(outShape) === 0) {
    return backend2.makeTensorInfo(outShape, inputs[0].dtype, []);
  }
  const $inputs = inputs.filter((t) => util_exports.sizeFromShape(t.shape) > 0);
  if ($inputs.length === 1) {
    return identity({ inputs: { x: $inputs[0] }, backend: backend2 });
  }
  if ($inputs[0].dtype === "complex64") {
    const reals = $inputs.map((t) => real({ inputs: { input: t }, backend: backend2 }));
    const imags = $inputs.map((t) => imag({ inputs: { input: t }, backend: backend2 }));
    const realConcated = concat2({ inputs: reals, backend: backend2, attrs: { axis: $axis } });
    const imagConcated = concat2({ inputs: imags, backend: backend2, attrs: { axis: $axis } });
    const result = complex({ inputs: { real: realConcated, imag: imagConcated }, backend: backend2 });
    reals.forEach((r) => backend2.disposeIntermediateTensorInfo(r));
    imags.forEach((i) => backend2.disposeIntermediateTensorInfo(i));
    backend2.disposeIntermediateTensorInfo(realConcated);
    backend2.disposeIntermediateTensorInfo(imagConcated);
    return result;
  }
  const inputs2D = $inputs.map((t) => {
    const innerSize = util_exports.sizeFromShape(t.shape.slice($axis));
    const shape = [-1, innerSize];
    return reshape3({ inputs: { x: t }, backend: backend2, attrs: { shape } });
  });
  const inputsValShapes = inputs2D.map((t) => {
    return { vals: backend2.data.get(t.dataId).values, shape: t.shape };
  });
  outShape = backend_util_exports.computeOutShape(
    inputs2D.map((t) => t.shape),
    1
    /* axis */
  );
  const simplyConcat = inputs2D[0].shape[0] === 1;
  const outVals = concatImpl(inputsValShapes, outShape, inputs[0].dtype, simplyConcat);
  const finalOutShape = backend_util_exports.computeOutShape($inputs.map((t) => t.shape), $axis);
  const outInfo = backend2.makeTensorInfo(finalOutShape, inputs[0].dtype, outVals);
  inputs2D.forEach((t) => backend2.disposeIntermediateTensorInfo(t));
  return outInfo;
}
var concatConfig = {
  kernelName: Concat,
  backendName: "cpu",
  kernelFunc: concat2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2D.js
function conv2D(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, filter } = inputs;
  const { strides, pad: pad2, dataFormat, dilations, dimRoundingMode } = attrs;
  assertNotComplex([x, filter], "conv2d");
  const $dataFormat = backend_util_exports.convertConv2DDataFormat(dataFormat);
  const convInfo = backend_util_exports.computeConv2DInfo(x.shape, filter.shape, strides, dilations, pad2, dimRoundingMode, false, $dataFormat);
  const filterHeight = convInfo.filterHeight;
  const filterWidth = convInfo.filterWidth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const padLeft = convInfo.padInfo.left;
  const padTop = convInfo.padInfo.top;
  const isChannelsLast = convInfo.dataFormat === "channelsLast";
  const y = new TensorBuffer(convInfo.outShape, x.dtype);
  const xStrides = util_exports.computeStrides(x.shape);
  const filterStrides = util_exports.computeStrides(filter.shape);
  const xBatchStride = xStrides[0];
  const xRowStride = isChannelsLast ? xStrides[1] : xStrides[2];
  const xColStride = isChannelsLast ? xStrides[2] : 1;
  const xChannelStride = isChannelsLast ? 1 : xStrides[1];
  const yBatchStride = y.strides[0];
  const yRowStride = isChannelsLast ? y.strides[1] : y.strides[2];
  const yColStride = isChannelsLast ? y.strides[2] : 1;
  const yChannelStride = isChannelsLast ? 1 : y.strides[1];
  const xVals = backend2.data.get(x.dataId).values;
  const wVals = backend2.data.get(filter.dataId).values;
  const yVals = y.values;
  for (let b = 0; b < convInfo.batchSize; ++b) {
    const xOffset1 = b * xBatchStride;
    const yOffset1 = b * yBatchStride;
    for (let yR = 0; yR < convInfo.outHeight; ++yR) {
      const yOffset2 = yOffset1 + yR * yRowStride;
      const xRCorner = yR * convInfo.strideHeight - padTop;
      for (let wR = 0; wR < filterHeight; ++wR) {
        const xR = xRCorner + wR * dilationHeight;
        if (xR < 0 || xR >= convInfo.inHeight) {
          continue;
        }
        const wOffset1 = wR * filterStrides[0];
        const xOffset2 = xOffset1 + xR * xRowStride;
        for (let yC = 0; yC < convInfo.outWidth; ++yC) {
          const yOffset3 = yOffset2 + yC * yColStride;
          const xCCorner = yC * convInfo.strideWidth - padLeft;
          for (let wC = 0; wC < filterWidth; ++wC) {
            const xC = xCCorner + wC * dilationWidth;
            if (xC < 0 || xC >= convInfo.inWidth) {
              continue;
            }
            const wOffset2 = wOffset1 + wC * filterStrides[1];
            const xOffset3 = xOffset2 + xC * xColStride;
            let wOffset3 = wOffset2;
            for (let d1 = 0; d1 < convInfo.inChannels; ++d1) {
              const xVal = xVals[xOffset3 + d1 * xChannelStride];
              for (let d2 = 0; d2 < convInfo.outChannels; ++d2) {
                yVals[yOffset3 + d2 * yChannelStride] += xVal * wVals[wOffset3 + d2];
              }
              wOffset3 += convInfo.outChannels;
            }
          }
        }
      }
    }
  }
  return backend2.makeTensorInfo(y.shape, y.dtype, yVals);
}
var conv2DConfig = {
  kernelName: Conv2D,
  backendName: "cpu",
  kernelFunc: conv2D
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropFilter.js
function conv2DBackpropFilter2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, dy } = inputs;
  const { strides, pad: pad2, dataFormat, dimRoundingMode, filterShape } = attrs;
  assertNotComplex([x, dy], "conv2dBackpropFilter");
  const $dataFormat = backend_util_exports.convertConv2DDataFormat(dataFormat);
  const convInfo = backend_util_exports.computeConv2DInfo(x.shape, filterShape, strides, 1, pad2, dimRoundingMode, false, $dataFormat);
  const { strideHeight, strideWidth, filterHeight, filterWidth } = convInfo;
  const isChannelsLast = convInfo.dataFormat === "channelsLast";
  const dW = new TensorBuffer(convInfo.filterShape, "float32");
  const leftPad = convInfo.padInfo.left;
  const topPad = convInfo.padInfo.top;
  const xVals = backend2.data.get(x.dataId).values;
  const dyVals = backend2.data.get(dy.dataId).values;
  const xBuf = new TensorBuffer(x.shape, x.dtype, xVals);
  const dyBuf = new TensorBuffer(dy.shape, dy.dtype, dyVals);
  for (let wR = 0; wR < filterHeight; ++wR) {
    const yRMin = Math.max(0, Math.ceil((topPad - wR) / strideHeight));
    const yRMax = Math.min(convInfo.outHeight, (convInfo.inHeight + topPad - wR) / strideHeight);
    for (let wC = 0; wC < filterWidth; ++wC) {
      const yCMin = Math.max(0, Math.ceil((leftPad - wC) / strideWidth));
      const yCMax = Math.min(convInfo.outWidth, (convInfo.inWidth + leftPad - wC) / strideWidth);
      for (let d1 = 0; d1 < convInfo.inChannels; ++d1) {
        for (let d2 = 0; d2 < convInfo.outChannels; ++d2) {
          let dotProd = 0;
          for (let b = 0; b < convInfo.batchSize; ++b) {
            for (let yR = yRMin; yR < yRMax; ++yR) {
              const xR = wR + yR * strideHeight - topPad;
              for (let yC = yCMin; yC < yCMax; ++yC) {
                const xC = wC + yC * strideWidth - leftPad;
                if (isChannelsLast) {
                  dotProd += xBuf.get(b, xR, xC, d1) * dyBuf.get(b, yR, yC, d2);
                } else {
                  dotProd += xBuf.get(b, d1, xR, xC) * dyBuf.get(b, d2, yR, yC);
                }
              }
            }
          }
          dW.set(dotProd, wR, wC, d1, d2);
        }
      }
    }
  }
  return backend2.makeTensorInfo(dW.shape, dW.dtype, dW.values);
}
var conv2DBackpropFilterConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: "cpu",
  kernelFunc: conv2DBackpropFilter2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropInput.js
function conv2DBackpropInput2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { dy, filter } = inputs;
  const { inputShape, strides, pad: pad2, dataFormat, dimRoundingMode } = attrs;
  assertNotComplex([dy, filter], "conv2dBackpropInput");
  const filterStrides = util_exports.computeStrides(filter.shape);
  const dyStrides = util_exports.computeStrides(dy.shape);
  let $dataFormat = backend_util_exports.convertConv2DDataFormat(dataFormat);
  const convInfo = backend_util_exports.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad2, dimRoundingMode, false, $dataFormat);
  const dx = new TensorBuffer(convInfo.inShape, "float32");
  const dxValues = dx.values;
  const dyValues = backend2.data.get(dy.dataId).values;
  const fltValues = backend2.data.get(filter.dataId).values;
  const [fltS0, fltS1, fltS2] = filterStrides;
  const { batchSize, filterHeight, filterWidth, inChannels, inHeight, inWidth, outChannels, outHeight, outWidth, strideHeight, strideWidth } = convInfo;
  $dataFormat = convInfo.dataFormat;
  const topPad = filterHeight - 1 - convInfo.padInfo.top;
  const leftPad = filterWidth - 1 - convInfo.padInfo.left;
  const isChannelsLast = $dataFormat === "channelsLast";
  const xBatchStride = dx.strides[0];
  const xRowStride = isChannelsLast ? dx.strides[1] : dx.strides[2];
  const xColStride = isChannelsLast ? dx.strides[2] : 1;
  const xChannelStride = isChannelsLast ? 1 : dx.strides[1];
  const yBatchStride = dyStrides[0];
  const yRowStride = isChannelsLast ? dyStrides[1] : dyStrides[2];
  const yColStride = isChannelsLast ? dyStrides[2] : 1;
  const yChannelStride = isChannelsLast ? 1 : dyStrides[1];
  for (let b = 0; b < batchSize; ++b) {
    for (let d1 = 0; d1 < inChannels; ++d1) {
      for (let xR = 0; xR < inHeight; ++xR) {
        const xRCorner = xR - topPad;
        const xRMin = Math.max(0, Math.ceil(xRCorner / strideHeight));
        const yRMax = Math.min(outHeight, (filterHeight + xRCorner) / strideHeight);
        for (let xC = 0; xC < inWidth; ++xC) {
          const xCCorner = xC - leftPad;
          const xCMin = Math.max(0, Math.ceil(xCCorner / strideWidth));
          const yCMax = Math.min(outWidth, (filterWidth + xCCorner) / strideWidth);
          let dotProd = 0;
          for (let yR = xRMin; yR < yRMax; ++yR) {
            const wR = yR * strideHeight - xRCorner;
            for (let yC = xCMin; yC < yCMax; ++yC) {
              const wC = yC * strideWidth - xCCorner;
              const dyOffset = yBatchStride * b + yRowStride * yR + yColStride * yC;
              const fltOffset = fltS0 * (filterHeight - 1 - wR) + fltS1 * (filterWidth - 1 - wC) + fltS2 * d1;
              for (let d2 = 0; d2 < outChannels; ++d2) {
                const pixel = dyValues[dyOffset + yChannelStride * d2];
                const weight = fltValues[fltOffset + d2];
                dotProd += pixel * weight;
              }
            }
          }
          const dxOffset = xBatchStride * b + xRowStride * xR + xColStride * xC + xChannelStride * d1;
          dxValues[dxOffset] = dotProd;
        }
      }
    }
  }
  return backend2.makeTensorInfo(dx.shape, dx.dtype, dx.values);
}
var conv2DBackpropInputConfig = {
  kernelName: Conv2DBackpropInput,
  backendName: "cpu",
  kernelFunc: conv2DBackpropInput2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3D.js
function conv3D(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, filter } = inputs;
  const { strides, pad: pad2, dilations } = attrs;
  assertNotComplex([x, filter], "conv3d");
  const convInfo = backend_util_exports.computeConv3DInfo(x.shape, filter.shape, strides, dilations, pad2);
  const { filterDepth, filterHeight, filterWidth, dilationDepth, dilationHeight, dilationWidth, padInfo } = convInfo;
  const padFront = padInfo.front;
  const padLeft = padInfo.left;
  const padTop = padInfo.top;
  const y = new TensorBuffer(convInfo.outShape, x.dtype);
  const xVals = backend2.data.get(x.dataId).values;
  const wVals = backend2.data.get(filter.dataId).values;
  const yVals = y.values;
  const xStrides = util_exports.computeStrides(x.shape);
  const filterStrides = util_exports.computeStrides(filter.shape);
  for (let b = 0; b < convInfo.batchSize; ++b) {
    const xOffset1 = b * xStrides[0];
    const yOffset1 = b * y.strides[0];
    for (let yF = 0; yF < convInfo.outDepth; ++yF) {
      const yOffset2 = yOffset1 + yF * y.strides[1];
      const xFCorner = yF * convInfo.strideDepth - padFront;
      for (let wF = 0; wF < filterDepth; ++wF) {
        const xF = xFCorner + wF * dilationDepth;
        if (xF < 0 || xF >= convInfo.inDepth) {
          continue;
        }
        const wOffset1 = wF * filterStrides[0];
        const xOffset2 = xOffset1 + xF * xStrides[1];
        for (let yR = 0; yR < convInfo.outHeight; ++yR) {
          const yOffset3 = yOffset2 + yR * y.strides[2];
          const xRCorner = yR * convInfo.strideHeight - padTop;
          for (let wR = 0; wR < filterHeight; ++wR) {
            const xR = xRCorner + wR * dilationHeight;
            if (xR < 0 || xR >= convInfo.inHeight) {
              continue;
            }
            const wOffset2 = wOffset1 + wR * filterStrides[1];
            const xOffset3 = xOffset2 + xR * xStrides[2];
            for (let yC = 0; yC < convInfo.outWidth; ++yC) {
              const yOffset4 = yOffset3 + yC * convInfo.outChannels;
              const xCCorner = yC * convInfo.strideWidth - padLeft;
              for (let wC = 0; wC < filterWidth; ++wC) {
                const xC = xCCorner + wC * dilationWidth;
                if (xC < 0 || xC >= convInfo.inWidth) {
                  continue;
                }
                const wOffset3 = wOffset2 + wC * filterStrides[2];
                const xOffset4 = xOffset3 + xC * convInfo.inChannels;
                let wOffset4 = wOffset3;
                for (let d1 = 0; d1 < convInfo.inChannels; ++d1) {
                  const xVal = xVals[xOffset4 + d1];
                  for (let d2 = 0; d2 < convInfo.outChannels; ++d2) {
                    yVals[yOffset4 + d2] += xVal * wVals[wOffset4 + d2];
                  }
                  wOffset4 += convInfo.outChannels;
                }
              }
            }
          }
        }
      }
    }
  }
  return backend2.makeTensorInfo(y.shape, y.dtype, y.values);
}
var conv3DConfig = {
  kernelName: Conv3D,
  backendName: "cpu",
  kernelFunc: conv3D
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropFilterV2.js
function conv3DBackpropFilterV2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, dy } = inputs;
  const { strides, pad: pad2, filterShape } = attrs;
  assertNotComplex([x, dy], "conv3dBackpropFilterV2");
  const xStrides = util_exports.computeStrides(x.shape);
  const dyStrides = util_exports.computeStrides(dy.shape);
  const convInfo = backend_util_exports.computeConv3DInfo(x.shape, filterShape, strides, 1, pad2);
  const strideDepth = convInfo.strideDepth;
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const filterDepth = convInfo.filterDepth;
  const filterHeight = convInfo.filterHeight;
  const filterWidth = convInfo.filterWidth;
  const dw = new TensorBuffer(convInfo.filterShape, "float32");
  const dwValues = dw.values;
  const [dwS0, dwS1, dwS2, dwS3] = dw.strides;
  const dyValues = backend2.data.get(dy.dataId).values;
  const [dyS0, dyS1, dyS2, dyS3] = dyStrides;
  const xValues = backend2.data.get(x.dataId).values;
  const [xS0, xS1, xS2, xS3] = xStrides;
  const frontPad = convInfo.padInfo.front;
  const leftPad = convInfo.padInfo.left;
  const topPad = convInfo.padInfo.top;
  for (let wF = 0; wF < filterDepth; ++wF) {
    const yFMin = Math.max(0, Math.ceil((frontPad - wF) / strideDepth));
    const yFMax = Math.min(convInfo.outDepth, (convInfo.inDepth + frontPad - wF) / strideDepth);
    const wOffset1 = wF * dwS0;
    for (let wR = 0; wR < filterHeight; ++wR) {
      const yRMin = Math.max(0, Math.ceil((topPad - wR) / strideHeight));
      const yRMax = Math.min(convInfo.outHeight, (convInfo.inHeight + topPad - wR) / strideHeight);
      const wOffset2 = wR * dwS1 + wOffset1;
      for (let wC = 0; wC < filterWidth; ++wC) {
        const yCMin = Math.max(0, Math.ceil((leftPad - wC) / strideWidth));
        const yCMax = Math.min(convInfo.outWidth, (convInfo.inWidth + leftPad - wC) / strideWidth);
        const wOffset3 = wC * dwS2 + wOffset2;
        for (let d1 = 0; d1 < convInfo.inChannels; ++d1) {
          const wOffset4 = d1 * dwS3 + wOffset3;
          for (let d2 = 0; d2 < convInfo.outChannels; ++d2) {
            let dotProd = 0;
            for (let b = 0; b < convInfo.batchSize; ++b) {
              const xOffset1 = b * xS0;
              const yOffset1 = b * dyS0;
              for (let yF = yFMin; yF < yFMax; ++yF) {
                const xF = wF + yF * strideDepth - frontPad;
                const xOffset2 = xF * xS1 + xOffset1;
                const yOffset2 = yF * dyS1 + yOffset1;
                for (let yR = yRMin; yR < yRMax; ++yR) {
                  const xR = wR + yR * strideHeight - topPad;
                  const xOffset3 = xR * xS2 + xOffset2;
                  const yOffset3 = yR * dyS2 + yOffset2;
                  for (let yC = yCMin; yC < yCMax; ++yC) {
                    const xC = wC + yC * strideWidth - leftPad;
                    const xOffset4 = xC * xS3 + xOffset3;
                    const yOffset4 = yC * dyS3 + yOffset3;
                    dotProd += xValues[xOffset4 + d1] * dyValues[yOffset4 + d2];
                  }
                }
              }
            }
            dwValues[wOffset4 + d2] = dotProd;
          }
        }
      }
    }
  }
  return backend2.makeTensorInfo(dw.shape, dw.dtype, dw.values);
}
var conv3DBackpropFilterV2Config = {
  kernelName: Conv3DBackpropFilterV2,
  backendName: "cpu",
  kernelFunc: conv3DBackpropFilterV2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropInputV2.js
function conv3DBackpropInputV2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { dy, filter } = inputs;
  const { pad: pad2, strides, inputShape } = attrs;
  assertNotComplex([dy], "conv3dBackpropInputV2");
  const dyStrides = util_exports.computeStrides(dy.shape);
  const filterStrides = util_exports.computeStrides(filter.shape);
  const convInfo = backend_util_exports.computeConv3DInfo(inputShape, filter.shape, strides, 1, pad2);
  const dx = new TensorBuffer(convInfo.inShape, "float32");
  const dxValues = dx.values;
  const [dxS0, dxS1, dxS2, dxS3] = dx.strides;
  const dyValues = backend2.data.get(dy.dataId).values;
  const [dyS0, dyS1, dyS2, dyS3] = dyStrides;
  const fltValues = backend2.data.get(filter.dataId).values;
  const [fltS0, fltS1, fltS2, fltS3] = filterStrides;
  const { batchSize, filterDepth, filterHeight, filterWidth, inChannels, inDepth, inHeight, inWidth, outChannels, outDepth, outHeight, outWidth, strideDepth, strideHeight, strideWidth } = convInfo;
  const frontPad = filterDepth - 1 - convInfo.padInfo.front;
  const topPad = filterHeight - 1 - convInfo.padInfo.top;
  const leftPad = filterWidth - 1 - convInfo.padInfo.left;
  for (let b = 0; b < batchSize; ++b) {
    for (let d1 = 0; d1 < inChannels; ++d1) {
      for (let xF = 0; xF < inDepth; ++xF) {
        const xFCorner = xF - frontPad;
        const xFMin = Math.max(0, Math.ceil(xFCorner / strideDepth));
        const yFMax = Math.min(outDepth, (filterDepth + xFCorner) / strideDepth);
        for (let xR = 0; xR < inHeight; ++xR) {
          const xRCorner = xR - topPad;
          const xRMin = Math.max(0, Math.ceil(xRCorner / strideHeight));
          const yRMax = Math.min(outHeight, (filterHeight + xRCorner) / strideHeight);
          for (let xC = 0; xC < inWidth; ++xC) {
            const xCCorner = xC - leftPad;
            const xCMin = Math.max(0, Math.ceil(xCCorner / strideWidth));
            const yCMax = Math.min(outWidth, (filterWidth + xCCorner) / strideWidth);
            let dotProd = 0;
            for (let yF = xFMin; yF < yFMax; ++yF) {
              const wF = yF * strideDepth - xFCorner;
              for (let yR = xRMin; yR < yRMax; ++yR) {
                const wR = yR * strideHeight - xRCorner;
                for (let yC = xCMin; yC < yCMax; ++yC) {
                  const wC = yC * strideWidth - xCCorner;
                  const dyOffset = dyS0 * b + dyS1 * yF + dyS2 * yR + dyS3 * yC;
                  const fltOffset = fltS0 * (filterDepth - 1 - wF) + fltS1 * (filterHeight - 1 - wR) + fltS2 * (filterWidth - 1 - wC) + fltS3 * d1;
                  for (let d2 = 0; d2 < outChannels; ++d2) {
                    const pixel = dyValues[dyOffset + d2];
                    const weight = fltValues[fltOffset + d2];
                    dotProd += pixel * weight;
                  }
                }
              }
            }
            dxValues[dxS0 * b + dxS1 * xF + dxS2 * xR + dxS3 * xC + d1] = dotProd;
          }
        }
      }
    }
  }
  return backend2.makeTensorInfo(dx.shape, dx.dtype, dx.values);
}
var conv3DBackpropInputV2Config = {
  kernelName: Conv3DBackpropInputV2,
  backendName: "cpu",
  kernelFunc: conv3DBackpropInputV2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Cos.js
var cos2 = unaryKernelFunc(Cos, (xi) => Math.cos(xi));
var cosConfig = {
  kernelName: Cos,
  backendName: "cpu",
  kernelFunc: cos2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Cosh.js
var cosh2 = unaryKernelFunc(Cosh, (xi) => Math.cosh(xi));
var coshConfig = {
  kernelName: Cosh,
  backendName: "cpu",
  kernelFunc: cosh2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/CropAndResize.js
function cropAndResize2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { image: image2, boxes, boxInd } = inputs;
  const { cropSize, method, extrapolationValue } = attrs;
  const [batch, imageHeight, imageWidth, numChannels] = image2.shape;
  const numBoxes = boxes.shape[0];
  const [cropHeight, cropWidth] = cropSize;
  const output = buffer([numBoxes, cropHeight, cropWidth, numChannels], "float32");
  const boxVals = backend2.data.get(boxes.dataId).values;
  const boxIndVals = backend2.data.get(boxInd.dataId).values;
  const imageVals = backend2.data.get(image2.dataId).values;
  const inStride = util_exports.computeStrides(image2.shape);
  const outStride = util_exports.computeStrides(output.shape);
  for (let b = 0; b < numBoxes; b++) {
    const startInd = b * 4;
    const y1 = boxVals[startInd];
    const x1 = boxVals[startInd + 1];
    const y2 = boxVals[startInd + 2];
    const x2 = boxVals[startInd + 3];
    const bInd = boxIndVals[b];
    if (bInd >= batch) {
      continue;
    }
    const heightScale = cropHeight > 1 ? (y2 - y1) * (imageHeight - 1) / (cropHeight - 1) : 0;
    const widthScale = cropWidth > 1 ? (x2 - x1) * (imageWidth - 1) / (cropWidth - 1) : 0;
    for (let y = 0; y < cropHeight; y++) {
      const yInd = cropHeight > 1 ? y1 * (imageHeight - 1) + y * heightScale : 0.5 * (y1 + y2) * (imageHeight - 1);
      if (yInd < 0 || yInd > imageHeight - 1) {
        for (let x = 0; x < cropWidth; x++) {
          for (let c = 0; c < numChannels; c++) {
            const ind = c + x * outStride[2] + y * outStride[1] + b * outStride[0];
            output.values[ind] = extrapolationValue;
          }
        }
        continue;
      }
      if (method === "bilinear") {
        const topInd = Math.floor(yInd);
        const bottomInd = Math.ceil(yInd);
        const yLerp = yInd - topInd;
        for (let x = 0; x < cropWidth; x++) {
          const xInd = cropWidth > 1 ? x1 * (imageWidth - 1) + x * widthScale : 0.5 * (x1 + x2) * (imageWidth - 1);
          if (xInd < 0 || xInd > imageWidth - 1) {
            for (let c = 0; c < numChannels; c++) {
              const ind = c + x * outStride[2] + y * outStride[1] + b * outStride[0];
              output.values[ind] = extrapolationValue;
            }
            continue;
          }
          const leftInd = Math.floor(xInd);
          const rightInd = Math.ceil(xInd);
          const xLerp = xInd - leftInd;
          for (let c = 0; c < numChannels; c++) {
            let ind = c + leftInd * inStride[2] + topInd * inStride[1] + bInd * inStride[0];
            const topLeft = imageVals[ind];
            ind = c + rightInd * inStride[2] + topInd * inStride[1] + bInd * inStride[0];
            const topRight = imageVals[ind];
            ind = c + leftInd * inStride[2] + bottomInd * inStride[1] + bInd * inStride[0];
            const bottomLeft = imageVals[ind];
            ind = c + rightInd * inStride[2] + bottomInd * inStride[1] + bInd * inStride[0];
            const bottomRight = imageVals[ind];
            const top = topLeft + (topRight - topLeft) * xLerp;
            const bottom = bottomLeft + (bottomRight - bottomLeft) * xLerp;
            ind = c + x * outStride[2] + y * outStride[1] + b * outStride[0];
            output.values[ind] = top + (bottom - top) * yLerp;
          }
        }
      } else {
        for (let x = 0; x < cropWidth; ++x) {
          const xInd = cropWidth > 1 ? x1 * (imageWidth - 1) + x * widthScale : 0.5 * (x1 + x2) * (imageWidth - 1);
          if (xInd < 0 || xInd > imageWidth - 1) {
            for (let c = 0; c < numChannels; c++) {
              const ind = c + x * outStride[2] + y * outStride[1] + b * outStride[0];
              output.values[ind] = extrapolationValue;
            }
            continue;
          }
          const closestX = Math.round(xInd);
          const closestY = Math.round(yInd);
          for (let c = 0; c < numChannels; c++) {
            const inInd = c + closestX * inStride[2] + closestY * inStride[1] + bInd * inStride[0];
            const outInd = c + x * outStride[2] + y * outStride[1] + b * outStride[0];
            output.values[outInd] = imageVals[inInd];
          }
        }
      }
    }
  }
  return backend2.makeTensorInfo(output.shape, output.dtype, output.values);
}
var cropAndResizeConfig = {
  kernelName: CropAndResize,
  backendName: "cpu",
  kernelFunc: cropAndResize2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Cumprod.js
function cumprod2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis, exclusive, reverse: reverse3 } = attrs;
  assertNotComplex(x, "cumprod");
  const permutation = backend_util_exports.getAxesPermutation([axis], x.shape.length);
  let $x = x;
  if (permutation != null) {
    $x = transpose2({ inputs: { x }, backend: backend2, attrs: { perm: permutation } });
  }
  const permutedAxis = backend_util_exports.getInnerMostAxes(1, x.shape.length)[0];
  if (permutedAxis !== $x.shape.length - 1) {
    throw new Error(`backend.cumprod in CPU expects an inner-most axis=${$x.shape.length - 1} but got axis=${permutedAxis}`);
  }
  const resultDtype = upcastType($x.dtype, "int32");
  const vals = util_exports.makeOnesTypedArray(util_exports.sizeFromShape($x.shape), resultDtype);
  const aVals = backend2.data.get($x.dataId).values;
  const finalDim = $x.shape[$x.shape.length - 1];
  const indexAdjuster = reverse3 ? (i, j) => i + finalDim - j - 1 : (i, j) => i + j;
  for (let i = 0; i < aVals.length; i += finalDim) {
    for (let j = 0; j < finalDim; j++) {
      const idx = indexAdjuster(i, j);
      if (j === 0) {
        vals[idx] = exclusive ? 1 : aVals[idx];
      } else {
        const prevIdx = indexAdjuster(i, j - 1);
        vals[idx] = exclusive ? aVals[prevIdx] * vals[prevIdx] : aVals[idx] * vals[prevIdx];
      }
    }
  }
  const result = backend2.makeTensorInfo($x.shape, resultDtype, vals);
  if (permutation != null) {
    const reversePermutation = backend_util_exports.getUndoAxesPermutation(permutation);
    const reverseTransposedResult = transpose2({ inputs: { x: result }, backend: backend2, attrs: { perm: reversePermutation } });
    backend2.disposeIntermediateTensorInfo(result);
    backend2.disposeIntermediateTensorInfo($x);
    return reverseTransposedResult;
  }
  return result;
}
var cumprodConfig = {
  kernelName: Cumprod,
  backendName: "cpu",
  kernelFunc: cumprod2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Cumsum.js
function cumsum2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis, exclusive, reverse: reverse3 } = attrs;
  assertNotComplex(x, "cumsum");
  const permutation = backend_util_exports.getAxesPermutation([axis], x.shape.length);
  let $x = x;
  if (permutation != null) {
    $x = transpose2({ inputs: { x }, backend: backend2, attrs: { perm: permutation } });
  }
  const permutedAxis = backend_util_exports.getInnerMostAxes(1, x.shape.length)[0];
  if (permutedAxis !== $x.shape.length - 1) {
    throw new Error(`backend.cumsum in CPU expects an inner-most axis=${$x.shape.length - 1} but got axis=${permutedAxis}`);
  }
  const resultDtype = upcastType($x.dtype, "int32");
  const vals = util_exports.makeZerosTypedArray(util_exports.sizeFromShape($x.shape), resultDtype);
  const aVals = backend2.data.get($x.dataId).values;
  const finalDim = $x.shape[$x.shape.length - 1];
  const indexAdjuster = reverse3 ? (i, j) => i + finalDim - j - 1 : (i, j) => i + j;
  for (let i = 0; i < aVals.length; i += finalDim) {
    for (let j = 0; j < finalDim; j++) {
      const idx = indexAdjuster(i, j);
      if (j === 0) {
        vals[idx] = exclusive ? 0 : aVals[idx];
      } else {
        const prevIdx = indexAdjuster(i, j - 1);
        vals[idx] = exclusive ? aVals[prevIdx] + vals[prevIdx] : aVals[idx] + vals[prevIdx];
      }
    }
  }
  const result = backend2.makeTensorInfo($x.shape, resultDtype, vals);
  if (permutation != null) {
    const reversePermutation = backend_util_exports.getUndoAxesPermutation(permutation);
    const reverseTransposedResult = transpose2({ inputs: { x: result }, backend: backend2, attrs: { perm: reversePermutation } });
    backend2.disposeIntermediateTensorInfo(result);
    backend2.disposeIntermediateTensorInfo($x);
    return reverseTransposedResult;
  }
  return result;
}
var cumsumConfig = {
  kernelName: Cumsum,
  backendName: "cpu",
  kernelFunc: cumsum2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/DenseBincount.js
function denseBincount2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, weights } = inputs;
  const { size, binaryOutput } = attrs;
  if (x.shape.length === 1) {
    const xVals = backend2.data.get(x.dataId).values;
    const weightsVals = backend2.data.get(weights.dataId).values;
    const outVals = bincountImpl(xVals, weightsVals, weights.dtype, weights.shape, size);
    return backend2.makeTensorInfo([size], weights.dtype, outVals);
  } else if (x.shape.length === 2) {
    const xBuf = backend2.bufferSync(x);
    const weightsBuf = backend2.bufferSync(weights);
    const outBuf = bincountReduceImpl(xBuf, weightsBuf, size, binaryOutput);
    return backend2.makeTensorInfo(outBuf.shape, weights.dtype, outBuf.values);
  }
  throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${x.shape.length}.`);
}
var denseBincountConfig = {
  kernelName: DenseBincount,
  backendName: "cpu",
  kernelFunc: denseBincount2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/DepthToSpace.js
function depthToSpace(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { blockSize, dataFormat } = attrs;
  util_exports.assert(dataFormat === "NHWC", () => `Only NHWC dataFormat supported on CPU for depthToSpace. Got ${dataFormat}`);
  const batchSize = x.shape[0];
  const inputHeight = x.shape[1];
  const inputWidth = x.shape[2];
  const inputDepth = x.shape[3];
  const outputHeight = inputHeight * blockSize;
  const outputWidth = inputWidth * blockSize;
  const outputDepth = inputDepth / (blockSize * blockSize);
  const xValues = backend2.data.get(x.dataId).values;
  const result = new Float32Array(batchSize * outputHeight * outputWidth * outputDepth);
  let outputIdx = 0;
  for (let b = 0; b < batchSize; ++b) {
    for (let h = 0; h < outputHeight; ++h) {
      const inH = Math.floor(h / blockSize);
      const offsetH = h % blockSize;
      for (let w = 0; w < outputWidth; ++w) {
        const inW = Math.floor(w / blockSize);
        const offsetW = w % blockSize;
        const offsetD = (offsetH * blockSize + offsetW) * outputDepth;
        for (let d = 0; d < outputDepth; ++d) {
          const inD = d + offsetD;
          const inputIdx = inD + inputDepth * (inW + inputWidth * (inH + inputHeight * b));
          result[outputIdx++] = xValues[inputIdx];
        }
      }
    }
  }
  return backend2.makeTensorInfo([batchSize, outputHeight, outputWidth, outputDepth], x.dtype, result);
}
var depthToSpaceConfig = {
  kernelName: DepthToSpace,
  backendName: "cpu",
  kernelFunc: depthToSpace
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNative.js
function depthwiseConv2dNative(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, filter } = inputs;
  const { strides, pad: pad2, dilations, dimRoundingMode } = attrs;
  assertNotComplex([x, filter], "depthwiseConv2DNative");
  const xStrides = util_exports.computeStrides(x.shape);
  const filterStrides = util_exports.computeStrides(filter.shape);
  let $dilations = dilations;
  if ($dilations == null) {
    $dilations = [1, 1];
  }
  util_exports.assert(backend_util_exports.eitherStridesOrDilationsAreOne(strides, $dilations), () => `Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${strides} and dilations '${$dilations}'`);
  const convInfo = backend_util_exports.computeConv2DInfo(
    x.shape,
    filter.shape,
    strides,
    $dilations,
    pad2,
    dimRoundingMode,
    true
    /* depthwise */
  );
  const { filterHeight, filterWidth, dilationHeight, dilationWidth, padInfo } = convInfo;
  const padLeft = padInfo.left;
  const padTop = padInfo.top;
  const chMul = convInfo.outChannels / convInfo.inChannels;
  const y = new TensorBuffer(convInfo.outShape, x.dtype);
  const xVals = backend2.data.get(x.dataId).values;
  const wVals = backend2.data.get(filter.dataId).values;
  const yVals = y.values;
  for (let b = 0; b < convInfo.batchSize; ++b) {
    const xOffset1 = b * xStrides[0];
    const yOffset1 = b * y.strides[0];
    for (let yR = 0; yR < convInfo.outHeight; ++yR) {
      const yOffset2 = yOffset1 + yR * y.strides[1];
      const xRCorner = yR * convInfo.strideHeight - padTop;
      for (let wR = 0; wR < filterHeight; ++wR) {
        const xR = xRCorner + wR * dilationHeight;
        if (xR < 0 || xR >= convInfo.inHeight) {
          continue;
        }
        const wOffset1 = wR * filterStrides[0];
        const xOffset2 = xOffset1 + xR * xStrides[1];
        for (let yC = 0; yC < convInfo.outWidth; ++yC) {
          const yOffset3 = yOffset2 + yC * y.strides[2];
          const xCCorner = yC * convInfo.strideWidth - padLeft;
          for (let wC = 0; wC < filterWidth; ++wC) {
            const xC = xCCorner + wC * dilationWidth;
            if (xC < 0 || xC >= convInfo.inWidth) {
              continue;
            }
            const wOffset2 = wOffset1 + wC * filterStrides[1];
            const xOffset3 = xOffset2 + xC * convInfo.inChannels;
            let yOffset4 = yOffset3;
            let wOffset3 = wOffset2;
            for (let d1 = 0; d1 < convInfo.inChannels; ++d1) {
              const xVal = xVals[xOffset3 + d1];
              for (let q = 0; q < chMul; ++q) {
                yVals[yOffset4 + q] += xVal * wVals[wOffset3 + q];
              }
              yOffset4 += chMul;
              wOffset3 += chMul;
            }
          }
        }
      }
    }
  }
  return backend2.makeTensorInfo(y.shape, y.dtype, y.values);
}
var depthwiseConv2dNativeConfig = {
  kernelName: DepthwiseConv2dNative,
  backendName: "cpu",
  kernelFunc: depthwiseConv2dNative
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js
function depthwiseConv2dNativeBackpropFilter2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, dy } = inputs;
  const { strides, dilations, pad: pad2, dimRoundingMode, filterShape } = attrs;
  assertNotComplex([x, dy], "depthwiseConv2dNativeBackpropFilter");
  const convInfo = backend_util_exports.computeConv2DInfo(
    x.shape,
    filterShape,
    strides,
    dilations,
    pad2,
    dimRoundingMode,
    true
    /* depthwise */
  );
  const { strideHeight, strideWidth, filterHeight, filterWidth } = convInfo;
  const dW = new TensorBuffer(convInfo.filterShape, "float32");
  const leftPad = convInfo.padInfo.left;
  const topPad = convInfo.padInfo.top;
  const chMul = convInfo.outChannels / convInfo.inChannels;
  const xVals = backend2.data.get(x.dataId).values;
  const xBuf = new TensorBuffer(x.shape, x.dtype, xVals);
  const dyVals = backend2.data.get(dy.dataId).values;
  const dyBuf = new TensorBuffer(dy.shape, dy.dtype, dyVals);
  for (let wR = 0; wR < filterHeight; ++wR) {
    const yRMin = Math.max(0, Math.ceil((topPad - wR) / strideHeight));
    const yRMax = Math.min(convInfo.outHeight, (convInfo.inHeight + topPad - wR) / strideHeight);
    for (let wC = 0; wC < filterWidth; ++wC) {
      const yCMin = Math.max(0, Math.ceil((leftPad - wC) / strideWidth));
      const yCMax = Math.min(convInfo.outWidth, (convInfo.inWidth + leftPad - wC) / strideWidth);
      for (let d2 = 0; d2 < convInfo.outChannels; ++d2) {
        const d1 = Math.trunc(d2 / chMul);
        const dm = d2 % chMul;
        let dotProd = 0;
        for (let b = 0; b < convInfo.batchSize; ++b) {
          for (let yR = yRMin; yR < yRMax; ++yR) {
            const xR = wR + yR * strideHeight - topPad;
            for (let yC = yCMin; yC < yCMax; ++yC) {
              const xC = wC + yC * strideWidth - leftPad;
              dotProd += xBuf.get(b, xR, xC, d1) * dyBuf.get(b, yR, yC, d2);
            }
          }
        }
        dW.set(dotProd, wR, wC, d1, dm);
      }
    }
  }
  return backend2.makeTensorInfo(dW.shape, dW.dtype, dW.values);
}
var depthwiseConv2dNativeBackpropFilterConfig = {
  kernelName: DepthwiseConv2dNativeBackpropFilter,
  backendName: "cpu",
  kernelFunc: depthwiseConv2dNativeBackpropFilter2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropInput.js
function depthwiseConv2dNativeBackpropInput2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { dy, filter } = inputs;
  const { strides, dilations, pad: pad2, dimRoundingMode, inputShape } = attrs;
  assertNotComplex([dy, filter], "depthwiseConv2DNativeBackpropInput");
  const dyStrides = util_exports.computeStrides(dy.shape);
  const filterStrides = util_exports.computeStrides(filter.shape);
  const convInfo = backend_util_exports.computeConv2DInfo(
    inputShape,
    filter.shape,
    strides,
    dilations,
    pad2,
    dimRoundingMode,
    true
    /* depthwise */
  );
  const dx = new TensorBuffer(convInfo.inShape, "float32");
  const dxValues = dx.values;
  const [dxS0, dxS1, dxS2] = dx.strides;
  const dyValues = backend2.data.get(dy.dataId).values;
  const [dyS0, dyS1, dyS2] = dyStrides;
  const fltValues = backend2.data.get(filter.dataId).values;
  const [fltS0, fltS1, fltS2] = filterStrides;
  const { batchSize, filterHeight, filterWidth, inChannels, inHeight, inWidth, outChannels, outHeight, outWidth, strideHeight, strideWidth } = convInfo;
  const topPad = filterHeight - 1 - convInfo.padInfo.top;
  const leftPad = filterWidth - 1 - convInfo.padInfo.left;
  const chMul = outChannels / inChannels;
  for (let b = 0; b < batchSize; ++b) {
    for (let d1 = 0; d1 < inChannels; ++d1) {
      for (let xR = 0; xR < inHeight; ++xR) {
        const xRCorner = xR - topPad;
        const xRMin = Math.max(0, Math.ceil(xRCorner / strideHeight));
        const yRMax = Math.min(outHeight, (filterHeight + xRCorner) / strideHeight);
        for (let xC = 0; xC < inWidth; ++xC) {
          const xCCorner = xC - leftPad;
          const xCMin = Math.max(0, Math.ceil(xCCorner / strideWidth));
          const yCMax = Math.min(outWidth, (filterWidth + xCCorner) / strideWidth);
          let dotProd = 0;
          for (let yR = xRMin; yR < yRMax; ++yR) {
            const wR = yR * strideHeight - xRCorner;
            for (let yC = xCMin; yC < yCMax; ++yC) {
              const wC = yC * strideWidth - xCCorner;
              const dyOffset = dyS0 * b + dyS1 * yR + dyS2 * yC;
              const fltOffset = fltS0 * (filterHeight - 1 - wR) + fltS1 * (filterWidth - 1 - wC) + fltS2 * d1;
              for (let dm = 0; dm < chMul; ++dm) {
                const d2 = d1 * chMul + dm;
                const pixel = dyValues[dyOffset + d2];
                const weight = fltValues[fltOffset + dm];
                dotProd += pixel * weight;
              }
            }
          }
          dxValues[dxS0 * b + dxS1 * xR + dxS2 * xC + d1] = dotProd;
        }
      }
    }
  }
  return backend2.makeTensorInfo(dx.shape, dx.dtype, dx.values);
}
var depthwiseConv2dNativeBackpropInputConfig = {
  kernelName: DepthwiseConv2dNativeBackpropInput,
  backendName: "cpu",
  kernelFunc: depthwiseConv2dNativeBackpropInput2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Diag.js
function diag(args) {
  const { inputs, backend: backend2 } = args;
  const { x } = inputs;
  const xSize = util_exports.sizeFromShape(x.shape);
  const xVals = backend2.data.get(x.dataId).values;
  const outBuf = buffer([xSize, xSize], x.dtype);
  const vals = outBuf.values;
  for (let i = 0; i < xVals.length; i++) {
    vals[i * xSize + i] = xVals[i];
  }
  const outShape = [...x.shape, ...x.shape];
  return backend2.makeTensorInfo(outShape, outBuf.dtype, outBuf.values);
}
var diagConfig = {
  kernelName: Diag,
  backendName: "cpu",
  kernelFunc: diag
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2D.js
var dilation2DConfig = {
  kernelName: Dilation2D,
  backendName: "cpu",
  kernelFunc: ({ inputs, backend: backend2, attrs }) => {
    const { x, filter } = inputs;
    const { strides, pad: pad2, dilations } = attrs;
    const cpuBackend = backend2;
    const xVals = cpuBackend.data.get(x.dataId).values;
    const xRank = x.shape.length;
    const filterVals = cpuBackend.data.get(filter.dataId).values;
    const filterRank = filter.shape.length;
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, padInfo, strideHeight, strideWidth, filterHeight, filterWidth, dilationHeight, dilationWidth, outShape } = backend_util_exports.computeDilation2DInfo(x.shape, filter.shape, strides, pad2, "NHWC", dilations);
    const outSize2 = util_exports.sizeFromShape(outShape);
    const outRank = outShape.length;
    const outputVals = util_exports.getArrayFromDType(x.dtype, outSize2);
    for (let b = 0; b < batchSize; ++b) {
      for (let hOut = 0; hOut < outHeight; ++hOut) {
        const hBeg = hOut * strideHeight - padInfo.top;
        for (let wOut = 0; wOut < outWidth; ++wOut) {
          const wBeg = wOut * strideWidth - padInfo.left;
          for (let d = 0; d < inChannels; ++d) {
            let curVal = Number.MIN_SAFE_INTEGER;
            for (let h = 0; h < filterHeight; ++h) {
              const hIn = hBeg + h * dilationHeight;
              if (hIn >= 0 && hIn < inHeight) {
                for (let w = 0; w < filterWidth; ++w) {
                  const wIn = wBeg + w * dilationWidth;
                  if (wIn >= 0 && wIn < inWidth) {
                    const xIndex = util_exports.locToIndex([b, hIn, wIn, d], xRank, util_exports.computeStrides(x.shape));
                    const filterIndex = util_exports.locToIndex([h, w, d], filterRank, util_exports.computeStrides(filter.shape));
                    const val = xVals[xIndex] + filterVals[filterIndex];
                    if (val > curVal) {
                      curVal = val;
                    }
                  }
                }
              }
            }
            const outputIndex = util_exports.locToIndex([b, hOut, wOut, d], outRank, util_exports.computeStrides(outShape));
            outputVals[outputIndex] = curVal;
          }
        }
      }
    }
    const dataId = cpuBackend.write(util_exports.toTypedArray(outputVals, x.dtype), outShape, x.dtype);
    return { dataId, shape: outShape, dtype: x.dtype };
  }
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropFilter.js
var dilation2DBackpropFilterConfig = {
  kernelName: Dilation2DBackpropFilter,
  backendName: "cpu",
  kernelFunc: ({ inputs, backend: backend2, attrs }) => {
    const { x, filter, dy } = inputs;
    const { strides, pad: pad2, dilations } = attrs;
    const cpuBackend = backend2;
    const $x = util_exports.toNestedArray(x.shape, cpuBackend.data.get(x.dataId).values);
    const $filter = util_exports.toNestedArray(filter.shape, cpuBackend.data.get(filter.dataId).values);
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, padInfo, strideHeight, strideWidth, filterHeight, filterWidth, dilationHeight, dilationWidth, outShape } = backend_util_exports.computeDilation2DInfo(x.shape, filter.shape, strides, pad2, "NHWC", dilations);
    util_exports.assert(dy.rank === outShape.length, () => `Error in ${Dilation2DBackpropFilter}, dy must have the same rank as output ${outShape.length}, but got ${dy.rank}`);
    const $dy = util_exports.toNestedArray(outShape, cpuBackend.data.get(dy.dataId).values);
    const gradients2 = util_exports.makeZerosNestedTypedArray(filter.shape, filter.dtype);
    for (let b = 0; b < batchSize; ++b) {
      for (let hOut = 0; hOut < outHeight; ++hOut) {
        const hBeg = hOut * strideHeight - padInfo.top;
        for (let wOut = 0; wOut < outWidth; ++wOut) {
          const wBeg = wOut * strideWidth - padInfo.left;
          for (let d = 0; d < inChannels; ++d) {
            let curVal = Number.MIN_SAFE_INTEGER;
            let hMax = 0;
            let wMax = 0;
            for (let h = 0; h < filterHeight; ++h) {
              const hIn = hBeg + h * dilationHeight;
              if (hIn >= 0 && hIn < inHeight) {
                for (let w = 0; w < filterWidth; ++w) {
                  const wIn = wBeg + w * dilationWidth;
                  if (wIn >= 0 && wIn < inWidth) {
                    const val = $x[b][hIn][wIn][d] + $filter[h][w][d];
                    if (val > curVal) {
                      curVal = val;
                      hMax = h;
                      wMax = w;
                    }
                  }
                }
              }
            }
            gradients2[hMax][wMax][d] += $dy[b][hOut][wOut][d];
          }
        }
      }
    }
    const dataId = cpuBackend.write(util_exports.toTypedArray(gradients2, x.dtype), filter.shape, filter.dtype);
    return { dataId, shape: filter.shape, dtype: filter.dtype };
  }
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropInput.js
var dilation2DBackpropInputConfig = {
  kernelName: Dilation2DBackpropInput,
  backendName: "cpu",
  kernelFunc: ({ inputs, backend: backend2, attrs }) => {
    const { x, filter, dy } = inputs;
    const { strides, pad: pad2, dilations } = attrs;
    const cpuBackend = backend2;
    const $x = util_exports.toNestedArray(x.shape, cpuBackend.data.get(x.dataId).values);
    const $filter = util_exports.toNestedArray(filter.shape, cpuBackend.data.get(filter.dataId).values);
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, padInfo, strideHeight, strideWidth, filterHeight, filterWidth, dilationHeight, dilationWidth, outShape } = backend_util_exports.computeDilation2DInfo(x.shape, filter.shape, strides, pad2, "NHWC", dilations);
    util_exports.assert(dy.rank === outShape.length, () => `Error in ${Dilation2DBackpropInput}, dy must have the same rank as output ${outShape.length}, but got ${dy.rank}`);
    const $dy = util_exports.toNestedArray(outShape, cpuBackend.data.get(dy.dataId).values);
    const gradients2 = util_exports.makeZerosNestedTypedArray(x.shape, x.dtype);
    for (let b = 0; b < batchSize; ++b) {
      for (let hOut = 0; hOut < outHeight; ++hOut) {
        const hBeg = hOut * strideHeight - padInfo.top;
        for (let wOut = 0; wOut < outWidth; ++wOut) {
          const wBeg = wOut * strideWidth - padInfo.left;
          for (let d = 0; d < inChannels; ++d) {
            let curVal = Number.MIN_SAFE_INTEGER;
            let hInMax = hBeg < 0 ? 0 : hBeg;
            let wInMax = wBeg < 0 ? 0 : wBeg;
            for (let h = 0; h < filterHeight; ++h) {
              const hIn = hBeg + h * dilationHeight;
              if (hIn >= 0 && hIn < inHeight) {
                for (let w = 0; w < filterWidth; ++w) {
                  const wIn = wBeg + w * dilationWidth;
                  if (wIn >= 0 && wIn < inWidth) {
                    const val = $x[b][hIn][wIn][d] + $filter[h][w][d];
                    if (val > curVal) {
                      curVal = val;
                      hInMax = hIn;
                      wInMax = wIn;
                    }
                  }
                }
              }
            }
            gradients2[b][hInMax][wInMax][d] += $dy[b][hOut][wOut][d];
          }
        }
      }
    }
    const dataId = cpuBackend.write(util_exports.toTypedArray(gradients2, x.dtype), x.shape, x.dtype);
    return { dataId, shape: x.shape, dtype: x.dtype };
  }
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Draw.js
function draw(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { image: image2 } = inputs;
  const { canvas, options } = attrs;
  const { contextOptions, imageOptions } = options || {};
  const alpha = (imageOptions === null || imageOptions === void 0 ? void 0 : imageOptions.alpha) || 1;
  const contextType = (contextOptions === null || contextOptions === void 0 ? void 0 : contextOptions.contextType) || "2d";
  if (contextType !== "2d") {
    throw new Error(`Context type ${contextOptions.contextType} is not supported by the CPU backend.`);
  }
  const ctx = canvas.getContext(contextType, (contextOptions === null || contextOptions === void 0 ? void 0 : contextOptions.contextAttributes) || {});
  if (ctx == null) {
    throw new Error(`Could not get the context with ${contextType} type.`);
  }
  const [height, width] = image2.shape.slice(0, 2);
  const depth = image2.shape.length === 2 ? 1 : image2.shape[2];
  const data = backend2.data.get(image2.dataId).values;
  const multiplier = image2.dtype === "float32" ? 255 : 1;
  const bytes = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < height * width; ++i) {
    const rgba = [0, 0, 0, 255 * alpha];
    for (let d = 0; d < depth; d++) {
      const value = data[i * depth + d];
      if (image2.dtype === "float32") {
        if (value < 0 || value > 1) {
          throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${value}.`);
        }
      } else if (image2.dtype === "int32") {
        if (value < 0 || value > 255) {
          throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${value}.`);
        }
      }
      if (depth === 1) {
        rgba[0] = value * multiplier;
        rgba[1] = value * multiplier;
        rgba[2] = value * multiplier;
      } else {
        rgba[d] = value * multiplier;
      }
    }
    const j = i * 4;
    bytes[j + 0] = Math.round(rgba[0]);
    bytes[j + 1] = Math.round(rgba[1]);
    bytes[j + 2] = Math.round(rgba[2]);
    bytes[j + 3] = Math.round(rgba[3]);
  }
  canvas.width = width;
  canvas.height = height;
  const imageData = new ImageData(bytes, width, height);
  ctx.putImageData(imageData, 0, 0);
  return image2;
}
var drawConfig = {
  kernelName: Draw,
  backendName: "cpu",
  kernelFunc: draw
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Sum.js
function sum2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis, keepDims } = attrs;
  assertNotComplex(x, "sum");
  let $x;
  if (x.dtype === "bool") {
    $x = cast2({ inputs: { x }, backend: backend2, attrs: { dtype: "int32" } });
  } else {
    $x = identity({ inputs: { x }, backend: backend2 });
  }
  const xRank = $x.shape.length;
  const axes = util_exports.parseAxisParam(axis, $x.shape);
  const permutation = backend_util_exports.getAxesPermutation(axes, xRank);
  let reductionAxes = axes;
  let permutedX = $x;
  if (permutation != null) {
    permutedX = transpose2({ inputs: { x: $x }, backend: backend2, attrs: { perm: permutation } });
    reductionAxes = backend_util_exports.getInnerMostAxes(reductionAxes.length, xRank);
  }
  backend_util_exports.assertAxesAreInnerMostDims("sum", reductionAxes, permutedX.shape.length);
  const [outShape, reduceShape] = backend_util_exports.computeOutAndReduceShapes(permutedX.shape, reductionAxes);
  const resultDtype = backend_util_exports.upcastType(permutedX.dtype, "int32");
  let result = zeros2(backend2, outShape, resultDtype);
  const reduceSize = util_exports.sizeFromShape(reduceShape);
  const vals = backend2.data.get(result.dataId).values;
  const aVals = backend2.data.get(permutedX.dataId).values;
  for (let i = 0; i < vals.length; ++i) {
    const offset2 = i * reduceSize;
    let sum3 = 0;
    for (let j = 0; j < reduceSize; ++j) {
      sum3 += aVals[offset2 + j];
    }
    vals[i] = sum3;
  }
  if (keepDims) {
    const newShape = backend_util_exports.expandShapeToKeepDim(result.shape, axes);
    const oldResult = result;
    result = reshape3({ inputs: { x: result }, backend: backend2, attrs: { shape: newShape } });
    backend2.disposeIntermediateTensorInfo(oldResult);
  }
  backend2.disposeIntermediateTensorInfo($x);
  if (permutation != null) {
    backend2.disposeIntermediateTensorInfo(permutedX);
  }
  return result;
}
var sumConfig = {
  kernelName: Sum,
  backendName: "cpu",
  kernelFunc: sum2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Einsum.js
function einsum(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { equation } = attrs;
  const tensors = inputs;
  const { allDims, summedDims, idDims } = backend_util_exports.decodeEinsumEquation(equation, tensors.length);
  backend_util_exports.checkEinsumDimSizes(allDims.length, idDims, tensors);
  const { path: path2, steps } = backend_util_exports.getEinsumComputePath(summedDims, idDims);
  const nSteps = steps.length;
  let out = null;
  let numDimsRemaining = allDims.length;
  const tensorsToDispose = [];
  for (let i = 0; i < nSteps; ++i) {
    for (const idTerm of steps[i]) {
      const { permutationIndices: perm, expandDims: dimsToExpand } = backend_util_exports.getEinsumPermutation(numDimsRemaining, idDims[idTerm]);
      let x;
      if (backend_util_exports.isIdentityPermutation(perm)) {
        x = tensors[idTerm];
      } else {
        x = transpose2({ inputs: { x: tensors[idTerm] }, backend: backend2, attrs: { perm } });
        tensorsToDispose.push(x);
      }
      const targetShape = x.shape.slice();
      for (let k = 0; k < dimsToExpand.length; ++k) {
        targetShape.splice(dimsToExpand[k], 0, 1);
      }
      if (!util_exports.arraysEqual(x.shape, targetShape)) {
        x = reshape3({ inputs: { x }, backend: backend2, attrs: { shape: targetShape } });
        tensorsToDispose.push(x);
      }
      if (out === null) {
        out = x;
      } else {
        out = multiply({ inputs: { a: x, b: out }, backend: backend2 });
        tensorsToDispose.push(out);
      }
    }
    if (i < nSteps - 1) {
      if (path2[i] >= 0) {
        out = sum2({
          inputs: { x: out },
          backend: backend2,
          attrs: {
            axis: path2[i] - (allDims.length - numDimsRemaining),
            keepDims: false
          }
        });
        tensorsToDispose.push(out);
      }
      numDimsRemaining--;
    }
  }
  for (const tensorInfo of tensorsToDispose) {
    if (tensorInfo === out) {
      continue;
    }
    backend2.disposeIntermediateTensorInfo(tensorInfo);
  }
  return out;
}
var einsumConfig = {
  kernelName: Einsum,
  backendName: "cpu",
  kernelFunc: einsum
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/EluGrad.js
function eluGrad(args) {
  const { inputs, backend: backend2 } = args;
  const { dy, y } = inputs;
  assertNotComplex([dy, y], "eluGrad");
  const resultValues = new Float32Array(util_exports.sizeFromShape(y.shape));
  const values = backend2.data.get(y.dataId).values;
  const dyValues = backend2.data.get(dy.dataId).values;
  for (let i = 0; i < values.length; ++i) {
    const v = values[i];
    if (v >= 0) {
      resultValues[i] = dyValues[i];
    } else {
      resultValues[i] = dyValues[i] * (v + 1);
    }
  }
  return backend2.makeTensorInfo(y.shape, "float32", resultValues);
}
var eluGradConfig2 = {
  kernelName: EluGrad,
  backendName: "cpu",
  kernelFunc: eluGrad
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Erf.js
var p = backend_util_exports.ERF_P;
var a1 = backend_util_exports.ERF_A1;
var a2 = backend_util_exports.ERF_A2;
var a3 = backend_util_exports.ERF_A3;
var a4 = backend_util_exports.ERF_A4;
var a5 = backend_util_exports.ERF_A5;
var erf2 = unaryKernelFunc(Erf, (xi) => {
  const sign2 = Math.sign(xi);
  const v = Math.abs(xi);
  const t = 1 / (1 + p * v);
  return sign2 * (1 - ((((a5 * t + a4) * t + a3) * t + a2) * t + a1) * t * Math.exp(-v * v));
});
var erfConfig = {
  kernelName: Erf,
  backendName: "cpu",
  kernelFunc: erf2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ExpandDims.js
function expandDims3(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { input: input2 } = inputs;
  const { dim } = attrs;
  const inputRank = input2.shape.length;
  const newShape = input2.shape.slice();
  let $dim = dim;
  if (dim < 0) {
    util_exports.assert(-(inputRank + 1) <= dim, () => `Axis must be in the interval [${-(inputRank + 1)}, ${inputRank}]`);
    $dim = inputRank + dim + 1;
  }
  newShape.splice($dim, 0, 1);
  return reshape3({ inputs: { x: input2 }, backend: backend2, attrs: { shape: newShape } });
}
var expandDimsConfig = {
  kernelName: ExpandDims,
  backendName: "cpu",
  kernelFunc: expandDims3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv.js
var realDivImpl = createSimpleBinaryKernelImpl((a, b) => a / b);
var div2 = binaryKernelFunc(RealDiv, realDivImpl);
var realDivConfig = {
  kernelName: RealDiv,
  backendName: "cpu",
  kernelFunc: div2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/utils/fft_utils.js
function fftBatch(input2, inverse, cpuBackend) {
  const inputShape = input2.shape;
  const batch = inputShape[0];
  const innerDim = inputShape[1];
  const inputVals = cpuBackend.data.get(input2.dataId);
  const real2D = inputVals.complexTensorInfos.real;
  const imag2D = inputVals.complexTensorInfos.imag;
  const resultShape = [batch, innerDim];
  const resultSize = util_exports.sizeFromShape(resultShape);
  const resultReal = util_exports.getTypedArrayFromDType("float32", resultSize);
  const resultImag = util_exports.getTypedArrayFromDType("float32", resultSize);
  for (let b = 0; b < batch; b++) {
    const r = slice2({
      inputs: { x: real2D },
      backend: cpuBackend,
      attrs: { begin: [b, 0], size: [1, innerDim] }
    });
    const i = slice2({
      inputs: { x: imag2D },
      backend: cpuBackend,
      attrs: { begin: [b, 0], size: [1, innerDim] }
    });
    const input3 = complex({ inputs: { real: r, imag: i }, backend: cpuBackend });
    const { real: real2, imag: imag2 } = fftImpl(input3, inverse, cpuBackend);
    const res = backend_util_exports.mergeRealAndImagArrays(real2, imag2);
    for (let d = 0; d < innerDim; d++) {
      const c = backend_util_exports.getComplexWithIndex(res, d);
      resultReal[b * innerDim + d] = c.real;
      resultImag[b * innerDim + d] = c.imag;
    }
    cpuBackend.disposeIntermediateTensorInfo(r);
    cpuBackend.disposeIntermediateTensorInfo(i);
    cpuBackend.disposeIntermediateTensorInfo(input3);
  }
  const $realInfo = cpuBackend.makeTensorInfo(resultShape, "float32", resultReal);
  const $imagInfo = cpuBackend.makeTensorInfo(resultShape, "float32", resultImag);
  const result = complex({ inputs: { real: $realInfo, imag: $imagInfo }, backend: cpuBackend });
  cpuBackend.disposeIntermediateTensorInfo($realInfo);
  cpuBackend.disposeIntermediateTensorInfo($imagInfo);
  return result;
}
function fftImpl(input2, inverse, cpuBackend) {
  const inputSize = util_exports.sizeFromShape(input2.shape);
  const inputVals = cpuBackend.data.get(input2.dataId);
  const realVals = cpuBackend.data.get(inputVals.complexTensorInfos.real.dataId).values;
  const imagVals = cpuBackend.data.get(inputVals.complexTensorInfos.imag.dataId).values;
  if (isExponentOf2(inputSize)) {
    const result = fftRadix2(realVals, imagVals, inputSize, inverse, cpuBackend);
    const resultShape = [input2.shape[0], input2.shape[1]];
    if (inverse) {
      const realInfo = cpuBackend.makeTensorInfo(resultShape, "float32", result.real);
      const imagInfo = cpuBackend.makeTensorInfo(resultShape, "float32", result.imag);
      const sizeInfo = cpuBackend.makeTensorInfo([], "float32", util_exports.createScalarValue(inputSize, "float32"));
      const sizeInfoCopy = identity({ inputs: { x: sizeInfo }, backend: cpuBackend });
      const divRealInfo = realDivConfig.kernelFunc({ inputs: { a: realInfo, b: sizeInfo }, backend: cpuBackend });
      const divImagInfo = realDivConfig.kernelFunc({ inputs: { a: imagInfo, b: sizeInfoCopy }, backend: cpuBackend });
      const divRealVals = cpuBackend.data.get(divRealInfo.dataId).values;
      const divImagVals = cpuBackend.data.get(divImagInfo.dataId).values;
      cpuBackend.disposeIntermediateTensorInfo(realInfo);
      cpuBackend.disposeIntermediateTensorInfo(imagInfo);
      cpuBackend.disposeIntermediateTensorInfo(sizeInfo);
      cpuBackend.disposeIntermediateTensorInfo(sizeInfoCopy);
      cpuBackend.disposeIntermediateTensorInfo(divRealInfo);
      cpuBackend.disposeIntermediateTensorInfo(divImagInfo);
      return { real: divRealVals, imag: divImagVals };
    }
    return result;
  } else {
    const data = backend_util_exports.mergeRealAndImagArrays(realVals, imagVals);
    const rawOutput = fourierTransformByMatmul(data, inputSize, inverse);
    return backend_util_exports.splitRealAndImagArrays(rawOutput);
  }
}
function isExponentOf2(size) {
  return (size & size - 1) === 0;
}
function fftRadix2(realVals, imagVals, size, inverse, cpuBackend) {
  if (size === 1) {
    return { real: realVals, imag: imagVals };
  }
  const data = backend_util_exports.mergeRealAndImagArrays(realVals, imagVals);
  const half = size / 2;
  const evenComplex = backend_util_exports.complexWithEvenIndex(data);
  const evenRealVals = evenComplex.real;
  const evenImagVals = evenComplex.imag;
  const evenShape = [evenRealVals.length];
  const evenRealInfo = cpuBackend.makeTensorInfo(evenShape, "float32", evenRealVals);
  const evenImagInfo = cpuBackend.makeTensorInfo(evenShape, "float32", evenImagVals);
  const evenTensorInfo = complex({ inputs: { real: evenRealInfo, imag: evenImagInfo }, backend: cpuBackend });
  const oddComplex = backend_util_exports.complexWithOddIndex(data);
  const oddRealVals = oddComplex.real;
  const oddImagVals = oddComplex.imag;
  const oddShape = [oddRealVals.length];
  const oddRealInfo = cpuBackend.makeTensorInfo(oddShape, "float32", oddRealVals);
  const oddImagInfo = cpuBackend.makeTensorInfo(oddShape, "float32", oddImagVals);
  const oddTensorInfo = complex({ inputs: { real: oddRealInfo, imag: oddImagInfo }, backend: cpuBackend });
  const $evenComplex = fftRadix2(evenRealVals, evenImagVals, half, inverse, cpuBackend);
  const $evenRealVals = $evenComplex.real;
  const $evenImagVals = $evenComplex.imag;
  const $evenShape = [$evenRealVals.length];
  const $evenRealInfo = cpuBackend.makeTensorInfo($evenShape, "float32", $evenRealVals);
  const $evenImagInfo = cpuBackend.makeTensorInfo($evenShape, "float32", $evenImagVals);
  const $evenTensorInfo = complex({
    inputs: { real: $evenRealInfo, imag: $evenImagInfo },
    backend: cpuBackend
  });
  const $oddComplex = fftRadix2(oddRealVals, oddImagVals, half, inverse, cpuBackend);
  const $oddRealVals = $oddComplex.real;
  const $oddImagVals = $oddComplex.imag;
  const $oddShape = [$oddRealVals.length];
  const $oddRealInfo = cpuBackend.makeTensorInfo($oddShape, "float32", $oddRealVals);
  const $oddImagInfo = cpuBackend.makeTensorInfo($oddShape, "float32", $oddImagVals);
  const $oddTensorInfo = complex({ inputs: { real: $oddRealInfo, imag: $oddImagInfo }, backend: cpuBackend });
  const e = backend_util_exports.exponents(size, inverse);
  const eShape = [e.real.length];
  const eRealInfo = cpuBackend.makeTensorInfo(eShape, "float32", e.real);
  const eImagInfo = cpuBackend.makeTensorInfo(eShape, "float32", e.imag);
  const complexInfo = complex({ inputs: { real: eRealInfo, imag: eImagInfo }, backend: cpuBackend });
  const exponentInfo = multiply({ inputs: { a: complexInfo, b: $oddTensorInfo }, backend: cpuBackend });
  const addPart = add2({
    inputs: { a: $evenTensorInfo, b: exponentInfo },
    backend: cpuBackend
  });
  const subPart = sub2({
    inputs: { a: $evenTensorInfo, b: exponentInfo },
    backend: cpuBackend
  });
  const addPartReal = real({ inputs: { input: addPart }, backend: cpuBackend });
  const subPartReal = real({ inputs: { input: subPart }, backend: cpuBackend });
  const addPartImag = imag({ inputs: { input: addPart }, backend: cpuBackend });
  const subPartImag = imag({ inputs: { input: subPart }, backend: cpuBackend });
  const $real = concat2({
    inputs: [addPartReal, subPartReal],
    backend: cpuBackend,
    attrs: { axis: 0 }
  });
  const $imag = concat2({
    inputs: [addPartImag, subPartImag],
    backend: cpuBackend,
    attrs: { axis: 0 }
  });
  const $realVals = cpuBackend.data.get($real.dataId).values;
  const $imagVals = cpuBackend.data.get($imag.dataId).values;
  cpuBackend.disposeIntermediateTensorInfo(evenRealInfo);
  cpuBackend.disposeIntermediateTensorInfo(evenImagInfo);
  cpuBackend.disposeIntermediateTensorInfo(evenTensorInfo);
  cpuBackend.disposeIntermediateTensorInfo(oddRealInfo);
  cpuBackend.disposeIntermediateTensorInfo(oddImagInfo);
  cpuBackend.disposeIntermediateTensorInfo(oddTensorInfo);
  cpuBackend.disposeIntermediateTensorInfo($evenRealInfo);
  cpuBackend.disposeIntermediateTensorInfo($evenImagInfo);
  cpuBackend.disposeIntermediateTensorInfo($evenTensorInfo);
  cpuBackend.disposeIntermediateTensorInfo($oddRealInfo);
  cpuBackend.disposeIntermediateTensorInfo($oddImagInfo);
  cpuBackend.disposeIntermediateTensorInfo($oddTensorInfo);
  cpuBackend.disposeIntermediateTensorInfo(eRealInfo);
  cpuBackend.disposeIntermediateTensorInfo(eImagInfo);
  cpuBackend.disposeIntermediateTensorInfo(complexInfo);
  cpuBackend.disposeIntermediateTensorInfo(exponentInfo);
  cpuBackend.disposeIntermediateTensorInfo(addPart);
  cpuBackend.disposeIntermediateTensorInfo(subPart);
  cpuBackend.disposeIntermediateTensorInfo(addPartReal);
  cpuBackend.disposeIntermediateTensorInfo(addPartImag);
  cpuBackend.disposeIntermediateTensorInfo(subPartReal);
  cpuBackend.disposeIntermediateTensorInfo(subPartImag);
  cpuBackend.disposeIntermediateTensorInfo($real);
  cpuBackend.disposeIntermediateTensorInfo($imag);
  return { real: $realVals, imag: $imagVals };
}
function fourierTransformByMatmul(data, size, inverse) {
  const ret = new Float32Array(size * 2);
  for (let r = 0; r < size; r++) {
    let real2 = 0;
    let imag2 = 0;
    for (let c = 0; c < size; c++) {
      const e = backend_util_exports.exponent(r * c, size, inverse);
      const term = backend_util_exports.getComplexWithIndex(data, c);
      real2 += term.real * e.real - term.imag * e.imag;
      imag2 += term.real * e.imag + term.imag * e.real;
    }
    if (inverse) {
      real2 /= size;
      imag2 /= size;
    }
    backend_util_exports.assignToTypedArray(ret, real2, imag2, r);
  }
  return ret;
}

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/FFT.js
function fft(args) {
  const { inputs, backend: backend2 } = args;
  const { input: input2 } = inputs;
  const inputSize = util_exports.sizeFromShape(input2.shape);
  const innerDimensionSize = input2.shape[input2.shape.length - 1];
  const batch = inputSize / innerDimensionSize;
  const input2D = reshape3({
    inputs: { x: input2 },
    backend: backend2,
    attrs: { shape: [batch, innerDimensionSize] }
  });
  const result = fftBatch(input2D, false, backend2);
  const resultReshaped = reshape3({ inputs: { x: result }, backend: backend2, attrs: { shape: input2.shape } });
  backend2.disposeIntermediateTensorInfo(input2D);
  backend2.disposeIntermediateTensorInfo(result);
  return resultReshaped;
}
var fftConfig = {
  kernelName: FFT,
  backendName: "cpu",
  kernelFunc: fft
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Fill.js
function fill2(args) {
  const { backend: backend2, attrs } = args;
  const { shape, value, dtype } = attrs;
  const $dtype = dtype || util_exports.inferDtype(value);
  const values = util_exports.getArrayFromDType($dtype, util_exports.sizeFromShape(shape));
  fillValues(values, value, $dtype);
  return backend2.makeTensorInfo(shape, $dtype, values);
}
var fillConfig = {
  kernelName: Fill,
  backendName: "cpu",
  kernelFunc: fill2
};
function fillValues(values, value, dtype) {
  if (dtype === "string") {
    values.fill(value);
  } else {
    values.fill(value);
  }
}

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/FlipLeftRight.js
var flipLeftRightConfig = {
  kernelName: FlipLeftRight,
  backendName: "cpu",
  kernelFunc: ({ inputs, attrs, backend: backend2 }) => {
    const { image: image2 } = inputs;
    const cpuBackend = backend2;
    const output = util_exports.getTypedArrayFromDType(image2.dtype, util_exports.sizeFromShape(image2.shape));
    const [batch, imageHeight, imageWidth, numChannels] = image2.shape;
    const imageVals = cpuBackend.data.get(image2.dataId).values;
    for (let batchIdx = 0; batchIdx < batch; batchIdx++) {
      const batchOffset = batchIdx * imageWidth * imageHeight * numChannels;
      for (let row = 0; row < imageHeight; row++) {
        const rowOffset = row * (imageWidth * numChannels);
        for (let col = 0; col < imageWidth; col++) {
          const colOffset = col * numChannels;
          for (let channel = 0; channel < numChannels; channel++) {
            const coordX = Math.round(imageWidth - col - 1);
            const outIdx = batchOffset + rowOffset + colOffset + channel;
            let outputValue = imageVals[outIdx];
            if (coordX >= 0 && coordX < imageWidth) {
              const rotatedColOffset = coordX * numChannels;
              const imageIdx = batchOffset + rowOffset + rotatedColOffset + channel;
              outputValue = imageVals[imageIdx];
            }
            output[outIdx] = outputValue;
          }
        }
      }
    }
    const dataId = cpuBackend.write(output, image2.shape, image2.dtype);
    return { dataId, shape: image2.shape, dtype: image2.dtype };
  }
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/FusedConv2D.js
function fusedConv2D(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, filter, bias, preluActivationWeights } = inputs;
  const { strides, pad: pad2, dataFormat, dilations, dimRoundingMode, activation: activation2, leakyreluAlpha } = attrs;
  let result = conv2D({
    inputs: { x, filter },
    backend: backend2,
    attrs: { strides, pad: pad2, dataFormat, dilations, dimRoundingMode }
  });
  if (bias) {
    const resultOld = result;
    if (dataFormat === "NCHW" && bias.shape.length === 1 && bias.shape[0] !== 1) {
      const reshapedBias = reshape3({ inputs: { x: bias }, backend: backend2, attrs: { shape: [bias.shape[0], 1, 1] } });
      result = add2({ inputs: { a: result, b: reshapedBias }, backend: backend2 });
      backend2.disposeIntermediateTensorInfo(reshapedBias);
    } else {
      result = add2({ inputs: { a: result, b: bias }, backend: backend2 });
    }
    backend2.disposeIntermediateTensorInfo(resultOld);
  }
  if (activation2) {
    const resultOld = result;
    if (dataFormat === "NCHW" && activation2 === "prelu" && preluActivationWeights.shape.length === 1 && preluActivationWeights.shape[0] !== 1) {
      const reshapedAlpha = reshape3({
        inputs: { x: preluActivationWeights },
        backend: backend2,
        attrs: { shape: [preluActivationWeights.shape[0], 1, 1] }
      });
      result = applyActivation(backend2, result, activation2, reshapedAlpha, leakyreluAlpha);
      backend2.disposeIntermediateTensorInfo(reshapedAlpha);
    } else {
      result = applyActivation(backend2, result, activation2, preluActivationWeights, leakyreluAlpha);
    }
    backend2.disposeIntermediateTensorInfo(resultOld);
  }
  return result;
}
var fusedConv2DConfig = {
  kernelName: FusedConv2D,
  backendName: "cpu",
  kernelFunc: fusedConv2D
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/FusedDepthwiseConv2D.js
function fusedDepthwiseConv2D(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, filter, bias, preluActivationWeights } = inputs;
  const { strides, pad: pad2, dataFormat, dilations, dimRoundingMode, activation: activation2, leakyreluAlpha } = attrs;
  let result = depthwiseConv2dNative({
    inputs: { x, filter },
    backend: backend2,
    attrs: { strides, pad: pad2, dataFormat, dilations, dimRoundingMode }
  });
  if (bias) {
    const oldResult = result;
    result = add2({ inputs: { a: result, b: bias }, backend: backend2 });
    backend2.disposeIntermediateTensorInfo(oldResult);
  }
  if (activation2) {
    const oldResult = result;
    result = applyActivation(backend2, result, activation2, preluActivationWeights, leakyreluAlpha);
    backend2.disposeIntermediateTensorInfo(oldResult);
  }
  return result;
}
var fusedDepthwiseConv2DConfig = {
  kernelName: FusedDepthwiseConv2D,
  backendName: "cpu",
  kernelFunc: fusedDepthwiseConv2D
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd.js
function gatherNd(args) {
  const { inputs, backend: backend2 } = args;
  const { params, indices } = inputs;
  const paramsSize = util_exports.sizeFromShape(params.shape);
  const indicesShape = indices.shape;
  const sliceRank = indicesShape[indicesShape.length - 1];
  const [resultShape, numSlices, sliceSize, strides] = backend_util_exports.prepareAndValidate(params, indices);
  if (numSlices === 0) {
    return backend2.makeTensorInfo(resultShape, params.dtype, []);
  }
  const indicesData = backend2.data.get(indices.dataId).values;
  const paramsBuf = backend2.bufferSync(params);
  const outBuf = gatherNdImpl(indicesData, paramsBuf, params.dtype, numSlices, sliceRank, sliceSize, strides, params.shape, paramsSize);
  return backend2.makeTensorInfo(resultShape, params.dtype, outBuf.values);
}
var gatherNdConfig = {
  kernelName: GatherNd,
  backendName: "cpu",
  kernelFunc: gatherNd
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2.js
function gatherV2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, indices } = inputs;
  const { axis, batchDims } = attrs;
  assertNotComplex([x, indices], "gatherV2");
  const parsedAxis = util_exports.parseAxisParam(axis, x.shape)[0];
  const indicesVals = backend2.data.get(indices.dataId).values;
  const axisDim = x.shape[parsedAxis];
  for (let i = 0; i < indicesVals.length; ++i) {
    const index = indicesVals[i];
    util_exports.assert(index <= axisDim - 1 && index >= 0, () => `GatherV2: the index value ${index} is not in [0, ${axisDim - 1}]`);
  }
  let $batchDims = batchDims;
  if (batchDims == null) {
    $batchDims = 0;
  }
  const indicesSize = util_exports.sizeFromShape(indices.shape);
  const shapeInfo = backend_util_exports.segment_util.collectGatherOpShapeInfo(x, indices, parsedAxis, $batchDims);
  const flattenX = reshape3({
    inputs: { x },
    backend: backend2,
    attrs: {
      shape: [
        shapeInfo.batchSize,
        shapeInfo.outerSize,
        shapeInfo.dimSize,
        shapeInfo.sliceSize
      ]
    }
  });
  const flattenIndex = reshape3({
    inputs: { x: indices },
    backend: backend2,
    attrs: { shape: [shapeInfo.batchSize, indicesSize / shapeInfo.batchSize] }
  });
  const flattenOutputShape = [
    shapeInfo.batchSize,
    shapeInfo.outerSize,
    indicesSize / shapeInfo.batchSize,
    shapeInfo.sliceSize
  ];
  const indicesBuf = backend2.bufferSync(flattenIndex);
  const xBuf = backend2.bufferSync(flattenX);
  const outBuf = gatherV2Impl(xBuf, indicesBuf, flattenOutputShape);
  backend2.disposeIntermediateTensorInfo(flattenX);
  backend2.disposeIntermediateTensorInfo(flattenIndex);
  return backend2.makeTensorInfo(shapeInfo.outputShape, outBuf.dtype, outBuf.values);
}
var gatherV2Config = {
  kernelName: GatherV2,
  backendName: "cpu",
  kernelFunc: gatherV2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/IFFT.js
function ifft(args) {
  const { inputs, backend: backend2 } = args;
  const { input: input2 } = inputs;
  const inputSize = util_exports.sizeFromShape(input2.shape);
  const innerDimensionSize = input2.shape[input2.shape.length - 1];
  const batch = inputSize / innerDimensionSize;
  const input2D = reshape3({
    inputs: { x: input2 },
    backend: backend2,
    attrs: { shape: [batch, innerDimensionSize] }
  });
  const result = fftBatch(input2D, true, backend2);
  const resultReshaped = reshape3({ inputs: { x: result }, backend: backend2, attrs: { shape: input2.shape } });
  backend2.disposeIntermediateTensorInfo(input2D);
  backend2.disposeIntermediateTensorInfo(result);
  return resultReshaped;
}
var ifftConfig = {
  kernelName: IFFT,
  backendName: "cpu",
  kernelFunc: ifft
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/IsFinite.js
var isFinite = unaryKernelFunc(IsFinite, (xi) => Number.isFinite(xi) ? 1 : 0, "bool");
var isFiniteConfig = {
  kernelName: IsFinite,
  backendName: "cpu",
  kernelFunc: isFinite
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/IsInf.js
var isInf = unaryKernelFunc(IsInf, (xi) => Math.abs(xi) === Infinity ? 1 : 0, "bool");
var isInfConfig = {
  kernelName: IsInf,
  backendName: "cpu",
  kernelFunc: isInf
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/IsNaN.js
var isNaN2 = unaryKernelFunc(IsNan, (xi) => Number.isNaN(xi) ? 1 : 0, "bool");
var isNaNConfig = {
  kernelName: IsNan,
  backendName: "cpu",
  kernelFunc: isNaN2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace.js
function linSpace(args) {
  const { backend: backend2, attrs } = args;
  const { start, stop, num } = attrs;
  const outVals = linSpaceImpl(start, stop, num);
  return backend2.makeTensorInfo([outVals.length], "float32", outVals);
}
var linSpaceConfig = {
  kernelName: LinSpace,
  backendName: "cpu",
  kernelFunc: linSpace
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Log1p.js
var log1p2 = unaryKernelFunc(Log1p, (xi) => Math.log1p(xi));
var log1pConfig = {
  kernelName: Log1p,
  backendName: "cpu",
  kernelFunc: log1p2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalAnd.js
var logicalAndImpl = createSimpleBinaryKernelImpl((a, b) => a && b);
var logicalAnd2 = binaryKernelFunc(LogicalAnd, logicalAndImpl, null, "bool");
var logicalAndConfig = {
  kernelName: LogicalAnd,
  backendName: "cpu",
  kernelFunc: logicalAnd2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalNot.js
var logicalNot2 = unaryKernelFunc(LogicalNot, (xi) => xi ? 0 : 1, "bool");
var logicalNotConfig = {
  kernelName: LogicalNot,
  backendName: "cpu",
  kernelFunc: logicalNot2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalOr.js
var logicalOrImpl = createSimpleBinaryKernelImpl((a, b) => a || b);
var logicalOr = binaryKernelFunc(LogicalOr, logicalOrImpl, null, "bool");
var logicalOrConfig = {
  kernelName: LogicalOr,
  backendName: "cpu",
  kernelFunc: logicalOr
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LRN.js
function lRN(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { depthRadius, bias, alpha, beta } = attrs;
  assertNotComplex(x, "LRN");
  const channels = x.shape[3];
  const maxD = channels - 1;
  const xValues = backend2.data.get(x.dataId).values;
  const size = util_exports.sizeFromShape(x.shape);
  const result = new Float32Array(size);
  function sumAcrossChannels(offset2) {
    const currentChannel = offset2 % channels;
    let beginSumOffset = offset2 - currentChannel + Math.max(0, currentChannel - depthRadius);
    const endSumOffset = offset2 - currentChannel + Math.min(currentChannel + depthRadius, maxD);
    let sum3 = 0;
    for (; beginSumOffset <= endSumOffset; beginSumOffset++) {
      const z = xValues[beginSumOffset];
      sum3 += z * z;
    }
    return sum3;
  }
  for (let offset2 = 0; offset2 < size; offset2++) {
    const sum3 = sumAcrossChannels(offset2);
    const val = xValues[offset2] * Math.pow(bias + alpha * sum3, -beta);
    result[offset2] = val;
  }
  return backend2.makeTensorInfo(x.shape, x.dtype, result);
}
var LRNConfig = {
  kernelName: LRN,
  backendName: "cpu",
  kernelFunc: lRN
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/LRNGrad.js
function lRNGrad(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, y, dy } = inputs;
  const { depthRadius, bias, alpha, beta } = attrs;
  assertNotComplex(dy, "LRNGrad");
  const dySize = util_exports.sizeFromShape(dy.shape);
  const channels = dy.shape[3];
  const dyValues = backend2.data.get(dy.dataId).values;
  const xValues = backend2.data.get(x.dataId).values;
  const yValues = backend2.data.get(y.dataId).values;
  const result = new Float32Array(dySize);
  const size = dySize;
  for (let offset2 = 0; offset2 < size; offset2++) {
    const currentChannel = offset2 % channels;
    const depthBegin = offset2 - currentChannel + Math.max(0, currentChannel - depthRadius);
    const depthEnd = offset2 - currentChannel + Math.min(channels, currentChannel + depthRadius + 1);
    let norm = 0;
    for (let k = depthBegin; k < depthEnd; k++) {
      norm += Math.pow(xValues[k], 2);
    }
    norm = alpha * norm + bias;
    for (let k = depthBegin; k < depthEnd; k++) {
      let dyi = -2 * alpha * beta * xValues[k] * yValues[offset2] / norm;
      if (offset2 === k) {
        dyi += Math.pow(norm, -beta);
      }
      dyi *= dyValues[offset2];
      result[k] += dyi;
    }
  }
  return backend2.makeTensorInfo(dy.shape, x.dtype, result);
}
var LRNGradConfig = {
  kernelName: LRNGrad,
  backendName: "cpu",
  kernelFunc: lRNGrad
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Max.js
function max3(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { reductionIndices, keepDims } = attrs;
  const cpuBackend = backend2;
  let xShape = x.shape;
  const xRank = xShape.length;
  const origAxes = util_exports.parseAxisParam(reductionIndices, xShape);
  let axes = origAxes;
  const permutedAxes = backend_util_exports.getAxesPermutation(axes, xRank);
  let xVals = cpuBackend.data.get(x.dataId).values;
  if (permutedAxes != null) {
    const newShape = new Array(xRank);
    for (let i = 0; i < newShape.length; i++) {
      newShape[i] = xShape[permutedAxes[i]];
    }
    xVals = transposeImpl(xVals, xShape, x.dtype, permutedAxes, newShape);
    axes = backend_util_exports.getInnerMostAxes(axes.length, xRank);
    xShape = newShape;
  }
  assertNotComplex(x, "max");
  backend_util_exports.assertAxesAreInnerMostDims("max", axes, xRank);
  const [maxOutShape, reduceShape] = backend_util_exports.computeOutAndReduceShapes(xShape, axes);
  const reduceSize = util_exports.sizeFromShape(reduceShape);
  const result = maxImpl(xVals, reduceSize, maxOutShape, x.dtype);
  const dataId = cpuBackend.write(result, maxOutShape, x.dtype);
  let outShape = maxOutShape;
  if (keepDims) {
    const newShape = backend_util_exports.expandShapeToKeepDim(maxOutShape, origAxes);
    outShape = newShape;
  }
  return { dataId, shape: outShape, dtype: x.dtype };
}
var maxConfig = {
  kernelName: Max,
  backendName: "cpu",
  kernelFunc: max3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool.js
function maxPool2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  assertNotComplex(x, "maxPool");
  const { filterSize, strides, pad: pad2, dimRoundingMode } = attrs;
  const dilations = 1;
  util_exports.assert(backend_util_exports.eitherStridesOrDilationsAreOne(strides, dilations), () => `Error in maxPool: Either strides or dilations must be 1. Got strides ${strides} and dilations '${dilations}'`);
  const convInfo = backend_util_exports.computePool2DInfo(x.shape, filterSize, strides, dilations, pad2, dimRoundingMode);
  let res;
  if (convInfo.filterWidth === 1 && convInfo.filterHeight === 1 && util_exports.arraysEqual(convInfo.inShape, convInfo.outShape)) {
    res = identity({ inputs: { x }, backend: backend2 });
  } else {
    const xValues = backend2.data.get(x.dataId).values;
    const strides2 = util_exports.computeStrides(x.shape);
    const buffer2 = pool(xValues, x.shape, x.dtype, strides2, convInfo, "max");
    res = backend2.makeTensorInfo(convInfo.outShape, x.dtype, buffer2.values);
  }
  return res;
}
var maxPoolConfig = {
  kernelName: MaxPool,
  backendName: "cpu",
  kernelFunc: maxPool2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3D.js
function maxPool3D(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { filterSize, strides, pad: pad2, dimRoundingMode, dataFormat } = attrs;
  assertNotComplex(x, "maxPool3d");
  const convInfo = backend_util_exports.computePool3DInfo(x.shape, filterSize, strides, 1, pad2, dimRoundingMode, dataFormat);
  const xValues = backend2.data.get(x.dataId).values;
  const outBuf = pool3d2(xValues, x.shape, x.dtype, util_exports.computeStrides(x.shape), convInfo, "max");
  return backend2.makeTensorInfo(outBuf.shape, "float32", outBuf.values);
}
var maxPool3DConfig = {
  kernelName: MaxPool3D,
  backendName: "cpu",
  kernelFunc: maxPool3D
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3DGrad.js
function maxPool3DGrad(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { dy, input: input2 } = inputs;
  const { filterSize, strides, pad: pad2, dimRoundingMode } = attrs;
  assertNotComplex([dy, input2], "maxPool3DGrad");
  const convInfo = backend_util_exports.computePool3DInfo(input2.shape, filterSize, strides, 1, pad2, dimRoundingMode);
  const inputBuf = backend2.bufferSync(input2);
  const maxPosBuf = maxPool3dPositions(inputBuf, convInfo);
  const strideDepth = convInfo.strideDepth;
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const dilationDepth = convInfo.dilationDepth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const effectiveFilterDepth = convInfo.effectiveFilterDepth;
  const effectiveFilterHeight = convInfo.effectiveFilterHeight;
  const effectiveFilterWidth = convInfo.effectiveFilterWidth;
  const padFront = effectiveFilterDepth - 1 - convInfo.padInfo.front;
  const padLeft = effectiveFilterWidth - 1 - convInfo.padInfo.left;
  const padTop = effectiveFilterHeight - 1 - convInfo.padInfo.top;
  const dx = buffer(input2.shape, "float32");
  const dyBuf = backend2.bufferSync(dy);
  for (let batch = 0; batch < convInfo.batchSize; ++batch) {
    for (let channel = 0; channel < convInfo.inChannels; ++channel) {
      for (let dxDepth = 0; dxDepth < convInfo.inDepth; ++dxDepth) {
        for (let dxRow = 0; dxRow < convInfo.inHeight; ++dxRow) {
          for (let dxCol = 0; dxCol < convInfo.inWidth; ++dxCol) {
            const dyDepthCorner = dxDepth - padFront;
            const dyRowCorner = dxRow - padTop;
            const dyColCorner = dxCol - padLeft;
            let dotProd = 0;
            for (let wDepth = 0; wDepth < effectiveFilterDepth; wDepth += dilationDepth) {
              const dyDepth = (dyDepthCorner + wDepth) / strideDepth;
              if (dyDepth < 0 || dyDepth >= convInfo.outDepth || Math.floor(dyDepth) !== dyDepth) {
                continue;
              }
              for (let wRow = 0; wRow < effectiveFilterHeight; wRow += dilationHeight) {
                const dyRow = (dyRowCorner + wRow) / strideHeight;
                if (dyRow < 0 || dyRow >= convInfo.outHeight || Math.floor(dyRow) !== dyRow) {
                  continue;
                }
                for (let wCol = 0; wCol < effectiveFilterWidth; wCol += dilationWidth) {
                  const dyCol = (dyColCorner + wCol) / strideWidth;
                  if (dyCol < 0 || dyCol >= convInfo.outWidth || Math.floor(dyCol) !== dyCol) {
                    continue;
                  }
                  const maxPos = effectiveFilterDepth * effectiveFilterHeight * effectiveFilterWidth - 1 - maxPosBuf.get(batch, dyDepth, dyRow, dyCol, channel);
                  const curPos = wDepth * effectiveFilterHeight * effectiveFilterWidth + wRow * effectiveFilterWidth + wCol;
                  const mask = maxPos === curPos ? 1 : 0;
                  if (mask === 0) {
                    continue;
                  }
                  const pixel = dyBuf.get(batch, dyDepth, dyRow, dyCol, channel);
                  dotProd += pixel * mask;
                }
              }
            }
            dx.set(dotProd, batch, dxDepth, dxRow, dxCol, channel);
          }
        }
      }
    }
  }
  return backend2.makeTensorInfo(dx.shape, dx.dtype, dx.values);
}
var maxPool3DGradConfig2 = {
  kernelName: MaxPool3DGrad,
  backendName: "cpu",
  kernelFunc: maxPool3DGrad
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolGrad.js
function maxPoolGrad2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { dy, input: input2, output } = inputs;
  const x = input2;
  assertNotComplex([input2, output], "maxPoolGrad");
  const { filterSize, strides, pad: pad2, dimRoundingMode } = attrs;
  const convInfo = backend_util_exports.computePool2DInfo(x.shape, filterSize, strides, 1, pad2, dimRoundingMode);
  const xValues = backend2.data.get(x.dataId).values;
  const maxPosBuf = buffer(convInfo.outShape, x.dtype, maxPoolPositions(xValues, x.shape, x.dtype, convInfo).values);
  const strideHeight = convInfo.strideHeight;
  const strideWidth = convInfo.strideWidth;
  const dilationHeight = convInfo.dilationHeight;
  const dilationWidth = convInfo.dilationWidth;
  const effectiveFilterHeight = convInfo.effectiveFilterHeight;
  const effectiveFilterWidth = convInfo.effectiveFilterWidth;
  const padLeft = effectiveFilterWidth - 1 - convInfo.padInfo.left;
  const padTop = effectiveFilterHeight - 1 - convInfo.padInfo.top;
  const dx = buffer(x.shape, "float32");
  const dyData = backend2.data.get(dy.dataId).values;
  const dyBuf = buffer(dy.shape, "float32", dyData);
  for (let b = 0; b < convInfo.batchSize; ++b) {
    for (let d = 0; d < convInfo.inChannels; ++d) {
      for (let dxR = 0; dxR < convInfo.inHeight; ++dxR) {
        for (let dxC = 0; dxC < convInfo.inWidth; ++dxC) {
          const dyRCorner = dxR - padTop;
          const dyCCorner = dxC - padLeft;
          let dotProd = 0;
          for (let wR = 0; wR < effectiveFilterHeight; wR += dilationHeight) {
            const dyR = (dyRCorner + wR) / strideHeight;
            if (dyR < 0 || dyR >= convInfo.outHeight || Math.floor(dyR) !== dyR) {
              continue;
            }
            for (let wC = 0; wC < effectiveFilterWidth; wC += dilationWidth) {
              const dyC = (dyCCorner + wC) / strideWidth;
              if (dyC < 0 || dyC >= convInfo.outWidth || Math.floor(dyC) !== dyC) {
                continue;
              }
              const maxPos = effectiveFilterHeight * effectiveFilterWidth - 1 - maxPosBuf.get(b, dyR, dyC, d);
              const curPos = wR * effectiveFilterWidth + wC;
              const mask = maxPos === curPos ? 1 : 0;
              if (mask === 0) {
                continue;
              }
              const pixel = dyBuf.get(b, dyR, dyC, d);
              dotProd += pixel * mask;
            }
          }
          dx.set(dotProd, b, dxR, dxC, d);
        }
      }
    }
  }
  return backend2.makeTensorInfo(dx.shape, dx.dtype, dx.values);
}
var maxPoolGradConfig2 = {
  kernelName: MaxPoolGrad,
  backendName: "cpu",
  kernelFunc: maxPoolGrad2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax_impl.js
function maxPoolWithArgmaxImpl(xValues, xShape, dtype, includeBatchInIndex, convInfo) {
  const strides = util_exports.computeStrides(xShape);
  const maxPools = pool(xValues, xShape, dtype, strides, convInfo, "max");
  const maxPositions = maxPoolPositions(xValues, xShape, dtype, convInfo, true, includeBatchInIndex);
  return [maxPools.values, maxPositions.values];
}

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax.js
var maxPoolWithArgmaxConfig = {
  kernelName: MaxPoolWithArgmax,
  backendName: "cpu",
  kernelFunc: ({ inputs, attrs, backend: backend2 }) => {
    const { x } = inputs;
    const { filterSize, strides, pad: pad2, includeBatchInIndex } = attrs;
    const cpuBackend = backend2;
    assertNotComplex(x, "MaxPoolWithArgmax");
    const values = cpuBackend.data.get(x.dataId).values;
    const convInfo = backend_util_exports.computePool2DInfo(x.shape, filterSize, strides, [1, 1], pad2);
    const [pooled, indexes] = maxPoolWithArgmaxImpl(values, x.shape, x.dtype, includeBatchInIndex, convInfo);
    const pooledDataId = cpuBackend.write(pooled, convInfo.outShape, x.dtype);
    const indexesDataId = cpuBackend.write(indexes, convInfo.outShape, x.dtype);
    return [
      { dataId: pooledDataId, shape: convInfo.outShape, dtype: x.dtype },
      { dataId: indexesDataId, shape: convInfo.outShape, dtype: "int32" }
    ];
  }
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Mean.js
function mean2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis, keepDims } = attrs;
  const axes = util_exports.parseAxisParam(axis, x.shape);
  const shapes = backend_util_exports.computeOutAndReduceShapes(x.shape, axes);
  const reduceShape = shapes[1];
  const reduceSize = util_exports.sizeFromShape(reduceShape);
  const toDispose = [];
  const reduceSizeScalar = backend2.makeTensorInfo([], "float32", new Float32Array([reduceSize]));
  toDispose.push(reduceSizeScalar);
  const $x = cast2({ inputs: { x }, backend: backend2, attrs: { dtype: "float32" } });
  toDispose.push($x);
  const res = div2({ inputs: { a: $x, b: reduceSizeScalar }, backend: backend2 });
  toDispose.push(res);
  const result = sum2({ inputs: { x: res }, backend: backend2, attrs: { axis, keepDims } });
  toDispose.forEach((t) => backend2.disposeIntermediateTensorInfo(t));
  return result;
}
var meanConfig = {
  kernelName: Mean,
  backendName: "cpu",
  kernelFunc: mean2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Min.js
function min3(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { axis, keepDims } = attrs;
  assertNotComplex(x, "min");
  const origAxes = util_exports.parseAxisParam(axis, x.shape);
  let axes = origAxes;
  const permutedAxes = backend_util_exports.getAxesPermutation(axes, x.shape.length);
  let $x = x;
  if (permutedAxes != null) {
    $x = transpose2({ inputs: { x }, backend: backend2, attrs: { perm: permutedAxes } });
    axes = backend_util_exports.getInnerMostAxes(axes.length, x.shape.length);
  }
  backend_util_exports.assertAxesAreInnerMostDims("min", axes, $x.shape.length);
  const [outShape, reduceShape] = backend_util_exports.computeOutAndReduceShapes($x.shape, axes);
  const reduceSize = util_exports.sizeFromShape(reduceShape);
  const vals = util_exports.makeZerosTypedArray(util_exports.sizeFromShape(outShape), $x.dtype);
  const aVals = backend2.data.get($x.dataId).values;
  for (let i = 0; i < vals.length; ++i) {
    const offset2 = i * reduceSize;
    let min4 = aVals[offset2];
    for (let j = 0; j < reduceSize; ++j) {
      const value = aVals[offset2 + j];
      if (Number.isNaN(value) || value < min4) {
        min4 = value;
      }
    }
    vals[i] = min4;
  }
  if (permutedAxes != null) {
    backend2.disposeIntermediateTensorInfo($x);
  }
  const result = backend2.makeTensorInfo(outShape, $x.dtype, vals);
  if (keepDims) {
    const expandedShape = backend_util_exports.expandShapeToKeepDim(outShape, origAxes);
    const reshapedResult = reshape3({ inputs: { x: result }, backend: backend2, attrs: { shape: expandedShape } });
    backend2.disposeIntermediateTensorInfo(result);
    return reshapedResult;
  }
  return result;
}
var minConfig = {
  kernelName: Min,
  backendName: "cpu",
  kernelFunc: min3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/MirrorPad.js
function mirrorPad(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { paddings, mode } = attrs;
  assertNotComplex(x, "mirrorPad");
  const outShape = paddings.map(
    (p2, i) => p2[0] + x.shape[i] + p2[1]
    /* afterPad */
  );
  const start = paddings.map((p2) => p2[0]);
  const end = paddings.map((p2, i) => p2[0] + x.shape[i]);
  const offset2 = mode === "reflect" ? 0 : 1;
  const xVals = backend2.data.get(x.dataId).values;
  const xRank = x.shape.length;
  const xStrides = util_exports.computeStrides(x.shape);
  const resultSize = util_exports.sizeFromShape(outShape);
  const resultRank = outShape.length;
  const resultStrides = util_exports.computeStrides(outShape);
  const resVals = util_exports.getTypedArrayFromDType(x.dtype, resultSize);
  for (let i = 0; i < resultSize; i++) {
    let coords = util_exports.indexToLoc(i, resultRank, resultStrides);
    for (let i2 = 0; i2 < resultRank; i2++) {
      if (coords[i2] < start[i2]) {
        coords[i2] = start[i2] * 2 - coords[i2] - offset2;
      } else if (coords[i2] >= end[i2]) {
        coords[i2] = (end[i2] - 1) * 2 - coords[i2] + offset2;
      }
    }
    coords = coords.map((c, i2) => c - start[i2]);
    const inIndex = util_exports.locToIndex(coords, xRank, xStrides);
    resVals[i] = xVals[inIndex];
  }
  const outId = backend2.write(resVals, outShape, x.dtype);
  return { dataId: outId, shape: outShape, dtype: x.dtype };
}
var mirrorPadConfig = {
  kernelName: MirrorPad,
  backendName: "cpu",
  kernelFunc: mirrorPad
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Mod.js
var modImpl = createSimpleBinaryKernelImpl(((aValue, bValue) => {
  const rem = aValue % bValue;
  if (aValue < 0 && bValue < 0 || aValue >= 0 && bValue >= 0) {
    return rem;
  } else {
    return (rem + bValue) % bValue;
  }
}));
var mod = binaryKernelFunc(Mod, modImpl);
var modConfig = {
  kernelName: Mod,
  backendName: "cpu",
  kernelFunc: mod
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Multinomial.js
var seedrandom = __toESM(require_seedrandom());

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax.js
function softmax3(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { logits } = inputs;
  const { dim } = attrs;
  const logitsRank = logits.shape.length;
  let $dim = dim;
  if ($dim === -1) {
    $dim = logitsRank - 1;
  }
  if ($dim !== logitsRank - 1) {
    throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${logitsRank} and dim was ${$dim}`);
  }
  const axes = util_exports.parseAxisParam([$dim], logits.shape);
  const maxLogit = max3({
    inputs: { x: logits },
    backend: backend2,
    attrs: { reductionIndices: axes, keepDims: false }
  });
  const expandedShape = backend_util_exports.expandShapeToKeepDim(maxLogit.shape, axes);
  const maxLogitReshaped = reshape3({ inputs: { x: maxLogit }, backend: backend2, attrs: { shape: expandedShape } });
  const a = sub2({ inputs: { a: logits, b: maxLogitReshaped }, backend: backend2 });
  const b = exp2({ inputs: { x: a }, backend: backend2 });
  const sumExp = sum2({ inputs: { x: b }, backend: backend2, attrs: { axis: axes, keepDims: false } });
  const sumReshaped = reshape3({ inputs: { x: sumExp }, backend: backend2, attrs: { shape: expandedShape } });
  const result = div2({ inputs: { a: b, b: sumReshaped }, backend: backend2 });
  backend2.disposeIntermediateTensorInfo(maxLogit);
  backend2.disposeIntermediateTensorInfo(maxLogitReshaped);
  backend2.disposeIntermediateTensorInfo(a);
  backend2.disposeIntermediateTensorInfo(b);
  backend2.disposeIntermediateTensorInfo(sumExp);
  backend2.disposeIntermediateTensorInfo(sumReshaped);
  return result;
}
var softmaxConfig = {
  kernelName: Softmax,
  backendName: "cpu",
  kernelFunc: softmax3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Multinomial.js
function multinomial(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { logits } = inputs;
  const { numSamples, seed, normalized } = attrs;
  assertNotComplex(logits, "multinomial");
  const probabilities = normalized ? logits : softmax3({ inputs: { logits }, backend: backend2, attrs: { dim: -1 } });
  const batchSize = probabilities.shape[0];
  const numEvents = probabilities.shape[1];
  const probVals = backend2.data.get(probabilities.dataId).values;
  const resShape = [batchSize, numSamples];
  const resVals = util_exports.makeZerosTypedArray(util_exports.sizeFromShape(resShape), "int32");
  for (let b = 0; b < batchSize; ++b) {
    const offset2 = b * numEvents;
    const cdf = new Float32Array(numEvents - 1);
    cdf[0] = probVals[offset2];
    for (let event = 1; event < cdf.length; ++event) {
      cdf[event] = cdf[event - 1] + probVals[offset2 + event];
    }
    const random = seedrandom.alea(seed.toString());
    const outOffset = b * numSamples;
    for (let sampleId = 0; sampleId < numSamples; ++sampleId) {
      const r = random();
      resVals[outOffset + sampleId] = cdf.length;
      for (let event = 0; event < cdf.length; event++) {
        if (r < cdf[event]) {
          resVals[outOffset + sampleId] = event;
          break;
        }
      }
    }
  }
  if (!normalized) {
    backend2.disposeIntermediateTensorInfo(probabilities);
  }
  return backend2.makeTensorInfo(resShape, "int32", resVals);
}
var multinomialConfig = {
  kernelName: Multinomial,
  backendName: "cpu",
  kernelFunc: multinomial
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV3.js
var nonMaxSuppressionV3Impl = kernel_impls_exports.nonMaxSuppressionV3Impl;
function nonMaxSuppressionV3(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { boxes, scores } = inputs;
  const { maxOutputSize, iouThreshold, scoreThreshold } = attrs;
  assertNotComplex(boxes, "NonMaxSuppression");
  const boxesVals = backend2.data.get(boxes.dataId).values;
  const scoresVals = backend2.data.get(scores.dataId).values;
  const { selectedIndices } = nonMaxSuppressionV3Impl(boxesVals, scoresVals, maxOutputSize, iouThreshold, scoreThreshold);
  return backend2.makeTensorInfo([selectedIndices.length], "int32", new Int32Array(selectedIndices));
}
var nonMaxSuppressionV3Config = {
  kernelName: NonMaxSuppressionV3,
  backendName: "cpu",
  kernelFunc: nonMaxSuppressionV3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV4.js
var nonMaxSuppressionV4Impl = kernel_impls_exports.nonMaxSuppressionV4Impl;
function nonMaxSuppressionV4(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { boxes, scores } = inputs;
  const { maxOutputSize, iouThreshold, scoreThreshold, padToMaxOutputSize } = attrs;
  assertNotComplex(boxes, "NonMaxSuppressionPadded");
  const boxesVals = backend2.data.get(boxes.dataId).values;
  const scoresVals = backend2.data.get(scores.dataId).values;
  const { selectedIndices, validOutputs } = nonMaxSuppressionV4Impl(boxesVals, scoresVals, maxOutputSize, iouThreshold, scoreThreshold, padToMaxOutputSize);
  return [
    backend2.makeTensorInfo([selectedIndices.length], "int32", new Int32Array(selectedIndices)),
    backend2.makeTensorInfo([], "int32", new Int32Array([validOutputs]))
  ];
}
var nonMaxSuppressionV4Config = {
  kernelName: NonMaxSuppressionV4,
  backendName: "cpu",
  kernelFunc: nonMaxSuppressionV4
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV5.js
var nonMaxSuppressionV5Impl = kernel_impls_exports.nonMaxSuppressionV5Impl;
function nonMaxSuppressionV5(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { boxes, scores } = inputs;
  const { maxOutputSize, iouThreshold, scoreThreshold, softNmsSigma } = attrs;
  assertNotComplex(boxes, "NonMaxSuppressionWithScore");
  const boxesVals = backend2.data.get(boxes.dataId).values;
  const scoresVals = backend2.data.get(scores.dataId).values;
  const maxOutputSizeVal = maxOutputSize;
  const iouThresholdVal = iouThreshold;
  const scoreThresholdVal = scoreThreshold;
  const softNmsSigmaVal = softNmsSigma;
  const { selectedIndices, selectedScores } = nonMaxSuppressionV5Impl(boxesVals, scoresVals, maxOutputSizeVal, iouThresholdVal, scoreThresholdVal, softNmsSigmaVal);
  return [
    backend2.makeTensorInfo([selectedIndices.length], "int32", new Int32Array(selectedIndices)),
    backend2.makeTensorInfo([selectedScores.length], "float32", new Float32Array(selectedScores))
  ];
}
var nonMaxSuppressionV5Config = {
  kernelName: NonMaxSuppressionV5,
  backendName: "cpu",
  kernelFunc: nonMaxSuppressionV5
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/OneHot.js
function oneHot2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { indices } = inputs;
  const { dtype, depth, onValue, offValue } = attrs;
  assertNotComplex(indices, "oneHot");
  const indicesSize = util_exports.sizeFromShape(indices.shape);
  const res = new Float32Array(indicesSize * depth);
  res.fill(offValue);
  const indicesVal = backend2.data.get(indices.dataId).values;
  for (let event = 0; event < indicesSize; ++event) {
    if (indicesVal[event] >= 0 && indicesVal[event] < depth) {
      res[event * depth + indicesVal[event]] = onValue;
    }
  }
  return backend2.makeTensorInfo([...indices.shape, depth], dtype, res);
}
var oneHotConfig = {
  kernelName: OneHot,
  backendName: "cpu",
  kernelFunc: oneHot2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ZerosLike.js
function zerosLike2(args) {
  const { inputs, backend: backend2 } = args;
  const { x } = inputs;
  if (x.dtype === "string") {
    throw new Error("zerosLike is not supported for string tensors");
  } else if (x.dtype === "complex64") {
    const realPart = real({ inputs: { input: x }, backend: backend2 });
    const r = zerosLike2({ inputs: { x: realPart }, backend: backend2 });
    const imagPart = imag({ inputs: { input: x }, backend: backend2 });
    const i = zerosLike2({ inputs: { x: imagPart }, backend: backend2 });
    const result = complex({ inputs: { real: r, imag: i }, backend: backend2 });
    backend2.disposeIntermediateTensorInfo(realPart);
    backend2.disposeIntermediateTensorInfo(r);
    backend2.disposeIntermediateTensorInfo(imagPart);
    backend2.disposeIntermediateTensorInfo(i);
    return result;
  } else {
    return fill2({ backend: backend2, attrs: { shape: x.shape, value: 0, dtype: x.dtype } });
  }
}
var zerosLikeConfig = {
  kernelName: ZerosLike,
  backendName: "cpu",
  kernelFunc: zerosLike2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/OnesLike.js
function onesLike2(args) {
  const { inputs, backend: backend2 } = args;
  const { x } = inputs;
  if (x.dtype === "string") {
    throw new Error("onesLike is not supported for string tensors");
  } else if (x.dtype === "complex64") {
    const realPart = real({ inputs: { input: x }, backend: backend2 });
    const r = onesLike2({ inputs: { x: realPart }, backend: backend2 });
    const imagPart = imag({ inputs: { input: x }, backend: backend2 });
    const i = zerosLike2({ inputs: { x: imagPart }, backend: backend2 });
    const result = complex({ inputs: { real: r, imag: i }, backend: backend2 });
    backend2.disposeIntermediateTensorInfo(realPart);
    backend2.disposeIntermediateTensorInfo(r);
    backend2.disposeIntermediateTensorInfo(imagPart);
    backend2.disposeIntermediateTensorInfo(i);
    return result;
  } else {
    return fill2({ backend: backend2, attrs: { shape: x.shape, value: 1, dtype: x.dtype } });
  }
}
var onesLikeConfig = {
  kernelName: OnesLike,
  backendName: "cpu",
  kernelFunc: onesLike2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Pack.js
function pack(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { axis } = attrs;
  if (inputs.length === 1) {
    return expandDims3({ inputs: { input: inputs[0] }, backend: backend2, attrs: { dim: axis } });
  }
  const shape = inputs[0].shape;
  const dtype = inputs[0].dtype;
  inputs.forEach((t) => {
    util_exports.assertShapesMatch(shape, t.shape, "All tensors passed to stack must have matching shapes");
    util_exports.assert(dtype === t.dtype, () => "All tensors passed to stack must have matching dtypes");
  });
  const intermediateTensorInfos = [];
  const expandedTensors = inputs.map((t) => {
    const expandedT = expandDims3({ inputs: { input: t }, backend: backend2, attrs: { dim: axis } });
    intermediateTensorInfos.push(expandedT);
    return expandedT;
  });
  const result = concat2({ inputs: expandedTensors, backend: backend2, attrs: { axis } });
  intermediateTensorInfos.forEach((t) => backend2.disposeIntermediateTensorInfo(t));
  return result;
}
var packConfig = {
  kernelName: Pack,
  backendName: "cpu",
  kernelFunc: pack
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/PadV2.js
function padV2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { paddings, constantValue } = attrs;
  assertNotComplex(x, "pad");
  const outShape = paddings.map(
    (p2, i) => p2[0] + x.shape[i] + p2[1]
    /* afterPad */
  );
  const start = paddings.map((p2) => p2[0]);
  const xVals = backend2.data.get(x.dataId).values;
  const xSize = util_exports.sizeFromShape(x.shape);
  const xRank = x.shape.length;
  const xStrides = util_exports.computeStrides(x.shape);
  const resultSize = util_exports.sizeFromShape(outShape);
  const resultRank = outShape.length;
  const resultStrides = util_exports.computeStrides(outShape);
  const resVals = util_exports.getTypedArrayFromDType(x.dtype, resultSize);
  if (constantValue !== 0) {
    resVals.fill(constantValue);
  }
  for (let i = 0; i < xSize; i++) {
    const coords = util_exports.indexToLoc(i, xRank, xStrides);
    const outCoords = coords.map((c, i2) => c + start[i2]);
    const outIndex = util_exports.locToIndex(outCoords, resultRank, resultStrides);
    resVals[outIndex] = xVals[i];
  }
  const outId = backend2.write(resVals, outShape, x.dtype);
  return { dataId: outId, shape: outShape, dtype: x.dtype };
}
var padV2Config = {
  kernelName: PadV2,
  backendName: "cpu",
  kernelFunc: padV2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Pow.js
var powImpl = createSimpleBinaryKernelImpl((a, b) => Math.pow(a, b));
var pow2 = binaryKernelFunc(Pow, powImpl);
var powConfig = {
  kernelName: Pow,
  backendName: "cpu",
  kernelFunc: pow2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather.js
function raggedGather(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { paramsNestedSplits, paramsDenseValues, indices } = inputs;
  const { outputRaggedRank } = attrs;
  const $paramsNestedSplits = paramsNestedSplits.map((t) => backend2.data.get(t.dataId).values);
  const $paramsNestedSplitsShapes = paramsNestedSplits.map((t) => t.shape);
  const $paramsDenseValues = backend2.data.get(paramsDenseValues.dataId).values;
  const $indices = backend2.data.get(indices.dataId).values;
  const [outputNestedSplits, outputDenseValues, outputDenseValuesShape] = raggedGatherImpl($paramsNestedSplits, $paramsNestedSplitsShapes, $paramsDenseValues, paramsDenseValues.shape, paramsDenseValues.dtype, $indices, indices.shape, outputRaggedRank);
  const outputNestedSplitsTensors = outputNestedSplits.map((splits) => backend2.makeTensorInfo([splits.length], "int32", splits));
  const outputDenseValuesTensor = backend2.makeTensorInfo(outputDenseValuesShape, paramsDenseValues.dtype, outputDenseValues);
  return outputNestedSplitsTensors.concat([outputDenseValuesTensor]);
}
var raggedGatherConfig = {
  kernelName: RaggedGather,
  backendName: "cpu",
  kernelFunc: raggedGather
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange.js
function raggedRange(args) {
  const { inputs, backend: backend2 } = args;
  const { starts, limits, deltas } = inputs;
  const $starts = backend2.data.get(starts.dataId).values;
  const $limits = backend2.data.get(limits.dataId).values;
  const $deltas = backend2.data.get(deltas.dataId).values;
  const [rtNestedSplitsData, rtDenseValuesData] = raggedRangeImpl($starts, starts.shape, starts.dtype, $limits, limits.shape, $deltas, deltas.shape);
  const rtNestedSplits = backend2.makeTensorInfo([rtNestedSplitsData.length], "int32", rtNestedSplitsData);
  const rtDenseValues = backend2.makeTensorInfo([rtDenseValuesData.length], starts.dtype, rtDenseValuesData);
  return [rtNestedSplits, rtDenseValues];
}
var raggedRangeConfig = {
  kernelName: RaggedRange,
  backendName: "cpu",
  kernelFunc: raggedRange
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor.js
function raggedTensorToTensor(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { shape, values, defaultValue, rowPartitionTensors } = inputs;
  const { rowPartitionTypes } = attrs;
  const $shape = backend2.data.get(shape.dataId).values;
  const $values = backend2.data.get(values.dataId).values;
  const $defaultValue = backend2.data.get(defaultValue.dataId).values;
  const $rowPartitionValues = rowPartitionTensors.map((t) => backend2.data.get(t.dataId).values);
  const rowPartitionValuesShapes = rowPartitionTensors.map((t) => t.shape);
  const [outputShape, output] = raggedTensorToTensorImpl($shape, shape.shape, $values, values.shape, values.dtype, $defaultValue, defaultValue.shape, $rowPartitionValues, rowPartitionValuesShapes, rowPartitionTypes);
  return backend2.makeTensorInfo(outputShape, values.dtype, output);
}
var raggedTensorToTensorConfig = {
  kernelName: RaggedTensorToTensor,
  backendName: "cpu",
  kernelFunc: raggedTensorToTensor
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Range.js
function range3(args) {
  const { backend: backend2, attrs } = args;
  const { start, stop, dtype, step: step3 } = attrs;
  const values = rangeImpl(start, stop, step3, dtype);
  return backend2.makeTensorInfo([values.length], dtype, values);
}
var rangeConfig = {
  kernelName: Range,
  backendName: "cpu",
  kernelFunc: range3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Reciprocal.js
var reciprocal = unaryKernelFunc(Reciprocal, (xi) => 1 / xi);
var reciprocalConfig = {
  kernelName: Reciprocal,
  backendName: "cpu",
  kernelFunc: reciprocal
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinear.js
function resizeBilinear2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { images } = inputs;
  const { alignCorners, halfPixelCenters, size } = attrs;
  assertNotComplex(images, "resizeBilinear");
  const imagesStrides = util_exports.computeStrides(images.shape);
  const [newHeight, newWidth] = size;
  const [batch, oldHeight, oldWidth, numChannels] = images.shape;
  const xValues = backend2.data.get(images.dataId).values;
  const result = new Float32Array(util_exports.sizeFromShape([batch, newHeight, newWidth, numChannels]));
  const effectiveInputSize = [
    alignCorners && newHeight > 1 ? oldHeight - 1 : oldHeight,
    alignCorners && newWidth > 1 ? oldWidth - 1 : oldWidth
  ];
  const effectiveOutputSize = [
    alignCorners && newHeight > 1 ? newHeight - 1 : newHeight,
    alignCorners && newWidth > 1 ? newWidth - 1 : newWidth
  ];
  let outputIdx = 0;
  const effectiveRowSizeRatio = effectiveInputSize[0] / effectiveOutputSize[0];
  const effectiveColSizeRatio = effectiveInputSize[1] / effectiveOutputSize[1];
  for (let b = 0; b < batch; b++) {
    for (let r = 0; r < newHeight; r++) {
      let sourceFracRow;
      if (halfPixelCenters) {
        sourceFracRow = effectiveRowSizeRatio * (r + 0.5) - 0.5;
      } else {
        sourceFracRow = effectiveRowSizeRatio * r;
      }
      const sourceRowFloor = Math.max(0, Math.floor(sourceFracRow));
      const rowFrac = sourceFracRow - sourceRowFloor;
      const sourceRowCeil = Math.min(oldHeight - 1, Math.ceil(sourceFracRow));
      const topRowOffset = b * imagesStrides[0] + sourceRowFloor * imagesStrides[1];
      const botRowOffset = b * imagesStrides[0] + sourceRowCeil * imagesStrides[1];
      for (let c = 0; c < newWidth; c++) {
        let sourceFracCol;
        if (halfPixelCenters) {
          sourceFracCol = effectiveColSizeRatio * (c + 0.5) - 0.5;
        } else {
          sourceFracCol = effectiveColSizeRatio * c;
        }
        const sourceColFloor = Math.max(0, Math.floor(sourceFracCol));
        const colFrac = sourceFracCol - sourceColFloor;
        const sourceColCeil = Math.min(oldWidth - 1, Math.ceil(sourceFracCol));
        const topLeftOffest = topRowOffset + sourceColFloor * imagesStrides[2];
        const botLeftOffset = botRowOffset + sourceColFloor * imagesStrides[2];
        const topRightOffset = topRowOffset + sourceColCeil * imagesStrides[2];
        const botRightOffest = botRowOffset + sourceColCeil * imagesStrides[2];
        for (let d = 0; d < numChannels; d++) {
          const topLeft = xValues[topLeftOffest + d];
          const bottomLeft = xValues[botLeftOffset + d];
          const topRight = xValues[topRightOffset + d];
          const bottomRight = xValues[botRightOffest + d];
          const top = topLeft + (topRight - topLeft) * colFrac;
          const bottom = bottomLeft + (bottomRight - bottomLeft) * colFrac;
          const newValue = top + (bottom - top) * rowFrac;
          result[outputIdx++] = newValue;
        }
      }
    }
  }
  return backend2.makeTensorInfo([batch, newHeight, newWidth, numChannels], "float32", result);
}
var resizeBilinearConfig = {
  kernelName: ResizeBilinear,
  backendName: "cpu",
  kernelFunc: resizeBilinear2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinearGrad.js
function resizeBilinearGrad(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { images, dy } = inputs;
  const { alignCorners } = attrs;
  assertNotComplex([dy, images], "resizeBilinearGrad");
  const imagesStrides = util_exports.computeStrides(images.shape);
  const [batch, xHeight, xWidth, depth] = images.shape;
  const [, yHeight, yWidth] = dy.shape;
  const output = new Float32Array(batch * xHeight * xWidth * depth);
  const effectiveXSize = [
    alignCorners && yHeight > 1 ? xHeight - 1 : xHeight,
    alignCorners && yWidth > 1 ? xWidth - 1 : xWidth
  ];
  const effectiveYSize = [
    alignCorners && yHeight > 1 ? yHeight - 1 : yHeight,
    alignCorners && yWidth > 1 ? yWidth - 1 : yWidth
  ];
  const heightScale = effectiveXSize[0] / effectiveYSize[0];
  const widthScale = effectiveXSize[1] / effectiveYSize[1];
  const dyValues = backend2.data.get(dy.dataId).values;
  let offset2 = 0;
  for (let b = 0; b < batch; b++) {
    const bOffset = b * imagesStrides[0];
    for (let r = 0; r < yHeight; r++) {
      const dxR = r * heightScale;
      const topDxRIndex = Math.floor(dxR);
      const bottomDxRIndex = Math.min(Math.ceil(dxR), xHeight - 1);
      const topDxROffset = bOffset + topDxRIndex * imagesStrides[1];
      const bottomDxROffset = bOffset + bottomDxRIndex * imagesStrides[1];
      const dxRLerp = dxR - topDxRIndex;
      const inverseDxRLerp = 1 - dxRLerp;
      for (let c = 0; c < yWidth; c++) {
        const dxC = c * widthScale;
        const leftDxCIndex = Math.floor(dxC);
        const rightDxCIndex = Math.min(Math.ceil(dxC), xWidth - 1);
        const dxCLerp = dxC - leftDxCIndex;
        const inverseDxCLerp = 1 - dxCLerp;
        const topLeftRCOffset = topDxROffset + leftDxCIndex * imagesStrides[2];
        const topRightRCOffset = topDxROffset + rightDxCIndex * imagesStrides[2];
        const bottomLeftRCOffset = bottomDxROffset + leftDxCIndex * imagesStrides[2];
        const bottomRightRCOffset = bottomDxROffset + rightDxCIndex * imagesStrides[2];
        const inverseDxRLerpTimesInverseDxCLerp = inverseDxRLerp * inverseDxCLerp;
        const inverseDxRLerpTimesDxCLerp = inverseDxRLerp * dxCLerp;
        const dxRLerpTimesInverseDxCLerp = dxRLerp * inverseDxCLerp;
        const dxRLerpTimesDxCLerp = dxRLerp * dxCLerp;
        for (let d = 0; d < depth; d++) {
          const dyVal = dyValues[offset2++];
          output[topLeftRCOffset + d] += dyVal * inverseDxRLerpTimesInverseDxCLerp;
          output[topRightRCOffset + d] += dyVal * inverseDxRLerpTimesDxCLerp;
          output[bottomLeftRCOffset + d] += dyVal * dxRLerpTimesInverseDxCLerp;
          output[bottomRightRCOffset + d] += dyVal * dxRLerpTimesDxCLerp;
        }
      }
    }
  }
  return backend2.makeTensorInfo([batch, xWidth, xHeight, depth], "float32", output);
}
var resizeBilinearGradConfig2 = {
  kernelName: ResizeBilinearGrad,
  backendName: "cpu",
  kernelFunc: resizeBilinearGrad
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighbor.js
function resizeNearestNeighbor(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { images } = inputs;
  const { alignCorners, halfPixelCenters, size } = attrs;
  assertNotComplex(images, "resizeNearestNeighbor");
  const imagesStrides = util_exports.computeStrides(images.shape);
  const [newHeight, newWidth] = size;
  const [batch, oldHeight, oldWidth, numChannels] = images.shape;
  const xValues = backend2.data.get(images.dataId).values;
  const output = new Float32Array(batch * newHeight * newWidth * numChannels);
  const effectiveInputSize = [
    alignCorners && newHeight > 1 ? oldHeight - 1 : oldHeight,
    alignCorners && newWidth > 1 ? oldWidth - 1 : oldWidth
  ];
  const effectiveOutputSize = [
    alignCorners && newHeight > 1 ? newHeight - 1 : newHeight,
    alignCorners && newWidth > 1 ? newWidth - 1 : newWidth
  ];
  const effectiveRowSizeRatio = effectiveInputSize[0] / effectiveOutputSize[0];
  const effectiveColSizeRatio = effectiveInputSize[1] / effectiveOutputSize[1];
  let outputOffset = 0;
  for (let b = 0; b < batch; b++) {
    const batchOffset = b * imagesStrides[0];
    for (let r = 0; r < newHeight; r++) {
      const sourceFracRow = halfPixelCenters ? effectiveRowSizeRatio * (r + 0.5) : effectiveRowSizeRatio * r;
      let sourceNearestRow = Math.min(oldHeight - 1, alignCorners ? Math.round(sourceFracRow) : Math.floor(sourceFracRow));
      if (halfPixelCenters) {
        sourceNearestRow = Math.max(0, sourceNearestRow);
      }
      const rowOffset = batchOffset + sourceNearestRow * imagesStrides[1];
      for (let c = 0; c < newWidth; c++) {
        const sourceFracCol = halfPixelCenters ? effectiveColSizeRatio * (c + 0.5) : effectiveColSizeRatio * c;
        let sourceNearestCol = Math.min(oldWidth - 1, alignCorners ? Math.round(sourceFracCol) : Math.floor(sourceFracCol));
        if (halfPixelCenters) {
          sourceNearestCol = Math.max(0, sourceNearestCol);
        }
        const colOffset = rowOffset + sourceNearestCol * imagesStrides[2];
        for (let d = 0; d < numChannels; d++) {
          const newVal = xValues[colOffset + d];
          output[outputOffset++] = newVal;
        }
      }
    }
  }
  return backend2.makeTensorInfo([batch, newHeight, newWidth, numChannels], images.dtype, output);
}
var resizeNearestNeighborConfig = {
  kernelName: ResizeNearestNeighbor,
  backendName: "cpu",
  kernelFunc: resizeNearestNeighbor
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighborGrad.js
function resizeNearestNeighborGrad(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { images, dy } = inputs;
  const { alignCorners } = attrs;
  assertNotComplex([dy, images], "resizeNearestNeighborGrad");
  const imagesStrides = util_exports.computeStrides(images.shape);
  const dyStrides = util_exports.computeStrides(dy.shape);
  const [batch, xHeight, xWidth, depth] = images.shape;
  const [, yHeight, yWidth] = dy.shape;
  const output = new Float32Array(batch * xHeight * xWidth * depth);
  const dyValues = backend2.data.get(dy.dataId).values;
  const effectiveXSize = [
    alignCorners && yHeight > 1 ? xHeight - 1 : xHeight,
    alignCorners && yWidth > 1 ? xWidth - 1 : xWidth
  ];
  const effectiveYSize = [
    alignCorners && yHeight > 1 ? yHeight - 1 : yHeight,
    alignCorners && yWidth > 1 ? yWidth - 1 : yWidth
  ];
  const heightScale = effectiveXSize[0] / effectiveYSize[0];
  const widthScale = effectiveXSize[1] / effectiveYSize[1];
  const invHeightScale = 1 / heightScale;
  const invWidthScale = 1 / widthScale;
  const winHeight = Math.ceil(invHeightScale) * 2 + 2;
  const winWidth = Math.ceil(invWidthScale) * 2 + 2;
  for (let b = 0; b < batch; b++) {
    const batchOffset = b * imagesStrides[0];
    for (let r = 0; r < xHeight; r++) {
      const rowOffset = batchOffset + r * imagesStrides[1];
      const startRLerp = Math.floor(r * invHeightScale);
      const startDyR = Math.floor(startRLerp - winHeight / 2);
      for (let c = 0; c < xWidth; c++) {
        const colOffset = rowOffset + c * imagesStrides[2];
        const startCLerp = Math.floor(c * invWidthScale);
        const startDyC = Math.floor(startCLerp - winWidth / 2);
        for (let d = 0; d < depth; d++) {
          let accum = 0;
          for (let dyRIndex = 0; dyRIndex < winHeight; dyRIndex++) {
            const dyR = dyRIndex + startDyR;
            if (dyR < 0 || dyR >= yHeight) {
              continue;
            }
            const dyROffset = batchOffset + dyR * dyStrides[1];
            const sourceFracRow = dyR * heightScale;
            const sourceNearestRow = Math.min(xHeight - 1, alignCorners ? Math.round(sourceFracRow) : Math.floor(sourceFracRow));
            if (r !== sourceNearestRow) {
              continue;
            }
            for (let dyCIndex = 0; dyCIndex < winWidth; dyCIndex++) {
              const dyC = dyCIndex + startDyC;
              if (dyC < 0 || dyC >= yWidth) {
                continue;
              }
              const dyCOffset = dyROffset + dyC * dyStrides[2];
              const sourceFracCol = dyC * widthScale;
              const sourceNearestCol = Math.min(xWidth - 1, alignCorners ? Math.round(sourceFracCol) : Math.floor(sourceFracCol));
              if (c === sourceNearestCol) {
                accum += dyValues[dyCOffset + d];
              }
            }
          }
          output[colOffset + d] = accum;
        }
      }
    }
  }
  return backend2.makeTensorInfo(images.shape, images.dtype, output);
}
var resizeNearestNeighborGradConfig2 = {
  kernelName: ResizeNearestNeighborGrad,
  backendName: "cpu",
  kernelFunc: resizeNearestNeighborGrad
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Reverse.js
function reverse2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { dims } = attrs;
  assertNotComplex(x, "reverse");
  const xRank = x.shape.length;
  const $dims = util_exports.parseAxisParam(dims, x.shape);
  if (xRank === 0) {
    return identity({ inputs: { x }, backend: backend2 });
  }
  const outBuf = new TensorBuffer(x.shape, x.dtype);
  const xBuf = backend2.bufferSync(x);
  for (let i = 0; i < outBuf.size; i++) {
    const outLoc = outBuf.indexToLoc(i);
    const inLoc = outLoc.slice();
    $dims.forEach((d) => inLoc[d] = x.shape[d] - 1 - inLoc[d]);
    outBuf.set(xBuf.get(...inLoc), ...outLoc);
  }
  return backend2.makeTensorInfo(outBuf.shape, outBuf.dtype, outBuf.values);
}
var reverseConfig = {
  kernelName: Reverse,
  backendName: "cpu",
  kernelFunc: reverse2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/RotateWithOffset.js
var rotateWithOffsetConfig = {
  kernelName: RotateWithOffset,
  backendName: "cpu",
  kernelFunc: ({ inputs, attrs, backend: backend2 }) => {
    const { image: image2 } = inputs;
    const { radians, fillValue, center } = attrs;
    const cpuBackend = backend2;
    const output = util_exports.getTypedArrayFromDType(image2.dtype, util_exports.sizeFromShape(image2.shape));
    const [batch, imageHeight, imageWidth, numChannels] = image2.shape;
    const [centerX, centerY] = backend_util_exports.getImageCenter(center, imageHeight, imageWidth);
    const fullOpacityValue = 255;
    const sinFactor = Math.sin(radians);
    const cosFactor = Math.cos(radians);
    const imageVals = cpuBackend.data.get(image2.dataId).values;
    for (let batchIdx = 0; batchIdx < batch; batchIdx++) {
      const batchOffset = batchIdx * imageWidth * imageHeight * numChannels;
      for (let row = 0; row < imageHeight; row++) {
        const rowOffset = row * (imageWidth * numChannels);
        for (let col = 0; col < imageWidth; col++) {
          const colOffset = col * numChannels;
          for (let channel = 0; channel < numChannels; channel++) {
            const coords = [batch, row, col, channel];
            const x = coords[2];
            const y = coords[1];
            let coordX = (x - centerX) * cosFactor - (y - centerY) * sinFactor;
            let coordY = (x - centerX) * sinFactor + (y - centerY) * cosFactor;
            coordX = Math.round(coordX + centerX);
            coordY = Math.round(coordY + centerY);
            let outputValue = fillValue;
            if (typeof fillValue !== "number") {
              if (channel === 3) {
                outputValue = fullOpacityValue;
              } else {
                outputValue = fillValue[channel];
              }
            }
            if (coordX >= 0 && coordX < imageWidth && coordY >= 0 && coordY < imageHeight) {
              const rotatedRowOffset = coordY * (imageWidth * numChannels);
              const rotatedColOffset = coordX * numChannels;
              const imageIdx = batchOffset + rotatedRowOffset + rotatedColOffset + channel;
              outputValue = imageVals[imageIdx];
            }
            const outIdx = batchOffset + rowOffset + colOffset + channel;
            output[outIdx] = outputValue;
          }
        }
      }
    }
    const dataId = cpuBackend.write(output, image2.shape, image2.dtype);
    return { dataId, shape: image2.shape, dtype: image2.dtype };
  }
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Round.js
var round = unaryKernelFunc(Round, (xi) => {
  const base = Math.floor(xi);
  if (xi - base < 0.5) {
    return Math.floor(xi);
  } else if (xi - base > 0.5) {
    return Math.ceil(xi);
  } else {
    if (base % 2 === 0) {
      return base;
    } else {
      return base + 1;
    }
  }
});
var roundConfig = {
  kernelName: Round,
  backendName: "cpu",
  kernelFunc: round
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/ScatterNd.js
function scatterNd(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { indices, updates } = inputs;
  const { shape } = attrs;
  const { sliceRank, numUpdates, sliceSize, strides, outputSize } = backend_util_exports.calculateShapes(updates, indices, shape);
  const sumDupeIndices = true;
  const indicesBuf = backend2.bufferSync(indices);
  const updatesBuf = backend2.bufferSync(updates);
  const outBuf = scatterImpl(indicesBuf, updatesBuf, shape, outputSize, sliceSize, numUpdates, sliceRank, strides, 0, sumDupeIndices);
  return backend2.makeTensorInfo(shape, outBuf.dtype, outBuf.values);
}
var scatterNdConfig = {
  kernelName: ScatterNd,
  backendName: "cpu",
  kernelFunc: scatterNd
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted_impl.js
function lowerBound(array, value) {
  let left = 0;
  let right = array.length;
  let mid = 0;
  while (left < right) {
    mid = Math.floor((left + right) / 2);
    if (array[mid] < value) {
      left = mid + 1;
    } else {
      right = mid;
    }
  }
  return right;
}
function upperBound(array, value) {
  let left = 0;
  let right = array.length;
  let mid = 0;
  while (left < right) {
    mid = Math.floor((left + right) / 2);
    if (array[mid] <= value) {
      left = mid + 1;
    } else {
      right = mid;
    }
  }
  return right;
}
function searchSortedImpl(sortedInputs, values, batchSize, numInputs, numValues, side) {
  const output = util_exports.getArrayFromDType("int32", batchSize * numValues);
  for (let b = 0; b < batchSize; ++b) {
    const sortedInputsSlice = sortedInputs.slice(b * numInputs, (b + 1) * numInputs);
    const outputOffset = b * numValues;
    for (let i = 0; i < numValues; ++i) {
      output[outputOffset + i] = side === "left" ? lowerBound(sortedInputsSlice, values[i + outputOffset]) : upperBound(sortedInputsSlice, values[i + outputOffset]);
    }
  }
  return output;
}

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted.js
function searchSorted(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { sortedSequence, values } = inputs;
  const { side } = attrs;
  const $sortedSequence = backend2.data.get(sortedSequence.dataId).values;
  const $values = backend2.data.get(values.dataId).values;
  const output = searchSortedImpl($sortedSequence, $values, sortedSequence.shape[0], sortedSequence.shape[1], values.shape[1], side);
  return backend2.makeTensorInfo(values.shape, "int32", output);
}
var searchSortedConfig = {
  kernelName: SearchSorted,
  backendName: "cpu",
  kernelFunc: searchSorted
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Select.js
function select(args) {
  const { inputs, backend: backend2 } = args;
  const { condition, t, e } = inputs;
  assertNotComplex([condition, t, e], "select");
  const conditionRank = condition.shape.length;
  const values = backend2.data.get(condition.dataId).values;
  const tValues = backend2.data.get(t.dataId).values;
  const eValues = backend2.data.get(e.dataId).values;
  const resultDtype = upcastType(t.dtype, e.dtype);
  const newValues = util_exports.makeZerosTypedArray(util_exports.sizeFromShape(t.shape), resultDtype);
  let index = 0;
  const offset2 = conditionRank === 0 || conditionRank > 1 || t.shape.length === 1 ? 1 : util_exports.sizeFromShape(t.shape.slice(1));
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < offset2; j++) {
      if (values[i] === 1) {
        newValues[index++] = tValues[i];
      } else {
        newValues[index++] = eValues[i];
      }
    }
  }
  return backend2.makeTensorInfo(t.shape, resultDtype, newValues);
}
var selectConfig = {
  kernelName: Select,
  backendName: "cpu",
  kernelFunc: select
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Selu.js
var scaleAlpha = backend_util_exports.SELU_SCALEALPHA;
var scale = backend_util_exports.SELU_SCALE;
var selu2 = unaryKernelFunc(Selu, (xi) => {
  if (xi >= 0) {
    return scale * xi;
  } else {
    return scaleAlpha * (Math.exp(xi) - 1);
  }
});
var seluConfig = {
  kernelName: Selu,
  backendName: "cpu",
  kernelFunc: selu2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Sign.js
var sign = unaryKernelFunc(Sign, (xi) => {
  if (xi < 0) {
    return -1;
  } else if (xi > 0) {
    return 1;
  } else {
    return 0;
  }
});
var signConfig = {
  kernelName: Sign,
  backendName: "cpu",
  kernelFunc: sign
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Sin.js
var sin2 = unaryKernelFunc(Sin, (xi) => Math.sin(xi));
var sinConfig = {
  kernelName: Sin,
  backendName: "cpu",
  kernelFunc: sin2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Sinh.js
var sinh2 = unaryKernelFunc(Sinh, (xi) => Math.sinh(xi));
var sinhConfig = {
  kernelName: Sinh,
  backendName: "cpu",
  kernelFunc: sinh2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Softplus.js
var epsilon2 = 11920928955078125e-23;
var threshold = Math.log(epsilon2) + 2;
var softplus2 = unaryKernelFunc(Softplus, (xi) => {
  const tooLarge = xi > -threshold;
  const tooSmall = xi < threshold;
  const expX = Math.exp(xi);
  let result;
  if (tooSmall) {
    result = expX;
  } else if (tooLarge) {
    result = xi;
  } else {
    result = Math.log(1 + expX);
  }
  return result;
});
var softplusConfig = {
  kernelName: Softplus,
  backendName: "cpu",
  kernelFunc: softplus2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SpaceToBatchND.js
function spaceToBatchND2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { blockShape, paddings } = attrs;
  assertNotComplex([x], "spaceToBatchND");
  const prod = util_exports.sizeFromShape(blockShape);
  const completePaddings = [[0, 0]];
  completePaddings.push(...paddings);
  for (let i = 1 + blockShape.length; i < x.shape.length; ++i) {
    completePaddings.push([0, 0]);
  }
  const paddedX = padV2Config.kernelFunc({
    inputs: { x },
    backend: backend2,
    attrs: { paddings: completePaddings, constantValue: 0 }
  });
  const reshapedPaddedShape = backend_util_exports.getReshaped(paddedX.shape, blockShape, prod, false);
  const permutedReshapedPaddedPermutation = backend_util_exports.getPermuted(reshapedPaddedShape.length, blockShape.length, false);
  const flattenShape = backend_util_exports.getReshapedPermuted(paddedX.shape, blockShape, prod, false);
  const reshapeInputs = { x: paddedX };
  const reshapeAttrs = { shape: reshapedPaddedShape };
  const paddedXReshaped = reshape3({ inputs: reshapeInputs, backend: backend2, attrs: reshapeAttrs });
  const transposeInputs = { x: paddedXReshaped };
  const transposeAttrs = { perm: permutedReshapedPaddedPermutation };
  const paddedXT = transpose2({ inputs: transposeInputs, backend: backend2, attrs: transposeAttrs });
  const resultReshapeInputs = { x: paddedXT };
  const resultReshapeAttrs = { shape: flattenShape };
  const result = reshape3({ inputs: resultReshapeInputs, backend: backend2, attrs: resultReshapeAttrs });
  backend2.disposeIntermediateTensorInfo(paddedX);
  backend2.disposeIntermediateTensorInfo(paddedXReshaped);
  backend2.disposeIntermediateTensorInfo(paddedXT);
  return result;
}
var spaceToBatchNDConfig = {
  kernelName: SpaceToBatchND,
  backendName: "cpu",
  kernelFunc: spaceToBatchND2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows.js
function sparseFillEmptyRows(args) {
  const { inputs, backend: backend2 } = args;
  const { indices, values, denseShape, defaultValue } = inputs;
  if (denseShape.shape.length !== 1) {
    throw new Error(`Dense shape must be a vector, saw:
        ${denseShape.shape}`);
  }
  if (indices.shape.length !== 2) {
    throw new Error(`Indices must be a matrix, saw:
        ${indices.shape}`);
  }
  if (values.shape.length !== 1) {
    throw new Error(`Values must be a vector, saw:
        ${values.shape}`);
  }
  if (defaultValue.shape.length !== 0) {
    throw new Error(`Default value must be a scalar, saw:
        ${defaultValue.shape}`);
  }
  const $indices = backend2.data.get(indices.dataId).values;
  const $values = backend2.data.get(values.dataId).values;
  const $denseShape = backend2.data.get(denseShape.dataId).values;
  const $defaultValue = backend2.data.get(defaultValue.dataId).values[0];
  const [outputIndices, outputIndicesShape, outputValues, emptyRowIndicator, reverseIndexMap] = sparseFillEmptyRowsImpl($indices, indices.shape, indices.dtype, $values, values.dtype, $denseShape, $defaultValue);
  return [
    backend2.makeTensorInfo(outputIndicesShape, indices.dtype, outputIndices),
    backend2.makeTensorInfo([outputIndicesShape[0]], values.dtype, outputValues),
    backend2.makeTensorInfo([emptyRowIndicator.length], "bool", new Uint8Array(emptyRowIndicator.map((value) => Number(value)))),
    backend2.makeTensorInfo([reverseIndexMap.length], indices.dtype, new Int32Array(reverseIndexMap))
  ];
}
var sparseFillEmptyRowsConfig = {
  kernelName: SparseFillEmptyRows,
  backendName: "cpu",
  kernelFunc: sparseFillEmptyRows
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape.js
function sparseReshape(args) {
  const { inputs, backend: backend2 } = args;
  const { inputIndices, inputShape, newShape } = inputs;
  if (inputIndices.shape.length !== 2) {
    throw new Error(`Input indices should be a matrix but received shape
        ${inputIndices.shape}`);
  }
  if (inputShape.shape.length !== 1) {
    throw new Error(`Input shape should be a vector but received shape
        ${inputShape.shape}`);
  }
  if (newShape.shape.length !== 1) {
    throw new Error(`Target shape should be a vector but received shape ${newShape.shape}`);
  }
  const $inputShape = Array.from(backend2.data.get(inputShape.dataId).values);
  const $inputIndices = backend2.data.get(inputIndices.dataId).values;
  const targetShape = Array.from(backend2.data.get(newShape.dataId).values);
  const [newIndices, indicesShape, outputShape] = sparseReshapeImpl($inputIndices, inputIndices.shape, inputIndices.dtype, $inputShape, targetShape);
  return [
    backend2.makeTensorInfo(indicesShape, inputIndices.dtype, newIndices),
    backend2.makeTensorInfo([outputShape.length], newShape.dtype, new Int32Array(outputShape))
  ];
}
var sparseReshapeConfig = {
  kernelName: SparseReshape,
  backendName: "cpu",
  kernelFunc: sparseReshape
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentMean.js
function sparseSegmentMean(args) {
  const { inputs, backend: backend2 } = args;
  const { data, indices, segmentIds } = inputs;
  if (data.shape.length < 1) {
    throw new Error(`Data should be at least 1 dimensional but received scalar`);
  }
  if (indices.shape.length !== 1) {
    throw new Error(`Indices should be a vector but received shape
          ${indices.shape}`);
  }
  if (segmentIds.shape.length !== 1) {
    throw new Error(`Segment ids should be a vector but received shape
          ${segmentIds.shape}`);
  }
  if (indices.shape[0] !== segmentIds.shape[0]) {
    throw new Error(`segmentIds and indices should have same size.`);
  }
  const $data = backend2.data.get(data.dataId).values;
  const $indices = backend2.data.get(indices.dataId).values;
  const $segmentIds = backend2.data.get(segmentIds.dataId).values;
  const [outputData, outputDataShape] = sparseSegmentReductionImpl($data, data.shape, data.dtype, $indices, $segmentIds, true);
  return backend2.makeTensorInfo(outputDataShape, data.dtype, outputData);
}
var sparseSegmentMeanConfig = {
  kernelName: SparseSegmentMean,
  backendName: "cpu",
  kernelFunc: sparseSegmentMean
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentSum.js
function sparseSegmentSum(args) {
  const { inputs, backend: backend2 } = args;
  const { data, indices, segmentIds } = inputs;
  if (data.shape.length < 1) {
    throw new Error(`Data should be at least 1 dimensional but received scalar`);
  }
  if (indices.shape.length !== 1) {
    throw new Error(`Indices should be a vector but received shape
         ${indices.shape}`);
  }
  if (segmentIds.shape.length !== 1) {
    throw new Error(`Segment ids should be a vector but received shape
         ${segmentIds.shape}`);
  }
  if (indices.shape[0] !== segmentIds.shape[0]) {
    throw new Error(`segmentIds and indices should have same size.`);
  }
  const $data = backend2.data.get(data.dataId).values;
  const $indices = backend2.data.get(indices.dataId).values;
  const $segmentIds = backend2.data.get(segmentIds.dataId).values;
  const [outputData, outputDataShape] = sparseSegmentReductionImpl($data, data.shape, data.dtype, $indices, $segmentIds);
  return backend2.makeTensorInfo(outputDataShape, data.dtype, outputData);
}
var sparseSegmentSumConfig = {
  kernelName: SparseSegmentSum,
  backendName: "cpu",
  kernelFunc: sparseSegmentSum
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SparseToDense.js
function sparseToDense(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { sparseIndices, sparseValues, defaultValue } = inputs;
  const { outputShape } = attrs;
  const { sliceRank, numUpdates, sliceSize, strides, outputSize } = backend_util_exports.calculateShapes(sparseValues, sparseIndices, outputShape);
  const sumDupeIndices = false;
  const indicesBuf = backend2.bufferSync(sparseIndices);
  let outBuf;
  switch (sparseValues.dtype) {
    case "bool": {
      const updatesBuf = backend2.bufferSync(sparseValues);
      const $defaultValue = Boolean(backend2.data.get(defaultValue.dataId).values[0]);
      outBuf = scatterImpl(indicesBuf, updatesBuf, outputShape, outputSize, sliceSize, numUpdates, sliceRank, strides, $defaultValue, sumDupeIndices);
      break;
    }
    case "float32": {
      const updatesBuf = backend2.bufferSync(sparseValues);
      const $defaultValue = backend2.data.get(defaultValue.dataId).values[0];
      outBuf = scatterImpl(indicesBuf, updatesBuf, outputShape, outputSize, sliceSize, numUpdates, sliceRank, strides, $defaultValue, sumDupeIndices);
      break;
    }
    case "int32": {
      const updatesBuf = backend2.bufferSync(sparseValues);
      const $defaultValue = backend2.data.get(defaultValue.dataId).values[0];
      outBuf = scatterImpl(indicesBuf, updatesBuf, outputShape, outputSize, sliceSize, numUpdates, sliceRank, strides, $defaultValue, sumDupeIndices);
      break;
    }
    case "string": {
      const updatesBuf = backend2.bufferSync(sparseValues);
      const $defaultValue = util_exports.decodeString(backend2.data.get(defaultValue.dataId).values[0]);
      outBuf = scatterImpl(indicesBuf, updatesBuf, outputShape, outputSize, sliceSize, numUpdates, sliceRank, strides, $defaultValue, sumDupeIndices);
      break;
    }
    default:
      throw new Error(`Unsupported type ${sparseValues.dtype}`);
  }
  return backend2.makeTensorInfo(outputShape, outBuf.dtype, outBuf.values);
}
var sparseToDenseConfig = {
  kernelName: SparseToDense,
  backendName: "cpu",
  kernelFunc: sparseToDense
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/SplitV.js
function splitV(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { numOrSizeSplits, axis } = attrs;
  const $axis = util_exports.parseAxisParam(axis, x.shape)[0];
  const splitSizes = backend_util_exports.prepareSplitSize(x, numOrSizeSplits, $axis);
  const begin = new Array(x.shape.length).fill(0);
  const size = x.shape.slice();
  return splitSizes.map((s) => {
    const sliceSize = [...size];
    sliceSize[$axis] = s;
    const sliceT = slice2({ inputs: { x }, backend: backend2, attrs: { begin, size: sliceSize } });
    begin[$axis] += s;
    return sliceT;
  });
}
var splitVConfig = {
  kernelName: SplitV,
  backendName: "cpu",
  kernelFunc: splitV
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Square.js
var squareConfig = {
  kernelName: Square,
  backendName: "cpu",
  kernelFunc: ({ inputs, backend: backend2 }) => {
    const { x } = inputs;
    const cpuBackend = backend2;
    assertNotComplex(x, "square");
    const values = cpuBackend.data.get(x.dataId).values;
    const newValues = new Float32Array(values.length);
    for (let i = 0; i < values.length; ++i) {
      const value = values[i];
      newValues[i] = value * value;
    }
    const dataId = cpuBackend.write(newValues, x.shape, x.dtype);
    return { dataId, shape: x.shape, dtype: x.dtype };
  }
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Step.js
var step2 = unaryKernelFunc(Step, (xi, attrs) => {
  const stepAttrs = attrs;
  if (isNaN(xi)) {
    return NaN;
  } else {
    return xi > 0 ? 1 : stepAttrs.alpha;
  }
});
var stepConfig = {
  kernelName: Step,
  backendName: "cpu",
  kernelFunc: step2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice.js
function stridedSlice(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { begin, end, strides, beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask } = attrs;
  assertNotComplex(x, "stridedSlice");
  const { finalShapeSparse, finalShape, isIdentity, sliceDim0, isSimpleSlice, begin: $begin, end: $end, strides: $strides } = slice_util_exports.sliceInfo(x.shape, begin, end, strides, beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask);
  let result;
  if (isIdentity) {
    result = reshape3({ inputs: { x }, backend: backend2, attrs: { shape: finalShape } });
  } else if (sliceDim0 || isSimpleSlice) {
    util_exports.assert(x.shape.length >= 1, () => `Input must have rank at least 1, got: ${x.shape.length}`);
    const size = slice_util_exports.computeOutShape($begin, $end, $strides);
    const sliced = slice2({ inputs: { x }, backend: backend2, attrs: { begin: $begin, size } });
    result = reshape3({ inputs: { x: sliced }, backend: backend2, attrs: { shape: finalShape } });
    backend2.disposeIntermediateTensorInfo(sliced);
  } else {
    const xBuf = backend2.bufferSync(x);
    const outBuf = stridedSliceImpl(finalShapeSparse, xBuf, $strides, $begin);
    result = backend2.makeTensorInfo(finalShape, outBuf.dtype, outBuf.values);
  }
  return result;
}
var stridedSliceConfig = {
  kernelName: StridedSlice,
  backendName: "cpu",
  kernelFunc: stridedSlice
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams.js
function stringNGrams(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { separator, nGramWidths, leftPad, rightPad, padWidth, preserveShortSequences } = attrs;
  const { data, dataSplits } = inputs;
  const $data = backend2.data.get(data.dataId).values;
  const $dataSplits = backend2.data.get(dataSplits.dataId).values;
  const [nGrams, nGramsSplits] = stringNGramsImpl($data, $dataSplits, separator, nGramWidths, leftPad, rightPad, padWidth, preserveShortSequences);
  return [
    backend2.makeTensorInfo([nGrams.length], "string", nGrams),
    backend2.makeTensorInfo(dataSplits.shape, "int32", nGramsSplits)
  ];
}
var stringNGramsConfig = {
  kernelName: StringNGrams,
  backendName: "cpu",
  kernelFunc: stringNGrams
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit.js
function stringSplit(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { skipEmpty } = attrs;
  const { input: input2, delimiter } = inputs;
  if (input2.dtype !== "string") {
    throw new Error("Input must be of datatype string");
  }
  if (input2.shape.length !== 1) {
    throw new Error(`Input must be a vector, got shape: ${input2.shape}`);
  }
  if (delimiter.shape.length !== 0) {
    throw new Error(`Delimiter must be a scalar, got shape: ${delimiter.shape}`);
  }
  const $input = backend2.data.get(input2.dataId).values;
  const $delimiter = backend2.data.get(delimiter.dataId).values[0];
  const [indices, values, shape] = stringSplitImpl($input, $delimiter, skipEmpty);
  const outputSize = values.length;
  return [
    backend2.makeTensorInfo([outputSize, 2], "int32", indices),
    backend2.makeTensorInfo([outputSize], "string", values),
    backend2.makeTensorInfo([2], "int32", new Int32Array(shape))
  ];
}
var stringSplitConfig = {
  kernelName: StringSplit,
  backendName: "cpu",
  kernelFunc: stringSplit
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast.js
function stringToHashBucketFast(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { numBuckets } = attrs;
  const { input: input2 } = inputs;
  if (input2.dtype !== "string") {
    throw new Error("Input must be of datatype string");
  }
  if (numBuckets <= 0) {
    throw new Error(`Number of buckets must be at least 1`);
  }
  const $input = backend2.data.get(input2.dataId).values;
  const output = stringToHashBucketFastImpl($input, numBuckets);
  return backend2.makeTensorInfo(input2.shape, "int32", output);
}
var stringToHashBucketFastConfig = {
  kernelName: StringToHashBucketFast,
  backendName: "cpu",
  kernelFunc: stringToHashBucketFast
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Tan.js
var tan = unaryKernelFunc(Tan, (xi) => Math.tan(xi));
var tanConfig = {
  kernelName: Tan,
  backendName: "cpu",
  kernelFunc: tan
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh.js
var tanh2 = unaryKernelFunc(Tanh, (xi) => Math.tanh(xi));
var tanhConfig = {
  kernelName: Tanh,
  backendName: "cpu",
  kernelFunc: tanh2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/TensorScatterUpdate.js
function tensorScatterUpdate(args) {
  const { inputs, backend: backend2 } = args;
  const { tensor: tensor2, indices, updates } = inputs;
  const { sliceRank, numUpdates, sliceSize, strides, outputSize } = backend_util_exports.calculateShapes(updates, indices, tensor2.shape);
  const sumDupeIndices = false;
  const indicesBuf = backend2.bufferSync(indices);
  const updatesBuf = backend2.bufferSync(updates);
  const tensorBuf = backend2.bufferSync(tensor2);
  const outBuf = scatterImpl(indicesBuf, updatesBuf, tensor2.shape, outputSize, sliceSize, numUpdates, sliceRank, strides, tensorBuf, sumDupeIndices);
  return backend2.makeTensorInfo(tensor2.shape, outBuf.dtype, outBuf.values);
}
var tensorScatterUpdateConfig = {
  kernelName: TensorScatterUpdate,
  backendName: "cpu",
  kernelFunc: tensorScatterUpdate
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Tile.js
function tile3(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { reps } = attrs;
  assertNotComplex(x, "tile");
  const outBuf = tileImpl(backend2.bufferSync(x), reps);
  return backend2.makeTensorInfo(outBuf.shape, outBuf.dtype, outBuf.values);
}
var tileConfig = {
  kernelName: Tile,
  backendName: "cpu",
  kernelFunc: tile3
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/TopK.js
function topK(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x } = inputs;
  const { k, sorted } = attrs;
  assertNotComplex(x, "topk");
  const xVals = backend2.data.get(x.dataId).values;
  const [allTopKVals, allTopKIndices] = topKImpl(xVals, x.shape, x.dtype, k, sorted);
  return [
    backend2.makeTensorInfo(allTopKVals.shape, allTopKVals.dtype, allTopKVals.values),
    backend2.makeTensorInfo(allTopKIndices.shape, allTopKIndices.dtype, allTopKIndices.values)
  ];
}
var topKConfig = {
  kernelName: TopK,
  backendName: "cpu",
  kernelFunc: topK
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Transform.js
function transform(args) {
  const { inputs, attrs, backend: backend2 } = args;
  const { image: image2, transforms } = inputs;
  const { interpolation, fillMode, fillValue, outputShape } = attrs;
  const [batch, imageHeight, imageWidth, numChannels] = image2.shape;
  const [outHeight, outWidth] = outputShape != null ? outputShape : [imageHeight, imageWidth];
  const outShape = [batch, outHeight, outWidth, numChannels];
  const inStrides = util_exports.computeStrides(image2.shape);
  const batchInStride = inStrides[0];
  const rowInStride = inStrides[1];
  const colInStride = inStrides[2];
  const outStrides = util_exports.computeStrides(outShape);
  const batchOutStride = outStrides[0];
  const rowOutStride = outStrides[1];
  const colOutStride = outStrides[2];
  const outVals = util_exports.getTypedArrayFromDType(image2.dtype, util_exports.sizeFromShape(outShape));
  outVals.fill(fillValue);
  const imageVals = backend2.data.get(image2.dataId).values;
  const transformVals = backend2.data.get(transforms.dataId).values;
  for (let b = 0; b < batch; ++b) {
    const transform3 = transforms.shape[0] === 1 ? transformVals : transformVals.subarray(b * 8, b * 8 + 8);
    for (let outY = 0; outY < outHeight; ++outY) {
      for (let outX = 0; outX < outWidth; ++outX) {
        for (let channel = 0; channel < numChannels; ++channel) {
          let val;
          const projection = transform3[6] * outX + transform3[7] * outY + 1;
          if (projection === 0) {
            continue;
          }
          const inX = (transform3[0] * outX + transform3[1] * outY + transform3[2]) / projection;
          const inY = (transform3[3] * outX + transform3[4] * outY + transform3[5]) / projection;
          const x = mapCoord(inX, imageWidth, fillMode);
          const y = mapCoord(inY, imageHeight, fillMode);
          switch (interpolation) {
            case "nearest":
              val = nearestInterpolation(imageVals, imageHeight, imageWidth, batchInStride, rowInStride, colInStride, b, y, x, channel, fillValue);
              break;
            case "bilinear":
              val = bilinearInterpolation(imageVals, imageHeight, imageWidth, batchInStride, rowInStride, colInStride, b, y, x, channel, fillValue);
              break;
            default:
              throw new Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${interpolation}`);
          }
          const ind = b * batchOutStride + outY * rowOutStride + outX * colOutStride + channel;
          outVals[ind] = val;
        }
      }
    }
    return backend2.makeTensorInfo(outShape, image2.dtype, outVals);
  }
  const dataId = backend2.write(outVals, outShape, image2.dtype);
  return { dataId, shape: image2.shape, dtype: image2.dtype };
}
var transformConfig = {
  kernelName: Transform,
  backendName: "cpu",
  kernelFunc: transform
};
function mapCoord(outCoord, len, mode) {
  switch (mode) {
    case "reflect":
      return mapCoordReflect(outCoord, len);
    case "wrap":
      return mapCoordWrap(outCoord, len);
    case "nearest":
      return mapCoordNearest(outCoord, len);
    case "constant":
    default:
      return mapCoordConstant(outCoord, len);
  }
}
function mapCoordReflect(outCoord, len) {
  let inCoord = outCoord;
  if (inCoord < 0) {
    if (len <= 1) {
      inCoord = 0;
    } else {
      const sz2 = 2 * len;
      if (inCoord < sz2) {
        inCoord = sz2 * Math.trunc(-inCoord / sz2) + inCoord;
      }
      inCoord = inCoord < -len ? inCoord + sz2 : -inCoord - 1;
    }
  } else if (inCoord > len - 1) {
    if (len <= 1) {
      inCoord = 0;
    } else {
      const sz2 = 2 * len;
      inCoord -= sz2 * Math.trunc(inCoord / sz2);
      if (inCoord >= len) {
        inCoord = sz2 - inCoord - 1;
      }
    }
  }
  return util_exports.clamp(0, inCoord, len - 1);
}
function mapCoordWrap(outCoord, len) {
  let inCoord = outCoord;
  if (inCoord < 0) {
    if (len <= 1) {
      inCoord = 0;
    } else {
      const sz = len - 1;
      inCoord += len * (Math.trunc(-inCoord / sz) + 1);
    }
  } else if (inCoord > len - 1) {
    if (len <= 1) {
      inCoord = 0;
    } else {
      const sz = len - 1;
      inCoord -= len * Math.trunc(inCoord / sz);
    }
  }
  return util_exports.clamp(0, inCoord, len - 1);
}
function mapCoordConstant(outCoord, len) {
  return outCoord;
}
function mapCoordNearest(outCoord, len) {
  return util_exports.clamp(0, outCoord, len - 1);
}
function readWithFillValue(imageVals, imageHeight, imageWidth, batchStride, rowStride, colStride, batch, y, x, channel, fillValue) {
  const ind = batch * batchStride + y * rowStride + x * colStride + channel;
  if (0 <= y && y < imageHeight && 0 <= x && x < imageWidth) {
    return imageVals[ind];
  } else {
    return fillValue;
  }
}
function nearestInterpolation(imageVals, imageHeight, imageWidth, batchStride, rowStride, colStride, batch, y, x, channel, fillValue) {
  const $y = Math.round(y);
  const $x = Math.round(x);
  return readWithFillValue(imageVals, imageHeight, imageWidth, batchStride, rowStride, colStride, batch, $y, $x, channel, fillValue);
}
function bilinearInterpolation(imageVals, imageHeight, imageWidth, batchStride, rowStride, colStride, batch, y, x, channel, fillValue) {
  const yFloor = Math.floor(y);
  const xFloor = Math.floor(x);
  const yCeil = yFloor + 1;
  const xCeil = xFloor + 1;
  const valueYFloor = (xCeil - x) * readWithFillValue(imageVals, imageHeight, imageWidth, batchStride, rowStride, colStride, batch, yFloor, xFloor, channel, fillValue) + (x - xFloor) * readWithFillValue(imageVals, imageHeight, imageWidth, batchStride, rowStride, colStride, batch, yFloor, xCeil, channel, fillValue);
  const valueYCeil = (xCeil - x) * readWithFillValue(imageVals, imageHeight, imageWidth, batchStride, rowStride, colStride, batch, yCeil, xFloor, channel, fillValue) + (x - xFloor) * readWithFillValue(imageVals, imageHeight, imageWidth, batchStride, rowStride, colStride, batch, yCeil, xCeil, channel, fillValue);
  return (yCeil - y) * valueYFloor + (y - yFloor) * valueYCeil;
}

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Unique.js
function unique2(args) {
  const { inputs, attrs, backend: backend2 } = args;
  const { axis } = attrs;
  const { x } = inputs;
  assertNotComplex(x, "unique");
  const values = backend2.data.get(x.dataId).values;
  const { outputValues, outputShape, indices } = uniqueImpl(values, axis, x.shape, x.dtype);
  return [
    backend2.makeTensorInfo(outputShape, x.dtype, outputValues),
    backend2.makeTensorInfo([indices.length], "int32", indices)
  ];
}
var uniqueConfig = {
  kernelName: Unique,
  backendName: "cpu",
  kernelFunc: unique2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/Unpack.js
function unpack(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { value } = inputs;
  let { axis } = attrs;
  if (axis < 0) {
    axis += value.shape.length;
  }
  const valueRank = value.shape.length;
  const num = value.shape[axis];
  const outShape = new Array(valueRank - 1);
  let outIndex = 0;
  for (let i = 0; i < valueRank; i++) {
    if (i !== axis) {
      outShape[outIndex++] = value.shape[i];
    }
  }
  const begin = new Array(valueRank).fill(0);
  const size = value.shape.slice();
  size[axis] = 1;
  const res = new Array(num);
  for (let i = 0; i < res.length; i++) {
    begin[axis] = i;
    const tempRes = slice2({ inputs: { x: value }, backend: backend2, attrs: { begin, size } });
    res[i] = reshape3({ inputs: { x: tempRes }, backend: backend2, attrs: { shape: outShape } });
    backend2.disposeIntermediateTensorInfo(tempRes);
  }
  return res;
}
var unpackConfig = {
  kernelName: Unpack,
  backendName: "cpu",
  kernelFunc: unpack
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/kernels/UnsortedSegmentSum.js
function unsortedSegmentSum2(args) {
  const { inputs, backend: backend2, attrs } = args;
  const { x, segmentIds } = inputs;
  const { numSegments } = attrs;
  assertNotComplex(x, "unsortedSegmentSum");
  const xRank = x.shape.length;
  const segmentIdsRank = segmentIds.shape.length;
  const res = [];
  const intermediates = [];
  const numIters = xRank - segmentIdsRank;
  let $segmentIds = segmentIds;
  for (let i = 0; i < numIters; ++i) {
    const expanded = expandDims3({ inputs: { input: $segmentIds }, backend: backend2, attrs: { dim: i + 1 } });
    $segmentIds = expanded;
    intermediates.push(expanded);
  }
  for (let i = 0; i < numSegments; ++i) {
    const scalarValue = util_exports.createScalarValue(i, "int32");
    const segmentId = backend2.makeTensorInfo([], "int32", scalarValue);
    const mask = equal2({ inputs: { a: segmentId, b: $segmentIds }, backend: backend2 });
    const maskCasted = cast2({ inputs: { x: mask }, backend: backend2, attrs: { dtype: "float32" } });
    const mul2 = multiply({ inputs: { a: maskCasted, b: x }, backend: backend2 });
    const sumTensorInfo = sum2({ inputs: { x: mul2 }, backend: backend2, attrs: { axis: 0, keepDims: false } });
    res.push(sumTensorInfo);
    intermediates.push(segmentId);
    intermediates.push(mask);
    intermediates.push(maskCasted);
    intermediates.push(mul2);
    intermediates.push(sumTensorInfo);
  }
  const result = pack({ inputs: res, backend: backend2, attrs: { axis: 0 } });
  intermediates.forEach((t) => backend2.disposeIntermediateTensorInfo(t));
  return result;
}
var unsortedSegmentSumConfig = {
  kernelName: UnsortedSegmentSum,
  backendName: "cpu",
  kernelFunc: unsortedSegmentSum2
};

// node_modules/@tensorflow/tfjs-backend-cpu/dist/register_all_kernels.js
var kernelConfigs = [
  _fusedMatMulConfig,
  absConfig,
  acosConfig,
  acoshConfig,
  addConfig,
  addNConfig,
  allConfig,
  anyConfig,
  argMaxConfig,
  argMinConfig,
  asinConfig,
  asinhConfig,
  atanConfig,
  atan2Config,
  atanhConfig,
  avgPoolConfig,
  avgPool3DConfig,
  avgPool3DGradConfig2,
  avgPoolGradConfig2,
  batchMatMulConfig,
  batchNormConfig,
  batchToSpaceNDConfig,
  bincountConfig,
  bitwiseAndConfig,
  broadcastArgsConfig,
  castConfig,
  ceilConfig,
  clipByValueConfig,
  complexConfig,
  complexAbsConfig,
  concatConfig,
  conv2DConfig,
  conv2DBackpropFilterConfig,
  conv2DBackpropInputConfig,
  conv3DConfig,
  conv3DBackpropFilterV2Config,
  conv3DBackpropInputV2Config,
  cosConfig,
  coshConfig,
  cropAndResizeConfig,
  cumprodConfig,
  cumsumConfig,
  denseBincountConfig,
  depthToSpaceConfig,
  depthwiseConv2dNativeConfig,
  depthwiseConv2dNativeBackpropFilterConfig,
  depthwiseConv2dNativeBackpropInputConfig,
  diagConfig,
  dilation2DConfig,
  dilation2DBackpropFilterConfig,
  dilation2DBackpropInputConfig,
  drawConfig,
  einsumConfig,
  eluConfig,
  eluGradConfig2,
  equalConfig,
  erfConfig,
  expConfig,
  expandDimsConfig,
  expm1Config,
  fftConfig,
  fillConfig,
  flipLeftRightConfig,
  floorConfig,
  floorDivConfig,
  fusedConv2DConfig,
  fusedDepthwiseConv2DConfig,
  gatherNdConfig,
  gatherV2Config,
  greaterConfig,
  greaterEqualConfig,
  identityConfig,
  ifftConfig,
  imagConfig,
  isFiniteConfig,
  isInfConfig,
  isNaNConfig,
  leakyReluConfig,
  lessConfig,
  lessEqualConfig,
  linSpaceConfig,
  logConfig,
  log1pConfig,
  logicalAndConfig,
  logicalNotConfig,
  logicalOrConfig,
  LRNConfig,
  LRNGradConfig,
  maxConfig,
  maximumConfig,
  maxPoolConfig,
  maxPool3DConfig,
  maxPool3DGradConfig2,
  maxPoolGradConfig2,
  maxPoolWithArgmaxConfig,
  meanConfig,
  minConfig,
  minimumConfig,
  mirrorPadConfig,
  modConfig,
  multinomialConfig,
  multiplyConfig,
  negConfig,
  nonMaxSuppressionV3Config,
  nonMaxSuppressionV4Config,
  nonMaxSuppressionV5Config,
  notEqualConfig,
  oneHotConfig,
  onesLikeConfig,
  packConfig,
  padV2Config,
  powConfig,
  preluConfig,
  prodConfig,
  raggedGatherConfig,
  raggedRangeConfig,
  raggedTensorToTensorConfig,
  rangeConfig,
  realConfig,
  realDivConfig,
  reciprocalConfig,
  reluConfig,
  relu6Config,
  reshapeConfig,
  resizeBilinearConfig,
  resizeBilinearGradConfig2,
  resizeNearestNeighborConfig,
  resizeNearestNeighborGradConfig2,
  reverseConfig,
  rotateWithOffsetConfig,
  roundConfig,
  rsqrtConfig,
  scatterNdConfig,
  searchSortedConfig,
  selectConfig,
  seluConfig,
  sigmoidConfig,
  signConfig,
  sinConfig,
  sinhConfig,
  sliceConfig,
  softmaxConfig,
  softplusConfig,
  spaceToBatchNDConfig,
  sparseFillEmptyRowsConfig,
  sparseReshapeConfig,
  sparseSegmentMeanConfig,
  sparseSegmentSumConfig,
  sparseToDenseConfig,
  splitVConfig,
  sqrtConfig,
  squareConfig,
  squaredDifferenceConfig,
  staticRegexReplaceConfig,
  stepConfig,
  stridedSliceConfig,
  stringNGramsConfig,
  stringSplitConfig,
  stringToHashBucketFastConfig,
  subConfig,
  sumConfig,
  tanConfig,
  tanhConfig,
  tensorScatterUpdateConfig,
  tileConfig,
  topKConfig,
  transformConfig,
  transposeConfig,
  uniqueConfig,
  unpackConfig,
  unsortedSegmentSumConfig,
  zerosLikeConfig
];
for (const kernelConfig of kernelConfigs) {
  registerKernel(kernelConfig);
}

// pipelines/train/tfjs-chained-ops.js
var { Tensor: Tensor2 } = dist_exports;
{
  const { abs: abs2 } = dist_exports;
  Tensor2.prototype.abs = function() {
    this.throwIfDisposed();
    return abs2(this);
  };
}
{
  const { acos: acos2 } = dist_exports;
  Tensor2.prototype.acos = function() {
    this.throwIfDisposed();
    return acos2(this);
  };
}
{
  const { acosh: acosh2 } = dist_exports;
  Tensor2.prototype.acosh = function() {
    this.throwIfDisposed();
    return acosh2(this);
  };
}
{
  const { add: add4 } = dist_exports;
  Tensor2.prototype.add = function(b) {
    this.throwIfDisposed();
    return add4(this, b);
  };
}
{
  const { all: all3 } = dist_exports;
  Tensor2.prototype.all = function(axis, keepDims) {
    this.throwIfDisposed();
    return all3(this, axis, keepDims);
  };
}
{
  const { any: any3 } = dist_exports;
  Tensor2.prototype.any = function(axis, keepDims) {
    this.throwIfDisposed();
    return any3(this, axis, keepDims);
  };
}
{
  const { argMax: argMax3 } = dist_exports;
  Tensor2.prototype.argMax = function(axis) {
    this.throwIfDisposed();
    return argMax3(this, axis);
  };
}
{
  const { argMin: argMin2 } = dist_exports;
  Tensor2.prototype.argMin = function(axis) {
    this.throwIfDisposed();
    return argMin2(this, axis);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  Tensor2.prototype.as1D = function() {
    this.throwIfDisposed();
    return reshape4(this, [this.size]);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  Tensor2.prototype.as2D = function(rows, columns) {
    this.throwIfDisposed();
    return reshape4(this, [rows, columns]);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  Tensor2.prototype.as3D = function(rows, columns, depth) {
    this.throwIfDisposed();
    return reshape4(this, [rows, columns, depth]);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  Tensor2.prototype.as4D = function(rows, columns, depth, depth2) {
    this.throwIfDisposed();
    return reshape4(this, [rows, columns, depth, depth2]);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  Tensor2.prototype.as5D = function(rows, columns, depth, depth2, depth3) {
    this.throwIfDisposed();
    return reshape4(this, [rows, columns, depth, depth2, depth3]);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  const { assert: assert3 } = util_exports;
  Tensor2.prototype.asScalar = function() {
    this.throwIfDisposed();
    assert3(this.size === 1, () => "The array must have only 1 element.");
    return reshape4(this, []);
  };
}
{
  const { cast: cast4 } = dist_exports;
  Tensor2.prototype.asType = function(dtype) {
    this.throwIfDisposed();
    return cast4(this, dtype);
  };
}
{
  const { asin: asin2 } = dist_exports;
  Tensor2.prototype.asin = function() {
    this.throwIfDisposed();
    return asin2(this);
  };
}
{
  const { asinh: asinh2 } = dist_exports;
  Tensor2.prototype.asinh = function() {
    this.throwIfDisposed();
    return asinh2(this);
  };
}
{
  const { atan: atan3 } = dist_exports;
  Tensor2.prototype.atan = function() {
    this.throwIfDisposed();
    return atan3(this);
  };
}
{
  const { atan2: atan22 } = dist_exports;
  Tensor2.prototype.atan2 = function(b) {
    this.throwIfDisposed();
    return atan22(this, b);
  };
}
{
  const { atanh: atanh2 } = dist_exports;
  Tensor2.prototype.atanh = function() {
    this.throwIfDisposed();
    return atanh2(this);
  };
}
{
  const { avgPool: avgPool3 } = dist_exports;
  Tensor2.prototype.avgPool = function(filterSize, strides, pad2, dimRoundingMode) {
    this.throwIfDisposed();
    return avgPool3(this, filterSize, strides, pad2, dimRoundingMode);
  };
}
{
  const { batchToSpaceND: batchToSpaceND3 } = dist_exports;
  Tensor2.prototype.batchToSpaceND = function(blockShape, crops) {
    this.throwIfDisposed();
    return batchToSpaceND3(this, blockShape, crops);
  };
}
{
  const { batchNorm: batchNorm2 } = dist_exports;
  Tensor2.prototype.batchNorm = function(mean3, variance, offset2, scale2, varianceEpsilon) {
    this.throwIfDisposed();
    return batchNorm2(this, mean3, variance, offset2, scale2, varianceEpsilon);
  };
}
{
  const { broadcastTo } = dist_exports;
  Tensor2.prototype.broadcastTo = function(shape) {
    this.throwIfDisposed();
    return broadcastTo(this, shape);
  };
}
{
  const { cast: cast4 } = dist_exports;
  Tensor2.prototype.cast = function(dtype) {
    this.throwIfDisposed();
    return cast4(this, dtype);
  };
}
{
  const { ceil } = dist_exports;
  Tensor2.prototype.ceil = function() {
    this.throwIfDisposed();
    return ceil(this);
  };
}
{
  const { clipByValue: clipByValue3 } = dist_exports;
  Tensor2.prototype.clipByValue = function(min4, max4) {
    this.throwIfDisposed();
    return clipByValue3(this, min4, max4);
  };
}
{
  const { concat: concat3 } = dist_exports;
  Tensor2.prototype.concat = function(x, axis) {
    this.throwIfDisposed();
    if (x instanceof Tensor2) {
      x = [x];
    }
    return concat3([this, ...x], axis);
  };
}
{
  const { conv1d: conv1d3 } = dist_exports;
  Tensor2.prototype.conv1d = function(filter, stride, pad2, dataFormat, dilation, dimRoundingMode) {
    this.throwIfDisposed();
    return conv1d3(this, filter, stride, pad2, dataFormat, dilation, dimRoundingMode);
  };
}
{
  const { conv2d: conv2d3 } = dist_exports;
  Tensor2.prototype.conv2d = function(filter, strides, pad2, dataFormat, dilations, dimRoundingMode) {
    this.throwIfDisposed();
    return conv2d3(this, filter, strides, pad2, dataFormat, dilations, dimRoundingMode);
  };
}
{
  const { conv2dTranspose: conv2dTranspose3 } = dist_exports;
  Tensor2.prototype.conv2dTranspose = function(filter, outputShape, strides, pad2, dimRoundingMode) {
    this.throwIfDisposed();
    return conv2dTranspose3(this, filter, outputShape, strides, pad2, dimRoundingMode);
  };
}
{
  const { cos: cos3 } = dist_exports;
  Tensor2.prototype.cos = function() {
    this.throwIfDisposed();
    return cos3(this);
  };
}
{
  const { cosh: cosh3 } = dist_exports;
  Tensor2.prototype.cosh = function() {
    this.throwIfDisposed();
    return cosh3(this);
  };
}
{
  const { cumprod: cumprod3 } = dist_exports;
  Tensor2.prototype.cumprod = function(axis, exclusive, reverse3) {
    this.throwIfDisposed();
    return cumprod3(this, axis, exclusive, reverse3);
  };
}
{
  const { cumsum: cumsum3 } = dist_exports;
  Tensor2.prototype.cumsum = function(axis, exclusive, reverse3) {
    this.throwIfDisposed();
    return cumsum3(this, axis, exclusive, reverse3);
  };
}
{
  const { depthToSpace: depthToSpace2 } = dist_exports;
  Tensor2.prototype.depthToSpace = function(blockSize, dataFormat) {
    this.throwIfDisposed();
    return depthToSpace2(this, blockSize, dataFormat);
  };
}
{
  const { depthwiseConv2d: depthwiseConv2d4 } = dist_exports;
  Tensor2.prototype.depthwiseConv2d = function(filter, strides, pad2, dataFormat, dilations, dimRoundingMode) {
    this.throwIfDisposed();
    return depthwiseConv2d4(this, filter, strides, pad2, dataFormat, dilations, dimRoundingMode);
  };
}
{
  const { dilation2d } = dist_exports;
  Tensor2.prototype.dilation2d = function(filter, strides, pad2, dilations, dataFormat) {
    this.throwIfDisposed();
    return dilation2d(this, filter, strides, pad2, dilations, dataFormat);
  };
}
{
  const { div: div3 } = dist_exports;
  Tensor2.prototype.div = function(b) {
    this.throwIfDisposed();
    return div3(this, b);
  };
}
{
  const { divNoNan } = dist_exports;
  Tensor2.prototype.divNoNan = function(b) {
    this.throwIfDisposed();
    return divNoNan(this, b);
  };
}
{
  const { dot: dot3 } = dist_exports;
  Tensor2.prototype.dot = function(b) {
    this.throwIfDisposed();
    return dot3(this, b);
  };
}
{
  const { elu: elu5 } = dist_exports;
  Tensor2.prototype.elu = function() {
    this.throwIfDisposed();
    return elu5(this);
  };
}
{
  const { equal: equal3 } = dist_exports;
  Tensor2.prototype.equal = function(b) {
    this.throwIfDisposed();
    return equal3(this, b);
  };
}
{
  const { erf: erf3 } = dist_exports;
  Tensor2.prototype.erf = function() {
    this.throwIfDisposed();
    return erf3(this);
  };
}
{
  const { euclideanNorm } = dist_exports;
  Tensor2.prototype.euclideanNorm = function(axis, keepDims) {
    this.throwIfDisposed();
    return euclideanNorm(this, axis, keepDims);
  };
}
{
  const { exp: exp3 } = dist_exports;
  Tensor2.prototype.exp = function() {
    this.throwIfDisposed();
    return exp3(this);
  };
}
{
  const { expandDims: expandDims4 } = dist_exports;
  Tensor2.prototype.expandDims = function(axis) {
    this.throwIfDisposed();
    return expandDims4(this, axis);
  };
}
{
  const { expm1 } = dist_exports;
  Tensor2.prototype.expm1 = function() {
    this.throwIfDisposed();
    return expm1(this);
  };
}
{
  const { fft: fft2 } = dist_exports;
  Tensor2.prototype.fft = function() {
    this.throwIfDisposed();
    return fft2(this);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  Tensor2.prototype.flatten = function() {
    this.throwIfDisposed();
    return reshape4(this, [this.size]);
  };
}
{
  const { floor: floor2 } = dist_exports;
  Tensor2.prototype.floor = function() {
    this.throwIfDisposed();
    return floor2(this);
  };
}
{
  const { floorDiv } = dist_exports;
  Tensor2.prototype.floorDiv = function(b) {
    this.throwIfDisposed();
    return floorDiv(this, b);
  };
}
{
  const { gather: gather3 } = dist_exports;
  Tensor2.prototype.gather = function(indices, axis, batchDims) {
    this.throwIfDisposed();
    return gather3(this, indices, axis, batchDims);
  };
}
{
  const { greater: greater2 } = dist_exports;
  Tensor2.prototype.greater = function(b) {
    this.throwIfDisposed();
    return greater2(this, b);
  };
}
{
  const { greaterEqual: greaterEqual2 } = dist_exports;
  Tensor2.prototype.greaterEqual = function(b) {
    this.throwIfDisposed();
    return greaterEqual2(this, b);
  };
}
{
  const { ifft: ifft2 } = dist_exports;
  Tensor2.prototype.ifft = function() {
    this.throwIfDisposed();
    return ifft2(this);
  };
}
{
  const { irfft } = dist_exports;
  Tensor2.prototype.irfft = function() {
    this.throwIfDisposed();
    return irfft(this);
  };
}
{
  const { isFinite: isFinite2 } = dist_exports;
  Tensor2.prototype.isFinite = function() {
    this.throwIfDisposed();
    return isFinite2(this);
  };
}
{
  const { isInf: isInf2 } = dist_exports;
  Tensor2.prototype.isInf = function() {
    this.throwIfDisposed();
    return isInf2(this);
  };
}
{
  const { isNaN: isNaN3 } = dist_exports;
  Tensor2.prototype.isNaN = function() {
    this.throwIfDisposed();
    return isNaN3(this);
  };
}
{
  const { leakyRelu: leakyRelu3 } = dist_exports;
  Tensor2.prototype.leakyRelu = function(alpha) {
    this.throwIfDisposed();
    return leakyRelu3(this, alpha);
  };
}
{
  const { less: less2 } = dist_exports;
  Tensor2.prototype.less = function(b) {
    this.throwIfDisposed();
    return less2(this, b);
  };
}
{
  const { lessEqual: lessEqual2 } = dist_exports;
  Tensor2.prototype.lessEqual = function(b) {
    this.throwIfDisposed();
    return lessEqual2(this, b);
  };
}
{
  const { localResponseNormalization } = dist_exports;
  Tensor2.prototype.localResponseNormalization = function(depthRadius, bias, alpha, beta) {
    this.throwIfDisposed();
    return localResponseNormalization(this, depthRadius, bias, alpha, beta);
  };
}
{
  const { log: log2 } = dist_exports;
  Tensor2.prototype.log = function() {
    this.throwIfDisposed();
    return log2(this);
  };
}
{
  const { log1p: log1p3 } = dist_exports;
  Tensor2.prototype.log1p = function() {
    this.throwIfDisposed();
    return log1p3(this);
  };
}
{
  const { logSigmoid } = dist_exports;
  Tensor2.prototype.logSigmoid = function() {
    this.throwIfDisposed();
    return logSigmoid(this);
  };
}
{
  const { logSoftmax: logSoftmax2 } = dist_exports;
  Tensor2.prototype.logSoftmax = function(axis) {
    this.throwIfDisposed();
    return logSoftmax2(this, axis);
  };
}
{
  const { logSumExp: logSumExp2 } = dist_exports;
  Tensor2.prototype.logSumExp = function(axis, keepDims) {
    this.throwIfDisposed();
    return logSumExp2(this, axis, keepDims);
  };
}
{
  const { logicalAnd: logicalAnd3 } = dist_exports;
  Tensor2.prototype.logicalAnd = function(b) {
    this.throwIfDisposed();
    return logicalAnd3(this, b);
  };
}
{
  const { logicalNot: logicalNot3 } = dist_exports;
  Tensor2.prototype.logicalNot = function() {
    this.throwIfDisposed();
    return logicalNot3(this);
  };
}
{
  const { logicalOr: logicalOr2 } = dist_exports;
  Tensor2.prototype.logicalOr = function(b) {
    this.throwIfDisposed();
    return logicalOr2(this, b);
  };
}
{
  const { logicalXor } = dist_exports;
  Tensor2.prototype.logicalXor = function(b) {
    this.throwIfDisposed();
    return logicalXor(this, b);
  };
}
{
  const { matMul: matMul2 } = dist_exports;
  Tensor2.prototype.matMul = function(b, transposeA, transposeB) {
    this.throwIfDisposed();
    return matMul2(this, b, transposeA, transposeB);
  };
}
{
  const { max: max4 } = dist_exports;
  Tensor2.prototype.max = function(axis, keepDims) {
    this.throwIfDisposed();
    return max4(this, axis, keepDims);
  };
}
{
  const { maxPool: maxPool3 } = dist_exports;
  Tensor2.prototype.maxPool = function(filterSize, strides, pad2, dimRoundingMode) {
    this.throwIfDisposed();
    return maxPool3(this, filterSize, strides, pad2, dimRoundingMode);
  };
}
{
  const { maximum: maximum3 } = dist_exports;
  Tensor2.prototype.maximum = function(b) {
    this.throwIfDisposed();
    return maximum3(this, b);
  };
}
{
  const { mean: mean3 } = dist_exports;
  Tensor2.prototype.mean = function(axis, keepDims) {
    this.throwIfDisposed();
    return mean3(this, axis, keepDims);
  };
}
{
  const { min: min4 } = dist_exports;
  Tensor2.prototype.min = function(axis, keepDims) {
    this.throwIfDisposed();
    return min4(this, axis, keepDims);
  };
}
{
  const { minimum: minimum3 } = dist_exports;
  Tensor2.prototype.minimum = function(b) {
    this.throwIfDisposed();
    return minimum3(this, b);
  };
}
{
  const { mirrorPad: mirrorPad2 } = dist_exports;
  Tensor2.prototype.mirrorPad = function(paddings, mode) {
    this.throwIfDisposed();
    return mirrorPad2(this, paddings, mode);
  };
}
{
  const { mod: mod2 } = dist_exports;
  Tensor2.prototype.mod = function(b) {
    this.throwIfDisposed();
    return mod2(this, b);
  };
}
{
  const { mul: mul2 } = dist_exports;
  Tensor2.prototype.mul = function(b) {
    this.throwIfDisposed();
    return mul2(this, b);
  };
}
{
  const { neg: neg2 } = dist_exports;
  Tensor2.prototype.neg = function() {
    this.throwIfDisposed();
    return neg2(this);
  };
}
{
  const { norm } = dist_exports;
  Tensor2.prototype.norm = function(ord, axis, keepDims) {
    this.throwIfDisposed();
    return norm(this, ord, axis, keepDims);
  };
}
{
  const { notEqual: notEqual2 } = dist_exports;
  Tensor2.prototype.notEqual = function(b) {
    this.throwIfDisposed();
    return notEqual2(this, b);
  };
}
{
  const { oneHot: oneHot3 } = dist_exports;
  Tensor2.prototype.oneHot = function(depth, onValue = 1, offValue = 0) {
    this.throwIfDisposed();
    return oneHot3(this, depth, onValue, offValue);
  };
}
{
  const { onesLike: onesLike3 } = dist_exports;
  Tensor2.prototype.onesLike = function() {
    this.throwIfDisposed();
    return onesLike3(this);
  };
}
{
  const { pad: pad2 } = dist_exports;
  Tensor2.prototype.pad = function(paddings, constantValue) {
    this.throwIfDisposed();
    return pad2(this, paddings, constantValue);
  };
}
{
  const { pool: pool2 } = dist_exports;
  Tensor2.prototype.pool = function(windowShape, poolingType, padding, dilationRate, strides, dimRoundingMode) {
    this.throwIfDisposed();
    return pool2(this, windowShape, poolingType, padding, dilationRate, strides, dimRoundingMode);
  };
}
{
  const { pow: pow3 } = dist_exports;
  Tensor2.prototype.pow = function(exp3) {
    this.throwIfDisposed();
    return pow3(this, exp3);
  };
}
{
  const { prelu: prelu4 } = dist_exports;
  Tensor2.prototype.prelu = function(alpha) {
    this.throwIfDisposed();
    return prelu4(this, alpha);
  };
}
{
  const { prod } = dist_exports;
  Tensor2.prototype.prod = function(axis, keepDims) {
    this.throwIfDisposed();
    return prod(this, axis, keepDims);
  };
}
{
  const { reciprocal: reciprocal2 } = dist_exports;
  Tensor2.prototype.reciprocal = function() {
    this.throwIfDisposed();
    return reciprocal2(this);
  };
}
{
  const { relu: relu3 } = dist_exports;
  Tensor2.prototype.relu = function() {
    this.throwIfDisposed();
    return relu3(this);
  };
}
{
  const { relu6: relu62 } = dist_exports;
  Tensor2.prototype.relu6 = function() {
    this.throwIfDisposed();
    return relu62(this);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  Tensor2.prototype.reshape = function(shape) {
    this.throwIfDisposed();
    return reshape4(this, shape);
  };
}
{
  const { reshape: reshape4 } = dist_exports;
  Tensor2.prototype.reshapeAs = function(x) {
    this.throwIfDisposed();
    return reshape4(this, x.shape);
  };
}
{
  const { resizeBilinear: resizeBilinear3 } = image;
  Tensor2.prototype.resizeBilinear = function(newShape2D, alignCorners, halfPixelCenters) {
    this.throwIfDisposed();
    return resizeBilinear3(this, newShape2D, alignCorners, halfPixelCenters);
  };
}
{
  const { resizeNearestNeighbor: resizeNearestNeighbor2 } = image;
  Tensor2.prototype.resizeNearestNeighbor = function(newShape2D, alignCorners, halfFloatCenters) {
    this.throwIfDisposed();
    return resizeNearestNeighbor2(this, newShape2D, alignCorners, halfFloatCenters);
  };
}
{
  const { reverse: reverse3 } = dist_exports;
  Tensor2.prototype.reverse = function(axis) {
    this.throwIfDisposed();
    return reverse3(this, axis);
  };
}
{
  const { rfft } = dist_exports;
  Tensor2.prototype.rfft = function() {
    this.throwIfDisposed();
    return rfft(this);
  };
}
{
  const { round: round2 } = dist_exports;
  Tensor2.prototype.round = function() {
    this.throwIfDisposed();
    return round2(this);
  };
}
{
  const { rsqrt: rsqrt2 } = dist_exports;
  Tensor2.prototype.rsqrt = function() {
    this.throwIfDisposed();
    return rsqrt2(this);
  };
}
{
  const { selu: selu3 } = dist_exports;
  Tensor2.prototype.selu = function() {
    this.throwIfDisposed();
    return selu3(this);
  };
}
{
  const { separableConv2d: separableConv2d3 } = dist_exports;
  Tensor2.prototype.separableConv2d = function(depthwiseFilter, pointwiseFilter, strides, pad2, dilation, dataFormat) {
    this.throwIfDisposed();
    return separableConv2d3(this, depthwiseFilter, pointwiseFilter, strides, pad2, dilation, dataFormat);
  };
}
{
  const { sigmoid: sigmoid3 } = dist_exports;
  Tensor2.prototype.sigmoid = function() {
    this.throwIfDisposed();
    return sigmoid3(this);
  };
}
{
  const { sign: sign2 } = dist_exports;
  Tensor2.prototype.sign = function() {
    this.throwIfDisposed();
    return sign2(this);
  };
}
{
  const { sin: sin3 } = dist_exports;
  Tensor2.prototype.sin = function() {
    this.throwIfDisposed();
    return sin3(this);
  };
}
{
  const { sinh: sinh3 } = dist_exports;
  Tensor2.prototype.sinh = function() {
    this.throwIfDisposed();
    return sinh3(this);
  };
}
{
  const { slice: slice3 } = dist_exports;
  Tensor2.prototype.slice = function(begin, size) {
    this.throwIfDisposed();
    return slice3(this, begin, size);
  };
}
{
  const { softmax: softmax4 } = dist_exports;
  Tensor2.prototype.softmax = function(dim) {
    this.throwIfDisposed();
    return softmax4(this, dim);
  };
}
{
  const { softplus: softplus3 } = dist_exports;
  Tensor2.prototype.softplus = function() {
    this.throwIfDisposed();
    return softplus3(this);
  };
}
{
  const { spaceToBatchND: spaceToBatchND3 } = dist_exports;
  Tensor2.prototype.spaceToBatchND = function(blockShape, paddings) {
    this.throwIfDisposed();
    return spaceToBatchND3(this, blockShape, paddings);
  };
}
{
  const { split: split2 } = dist_exports;
  Tensor2.prototype.split = function(numOrSizeSplits, axis) {
    this.throwIfDisposed();
    return split2(this, numOrSizeSplits, axis);
  };
}
{
  const { sqrt: sqrt2 } = dist_exports;
  Tensor2.prototype.sqrt = function() {
    this.throwIfDisposed();
    return sqrt2(this);
  };
}
{
  const { square: square3 } = dist_exports;
  Tensor2.prototype.square = function() {
    this.throwIfDisposed();
    return square3(this);
  };
}
{
  const { squaredDifference: squaredDifference2 } = dist_exports;
  Tensor2.prototype.squaredDifference = function(b) {
    this.throwIfDisposed();
    return squaredDifference2(this, b);
  };
}
{
  const { squeeze: squeeze2 } = dist_exports;
  Tensor2.prototype.squeeze = function(axis) {
    this.throwIfDisposed();
    return squeeze2(this, axis);
  };
}
{
  const { stack: stack2 } = dist_exports;
  Tensor2.prototype.stack = function(x, axis) {
    this.throwIfDisposed();
    const tensorsToBeStacked = x instanceof Tensor2 ? [this, x] : [this, ...x];
    return stack2(tensorsToBeStacked, axis);
  };
}
{
  const { step: step3 } = dist_exports;
  Tensor2.prototype.step = function(alpha) {
    this.throwIfDisposed();
    return step3(this, alpha);
  };
}
{
  const { stridedSlice: stridedSlice2 } = dist_exports;
  Tensor2.prototype.stridedSlice = function(begin, end, strides, beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask) {
    this.throwIfDisposed();
    return stridedSlice2(this, begin, end, strides, beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask);
  };
}
{
  const { sub: sub3 } = dist_exports;
  Tensor2.prototype.sub = function(b) {
    this.throwIfDisposed();
    return sub3(this, b);
  };
}
{
  const { sum: sum3 } = dist_exports;
  Tensor2.prototype.sum = function(axis, keepDims) {
    this.throwIfDisposed();
    return sum3(this, axis, keepDims);
  };
}
{
  const { tan: tan2 } = dist_exports;
  Tensor2.prototype.tan = function() {
    this.throwIfDisposed();
    return tan2(this);
  };
}
{
  const { tanh: tanh3 } = dist_exports;
  Tensor2.prototype.tanh = function() {
    this.throwIfDisposed();
    return tanh3(this);
  };
}
{
  const { tile: tile4 } = dist_exports;
  Tensor2.prototype.tile = function(reps) {
    this.throwIfDisposed();
    return tile4(this, reps);
  };
}
{
  const { cast: cast4 } = dist_exports;
  Tensor2.prototype.toBool = function() {
    this.throwIfDisposed();
    return cast4(this, "bool");
  };
}
{
  const { cast: cast4 } = dist_exports;
  Tensor2.prototype.toFloat = function() {
    this.throwIfDisposed();
    return cast4(this, "float32");
  };
}
{
  const { cast: cast4 } = dist_exports;
  Tensor2.prototype.toInt = function() {
    this.throwIfDisposed();
    return cast4(this, "int32");
  };
}
{
  const { topk } = dist_exports;
  Tensor2.prototype.topk = function(k, sorted) {
    this.throwIfDisposed();
    return topk(this, k, sorted);
  };
}
{
  const { transpose: transpose3 } = dist_exports;
  Tensor2.prototype.transpose = function(perm) {
    this.throwIfDisposed();
    return transpose3(this, perm);
  };
}
{
  const { unique: unique3 } = dist_exports;
  Tensor2.prototype.unique = function(axis) {
    this.throwIfDisposed();
    return unique3(this, axis);
  };
}
{
  const { unsortedSegmentSum: unsortedSegmentSum3 } = dist_exports;
  Tensor2.prototype.unsortedSegmentSum = function(segmentIds, numSegments) {
    this.throwIfDisposed();
    return unsortedSegmentSum3(this, segmentIds, numSegments);
  };
}
{
  const { unstack: unstack2 } = dist_exports;
  Tensor2.prototype.unstack = function(axis) {
    this.throwIfDisposed();
    return unstack2(this, axis);
  };
}
{
  const { where: where2 } = dist_exports;
  Tensor2.prototype.where = function(condition, x) {
    this.throwIfDisposed();
    return where2(condition, this, x);
  };
}
{
  const { zerosLike: zerosLike3 } = dist_exports;
  Tensor2.prototype.zerosLike = function() {
    this.throwIfDisposed();
    return zerosLike3(this);
  };
}

// pipelines/train/tf.ts
var version3 = { tfjs: version2, "tfjs-core": version, "tfjs-layers": version2 };

// pipelines/train/backend.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// pipelines/train/kernels/wasm-binary.ts
var KERNELS_WASM_BASE64 = "AGFzbQEAAAABpgEPYAJ/fwBgCn9/f39/f39/f38AYBB/f39/f39/f39/f39/f39/AGARf39/f39/f39/f39/f39/f38AYAd/f39/f39/AGAOf39/f39/f39/f39/f38AYAR/f39/AGAGf39/f39/AGAIf39/f39/f30AYAd/f39/f399AGADf39/AGAEf399fwBgBH9/f30AYAx/f39/f319fX19fX0AYAZ/f39/fX0AAg8BA2VudgZtZW1vcnkCAAIDGhkAAQECAwQFBQMGAQYFBAcECAkKCgYLDA0OBAUBcAEBAQYIAX8BQYCIBAsH0wIZCHplcm9fZjMyAAAIcGFkX25od2MAAQljcm9wX25od2MAAhZjb252MmRfYmFja3Byb3BfZmlsdGVyAAMVY29udjJkX2JhY2twcm9wX2lucHV0AAQOcmVncm91cF9maWx0ZXIABQ5jb252MmRfZm9yd2FyZAAGCG1heF9wb29sAAcNbWF4X3Bvb2xfZ3JhZAAICHN1bV9yb3dzAAkEZ2VtbQAKC3RyYW5zcG9zZTJkAAsFdGlsZTYADAtiaW5hcnlfcm93cwANCGJpYXNfYWN0AA4MYWN0X2JhY2t3YXJkAA8Mc29mdG1heF94ZW50ABAIbXNlX2dyYWQAEQttdWxfaW5wbGFjZQASC2FkZF9pbnBsYWNlABMGbXVsX3RvABQMZHJvcG91dF9tYXNrABUGYWRkX2wyABYLYWRhbV91cGRhdGUAFwpzZ2RfdXBkYXRlABgKyIQDGbsDAwR/AXsBf0EEIQJBACEDAkAgAUEESA0AIAFBfGoiA0ECdkEBaiIEQQdxIQUCQAJAIANBHE8NAEEAIQMMAQsgBEH4////B3EhBEEEIQIgACEDA0AgA/0MAAAAAAAAAAAAAAAAAAAAACIG/QsAACADQfAAaiAG/QsAACADQeAAaiAG/QsAACADQdAAaiAG/QsAACADQcAAaiAG/QsAACADQTBqIAb9CwAAIANBIGogBv0LAAAgA0EQaiAG/QsAACADQYABaiEDIAJBIGohAiAEQXhqIgQNAAsgAkF8aiEDCyAFRQ0AA0AgACADQQJ0av0MAAAAAAAAAAAAAAAAAAAAAP0LAAAgAiIDQQRqIQIgAyEDIAVBf2oiBQ0ACyACQXxqIQMLAkAgASADTA0AAkAgASADayIEQQNNDQAgACADQQJ0aiECIAMgAUEDcSIHaiABayEFIAMgBCAHa2ohAwNAIAL9DAAAAAAAAAAAAAAAAAAAAAD9CwIAIAJBEGohAiAFQQRqIgUNAAsgB0UNAQsgASADayECIAAgA0ECdGohAwNAIANBADYCACADQQRqIQMgAkF/aiICDQALCwubDQMFfwF7GH9BBCEKQQAhCwJAIAUgAmwgBmwgB2wiDEEESA0AIAxBfGoiC0ECdkEBaiINQQdxIQ4CQAJAIAtBHE8NAEEAIQsMAQsgDUH4////B3EhDUEEIQogASELA0AgC/0MAAAAAAAAAAAAAAAAAAAAACIP/QsAACALQfAAaiAP/QsAACALQeAAaiAP/QsAACALQdAAaiAP/QsAACALQcAAaiAP/QsAACALQTBqIA/9CwAAIAtBIGogD/0LAAAgC0EQaiAP/QsAACALQYABaiELIApBIGohCiANQXhqIg0NAAsgCkF8aiELCyAORQ0AIA5BAnQhDQNAIAEgC0ECdGr9DAAAAAAAAAAAAAAAAAAAAAD9CwAAIAoiC0EEaiEKIAshCyANQXxqIg0NAAsgCkF8aiELCwJAIAwgC0wNAAJAIAwgC2siDUEDTQ0AIAEgC0ECdGohCiALIA0gDEEDcSIOayINaiELA0AgCv0MAAAAAAAAAAAAAAAAAAAAAP0LAgAgCkEQaiEKIA1BfGoiDQ0ACyAORQ0BCyAMIAtrIQogASALQQJ0aiELA0AgC0EANgIAIAtBBGohCyAKQX9qIgoNAAsLAkAgAkEBSA0AIANBAUgNAAJAIAUgBGwiEEEESA0AIBAgEEH8////B3EiC0EBciIKIBAgCkobIgogC2siDSAKQQNxIhFrIRIgByAGbCIMIAQgA2xrIAVsQQJ0IRMgCkH8////B3EgC2shFCAHIAVsQQJ0IRUgEEECdCEWIAwgBWxBAnQhFyAQIANsQQJ0IRggByAEayAFbEECdCEZIBBBfGoiC0ECdkEBaiIKQfz///8HcSEaIApBA3EiG0ECdCEcIAEgCCAHbCAJaiAFbEECdGoiHSAAayEeQQAhHyALQQxJISAgDUEESSEhIAAhIgNAIB8gA2whIyAfIAZsIAhqISQgHiATIB9saiElIB0hBCAiIQ5BACEmA0ACQAJAICBFDQBBACELQQQhDQwBC0EEIQ0gGiEMIAQhCyAOIQoDQCALIAr9AAAA/QsAACALQRBqIApBEGr9AAAA/QsAACALQSBqIApBIGr9AAAA/QsAACALQTBqIApBMGr9AAAA/QsAACALQcAAaiELIApBwABqIQogDUEQaiENIAxBfGoiDA0ACyANQXxqIQsLAkAgG0UNACAAIBAgJiAjamxBAnRqIQwgASAkICZqIAdsIAlqIAVsQQJ0aiEnIBwhCgNAICcgC0ECdCILaiAMIAtq/QAAAP0LAAAgDSILQQRqIQ0gCyELIApBfGoiCg0ACyANQXxqIQsLAkAgCyAQTg0AAkAgIQ0AICUgGSAmbGpBD00NACALQQJ0IQogCyASaiELIBQhDQNAIAQgCmogDiAKav0AAgD9CwIAIApBEGohCiANQXxqIg0NAAsgEUUNAQsgC0ECdCEKA0AgBCAKaiAOIApqKgIAOAIAIApBBGohCiALQQFqIgsgEEgNAAsLIAQgFWohBCAOIBZqIQ4gJkEBaiImIANHDQALIB0gF2ohHSAiIBhqISIgH0EBaiIfIAJHDQAMAgsLIBBBAUgNACAHIAVsIgsgEHJBgICAgAJxIRwgASADQX9qIAdsIARqIAggB2wgCWoiCmogBWxBAnRqIRogEEEDcSEmIBBB/P///wdxIRUgC0ECdCEbIBBBAnQhICALIAZsQQJ0IQcgACAQIANsQQJ0IglqISEgEEEISSElIAEgCiAFbEECdGoiBSEjIAAhJEEAIQEDQCAlIAUgByABbCILaiAhIAkgAWwiCmpJIAAgCmogGiALaklxIBxBAEdyckEBcSEWICMhDCAkIQRBACEnA0BBACENAkACQCAWDQAgFSENIAwhCyAEIQoDQCALIAr9AAIA/QsCACALQRBqIQsgCkEQaiEKIA1BfGoiDQ0ACyAVIQ0gECAVRg0BCyANIQ4CQCAmRQ0AICYgDWohDiANQQJ0IQsgJiEKA0AgDCALaiAEIAtqKgIAOAIAIAtBBGohCyAKQX9qIgoNAAsLIA0gEGtBfEsNACAOQQJ0IQsgECAOayEOA0AgDCALaiIKIAQgC2oiDSoCADgCACAKQQRqIA1BBGoqAgA4AgAgCkEIaiANQQhqKgIAOAIAIApBDGogDUEMaioCADgCACALQRBqIQsgDkF8aiIODQALCyAMIBtqIQwgBCAgaiEEICdBAWoiJyADRw0ACyAjIAdqISMgJCAJaiEkIAFBAWoiASACRw0ACwsL2gkBHX8CQCACQQFIDQAgA0EBSA0AAkAgBSAEbCIKQQRIDQAgCiAKQfz///8HcSILQQFyIgwgCiAMShsiDCALayINIAxBA3EiDmshDyAEIANsIAcgBmwiEGsgBWxBAnQhESAMQfz///8HcSALayESIApBAnQhEyAHIAVsQQJ0IRQgCiADbEECdCEVIBAgBWxBAnQhFiAEIAdrIAVsQQJ0IRcgCkF8aiIEQQJ2QQFqIgtB/P///wdxIRggC0EDcSIZQQJ0IRogASAAIAggB2wgCWogBWxBAnRqIhtrIRxBACEdIARBDEkhHiANQQRJIR8gASEgA0AgHSADbCEhIB0gBmwgCGohIiAcIBEgHWxqISMgICEQIBshJEEAISUDQAJAAkAgHkUNAEEAIQRBBCEMDAELQQQhDCAYIQ0gECEEICQhCwNAIAQgC/0AAAD9CwAAIARBEGogC0EQav0AAAD9CwAAIARBIGogC0Egav0AAAD9CwAAIARBMGogC0Ewav0AAAD9CwAAIARBwABqIQQgC0HAAGohCyAMQRBqIQwgDUF8aiINDQALIAxBfGohBAsCQCAZRQ0AIAEgCiAlICFqbEECdGohDSAAICIgJWogB2wgCWogBWxBAnRqISYgGiELA0AgDSAEQQJ0IgRqICYgBGr9AAAA/QsAACAMIgRBBGohDCAEIQQgC0F8aiILDQALIAxBfGohBAsCQCAEIApODQACQCAfDQAgIyAXICVsakEPTQ0AIARBAnQhCyAEIA9qIQQgEiEMA0AgECALaiAkIAtq/QACAP0LAgAgC0EQaiELIAxBfGoiDA0ACyAORQ0BCyAEQQJ0IQsDQCAQIAtqICQgC2oqAgA4AgAgC0EEaiELIARBAWoiBCAKSA0ACwsgECATaiEQICQgFGohJCAlQQFqIiUgA0cNAAsgICAVaiEgIBsgFmohGyAdQQFqIh0gAkcNAAwCCwsgCkEBSA0AIAogByAFbCILckGAgICAAnEhGiAAIANBf2ogB2wgBGogCCAHbCAJaiIEaiAFbEECdGohGCAKQQNxISUgCkH8////B3EhEyAKQQJ0IRkgC0ECdCEeIAsgBmxBAnQhByABIAogA2xBAnQiCWohHyAKQQhJISMgASEiIAAgBCAFbEECdGoiACEFQQAhIQNAICMgASAJICFsIgRqIBggByAhbCILakkgACALaiAfIARqSXEgGkEAR3JyQQFxIRQgIiENIAUhEEEAISYDQEEAIQwCQAJAIBQNACATIQwgDSEEIBAhCwNAIAQgC/0AAgD9CwIAIARBEGohBCALQRBqIQsgDEF8aiIMDQALIBMhDCAKIBNGDQELIAwhJAJAICVFDQAgJSAMaiEkIAxBAnQhBCAlIQsDQCANIARqIBAgBGoqAgA4AgAgBEEEaiEEIAtBf2oiCw0ACwsgDCAKa0F8Sw0AICRBAnQhBCAKICRrISQDQCANIARqIgsgECAEaiIMKgIAOAIAIAtBBGogDEEEaioCADgCACALQQhqIAxBCGoqAgA4AgAgC0EMaiAMQQxqKgIAOAIAIARBEGohBCAkQXxqIiQNAAsLIA0gGWohDSAQIB5qIRAgJkEBaiImIANHDQALICIgCWohIiAFIAdqIQUgIUEBaiIhIAJHDQALCwvBPQsGfwF7TX8BewF/BnsCfwZ7BX8BfQV/QQQhEEEAIRECQCAJIAZsIhIgCmwgC2wiE0EESA0AIBNBfGoiEUECdkEBaiIUQQdxIRUCQAJAIBFBHE8NAEEAIREMAQsgFEH4////B3EhFEEEIRAgAiERA0AgEf0MAAAAAAAAAAAAAAAAAAAAACIW/QsAACARQfAAaiAW/QsAACARQeAAaiAW/QsAACARQdAAaiAW/QsAACARQcAAaiAW/QsAACARQTBqIBb9CwAAIBFBIGogFv0LAAAgEUEQaiAW/QsAACARQYABaiERIBBBIGohECAUQXhqIhQNAAsgEEF8aiERCyAVRQ0AIBVBAnQhFANAIAIgEUECdGr9DAAAAAAAAAAAAAAAAAAAAAD9CwAAIBAiEUEEaiEQIBEhESAUQXxqIhQNAAsgEEF8aiERCwJAIBMgEUwNAAJAIBMgEWsiFEEDTQ0AIAIgEUECdGohECARIBQgE0EDcSIVayIUaiERA0AgEP0MAAAAAAAAAAAAAAAAAAAAAP0LAgAgEEEQaiEQIBRBfGoiFA0ACyAVRQ0BCyATIBFrIRAgAiARQQJ0aiERA0AgEUEANgIAIBFBBGohESAQQX9qIhANAAsLQYAEIAhBASAIQQFKG24hEQJAIANBAUgNACAKQQFIIhcgC0EBSHIhGCAGIAVsIhlBASARIAhBgARKGyIaIAxsbEECdCEbIAlBfHEiHCAJRiIRIAsgBmwiHUEBSCIeciEfIBEgBkEBSCIgciEhIAEgCUECdCIiQXBxIhEgImpqISMgASAJQQN0IhMgCUEIbyIQQQJ0a2ohJCAcIAkgEGsiJWsiJkF8cSEnICZBBG0hKCAIQQFxISkgCEH+////B3EhKiAIQX9qISsgCUEMbCEsIA0gBmwiLUEDdCENIA8gBmwiLkECdCEvIAkgCGwiMEECdCExIB0gCWwhMiAGIA5sIAVsITMgASARaiE0IAAgLUECdCI1aiE2IBkgDGxBAnQhNyAZIA5sQQJ0ITggGSAEbEECdCE5IDAgGmxBAnQhOiAwIAdsQQJ0ITsgASAlQQJ0IjxqIj0hPiAAIT8gASFAQQAhQQNAAkAgB0EBSA0AIEEgB2whQiBBIARsIUMCQCAPQQFHDQAgFw0BQQAhRCA0IUUgIyFGIDYhRyAkIUggPiFJID8hSiBAIUsDQCBEIEQgGmoiTCAHIEwgB0giTRsiTk4iTyAIQQFIIlByIVEgHyBPciBQckEBcSFSIEchUyBKIVRBACFVA0ACQCAeDQAgAiAyIFVsQQJ0aiJWIDxqIVcgACAzIFVsQQJ0aiFYQQAhWSBTIVogVCFbIB0hXANAIB0gWWsiXUEEIF1BBEgbIV4CQCAlQQBMDQAgViBZIAlsQQJ0aiFfQQAhYCBeQX5qIWEgSyFiA0AgXyBgQQJ0aiJj/QAAECFkIGP9AAAAIRYCQAJAAkACQAJAIGEOAwADAgELIGMgImoiZf0AABAhZiBl/QAAACFnAkAgTw0AIFshDiBiIQUgRCEVA0AgDiERIAUhECAIIRQCQCBQDQADQCARQQRq/QkAACJoIBBBEGr9AAAAImn95gEgZv3kASFmIBH9CQAAImogEP0AAAAia/3mASAW/eQBIRYgaCBr/eYBIGf95AEhZyBqIGn95gEgZP3kASFkIBEgNWohESAQICJqIRAgFEF/aiIUDQALCyAOIDdqIQ4gBSAxaiEFIBVBAWoiFSBOSA0ACwsgYyBk/QsAECBjIBb9CwAAIGUgZv0LABAgZSBn/QsAAAwDCyBbIQ4gYiEFIEQhFQJAIE8NAANAIA4hECAFIREgCCEUAkAgUA0AA0AgEP0JAAAiZiAR/QAAAP3mASAW/eQBIRYgZiARQRBq/QAAAP3mASBk/eQBIWQgECA1aiEQIBEgImohESAUQX9qIhQNAAsLIA4gN2ohDiAFIDFqIQUgFUEBaiIVIE5IDQALCyBjIGT9CwAQIGMgFv0LAAAMAgsgYyAsaiJl/QAAECFoIGX9AAAAIWkgYyATaiJs/QAAECFqIGz9AAAAIWsgYyAiaiJt/QAAECFuIG39AAAAIW8CQCBPDQAgWyEOIGIhBSBEIRUDQCAOIREgBSEQIAghFAJAIFANAANAIBFBDGr9CQAAInAgEEEQav0AAAAiZv3mASBo/eQBIWggEUEIav0JAAAicSBm/eYBIGr95AEhaiARQQRq/QkAACJyIGb95gEgbv3kASFuIBH9CQAAInMgEP0AAAAiZ/3mASAW/eQBIRYgcCBn/eYBIGn95AEhaSBxIGf95gEga/3kASFrIHIgZ/3mASBv/eQBIW8gcyBm/eYBIGT95AEhZCARIDVqIREgECAiaiEQIBRBf2oiFA0ACwsgDiA3aiEOIAUgMWohBSAVQQFqIhUgTkgNAAsLIGMgZP0LABAgYyAW/QsAACBtIG79CwAQIG0gb/0LAAAgbCBq/QsAECBsIGv9CwAAIGUgaP0LABAgZSBp/QsAAAwBCyBjIBNqImX9AAAQIWggZf0AAAAhaSBjICJqImz9AAAQIWogbP0AAAAhawJAIE8NACBbIQ4gYiEFIEQhFQNAIA4hESAFIRAgCCEUAkAgUA0AA0AgEUEIav0JAAAibiAQQRBq/QAAACJm/eYBIGj95AEhaCARQQRq/QkAACJvIGb95gEgav3kASFqIBH9CQAAInAgEP0AAAAiZ/3mASAW/eQBIRYgbiBn/eYBIGn95AEhaSBvIGf95gEga/3kASFrIHAgZv3mASBk/eQBIWQgESA1aiERIBAgImohECAUQX9qIhQNAAsLIA4gN2ohDiAFIDFqIQUgFUEBaiIVIE5IDQALCyBjIGT9CwAQIGMgFv0LAAAgbCBq/QsAECBsIGv9CwAAIGUgaP0LABAgZSBp/QsAAAsgYkEgaiFiIGBBCGoiYCAlSA0ACwsCQCAcICVMDQAgVyBZIAlsQQJ0aiF0AkACQAJAAkACQAJAAkAgJ0EIRw0AIHT9AAAQIRYgdP0AAAAhZAJAIF5BfmoOAwAHBgILIHQgImoiY/0AABAhZiBj/QAAACFnAkAgTw0AIFshDiBJIQUgRCEVA0AgDiERIAUhECAIIRQCQCBQDQADQCARQQRq/QkAACJoIBBBEGr9AAAAImn95gEgZv3kASFmIBH9CQAAImogEP0AAAAia/3mASBk/eQBIWQgaCBr/eYBIGf95AEhZyBqIGn95gEgFv3kASEWIBEgNWohESAQICJqIRAgFEF/aiIUDQALCyAOIDdqIQ4gBSAxaiEFIBVBAWoiFSBOSA0ACwsgdCAW/QsAECB0IGT9CwAAIGMgZv0LABAgYyBn/QsAAAwHCyBdQQFIDQYgXEEEIFxBBEgbIhFBASARQQFKGyF1IFggWUECdGohdkEAIXcgWiFdIFshXgwBCyBbIQ4gSSEFIEQhFSBPRQ0BDAILA0ACQCAmQQNMDQAgUQ0AIHYgd0ECdGohZSB0IHcgCWxBAnRqIXhBACFsIEghbSBJIV8DQCA9IGxBBHQiEWohYiB4IBFqImH9AAAAIRYgXSEVIF4hDiBtIWMgXyEFIEQhYANAAkACQCArDQAgYiAwIGAgQmpsQQJ0aiERIGUgGSBgIAxsIENqbEECdGohFAwBC0EAIREgKiEUQQAhEANAIBYgDiARav0JAAAgBSAQav0AAAD95gH95AEgFSARav0JAAAgYyAQav0AAAD95gH95AEhFiARIA1qIREgECATaiEQIBRBfmoiFA0ACyAOIBFqIRQgBSAQaiERCwJAIClFDQAgFiAU/QkAACAR/QAAAP3mAf3kASEWCyAVIDdqIRUgDiA3aiEOIGMgMWohYyAFIDFqIQUgYEEBaiJgIE5IDQALIGEgFv0LAAAgbUEQaiFtIF9BEGohXyBsQQFqImwgKEcNAAsLIF1BBGohXSBeQQRqIV4gd0EBaiJ3IHVHDQAMBQsLA0AgDiEQIAUhESAIIRQCQCBQDQADQCAQ/QkAACJmIBH9AAAA/eYBIGT95AEhZCBmIBFBEGr9AAAA/eYBIBb95AEhFiAQIDVqIRAgESAiaiERIBRBf2oiFA0ACwsgDiA3aiEOIAUgMWohBSAVQQFqIhUgTkgNAAsLIHQgFv0LABAgdCBk/QsAAAwCCyB0ICxqImP9AAAQIWggY/0AAAAhaSB0IBNqImD9AAAQIWogYP0AAAAhayB0ICJqImL9AAAQIW4gYv0AAAAhbwJAIE8NACBbIQ4gSSEFIEQhFQNAIA4hESAFIRAgCCEUAkAgUA0AA0AgEUEMav0JAAAicCAQQRBq/QAAACJm/eYBIGj95AEhaCARQQhq/QkAACJxIGb95gEgav3kASFqIBFBBGr9CQAAInIgZv3mASBu/eQBIW4gEf0JAAAicyAQ/QAAACJn/eYBIGT95AEhZCBwIGf95gEgaf3kASFpIHEgZ/3mASBr/eQBIWsgciBn/eYBIG/95AEhbyBzIGb95gEgFv3kASEWIBEgNWohESAQICJqIRAgFEF/aiIUDQALCyAOIDdqIQ4gBSAxaiEFIBVBAWoiFSBOSA0ACwsgdCAW/QsAECB0IGT9CwAAIGIgbv0LABAgYiBv/QsAACBgIGr9CwAQIGAga/0LAAAgYyBo/QsAECBjIGn9CwAADAELIHQgE2oiY/0AABAhaCBj/QAAACFpIHQgImoiYP0AABAhaiBg/QAAACFrAkAgTw0AIFshDiBJIQUgRCEVA0AgDiERIAUhECAIIRQCQCBQDQADQCARQQhq/QkAACJuIBBBEGr9AAAAImb95gEgaP3kASFoIBFBBGr9CQAAIm8gZv3mASBq/eQBIWogEf0JAAAicCAQ/QAAACJn/eYBIGT95AEhZCBuIGf95gEgaf3kASFpIG8gZ/3mASBr/eQBIWsgcCBm/eYBIBb95AEhFiARIDVqIREgECAiaiEQIBRBf2oiFA0ACwsgDiA3aiEOIAUgMWohBSAVQQFqIhUgTkgNAAsLIHQgFv0LABAgdCBk/QsAACBgIGr9CwAQIGAga/0LAAAgYyBo/QsAECBjIGn9CwAACyBaQRBqIVogW0EQaiFbIFxBfGohXCBZQQRqIlkgHUgNAAsgUg0AQQAhWyBUIV0gUyFeA0AgWCBbQQJ0aiFlIFYgWyAJbEECdGoheCBFIWwgRiFtIBwhXwNAIAEgX0ECdCIRaiFiIHggEWoiYSoCACF5IF0hDiBsIQUgbSEVIF4hYyBEIWADQAJAAkAgKw0AQQAhFAwBC0EAIRFBACEQQQAhFANAIGMgEGoqAgAgFSARaioCAJQgDiAQaioCACAFIBFqKgIAlCB5kpIheSARIBNqIREgECANaiEQICogFEECaiIURw0ACwsCQCApRQ0AIGUgGSBgIAxsIENqbEECdGogLSAUbEECdGoqAgAgYiAwIGAgQmpsQQJ0aiAUIAlsQQJ0aioCAJQgeZIheQsgDiA3aiEOIAUgMWohBSAVIDFqIRUgYyA3aiFjIGBBAWoiYCBOSA0ACyBhIHk4AgAgbEEEaiFsIG1BBGohbSBfQQFqIl8gCUgNAAsgXUEEaiFdIF5BBGohXiBbQQFqIlsgHUcNAAsLIFMgOGohUyBUIDhqIVQgVUEBaiJVIApHDQALIEUgOmohRSBGIDpqIUYgRyAbaiFHIEggOmohSCBJIDpqIUkgSiAbaiFKIEsgOmohSyBMIUQgTQ0ADAILCyAYDQBBACFEIDQhRSAjIUYgNiF6ICQhSCA+IUkgPyF7IEAhSwNAIEQgRCAaaiJ8IAcgfCAHSCJ9GyJOTiJPIAhBAUgiUHIhUSAhIE9yIFByQQFxIUogeiFNIHshfkEAIUwDQCBMIAtsIVIgACAzIExsQQJ0aiFHQQAhVSBNIVMgfiFUA0ACQCAgDQAgAiASIFUgUmpsQQJ0aiJWIDxqIVcgRyBVIC5sQQJ0aiFYQQAhWSBTIVogVCFbIAYhXANAIAYgWWsiXUEEIF1BBEgbIV8CQCAlQQBMDQAgViBZIAlsQQJ0aiFhQQAhYCBLIWIDQCBhIGBBAnRqImP9AAAQIWQgY/0AAAAhFgJAAkACQAJAAkAgX0F+ag4DAAMCAQsgYyAiaiJl/QAAECFmIGX9AAAAIWcCQCBPDQAgWyEOIGIhBSBEIRUDQCAOIREgBSEQIAghFAJAIFANAANAIBFBBGr9CQAAImggEEEQav0AAAAiaf3mASBm/eQBIWYgEf0JAAAiaiAQ/QAAACJr/eYBIBb95AEhFiBoIGv95gEgZ/3kASFnIGogaf3mASBk/eQBIWQgESA1aiERIBAgImohECAUQX9qIhQNAAsLIA4gN2ohDiAFIDFqIQUgFUEBaiIVIE5IDQALCyBjIGT9CwAQIGMgFv0LAAAgZSBm/QsAECBlIGf9CwAADAMLIFshDiBiIQUgRCEVAkAgTw0AA0AgDiEQIAUhESAIIRQCQCBQDQADQCAQ/QkAACJmIBH9AAAA/eYBIBb95AEhFiBmIBFBEGr9AAAA/eYBIGT95AEhZCAQIDVqIRAgESAiaiERIBRBf2oiFA0ACwsgDiA3aiEOIAUgMWohBSAVQQFqIhUgTkgNAAsLIGMgZP0LABAgYyAW/QsAAAwCCyBjICxqImX9AAAQIWggZf0AAAAhaSBjIBNqImz9AAAQIWogbP0AAAAhayBjICJqIm39AAAQIW4gbf0AAAAhbwJAIE8NACBbIQ4gYiEFIEQhFQNAIA4hESAFIRAgCCEUAkAgUA0AA0AgEUEMav0JAAAicCAQQRBq/QAAACJm/eYBIGj95AEhaCARQQhq/QkAACJxIGb95gEgav3kASFqIBFBBGr9CQAAInIgZv3mASBu/eQBIW4gEf0JAAAicyAQ/QAAACJn/eYBIBb95AEhFiBwIGf95gEgaf3kASFpIHEgZ/3mASBr/eQBIWsgciBn/eYBIG/95AEhbyBzIGb95gEgZP3kASFkIBEgNWohESAQICJqIRAgFEF/aiIUDQALCyAOIDdqIQ4gBSAxaiEFIBVBAWoiFSBOSA0ACwsgYyBk/QsAECBjIBb9CwAAIG0gbv0LABAgbSBv/QsAACBsIGr9CwAQIGwga/0LAAAgZSBo/QsAECBlIGn9CwAADAELIGMgE2oiZf0AABAhaCBl/QAAACFpIGMgImoibP0AABAhaiBs/QAAACFrAkAgTw0AIFshDiBiIQUgRCEVA0AgDiERIAUhECAIIRQCQCBQDQADQCARQQhq/QkAACJuIBBBEGr9AAAAImb95gEgaP3kASFoIBFBBGr9CQAAIm8gZv3mASBq/eQBIWogEf0JAAAicCAQ/QAAACJn/eYBIBb95AEhFiBuIGf95gEgaf3kASFpIG8gZ/3mASBr/eQBIWsgcCBm/eYBIGT95AEhZCARIDVqIREgECAiaiEQIBRBf2oiFA0ACwsgDiA3aiEOIAUgMWohBSAVQQFqIhUgTkgNAAsLIGMgZP0LABAgYyAW/QsAACBsIGr9CwAQIGwga/0LAAAgZSBo/QsAECBlIGn9CwAACyBiQSBqIWIgYEEIaiJgICVIDQALCwJAIBwgJUwNACBXIFkgCWxBAnRqIXQCQAJAAkACQAJAAkACQCAnQQhHDQAgdP0AABAhFiB0/QAAACFkAkAgX0F+ag4DAAcGAgsgdCAiaiJj/QAAECFmIGP9AAAAIWcCQCBPDQAgWyEOIEkhBSBEIRUDQCAOIREgBSEQIAghFAJAIFANAANAIBFBBGr9CQAAImggEEEQav0AAAAiaf3mASBm/eQBIWYgEf0JAAAiaiAQ/QAAACJr/eYBIGT95AEhZCBoIGv95gEgZ/3kASFnIGogaf3mASAW/eQBIRYgESA1aiERIBAgImohECAUQX9qIhQNAAsLIA4gN2ohDiAFIDFqIQUgFUEBaiIVIE5IDQALCyB0IBb9CwAQIHQgZP0LAAAgYyBm/QsAECBjIGf9CwAADAcLIF1BAUgNBiBcQQQgXEEESBsiEUEBIBFBAUobIXUgWCBZQQJ0aiF2QQAhdyBaIV0gWyFeDAELIFshDiBJIQUgRCEVIE9FDQEMAgsDQAJAICZBA0wNACBRDQAgdiB3QQJ0aiFlIHQgdyAJbEECdGoheEEAIWwgSCFtIEkhXwNAID0gbEEEdCIRaiFiIHggEWoiYf0AAAAhFiBdIRUgXiEOIG0hYyBfIQUgRCFgA0ACQAJAICsNACBiIDAgYCBCamxBAnRqIREgZSAZIGAgDGwgQ2psQQJ0aiEUDAELQQAhESAqIRRBACEQA0AgFiAOIBFq/QkAACAFIBBq/QAAAP3mAf3kASAVIBFq/QkAACBjIBBq/QAAAP3mAf3kASEWIBEgDWohESAQIBNqIRAgFEF+aiIUDQALIA4gEWohFCAFIBBqIRELAkAgKUUNACAWIBT9CQAAIBH9AAAA/eYB/eQBIRYLIBUgN2ohFSAOIDdqIQ4gYyAxaiFjIAUgMWohBSBgQQFqImAgTkgNAAsgYSAW/QsAACBtQRBqIW0gX0EQaiFfIGxBAWoibCAoRw0ACwsgXUEEaiFdIF5BBGohXiB3QQFqIncgdUcNAAwFCwsDQCAOIRAgBSERIAghFAJAIFANAANAIBD9CQAAImYgEf0AAAD95gEgZP3kASFkIGYgEUEQav0AAAD95gEgFv3kASEWIBAgNWohECARICJqIREgFEF/aiIUDQALCyAOIDdqIQ4gBSAxaiEFIBVBAWoiFSBOSA0ACwsgdCAW/QsAECB0IGT9CwAADAILIHQgLGoiY/0AABAhaCBj/QAAACFpIHQgE2oiYP0AABAhaiBg/QAAACFrIHQgImoiYv0AABAhbiBi/QAAACFvAkAgTw0AIFshDiBJIQUgRCEVA0AgDiERIAUhECAIIRQCQCBQDQADQCARQQxq/QkAACJwIBBBEGr9AAAAImb95gEgaP3kASFoIBFBCGr9CQAAInEgZv3mASBq/eQBIWogEUEEav0JAAAiciBm/eYBIG795AEhbiAR/QkAACJzIBD9AAAAImf95gEgZP3kASFkIHAgZ/3mASBp/eQBIWkgcSBn/eYBIGv95AEhayByIGf95gEgb/3kASFvIHMgZv3mASAW/eQBIRYgESA1aiERIBAgImohECAUQX9qIhQNAAsLIA4gN2ohDiAFIDFqIQUgFUEBaiIVIE5IDQALCyB0IBb9CwAQIHQgZP0LAAAgYiBu/QsAECBiIG/9CwAAIGAgav0LABAgYCBr/QsAACBjIGj9CwAQIGMgaf0LAAAMAQsgdCATaiJj/QAAECFoIGP9AAAAIWkgdCAiaiJg/QAAECFqIGD9AAAAIWsCQCBPDQAgWyEOIEkhBSBEIRUDQCAOIREgBSEQIAghFAJAIFANAANAIBFBCGr9CQAAIm4gEEEQav0AAAAiZv3mASBo/eQBIWggEUEEav0JAAAibyBm/eYBIGr95AEhaiAR/QkAACJwIBD9AAAAImf95gEgZP3kASFkIG4gZ/3mASBp/eQBIWkgbyBn/eYBIGv95AEhayBwIGb95gEgFv3kASEWIBEgNWohESAQICJqIRAgFEF/aiIUDQALCyAOIDdqIQ4gBSAxaiEFIBVBAWoiFSBOSA0ACwsgdCAW/QsAECB0IGT9CwAAIGAgav0LABAgYCBr/QsAACBjIGj9CwAQIGMgaf0LAAALIFpBEGohWiBbQRBqIVsgXEF8aiFcIFlBBGoiWSAGSA0ACyBKDQBBACFbIFQhXSBTIV4DQCBYIFtBAnRqIWUgViBbIAlsQQJ0aiF4IEUhbCBGIW0gHCFfA0AgASBfQQJ0IhFqIWIgeCARaiJhKgIAIXkgXSEOIGwhBSBtIRUgXiFjIEQhYANAAkACQCArDQBBACEUDAELQQAhEUEAIRBBACEUA0AgYyAQaioCACAVIBFqKgIAlCAOIBBqKgIAIAUgEWoqAgCUIHmSkiF5IBEgE2ohESAQIA1qIRAgKiAUQQJqIhRHDQALCwJAIClFDQAgZSAZIGAgDGwgQ2psQQJ0aiAtIBRsQQJ0aioCACBiIDAgYCBCamxBAnRqIBQgCWxBAnRqKgIAlCB5kiF5CyAOIDdqIQ4gBSAxaiEFIBUgMWohFSBjIDdqIWMgYEEBaiJgIE5IDQALIGEgeTgCACBsQQRqIWwgbUEEaiFtIF9BAWoiXyAJSA0ACyBdQQRqIV0gXkEEaiFeIFtBAWoiWyAGRw0ACwsgUyAvaiFTIFQgL2ohVCBVQQFqIlUgC0cNAAsgTSA4aiFNIH4gOGohfiBMQQFqIkwgCkcNAAsgRSA6aiFFIEYgOmohRiB6IBtqIXogSCA6aiFIIEkgOmohSSB7IBtqIXsgSyA6aiFLIHwhRCB9DQALCyA0IDtqITQgIyA7aiEjIDYgOWohNiAkIDtqISQgPiA7aiE+ID8gOWohPyBAIDtqIUAgQUEBaiJBIANHDQALCwvdKwYFfwF7V38MewN/AX1BBCERQQAhEgJAIAUgBGwgBmwgB2wiE0EESA0AIBNBfGoiEkECdkEBaiIUQQdxIRUCQAJAIBJBHE8NAEEAIRIMAQsgFEH4////B3EhFEEEIREgAyESA0AgEv0MAAAAAAAAAAAAAAAAAAAAACIW/QsAACASQfAAaiAW/QsAACASQeAAaiAW/QsAACASQdAAaiAW/QsAACASQcAAaiAW/QsAACASQTBqIBb9CwAAIBJBIGogFv0LAAAgEkEQaiAW/QsAACASQYABaiESIBFBIGohESAUQXhqIhQNAAsgEUF8aiESCyAVRQ0AIBVBAnQhFANAIAMgEkECdGr9DAAAAAAAAAAAAAAAAAAAAAD9CwAAIBEiEkEEaiERIBIhEiAUQXxqIhQNAAsgEUF8aiESCwJAIBMgEkwNAAJAIBMgEmsiFEEDTQ0AIAMgEkECdGohESASIBQgE0EDcSIVayIUaiESA0AgEf0MAAAAAAAAAAAAAAAAAAAAAP0LAgAgEUEQaiERIBRBfGoiFA0ACyAVRQ0BCyATIBJrIREgAyASQQJ0aiESA0AgEkEANgIAIBJBBGohEiARQX9qIhENAAsLAkAgBEEBSA0AIAxBASAQQQFGIhIbIhEgB2wiF0F8cSIYIBcgF0EIbyIUayIZayIaQQRtIRsgCEEBSA0AIAlBAUgNACAHIAVsIAZsIRxBASAMIBIbIAtsIR0gECAHbCEeIA8gB2wgBmwhHyAGIA1sIAdsISAgASAXQQN0IgsgFEECdCISa2ohISABIBdBAnQiFSASa2ohIiACIAogF0ECdmxBBHQiFCAKQQJ0IiNBcHEiE2pqISQgEEECdCElIBFBAnQhJiAKQQR0IScgDiAHbCIoQQxsISkgKEEDdCEqIApB/v///wdxISsgCkEBcSEsIBtBA3EhLSAKQQNxIS4gKEECdCEvIA8gBmxBAnQhMCAoQQR0ITEgAyASayEyQQAgG0H8////AXFrITMgACAKQQxsIjRqITUgACAKQQN0IjZqITcgCiAJbCISQQJ0ITggACAjaiE5IAAgE2ohOiAHIAZsIhEgDWxBAnQhOyARIAVsQQJ0ITwgEiAIbEECdCE9IBcgCmwiPkECdCE/IAIgFGohQCAKQXxqIkFBAnZBAWoiEkH8////B3EhQiASQQNxIUMgGkF8cUEIRiFEIBtBf2pBA0khRSAKQX9qIkYgCkF8cSJHa0EDSSFIIAAhSUEAIUoDQAJAIB1BAUgNACBKIAhsIUsgAyBKIBxsQQJ0aiFMQQAhTSA6IU4gMiFPIDUhUCBJIVEgNyFSIDkhUwNAIE0gS2ogCWwhVCBMIE0gIGxBAnRqIVUgTiFWIE8hVyBQIVggUSFZIFIhWiBTIVsgCSFcQQAhXQNAIFxBBCBcQQRIGyISQQEgEkEBShshXiAAIF0gVGogCmxBAnRqIl8gI2ohYCBVIF0gKGxBAnRqIWEgXyA0aiFiIF8gNmohY0EAIWQgCSBdayJlQQQgZUEESBtBfmohZiAkIWcgQCFoICEhaSAiIWogASFrA0AgZCENQQAhbAJAIBBBAUYNACBkIGQgDG0iDSAMbGshbAsgYSAfIA1sQQJ0aiBsIB5sQQJ0aiFtAkAgGUEBSA0AQQAhBSBrIQ8DQCBtIAVBAnRqIQYCQAJAAkACQAJAAkACQAJAIGYOAwABAgML/QwAAAAAAAAAAAAAAAAAAAAAIW4CQCAKQQFODQAgbiFvIG4hFiBuIXAMBgsgWyERIA8hEiAKIRMgbiFvIG4hFiBuIXAgXyEUA0AgFiAR/QkAACJxIBL9AAAAInL95gH95AEhFiBuIBT9CQAAInMgcv3mAf3kASFuIHAgcSASQRBq/QAAACJy/eYB/eQBIXAgbyBzIHL95gH95AEhbyARQQRqIREgEiAVaiESIBRBBGohFCATQX9qIhMNAAwGCwv9DAAAAAAAAAAAAAAAAAAAAAAhbwJAIApBAU4NACBvIXEgbyFyIG8hcyBvIRYgbyFwDAQLQQAhEiAPIREgCiEUIG8hcSBvIXIgbyFzIG8hFiBvIXADQCBwIFogEmr9CQAAInQgEUEQav0AAAAibv3mAf3kASFwIHMgWyASav0JAAAidSBu/eYB/eQBIXMgcSBZIBJq/QkAACJ2IG795gH95AEhcSASQQRqIRIgFiB0IBH9AAAAIm795gH95AEhFiByIHUgbv3mAf3kASFyIG8gdiBu/eYB/eQBIW8gESAVaiERIBRBf2oiFA0ADAQLC/0MAAAAAAAAAAAAAAAAAAAAACFvAkAgCkEBTg0AIG8hcSBvIXIgbyFzIG8hdCBvIXUgbyEWIG8hcAwCC0EAIRIgDyERIAohFCBvIXEgbyFyIG8hcyBvIXQgbyF1IG8hFiBvIXADQCBwIFggEmr9CQAAInYgEUEQav0AAAAibv3mAf3kASFwIHUgWiASav0JAAAidyBu/eYB/eQBIXUgcyBbIBJq/QkAACJ4IG795gH95AEhcyBxIFkgEmr9CQAAInkgbv3mAf3kASFxIBJBBGohEiAWIHYgEf0AAAAibv3mAf3kASEWIHQgdyBu/eYB/eQBIXQgciB4IG795gH95AEhciBvIHkgbv3mAf3kASFvIBEgFWohESAUQX9qIhQNAAwCCwv9DAAAAAAAAAAAAAAAAAAAAAAhFgJAIApBAU4NACAWIXAMBAsgDyESIAohFCAWIXAgXyERA0AgFiAR/QkAACJuIBL9AAAA/eYB/eQBIRYgcCBuIBJBEGr9AAAA/eYB/eQBIXAgEiAVaiESIBFBBGohESAUQX9qIhQNAAwECwsgBiAG/QAAACBv/eQB/QsAACAGIAb9AAAQIHH95AH9CwAQIAYgL2oiEiAS/QAAACBy/eQB/QsAACASIBL9AAAQIHP95AH9CwAQIAYgKmoiEiAS/QAAACB0/eQB/QsAACASIBL9AAAQIHX95AH9CwAQIAYgKWohBgwCCyAGIAb9AAAAIG/95AH9CwAAIAYgBv0AABAgcf3kAf0LABAgBiAvaiISIBL9AAAAIHL95AH9CwAAIBIgEv0AABAgc/3kAf0LABAgBiAqaiEGDAELIAYgBv0AAAAgbv3kAf0LAAAgBiAG/QAAECBv/eQB/QsAECAGIC9qIQYLIAYgBv0AAAAgFv3kAf0LAAAgBiAG/QAAECBw/eQB/QsAECAPQSBqIQ8gBUEIaiIFIBlIDQALCyA+IGRsQQJ0IXoCQCAYIBlMDQAgbSAZQQJ0IhJqIXsCQCBEDQAgZUEBSA0BIAEgemogEmohDiBXIAcgJiAwIA1saiAlIGxsamxqIXxBACFsA0ACQCAaQQRIDQACQCAKQQFIDQAgeyBsIChsQQJ0aiEPIF8gbCAKbEECdGohDUEAIQUgaSEGIGohEwNAAkACQCBGDQAgDiAFQQR0aiER/QwAAAAAAAAAAAAAAAAAAAAAIRYgDSESDAEL/QwAAAAAAAAAAAAAAAAAAAAAIRZBACERICshFCANIRIDQCAWIBL9CQAAIBMgEWr9AAAA/eYB/eQBIBL9CQAEIAYgEWr9AAAA/eYB/eQBIRYgESALaiERIBJBCGohEiAUQX5qIhQNAAsgEyARaiERCwJAICxFDQAgFiAS/QkAACAR/QAAAP3mAf3kASEWCyAPIAVBAnRBAnRqIhIgEv0AAAAgFv3kAf0LAAAgBkEQaiEGIBNBEGohEyAFQQFqIgUgG0cNAAwCCwtBACESAkAgRQ0AQQAhESB8IRIDQCASIBL9AAAA/QwAAAAAAAAAAAAAAAAAAAAAIhb95AH9CwAAIBJBEGoiFCAU/QAAACAW/eQB/QsAACASQSBqIhQgFP0AAAAgFv3kAf0LAAAgEkEwaiIUIBT9AAAAIBb95AH9CwAAIBJBwABqIRIgMyARQXxqIhFHDQALQQAgEWshEgsgLUUNACB8IBJBBHRqIRIgLSERA0AgEiAS/QAAAP0MAAAAAAAAAAAAAAAAAAAAAP3kAf0LAAAgEkEQaiESIBFBf2oiEQ0ACwsgfCAvaiF8IGxBAWoibCBeRw0ADAILCwJAAkACQAJAAkACQAJAAkAgZg4DAAECAwv9DAAAAAAAAAAAAAAAAAAAAAAhcAJAIApBAU4NACBwIRYgcCFuIHAhbwwGC0EAIRIgaiERIAohFCBwIRYgcCFuIHAhbwNAIBYgWyASav0JAAAicSARQRBq/QAAACJy/eYB/eQBIRYgbiBZIBJq/QkAACJzIHL95gH95AEhbiASQQRqIRIgcCBxIBH9AAAAInL95gH95AEhcCBvIHMgcv3mAf3kASFvIBEgFWohESAUQX9qIhQNAAwGCwv9DAAAAAAAAAAAAAAAAAAAAAAhFgJAIApBAU4NACAWIXAgFiFvIBYhcSAWIXIgFiFzDAQLQQAhEiBqIREgCiEUIBYhcCAWIW8gFiFxIBYhciAWIXMDQCAWIFogEmr9CQAAInQgEUEQav0AAAAibv3mAf3kASEWIG8gWyASav0JAAAidSBu/eYB/eQBIW8gciBZIBJq/QkAACJ2IG795gH95AEhciASQQRqIRIgcCB0IBH9AAAAIm795gH95AEhcCBxIHUgbv3mAf3kASFxIHMgdiBu/eYB/eQBIXMgESAVaiERIBRBf2oiFA0ADAQLC/0MAAAAAAAAAAAAAAAAAAAAACEWAkAgCkEBTg0AIBYhcCAWIW8gFiFxIBYhciAWIXMgFiF0IBYhdQwCC0EAIRIgaiERIAohFCAWIXAgFiFvIBYhcSAWIXIgFiFzIBYhdCAWIXUDQCAWIFggEmr9CQAAInYgEUEQav0AAAAibv3mAf3kASEWIG8gWiASav0JAAAidyBu/eYB/eQBIW8gciBbIBJq/QkAACJ4IG795gH95AEhciB0IFkgEmr9CQAAInkgbv3mAf3kASF0IBJBBGohEiBwIHYgEf0AAAAibv3mAf3kASFwIHEgdyBu/eYB/eQBIXEgcyB4IG795gH95AEhcyB1IHkgbv3mAf3kASF1IBEgFWohESAUQX9qIhQNAAwCCwsCQCAKQQFODQD9DAAAAAAAAAAAAAAAAAAAAAAicCEWDAQLIGohEiAKIRT9DAAAAAAAAAAAAAAAAAAAAAAiFiFwIF8hEQNAIHAgEf0JAAAibiAS/QAAAP3mAf3kASFwIBYgbiASQRBq/QAAAP3mAf3kASEWIBIgFWohEiARQQRqIREgFEF/aiIUDQAMBAsLIHsge/0AAAAgdf3kAf0LAAAgeyB7/QAAECB0/eQB/QsAECB7IC9qIhIgEv0AAAAgc/3kAf0LAAAgEiAS/QAAECBy/eQB/QsAECB7ICpqIhIgEv0AAAAgcf3kAf0LAAAgEiAS/QAAECBv/eQB/QsAECB7IClqIXsMAgsgeyB7/QAAACBz/eQB/QsAACB7IHv9AAAQIHL95AH9CwAQIHsgL2oiEiAS/QAAACBx/eQB/QsAACASIBL9AAAQIG/95AH9CwAQIHsgKmohewwBCyB7IHv9AAAAIG/95AH9CwAAIHsge/0AABAgbv3kAf0LABAgeyAvaiF7CyB7IHv9AAAAIHD95AH9CwAAIHsge/0AABAgFv3kAf0LABALAkAgGCAXRg0AIAIgemoheiBnIXwgaCEPIBghewNAAkAgZUEATA0AIG0ge0ECdGohbCB6IHsgCmxBAnRqIQYCQAJAIApBBEgNAEEAIQ0gViEOIFkhBQwBCwJAIApBAEoNACBsIGwqAgBDAAAAAJI4AgAgXEECSA0CIGwgL2oiEiASKgIAQwAAAACSOAIAIFxBAkYNAiBsICpqIhIgEioCAEMAAAAAkjgCACBcQQNGDQIgbCApaiISIBIqAgBDAAAAAJI4AgAMAgsgXyoCACAGKgIAlEMAAAAAkiF9AkAgCkEBRiISDQAgXyoCBCAGKgIElCB9kiF9IApBAkYNACBfKgIIIAYqAgiUIH2SIX0LIGwgfSBsKgIAkjgCACBcQQJIDQEgYCoCACAGKgIAlEMAAAAAkiF9AkAgEg0AIGAqAgQgBioCBJQgfZIhfSAKQQJGDQAgYCoCCCAGKgIIlCB9kiF9CyBsIC9qIhEgfSARKgIAkjgCACBcQQJGDQEgYyoCACAGKgIAlEMAAAAAkiF9AkAgEg0AIGMqAgQgBioCBJQgfZIhfSAKQQJGDQAgYyoCCCAGKgIIlCB9kiF9CyBsICpqIhEgfSARKgIAkjgCACBcQQNGDQEgYioCACAGKgIAlEMAAAAAkiF9AkAgEg0AIGIqAgQgBioCBJQgfZIhfSAKQQJGDQAgYioCCCAGKgIIlCB9kiF9CyBsIClqIhIgfSASKgIAkjgCAAwBCwNA/QwAAAAAAAAAAAAAAAAAAAAAIRZBBCEUAkACQCBBQQxPDQBBACESDAELIEIhEyAFIRIgDyERA0AgFiAS/QAAACAR/QAAAP3mAf3kASASQRBq/QAAACARQRBq/QAAAP3mAf3kASASQSBq/QAAACARQSBq/QAAAP3mAf3kASASQTBq/QAAACARQTBq/QAAAP3mAf3kASEWIBJBwABqIRIgEUHAAGohESAUQRBqIRQgE0F8aiITDQALIBRBfGohEgsCQCBDRQ0AIF8gDSAKbEECdGohEyBDIREDQCAWIBMgEkECdCISav0AAAAgBiASav0AAAD95gH95AEhFiAUIhJBBGohFCASIRIgEUF/aiIRDQALCyAW/R8DIBb9HwIgFv0fACAW/R8BkpKSIX0CQCBHIApGDQACQAJAIC4NACBHIRQMAQsgLiETIA4hEiB8IREgRyEUA0AgFEEBaiEUIBIqAgAgESoCAJQgfZIhfSASQQRqIRIgEUEEaiERIBNBf2oiEw0ACwsgSA0AIBRBAnQhEiAKIBRrIRMDQCAFIBJqIhFBDGoqAgAgDyASaiIUQQxqKgIAlCARQQhqKgIAIBRBCGoqAgCUIBFBBGoqAgAgFEEEaioCAJQgESoCACAUKgIAlCB9kpKSkiF9IBJBEGohEiATQXxqIhMNAAsLIGwgKCANbEECdGoiEiB9IBIqAgCSOAIAIA4gI2ohDiAFICNqIQUgDUEBaiINIF5HDQALCyB8ICNqIXwgDyAjaiEPIHtBAWoieyAXSA0ACwsgZyA/aiFnIGggP2ohaCBpID9qIWkgaiA/aiFqIGsgP2ohayBkQQFqImQgHUcNAAsgViAnaiFWIFcgMWohVyBYICdqIVggWSAnaiFZIFogJ2ohWiBbICdqIVsgXEF8aiFcIF1BBGoiXSAJSA0ACyBOIDhqIU4gTyA7aiFPIFAgOGohUCBRIDhqIVEgUiA4aiFSIFMgOGohUyBNQQFqIk0gCEcNAAsLIDogPWohOiAyIDxqITIgNSA9aiE1IEkgPWohSSA3ID1qITcgOSA9aiE5IEpBAWoiSiAERw0ACwsLswYHDX8Bewh/AXsEfwN7BH8CQEEBIAMgBkEBRiIGGyACbCIHQQFIDQAgA0EBIAYbIARsIghBAUgNACAFQQFIDQAgASAIIAVBf2psQQJ0aiEJIAVBAnQhCiAFQfz///8FcSELIAVBgICAgAJxIQwgBUEDcSINQQFqIQ4gCEECdCEEIA1BAmohDyAIQQR0IRAgDUEDaiERIAAgCCAFbEECdCISaiETIAj9ESEUQQAhFSANIRYgACEXQQAhGANAIAkgEiAYbCIDaiEZIAEgA2ohGiATIANqIRsgACADaiEcIBggBWz9ESEdIAEhHiAXIR9BACEgA0BBACEhAkACQCAFQQRJDQAgGiAgQQJ0IgJqIgMgGSACaiIGIAMgBkkbIBtJIBwgAyAGIAMgBksbQQRqSXENACAMDQAgASACaiED/QwAAAAAAQAAAAIAAAADAAAAISIgCyECIB8hBgNAIAMgIiAd/a4BIBT9tQEiI/0bAEECdGogBv0AAgAiJP0fADgCACADICP9GwFBAnRqICT9HwE4AgAgAyAj/RsCQQJ0aiAk/R8COAIAIAMgI/0bA0ECdGogJP0fAzgCACAGQRBqIQYgIv0MBAAAAAQAAAAEAAAABAAAAP2uASEiIAJBfGoiAg0ACyALISEgCyAFRg0BCyAhISUCQCANRQ0AIA0gIWohJSAfICFBAnRqIQMgHiAEIBUgIWpsaiEGIA0hAgNAIAYgAyoCADgCACADQQRqIQMgBiAEaiEGIAJBf2oiAg0ACwsgISAFa0F8Sw0AIAUgJWshAiAEIA4gIWpsISYgBCAWICFqbCEnIAQgDyAhamwhKCAfICVBAnRqIQMgBCARICFqbCEhIB4hBgNAIAYgJ2ogAyoCADgCACAGICZqIANBBGoqAgA4AgAgBiAoaiADQQhqKgIAOAIAIAYgIWogA0EMaioCADgCACADQRBqIQMgBiAQaiEGIAJBfGoiAg0ACwsgHkEEaiEeIB8gCmohHyAgQQFqIiAgCEcNAAsgDiAFaiEOIBYgBWohFiAPIAVqIQ8gESAFaiERIBUgBWohFSAXIBJqIRcgGEEBaiIYIAdHDQALCwuaKwhEfwR7AX8FewR/BHsCfwF9IAlBCG8hDgJAIANBAUgNACAJQXxxIg8gCSAOayIQayIRQQRtIRIgB0EBSA0AIAhBAUgNACAGIARsIAVsIRMgCyAGbCIUIAlsIRUgASAQQQJ0aiEWIAUgDGwgBmwhFyABIAlBA3QiGCAOQQJ0Ig5raiEZIAIgCUECdCIaIA5raiEbIAEgGkFwcSIOIBpqaiEcIAlBBHQhHSAJQQxsIR4gFEEBcSEfIBJBA3EhICASQfz///8BcSEhIBRBf2ohIiASQX9qISNBACAUQf7///8HcSIkayElIAkgCGwiJkECdCEnIAAgDSAGbCIoQQxsIilqISogACAoQQN0IitqISwgBiAFbCItQQJ0IS4gKEEEdCEvIAEgDmohMCAmIAdsQQJ0ITEgCyAJbCAGbEECdCENIAAgKEECdCIyaiEzIC0gDGxBAnQhNCAtIARsQQJ0ITUgEUF8cUEIRiE2IAAhN0EAITgDQCA4IAdsITkgACA4IBNsQQJ0aiE6IBshOyAqITwgLCE9IDMhPiA3IT9BACFAA0AgQCA5aiAIbCFBIDogQCAXbEECdGohQkEAIUMgOyFEIDwhRSA9IUYgPiFHID8hSCAIIUkDQCAIIENrIkpBBCBKQQRIGyFLIEMgKGxBAnQhTCACIEMgQWogCWxBAnRqIU0CQCAQQQFIDQBBACFOIEtBfmohTyABIVADQCBNIE5BAnRqIVECQAJAAkACQAJAIE8OAwADAgELAkACQCAKQQFODQD9DAAAAAAAAAAAAAAAAAAAAAAiUiFTIFIhVCBSIVUMAQtBACFWIFAhBCBHIQwgSCEm/QwAAAAAAAAAAAAAAAAAAAAAIlIhUyBSIVQgUiFVA0AgBCEGIBQhCyAMIQUgJiEOAkAgFEEBSA0AA0AgBf0JAAAiVyAG/QAAACJY/eYBIFL95AEhUiAO/QkAACJZIFj95gEgVf3kASFVIFcgBkEQav0AAAAiWP3mASBT/eQBIVMgWSBY/eYBIFT95AEhVCAGIBpqIQYgBUEEaiEFIA5BBGohDiALQX9qIgsNAAsLIAQgDWohBCAMIC5qIQwgJiAuaiEmIFZBAWoiViAKRw0ACwsgUSBU/QsAECBRIFX9CwAAIFEgGmoiUSBS/QsAAAwDCwJAIApBAU4NACBR/QwAAAAAAAAAAAAAAAAAAAAAIlP9CwAADAMLQQAhDCBQIQsgSCEE/QwAAAAAAAAAAAAAAAAAAAAAIlMhUgNAIAshBiAUIQ4gBCEFAkAgFEEBSA0AA0AgBf0JAAAiVCAG/QAAAP3mASBS/eQBIVIgVCAGQRBq/QAAAP3mASBT/eQBIVMgBiAaaiEGIAVBBGohBSAOQX9qIg4NAAsLIAsgDWohCyAEIC5qIQQgDEEBaiIMIApHDQALIFEgUv0LAAAMAgsCQAJAIApBAU4NAP0MAAAAAAAAAAAAAAAAAAAAACJTIVQgUyFVIFMhVyBTIVggUyFZIFMhWiBTIVsMAQtBACFcIFAhJiBHIVYgSCFdIEYhXiBFIV/9DAAAAAAAAAAAAAAAAAAAAAAiUyFUIFMhVSBTIVcgUyFYIFMhWSBTIVogUyFbA0AgJiEGIBQhDCBWIQUgXSEOIF4hCyBfIQQCQCAUQQFIDQADQCAE/QkAACJgIAb9AAAAIlL95gEgVP3kASFUIAv9CQAAImEgUv3mASBX/eQBIVcgBf0JAAAiYiBS/eYBIFn95AEhWSAO/QkAACJjIFL95gEgW/3kASFbIGAgBkEQav0AAAAiUv3mASBT/eQBIVMgYSBS/eYBIFX95AEhVSBiIFL95gEgWP3kASFYIGMgUv3mASBa/eQBIVogBiAaaiEGIAVBBGohBSAOQQRqIQ4gC0EEaiELIARBBGohBCAMQX9qIgwNAAsLICYgDWohJiBWIC5qIVYgXSAuaiFdIF4gLmohXiBfIC5qIV8gXEEBaiJcIApHDQALCyBRIFr9CwAQIFEgW/0LAAAgUSAaaiIGIFj9CwAQIAYgWf0LAAAgUSAYaiIGIFX9CwAQIAYgV/0LAAAgUSAeaiJRIFT9CwAADAELAkACQCAKQQFODQD9DAAAAAAAAAAAAAAAAAAAAAAiUyFUIFMhVSBTIVcgUyFYIFMhWQwBC0EAIV4gUCEMIEchJiBIIVYgRiFd/QwAAAAAAAAAAAAAAAAAAAAAIlMhVCBTIVUgUyFXIFMhWCBTIVkDQCAMIQYgFCEEICYhBSBWIQ4gXSELAkAgFEEBSA0AA0AgC/0JAAAiWiAG/QAAACJS/eYBIFT95AEhVCAF/QkAACJbIFL95gEgV/3kASFXIA79CQAAImAgUv3mASBZ/eQBIVkgWiAGQRBq/QAAACJS/eYBIFP95AEhUyBbIFL95gEgVf3kASFVIGAgUv3mASBY/eQBIVggBiAaaiEGIAVBBGohBSAOQQRqIQ4gC0EEaiELIARBf2oiBA0ACwsgDCANaiEMICYgLmohJiBWIC5qIVYgXSAuaiFdIF5BAWoiXiAKRw0ACwsgUSBY/QsAECBRIFn9CwAAIFEgGmoiBiBV/QsAECAGIFf9CwAAIFEgGGoiUSBU/QsAAAsgUSBT/QsAECBQQSBqIVAgTkEIaiJOIBBIDQALCyBCIExqIVECQCAPIBBMDQAgTSAQQQJ0aiFkAkAgNg0AIEpBAUgNASBJQQQgSUEESBsiBkEBIAZBAUobIWVBACFMIEghUCBEIUsDQAJAIBFBA0wNAAJAIApBAEoNAEEAIQUCQCAjQQNJDQBBACEFIEshBgNAIAb9DAAAAAAAAAAAAAAAAAAAAAAiU/0LAAAgBkEwaiBT/QsAACAGQSBqIFP9CwAAIAZBEGogU/0LAAAgBkHAAGohBiAhIAVBBGoiBUcNAAsLICBFDQEgSyAFQQR0aiEGICAhBQNAIAb9DAAAAAAAAAAAAAAAAAAAAAD9CwAAIAZBEGohBiAFQX9qIgUNAAwCCwsCQCAUQQFIDQAgZCBMIAlsQQJ0aiFPIFEgTCAobEECdGohVkEAIV4gGSFfIBYhXANAIF5BAnQhTiAWIF5BBHRqIV39DAAAAAAAAAAAAAAAAAAAAAAhUyBfIQQgXCELIFAhJkEAIQwDQAJAAkAgIg0AIF0gFSAMbEECdGohBkEAIQUMAQtBACEGICYhBUEAIQ4DQCBTIAX9CQAAIAsgBmr9AAAA/eYB/eQBIAVBBGr9CQAAIAQgBmr9AAAA/eYB/eQBIVMgBiAYaiEGIAVBCGohBSAlIA5BfmoiDkcNAAsgCyAGaiEGQQAgDmshBQsCQCAfRQ0AIFMgViAtIAxsQQJ0aiAFQQJ0av0JAAAgBv0AAAD95gH95AEhUwsgBCANaiEEIAsgDWohCyAmIC5qISYgDEEBaiIMIApHDQALIE8gTkECdGogU/0LAAAgX0EQaiFfIFxBEGohXCBeQQFqIl4gEkYNAgwACwtBACEFAkAgI0EDSQ0AQQAhBSBLIQYDQCAG/QwAAAAAAAAAAAAAAAAAAAAAIlP9CwAAIAZBMGogU/0LAAAgBkEgaiBT/QsAACAGQRBqIFP9CwAAIAZBwABqIQYgISAFQQRqIgVHDQALCyAgRQ0AIEsgBUEEdGohBiAgIQUDQCAG/QwAAAAAAAAAAAAAAAAAAAAA/QsAACAGQRBqIQYgBUF/aiIFDQALCyBQIDJqIVAgSyAaaiFLIExBAWoiTCBlRw0ADAILCwJAAkACQAJAIEtBfmoOAwADAgELAkACQCAKQQFODQD9DAAAAAAAAAAAAAAAAAAAAAAiUyFSIFMhVCBTIVUMAQtBACFWIBYhBCBHIQwgSCEm/QwAAAAAAAAAAAAAAAAAAAAAIlMhUiBTIVQgUyFVA0AgBCEGIBQhCyAMIQUgJiEOAkAgFEEBSA0AA0AgBf0JAAAiVyAG/QAAACJY/eYBIFT95AEhVCAO/QkAACJZIFj95gEgU/3kASFTIFcgBkEQav0AAAAiWP3mASBV/eQBIVUgWSBY/eYBIFL95AEhUiAGIBpqIQYgBUEEaiEFIA5BBGohDiALQX9qIgsNAAsLIAQgDWohBCAMIC5qIQwgJiAuaiEmIFZBAWoiViAKRw0ACwsgZCBS/QsAECBkIFP9CwAAIGQgGmoiZCBU/QsAACBkIFX9CwAQDAMLAkACQCAKQQFODQD9DAAAAAAAAAAAAAAAAAAAAAAiUyFSDAELQQAhDCAWIQsgSCEE/QwAAAAAAAAAAAAAAAAAAAAAIlMhUgNAIAshBiAUIQ4gBCEFAkAgFEEBSA0AA0AgBf0JAAAiVCAG/QAAAP3mASBT/eQBIVMgVCAGQRBq/QAAAP3mASBS/eQBIVIgBiAaaiEGIAVBBGohBSAOQX9qIg4NAAsLIAsgDWohCyAEIC5qIQQgDEEBaiIMIApHDQALCyBkIFP9CwAAIGQgUv0LABAMAgsCQAJAIApBAU4NAP0MAAAAAAAAAAAAAAAAAAAAACJSIVQgUiFVIFIhVyBSIVggUiFZIFIhWiBSIVsMAQtBACFcIBYhJiBHIVYgSCFdIEYhXiBFIV/9DAAAAAAAAAAAAAAAAAAAAAAiUiFUIFIhVSBSIVcgUiFYIFIhWSBSIVogUiFbA0AgJiEGIBQhDCBWIQUgXSEOIF4hCyBfIQQCQCAUQQFIDQADQCAE/QkAACJgIAb9AAAAIlP95gEgWv3kASFaIAv9CQAAImEgU/3mASBY/eQBIVggBf0JAAAiYiBT/eYBIFX95AEhVSAO/QkAACJjIFP95gEgUv3kASFSIGAgBkEQav0AAAAiU/3mASBb/eQBIVsgYSBT/eYBIFn95AEhWSBiIFP95gEgV/3kASFXIGMgU/3mASBU/eQBIVQgBiAaaiEGIAVBBGohBSAOQQRqIQ4gC0EEaiELIARBBGohBCAMQX9qIgwNAAsLICYgDWohJiBWIC5qIVYgXSAuaiFdIF4gLmohXiBfIC5qIV8gXEEBaiJcIApHDQALCyBkIFT9CwAQIGQgUv0LAAAgZCAaaiIGIFf9CwAQIAYgVf0LAAAgZCAYaiIGIFn9CwAQIAYgWP0LAAAgZCAeaiJkIFr9CwAAIGQgW/0LABAMAQsCQAJAIApBAU4NAP0MAAAAAAAAAAAAAAAAAAAAACJSIVQgUiFVIFIhVyBSIVggUiFZDAELQQAhXiAWIQwgRyEmIEghViBGIV39DAAAAAAAAAAAAAAAAAAAAAAiUiFUIFIhVSBSIVcgUiFYIFIhWQNAIAwhBiAUIQQgJiEFIFYhDiBdIQsCQCAUQQFIDQADQCAL/QkAACJaIAb9AAAAIlP95gEgWP3kASFYIAX9CQAAIlsgU/3mASBV/eQBIVUgDv0JAAAiYCBT/eYBIFL95AEhUiBaIAZBEGr9AAAAIlP95gEgWf3kASFZIFsgU/3mASBX/eQBIVcgYCBT/eYBIFT95AEhVCAGIBpqIQYgBUEEaiEFIA5BBGohDiALQQRqIQsgBEF/aiIEDQALCyAMIA1qIQwgJiAuaiEmIFYgLmohViBdIC5qIV0gXkEBaiJeIApHDQALCyBkIFT9CwAQIGQgUv0LAAAgZCAaaiIGIFf9CwAQIAYgVf0LAAAgZCAYaiJkIFj9CwAAIGQgWf0LABALAkAgDyAJRg0AIFEgKWohTyBRICtqIVAgUSAyaiFcIDAhXiAcIV8gDyFdA0ACQCBKQQBMDQAgTSBdQQJ0IgZqIU4CQCAKQQBKDQAgTkEANgIAIElBAkgNASBOIBpqQQA2AgAgSUECRg0BIE4gGGpBADYCACBJQQNGDQEgTiAeakEANgIADAELAkAgFEEBSA0AIAEgBmohVkMAAAAAIWZBACEMIF4hCyBfIQQgSCEmA0ACQAJAICINAEEAIQ4MAQtBACEGICYhBUEAIQ4DQCAFQQRqKgIAIAQgBmoqAgCUIAUqAgAgCyAGaioCAJQgZpKSIWYgBiAYaiEGIAVBCGohBSAkIA5BAmoiDkcNAAsLAkAgH0UNACBRIC0gDGxBAnRqIA5BAnRqKgIAIFYgFSAMbEECdGogDiAJbEECdGoqAgCUIGaSIWYLIAsgDWohCyAEIA1qIQQgJiAuaiEmIAxBAWoiDCAKRw0ACyBOIGY4AgAgSUECSA0BQwAAAAAhZkEAIQwgXiELIF8hBCBHISYDQAJAAkAgIg0AQQAhDgwBC0EAIQYgJiEFQQAhDgNAIAVBBGoqAgAgBCAGaioCAJQgBSoCACALIAZqKgIAlCBmkpIhZiAGIBhqIQYgBUEIaiEFICQgDkECaiIORw0ACwsCQCAfRQ0AIFwgLSAMbEECdGogDkECdGoqAgAgViAVIAxsQQJ0aiAOIAlsQQJ0aioCAJQgZpIhZgsgCyANaiELIAQgDWohBCAmIC5qISYgDEEBaiIMIApHDQALIE4gGmogZjgCACBJQQJGDQFDAAAAACFmQQAhDCBeIQsgXyEEIEYhJgNAAkACQCAiDQBBACEODAELQQAhBiAmIQVBACEOA0AgBUEEaioCACAEIAZqKgIAlCAFKgIAIAsgBmoqAgCUIGaSkiFmIAYgGGohBiAFQQhqIQUgJCAOQQJqIg5HDQALCwJAIB9FDQAgUCAtIAxsQQJ0aiAOQQJ0aioCACBWIBUgDGxBAnRqIA4gCWxBAnRqKgIAlCBmkiFmCyALIA1qIQsgBCANaiEEICYgLmohJiAMQQFqIgwgCkcNAAsgTiAYaiBmOAIAIElBA0YNAUMAAAAAIWZBACEMIF4hCyBfIQQgRSEmA0ACQAJAICINAEEAIQ4MAQtBACEGICYhBUEAIQ4DQCAFQQRqKgIAIAQgBmoqAgCUIAUqAgAgCyAGaioCAJQgZpKSIWYgBiAYaiEGIAVBCGohBSAkIA5BAmoiDkcNAAsLAkAgH0UNACBPIC0gDGxBAnRqIA5BAnRqKgIAIFYgFSAMbEECdGogDiAJbEECdGoqAgCUIGaSIWYLIAsgDWohCyAEIA1qIQQgJiAuaiEmIAxBAWoiDCAKRw0ACyBOIB5qIGY4AgAMAQsgTkEANgIAIElBAkgNACBOIBpqQQA2AgAgSUECRg0AIE4gGGpBADYCACBJQQNGDQAgTiAeakEANgIACyBeQQRqIV4gX0EEaiFfIF1BAWoiXSAJSA0ACwsgRCAdaiFEIEUgL2ohRSBGIC9qIUYgRyAvaiFHIEggL2ohSCBJQXxqIUkgQ0EEaiJDIAhIDQALIDsgJ2ohOyA8IDRqITwgPSA0aiE9ID4gNGohPiA/IDRqIT8gQEEBaiJAIAdHDQALIBsgMWohGyAqIDVqISogLCA1aiEsIDMgNWohMyA3IDVqITcgOEEBaiI4IANHDQALCwvCDAYpfwF7An8BewF/An0CQCACQQFIDQAgBkEBSA0AIAdBAUgNACAFIAVBfHEiDkEBciIPIAUgD0obIg9BfHEhECAPQQNxIREgBSAOQQFqIhIgBSASShtBfHEgDmshEyAAIAVBACAMIARsIA1qa2xBAnQiFCAFQQJ0IhJBcHEiFWpqIRZBACANayEXIAUgBGwiDUECdCEYIAsgBWxBAnQhGSAHIAVsIhpBAnQhGyABIBVqIRwgDSAKbEECdCEdIA0gA2xBAnQhHiAaIAZsQQJ0IR8gDkF/akECdkEBaiINQQdxISAgDUH4////B3EiIUECdCEiIAAgFGohIyAOQR1JISQgDyAOayIlQQRJISYgASEnQQAhKANAICggBmwhKSAWISogHCErICMhLCAnIS1BACEuA0AgLiApaiAHbCEvIC4gCmwgDGshMEEAITEgKiEyICshMyAXIRQgLCE0IC0hNQNAIAEgMSAvaiAFbEECdGohNgJAIA5BAEwNAAJAIAhBAEoNAEEAIQ8gNSENICEhAAJAICQNAANAIA39DAAAgP8AAID/AACA/wAAgP8iN/0LAAAgDUHwAGogN/0LAAAgDUHgAGogN/0LAAAgDUHQAGogN/0LAAAgDUHAAGogN/0LAAAgDUEwaiA3/QsAACANQSBqIDf9CwAAIA1BEGogN/0LAAAgDUGAAWohDSAAQXhqIgANAAsgIiEPCyAgRQ0BIDUgD0ECdGohDSAgIQADQCAN/QwAAID/AACA/wAAgP8AAID//QsAACANQRBqIQ0gAEF/aiIADQAMAgsLAkAgCUEBSA0AQQAhOCA0ITkDQP0MAACA/wAAgP8AAID/AACA/yE6IDkhGkEAIRUDQAJAIBUgMGoiO0EASA0AIBQhDSAaIQAgCSEPIDsgA04NAANAAkAgDUEASA0AIA0gBE4NACAA/QAAACI3IDogNyA6/UQgNyA3/UL9UP1SIToLIA1BAWohDSAAIBJqIQAgD0F/aiIPDQALCyAaIBhqIRogFUEBaiIVIAhHDQALIDYgOEECdGogOv0LAAAgOUEQaiE5IDhBBGoiOCAOTg0CDAALC0EAIQ0CQCAkDQAgNSENICEhAANAIA39DAAAgP8AAID/AACA/wAAgP8iN/0LAAAgDUHwAGogN/0LAAAgDUHgAGogN/0LAAAgDUHQAGogN/0LAAAgDUHAAGogN/0LAAAgDUEwaiA3/QsAACANQSBqIDf9CwAAIA1BEGogN/0LAAAgDUGAAWohDSAAQXhqIgANAAsgIiENCyAgRQ0AIDUgDUECdGohDSAgIQADQCAN/QwAAID/AACA/wAAgP8AAID//QsAACANQRBqIQ0gAEF/aiIADQALCwJAIA4gBUYNAAJAAkAgCEEASg0AIA4hACAlQQNNDQEgEyEAIDMhDQNAIA39DAAAgP8AAID/AACA/wAAgP/9CwIAIA1BEGohDSAAQXxqIgANAAsgECEAIBFFDQIMAQsgMiE7IA4hOAJAIAlBAU4NACAOIQACQCAmDQAgEyEAIDMhDQNAIA39DAAAgP8AAID/AACA/wAAgP/9CwIAIA1BEGohDSAAQXxqIgANAAsgECEAIBFFDQMLIDUgAEECdGohDQNAIA1BgICAfDYCACANQQRqIQ0gAEEBaiIAIAVIDQAMAwsLA0BDAACA/yE8QQAhFSA7IRoDQAJAIBUgMGoiDUEASA0AIA0gA04NAEEAIQ0gGiEAA0ACQCAUIA1qIg9BAEgNACAPIARODQAgACoCACI9ID0gPCA9ID1cGyA9IDxeGyE8CyAAIBJqIQAgCSANQQFqIg1HDQALCyAaIBhqIRogFUEBaiIVIAhHDQALIDYgOEECdGogPDgCACA7QQRqITsgOEEBaiI4IAVODQIMAAsLIDUgAEECdGohDQNAIA1BgICAfDYCACANQQRqIQ0gAEEBaiIAIAVIDQALCyAyIBlqITIgMyASaiEzIBQgC2ohFCA0IBlqITQgNSASaiE1IDFBAWoiMSAHRw0ACyAqIB1qISogKyAbaiErICwgHWohLCAtIBtqIS0gLkEBaiIuIAZHDQALIBYgHmohFiAcIB9qIRwgIyAeaiEjICcgH2ohJyAoQQFqIiggAkcNAAsLC8wMCAV/AXskfwF7AX8CewN/An1BBCERQQAhEgJAIAQgA2wgBWwgBmwiE0EESA0AIBNBfGoiEkECdkEBaiIUQQdxIRUCQAJAIBJBHE8NAEEAIRIMAQsgFEH4////B3EhFEEEIREgAiESA0AgEv0MAAAAAAAAAAAAAAAAAAAAACIW/QsAACASQfAAaiAW/QsAACASQeAAaiAW/QsAACASQdAAaiAW/QsAACASQcAAaiAW/QsAACASQTBqIBb9CwAAIBJBIGogFv0LAAAgEkEQaiAW/QsAACASQYABaiESIBFBIGohESAUQXhqIhQNAAsgEUF8aiESCyAVRQ0AIBVBAnQhFANAIAIgEkECdGr9DAAAAAAAAAAAAAAAAAAAAAD9CwAAIBEiEkEEaiERIBIhEiAUQXxqIhQNAAsgEUF8aiESCwJAIBMgEkwNAAJAIBMgEmsiFEEDTQ0AIAIgEkECdGohESASIBQgE0EDcSIVayIUaiESA0AgEf0MAAAAAAAAAAAAAAAAAAAAAP0LAgAgEUEQaiERIBRBfGoiFA0ACyAVRQ0BCyATIBJrIREgAiASQQJ0aiESA0AgEkEANgIAIBJBBGohEiARQX9qIhENAAsLAkAgA0EBSA0AIAdBAUgNACAIQQFIDQAgCUEBSCIXIApBAUgiGHIgBkF8cSIZIAZGciEaIAAgBkEAIA8gBWwgEGprbCIUQQJ0IhIgBkECdEFwcWpqIRtBACAQayEcIA4gBmwiFUECdCEQIAwgBmwiHUECdCEeIAYgBWwiESANbCIfQQJ0ISAgESALbCIhQQJ0ISIgESAEbCIjQQJ0ISQgFCAZaiElIAIgEmohJiAAIBJqISdBACEoA0AgKCAHbCEpIBshKiAlISsgJiEsICchLUEAIS4DQCAuIClqIAhsIS8gLiALbCAPayEwQQAhMSAqITIgKyEzICwhNCAcITUgLSE2A0AgASAxIC9qIAZsQQJ0aiE3AkAgGUEBSA0AQQAhOCA0ITkgNiE6A0ACQCAXDQAgGA0AQQAhE/0MAAAAAAAAAAAAAAAAAAAAACE7/QwAAID/AACA/wAAgP8AAID/IRYgOiEAA0ACQCATIA1sIDBqIjxBAEgNACA1IRIgACERIAohFCA8IARODQADQAJAIBJBAEgNACASIAVODQAgEf0AAAAiPSAWID0gFv1EIj39UiEWIDsgPf1QITsLIBIgDmohEiARIBBqIREgFEF/aiIUDQALCyAAICBqIQAgE0EBaiITIAlHDQALIAlBAEwNACAYDQAgNyA4QQJ0av0AAAAgO/1OIT79DAAAAAAAAAAAAAAAAAAAAAAhO0EAIT8gOiEAIDkhPANAAkAgPyANbCAwaiISQQBIDQAgEiAETg0AQQAhESA1IRIgCiEUA0ACQCASQQBIDQAgEiAFTg0AIDwgEWoiEyAT/QAAACA+IDv9Tf0MAAAAAAAAAAAAAAAAAAAAACAAIBFq/QAAACAW/UH9UiI9/U795AH9CwAAID0gO/1QITsLIBIgDmohEiARIBBqIREgFEF/aiIUDQALCyAAICBqIQAgPCAgaiE8ID9BAWoiPyAJRw0ACwsgOUEQaiE5IDpBEGohOiA4QQRqIjggGUgNAAsLIDIhOSAzIUAgGSFBAkAgGg0AA0BDAACA/yFCQX8hAEEAIT8gOSE6IEAhOANAAkAgPyANbCAwaiI8QQBIDQAgNSESIDohESA4IRQgCiETIDwgBE4NAANAAkAgEkEASA0AIBIgBU4NACAUIAAgESoCACJDIEJeIjwbIQAgQyBCIDwbIUILIBIgDmohEiARIBBqIREgFCAVaiEUIBNBf2oiEw0ACwsgOiAgaiE6IDggH2ohOCA/QQFqIj8gCUcNAAsCQCAAQX9MDQAgAiAAQQJ0aiISIDcgQUECdGoqAgAgEioCAJI4AgALIDlBBGohOSBAQQFqIUAgQUEBaiJBIAZIDQALCyAyIB5qITIgMyAdaiEzIDQgHmohNCA1IAxqITUgNiAeaiE2IDFBAWoiMSAIRw0ACyAqICJqISogKyAhaiErICwgImohLCAtICJqIS0gLkEBaiIuIAdHDQALIBsgJGohGyAlICNqISUgJiAkaiEmICcgJGohJyAoQQFqIiggA0cNAAsLC+0KAwR/AXsNf0EEIQRBACEFAkAgA0EESA0AIANBfGoiBUECdkEBaiIGQQdxIQcCQAJAIAVBHE8NAEEAIQUMAQsgBkH4////B3EhBkEEIQQgASEFA0AgBf0MAAAAAAAAAAAAAAAAAAAAACII/QsAACAFQfAAaiAI/QsAACAFQeAAaiAI/QsAACAFQdAAaiAI/QsAACAFQcAAaiAI/QsAACAFQTBqIAj9CwAAIAVBIGogCP0LAAAgBUEQaiAI/QsAACAFQYABaiEFIARBIGohBCAGQXhqIgYNAAsgBEF8aiEFCyAHRQ0AA0AgASAFQQJ0av0MAAAAAAAAAAAAAAAAAAAAAP0LAAAgBCIFQQRqIQQgBSEFIAdBf2oiBw0ACyAEQXxqIQULAkAgAyAFTA0AAkAgAyAFayIGQQNNDQAgASAFQQJ0aiEEIAUgA0EDcSIJaiADayEHIAUgBiAJa2ohBQNAIAT9DAAAAAAAAAAAAAAAAAAAAAD9CwIAIARBEGohBCAHQQRqIgcNAAsgCUUNAQsgAyAFayEEIAEgBUECdGohBQNAIAVBADYCACAFQQRqIQUgBEF/aiIEDQALCwJAIAJBAUgNAAJAIANBfHEiBUEBSA0AIAMgBUF/aiIKQXxxIgRBBWoiBSADIAVKGyIFIARrQXxqIgQgBUEDcSILayEMIAAgBUECdCAKQQJ0QXBxayIFaiENIAEgBWohDiADQQJ0IQ8gAUEQaiEQIApBBHEhESAKQQJ2QQFqQf7///8HcSISQQJ0IRNBACEUIARBB0shFSAAIQkDQEEAIQdBACEFAkAgCkEDRg0AQQAhByAJIQQgASEFA0AgBSAF/QAAACAE/QAAAP3kAf0LAAAgBUEQaiIGIAb9AAAAIARBEGr9AAAA/eQB/QsAACAEQSBqIQQgBUEgaiEFIBIgB0ECaiIHRw0ACyAHQX9qIQYgEyEEIBMhBQsCQCARDQAgASAFQQJ0IgRqIgYgBv0AAAAgACAUIANsQQJ0aiAEav0AAAD95AH9CwAAIAVBBGohBCAHIQYLAkAgBCADTg0AAkAgFUUNAAJAIBAgBkEEdCIFaiANIAVqIA8gFGwiB2pPDQAgACAFaiAHakEQaiAOIAVqSQ0BCyAEQQJ0IQUgBCAMaiEEIAwhBwNAIAEgBWoiBiAJIAVq/QACACAG/QACAP3kAf0LAgAgBUEQaiEFIAdBfGoiBw0ACyALRQ0BCyAEQQJ0IQUDQCABIAVqIgcgCSAFaioCACAHKgIAkjgCACAFQQRqIQUgBEEBaiIEIANIDQALCyAJIA9qIQkgFEEBaiIUIAJHDQAMAgsLIANBAUgNAEEAIRIgA0EDcSEUIANB/P///wdxIQ8gA0EESSAAIAMgAmxBAnRqIAFLIAEgA0ECdCIKaiAAS3EgCkEASHJyIREDQEEAIQYCQAJAIBENACAPIQcgASEFIAAhBANAIAUgBP0AAgAgBf0AAgD95AH9CwIAIAVBEGohBSAEQRBqIQQgB0F8aiIHDQALIA8hBiAPIANGDQELIAYhCQJAIBRFDQAgFCAGaiEJIAZBAnQhBSAUIQQDQCABIAVqIgcgACAFaioCACAHKgIAkjgCACAFQQRqIQUgBEF/aiIEDQALCyAGIANrQXxLDQAgCUECdCEEIAMgCWshBgNAIAEgBGoiBSAAIARqIgcqAgAgBSoCAJI4AgAgBUEEaiIJIAdBBGoqAgAgCSoCAJI4AgAgBUEIaiIJIAdBCGoqAgAgCSoCAJI4AgAgBUEMaiIFIAdBDGoqAgAgBSoCAJI4AgAgBEEQaiEEIAZBfGoiBg0ACwsgACAKaiEAIBJBAWoiEiACRw0ACwsL6ycEEn8Oewd/AX0gBEF8cSEKAkAgBEF4cSILQQFIDQAgBkEEdCEMIAdBAnQhDSAGQQJ0IQ4gBkEMbCEPIAZBA3QhEEEAIREgBUEBSCESIAEhEwNAQQAhFAJAIANBBEgNACACIBFBAnRqIRVBACEUQQQhFiAAIRcgACEYA0AgFCEZIBYhFAJAAkACQCAJRQ0AIBINASATIRogGCEWIAUhG/0MAAAAAAAAAAAAAAAAAAAAACIcIR0gHCEeIBwhHyAcISAgHCEhIBwhIiAcISMDQCAjIBZBDGr9CQAAIiQgGkEQav0AAAAiJf3mAf3kASEjICEgFkEIav0JAAAiJiAl/eYB/eQBISEgHyAWQQRq/QkAACInICX95gH95AEhHyAcIBb9CQAAIiggGv0AAAAiKf3mAf3kASEcICIgJCAp/eYB/eQBISIgICAmICn95gH95AEhICAeICcgKf3mAf3kASEeIB0gKCAl/eYB/eQBIR0gGiANaiEaIBYgDmohFiAbQX9qIhsNAAwDCwsgEg0AIBMhGiAXIRYgBSEb/QwAAAAAAAAAAAAAAAAAAAAAIhwhHSAcIR4gHCEfIBwhICAcISEgHCEiIBwhIwNAICMgFiAPav0JAAAiJCAaQRBq/QAAACIl/eYB/eQBISMgISAWIBBq/QkAACImICX95gH95AEhISAfIBYgDmr9CQAAIicgJf3mAf3kASEfIBwgFv0JAAAiKCAa/QAAACIp/eYB/eQBIRwgIiAkICn95gH95AEhIiAgICYgKf3mAf3kASEgIB4gJyAp/eYB/eQBIR4gHSAoICX95gH95AEhHSAaIA1qIRogFkEEaiEWIBtBf2oiGw0ADAILC/0MAAAAAAAAAAAAAAAAAAAAACIcIR0gHCEeIBwhHyAcISAgHCEhIBwhIiAcISMLIBUgGSAIbEECdGoiFiAd/QsAECAWIBz9CwAAIBUgGUEBciAIbEECdGoiFiAf/QsAECAWIB79CwAAIBUgGUECciAIbEECdGoiFiAh/QsAECAWICD9CwAAIBUgGUEDciAIbEECdGoiFiAj/QsAECAWICL9CwAAIBcgDGohFyAYQRBqIRggFEEEaiIWIANMDQALCwJAAkACQAJAAkACQAJAAkACQCAUQX9zIANqDgMCAQAICwJAIAlFDQAgEg0FIAAgFEECdGohFiATIRogBSEb/QwAAAAAAAAAAAAAAAAAAAAAIiUhKSAlIRwgJSEdICUhHiAlIR8DQCAlIBZBCGr9CQAAIiIgGkEQav0AAAAiIP3mAf3kASElIBwgFkEEav0JAAAiIyAg/eYB/eQBIRwgHyAW/QkAACIkIBr9AAAAIiH95gH95AEhHyApICIgIf3mAf3kASEpIB0gIyAh/eYB/eQBIR0gHiAkICD95gH95AEhHiAaIA1qIRogFiAOaiEWIBtBf2oiGw0ADAcLCyASDQQgACAUIAZsQQJ0aiEaIAAgBiAUQQJ0IhZBBGpsaiEbIAAgBiAWQQhqbGohGSATIRYgBSEV/QwAAAAAAAAAAAAAAAAAAAAAIiUhKSAlIRwgJSEdICUhHiAlIR8DQCApIBn9CQAAIiEgFv0AAAAiIP3mAf3kASEpIB0gG/0JAAAiIiAg/eYB/eQBIR0gHyAa/QkAACIjICD95gH95AEhHyAlICEgFkEQav0AAAAiIP3mAf3kASElIBwgIiAg/eYB/eQBIRwgHiAjICD95gH95AEhHiAWIA1qIRYgG0EEaiEbIBpBBGohGiAZQQRqIRkgFUF/aiIVDQAMBgsLAkAgCUUNACASDQIgACAUQQJ0aiEWIBMhGiAFIRv9DAAAAAAAAAAAAAAAAAAAAAAiJSEpICUhHCAlIR0DQCAlIBZBBGr9CQAAIh4gGkEQav0AAAAiH/3mAf3kASElIB0gFv0JAAAiICAa/QAAACIh/eYB/eQBIR0gKSAeICH95gH95AEhKSAcICAgH/3mAf3kASEcIBogDWohGiAWIA5qIRYgG0F/aiIbDQAMBAsLIBINASAAIBQgBmxBAnRqIRogACAGIBRBAnRBBGpsaiEbIBMhFiAFIRn9DAAAAAAAAAAAAAAAAAAAAAAiJSEpICUhHCAlIR0DQCApIBv9CQAAIh4gFv0AAAAiH/3mAf3kASEpIB0gGv0JAAAiICAf/eYB/eQBIR0gJSAeIBZBEGr9AAAAIh/95gH95AEhJSAcICAgH/3mAf3kASEcIBYgDWohFiAbQQRqIRsgGkEEaiEaIBlBf2oiGQ0ADAMLCwJAAkACQCAJRQ0AIBINASAAIBRBAnRqIRogEyEWIAUhG/0MAAAAAAAAAAAAAAAAAAAAACIpISUDQCApIBr9CQAAIhwgFv0AAAD95gH95AEhKSAlIBwgFkEQav0AAAD95gH95AEhJSAWIA1qIRYgGiAOaiEaIBtBf2oiGw0ADAMLCyASDQAgACAUIAZsQQJ0aiEaIBMhFiAFIRv9DAAAAAAAAAAAAAAAAAAAAAAiKSElA0AgKSAa/QkAACIcIBb9AAAA/eYB/eQBISkgJSAcIBZBEGr9AAAA/eYB/eQBISUgFiANaiEWIBpBBGohGiAbQX9qIhsNAAwCCwv9DAAAAAAAAAAAAAAAAAAAAAAiKSElCyACIBQgCGxBAnRqIBFBAnRqIhYgKf0LAAAMBAv9DAAAAAAAAAAAAAAAAAAAAAAiJSEpICUhHCAlIR0LIAIgEUECdGoiFiAUIAhsQQJ0aiIaIBz9CwAQIBogHf0LAAAgFiAUQQFyIAhsQQJ0aiIWICn9CwAADAIL/QwAAAAAAAAAAAAAAAAAAAAAIiUhKSAlIRwgJSEdICUhHiAlIR8LIAIgEUECdGoiFiAUIAhsQQJ0aiIaIB79CwAQIBogH/0LAAAgFiAUQQFyIAhsQQJ0aiIaIBz9CwAQIBogHf0LAAAgFiAUQQJyIAhsQQJ0aiIWICn9CwAACyAWICX9CwAQCyATQSBqIRMgEUEIaiIRIAtIDQALCwJAIAsgCk4NAEEAIRQCQCADQQRIDQAgBkEEdCESIAdBAnQhDSAGQQJ0IQ4gBkEMbCEPIAZBA3QhECACIAtBAnQiFmohFSABIBZqIRNBACEUIAVBAUghDCAAIRcgACEYQQQhFgNAIBQhGSAWIRQCQAJAAkAgCUUNACAMDQEgEyEaIBghFiAFIRv9DAAAAAAAAAAAAAAAAAAAAAAiKSEcICkhHSApIR4DQCApIBb9CQAAIBr9AAAAIiX95gH95AEhKSAeIBZBDGr9CQAAICX95gH95AEhHiAdIBZBCGr9CQAAICX95gH95AEhHSAcIBZBBGr9CQAAICX95gH95AEhHCAaIA1qIRogFiAOaiEWIBtBf2oiGw0ADAMLCyAMDQAgEyEaIBchFiAFIRv9DAAAAAAAAAAAAAAAAAAAAAAiKSEcICkhHSApIR4DQCApIBb9CQAAIBr9AAAAIiX95gH95AEhKSAeIBYgD2r9CQAAICX95gH95AEhHiAdIBYgEGr9CQAAICX95gH95AEhHSAcIBYgDmr9CQAAICX95gH95AEhHCAaIA1qIRogFkEEaiEWIBtBf2oiGw0ADAILC/0MAAAAAAAAAAAAAAAAAAAAACIpIRwgKSEdICkhHgsgFSAZIAhsQQJ0aiAp/QsAACAVIBlBAXIgCGxBAnRqIBz9CwAAIBUgGUECciAIbEECdGogHf0LAAAgFSAZQQNyIAhsQQJ0aiAe/QsAACAXIBJqIRcgGEEQaiEYIBRBBGoiFiADTA0ACwsCQAJAAkACQAJAAkACQCAUQX9zIANqDgMCAQAHCyABIAtBAnRqIRoCQCAJRQ0AIAVBAUgNBSAHQQJ0IQ0gBkECdCEOIAAgFEECdGohFiAFIRv9DAAAAAAAAAAAAAAAAAAAAAAiJSEpICUhHANAICUgFv0JAAAgGv0AAAAiHf3mAf3kASElIBwgFkEIav0JAAAgHf3mAf3kASEcICkgFkEEav0JAAAgHf3mAf3kASEpIBogDWohGiAWIA5qIRYgG0F/aiIbDQAMBwsLIAVBAUgNBCAAIBQgBmxBAnRqIRYgB0ECdCEPIAAgBiAUQQJ0Ig1BBGpsaiEbIAAgBiANQQhqbGohDSAFIQ79DAAAAAAAAAAAAAAAAAAAAAAiJSEpICUhHANAIBwgDf0JAAAgGv0AAAAiHf3mAf3kASEcICkgG/0JAAAgHf3mAf3kASEpICUgFv0JAAAgHf3mAf3kASElIBogD2ohGiAbQQRqIRsgFkEEaiEWIA1BBGohDSAOQX9qIg4NAAwGCwsgASALQQJ0aiEWAkAgCUUNACAFQQFIDQIgB0ECdCENIAZBAnQhDiAAIBRBAnRqIRogBSEb/QwAAAAAAAAAAAAAAAAAAAAAIiUhKQNAICUgGv0JAAAgFv0AAAAiHP3mAf3kASElICkgGkEEav0JAAAgHP3mAf3kASEpIBYgDWohFiAaIA5qIRogG0F/aiIbDQAMBAsLIAVBAUgNASAAIBQgBmxBAnRqIRogB0ECdCEOIAAgBiAUQQJ0QQRqbGohGyAFIQ39DAAAAAAAAAAAAAAAAAAAAAAiJSEpA0AgKSAb/QkAACAW/QAAACIc/eYB/eQBISkgJSAa/QkAACAc/eYB/eQBISUgFiAOaiEWIBtBBGohGyAaQQRqIRogDUF/aiINDQAMAwsLIAEgC0ECdGohFgJAAkAgCUUNAAJAIAVBAU4NAP0MAAAAAAAAAAAAAAAAAAAAACElDAILIAVBAXEhGSAAIBRBAnRqIRoCQAJAIAVBAUcNAP0MAAAAAAAAAAAAAAAAAAAAACElDAELIAdBAnQhDSAHQQN0IQ4gBkECdCEPIAZBA3QhECAFQf7///8HcSEb/QwAAAAAAAAAAAAAAAAAAAAAISUDQCAlIBr9CQAAIBb9AAAA/eYB/eQBIBogD2r9CQAAIBYgDWr9AAAA/eYB/eQBISUgFiAOaiEWIBogEGohGiAbQX5qIhsNAAsLIBlFDQEgJSAa/QkAACAW/QAAAP3mAf3kASElDAELAkAgBUEBTg0A/QwAAAAAAAAAAAAAAAAAAAAAISUMAQsgACAUIAZsQQJ0aiEQIAVBAXEhGQJAAkAgBUEBRw0A/QwAAAAAAAAAAAAAAAAAAAAAISVBACEbDAELIAdBAnQhDSAHQQN0IQ4gBUH+////B3EhD/0MAAAAAAAAAAAAAAAAAAAAACElQQAhGyAQIRoDQCAlIBr9CQAAIBb9AAAA/eYB/eQBIBpBBGr9CQAAIBYgDWr9AAAA/eYB/eQBISUgFiAOaiEWIBpBCGohGiAPIBtBAmoiG0cNAAsLIBlFDQAgJSAQIBtBAnRq/QkAACAW/QAAAP3mAf3kASElCyACIBQgCGxBAnRqIAtBAnRqICX9CwAADAQL/QwAAAAAAAAAAAAAAAAAAAAAIiUhKQsgAiALQQJ0aiIWIBQgCGxBAnRqICX9CwAAIBYgFEEBciAIbEECdGogKf0LAAAMAgv9DAAAAAAAAAAAAAAAAAAAAAAiJSEpICUhHAsgAiALQQJ0aiIWIBQgCGxBAnRqICX9CwAAIBYgFEEBciAIbEECdGogKf0LAAAgFiAUQQJyIAhsQQJ0aiAc/QsAAAsCQCAKIARGDQAgA0EDSyAIQQFGcSEqIAdBA3QhDSAHQQJ0IQ4gBkEDdCEZIAZBAnQhECAIQQJ0IREgCEEEdCELIAVBAXEhFyAFQf7///8HcSEPIANB/P///wdxISsgBUF/aiESIANBA3EiLEEBaiEtICxBAmohLiAsQQNqIS8gASAEQQJ0QXBxIhZqIQwgAiAWaiEwIAVBAEohBQNAAkAgA0EBSA0AAkACQCAFDQBBACEYICshGiAwIRYgKkUNAQNAIBb9DAAAAAAAAAAAAAAAAAAAAAD9CwIAIBZBEGohFiAaQXxqIhoNAAsgKyEYICsgA0cNAQwCCyACIApBAnQiFmohGCABIBZqIRMCQCAJRQ0AQQAhFSAAIRQDQAJAAkAgEg0AQwAAAAAhMUEAIRsMAQtDAAAAACExQQAhGyAMIRYgFCEaA0AgGiAQaioCACAWIA5qKgIAlCAaKgIAIBYqAgCUIDGSkiExIBYgDWohFiAaIBlqIRogDyAbQQJqIhtHDQALCwJAIBdFDQAgACAVQQJ0aiAbIAZsQQJ0aioCACATIBsgB2xBAnRqKgIAlCAxkiExCyAYIBUgCGxBAnRqIDE4AgAgFEEEaiEUIBVBAWoiFSADRw0ADAMLC0EAIRUgACEUA0BDAAAAACExQQAhGwJAIBJFDQAgDCEWIBQhGgNAIBpBBGoqAgAgFiAOaioCAJQgGioCACAWKgIAlCAxkpIhMSAWIA1qIRYgGkEIaiEaIA8gG0ECaiIbRw0ACwsCQCAXRQ0AIAAgFSAGbEECdGogG0ECdGoqAgAgEyAbIAdsQQJ0aioCAJQgMZIhMQsgGCAVIAhsQQJ0aiAxOAIAIBQgEGohFCAVQQFqIhUgA0cNAAwCCwsgGCEVAkAgLEUNACAsIBhqIRUgMCARIBhsaiEWICwhGgNAIBZBADYCACAWIBFqIRYgGkF/aiIaDQALCyAYIANrQXxLDQAgESAVbCEbIAMgFWshGiARIC0gGGpsIRUgESAuIBhqbCEUIBEgLyAYamwhGCAwIRYDQCAWIBtqQQA2AgAgFiAVakEANgIAIBYgFGpBADYCACAWIBhqQQA2AgAgFiALaiEWIBpBfGoiGg0ACwsgDEEEaiEMIDBBBGohMCAKQQFqIgogBEgNAAsLC/YGAxB/BnsBfyADQXxxIQQCQCACQXxxIgVBAUgNACAEQQFIDQAgA0ECdCEGIANBA3QhByADQQR0IQggA0EMbCEJIAJBAnQhCiACQQN0IQsgAkEEdCEMIAJBDGwhDUEAIQ4gACEPIAEhEANAIA8hESAQIRJBACETA0AgEiAR/QAAACIUIBEgBmr9AAAAIhX9DQABAgMQERITBAUGBxQVFhciFiARIAdq/QAAACIXIBEgCWr9AAAAIhj9DQABAgMQERITBAUGBxQVFhciGf0NAAECAwQFBgcQERITFBUWF/0LAAAgEiAKaiAWIBn9DQgJCgsMDQ4PGBkaGxwdHh/9CwAAIBIgC2ogFCAV/Q0ICQoLGBkaGwwNDg8cHR4fIhQgFyAY/Q0ICQoLGBkaGwwNDg8cHR4fIhX9DQABAgMEBQYHEBESExQVFhf9CwAAIBIgDWogFCAV/Q0ICQoLDA0ODxgZGhscHR4f/QsAACARQRBqIREgEiAMaiESIBNBBGoiEyAESA0ACyAPIAhqIQ8gEEEQaiEQIA5BBGoiDiAFSA0ACwsCQCACQQFIDQAgAkECdCEGIAJBBHQhDCABIABrIQ4gA0EDcSIQIANrIRpBBCADQQJ0Ig9rIQhBACENA0ACQCADIARBACANIAVIGyIJTA0AAkAgAyAJayIHQQRJDQAgAkEBRw0AIA4gCCANbGpBD00NACAaIAlqIRMgASAJQQJ0IhJqIREgACASaiESIAkgByAQa2ohCQNAIBEgEv0AAgD9CwIAIBFBEGohESASQRBqIRIgE0EEaiITDQALIBBFDQELIAkhCgJAIAMgCWtBA3EiC0UNACAJIAtqIQogACAJQQJ0aiERIAEgBiAJbGohEiALIRMDQCASIBEqAgA4AgAgEUEEaiERIBIgBmohEiATQX9qIhMNAAsLIAkgA2tBfEsNACAGIApsIQcgAyAKayETIAAgCkECdGohESAGIAkgC2oiEkEBamwhCSAGIBJBAmpsIQogBiASQQNqbCELIAEhEgNAIBIgB2ogESoCADgCACASIAlqIBFBBGoqAgA4AgAgEiAKaiARQQhqKgIAOAIAIBIgC2ogEUEMaioCADgCACARQRBqIREgEiAMaiESIBNBfGoiEw0ACwsgAUEEaiEBIAAgD2ohACANQQFqIg0gAkcNAAsLC5oQBBZ/AXsBfQp/AkAgCCACbCIOQQFIDQAgCSADbCIPQQFIDQAgCiAEbCIQQQFIDQAgCyAFbCIRQQFIDQAgDCAGbCISQQFIDQAgDSAHbCELIAcgBmwhEwJAAkAgB0EBRw0AIAtBBEgNASALIAtB/P///wdxIghBAXIiCSALIAlKGyIJIAhrIhQgCUEDcSIVayEWIAlB/P///wdxIAhrIRcgC0ECdCEYIAtBfGoiCEECdkEBaiIJQfj///8HcSENIAlBB3EiB0ECdCEZQQAhGiAIQRxJIRsDQCAaIAJvIANsIRxBACEdA0AgHCAdIANvaiAEbCEeQQAhHwNAIB4gHyAEb2ogBWwhIEEAISEDQCAAIBMgICAhIAVvamxBAnRqISJBACEMA0AgIiAMIAZvQQJ0aiIj/QkAACEkQQQhCUEAIQgCQCAbDQBBBCEJIA0hCiABIQgDQCAIICT9CwAAIAhB8ABqICT9CwAAIAhB4ABqICT9CwAAIAhB0ABqICT9CwAAIAhBwABqICT9CwAAIAhBMGogJP0LAAAgCEEgaiAk/QsAACAIQRBqICT9CwAAIAhBgAFqIQggCUEgaiEJIApBeGoiCg0ACyAJQXxqIQgLAkAgB0UNACAZIQoDQCABIAhBAnRqICT9CwAAIAkiCEEEaiEJIAghCCAKQXxqIgoNAAsgCUF8aiEICwJAIAggC04NACAjKgIAISUCQAJAIBRBA0sNACAIIQkMAQsgCCAWaiEJIAEgCEECdGohCCAl/RMhJCAXIQoDQCAIICT9CwIAIAhBEGohCCAKQXxqIgoNAAsgFUUNAQsgASAJQQJ0aiEIA0AgCCAlOAIAIAhBBGohCCAJQQFqIgkgC0gNAAsLIAEgGGohASAMQQFqIgwgEkcNAAsgIUEBaiIhIBFHDQALIB9BAWoiHyAQRw0ACyAdQQFqIh0gD0cNAAsgGkEBaiIaIA5HDQAMAwsLIA1BAUgNAQJAIAdBBEgNACAHIAdB/P///wdxIghBAXIiCSAHIAlKGyIJIAhrIgogCUEDcSIfayEeIAlB/P///wdxIAhrIR0gB0ECdCEUIAZBAnQhJiALQQJ0IRogB0F8aiIIQQJ2QQFqIglB/P///wdxIRcgCUEDcSEZQQAhJyAIQQxJIRUgCkEESSEhIAEhFgNAICcgAm8gA2whKEEAISkDQCAoICkgA29qIARsISpBACErA0AgKiArIARvaiAFbCEsQQAhLQNAICYgLCAtIAVvaiIIbCEuIAAgEyAIbEECdGohL0EAIRwDQCAaIBxsIAFqIC4gHCAGbyIIQQJ0aiAHbCAAaiIYayEgIC8gCCAHbEECdGohDCAWISNBACEbA0ACQAJAIBVFDQBBACEJQQQhCAwBC0EEIQhBACEJIBchIgNAICMgCWoiCiAYIAlqIgv9AAAA/QsAACAKQRBqIAtBEGr9AAAA/QsAACAKQSBqIAtBIGr9AAAA/QsAACAKQTBqIAtBMGr9AAAA/QsAACAJQcAAaiEJIAhBEGohCCAiQXxqIiINAAsgCEF8aiEJCwJAIBlFDQAgFiAbIAdsQQJ0aiELIBkhCgNAIAsgCUECdCIJaiAMIAlq/QAAAP0LAAAgCCIJQQRqIQggCSEJIApBf2oiCg0ACyAIQXxqIQkLAkAgCSAHTg0AAkAgIQ0AICAgFCAbbGpBD00NACAJQQJ0IQggCSAeaiEJIB0hCgNAICMgCGogDCAIav0AAgD9CwIAIAhBEGohCCAKQXxqIgoNAAsgH0UNAQsgCUECdCEIA0AgIyAIaiAMIAhqKgIAOAIAIAhBBGohCCAJQQFqIgkgB0gNAAsLICMgFGohIyAbQQFqIhsgDUcNAAsgFiAaaiEWIBxBAWoiHCASRw0ACyAWIQEgLUEBaiItIBFHDQALIBYhASArQQFqIisgEEcNAAsgFiEBIClBAWoiKSAPRw0ACyAWIQEgJ0EBaiInIA5HDQAMAwsLIAdBAUgNASAHQQJ0IQwgC0ECdCEiQQAhFwNAIBcgAm8gA2whFkEAIRUDQCAWIBUgA29qIARsIRRBACEZA0AgFCAZIARvaiAFbCEbQQAhGANAIAAgEyAbIBggBW9qbEECdGohI0EAIQsDQCAjIAsgBm8gB2xBAnRqIQkgASEIIA0hCgNAIAggCSoCADgCACAIQQRqIAkqAgQ4AgACQCAHQQJGDQAgCEEIaiAJKgIIOAIACyAIIAxqIQggCkF/aiIKDQALIAEgImohASALQQFqIgsgEkcNAAsgGEEBaiIYIBFHDQALIBlBAWoiGSAQRw0ACyAVQQFqIhUgD0cNAAsgF0EBaiIXIA5HDQAMAgsLIAtBAUgNACALQfz///8HcSEMIAtBAnQhIkEAIRYgC0EESSEYA0AgFiACbyADbCEVQQAhDQNAIBUgDSADb2ogBGwhFEEAIRkDQCAUIBkgBG9qIAVsIRtBACEHA0AgACATIBsgByAFb2psQQJ0aiEjQQAhCgNAICMgCiAGb0ECdGoqAgAhJUEAIQgCQAJAIBgNACAl/RMhJCAMIQkgASEIA0AgCCAk/QsCACAIQRBqIQggCUF8aiIJDQALIAwhCCALIAxGDQELIAsgCGshCSABIAhBAnRqIQgDQCAIICU4AgAgCEEEaiEIIAlBf2oiCQ0ACwsgASAiaiEBIApBAWoiCiASRw0ACyAHQQFqIgcgEUcNAAsgGUEBaiIZIBBHDQALIA1BAWoiDSAPRw0ACyAWQQFqIhYgDkcNAAsLC5kmARJ/AkACQAJAAkACQAJAIAUOAwIDAAELIANBAUgNBCAGDQMgBEECdCEHIARBf2ohCCACIAFrIQkgBEEDcSIKIARrIQsgBEF8aiIMQQRxIQ0gDEECdkEBakH+////B3EhDkEAIQ8gAiAAa0EQSSEQIAIhBiAAIREDQCACIA8gBGxBAnQiBWohEiAAIAVqIRNBACEUAkAgBEEESA0AQQQhFUEAIRQCQCAMQQRJDQBBBCEVQQAhBSAOIRQDQCAGIAVqIhYgESAFaiIX/QAAACABIAVqIhj9AAAA/eYB/QsAACAWQRBqIBdBEGr9AAAAIBhBEGr9AAAA/eYB/QsAACAFQSBqIQUgFUEIaiEVIBRBfmoiFA0ACyAVQXxqIRQLIA0NACASIBRBAnQiBWogEyAFav0AAAAgASAFav0AAAD95gH9CwAAIBUhFAsCQCAEIBRMDQACQCAEIBRrIhZBBEkNACAQDQAgCSAHIA9sakEPTQ0AIBRBAnQhBSALIBRqIRUgFCAWIApraiEUA0AgBiAFaiARIAVq/QACACABIAVq/QACAP3mAf0LAgAgBUEQaiEFIBVBBGoiFQ0ACyAKRQ0BCyAUIRUCQCAEIBRrQQFxRQ0AIBIgFEECdCIFaiATIAVqKgIAIAEgBWoqAgCUOAIAIBRBAWohFQsgFCAIRg0AIBVBAnQhBSAEIBVrIRUDQCAGIAVqIhQgESAFaiIWKgIAIAEgBWoiFyoCAJQ4AgAgFEEEaiAWQQRqKgIAIBdBBGoqAgCUOAIAIAVBCGohBSAVQX5qIhUNAAsLIAYgB2ohBiARIAdqIREgD0EBaiIPIANHDQAMBQsLIANBAUgNAwJAIAZFDQAgBEECdCEHIARBf2ohCCACIAFrIRAgBEEDcSIKIARrIQsgBEF8aiIMQQRxIQ0gDEECdkEBakH+////B3EhDkEAIQ8gAiAAa0EPSyEJIAIhBiAAIREDQCACIA8gBGxBAnQiBWohEiAAIAVqIRNBACEUAkAgBEEESA0AQQQhFUEAIRQCQCAMQQRJDQBBBCEVQQAhBSAOIRQDQCAGIAVqIhYgASAFaiIX/QAAACARIAVqIhj9AAAA/ecB/QsAACAWQRBqIBdBEGr9AAAAIBhBEGr9AAAA/ecB/QsAACAFQSBqIQUgFUEIaiEVIBRBfmoiFA0ACyAVQXxqIRQLIA0NACASIBRBAnQiBWogASAFav0AAAAgEyAFav0AAAD95wH9CwAAIBUhFAsCQCAEIBRMDQACQCAEIBRrIhZBBEkNACAQIAcgD2xqQRBJDQAgCUUNACAUQQJ0IQUgCyAUaiEVIBQgFiAKa2ohFANAIAYgBWogASAFav0AAgAgESAFav0AAgD95wH9CwIAIAVBEGohBSAVQQRqIhUNAAsgCkUNAQsgFCEVAkAgBCAUa0EBcUUNACASIBRBAnQiBWogASAFaioCACATIAVqKgIAlTgCACAUQQFqIRULIBQgCEYNACAVQQJ0IQUgBCAVayEVA0AgBiAFaiIUIAEgBWoiFioCACARIAVqIhcqAgCVOAIAIBRBBGogFkEEaioCACAXQQRqKgIAlTgCACAFQQhqIQUgFUF+aiIVDQALCyAGIAdqIQYgESAHaiERIA9BAWoiDyADRw0ADAULCyAEQQJ0IQcgBEF/aiEIIAIgAWshCSAEQQNxIgogBGshCyAEQXxqIgxBBHEhDSAMQQJ2QQFqQf7///8HcSEOQQAhDyACIABrQRBJIRAgAiEGIAAhEQNAIAIgDyAEbEECdCIFaiESIAAgBWohE0EAIRQCQCAEQQRIDQBBBCEVQQAhFAJAIAxBBEkNAEEEIRVBACEFIA4hFANAIAYgBWoiFiARIAVqIhf9AAAAIAEgBWoiGP0AAAD95wH9CwAAIBZBEGogF0EQav0AAAAgGEEQav0AAAD95wH9CwAAIAVBIGohBSAVQQhqIRUgFEF+aiIUDQALIBVBfGohFAsgDQ0AIBIgFEECdCIFaiATIAVq/QAAACABIAVq/QAAAP3nAf0LAAAgFSEUCwJAIAQgFEwNAAJAIAQgFGsiFkEESQ0AIBANACAJIAcgD2xqQQ9NDQAgFEECdCEFIAsgFGohFSAUIBYgCmtqIRQDQCAGIAVqIBEgBWr9AAIAIAEgBWr9AAIA/ecB/QsCACAFQRBqIQUgFUEEaiIVDQALIApFDQELIBQhFQJAIAQgFGtBAXFFDQAgEiAUQQJ0IgVqIBMgBWoqAgAgASAFaioCAJU4AgAgFEEBaiEVCyAUIAhGDQAgFUECdCEFIAQgFWshFQNAIAYgBWoiFCARIAVqIhYqAgAgASAFaiIXKgIAlTgCACAUQQRqIBZBBGoqAgAgF0EEaioCAJU4AgAgBUEIaiEFIBVBfmoiFQ0ACwsgBiAHaiEGIBEgB2ohESAPQQFqIg8gA0cNAAwECwsgA0EBSA0CAkAgBkUNACAEQQJ0IQcgBEF/aiEIIAIgAWshECAEQQNxIgogBGshCyAEQXxqIgxBBHEhDSAMQQJ2QQFqQf7///8HcSEOQQAhDyACIABrQQ9LIQkgAiEGIAAhEQNAIAIgDyAEbEECdCIFaiESIAAgBWohE0EAIRQCQCAEQQRIDQBBBCEVQQAhFAJAIAxBBEkNAEEEIRVBACEFIA4hFANAIAYgBWoiFiABIAVqIhf9AAAAIBEgBWoiGP0AAAD95AH9CwAAIBZBEGogF0EQav0AAAAgGEEQav0AAAD95AH9CwAAIAVBIGohBSAVQQhqIRUgFEF+aiIUDQALIBVBfGohFAsgDQ0AIBIgFEECdCIFaiABIAVq/QAAACATIAVq/QAAAP3kAf0LAAAgFSEUCwJAIAQgFEwNAAJAIAQgFGsiFkEESQ0AIBAgByAPbGpBEEkNACAJRQ0AIBRBAnQhBSALIBRqIRUgFCAWIApraiEUA0AgBiAFaiABIAVq/QACACARIAVq/QACAP3kAf0LAgAgBUEQaiEFIBVBBGoiFQ0ACyAKRQ0BCyAUIRUCQCAEIBRrQQFxRQ0AIBIgFEECdCIFaiABIAVqKgIAIBMgBWoqAgCSOAIAIBRBAWohFQsgFCAIRg0AIBVBAnQhBSAEIBVrIRUDQCAGIAVqIhQgASAFaiIWKgIAIBEgBWoiFyoCAJI4AgAgFEEEaiAWQQRqKgIAIBdBBGoqAgCSOAIAIAVBCGohBSAVQX5qIhUNAAsLIAYgB2ohBiARIAdqIREgD0EBaiIPIANHDQAMBAsLIARBAnQhByAEQX9qIQggAiABayEJIARBA3EiCiAEayELIARBfGoiDEEEcSENIAxBAnZBAWpB/v///wdxIQ5BACEPIAIgAGtBEEkhECACIQYgACERA0AgAiAPIARsQQJ0IgVqIRIgACAFaiETQQAhFAJAIARBBEgNAEEEIRVBACEUAkAgDEEESQ0AQQQhFUEAIQUgDiEUA0AgBiAFaiIWIBEgBWoiF/0AAAAgASAFaiIY/QAAAP3kAf0LAAAgFkEQaiAXQRBq/QAAACAYQRBq/QAAAP3kAf0LAAAgBUEgaiEFIBVBCGohFSAUQX5qIhQNAAsgFUF8aiEUCyANDQAgEiAUQQJ0IgVqIBMgBWr9AAAAIAEgBWr9AAAA/eQB/QsAACAVIRQLAkAgBCAUTA0AAkAgBCAUayIWQQRJDQAgEA0AIAkgByAPbGpBD00NACAUQQJ0IQUgCyAUaiEVIBQgFiAKa2ohFANAIAYgBWogESAFav0AAgAgASAFav0AAgD95AH9CwIAIAVBEGohBSAVQQRqIhUNAAsgCkUNAQsgFCEVAkAgBCAUa0EBcUUNACASIBRBAnQiBWogEyAFaioCACABIAVqKgIAkjgCACAUQQFqIRULIBQgCEYNACAVQQJ0IQUgBCAVayEVA0AgBiAFaiIUIBEgBWoiFioCACABIAVqIhcqAgCSOAIAIBRBBGogFkEEaioCACAXQQRqKgIAkjgCACAFQQhqIQUgFUF+aiIVDQALCyAGIAdqIQYgESAHaiERIA9BAWoiDyADRw0ADAMLCyADQQFIDQECQCAGRQ0AIARBAnQhByAEQX9qIQggAiABayEQIARBA3EiCiAEayELIARBfGoiDEEEcSENIAxBAnZBAWpB/v///wdxIQ5BACEPIAIgAGtBD0shCSACIQYgACERA0AgAiAPIARsQQJ0IgVqIRIgACAFaiETQQAhFAJAIARBBEgNAEEEIRVBACEUAkAgDEEESQ0AQQQhFUEAIQUgDiEUA0AgBiAFaiIWIAEgBWoiF/0AAAAgESAFaiIY/QAAAP3lAf0LAAAgFkEQaiAXQRBq/QAAACAYQRBq/QAAAP3lAf0LAAAgBUEgaiEFIBVBCGohFSAUQX5qIhQNAAsgFUF8aiEUCyANDQAgEiAUQQJ0IgVqIAEgBWr9AAAAIBMgBWr9AAAA/eUB/QsAACAVIRQLAkAgBCAUTA0AAkAgBCAUayIWQQRJDQAgECAHIA9sakEQSQ0AIAlFDQAgFEECdCEFIAsgFGohFSAUIBYgCmtqIRQDQCAGIAVqIAEgBWr9AAIAIBEgBWr9AAIA/eUB/QsCACAFQRBqIQUgFUEEaiIVDQALIApFDQELIBQhFQJAIAQgFGtBAXFFDQAgEiAUQQJ0IgVqIAEgBWoqAgAgEyAFaioCAJM4AgAgFEEBaiEVCyAUIAhGDQAgFUECdCEFIAQgFWshFQNAIAYgBWoiFCABIAVqIhYqAgAgESAFaiIXKgIAkzgCACAUQQRqIBZBBGoqAgAgF0EEaioCAJM4AgAgBUEIaiEFIBVBfmoiFQ0ACwsgBiAHaiEGIBEgB2ohESAPQQFqIg8gA0cNAAwDCwsgBEECdCEHIARBf2ohCCACIAFrIQkgBEEDcSIKIARrIQsgBEF8aiIMQQRxIQ0gDEECdkEBakH+////B3EhDkEAIQ8gAiAAa0EQSSEQIAIhBiAAIREDQCACIA8gBGxBAnQiBWohEiAAIAVqIRNBACEUAkAgBEEESA0AQQQhFUEAIRQCQCAMQQRJDQBBBCEVQQAhBSAOIRQDQCAGIAVqIhYgESAFaiIX/QAAACABIAVqIhj9AAAA/eUB/QsAACAWQRBqIBdBEGr9AAAAIBhBEGr9AAAA/eUB/QsAACAFQSBqIQUgFUEIaiEVIBRBfmoiFA0ACyAVQXxqIRQLIA0NACASIBRBAnQiBWogEyAFav0AAAAgASAFav0AAAD95QH9CwAAIBUhFAsCQCAEIBRMDQACQCAEIBRrIhZBBEkNACAQDQAgCSAHIA9sakEPTQ0AIBRBAnQhBSALIBRqIRUgFCAWIApraiEUA0AgBiAFaiARIAVq/QACACABIAVq/QACAP3lAf0LAgAgBUEQaiEFIBVBBGoiFQ0ACyAKRQ0BCyAUIRUCQCAEIBRrQQFxRQ0AIBIgFEECdCIFaiATIAVqKgIAIAEgBWoqAgCTOAIAIBRBAWohFQsgFCAIRg0AIBVBAnQhBSAEIBVrIRUDQCAGIAVqIhQgESAFaiIWKgIAIAEgBWoiFyoCAJM4AgAgFEEEaiAWQQRqKgIAIBdBBGoqAgCTOAIAIAVBCGohBSAVQX5qIhUNAAsLIAYgB2ohBiARIAdqIREgD0EBaiIPIANHDQAMAgsLAkAgBEEESA0AIAQgBEH8////B3EiBUEBciIGIAQgBkobIgYgBWsiDCAGQQNxIhBrIQkgBkH8////B3EgBWshCyAEQQJ0IQcgAiABayENIARBfGoiEkEEcSETIBJBAnZBAWpB/v///wdxIQpBACEPIAIgAGtBD0shCCACIQYgACERA0BBBCEVQQAhFAJAIBJBBEkNAEEEIRVBACEFIAohFANAIAYgBWoiFiABIAVqIhf9AAAAIBEgBWoiGP0AAAD95gH9CwAAIBZBEGogF0EQav0AAAAgGEEQav0AAAD95gH9CwAAIAVBIGohBSAVQQhqIRUgFEF+aiIUDQALIBVBfGohFAsCQCATDQAgAiAPIARsQQJ0IhZqIBRBAnQiBWogASAFav0AAAAgACAWaiAFav0AAAD95gH9CwAAIBUhFAsCQCAUIARODQACQCAMQQRJDQAgDSAHIA9sakEQSQ0AIAhFDQAgFEECdCEFIBQgCWohFCALIRUDQCAGIAVqIAEgBWr9AAIAIBEgBWr9AAIA/eYB/QsCACAFQRBqIQUgFUF8aiIVDQALIBBFDQELIBRBAnQhBQNAIAYgBWogASAFaioCACARIAVqKgIAlDgCACAFQQRqIQUgFEEBaiIUIARIDQALCyAGIAdqIQYgESAHaiERIA9BAWoiDyADRw0ADAILCyAEQQFIDQAgBEECdCEVQQAhBSAEQQFGIRQDQCACIAVqIgYgASoCACAAIAVqIhEqAgCUOAIAAkAgFA0AIAZBBGogASoCBCARQQRqKgIAlDgCACAEQQJGDQAgBkEIaiABKgIIIBFBCGoqAgCUOAIACyAFIBVqIQUgA0F/aiIDDQALCwvZDwYQfwF7AX8BewN9AXsCQCADQQFIDQAgBUEBSiAEQQRIciEGIARBAnQhByAEQXxqIghBBHEhCSAIQQJ2QQFqQf7///8HcSEKQQAhCyAFQX9qIQwgACENIAIhDgNAQQAhDwJAIAYNACACIAsgBGxBAnQiEGohESAAIBBqIRICQCAFQQFGDQBBBCETQQAhDwJAIAhBBEkNAEEEIRNBACEQIAohFANAIA0gEGoiDyAP/QAAACABIBBqIhX9AAAA/eQBIhb9CwAAIA4gEGoiFyAW/QsAACAPQRBqIg8gD/0AAAAgFUEQav0AAAD95AEiFv0LAAAgF0EQaiAW/QsAACAQQSBqIRAgE0EIaiETIBRBfmoiFA0ACyATQXxqIQ8LIAkNASASIA9BAnQiEGoiDyAP/QAAACABIBBq/QAAAP3kASIW/QsAACARIBBqIBb9CwAAIBMhDwwBC0EEIRNBACEPAkAgCEEESQ0AQQQhE0EAIRAgCiEUA0AgDSAQaiIPIA/9AAAAIAEgEGoiFf0AAAD95AEiFv0LAAAgDiAQaiIXIBb9DAAAAAAAAAAAAAAAAAAAAAAiGP3pAf0LAAAgD0EQaiIPIA/9AAAAIBVBEGr9AAAA/eQBIhb9CwAAIBdBEGogFiAY/ekB/QsAACAQQSBqIRAgE0EIaiETIBRBfmoiFA0ACyATQXxqIQ8LIAkNACASIA9BAnQiEGoiDyAP/QAAACABIBBq/QAAAP3kASIW/QsAACARIBBqIBb9DAAAAAAAAAAAAAAAAAAAAAD96QH9CwAAIBMhDwsCQCAEIA9MDQAgD0ECdCEQIAQgD2shDwNAIA0gEGoiEyABIBBqKgIAIBMqAgCSIhk4AgACQAJAAkACQAJAAkAgDA4FAAECAwQFCyAZQwAAAAAgGUMAAAAAXhshGQwECwJAAkAgGYwgGSAZQwAAAABdIhMbQwAAAMCUIhlDAACwQl5FDQBDAACAfyEZDAELAkAgGUMAAK7CXUUNAEMAAAAAIRkMAQsgGSAZQzuquD+UkCIaQwByMb+UkiAaQ46+v7WUkiIZIBkgGSAZIBkgGUNhC7Y6lEOJiAg8kpRDq6oqPZKUQ6uqKj6SlEMAAAA/kpRDAACAP5KUQwAAgD+SIRkCQAJAIBqLQwAAAE9dRQ0AIBqoIRQMAQtBgICAgHghFAsgGSAUQRd0QYCAgPwDar6UIRkLQwAAgD8gGZMgGUMAAIA/kpUiGYwgGSATGyEZDAMLAkAgGUMAAAAAYEUNAEMAAAAAIRoCQCAZQwAArkJeDQAgGUM7qri/lJAiGkMAcjG/lCAZkyAaQ46+v7WUkiIZIBkgGSAZIBkgGUNhC7Y6lEOJiAg8kpRDq6oqPZKUQ6uqKj6SlEMAAAA/kpRDAACAP5KUQwAAgD+SIRkCQAJAIBqLQwAAAE9dRQ0AIBqoIRMMAQtBgICAgHghEwsgGSATQRd0QYCAgPwDar6UIRoLQwAAgD8gGkMAAIA/kpUhGQwDCwJAAkAgGUMAALBCXkUNAP0MAACAfwAAgH8AAIB/AACAfyEWDAELAkAgGUMAAK7CXUUNAP0MAAAAAAAAAAAAAAAAAAAAACEWDAELIBkgGUM7qrg/lP0T/WoiFv0fACIaQwByMT+UkyAaQ46+vzWUkyIa/RMgFv0fASIbjP0gASIY/QwAAAAAjr6/NQAAAAAAAAAAIBogGiAaIBpDYQu2OpRDiYgIPJKUQ6uqKj2SlEOrqio+kpRDAAAAP5L9IAD95gH9DAAAgD8AAAAAAAAAAAAAAAAgGSAbQwByMT+Uk/0gAf3kASIcIBggHP0fASIZIBkgGSAZIBlDYQu2OpRDiYgIPJKUQ6uqKj2SlEOrqio+kpRDAAAAP5KUQwAAgD+S/SAB/eYB/QwAAIA/AACAPwAAgD8AAIA//eQBIBb9+AFBF/2rAf0MAACAPwAAgD8AAIA/AACAP/2uAf3mASEWCyAW/R8AIBb9HwFDAACAP5KVIRkMAgsgGUMAAAAAXg0BAkAgGUMAALBCXkUNAEMAAIB/QwAAgL+SIRkMAgsCQCAZQwAArsJdRQ0AQwAAAABDAACAv5IhGQwCCyAZIBlDO6q4P5SQIhpDAHIxv5SSIBpDjr6/tZSSIhkgGSAZIBkgGSAZQ2ELtjqUQ4mICDySlEOrqio9kpRDq6oqPpKUQwAAAD+SlEMAAIA/kpRDAACAP5IhGQJAAkAgGotDAAAAT11FDQAgGqghEwwBC0GAgICAeCETCyAZIBNBF3RBgICA/ANqvpRDAACAv5IhGQwBCwJAIBlDAAAAAF5FDQAgGUNffYY/lCEZDAELAkACQCAZQwAAsEJeRQ0AQwAAgH8hGQwBCwJAIBlDAACuwl1FDQBDAAAAACEZDAELIBkgGUM7qrg/lJAiGkMAcjG/lJIgGkOOvr+1lJIiGSAZIBkgGSAZIBlDYQu2OpRDiYgIPJKUQ6uqKj2SlEOrqio+kpRDAAAAP5KUQwAAgD+SlEMAAIA/kiEZAkACQCAai0MAAABPXUUNACAaqCETDAELQYCAgIB4IRMLIBkgE0EXdEGAgID8A2q+lCEZCyAZQwAAgL+SQ2YJ4T+UIRkLIA4gEGogGTgCACAQQQRqIRAgD0F/aiIPDQALCyANIAdqIQ0gDiAHaiEOIAtBAWoiCyADRw0ACwsL1AgDBn8CewN9QQAhBwJAIAZBAUoNACAFQQRIDQAgAw0AAkACQAJAIAZBAUYNACAFQXxqIghBAnZBAWoiB0EDcSEJIAhBDE8NAUEAIQdBBCEIDAILAkACQCAFQXxqIgpBBE8NAEEAIQdBBCELDAELIApBAnZBAWpB/v///wdxIQlBBCELIAAhCCABIQcgBCEMA0AgDCAI/QAAAP0MAAAAAAAAAAAAAAAAAAAAACINIAf9AAAA/QwAAAAAAAAAAAAAAAAAAAAAIg79RP1S/QsAACAMQRBqIAhBEGr9AAAAIA0gB0EQav0AAAAgDv1E/VL9CwAAIAhBIGohCCAHQSBqIQcgDEEgaiEMIAtBCGohCyAJQX5qIgkNAAsgC0F8aiEHCyAKQQRxDQIgBCAHQQJ0IghqIAAgCGr9AAAA/QwAAAAAAAAAAAAAAAAAAAAAIAEgCGr9AAAA/QwAAAAAAAAAAAAAAAAAAAAA/UT9Uv0LAAAgCyEHDAILIAdB/P///wdxIQpBBCEIQQAhBwNAIAQgB2oiDCAAIAdqIgv9AAAA/QsAACAMQRBqIAtBEGr9AAAA/QsAACAMQSBqIAtBIGr9AAAA/QsAACAMQTBqIAtBMGr9AAAA/QsAACAHQcAAaiEHIAhBEGohCCAKQXxqIgoNAAsgCEF8aiEHCyAJRQ0AA0AgBCAHQQJ0IgdqIAAgB2r9AAAA/QsAACAIIgdBBGohCCAHIQcgCUF/aiIJDQALIAhBfGohBwsCQCAFIAdMDQACQCADDQAgBSAHayEJIAAgB0ECdCILaiEIIAEgC2ohByACIAtqIQwgBCALaiELIAZBf2ohCgNAIAwqAgAhDyAHKgIAIRBDAACAPyERAkACQAJAAkACQAJAIAoOBQABAgMEBQtDAACAP0MAAAAAIBBDAAAAAF4bIREMBAtDAACAPyAPIA+UkyERDAMLIA9DAACAPyAPk5QhEQwCC0MAAIA/IA9DAACAP5IgEEMAAAAAXhshEQwBC0NffYY/IA9DZgnhP5IgEEMAAAAAXhshEQsgCyAIKgIAIBGUOAIAIAhBBGohCCAHQQRqIQcgDEEEaiEMIAtBBGohCyAJQX9qIgkNAAwCCwsgBSAHayEKIAAgB0ECdCIJaiEIIAEgCWohByACIAlqIQwgAyAJaiELIAQgCWohCSAGQX9qIQQDQCAMKgIAIQ8gByoCACEQQwAAgD8hEQJAAkACQAJAAkACQCAEDgUEAwIBAAULQ199hj8gD0NmCeE/kiAQQwAAAABeGyERDAQLQwAAgD8gD0MAAIA/kiAQQwAAAABeGyERDAMLIA9DAACAPyAPk5QhEQwCC0MAAIA/IA8gD5STIREMAQtDAACAP0MAAAAAIBBDAAAAAF4bIRELIAkgCCoCACARlCALKgIAlDgCACAIQQRqIQggB0EEaiEHIAxBBGohDCALQQRqIQsgCUEEaiEJIApBf2oiCg0ACwsLhQcFC38BfQJ/BH0DewJAIAVBAUgNACAGQQFIDQAgASAGIAVsQQJ0IghqIgkgBEsgBCAIaiIKIAFLcSAKIANLIAMgCGoiCCAES3EgCSADSyAIIAFLcSAGQYCAgIACcUEddnJyciELIAZBAnQhDCAGQfz///8FcSENIAZBf2oiCEF8cSEOIAhBA3EhD0EAIRAgBkF+akEDSSERIAAhEgNAIAAgECAGbEECdGoqAgAhEwJAIAZBAkgNAEEBIQgCQCARDQBBACEJIBIhCANAIAhBBGohCiAIQQhqIRQgCEEMaiEVIAhBEGoiCCoCACIWIBUqAgAiFyAUKgIAIhggCioCACIZIBMgGSATXhsiEyAYIBNeGyITIBcgE14bIhcgFiAXXhshEyAOIAlBBGoiCUcNAAsgCUEBaiEICyAPRQ0AIBIgCEECdGohCCAPIQkDQCAIKgIAIhYgEyAWIBNeGyETIAhBBGohCCAJQX9qIgkNAAsLQwAAAAAhF0EAIQggBiEJA0ACQAJAIBIgCGoqAgAgE5MiFkMAALBCXkUNAEMAAIB/IRYMAQsCQCAWQwAArsJdRQ0AQwAAAAAhFgwBCyAWIBZDO6q4P5SQIhhDAHIxv5SSIBhDjr6/tZSSIhYgFiAWIBYgFiAWQ2ELtjqUQ4mICDySlEOrqio9kpRDq6oqPpKUQwAAAD+SlEMAAIA/kpRDAACAP5IhFgJAAkAgGItDAAAAT11FDQAgGKghCgwBC0GAgICAeCEKCyAWIApBF3RBgICA/ANqvpQhFgsgAyAIaiAWOAIAIAhBBGohCCAXIBaSIRcgCUF/aiIJDQALAkACQCACDQBDAACAPyEWDAELIAIgEEECdGoqAgAhFgsgFiAHlCETQQAhCQJAAkAgBkEISSALckEBcQ0AIBP9EyEaIBf9EyEbQQAhCCANIQkDQCADIAhqIgogCv0AAgAgG/3nASIc/QsCACAEIAhqIBogHCABIAhq/QACAP3lAf3mAf0LAgAgCEEQaiEIIAlBfGoiCQ0ACyANIQkgDSAGRg0BCyAJQQJ0IQggBiAJayEJA0AgAyAIaiIKIAoqAgAgF5UiFjgCACAEIAhqIBMgFiABIAhqKgIAk5Q4AgAgCEEEaiEIIAlBf2oiCQ0ACwsgASAMaiEBIAQgDGohBCADIAxqIQMgEiAMaiESIBBBAWoiECAFRw0ACwsLugYGAX0JfwF9AX8BewR/AkAgBEEBSA0AIAVBAUgNAEMAAABAIAWylSEHAkAgAkUNACAFQQJ0IQggBUF/aiEJIAVBAXEhCiAFQfz///8HcSELQQAhDCAFQQRJIAMgAGtBEEkgAyABa0EQSXJyIQ0gACEOIAEhDyADIRADQCAHIAIgDEECdGoqAgCUIAaUIRFBACESAkACQCANDQAgEf0TIRMgCyEUIA4hEiAPIRUgECEWA0AgFiATIBL9AAIAIBX9AAIA/eUB/eYB/QsCACASQRBqIRIgFUEQaiEVIBZBEGohFiAUQXxqIhQNAAsgCyESIAsgBUYNAQsgEiEVAkAgCkUNACADIBIgDCAFbGpBAnQiFWogESAAIBVqKgIAIAEgFWoqAgCTlDgCACASQQFyIRULIBIgCUYNACAVQQJ0IRIgBSAVayEVA0AgECASaiIWIBEgDiASaiIUKgIAIA8gEmoiFyoCAJOUOAIAIBZBBGogESAUQQRqKgIAIBdBBGoqAgCTlDgCACASQQhqIRIgFUF+aiIVDQALCyAOIAhqIQ4gDyAIaiEPIBAgCGohECAMQQFqIgwgBEcNAAwCCwsgBUECdCEMIAVBf2ohDSAFQQFxIQkgBUH8////B3EhCyAHIAaUIhH9EyETQQAhCCAFQQRJIAMgAGtBEEkgAyABa0EQSXJyIQIgACEOIAEhDyADIRADQEEAIRICQAJAIAINACALIRQgDiESIA8hFSAQIRYDQCAWIBMgEv0AAgAgFf0AAgD95QH95gH9CwIAIBJBEGohEiAVQRBqIRUgFkEQaiEWIBRBfGoiFA0ACyALIRIgCyAFRg0BCyASIRUCQCAJRQ0AIAMgEiAIIAVsakECdCIVaiARIAAgFWoqAgAgASAVaioCAJOUOAIAIBJBAXIhFQsgEiANRg0AIBVBAnQhEiAFIBVrIRUDQCAQIBJqIhYgESAOIBJqIhQqAgAgDyASaiIXKgIAk5Q4AgAgFkEEaiARIBRBBGoqAgAgF0EEaioCAJOUOAIAIBJBCGohEiAVQX5qIhUNAAsLIA4gDGohDiAPIAxqIQ8gECAMaiEQIAhBAWoiCCAERw0ACwsLrgUBB39BBCEDQQAhBAJAIAJBBEgNACACQXxqIgVBAnZBAWoiBEEDcSEGAkACQCAFQQxPDQBBACEEDAELIARB/P///wdxIQdBBCEDQQAhBANAIAAgBGoiBSAF/QAAACABIARqIgj9AAAA/eYB/QsAACAFQRBqIgkgCf0AAAAgCEEQav0AAAD95gH9CwAAIAVBIGoiCSAJ/QAAACAIQSBq/QAAAP3mAf0LAAAgBUEwaiIFIAX9AAAAIAhBMGr9AAAA/eYB/QsAACAEQcAAaiEEIANBEGohAyAHQXxqIgcNAAsgA0F8aiEECyAGRQ0AA0AgACAEQQJ0IgVqIgQgBP0AAAAgASAFav0AAAD95gH9CwAAIAMiBUEEaiEDIAUhBCAGQX9qIgYNAAsgA0F8aiEECwJAIAIgBEwNAAJAIAIgBGsiBkELTQ0AIAEgBEECdCIFaiEDAkAgACAFaiIFIAEgAkECdCIIak8NACADIAAgCGpJDQELIAQgAkEDcSIHaiACayEIIAQgBiAHa2ohBANAIAUgA/0AAgAgBf0AAgD95gH9CwIAIAVBEGohBSADQRBqIQMgCEEEaiIIDQALIAdFDQELIAQhBgJAIAIgBGtBA3EiCEUNACAEIAhqIQYgASAEQQJ0IgVqIQMgACAFaiEFA0AgBSADKgIAIAUqAgCUOAIAIANBBGohAyAFQQRqIQUgCEF/aiIIDQALCyAEIAJrQXxLDQAgBkECdCEEIAIgBmshCANAIAAgBGoiBSABIARqIgMqAgAgBSoCAJQ4AgAgBUEEaiIGIANBBGoqAgAgBioCAJQ4AgAgBUEIaiIGIANBCGoqAgAgBioCAJQ4AgAgBUEMaiIFIANBDGoqAgAgBSoCAJQ4AgAgAUEQaiEBIABBEGohACAIQXxqIggNAAsLC64FAQd/QQQhA0EAIQQCQCACQQRIDQAgAkF8aiIFQQJ2QQFqIgRBA3EhBgJAAkAgBUEMTw0AQQAhBAwBCyAEQfz///8HcSEHQQQhA0EAIQQDQCAAIARqIgUgBf0AAAAgASAEaiII/QAAAP3kAf0LAAAgBUEQaiIJIAn9AAAAIAhBEGr9AAAA/eQB/QsAACAFQSBqIgkgCf0AAAAgCEEgav0AAAD95AH9CwAAIAVBMGoiBSAF/QAAACAIQTBq/QAAAP3kAf0LAAAgBEHAAGohBCADQRBqIQMgB0F8aiIHDQALIANBfGohBAsgBkUNAANAIAAgBEECdCIFaiIEIAT9AAAAIAEgBWr9AAAA/eQB/QsAACADIgVBBGohAyAFIQQgBkF/aiIGDQALIANBfGohBAsCQCACIARMDQACQCACIARrIgZBC00NACABIARBAnQiBWohAwJAIAAgBWoiBSABIAJBAnQiCGpPDQAgAyAAIAhqSQ0BCyAEIAJBA3EiB2ogAmshCCAEIAYgB2tqIQQDQCAFIAP9AAIAIAX9AAIA/eQB/QsCACAFQRBqIQUgA0EQaiEDIAhBBGoiCA0ACyAHRQ0BCyAEIQYCQCACIARrQQNxIghFDQAgBCAIaiEGIAEgBEECdCIFaiEDIAAgBWohBQNAIAUgAyoCACAFKgIAkjgCACADQQRqIQMgBUEEaiEFIAhBf2oiCA0ACwsgBCACa0F8Sw0AIAZBAnQhBCACIAZrIQgDQCAAIARqIgUgASAEaiIDKgIAIAUqAgCSOAIAIAVBBGoiBiADQQRqKgIAIAYqAgCSOAIAIAVBCGoiBiADQQhqKgIAIAYqAgCSOAIAIAVBDGoiBSADQQxqKgIAIAUqAgCSOAIAIAFBEGohASAAQRBqIQAgCEF8aiIIDQALCwumBAEHf0EEIQRBACEFAkAgA0EESA0AAkACQCADQXxqIgZBBE8NAEEAIQUMAQsgBkECdkEBakH+////B3EhBUEEIQQgAiEHIAAhCCABIQkDQCAHIAj9AAAAIAn9AAAA/eYB/QsAACAHQRBqIAhBEGr9AAAAIAlBEGr9AAAA/eYB/QsAACAHQSBqIQcgCEEgaiEIIAlBIGohCSAEQQhqIQQgBUF+aiIFDQALIARBfGohBQsgBkEEcQ0AIAIgBUECdCIHaiAAIAdq/QAAACABIAdq/QAAAP3mAf0LAAAgBCEFCwJAIAMgBUwNAAJAIAMgBWsiBkEHTQ0AIAIgAGtBEEkNACACIAFrQRBJDQAgAiAFQQJ0IglqIQcgASAJaiEIIAAgCWohCSAFIANBA3EiCmogA2shBCAFIAYgCmtqIQUDQCAHIAn9AAIAIAj9AAIA/eYB/QsCACAHQRBqIQcgCEEQaiEIIAlBEGohCSAEQQRqIgQNAAsgCkUNAQsgBSEHAkAgAyAFa0EBcUUNACACIAVBAnQiB2ogACAHaioCACABIAdqKgIAlDgCACAFQQFqIQcLIAUgA0F/akYNACADIAdrIQQgACAHQQJ0IglqIQcgASAJaiEIIAIgCWohCQNAIAkgByoCACAIKgIAlDgCACAJQQRqIAdBBGoqAgAgCEEEaioCAJQ4AgAgB0EIaiEHIAhBCGohCCAJQQhqIQkgBEF+aiIEDQALCwu1AQMEfwF9An8gAygCDCEEIAMoAgghBSADKAIEIQYgAygCACEHAkAgAUEBSA0AQwAAgD9DAACAPyACk5UhCANAIABDAAAAACAIIAcgBGpBCHazQwAAgDOUIAJdGzgCACAHIAVzIgkgBkEJdHMhBSAAQQRqIQAgBiAEcyIKQQt3IQQgByAKcyEHIAkgBnMhBiABQX9qIgENAAsLIAMgBDYCDCADIAU2AgggAyAGNgIEIAMgBzYCAAu7AgMCfwF7An8CQCACQQFIDQAgAyADkiEDQQAhBAJAIAJBB00NAAJAIAEgAkECdCIFaiAATQ0AIAAgBWogAUsNAQsgA/0TIQYgAkH8////B3EiBCEHIAAhBSABIQgDQCAFIAYgCP0AAgD95gEgBf0AAgD95AH9CwIAIAVBEGohBSAIQRBqIQggB0F8aiIHDQALIAQgAkYNAQsgBCEFAkAgAkEBcUUNACAAIARBAnQiBWoiCCADIAEgBWoqAgCUIAgqAgCSOAIAIARBAXIhBQsgBCACQX9qRg0AIAIgBWshByABIAVBAnQiBWohCCAAIAVqIQUDQCAFIAMgCCoCAJQgBSoCAJI4AgAgBUEEaiICIAMgCEEEaioCAJQgAioCAJI4AgAgCEEIaiEIIAVBCGohBSAHQX5qIgcNAAsLC/sGCAN9AX8IewV/A3sBfwF7An1DAACAPyAHkyEMQwAAgD8gBpMhDUMAAIA/IAUgC5STIQ5BACEPAkAgBEEESA0AIAj9EyEQIAr9EyERIAX9EyESIAn9EyETIAz9EyEUIAf9EyEVIA39EyEWIAb9EyEXAkAgC0MAAAAAXA0AQQAhGCAAIRkgAyEaIAIhGyABIRwDQCAa/QAAACEdIBsgFiAc/QAAACIe/eYBIBcgG/0AAAD95gH95AEiH/0LAAAgGiAeIBQgHv3mAf3mASAVIB395gH95AEiHv0LAAAgGSAZ/QAAACASIB8gE/3nAf3mASAQIB4gEf3nAf3jAf3kAf3nAf3lAf0LAAAgGUEQaiEZIBpBEGohGiAbQRBqIRsgHEEQaiEcIBhBCGohICAYQQRqIg8hGCAgIARMDQAMAgsLIA79EyEhQQAhGCABIRwgAiEZIAMhGiAAIRsDQCAa/QAAACEdIBkgFiAc/QAAACIe/eYBIBcgGf0AAAD95gH95AEiH/0LAAAgGiAeIBQgHv3mAf3mASAVIB395gH95AEiHv0LAAAgGyAhIBv9AAAAIBIgHyAT/ecB/eYBIBAgHiAR/ecB/eMB/eQB/ecB/eUB/eYB/QsAACAcQRBqIRwgGUEQaiEZIBpBEGohGiAbQRBqIRsgGEEIaiEgIBhBBGoiDyEYICAgBEwNAAsLAkAgBCAPTA0AAkAgC0MAAAAAXA0AIAQgD2shHCACIA9BAnQiG2ohGSABIBtqIRggAyAbaiEaIAAgG2ohGwNAIBoqAgAhIiAZIAYgGSoCAJQgDSAYKgIAIguUkiIjOAIAIBogByAilCALIAwgC5SUkiILOAIAIBsgGyoCACAjIAmVIAWUIAsgCpX9E/3jAf0fACAIkpWTOAIAIBlBBGohGSAYQQRqIRggGkEEaiEaIBtBBGohGyAcQX9qIhwNAAwCCwsgBCAPayEcIAIgD0ECdCIbaiEZIAEgG2ohGCADIBtqIRogACAbaiEbA0AgGioCACEiIBkgBiAZKgIAlCANIBgqAgAiC5SSIiM4AgAgGiAHICKUIAsgDCALlJSSIgs4AgAgGyAOIBsqAgAgIyAJlSAFlCALIAqV/RP94wH9HwAgCJKVk5Q4AgAgGUEEaiEZIBhBBGohGCAaQQRqIRogG0EEaiEbIBxBf2oiHA0ACwsLkgYFBH8CewF/AXsBfQJAAkACQCAFQwAAAABbDQAgA0EBSA0CIASMIQRBACEGIANBC00NASAAIANBAnQiB2oiCCACSyACIAdqIgkgAEtxDQEgASAHaiIHIAJLIAkgAUtxDQEgByAASyAIIAFLcQ0BIAT9EyEKIAX9EyELIANB/P///wdxIgYhDCAAIQcgASEIIAIhCQNAIAkgCyAJ/QACAP3mASAI/QACAP3kASIN/QsCACAHIAogDf3mASAH/QACAP3kAf0LAgAgB0EQaiEHIAhBEGohCCAJQRBqIQkgDEF8aiIMDQALIAYgA0cNAQwCCyADQQFIDQEgBIwhBUEAIQwCQCADQQhJDQACQCABIANBAnQiB2ogAE0NACAAIAdqIAFLDQELIAX9EyENIANB/P///wdxIgwhCCAAIQcgASEJA0AgByANIAn9AAIA/eYBIAf9AAIA/eQB/QsCACAHQRBqIQcgCUEQaiEJIAhBfGoiCA0ACyAMIANGDQILIAwhBwJAIANBAXFFDQAgACAMQQJ0IgdqIgkgBSABIAdqKgIAlCAJKgIAkjgCACAMQQFyIQcLIAwgA0F/akYNASADIAdrIQggASAHQQJ0IgdqIQkgACAHaiEHA0AgByAFIAkqAgCUIAcqAgCSOAIAIAdBBGoiAyAFIAlBBGoqAgCUIAMqAgCSOAIAIAlBCGohCSAHQQhqIQcgCEF+aiIIDQAMAgsLIAYhBwJAIANBAXFFDQAgAiAGQQJ0IgdqIgkgBSAJKgIAlCABIAdqKgIAkiIOOAIAIAAgB2oiByAEIA6UIAcqAgCSOAIAIAZBAXIhBwsgBiADQX9qRg0AIAMgB2shAyACIAdBAnQiCWohByABIAlqIQggACAJaiEJA0AgByAFIAcqAgCUIAgqAgCSIg44AgAgCSAEIA6UIAkqAgCSOAIAIAdBBGoiDCAFIAwqAgCUIAhBBGoqAgCSIg44AgAgCUEEaiIMIAQgDpQgDCoCAJI4AgAgB0EIaiEHIAhBCGohCCAJQQhqIQkgA0F+aiIDDQALCws=";
var KERNELS_RELAXED_WASM_BASE64 = "AGFzbQEAAAABpgEPYAJ/fwBgCn9/f39/f39/f38AYBB/f39/f39/f39/f39/f39/AGARf39/f39/f39/f39/f39/f38AYAd/f39/f39/AGAOf39/f39/f39/f39/f38AYAR/f39/AGAGf39/f39/AGAIf39/f39/f30AYAd/f39/f399AGADf39/AGAEf399fwBgBH9/f30AYAx/f39/f319fX19fX0AYAZ/f39/fX0AAg8BA2VudgZtZW1vcnkCAAIDGhkAAQECAwQFBQMGAQYFBAcECAkKCgYLDA0OBAUBcAEBAQYIAX8BQYCIBAsH0wIZCHplcm9fZjMyAAAIcGFkX25od2MAAQljcm9wX25od2MAAhZjb252MmRfYmFja3Byb3BfZmlsdGVyAAMVY29udjJkX2JhY2twcm9wX2lucHV0AAQOcmVncm91cF9maWx0ZXIABQ5jb252MmRfZm9yd2FyZAAGCG1heF9wb29sAAcNbWF4X3Bvb2xfZ3JhZAAICHN1bV9yb3dzAAkEZ2VtbQAKC3RyYW5zcG9zZTJkAAsFdGlsZTYADAtiaW5hcnlfcm93cwANCGJpYXNfYWN0AA4MYWN0X2JhY2t3YXJkAA8Mc29mdG1heF94ZW50ABAIbXNlX2dyYWQAEQttdWxfaW5wbGFjZQASC2FkZF9pbnBsYWNlABMGbXVsX3RvABQMZHJvcG91dF9tYXNrABUGYWRkX2wyABYLYWRhbV91cGRhdGUAFwpzZ2RfdXBkYXRlABgKvaEDGbsDAwR/AXsBf0EEIQJBACEDAkAgAUEESA0AIAFBfGoiA0ECdkEBaiIEQQdxIQUCQAJAIANBHE8NAEEAIQMMAQsgBEH4////B3EhBEEEIQIgACEDA0AgA/0MAAAAAAAAAAAAAAAAAAAAACIG/QsAACADQfAAaiAG/QsAACADQeAAaiAG/QsAACADQdAAaiAG/QsAACADQcAAaiAG/QsAACADQTBqIAb9CwAAIANBIGogBv0LAAAgA0EQaiAG/QsAACADQYABaiEDIAJBIGohAiAEQXhqIgQNAAsgAkF8aiEDCyAFRQ0AA0AgACADQQJ0av0MAAAAAAAAAAAAAAAAAAAAAP0LAAAgAiIDQQRqIQIgAyEDIAVBf2oiBQ0ACyACQXxqIQMLAkAgASADTA0AAkAgASADayIEQQNNDQAgACADQQJ0aiECIAMgAUEDcSIHaiABayEFIAMgBCAHa2ohAwNAIAL9DAAAAAAAAAAAAAAAAAAAAAD9CwIAIAJBEGohAiAFQQRqIgUNAAsgB0UNAQsgASADayECIAAgA0ECdGohAwNAIANBADYCACADQQRqIQMgAkF/aiICDQALCwubDQMFfwF7GH9BBCEKQQAhCwJAIAUgAmwgBmwgB2wiDEEESA0AIAxBfGoiC0ECdkEBaiINQQdxIQ4CQAJAIAtBHE8NAEEAIQsMAQsgDUH4////B3EhDUEEIQogASELA0AgC/0MAAAAAAAAAAAAAAAAAAAAACIP/QsAACALQfAAaiAP/QsAACALQeAAaiAP/QsAACALQdAAaiAP/QsAACALQcAAaiAP/QsAACALQTBqIA/9CwAAIAtBIGogD/0LAAAgC0EQaiAP/QsAACALQYABaiELIApBIGohCiANQXhqIg0NAAsgCkF8aiELCyAORQ0AIA5BAnQhDQNAIAEgC0ECdGr9DAAAAAAAAAAAAAAAAAAAAAD9CwAAIAoiC0EEaiEKIAshCyANQXxqIg0NAAsgCkF8aiELCwJAIAwgC0wNAAJAIAwgC2siDUEDTQ0AIAEgC0ECdGohCiALIA0gDEEDcSIOayINaiELA0AgCv0MAAAAAAAAAAAAAAAAAAAAAP0LAgAgCkEQaiEKIA1BfGoiDQ0ACyAORQ0BCyAMIAtrIQogASALQQJ0aiELA0AgC0EANgIAIAtBBGohCyAKQX9qIgoNAAsLAkAgAkEBSA0AIANBAUgNAAJAIAUgBGwiEEEESA0AIBAgEEH8////B3EiC0EBciIKIBAgCkobIgogC2siDSAKQQNxIhFrIRIgByAGbCIMIAQgA2xrIAVsQQJ0IRMgCkH8////B3EgC2shFCAHIAVsQQJ0IRUgEEECdCEWIAwgBWxBAnQhFyAQIANsQQJ0IRggByAEayAFbEECdCEZIBBBfGoiC0ECdkEBaiIKQfz///8HcSEaIApBA3EiG0ECdCEcIAEgCCAHbCAJaiAFbEECdGoiHSAAayEeQQAhHyALQQxJISAgDUEESSEhIAAhIgNAIB8gA2whIyAfIAZsIAhqISQgHiATIB9saiElIB0hBCAiIQ5BACEmA0ACQAJAICBFDQBBACELQQQhDQwBC0EEIQ0gGiEMIAQhCyAOIQoDQCALIAr9AAAA/QsAACALQRBqIApBEGr9AAAA/QsAACALQSBqIApBIGr9AAAA/QsAACALQTBqIApBMGr9AAAA/QsAACALQcAAaiELIApBwABqIQogDUEQaiENIAxBfGoiDA0ACyANQXxqIQsLAkAgG0UNACAAIBAgJiAjamxBAnRqIQwgASAkICZqIAdsIAlqIAVsQQJ0aiEnIBwhCgNAICcgC0ECdCILaiAMIAtq/QAAAP0LAAAgDSILQQRqIQ0gCyELIApBfGoiCg0ACyANQXxqIQsLAkAgCyAQTg0AAkAgIQ0AICUgGSAmbGpBD00NACALQQJ0IQogCyASaiELIBQhDQNAIAQgCmogDiAKav0AAgD9CwIAIApBEGohCiANQXxqIg0NAAsgEUUNAQsgC0ECdCEKA0AgBCAKaiAOIApqKgIAOAIAIApBBGohCiALQQFqIgsgEEgNAAsLIAQgFWohBCAOIBZqIQ4gJkEBaiImIANHDQALIB0gF2ohHSAiIBhqISIgH0EBaiIfIAJHDQAMAgsLIBBBAUgNACAHIAVsIgsgEHJBgICAgAJxIRwgASADQX9qIAdsIARqIAggB2wgCWoiCmogBWxBAnRqIRogEEEDcSEmIBBB/P///wdxIRUgC0ECdCEbIBBBAnQhICALIAZsQQJ0IQcgACAQIANsQQJ0IglqISEgEEEISSElIAEgCiAFbEECdGoiBSEjIAAhJEEAIQEDQCAlIAUgByABbCILaiAhIAkgAWwiCmpJIAAgCmogGiALaklxIBxBAEdyckEBcSEWICMhDCAkIQRBACEnA0BBACENAkACQCAWDQAgFSENIAwhCyAEIQoDQCALIAr9AAIA/QsCACALQRBqIQsgCkEQaiEKIA1BfGoiDQ0ACyAVIQ0gECAVRg0BCyANIQ4CQCAmRQ0AICYgDWohDiANQQJ0IQsgJiEKA0AgDCALaiAEIAtqKgIAOAIAIAtBBGohCyAKQX9qIgoNAAsLIA0gEGtBfEsNACAOQQJ0IQsgECAOayEOA0AgDCALaiIKIAQgC2oiDSoCADgCACAKQQRqIA1BBGoqAgA4AgAgCkEIaiANQQhqKgIAOAIAIApBDGogDUEMaioCADgCACALQRBqIQsgDkF8aiIODQALCyAMIBtqIQwgBCAgaiEEICdBAWoiJyADRw0ACyAjIAdqISMgJCAJaiEkIAFBAWoiASACRw0ACwsL2gkBHX8CQCACQQFIDQAgA0EBSA0AAkAgBSAEbCIKQQRIDQAgCiAKQfz///8HcSILQQFyIgwgCiAMShsiDCALayINIAxBA3EiDmshDyAEIANsIAcgBmwiEGsgBWxBAnQhESAMQfz///8HcSALayESIApBAnQhEyAHIAVsQQJ0IRQgCiADbEECdCEVIBAgBWxBAnQhFiAEIAdrIAVsQQJ0IRcgCkF8aiIEQQJ2QQFqIgtB/P///wdxIRggC0EDcSIZQQJ0IRogASAAIAggB2wgCWogBWxBAnRqIhtrIRxBACEdIARBDEkhHiANQQRJIR8gASEgA0AgHSADbCEhIB0gBmwgCGohIiAcIBEgHWxqISMgICEQIBshJEEAISUDQAJAAkAgHkUNAEEAIQRBBCEMDAELQQQhDCAYIQ0gECEEICQhCwNAIAQgC/0AAAD9CwAAIARBEGogC0EQav0AAAD9CwAAIARBIGogC0Egav0AAAD9CwAAIARBMGogC0Ewav0AAAD9CwAAIARBwABqIQQgC0HAAGohCyAMQRBqIQwgDUF8aiINDQALIAxBfGohBAsCQCAZRQ0AIAEgCiAlICFqbEECdGohDSAAICIgJWogB2wgCWogBWxBAnRqISYgGiELA0AgDSAEQQJ0IgRqICYgBGr9AAAA/QsAACAMIgRBBGohDCAEIQQgC0F8aiILDQALIAxBfGohBAsCQCAEIApODQACQCAfDQAgIyAXICVsakEPTQ0AIARBAnQhCyAEIA9qIQQgEiEMA0AgECALaiAkIAtq/QACAP0LAgAgC0EQaiELIAxBfGoiDA0ACyAORQ0BCyAEQQJ0IQsDQCAQIAtqICQgC2oqAgA4AgAgC0EEaiELIARBAWoiBCAKSA0ACwsgECATaiEQICQgFGohJCAlQQFqIiUgA0cNAAsgICAVaiEgIBsgFmohGyAdQQFqIh0gAkcNAAwCCwsgCkEBSA0AIAogByAFbCILckGAgICAAnEhGiAAIANBf2ogB2wgBGogCCAHbCAJaiIEaiAFbEECdGohGCAKQQNxISUgCkH8////B3EhEyAKQQJ0IRkgC0ECdCEeIAsgBmxBAnQhByABIAogA2xBAnQiCWohHyAKQQhJISMgASEiIAAgBCAFbEECdGoiACEFQQAhIQNAICMgASAJICFsIgRqIBggByAhbCILakkgACALaiAfIARqSXEgGkEAR3JyQQFxIRQgIiENIAUhEEEAISYDQEEAIQwCQAJAIBQNACATIQwgDSEEIBAhCwNAIAQgC/0AAgD9CwIAIARBEGohBCALQRBqIQsgDEF8aiIMDQALIBMhDCAKIBNGDQELIAwhJAJAICVFDQAgJSAMaiEkIAxBAnQhBCAlIQsDQCANIARqIBAgBGoqAgA4AgAgBEEEaiEEIAtBf2oiCw0ACwsgDCAKa0F8Sw0AICRBAnQhBCAKICRrISQDQCANIARqIgsgECAEaiIMKgIAOAIAIAtBBGogDEEEaioCADgCACALQQhqIAxBCGoqAgA4AgAgC0EMaiAMQQxqKgIAOAIAIARBEGohBCAkQXxqIiQNAAsLIA0gGWohDSAQIB5qIRAgJkEBaiImIANHDQALICIgCWohIiAFIAdqIQUgIUEBaiIhIAJHDQALCwu2VwsGfwF7Zn8BewF/BnsCfwZ7AX8BfQt/QQQhEEEAIRECQCAJIAZsIhIgCmwgC2wiE0EESA0AIBNBfGoiEUECdkEBaiIUQQdxIRUCQAJAIBFBHE8NAEEAIREMAQsgFEH4////B3EhFEEEIRAgAiERA0AgEf0MAAAAAAAAAAAAAAAAAAAAACIW/QsAACARQfAAaiAW/QsAACARQeAAaiAW/QsAACARQdAAaiAW/QsAACARQcAAaiAW/QsAACARQTBqIBb9CwAAIBFBIGogFv0LAAAgEUEQaiAW/QsAACARQYABaiERIBBBIGohECAUQXhqIhQNAAsgEEF8aiERCyAVRQ0AIBVBAnQhFANAIAIgEUECdGr9DAAAAAAAAAAAAAAAAAAAAAD9CwAAIBAiEUEEaiEQIBEhESAUQXxqIhQNAAsgEEF8aiERCwJAIBMgEUwNAAJAIBMgEWsiFEEDTQ0AIAIgEUECdGohECARIBQgE0EDcSIVayIUaiERA0AgEP0MAAAAAAAAAAAAAAAAAAAAAP0LAgAgEEEQaiEQIBRBfGoiFA0ACyAVRQ0BCyATIBFrIRAgAiARQQJ0aiERA0AgEUEANgIAIBFBBGohESAQQX9qIhANAAsLQYAEIAhBASAIQQFKG24hEQJAIANBAUgNACAKQQFIIhcgC0EBSHIhGCAAQQxqIhkgDSAGbCIaQQJ0IhtqIRwgAEEIaiIdIBtqIR4gAEEEaiIfIBtqISAgBiAFbCIhQQEgESAIQYAEShsiIiAMbGxBAnQhIyAJQXxxIiQgCUYiESALIAZsIiVBAUgiJnIhJyARIAZBAUgiKHIhKSABIAlBAnQiKkFwcSIRICpqaiErIAEgCUEDdCINIAlBCG8iEEECdGtqISwgJCAJIBBrIi1rIi5BfHEhLyAuQQRtITAgCEEBcSExIAlBDGwhMiAIQf7///8HcSEzIAhBf2ohNCAaQQN0IRMgDyAGbCI1QQJ0ITYgCSAIbCI3QQJ0ITggJSAJbCE5IAYgDmwgBWwhOiABIBFqITsgACAbaiE8ICEgDGxBAnQhPSAhIA5sQQJ0IT4gISAEbEECdCE/IDcgImxBAnQhQCA3IAdsQQJ0IUEgASAtQQJ0IkJqIkMhRCAAIUUgASFGQQAhRwNAAkAgB0EBSA0AIEcgB2whSCBHIARsIUkCQCAPQQFHDQAgFw0BQQAhSiA7IUsgKyFMIBwhTSAZIU4gHiFPIB0hUCAgIVEgHyFSICwhUyBEIVQgPCFVIEUhViBGIVcDQCBKIEogImoiWCAHIFggB0giWRsiWk4iWyAIQQFIIlxyIV0gJyBbciBcckEBcSFeIE0hXyBOIWAgTyFhIFAhYiBRIWMgUiFkIFUhZSBWIWZBACFnA0ACQCAmDQAgAiA5IGdsQQJ0aiJoIEJqIWkgACA6IGdsQQJ0aiFqQQAhayBfIWwgYCFtIGEhbiBiIW8gYyFwIGQhcSBlIXIgZiFzICUhdANAICUga2sidUEEIHVBBEgbIXYCQCAtQQBMDQAgaiBrQQJ0aiF3IGggayAJbEECdGoheEEAIXkgdkF+aiF6IFchewNAIHggeUECdCIRaiJ8/QAAECF9IHz9AAAAIRYCQAJAAkACQAJAIHoOAwADAgELIHwgKmoifv0AABAhfyB+/QAAACGAAQJAIFsNACBzIQ4geyEFIEohFQNAIA4hESAFIRAgCCEUAkAgXA0AA0AgEf0JAAAigQEgEP0AAAAiggEgFv2FAiEWIBFBBGr9CQAAIoMBIBBBEGr9AAAAIoQBIH/9hQIhfyCDASCCASCAAf2FAiGAASCBASCEASB9/YUCIX0gESAbaiERIBAgKmohECAUQX9qIhQNAAsLIA4gPWohDiAFIDhqIQUgFUEBaiIVIFpIDQALCyB8IH39CwAQIHwgFv0LAAAgfiB//QsAECB+IIAB/QsAAAwDCwJAIFsNACABIBFqIYUBIHIhFSBzIQUgeyGGASBKIX4DQAJAIFwNAAJAAkAgNA0AIIUBIDcgfiBIamxBAnRqIRAgdyAhIH4gDGwgSWpsQQJ0aiERDAELQQAhESAzIQ4ghgEhFANAIBUgEWr9CQAAIn8gFCIQICpqIhT9AAAAIAUgEWr9CQAAIoABIBD9AAAAIBb9hQL9hQIhFiB/IBRBEGr9AAAAIIABIBBBEGr9AAAAIH39hQL9hQIhfSARIBNqIREgFCAqaiEUIA5BfmoiDg0ACyAQIA1qIRAgBSARaiERCyAxRQ0AIBH9CQAAIn8gEP0AABAgff2FAiF9IH8gEP0AAAAgFv2FAiEWCyAVID1qIRUgBSA9aiEFIIYBIDhqIYYBIH5BAWoifiBaSA0ACwsgfCB9/QsAECB8IBb9CwAADAILIHwgMmoifv0AABAhgQEgfv0AAAAhggEgfCANaiKGAf0AABAhgwEghgH9AAAAIYQBIHwgKmoihQH9AAAQIYcBIIUB/QAAACGIAQJAIFsNACBzIQ4geyEFIEohFQNAIA4hESAFIRAgCCEUAkAgXA0AA0AgEf0JAAAiiQEgEP0AAAAifyAW/YUCIRYgEUEMav0JAAAiigEgEEEQav0AAAAigAEggQH9hQIhgQEgEUEIav0JAAAiiwEggAEggwH9hQIhgwEgEUEEav0JAAAijAEggAEghwH9hQIhhwEgigEgfyCCAf2FAiGCASCLASB/IIQB/YUCIYQBIIwBIH8giAH9hQIhiAEgiQEggAEgff2FAiF9IBEgG2ohESAQICpqIRAgFEF/aiIUDQALCyAOID1qIQ4gBSA4aiEFIBVBAWoiFSBaSA0ACwsgfCB9/QsAECB8IBb9CwAAIIUBIIcB/QsAECCFASCIAf0LAAAghgEggwH9CwAQIIYBIIQB/QsAACB+IIEB/QsAECB+IIIB/QsAAAwBCyB8IA1qIn79AAAQIYEBIH79AAAAIYIBIHwgKmoihgH9AAAQIYMBIIYB/QAAACGEAQJAIFsNACBzIQ4geyEFIEohFQNAIA4hESAFIRAgCCEUAkAgXA0AA0AgEf0JAAAihwEgEP0AAAAifyAW/YUCIRYgEUEIav0JAAAiiAEgEEEQav0AAAAigAEggQH9hQIhgQEgEUEEav0JAAAiiQEggAEggwH9hQIhgwEgiAEgfyCCAf2FAiGCASCJASB/IIQB/YUCIYQBIIcBIIABIH39hQIhfSARIBtqIREgECAqaiEQIBRBf2oiFA0ACwsgDiA9aiEOIAUgOGohBSAVQQFqIhUgWkgNAAsLIHwgff0LABAgfCAW/QsAACCGASCDAf0LABAghgEghAH9CwAAIH4ggQH9CwAQIH4gggH9CwAACyB7QSBqIXsgeUEIaiJ5IC1IDQALCwJAICQgLUwNACBqIGtBAnRqIXkgaSBrIAlsQQJ0aiF3AkACQAJAAkACQCAvQQhHDQAgd/0AABAhFiB3/QAAACF9AkAgdkF+ag4DAAQDAgsgdyAqaiJ+/QAAECF/IH79AAAAIYABAkAgWw0AIHMhDiBUIQUgSiEVA0AgDiERIAUhECAIIRQCQCBcDQADQCAR/QkAACKBASAQ/QAAACKCASB9/YUCIX0gEUEEav0JAAAigwEgEEEQav0AAAAihAEgf/2FAiF/IIMBIIIBIIAB/YUCIYABIIEBIIQBIBb9hQIhFiARIBtqIREgECAqaiEQIBRBf2oiFA0ACwsgDiA9aiEOIAUgOGohBSAVQQFqIhUgWkgNAAsLIHcgFv0LABAgdyB9/QsAACB+IH/9CwAQIH4ggAH9CwAADAULIHVBAUgNBCAuQQRIIo0BIF1yQQFxDQNBACF7IFMhhQEgVCF4A0AgQyB7QQR0IhFqIXwgdyARaiJ6/QAAACEWIHIhFSBzIQ4ghQEhfiB4IQUgSiGGAQNAAkACQCA0DQAgfCA3IIYBIEhqbEECdGohESB5ICEghgEgDGwgSWpsQQJ0aiEUDAELQQAhESAzIRRBACEQA0AgFSARav0JAAAgfiAQav0AAAAgDiARav0JAAAgBSAQav0AAAAgFv2FAv2FAiEWIBEgE2ohESAQIA1qIRAgFEF+aiIUDQALIA4gEWohFCAFIBBqIRELAkAgMUUNACAU/QkAACAR/QAAACAW/YUCIRYLIBUgPWohFSAOID1qIQ4gfiA4aiF+IAUgOGohBSCGAUEBaiKGASBaSA0ACyB6IBb9CwAAIIUBQRBqIYUBIHhBEGoheCB7QQFqInsgMEYNBAwACwsgciEVIHMhBSBUIYYBIEohfgJAIFsNAANAAkAgXA0AAkACQCA0DQAgQyA3IH4gSGpsQQJ0aiEQIHkgISB+IAxsIElqbEECdGohEQwBC0EAIREgMyEOIIYBIRQDQCAVIBFq/QkAACJ/IBQiECAqaiIU/QAAACAFIBFq/QkAACKAASAQ/QAAACB9/YUC/YUCIX0gfyAUQRBq/QAAACCAASAQQRBq/QAAACAW/YUC/YUCIRYgESATaiERIBQgKmohFCAOQX5qIg4NAAsgECANaiEQIAUgEWohEQsgMUUNACAR/QkAACJ/IBD9AAAQIBb9hQIhFiB/IBD9AAAAIH39hQIhfQsgFSA9aiEVIAUgPWohBSCGASA4aiGGASB+QQFqIn4gWkgNAAsLIHcgFv0LABAgdyB9/QsAAAwDCyB3IDJqIn79AAAQIYEBIH79AAAAIYIBIHcgDWoihgH9AAAQIYMBIIYB/QAAACGEASB3ICpqInz9AAAQIYcBIHz9AAAAIYgBAkAgWw0AIHMhDiBUIQUgSiEVA0AgDiERIAUhECAIIRQCQCBcDQADQCAR/QkAACKJASAQ/QAAACJ/IH39hQIhfSARQQxq/QkAACKKASAQQRBq/QAAACKAASCBAf2FAiGBASARQQhq/QkAACKLASCAASCDAf2FAiGDASARQQRq/QkAACKMASCAASCHAf2FAiGHASCKASB/IIIB/YUCIYIBIIsBIH8ghAH9hQIhhAEgjAEgfyCIAf2FAiGIASCJASCAASAW/YUCIRYgESAbaiERIBAgKmohECAUQX9qIhQNAAsLIA4gPWohDiAFIDhqIQUgFUEBaiIVIFpIDQALCyB3IBb9CwAQIHcgff0LAAAgfCCHAf0LABAgfCCIAf0LAAAghgEggwH9CwAQIIYBIIQB/QsAACB+IIEB/QsAECB+IIIB/QsAAAwCCyB3IA1qIn79AAAQIYEBIH79AAAAIYIBIHcgKmoihgH9AAAQIYMBIIYB/QAAACGEAQJAIFsNACBzIQ4gVCEFIEohFQNAIA4hESAFIRAgCCEUAkAgXA0AA0AgEf0JAAAihwEgEP0AAAAifyB9/YUCIX0gEUEIav0JAAAiiAEgEEEQav0AAAAigAEggQH9hQIhgQEgEUEEav0JAAAiiQEggAEggwH9hQIhgwEgiAEgfyCCAf2FAiGCASCJASB/IIQB/YUCIYQBIIcBIIABIBb9hQIhFiARIBtqIREgECAqaiEQIBRBf2oiFA0ACwsgDiA9aiEOIAUgOGohBSAVQQFqIhUgWkgNAAsLIHcgFv0LABAgdyB9/QsAACCGASCDAf0LABAghgEghAH9CwAAIH4ggQH9CwAQIH4gggH9CwAADAELIHRBAkgNAAJAII0BDQAgXQ0AIHlBBGoheyB3ICpqIXZBACGFASBTIXggVCF6A0AgQyCFAUEEdCIRaiF8IHYgEWoidf0AAAAhFiBwIRUgcSEOIHghfiB6IQUgSiGGAQNAAkACQCA0DQAgfCA3IIYBIEhqbEECdGohESB7ICEghgEgDGwgSWpsQQJ0aiEUDAELQQAhESAzIRRBACEQA0AgFSARav0JAAAgfiAQav0AAAAgDiARav0JAAAgBSAQav0AAAAgFv2FAv2FAiEWIBEgE2ohESAQIA1qIRAgFEF+aiIUDQALIA4gEWohFCAFIBBqIRELAkAgMUUNACAU/QkAACAR/QAAACAW/YUCIRYLIBUgPWohFSAOID1qIQ4gfiA4aiF+IAUgOGohBSCGAUEBaiKGASBaSA0ACyB1IBb9CwAAIHhBEGoheCB6QRBqIXoghQFBAWoihQEgMEcNAAsLIHRBAkYNAAJAII0BDQAgXQ0AIHcgDWohdiB5QQhqIXtBACGFASBTIXggVCF6A0AgQyCFAUEEdCIRaiF8IHYgEWoidf0AAAAhFiBuIRUgbyEOIHghfiB6IQUgSiGGAQNAAkACQCA0DQAgfCA3IIYBIEhqbEECdGohESB7ICEghgEgDGwgSWpsQQJ0aiEUDAELQQAhESAzIRRBACEQA0AgFSARav0JAAAgfiAQav0AAAAgDiARav0JAAAgBSAQav0AAAAgFv2FAv2FAiEWIBEgE2ohESAQIA1qIRAgFEF+aiIUDQALIA4gEWohFCAFIBBqIRELAkAgMUUNACAU/QkAACAR/QAAACAW/YUCIRYLIBUgPWohFSAOID1qIQ4gfiA4aiF+IAUgOGohBSCGAUEBaiKGASBaSA0ACyB1IBb9CwAAIHhBEGoheCB6QRBqIXoghQFBAWoihQEgMEcNAAsLIHRBA0YNACCNAQ0AIF0NACB3IDJqIXcgeUEMaiF5QQAheyBTIYUBIFQheANAIEMge0EEdCIRaiF8IHcgEWoiev0AAAAhFiBsIRUgbSEOIIUBIX4geCEFIEohhgEDQAJAAkAgNA0AIHwgNyCGASBIamxBAnRqIREgeSAhIIYBIAxsIElqbEECdGohFAwBC0EAIREgMyEUQQAhEANAIBUgEWr9CQAAIH4gEGr9AAAAIA4gEWr9CQAAIAUgEGr9AAAAIBb9hQL9hQIhFiARIBNqIREgECANaiEQIBRBfmoiFA0ACyAOIBFqIRQgBSAQaiERCwJAIDFFDQAgFP0JAAAgEf0AAAAgFv2FAiEWCyAVID1qIRUgDiA9aiEOIH4gOGohfiAFIDhqIQUghgFBAWoihgEgWkgNAAsgeiAW/QsAACCFAUEQaiGFASB4QRBqIXgge0EBaiJ7IDBHDQALCyBsQRBqIWwgbUEQaiFtIG5BEGohbiBvQRBqIW8gcEEQaiFwIHFBEGohcSByQRBqIXIgc0EQaiFzIHRBfGohdCBrQQRqImsgJUgNAAsgXg0AQQAhayBmIXcgZSFzA0AgaiBrQQJ0aiF5IGggayAJbEECdGohciBLIXsgTCGFASAkIXgDQCABIHhBAnQiEWohfCByIBFqInoqAgAhjgEgdyEOIHshBSCFASEVIHMhfiBKIYYBA0ACQAJAIDQNAEEAIRQMAQtBACERQQAhEEEAIRQDQCB+IBBqKgIAIBUgEWoqAgCUIA4gEGoqAgAgBSARaioCAJQgjgGSkiGOASARIA1qIREgECATaiEQIDMgFEECaiIURw0ACwsCQCAxRQ0AIHkgISCGASAMbCBJamxBAnRqIBogFGxBAnRqKgIAIHwgNyCGASBIamxBAnRqIBQgCWxBAnRqKgIAlCCOAZIhjgELIA4gPWohDiAFIDhqIQUgFSA4aiEVIH4gPWohfiCGAUEBaiKGASBaSA0ACyB6II4BOAIAIHtBBGoheyCFAUEEaiGFASB4QQFqInggCUgNAAsgd0EEaiF3IHNBBGohcyBrQQFqImsgJUcNAAsLIF8gPmohXyBgID5qIWAgYSA+aiFhIGIgPmohYiBjID5qIWMgZCA+aiFkIGUgPmohZSBmID5qIWYgZ0EBaiJnIApHDQALIEsgQGohSyBMIEBqIUwgTSAjaiFNIE4gI2ohTiBPICNqIU8gUCAjaiFQIFEgI2ohUSBSICNqIVIgUyBAaiFTIFQgQGohVCBVICNqIVUgViAjaiFWIFcgQGohVyBYIUogWQ0ADAILCyAYDQBBACFKIDshSyArIUwgHCGPASAZIZABIB4hkQEgHSGSASAgIZMBIB8hlAEgLCFTIEQhVCA8IZUBIEUhlgEgRiFXA0AgSiBKICJqIpcBIAcglwEgB0gimAEbIlpOIlsgCEEBSCJcciFdICkgW3IgXHJBAXEhTiCPASFQIJABIVEgkQEhUiCSASFVIJMBIVYglAEhWCCVASFZIJYBIZkBQQAhTwNAIE8gC2whXiAAIDogT2xBAnRqIU1BACFnIFAhXyBRIWAgUiFhIFUhYiBWIWMgWCFkIFkhZSCZASFmA0ACQCAoDQAgAiASIGcgXmpsQQJ0aiJqIEJqIWkgTSBnIDVsQQJ0aiF2QQAhayBfIWwgYCFtIGEhbiBiIW8gYyFwIGQhcSBlIXIgZiFzIAYhdANAIAYga2sidUEEIHVBBEgbIXgCQCAtQQBMDQAgdiBrQQJ0aiF3IGogayAJbEECdGohekEAIXkgVyF7A0AgeiB5QQJ0IhFqInz9AAAQIX0gfP0AAAAhFgJAAkACQAJAAkAgeEF+ag4DAAMCAQsgfCAqaiJ+/QAAECF/IH79AAAAIYABAkAgWw0AIHMhDiB7IQUgSiEVA0AgDiERIAUhECAIIRQCQCBcDQADQCAR/QkAACKBASAQ/QAAACKCASAW/YUCIRYgEUEEav0JAAAigwEgEEEQav0AAAAihAEgf/2FAiF/IIMBIIIBIIAB/YUCIYABIIEBIIQBIH39hQIhfSARIBtqIREgECAqaiEQIBRBf2oiFA0ACwsgDiA9aiEOIAUgOGohBSAVQQFqIhUgWkgNAAsLIHwgff0LABAgfCAW/QsAACB+IH/9CwAQIH4ggAH9CwAADAMLAkAgWw0AIAEgEWohhQEgciEVIHMhBSB7IYYBIEohfgNAAkAgXA0AAkACQCA0DQAghQEgNyB+IEhqbEECdGohECB3ICEgfiAMbCBJamxBAnRqIREMAQtBACERIDMhDiCGASEUA0AgFSARav0JAAAifyAUIhAgKmoiFP0AAAAgBSARav0JAAAigAEgEP0AAAAgFv2FAv2FAiEWIH8gFEEQav0AAAAggAEgEEEQav0AAAAgff2FAv2FAiF9IBEgE2ohESAUICpqIRQgDkF+aiIODQALIBAgDWohECAFIBFqIRELIDFFDQAgEf0JAAAifyAQ/QAAECB9/YUCIX0gfyAQ/QAAACAW/YUCIRYLIBUgPWohFSAFID1qIQUghgEgOGohhgEgfkEBaiJ+IFpIDQALCyB8IH39CwAQIHwgFv0LAAAMAgsgfCAyaiJ+/QAAECGBASB+/QAAACGCASB8IA1qIoYB/QAAECGDASCGAf0AAAAhhAEgfCAqaiKFAf0AABAhhwEghQH9AAAAIYgBAkAgWw0AIHMhDiB7IQUgSiEVA0AgDiERIAUhECAIIRQCQCBcDQADQCAR/QkAACKJASAQ/QAAACJ/IBb9hQIhFiARQQxq/QkAACKKASAQQRBq/QAAACKAASCBAf2FAiGBASARQQhq/QkAACKLASCAASCDAf2FAiGDASARQQRq/QkAACKMASCAASCHAf2FAiGHASCKASB/IIIB/YUCIYIBIIsBIH8ghAH9hQIhhAEgjAEgfyCIAf2FAiGIASCJASCAASB9/YUCIX0gESAbaiERIBAgKmohECAUQX9qIhQNAAsLIA4gPWohDiAFIDhqIQUgFUEBaiIVIFpIDQALCyB8IH39CwAQIHwgFv0LAAAghQEghwH9CwAQIIUBIIgB/QsAACCGASCDAf0LABAghgEghAH9CwAAIH4ggQH9CwAQIH4gggH9CwAADAELIHwgDWoifv0AABAhgQEgfv0AAAAhggEgfCAqaiKGAf0AABAhgwEghgH9AAAAIYQBAkAgWw0AIHMhDiB7IQUgSiEVA0AgDiERIAUhECAIIRQCQCBcDQADQCAR/QkAACKHASAQ/QAAACJ/IBb9hQIhFiARQQhq/QkAACKIASAQQRBq/QAAACKAASCBAf2FAiGBASARQQRq/QkAACKJASCAASCDAf2FAiGDASCIASB/IIIB/YUCIYIBIIkBIH8ghAH9hQIhhAEghwEggAEgff2FAiF9IBEgG2ohESAQICpqIRAgFEF/aiIUDQALCyAOID1qIQ4gBSA4aiEFIBVBAWoiFSBaSA0ACwsgfCB9/QsAECB8IBb9CwAAIIYBIIMB/QsAECCGASCEAf0LAAAgfiCBAf0LABAgfiCCAf0LAAALIHtBIGoheyB5QQhqInkgLUgNAAsLAkAgJCAtTA0AIHYga0ECdGoheSBpIGsgCWxBAnRqIXcCQAJAAkACQAJAIC9BCEcNACB3/QAAECEWIHf9AAAAIX0CQCB4QX5qDgMABAMCCyB3ICpqIn79AAAQIX8gfv0AAAAhgAECQCBbDQAgcyEOIFQhBSBKIRUDQCAOIREgBSEQIAghFAJAIFwNAANAIBH9CQAAIoEBIBD9AAAAIoIBIH39hQIhfSARQQRq/QkAACKDASAQQRBq/QAAACKEASB//YUCIX8ggwEgggEggAH9hQIhgAEggQEghAEgFv2FAiEWIBEgG2ohESAQICpqIRAgFEF/aiIUDQALCyAOID1qIQ4gBSA4aiEFIBVBAWoiFSBaSA0ACwsgdyAW/QsAECB3IH39CwAAIH4gf/0LABAgfiCAAf0LAAAMBQsgdUEBSA0EIC5BBEgijQEgXXJBAXENA0EAIXsgUyGFASBUIXgDQCBDIHtBBHQiEWohfCB3IBFqInr9AAAAIRYgciEVIHMhDiCFASF+IHghBSBKIYYBA0ACQAJAIDQNACB8IDcghgEgSGpsQQJ0aiERIHkgISCGASAMbCBJamxBAnRqIRQMAQtBACERIDMhFEEAIRADQCAVIBFq/QkAACB+IBBq/QAAACAOIBFq/QkAACAFIBBq/QAAACAW/YUC/YUCIRYgESATaiERIBAgDWohECAUQX5qIhQNAAsgDiARaiEUIAUgEGohEQsCQCAxRQ0AIBT9CQAAIBH9AAAAIBb9hQIhFgsgFSA9aiEVIA4gPWohDiB+IDhqIX4gBSA4aiEFIIYBQQFqIoYBIFpIDQALIHogFv0LAAAghQFBEGohhQEgeEEQaiF4IHtBAWoieyAwRg0EDAALCyByIRUgcyEFIFQhhgEgSiF+AkAgWw0AA0ACQCBcDQACQAJAIDQNACBDIDcgfiBIamxBAnRqIRAgeSAhIH4gDGwgSWpsQQJ0aiERDAELQQAhESAzIQ4ghgEhFANAIBUgEWr9CQAAIn8gFCIQICpqIhT9AAAAIAUgEWr9CQAAIoABIBD9AAAAIH39hQL9hQIhfSB/IBRBEGr9AAAAIIABIBBBEGr9AAAAIBb9hQL9hQIhFiARIBNqIREgFCAqaiEUIA5BfmoiDg0ACyAQIA1qIRAgBSARaiERCyAxRQ0AIBH9CQAAIn8gEP0AABAgFv2FAiEWIH8gEP0AAAAgff2FAiF9CyAVID1qIRUgBSA9aiEFIIYBIDhqIYYBIH5BAWoifiBaSA0ACwsgdyAW/QsAECB3IH39CwAADAMLIHcgMmoifv0AABAhgQEgfv0AAAAhggEgdyANaiKGAf0AABAhgwEghgH9AAAAIYQBIHcgKmoifP0AABAhhwEgfP0AAAAhiAECQCBbDQAgcyEOIFQhBSBKIRUDQCAOIREgBSEQIAghFAJAIFwNAANAIBH9CQAAIokBIBD9AAAAIn8gff2FAiF9IBFBDGr9CQAAIooBIBBBEGr9AAAAIoABIIEB/YUCIYEBIBFBCGr9CQAAIosBIIABIIMB/YUCIYMBIBFBBGr9CQAAIowBIIABIIcB/YUCIYcBIIoBIH8gggH9hQIhggEgiwEgfyCEAf2FAiGEASCMASB/IIgB/YUCIYgBIIkBIIABIBb9hQIhFiARIBtqIREgECAqaiEQIBRBf2oiFA0ACwsgDiA9aiEOIAUgOGohBSAVQQFqIhUgWkgNAAsLIHcgFv0LABAgdyB9/QsAACB8IIcB/QsAECB8IIgB/QsAACCGASCDAf0LABAghgEghAH9CwAAIH4ggQH9CwAQIH4gggH9CwAADAILIHcgDWoifv0AABAhgQEgfv0AAAAhggEgdyAqaiKGAf0AABAhgwEghgH9AAAAIYQBAkAgWw0AIHMhDiBUIQUgSiEVA0AgDiERIAUhECAIIRQCQCBcDQADQCAR/QkAACKHASAQ/QAAACJ/IH39hQIhfSARQQhq/QkAACKIASAQQRBq/QAAACKAASCBAf2FAiGBASARQQRq/QkAACKJASCAASCDAf2FAiGDASCIASB/IIIB/YUCIYIBIIkBIH8ghAH9hQIhhAEghwEggAEgFv2FAiEWIBEgG2ohESAQICpqIRAgFEF/aiIUDQALCyAOID1qIQ4gBSA4aiEFIBVBAWoiFSBaSA0ACwsgdyAW/QsAECB3IH39CwAAIIYBIIMB/QsAECCGASCEAf0LAAAgfiCBAf0LABAgfiCCAf0LAAAMAQsgdEECSA0AAkAgjQENACBdDQAgeUEEaiF7IHcgKmohaEEAIYUBIFMheCBUIXoDQCBDIIUBQQR0IhFqIXwgaCARaiJ1/QAAACEWIHAhFSBxIQ4geCF+IHohBSBKIYYBA0ACQAJAIDQNACB8IDcghgEgSGpsQQJ0aiERIHsgISCGASAMbCBJamxBAnRqIRQMAQtBACERIDMhFEEAIRADQCAVIBFq/QkAACB+IBBq/QAAACAOIBFq/QkAACAFIBBq/QAAACAW/YUC/YUCIRYgESATaiERIBAgDWohECAUQX5qIhQNAAsgDiARaiEUIAUgEGohEQsCQCAxRQ0AIBT9CQAAIBH9AAAAIBb9hQIhFgsgFSA9aiEVIA4gPWohDiB+IDhqIX4gBSA4aiEFIIYBQQFqIoYBIFpIDQALIHUgFv0LAAAgeEEQaiF4IHpBEGoheiCFAUEBaiKFASAwRw0ACwsgdEECRg0AAkAgjQENACBdDQAgdyANaiFoIHlBCGohe0EAIYUBIFMheCBUIXoDQCBDIIUBQQR0IhFqIXwgaCARaiJ1/QAAACEWIG4hFSBvIQ4geCF+IHohBSBKIYYBA0ACQAJAIDQNACB8IDcghgEgSGpsQQJ0aiERIHsgISCGASAMbCBJamxBAnRqIRQMAQtBACERIDMhFEEAIRADQCAVIBFq/QkAACB+IBBq/QAAACAOIBFq/QkAACAFIBBq/QAAACAW/YUC/YUCIRYgESATaiERIBAgDWohECAUQX5qIhQNAAsgDiARaiEUIAUgEGohEQsCQCAxRQ0AIBT9CQAAIBH9AAAAIBb9hQIhFgsgFSA9aiEVIA4gPWohDiB+IDhqIX4gBSA4aiEFIIYBQQFqIoYBIFpIDQALIHUgFv0LAAAgeEEQaiF4IHpBEGoheiCFAUEBaiKFASAwRw0ACwsgdEEDRg0AII0BDQAgXQ0AIHcgMmohdyB5QQxqIXlBACF7IFMhhQEgVCF4A0AgQyB7QQR0IhFqIXwgdyARaiJ6/QAAACEWIGwhFSBtIQ4ghQEhfiB4IQUgSiGGAQNAAkACQCA0DQAgfCA3IIYBIEhqbEECdGohESB5ICEghgEgDGwgSWpsQQJ0aiEUDAELQQAhESAzIRRBACEQA0AgFSARav0JAAAgfiAQav0AAAAgDiARav0JAAAgBSAQav0AAAAgFv2FAv2FAiEWIBEgE2ohESAQIA1qIRAgFEF+aiIUDQALIA4gEWohFCAFIBBqIRELAkAgMUUNACAU/QkAACAR/QAAACAW/YUCIRYLIBUgPWohFSAOID1qIQ4gfiA4aiF+IAUgOGohBSCGAUEBaiKGASBaSA0ACyB6IBb9CwAAIIUBQRBqIYUBIHhBEGoheCB7QQFqInsgMEcNAAsLIGxBEGohbCBtQRBqIW0gbkEQaiFuIG9BEGohbyBwQRBqIXAgcUEQaiFxIHJBEGohciBzQRBqIXMgdEF8aiF0IGtBBGoiayAGSA0ACyBODQBBACFrIGYhdyBlIXMDQCB2IGtBAnRqIXkgaiBrIAlsQQJ0aiFyIEsheyBMIYUBICQheANAIAEgeEECdCIRaiF8IHIgEWoieioCACGOASB3IQ4geyEFIIUBIRUgcyF+IEohhgEDQAJAAkAgNA0AQQAhFAwBC0EAIRFBACEQQQAhFANAIH4gEGoqAgAgFSARaioCAJQgDiAQaioCACAFIBFqKgIAlCCOAZKSIY4BIBEgDWohESAQIBNqIRAgMyAUQQJqIhRHDQALCwJAIDFFDQAgeSAhIIYBIAxsIElqbEECdGogGiAUbEECdGoqAgAgfCA3IIYBIEhqbEECdGogFCAJbEECdGoqAgCUII4BkiGOAQsgDiA9aiEOIAUgOGohBSAVIDhqIRUgfiA9aiF+IIYBQQFqIoYBIFpIDQALIHogjgE4AgAge0EEaiF7IIUBQQRqIYUBIHhBAWoieCAJSA0ACyB3QQRqIXcgc0EEaiFzIGtBAWoiayAGRw0ACwsgXyA2aiFfIGAgNmohYCBhIDZqIWEgYiA2aiFiIGMgNmohYyBkIDZqIWQgZSA2aiFlIGYgNmohZiBnQQFqImcgC0cNAAsgUCA+aiFQIFEgPmohUSBSID5qIVIgVSA+aiFVIFYgPmohViBYID5qIVggWSA+aiFZIJkBID5qIZkBIE9BAWoiTyAKRw0ACyBLIEBqIUsgTCBAaiFMII8BICNqIY8BIJABICNqIZABIJEBICNqIZEBIJIBICNqIZIBIJMBICNqIZMBIJQBICNqIZQBIFMgQGohUyBUIEBqIVQglQEgI2ohlQEglgEgI2ohlgEgVyBAaiFXIJcBIUogmAENAAsLIDsgQWohOyArIEFqISsgHCA/aiEcIBkgP2ohGSAeID9qIR4gHSA/aiEdICAgP2ohICAfID9qIR8gLCBBaiEsIEQgQWohRCA8ID9qITwgRSA/aiFFIEYgQWohRiBHQQFqIkcgA0cNAAsLC+MsBgV/AXtafwx7AX8BfUEEIRFBACESAkAgBSAEbCAGbCAHbCITQQRIDQAgE0F8aiISQQJ2QQFqIhRBB3EhFQJAAkAgEkEcTw0AQQAhEgwBCyAUQfj///8HcSEUQQQhESADIRIDQCAS/QwAAAAAAAAAAAAAAAAAAAAAIhb9CwAAIBJB8ABqIBb9CwAAIBJB4ABqIBb9CwAAIBJB0ABqIBb9CwAAIBJBwABqIBb9CwAAIBJBMGogFv0LAAAgEkEgaiAW/QsAACASQRBqIBb9CwAAIBJBgAFqIRIgEUEgaiERIBRBeGoiFA0ACyARQXxqIRILIBVFDQAgFUECdCEUA0AgAyASQQJ0av0MAAAAAAAAAAAAAAAAAAAAAP0LAAAgESISQQRqIREgEiESIBRBfGoiFA0ACyARQXxqIRILAkAgEyASTA0AAkAgEyASayIUQQNNDQAgAyASQQJ0aiERIBIgFCATQQNxIhVrIhRqIRIDQCAR/QwAAAAAAAAAAAAAAAAAAAAA/QsCACARQRBqIREgFEF8aiIUDQALIBVFDQELIBMgEmshESADIBJBAnRqIRIDQCASQQA2AgAgEkEEaiESIBFBf2oiEQ0ACwsCQCAEQQFIDQAgDEEBIBBBAUYiEhsiESAHbCIXQXxxIhggFyAXQQhvIhRrIhlrIhpBBG0hGyAIQQFIDQAgCUEBSA0AIAcgBWwgBmwhHEEBIAwgEhsgC2whHSAQIAdsIR4gDyAHbCAGbCEfIAYgDWwgB2whICABIBdBA3QiCyAUQQJ0IhJraiEhIAEgF0ECdCIiIBJraiEjIAIgCiAXQQJ2bEEEdCIUIApBAnQiFUFwcSITamohJCAQQQJ0ISUgEUECdCEmIApBBHQhJyAOIAdsIihBDGwhKSAoQQN0ISogCkEBcSErIBtBA3EhLCAKQf7///8HcSEtIApBA3EhLiAoQQJ0IS8gDyAGbEECdCEwIChBBHQhMSADIBJrITJBACAbQfz///8BcWshMyAAIApBDGwiNGohNSAAIApBA3QiNmohNyAKIAlsIhJBAnQhOCAAIBVqITkgACATaiE6IAcgBmwiESANbEECdCE7IBEgBWxBAnQhPCASIAhsQQJ0IT0gFyAKbCI+QQJ0IT8gAiAUaiFAIApBfGoiQUECdkEBaiISQfz///8HcSFCIBJBA3EhQyAaQXxxQQhGIUQgG0F/akEDSSFFIApBf2oiRiAKQXxxIkdrQQNJIUggACFJQQAhSgNAAkAgHUEBSA0AIEogCGwhSyADIEogHGxBAnRqIUxBACFNIDohTiAyIU8gNSFQIEkhUSA3IVIgOSFTA0AgTSBLaiAJbCFUIEwgTSAgbEECdGohVSBOIVYgTyFXIFAhWCBRIVkgUiFaIFMhWyAJIVxBACFdA0AgXEEEIFxBBEgbIhJBASASQQFKGyFeIAAgXSBUaiAKbEECdGoiXyAVaiFgIFUgXSAobEECdGohYSBfIDRqIWIgXyA2aiFjQQAhZCAJIF1rImVBBCBlQQRIG0F+aiFmICQhZyBAIWggISFpICMhaiABIWsDQCBkIWxBACFtAkAgEEEBRg0AIGQgZCAMbSJsIAxsayFtCyBhIB8gbGxBAnRqIG0gHmxBAnRqIW4gASA+IGRsQQJ0Im9qIXACQCAZQQFIDQBBACENIGshBQNAIG4gDUECdCISaiEGAkACQAJAAkACQAJAAkACQCBmDgMAAQIDC/0MAAAAAAAAAAAAAAAAAAAAACFxAkAgCkEBTg0AIHEhciBxIRYgcSFzDAYLIFshESAFIRIgCiETIHEhciBxIRYgcSFzIF8hFANAIBH9CQAAInQgEv0AAAAidSAW/YUCIRYgFP0JAAAidiB1IHH9hQIhcSB0IBJBEGr9AAAAInUgc/2FAiFzIHYgdSBy/YUCIXIgEUEEaiERIBIgImohEiAUQQRqIRQgE0F/aiITDQAMBgsL/QwAAAAAAAAAAAAAAAAAAAAAIXICQCAKQQFODQAgciF0IHIhdSByIXYgciEWIHIhcwwEC0EAIRIgBSERIAohFCByIXQgciF1IHIhdiByIRYgciFzA0AgWiASav0JAAAidyARQRBq/QAAACJxIHP9hQIhcyBbIBJq/QkAACJ4IHEgdv2FAiF2IFkgEmr9CQAAInkgcSB0/YUCIXQgdyAR/QAAACJxIBb9hQIhFiB4IHEgdf2FAiF1IHkgcSBy/YUCIXIgEkEEaiESIBEgImohESAUQX9qIhQNAAwECwv9DAAAAAAAAAAAAAAAAAAAAAAhcgJAIApBAU4NACByIXQgciF1IHIhdiByIXcgciF4IHIhFiByIXMMAgtBACESIAUhESAKIRQgciF0IHIhdSByIXYgciF3IHIheCByIRYgciFzA0AgWCASav0JAAAieSARQRBq/QAAACJxIHP9hQIhcyBaIBJq/QkAACJ6IHEgeP2FAiF4IFsgEmr9CQAAInsgcSB2/YUCIXYgWSASav0JAAAifCBxIHT9hQIhdCB5IBH9AAAAInEgFv2FAiEWIHogcSB3/YUCIXcgeyBxIHX9hQIhdSB8IHEgcv2FAiFyIBJBBGohEiARICJqIREgFEF/aiIUDQAMAgsLAkAgCkEBTg0A/QwAAAAAAAAAAAAAAAAAAAAAIhYhcwwECwJAAkAgRg0AIHAgEmohEf0MAAAAAAAAAAAAAAAAAAAAACIWIXMgXyESDAELIAUgImohDkEAIREgLSEU/QwAAAAAAAAAAAAAAAAAAAAAIhYhcyBfIRIDQCASQQRq/QkAACJxIA4gEWoiE/0AAAAgEv0JAAAiciAFIBFqIg/9AAAAIBb9hQL9hQIhFiBxIBNBEGr9AAAAIHIgD0EQav0AAAAgc/2FAv2FAiFzIBEgC2ohESASQQhqIRIgFEF+aiIUDQALIAUgEWohEQsgK0UNAyAS/QkAACJxIBH9AAAQIHP9hQIhcyBxIBH9AAAAIBb9hQIhFgwDCyAGIAb9AAAAIHL95AH9CwAAIAYgBv0AABAgdP3kAf0LABAgBiAvaiISIBL9AAAAIHX95AH9CwAAIBIgEv0AABAgdv3kAf0LABAgBiAqaiISIBL9AAAAIHf95AH9CwAAIBIgEv0AABAgeP3kAf0LABAgBiApaiEGDAILIAYgBv0AAAAgcv3kAf0LAAAgBiAG/QAAECB0/eQB/QsAECAGIC9qIhIgEv0AAAAgdf3kAf0LAAAgEiAS/QAAECB2/eQB/QsAECAGICpqIQYMAQsgBiAG/QAAACBx/eQB/QsAACAGIAb9AAAQIHL95AH9CwAQIAYgL2ohBgsgBiAG/QAAACAW/eQB/QsAACAGIAb9AAAQIHP95AH9CwAQIAVBIGohBSANQQhqIg0gGUgNAAsLAkAgGCAZTA0AIG4gGUECdCISaiF9IHAgEmohDgJAIEQNACBlQQFIDQEgVyAHICYgMCBsbGogJSBtbGpsaiFtQQAhbANAAkAgGkEESA0AAkAgCkEBSA0AIH0gbCAobEECdGohDyBfIGwgCmxBAnRqIQ1BACEFIGkhBiBqIRMDQAJAAkAgRg0AIA4gBUEEdGohEf0MAAAAAAAAAAAAAAAAAAAAACEWIA0hEgwBC/0MAAAAAAAAAAAAAAAAAAAAACEWQQAhESAtIRQgDSESA0AgEv0JAAQgBiARav0AAAAgEv0JAAAgEyARav0AAAAgFv2FAv2FAiEWIBEgC2ohESASQQhqIRIgFEF+aiIUDQALIBMgEWohEQsCQCArRQ0AIBL9CQAAIBH9AAAAIBb9hQIhFgsgDyAFQQJ0QQJ0aiISIBL9AAAAIBb95AH9CwAAIAZBEGohBiATQRBqIRMgBUEBaiIFIBtHDQAMAgsLQQAhEgJAIEUNAEEAIREgbSESA0AgEiAS/QAAAP0MAAAAAAAAAAAAAAAAAAAAACIW/eQB/QsAACASQRBqIhQgFP0AAAAgFv3kAf0LAAAgEkEgaiIUIBT9AAAAIBb95AH9CwAAIBJBMGoiFCAU/QAAACAW/eQB/QsAACASQcAAaiESIDMgEUF8aiIRRw0AC0EAIBFrIRILICxFDQAgbSASQQR0aiESICwhEQNAIBIgEv0AAAD9DAAAAAAAAAAAAAAAAAAAAAD95AH9CwAAIBJBEGohEiARQX9qIhENAAsLIG0gL2ohbSBsQQFqImwgXkcNAAwCCwsCQAJAAkACQAJAAkACQAJAIGYOAwABAgML/QwAAAAAAAAAAAAAAAAAAAAAIXMCQCAKQQFODQAgcyEWIHMhcSBzIXIMBgtBACESIGohESAKIRQgcyEWIHMhcSBzIXIDQCBbIBJq/QkAACJ0IBFBEGr9AAAAInUgFv2FAiEWIFkgEmr9CQAAInYgdSBx/YUCIXEgdCAR/QAAACJ1IHP9hQIhcyB2IHUgcv2FAiFyIBJBBGohEiARICJqIREgFEF/aiIUDQAMBgsL/QwAAAAAAAAAAAAAAAAAAAAAIRYCQCAKQQFODQAgFiFzIBYhciAWIXQgFiF1IBYhdgwEC0EAIRIgaiERIAohFCAWIXMgFiFyIBYhdCAWIXUgFiF2A0AgWiASav0JAAAidyARQRBq/QAAACJxIBb9hQIhFiBbIBJq/QkAACJ4IHEgcv2FAiFyIFkgEmr9CQAAInkgcSB1/YUCIXUgdyAR/QAAACJxIHP9hQIhcyB4IHEgdP2FAiF0IHkgcSB2/YUCIXYgEkEEaiESIBEgImohESAUQX9qIhQNAAwECwv9DAAAAAAAAAAAAAAAAAAAAAAhFgJAIApBAU4NACAWIXMgFiFyIBYhdCAWIXUgFiF2IBYhdyAWIXgMAgtBACESIGohESAKIRQgFiFzIBYhciAWIXQgFiF1IBYhdiAWIXcgFiF4A0AgWCASav0JAAAieSARQRBq/QAAACJxIBb9hQIhFiBaIBJq/QkAACJ6IHEgcv2FAiFyIFsgEmr9CQAAInsgcSB1/YUCIXUgWSASav0JAAAifCBxIHf9hQIhdyB5IBH9AAAAInEgc/2FAiFzIHogcSB0/YUCIXQgeyBxIHb9hQIhdiB8IHEgeP2FAiF4IBJBBGohEiARICJqIREgFEF/aiIUDQAMAgsLAkAgCkEBTg0A/QwAAAAAAAAAAAAAAAAAAAAAInMhFgwEC/0MAAAAAAAAAAAAAAAAAAAAACEWAkACQCBGDQAgFiFzIF8hEgwBC0EAIREgLSEUIBYhcyBfIRIDQCASQQRq/QkAACJxIGkgEWoiE/0AAAAgEv0JAAAiciBqIBFqIgb9AAAAIHP9hQL9hQIhcyBxIBNBEGr9AAAAIHIgBkEQav0AAAAgFv2FAv2FAiEWIBEgC2ohESASQQhqIRIgFEF+aiIUDQALIGogEWohDgsgK0UNAyAS/QkAACJxIA79AAAQIBb9hQIhFiBxIA79AAAAIHP9hQIhcwwDCyB9IH39AAAAIHj95AH9CwAAIH0gff0AABAgd/3kAf0LABAgfSAvaiISIBL9AAAAIHb95AH9CwAAIBIgEv0AABAgdf3kAf0LABAgfSAqaiISIBL9AAAAIHT95AH9CwAAIBIgEv0AABAgcv3kAf0LABAgfSApaiF9DAILIH0gff0AAAAgdv3kAf0LAAAgfSB9/QAAECB1/eQB/QsAECB9IC9qIhIgEv0AAAAgdP3kAf0LAAAgEiAS/QAAECBy/eQB/QsAECB9ICpqIX0MAQsgfSB9/QAAACBy/eQB/QsAACB9IH39AAAQIHH95AH9CwAQIH0gL2ohfQsgfSB9/QAAACBz/eQB/QsAACB9IH39AAAQIBb95AH9CwAQCwJAIBggF0YNACACIG9qIXAgZyFtIGghDyAYIX0DQAJAIGVBAEwNACBuIH1BAnRqIWwgcCB9IApsQQJ0aiEGAkACQCAKQQRIDQBBACENIFYhDiBZIQUMAQsCQCAKQQBKDQAgbCBsKgIAQwAAAACSOAIAIFxBAkgNAiBsIC9qIhIgEioCAEMAAAAAkjgCACBcQQJGDQIgbCAqaiISIBIqAgBDAAAAAJI4AgAgXEEDRg0CIGwgKWoiEiASKgIAQwAAAACSOAIADAILIF8qAgAgBioCAJRDAAAAAJIhfgJAIApBAUYiEg0AIF8qAgQgBioCBJQgfpIhfiAKQQJGDQAgXyoCCCAGKgIIlCB+kiF+CyBsIH4gbCoCAJI4AgAgXEECSA0BIGAqAgAgBioCAJRDAAAAAJIhfgJAIBINACBgKgIEIAYqAgSUIH6SIX4gCkECRg0AIGAqAgggBioCCJQgfpIhfgsgbCAvaiIRIH4gESoCAJI4AgAgXEECRg0BIGMqAgAgBioCAJRDAAAAAJIhfgJAIBINACBjKgIEIAYqAgSUIH6SIX4gCkECRg0AIGMqAgggBioCCJQgfpIhfgsgbCAqaiIRIH4gESoCAJI4AgAgXEEDRg0BIGIqAgAgBioCAJRDAAAAAJIhfgJAIBINACBiKgIEIAYqAgSUIH6SIX4gCkECRg0AIGIqAgggBioCCJQgfpIhfgsgbCApaiISIH4gEioCAJI4AgAMAQsDQP0MAAAAAAAAAAAAAAAAAAAAACEWQQQhFAJAAkAgQUEMTw0AQQAhEgwBCyBCIRMgBSESIA8hEQNAIBJBMGr9AAAAIBFBMGr9AAAAIBJBIGr9AAAAIBFBIGr9AAAAIBJBEGr9AAAAIBFBEGr9AAAAIBL9AAAAIBH9AAAAIBb9hQL9hQL9hQL9hQIhFiASQcAAaiESIBFBwABqIREgFEEQaiEUIBNBfGoiEw0ACyAUQXxqIRILAkAgQ0UNACBfIA0gCmxBAnRqIRMgQyERA0AgEyASQQJ0IhJq/QAAACAGIBJq/QAAACAW/YUCIRYgFCISQQRqIRQgEiESIBFBf2oiEQ0ACwsgFv0fAyAW/R8CIBb9HwAgFv0fAZKSkiF+AkAgRyAKRg0AAkACQCAuDQAgRyEUDAELIC4hEyAOIRIgbSERIEchFANAIBRBAWohFCASKgIAIBEqAgCUIH6SIX4gEkEEaiESIBFBBGohESATQX9qIhMNAAsLIEgNACAUQQJ0IRIgCiAUayETA0AgBSASaiIRQQxqKgIAIA8gEmoiFEEMaioCAJQgEUEIaioCACAUQQhqKgIAlCARQQRqKgIAIBRBBGoqAgCUIBEqAgAgFCoCAJQgfpKSkpIhfiASQRBqIRIgE0F8aiITDQALCyBsICggDWxBAnRqIhIgfiASKgIAkjgCACAOIBVqIQ4gBSAVaiEFIA1BAWoiDSBeRw0ACwsgbSAVaiFtIA8gFWohDyB9QQFqIn0gF0gNAAsLIGcgP2ohZyBoID9qIWggaSA/aiFpIGogP2ohaiBrID9qIWsgZEEBaiJkIB1HDQALIFYgJ2ohViBXIDFqIVcgWCAnaiFYIFkgJ2ohWSBaICdqIVogWyAnaiFbIFxBfGohXCBdQQRqIl0gCUgNAAsgTiA4aiFOIE8gO2ohTyBQIDhqIVAgUSA4aiFRIFIgOGohUiBTIDhqIVMgTUEBaiJNIAhHDQALCyA6ID1qITogMiA8aiEyIDUgPWohNSBJID1qIUkgNyA9aiE3IDkgPWohOSBKQQFqIkogBEcNAAsLC7MGBw1/AXsIfwF7BH8DewR/AkBBASADIAZBAUYiBhsgAmwiB0EBSA0AIANBASAGGyAEbCIIQQFIDQAgBUEBSA0AIAEgCCAFQX9qbEECdGohCSAFQQJ0IQogBUH8////BXEhCyAFQYCAgIACcSEMIAVBA3EiDUEBaiEOIAhBAnQhBCANQQJqIQ8gCEEEdCEQIA1BA2ohESAAIAggBWxBAnQiEmohEyAI/REhFEEAIRUgDSEWIAAhF0EAIRgDQCAJIBIgGGwiA2ohGSABIANqIRogEyADaiEbIAAgA2ohHCAYIAVs/REhHSABIR4gFyEfQQAhIANAQQAhIQJAAkAgBUEESQ0AIBogIEECdCICaiIDIBkgAmoiBiADIAZJGyAbSSAcIAMgBiADIAZLG0EEaklxDQAgDA0AIAEgAmohA/0MAAAAAAEAAAACAAAAAwAAACEiIAshAiAfIQYDQCADICIgHf2uASAU/bUBIiP9GwBBAnRqIAb9AAIAIiT9HwA4AgAgAyAj/RsBQQJ0aiAk/R8BOAIAIAMgI/0bAkECdGogJP0fAjgCACADICP9GwNBAnRqICT9HwM4AgAgBkEQaiEGICL9DAQAAAAEAAAABAAAAAQAAAD9rgEhIiACQXxqIgINAAsgCyEhIAsgBUYNAQsgISElAkAgDUUNACANICFqISUgHyAhQQJ0aiEDIB4gBCAVICFqbGohBiANIQIDQCAGIAMqAgA4AgAgA0EEaiEDIAYgBGohBiACQX9qIgINAAsLICEgBWtBfEsNACAFICVrIQIgBCAOICFqbCEmIAQgFiAhamwhJyAEIA8gIWpsISggHyAlQQJ0aiEDIAQgESAhamwhISAeIQYDQCAGICdqIAMqAgA4AgAgBiAmaiADQQRqKgIAOAIAIAYgKGogA0EIaioCADgCACAGICFqIANBDGoqAgA4AgAgA0EQaiEDIAYgEGohBiACQXxqIgINAAsLIB5BBGohHiAfIApqIR8gIEEBaiIgIAhHDQALIA4gBWohDiAWIAVqIRYgDyAFaiEPIBEgBWohESAVIAVqIRUgFyASaiEXIBhBAWoiGCAHRw0ACwsLtSwIRH8EewF/BXsEfwR7An8BfSAJQQhvIQ4CQCADQQFIDQAgCUF8cSIPIAkgDmsiEGsiEUEEbSESIAdBAUgNACAIQQFIDQAgBiAEbCAFbCETIAsgBmwiFCAJbCEVIAEgEEECdGohFiAFIAxsIAZsIRcgASAJQQN0IhggDkECdCIOa2ohGSACIAlBAnQiGiAOa2ohGyABIBpBcHEiDiAaamohHCAJQQR0IR0gCUEMbCEeIBRBAXEhHyASQQNxISAgEkH8////AXEhISASQX9qISIgFEF/aiEjQQAgFEH+////B3EiJGshJSAJIAhsIiZBAnQhJyAAIA0gBmwiKEEMbCIpaiEqIAAgKEEDdCIraiEsIAYgBWwiLUECdCEuIChBBHQhLyABIA5qITAgJiAHbEECdCExIAsgCWwgBmxBAnQhDSAAIChBAnQiMmohMyAtIAxsQQJ0ITQgLSAEbEECdCE1IBFBfHFBCEYhNiAAITdBACE4A0AgOCAHbCE5IAAgOCATbEECdGohOiAbITsgKiE8ICwhPSAzIT4gNyE/QQAhQANAIEAgOWogCGwhQSA6IEAgF2xBAnRqIUJBACFDIDshRCA8IUUgPSFGID4hRyA/IUggCCFJA0AgCCBDayJKQQQgSkEESBshSyBCIEMgKGxBAnRqIUwgAiBDIEFqIAlsQQJ0aiFNAkAgEEEBSA0AQQAhTiBLQX5qIU8gASFQA0AgTSBOQQJ0IgZqIVECQAJAAkACQAJAIE8OAwADAgELAkACQCAKQQFODQD9DAAAAAAAAAAAAAAAAAAAAAAiUiFTIFIhVCBSIVUMAQtBACFWIFAhBCBHIQwgSCEm/QwAAAAAAAAAAAAAAAAAAAAAIlIhUyBSIVQgUiFVA0AgBCEGIBQhCyAMIQUgJiEOAkAgFEEBSA0AA0AgBf0JAAAiVyAG/QAAACJYIFL9hQIhUiAO/QkAACJZIFggVf2FAiFVIFcgBkEQav0AAAAiWCBT/YUCIVMgWSBYIFT9hQIhVCAGIBpqIQYgBUEEaiEFIA5BBGohDiALQX9qIgsNAAsLIAQgDWohBCAMIC5qIQwgJiAuaiEmIFZBAWoiViAKRw0ACwsgUSBU/QsAECBRIFX9CwAAIFEgGmoiUSBS/QsAAAwDCwJAIApBAU4NACBR/QwAAAAAAAAAAAAAAAAAAAAAIlP9CwAADAMLIAEgBmohVkEAIQQgUCEMIEghJv0MAAAAAAAAAAAAAAAAAAAAACJTIVIDQAJAIBRBAUgNAAJAAkAgIw0AIFYgFSAEbEECdGohBkEAIQsMAQtBACELIAwhDiAmIQYDQCAGQQRq/QkAACJUIA4iBSAaaiIOQRBq/QAAACAG/QkAACJVIAVBEGr9AAAAIFP9hQL9hQIhUyBUIA79AAAAIFUgBf0AAAAgUv2FAv2FAiFSIAZBCGohBiAOIBpqIQ4gJCALQQJqIgtHDQALIAUgGGohBgsgH0UNACBMIC0gBGxBAnRqIAtBAnRq/QkAACJUIAb9AAAQIFP9hQIhUyBUIAb9AAAAIFL9hQIhUgsgDCANaiEMICYgLmohJiAEQQFqIgQgCkcNAAsgUSBS/QsAAAwCCwJAAkAgCkEBTg0A/QwAAAAAAAAAAAAAAAAAAAAAIlMhVCBTIVUgUyFXIFMhWCBTIVkgUyFaIFMhWwwBC0EAIVwgUCEmIEchViBIIV0gRiFeIEUhX/0MAAAAAAAAAAAAAAAAAAAAACJTIVQgUyFVIFMhVyBTIVggUyFZIFMhWiBTIVsDQCAmIQYgFCEMIFYhBSBdIQ4gXiELIF8hBAJAIBRBAUgNAANAIAT9CQAAImAgBv0AAAAiUiBU/YUCIVQgC/0JAAAiYSBSIFf9hQIhVyAF/QkAACJiIFIgWf2FAiFZIA79CQAAImMgUiBb/YUCIVsgYCAGQRBq/QAAACJSIFP9hQIhUyBhIFIgVf2FAiFVIGIgUiBY/YUCIVggYyBSIFr9hQIhWiAGIBpqIQYgBUEEaiEFIA5BBGohDiALQQRqIQsgBEEEaiEEIAxBf2oiDA0ACwsgJiANaiEmIFYgLmohViBdIC5qIV0gXiAuaiFeIF8gLmohXyBcQQFqIlwgCkcNAAsLIFEgWv0LABAgUSBb/QsAACBRIBpqIgYgWP0LABAgBiBZ/QsAACBRIBhqIgYgVf0LABAgBiBX/QsAACBRIB5qIlEgVP0LAAAMAQsCQAJAIApBAU4NAP0MAAAAAAAAAAAAAAAAAAAAACJTIVQgUyFVIFMhVyBTIVggUyFZDAELQQAhXiBQIQwgRyEmIEghViBGIV39DAAAAAAAAAAAAAAAAAAAAAAiUyFUIFMhVSBTIVcgUyFYIFMhWQNAIAwhBiAUIQQgJiEFIFYhDiBdIQsCQCAUQQFIDQADQCAL/QkAACJaIAb9AAAAIlIgVP2FAiFUIAX9CQAAIlsgUiBX/YUCIVcgDv0JAAAiYCBSIFn9hQIhWSBaIAZBEGr9AAAAIlIgU/2FAiFTIFsgUiBV/YUCIVUgYCBSIFj9hQIhWCAGIBpqIQYgBUEEaiEFIA5BBGohDiALQQRqIQsgBEF/aiIEDQALCyAMIA1qIQwgJiAuaiEmIFYgLmohViBdIC5qIV0gXkEBaiJeIApHDQALCyBRIFj9CwAQIFEgWf0LAAAgUSAaaiIGIFX9CwAQIAYgV/0LAAAgUSAYaiJRIFT9CwAACyBRIFP9CwAQIFBBIGohUCBOQQhqIk4gEEgNAAsLAkAgDyAQTA0AIE0gEEECdGohZAJAIDYNACBKQQFIDQEgSUEEIElBBEgbIgZBASAGQQFKGyFlQQAhTyBIIU4gRCFLA0ACQCARQQNMDQACQCAKQQBKDQBBACEFAkAgIkEDSQ0AQQAhBSBLIQYDQCAG/QwAAAAAAAAAAAAAAAAAAAAAIlP9CwAAIAZBMGogU/0LAAAgBkEgaiBT/QsAACAGQRBqIFP9CwAAIAZBwABqIQYgISAFQQRqIgVHDQALCyAgRQ0BIEsgBUEEdGohBiAgIQUDQCAG/QwAAAAAAAAAAAAAAAAAAAAA/QsAACAGQRBqIQYgBUF/aiIFDQAMAgsLAkAgFEEBSA0AIGQgTyAJbEECdGohUCBMIE8gKGxBAnRqIVZBACFeIBkhXyAWIVwDQCBeQQJ0IVEgFiBeQQR0aiFd/QwAAAAAAAAAAAAAAAAAAAAAIVMgXyEEIFwhCyBOISZBACEMA0ACQAJAICMNACBdIBUgDGxBAnRqIQZBACEFDAELQQAhBiAmIQVBACEOA0AgBUEEav0JAAAgBCAGav0AAAAgBf0JAAAgCyAGav0AAAAgU/2FAv2FAiFTIAYgGGohBiAFQQhqIQUgJSAOQX5qIg5HDQALIAsgBmohBkEAIA5rIQULAkAgH0UNACBWIC0gDGxBAnRqIAVBAnRq/QkAACAG/QAAACBT/YUCIVMLIAQgDWohBCALIA1qIQsgJiAuaiEmIAxBAWoiDCAKRw0ACyBQIFFBAnRqIFP9CwAAIF9BEGohXyBcQRBqIVwgXkEBaiJeIBJGDQIMAAsLQQAhBQJAICJBA0kNAEEAIQUgSyEGA0AgBv0MAAAAAAAAAAAAAAAAAAAAACJT/QsAACAGQTBqIFP9CwAAIAZBIGogU/0LAAAgBkEQaiBT/QsAACAGQcAAaiEGICEgBUEEaiIFRw0ACwsgIEUNACBLIAVBBHRqIQYgICEFA0AgBv0MAAAAAAAAAAAAAAAAAAAAAP0LAAAgBkEQaiEGIAVBf2oiBQ0ACwsgTiAyaiFOIEsgGmohSyBPQQFqIk8gZUcNAAwCCwsCQAJAAkACQCBLQX5qDgMAAwIBCwJAAkAgCkEBTg0A/QwAAAAAAAAAAAAAAAAAAAAAIlMhUiBTIVQgUyFVDAELQQAhViAWIQQgRyEMIEghJv0MAAAAAAAAAAAAAAAAAAAAACJTIVIgUyFUIFMhVQNAIAQhBiAUIQsgDCEFICYhDgJAIBRBAUgNAANAIAX9CQAAIlcgBv0AAAAiWCBU/YUCIVQgDv0JAAAiWSBYIFP9hQIhUyBXIAZBEGr9AAAAIlggVf2FAiFVIFkgWCBS/YUCIVIgBiAaaiEGIAVBBGohBSAOQQRqIQ4gC0F/aiILDQALCyAEIA1qIQQgDCAuaiEMICYgLmohJiBWQQFqIlYgCkcNAAsLIGQgUv0LABAgZCBT/QsAACBkIBpqImQgVP0LAAAgZCBV/QsAEAwDCwJAAkAgCkEBTg0A/QwAAAAAAAAAAAAAAAAAAAAAIlMhUgwBC0EAIQQgFiEMIEghJv0MAAAAAAAAAAAAAAAAAAAAACJTIVIDQAJAIBRBAUgNAAJAAkAgIw0AIBYgFSAEbEECdGohBkEAIQUMAQtBACELIAwhDiAmIQYDQCAGQQRq/QkAACJUIA4iBSAaaiIOQRBq/QAAACAG/QkAACJVIAVBEGr9AAAAIFL9hQL9hQIhUiBUIA79AAAAIFUgBf0AAAAgU/2FAv2FAiFTIAZBCGohBiAOIBpqIQ4gJSALQX5qIgtHDQALIAUgGGohBkEAIAtrIQULIB9FDQAgTCAtIARsQQJ0aiAFQQJ0av0JAAAiVCAG/QAAECBS/YUCIVIgVCAG/QAAACBT/YUCIVMLIAwgDWohDCAmIC5qISYgBEEBaiIEIApHDQALCyBkIFP9CwAAIGQgUv0LABAMAgsCQAJAIApBAU4NAP0MAAAAAAAAAAAAAAAAAAAAACJSIVQgUiFVIFIhVyBSIVggUiFZIFIhWiBSIVsMAQtBACFcIBYhJiBHIVYgSCFdIEYhXiBFIV/9DAAAAAAAAAAAAAAAAAAAAAAiUiFUIFIhVSBSIVcgUiFYIFIhWSBSIVogUiFbA0AgJiEGIBQhDCBWIQUgXSEOIF4hCyBfIQQCQCAUQQFIDQADQCAE/QkAACJgIAb9AAAAIlMgWv2FAiFaIAv9CQAAImEgUyBY/YUCIVggBf0JAAAiYiBTIFX9hQIhVSAO/QkAACJjIFMgUv2FAiFSIGAgBkEQav0AAAAiUyBb/YUCIVsgYSBTIFn9hQIhWSBiIFMgV/2FAiFXIGMgUyBU/YUCIVQgBiAaaiEGIAVBBGohBSAOQQRqIQ4gC0EEaiELIARBBGohBCAMQX9qIgwNAAsLICYgDWohJiBWIC5qIVYgXSAuaiFdIF4gLmohXiBfIC5qIV8gXEEBaiJcIApHDQALCyBkIFT9CwAQIGQgUv0LAAAgZCAaaiIGIFf9CwAQIAYgVf0LAAAgZCAYaiIGIFn9CwAQIAYgWP0LAAAgZCAeaiJkIFr9CwAAIGQgW/0LABAMAQsCQAJAIApBAU4NAP0MAAAAAAAAAAAAAAAAAAAAACJSIVQgUiFVIFIhVyBSIVggUiFZDAELQQAhXiAWIQwgRyEmIEghViBGIV39DAAAAAAAAAAAAAAAAAAAAAAiUiFUIFIhVSBSIVcgUiFYIFIhWQNAIAwhBiAUIQQgJiEFIFYhDiBdIQsCQCAUQQFIDQADQCAL/QkAACJaIAb9AAAAIlMgWP2FAiFYIAX9CQAAIlsgUyBV/YUCIVUgDv0JAAAiYCBTIFL9hQIhUiBaIAZBEGr9AAAAIlMgWf2FAiFZIFsgUyBX/YUCIVcgYCBTIFT9hQIhVCAGIBpqIQYgBUEEaiEFIA5BBGohDiALQQRqIQsgBEF/aiIEDQALCyAMIA1qIQwgJiAuaiEmIFYgLmohViBdIC5qIV0gXkEBaiJeIApHDQALCyBkIFT9CwAQIGQgUv0LAAAgZCAaaiIGIFf9CwAQIAYgVf0LAAAgZCAYaiJkIFj9CwAAIGQgWf0LABALAkAgDyAJRg0AIEwgKWohUCBMICtqIU4gTCAyaiFcIDAhXiAcIV8gDyFdA0ACQCBKQQBMDQAgTSBdQQJ0IgZqIVECQCAKQQBKDQAgUUEANgIAIElBAkgNASBRIBpqQQA2AgAgSUECRg0BIFEgGGpBADYCACBJQQNGDQEgUSAeakEANgIADAELAkAgFEEBSA0AIAEgBmohVkMAAAAAIWZBACEMIF4hCyBfIQQgSCEmA0ACQAJAICMNAEEAIQ4MAQtBACEGICYhBUEAIQ4DQCAFQQRqKgIAIAQgBmoqAgCUIAUqAgAgCyAGaioCAJQgZpKSIWYgBiAYaiEGIAVBCGohBSAkIA5BAmoiDkcNAAsLAkAgH0UNACBMIC0gDGxBAnRqIA5BAnRqKgIAIFYgFSAMbEECdGogDiAJbEECdGoqAgCUIGaSIWYLIAsgDWohCyAEIA1qIQQgJiAuaiEmIAxBAWoiDCAKRw0ACyBRIGY4AgAgSUECSA0BQwAAAAAhZkEAIQwgXiELIF8hBCBHISYDQAJAAkAgIw0AQQAhDgwBC0EAIQYgJiEFQQAhDgNAIAVBBGoqAgAgBCAGaioCAJQgBSoCACALIAZqKgIAlCBmkpIhZiAGIBhqIQYgBUEIaiEFICQgDkECaiIORw0ACwsCQCAfRQ0AIFwgLSAMbEECdGogDkECdGoqAgAgViAVIAxsQQJ0aiAOIAlsQQJ0aioCAJQgZpIhZgsgCyANaiELIAQgDWohBCAmIC5qISYgDEEBaiIMIApHDQALIFEgGmogZjgCACBJQQJGDQFDAAAAACFmQQAhDCBeIQsgXyEEIEYhJgNAAkACQCAjDQBBACEODAELQQAhBiAmIQVBACEOA0AgBUEEaioCACAEIAZqKgIAlCAFKgIAIAsgBmoqAgCUIGaSkiFmIAYgGGohBiAFQQhqIQUgJCAOQQJqIg5HDQALCwJAIB9FDQAgTiAtIAxsQQJ0aiAOQQJ0aioCACBWIBUgDGxBAnRqIA4gCWxBAnRqKgIAlCBmkiFmCyALIA1qIQsgBCANaiEEICYgLmohJiAMQQFqIgwgCkcNAAsgUSAYaiBmOAIAIElBA0YNAUMAAAAAIWZBACEMIF4hCyBfIQQgRSEmA0ACQAJAICMNAEEAIQ4MAQtBACEGICYhBUEAIQ4DQCAFQQRqKgIAIAQgBmoqAgCUIAUqAgAgCyAGaioCAJQgZpKSIWYgBiAYaiEGIAVBCGohBSAkIA5BAmoiDkcNAAsLAkAgH0UNACBQIC0gDGxBAnRqIA5BAnRqKgIAIFYgFSAMbEECdGogDiAJbEECdGoqAgCUIGaSIWYLIAsgDWohCyAEIA1qIQQgJiAuaiEmIAxBAWoiDCAKRw0ACyBRIB5qIGY4AgAMAQsgUUEANgIAIElBAkgNACBRIBpqQQA2AgAgSUECRg0AIFEgGGpBADYCACBJQQNGDQAgUSAeakEANgIACyBeQQRqIV4gX0EEaiFfIF1BAWoiXSAJSA0ACwsgRCAdaiFEIEUgL2ohRSBGIC9qIUYgRyAvaiFHIEggL2ohSCBJQXxqIUkgQ0EEaiJDIAhIDQALIDsgJ2ohOyA8IDRqITwgPSA0aiE9ID4gNGohPiA/IDRqIT8gQEEBaiJAIAdHDQALIBsgMWohGyAqIDVqISogLCA1aiEsIDMgNWohMyA3IDVqITcgOEEBaiI4IANHDQALCwvCDAYpfwF7An8BewF/An0CQCACQQFIDQAgBkEBSA0AIAdBAUgNACAFIAVBfHEiDkEBciIPIAUgD0obIg9BfHEhECAPQQNxIREgBSAOQQFqIhIgBSASShtBfHEgDmshEyAAIAVBACAMIARsIA1qa2xBAnQiFCAFQQJ0IhJBcHEiFWpqIRZBACANayEXIAUgBGwiDUECdCEYIAsgBWxBAnQhGSAHIAVsIhpBAnQhGyABIBVqIRwgDSAKbEECdCEdIA0gA2xBAnQhHiAaIAZsQQJ0IR8gDkF/akECdkEBaiINQQdxISAgDUH4////B3EiIUECdCEiIAAgFGohIyAOQR1JISQgDyAOayIlQQRJISYgASEnQQAhKANAICggBmwhKSAWISogHCErICMhLCAnIS1BACEuA0AgLiApaiAHbCEvIC4gCmwgDGshMEEAITEgKiEyICshMyAXIRQgLCE0IC0hNQNAIAEgMSAvaiAFbEECdGohNgJAIA5BAEwNAAJAIAhBAEoNAEEAIQ8gNSENICEhAAJAICQNAANAIA39DAAAgP8AAID/AACA/wAAgP8iN/0LAAAgDUHwAGogN/0LAAAgDUHgAGogN/0LAAAgDUHQAGogN/0LAAAgDUHAAGogN/0LAAAgDUEwaiA3/QsAACANQSBqIDf9CwAAIA1BEGogN/0LAAAgDUGAAWohDSAAQXhqIgANAAsgIiEPCyAgRQ0BIDUgD0ECdGohDSAgIQADQCAN/QwAAID/AACA/wAAgP8AAID//QsAACANQRBqIQ0gAEF/aiIADQAMAgsLAkAgCUEBSA0AQQAhOCA0ITkDQP0MAACA/wAAgP8AAID/AACA/yE6IDkhGkEAIRUDQAJAIBUgMGoiO0EASA0AIBQhDSAaIQAgCSEPIDsgA04NAANAAkAgDUEASA0AIA0gBE4NACAA/QAAACI3IDogNyA6/UQgNyA3/UL9UP1SIToLIA1BAWohDSAAIBJqIQAgD0F/aiIPDQALCyAaIBhqIRogFUEBaiIVIAhHDQALIDYgOEECdGogOv0LAAAgOUEQaiE5IDhBBGoiOCAOTg0CDAALC0EAIQ0CQCAkDQAgNSENICEhAANAIA39DAAAgP8AAID/AACA/wAAgP8iN/0LAAAgDUHwAGogN/0LAAAgDUHgAGogN/0LAAAgDUHQAGogN/0LAAAgDUHAAGogN/0LAAAgDUEwaiA3/QsAACANQSBqIDf9CwAAIA1BEGogN/0LAAAgDUGAAWohDSAAQXhqIgANAAsgIiENCyAgRQ0AIDUgDUECdGohDSAgIQADQCAN/QwAAID/AACA/wAAgP8AAID//QsAACANQRBqIQ0gAEF/aiIADQALCwJAIA4gBUYNAAJAAkAgCEEASg0AIA4hACAlQQNNDQEgEyEAIDMhDQNAIA39DAAAgP8AAID/AACA/wAAgP/9CwIAIA1BEGohDSAAQXxqIgANAAsgECEAIBFFDQIMAQsgMiE7IA4hOAJAIAlBAU4NACAOIQACQCAmDQAgEyEAIDMhDQNAIA39DAAAgP8AAID/AACA/wAAgP/9CwIAIA1BEGohDSAAQXxqIgANAAsgECEAIBFFDQMLIDUgAEECdGohDQNAIA1BgICAfDYCACANQQRqIQ0gAEEBaiIAIAVIDQAMAwsLA0BDAACA/yE8QQAhFSA7IRoDQAJAIBUgMGoiDUEASA0AIA0gA04NAEEAIQ0gGiEAA0ACQCAUIA1qIg9BAEgNACAPIARODQAgACoCACI9ID0gPCA9ID1cGyA9IDxeGyE8CyAAIBJqIQAgCSANQQFqIg1HDQALCyAaIBhqIRogFUEBaiIVIAhHDQALIDYgOEECdGogPDgCACA7QQRqITsgOEEBaiI4IAVODQIMAAsLIDUgAEECdGohDQNAIA1BgICAfDYCACANQQRqIQ0gAEEBaiIAIAVIDQALCyAyIBlqITIgMyASaiEzIBQgC2ohFCA0IBlqITQgNSASaiE1IDFBAWoiMSAHRw0ACyAqIB1qISogKyAbaiErICwgHWohLCAtIBtqIS0gLkEBaiIuIAZHDQALIBYgHmohFiAcIB9qIRwgIyAeaiEjICcgH2ohJyAoQQFqIiggAkcNAAsLC8wMCAV/AXskfwF7AX8CewN/An1BBCERQQAhEgJAIAQgA2wgBWwgBmwiE0EESA0AIBNBfGoiEkECdkEBaiIUQQdxIRUCQAJAIBJBHE8NAEEAIRIMAQsgFEH4////B3EhFEEEIREgAiESA0AgEv0MAAAAAAAAAAAAAAAAAAAAACIW/QsAACASQfAAaiAW/QsAACASQeAAaiAW/QsAACASQdAAaiAW/QsAACASQcAAaiAW/QsAACASQTBqIBb9CwAAIBJBIGogFv0LAAAgEkEQaiAW/QsAACASQYABaiESIBFBIGohESAUQXhqIhQNAAsgEUF8aiESCyAVRQ0AIBVBAnQhFANAIAIgEkECdGr9DAAAAAAAAAAAAAAAAAAAAAD9CwAAIBEiEkEEaiERIBIhEiAUQXxqIhQNAAsgEUF8aiESCwJAIBMgEkwNAAJAIBMgEmsiFEEDTQ0AIAIgEkECdGohESASIBQgE0EDcSIVayIUaiESA0AgEf0MAAAAAAAAAAAAAAAAAAAAAP0LAgAgEUEQaiERIBRBfGoiFA0ACyAVRQ0BCyATIBJrIREgAiASQQJ0aiESA0AgEkEANgIAIBJBBGohEiARQX9qIhENAAsLAkAgA0EBSA0AIAdBAUgNACAIQQFIDQAgCUEBSCIXIApBAUgiGHIgBkF8cSIZIAZGciEaIAAgBkEAIA8gBWwgEGprbCIUQQJ0IhIgBkECdEFwcWpqIRtBACAQayEcIA4gBmwiFUECdCEQIAwgBmwiHUECdCEeIAYgBWwiESANbCIfQQJ0ISAgESALbCIhQQJ0ISIgESAEbCIjQQJ0ISQgFCAZaiElIAIgEmohJiAAIBJqISdBACEoA0AgKCAHbCEpIBshKiAlISsgJiEsICchLUEAIS4DQCAuIClqIAhsIS8gLiALbCAPayEwQQAhMSAqITIgKyEzICwhNCAcITUgLSE2A0AgASAxIC9qIAZsQQJ0aiE3AkAgGUEBSA0AQQAhOCA0ITkgNiE6A0ACQCAXDQAgGA0AQQAhE/0MAAAAAAAAAAAAAAAAAAAAACE7/QwAAID/AACA/wAAgP8AAID/IRYgOiEAA0ACQCATIA1sIDBqIjxBAEgNACA1IRIgACERIAohFCA8IARODQADQAJAIBJBAEgNACASIAVODQAgEf0AAAAiPSAWID0gFv1EIj39UiEWIDsgPf1QITsLIBIgDmohEiARIBBqIREgFEF/aiIUDQALCyAAICBqIQAgE0EBaiITIAlHDQALIAlBAEwNACAYDQAgNyA4QQJ0av0AAAAgO/1OIT79DAAAAAAAAAAAAAAAAAAAAAAhO0EAIT8gOiEAIDkhPANAAkAgPyANbCAwaiISQQBIDQAgEiAETg0AQQAhESA1IRIgCiEUA0ACQCASQQBIDQAgEiAFTg0AIDwgEWoiEyAT/QAAACA+IDv9Tf0MAAAAAAAAAAAAAAAAAAAAACAAIBFq/QAAACAW/UH9UiI9/U795AH9CwAAID0gO/1QITsLIBIgDmohEiARIBBqIREgFEF/aiIUDQALCyAAICBqIQAgPCAgaiE8ID9BAWoiPyAJRw0ACwsgOUEQaiE5IDpBEGohOiA4QQRqIjggGUgNAAsLIDIhOSAzIUAgGSFBAkAgGg0AA0BDAACA/yFCQX8hAEEAIT8gOSE6IEAhOANAAkAgPyANbCAwaiI8QQBIDQAgNSESIDohESA4IRQgCiETIDwgBE4NAANAAkAgEkEASA0AIBIgBU4NACAUIAAgESoCACJDIEJeIjwbIQAgQyBCIDwbIUILIBIgDmohEiARIBBqIREgFCAVaiEUIBNBf2oiEw0ACwsgOiAgaiE6IDggH2ohOCA/QQFqIj8gCUcNAAsCQCAAQX9MDQAgAiAAQQJ0aiISIDcgQUECdGoqAgAgEioCAJI4AgALIDlBBGohOSBAQQFqIUAgQUEBaiJBIAZIDQALCyAyIB5qITIgMyAdaiEzIDQgHmohNCA1IAxqITUgNiAeaiE2IDFBAWoiMSAIRw0ACyAqICJqISogKyAhaiErICwgImohLCAtICJqIS0gLkEBaiIuIAdHDQALIBsgJGohGyAlICNqISUgJiAkaiEmICcgJGohJyAoQQFqIiggA0cNAAsLC+0KAwR/AXsNf0EEIQRBACEFAkAgA0EESA0AIANBfGoiBUECdkEBaiIGQQdxIQcCQAJAIAVBHE8NAEEAIQUMAQsgBkH4////B3EhBkEEIQQgASEFA0AgBf0MAAAAAAAAAAAAAAAAAAAAACII/QsAACAFQfAAaiAI/QsAACAFQeAAaiAI/QsAACAFQdAAaiAI/QsAACAFQcAAaiAI/QsAACAFQTBqIAj9CwAAIAVBIGogCP0LAAAgBUEQaiAI/QsAACAFQYABaiEFIARBIGohBCAGQXhqIgYNAAsgBEF8aiEFCyAHRQ0AA0AgASAFQQJ0av0MAAAAAAAAAAAAAAAAAAAAAP0LAAAgBCIFQQRqIQQgBSEFIAdBf2oiBw0ACyAEQXxqIQULAkAgAyAFTA0AAkAgAyAFayIGQQNNDQAgASAFQQJ0aiEEIAUgA0EDcSIJaiADayEHIAUgBiAJa2ohBQNAIAT9DAAAAAAAAAAAAAAAAAAAAAD9CwIAIARBEGohBCAHQQRqIgcNAAsgCUUNAQsgAyAFayEEIAEgBUECdGohBQNAIAVBADYCACAFQQRqIQUgBEF/aiIEDQALCwJAIAJBAUgNAAJAIANBfHEiBUEBSA0AIAMgBUF/aiIKQXxxIgRBBWoiBSADIAVKGyIFIARrQXxqIgQgBUEDcSILayEMIAAgBUECdCAKQQJ0QXBxayIFaiENIAEgBWohDiADQQJ0IQ8gAUEQaiEQIApBBHEhESAKQQJ2QQFqQf7///8HcSISQQJ0IRNBACEUIARBB0shFSAAIQkDQEEAIQdBACEFAkAgCkEDRg0AQQAhByAJIQQgASEFA0AgBSAF/QAAACAE/QAAAP3kAf0LAAAgBUEQaiIGIAb9AAAAIARBEGr9AAAA/eQB/QsAACAEQSBqIQQgBUEgaiEFIBIgB0ECaiIHRw0ACyAHQX9qIQYgEyEEIBMhBQsCQCARDQAgASAFQQJ0IgRqIgYgBv0AAAAgACAUIANsQQJ0aiAEav0AAAD95AH9CwAAIAVBBGohBCAHIQYLAkAgBCADTg0AAkAgFUUNAAJAIBAgBkEEdCIFaiANIAVqIA8gFGwiB2pPDQAgACAFaiAHakEQaiAOIAVqSQ0BCyAEQQJ0IQUgBCAMaiEEIAwhBwNAIAEgBWoiBiAJIAVq/QACACAG/QACAP3kAf0LAgAgBUEQaiEFIAdBfGoiBw0ACyALRQ0BCyAEQQJ0IQUDQCABIAVqIgcgCSAFaioCACAHKgIAkjgCACAFQQRqIQUgBEEBaiIEIANIDQALCyAJIA9qIQkgFEEBaiIUIAJHDQAMAgsLIANBAUgNAEEAIRIgA0EDcSEUIANB/P///wdxIQ8gA0EESSAAIAMgAmxBAnRqIAFLIAEgA0ECdCIKaiAAS3EgCkEASHJyIREDQEEAIQYCQAJAIBENACAPIQcgASEFIAAhBANAIAUgBP0AAgAgBf0AAgD95AH9CwIAIAVBEGohBSAEQRBqIQQgB0F8aiIHDQALIA8hBiAPIANGDQELIAYhCQJAIBRFDQAgFCAGaiEJIAZBAnQhBSAUIQQDQCABIAVqIgcgACAFaioCACAHKgIAkjgCACAFQQRqIQUgBEF/aiIEDQALCyAGIANrQXxLDQAgCUECdCEEIAMgCWshBgNAIAEgBGoiBSAAIARqIgcqAgAgBSoCAJI4AgAgBUEEaiIJIAdBBGoqAgAgCSoCAJI4AgAgBUEIaiIJIAdBCGoqAgAgCSoCAJI4AgAgBUEMaiIFIAdBDGoqAgAgBSoCAJI4AgAgBEEQaiEEIAZBfGoiBg0ACwsgACAKaiEAIBJBAWoiEiACRw0ACwsLyigEFX8OewR/AX0gBEF8cSEKAkAgBEF4cSILQQFIDQAgB0EDdCEMIAZBBHQhDSAHQQJ0IQ4gBkECdCEPIAVBAXEhECAFQf7///8HcSERIAVBf2ohEiAGQQxsIRMgBkEDdCEUQQAhFSABIRYDQEEAIRcCQCADQQRIDQAgAiAVQQJ0aiEYQQAhF0EEIRkgACEaIAAhGwNAIBchHCAZIRcCQAJAAkAgCUUNACAFQQFIDQEgFiEdIBshGSAFIR79DAAAAAAAAAAAAAAAAAAAAAAiHyEgIB8hISAfISIgHyEjIB8hJCAfISUgHyEmA0AgGf0JAAAiJyAd/QAAACIoIB/9hQIhHyAZQQxq/QkAACIpIB1BEGr9AAAAIiogJv2FAiEmIBlBCGr9CQAAIisgKiAk/YUCISQgGUEEav0JAAAiLCAqICL9hQIhIiApICggJf2FAiElICsgKCAj/YUCISMgLCAoICH9hQIhISAnICogIP2FAiEgIB0gDmohHSAZIA9qIRkgHkF/aiIeDQAMAwsLIAVBAUgNACAWIR0gGiEZIAUhHv0MAAAAAAAAAAAAAAAAAAAAACIfISAgHyEhIB8hIiAfISMgHyEkIB8hJSAfISYDQCAZ/QkAACInIB39AAAAIiggH/2FAiEfIBkgE2r9CQAAIikgHUEQav0AAAAiKiAm/YUCISYgGSAUav0JAAAiKyAqICT9hQIhJCAZIA9q/QkAACIsICogIv2FAiEiICkgKCAl/YUCISUgKyAoICP9hQIhIyAsICggIf2FAiEhICcgKiAg/YUCISAgHSAOaiEdIBlBBGohGSAeQX9qIh4NAAwCCwv9DAAAAAAAAAAAAAAAAAAAAAAiHyEgIB8hISAfISIgHyEjIB8hJCAfISUgHyEmCyAYIBwgCGxBAnRqIhkgIP0LABAgGSAf/QsAACAYIBxBAXIgCGxBAnRqIhkgIv0LABAgGSAh/QsAACAYIBxBAnIgCGxBAnRqIhkgJP0LABAgGSAj/QsAACAYIBxBA3IgCGxBAnRqIhkgJv0LABAgGSAl/QsAACAaIA1qIRogG0EQaiEbIBdBBGoiGSADTA0ACwsCQAJAAkACQAJAAkACQAJAAkAgF0F/cyADag4DAgEACAsCQCAJRQ0AIAVBAUgNBSAAIBdBAnRqIRkgFiEdIAUhHv0MAAAAAAAAAAAAAAAAAAAAACIoISogKCEfICghICAoISEgKCEiA0AgGf0JAAAiJSAd/QAAACIjICL9hQIhIiAZQQhq/QkAACImIB1BEGr9AAAAIiQgKP2FAiEoIBlBBGr9CQAAIicgJCAf/YUCIR8gJiAjICr9hQIhKiAnICMgIP2FAiEgICUgJCAh/YUCISEgHSAOaiEdIBkgD2ohGSAeQX9qIh4NAAwHCwsgBUEBSA0EIAAgFyAGbEECdGohHSAAIAYgF0ECdCIZQQRqbGohHiAAIAYgGUEIamxqIRwgFiEZIAUhGP0MAAAAAAAAAAAAAAAAAAAAACIoISogKCEfICghICAoISEgKCEiA0AgHP0JAAAiJCAZ/QAAACIjICr9hQIhKiAe/QkAACIlICMgIP2FAiEgIB39CQAAIiYgIyAi/YUCISIgJCAZQRBq/QAAACIjICj9hQIhKCAlICMgH/2FAiEfICYgIyAh/YUCISEgGSAOaiEZIB5BBGohHiAdQQRqIR0gHEEEaiEcIBhBf2oiGA0ADAYLCwJAIAlFDQAgBUEBSA0CIAAgF0ECdGohGSAWIR0gBSEe/QwAAAAAAAAAAAAAAAAAAAAAIighKiAoIR8gKCEgA0AgGf0JAAAiISAd/QAAACIiICD9hQIhICAZQQRq/QkAACIjIB1BEGr9AAAAIiQgKP2FAiEoICMgIiAq/YUCISogISAkIB/9hQIhHyAdIA5qIR0gGSAPaiEZIB5Bf2oiHg0ADAQLCyAFQQFIDQEgACAXIAZsQQJ0aiEdIAAgBiAXQQJ0QQRqbGohHiAWIRkgBSEc/QwAAAAAAAAAAAAAAAAAAAAAIighKiAoIR8gKCEgA0AgHv0JAAAiISAZ/QAAACIiICr9hQIhKiAd/QkAACIjICIgIP2FAiEgICEgGUEQav0AAAAiIiAo/YUCISggIyAiIB/9hQIhHyAZIA5qIRkgHkEEaiEeIB1BBGohHSAcQX9qIhwNAAwDCwsgASAVQQJ0IhhqIR0CQAJAAkACQCAJRQ0AIAVBAUgNAiAAIBdBAnRqIRn9DAAAAAAAAAAAAAAAAAAAAAAhKgJAIBINACAqISgMAgsgESEcIBYhHiAqISgDQCAZIA9q/QkAACIfIB4iHSAOaiIeQRBq/QAAACAZ/QkAACIgIB1BEGr9AAAAICj9hQL9hQIhKCAfIB79AAAAICAgHf0AAAAgKv2FAv2FAiEqIBkgFGohGSAeIA5qIR4gHEF+aiIcDQALIB0gDGohHQwBCyAFQQFIDQEgACAXIAZsQQJ0aiEbQQAhHP0MAAAAAAAAAAAAAAAAAAAAACEqAkACQCASDQAgKiEoDAELIBYhHiAbIRkgKiEoA0AgGUEEav0JAAAiHyAeIh0gDmoiHkEQav0AAAAgGf0JAAAiICAdQRBq/QAAACAo/YUC/YUCISggHyAe/QAAACAgIB39AAAAICr9hQL9hQIhKiAZQQhqIRkgHiAOaiEeIBEgHEECaiIcRw0ACyAdIAxqIR0LIBBFDQIgGyAcQQJ0av0JAAAiHyAd/QAAECAo/YUCISggHyAd/QAAACAq/YUCISoMAgsgEEUNASAZ/QkAACIfIB39AAAQICj9hQIhKCAfIB39AAAAICr9hQIhKgwBC/0MAAAAAAAAAAAAAAAAAAAAACIqISgLIAIgFyAIbEECdGogGGoiGSAq/QsAAAwEC/0MAAAAAAAAAAAAAAAAAAAAACIoISogKCEfICghIAsgAiAVQQJ0aiIZIBcgCGxBAnRqIh0gH/0LABAgHSAg/QsAACAZIBdBAXIgCGxBAnRqIhkgKv0LAAAMAgv9DAAAAAAAAAAAAAAAAAAAAAAiKCEqICghHyAoISAgKCEhICghIgsgAiAVQQJ0aiIZIBcgCGxBAnRqIh0gIf0LABAgHSAi/QsAACAZIBdBAXIgCGxBAnRqIh0gH/0LABAgHSAg/QsAACAZIBdBAnIgCGxBAnRqIhkgKv0LAAALIBkgKP0LABALIBZBIGohFiAVQQhqIhUgC0gNAAsLAkAgCyAKTg0AQQAhFwJAIANBBEgNACAGQQR0IQ0gB0ECdCEOIAZBAnQhDyAGQQxsIRQgBkEDdCETIAIgC0ECdCIZaiEYIAEgGWohFUEAIRcgBUEBSCEWIAAhGiAAIRtBBCEZA0AgFyEcIBkhFwJAAkACQCAJRQ0AIBYNASAVIR0gGyEZIAUhHv0MAAAAAAAAAAAAAAAAAAAAACIqIR8gKiEgICohIQNAIBn9CQAAIB39AAAAIiggKv2FAiEqIBlBDGr9CQAAICggIf2FAiEhIBlBCGr9CQAAICggIP2FAiEgIBlBBGr9CQAAICggH/2FAiEfIB0gDmohHSAZIA9qIRkgHkF/aiIeDQAMAwsLIBYNACAVIR0gGiEZIAUhHv0MAAAAAAAAAAAAAAAAAAAAACIqIR8gKiEgICohIQNAIBn9CQAAIB39AAAAIiggKv2FAiEqIBkgFGr9CQAAICggIf2FAiEhIBkgE2r9CQAAICggIP2FAiEgIBkgD2r9CQAAICggH/2FAiEfIB0gDmohHSAZQQRqIRkgHkF/aiIeDQAMAgsL/QwAAAAAAAAAAAAAAAAAAAAAIiohHyAqISAgKiEhCyAYIBwgCGxBAnRqICr9CwAAIBggHEEBciAIbEECdGogH/0LAAAgGCAcQQJyIAhsQQJ0aiAg/QsAACAYIBxBA3IgCGxBAnRqICH9CwAAIBogDWohGiAbQRBqIRsgF0EEaiIZIANMDQALCwJAAkACQAJAAkACQAJAIBdBf3MgA2oOAwIBAAcLIAEgC0ECdGohHQJAIAlFDQAgBUEBSA0FIAdBAnQhDiAGQQJ0IQ8gACAXQQJ0aiEZIAUhHv0MAAAAAAAAAAAAAAAAAAAAACIoISogKCEfA0AgGf0JAAAgHf0AAAAiICAo/YUCISggGUEIav0JAAAgICAf/YUCIR8gGUEEav0JAAAgICAq/YUCISogHSAOaiEdIBkgD2ohGSAeQX9qIh4NAAwHCwsgBUEBSA0EIAAgFyAGbEECdGohGSAHQQJ0IRQgACAGIBdBAnQiDkEEamxqIR4gACAGIA5BCGpsaiEOIAUhD/0MAAAAAAAAAAAAAAAAAAAAACIoISogKCEfA0AgDv0JAAAgHf0AAAAiICAf/YUCIR8gHv0JAAAgICAq/YUCISogGf0JAAAgICAo/YUCISggHSAUaiEdIB5BBGohHiAZQQRqIRkgDkEEaiEOIA9Bf2oiDw0ADAYLCyABIAtBAnRqIRkCQCAJRQ0AIAVBAUgNAiAHQQJ0IQ4gBkECdCEPIAAgF0ECdGohHSAFIR79DAAAAAAAAAAAAAAAAAAAAAAiKCEqA0AgHf0JAAAgGf0AAAAiHyAo/YUCISggHUEEav0JAAAgHyAq/YUCISogGSAOaiEZIB0gD2ohHSAeQX9qIh4NAAwECwsgBUEBSA0BIAAgFyAGbEECdGohHSAHQQJ0IQ8gACAGIBdBAnRBBGpsaiEeIAUhDv0MAAAAAAAAAAAAAAAAAAAAACIoISoDQCAe/QkAACAZ/QAAACIfICr9hQIhKiAd/QkAACAfICj9hQIhKCAZIA9qIRkgHkEEaiEeIB1BBGohHSAOQX9qIg4NAAwDCwsgASALQQJ0aiEZAkACQCAJRQ0AAkAgBUEBTg0A/QwAAAAAAAAAAAAAAAAAAAAAISgMAgsgBUEBcSEcIAAgF0ECdGohHQJAAkAgBUEBRw0A/QwAAAAAAAAAAAAAAAAAAAAAISgMAQsgB0ECdCEOIAdBA3QhDyAGQQJ0IRQgBkEDdCETIAVB/v///wdxIR79DAAAAAAAAAAAAAAAAAAAAAAhKANAIB0gFGr9CQAAIBkgDmr9AAAAIB39CQAAIBn9AAAAICj9hQL9hQIhKCAZIA9qIRkgHSATaiEdIB5BfmoiHg0ACwsgHEUNASAd/QkAACAZ/QAAACAo/YUCISgMAQsCQCAFQQFODQD9DAAAAAAAAAAAAAAAAAAAAAAhKAwBCyAAIBcgBmxBAnRqIRMgBUEBcSEcAkACQCAFQQFHDQD9DAAAAAAAAAAAAAAAAAAAAAAhKEEAIR4MAQsgB0ECdCEOIAdBA3QhDyAFQf7///8HcSEU/QwAAAAAAAAAAAAAAAAAAAAAIShBACEeIBMhHQNAIB1BBGr9CQAAIBkgDmr9AAAAIB39CQAAIBn9AAAAICj9hQL9hQIhKCAZIA9qIRkgHUEIaiEdIBQgHkECaiIeRw0ACwsgHEUNACATIB5BAnRq/QkAACAZ/QAAACAo/YUCISgLIAIgFyAIbEECdGogC0ECdGogKP0LAAAMBAv9DAAAAAAAAAAAAAAAAAAAAAAiKCEqCyACIAtBAnRqIhkgFyAIbEECdGogKP0LAAAgGSAXQQFyIAhsQQJ0aiAq/QsAAAwCC/0MAAAAAAAAAAAAAAAAAAAAACIoISogKCEfCyACIAtBAnRqIhkgFyAIbEECdGogKP0LAAAgGSAXQQFyIAhsQQJ0aiAq/QsAACAZIBdBAnIgCGxBAnRqIB/9CwAACwJAIAogBEYNACADQQNLIAhBAUZxIS0gB0EDdCEOIAdBAnQhDyAGQQN0IRwgBkECdCETIAhBAnQhFSAIQQR0IREgBUEBcSEaIAVB/v///wdxIRQgA0H8////B3EhEiAFQX9qIQ0gA0EDcSIMQQFqIS4gDEECaiEvIAxBA2ohMCABIARBAnRBcHEiGWohFiACIBlqIQsgBUEASiEQA0ACQCADQQFIDQACQAJAIBANAEEAIRsgEiEdIAshGSAtRQ0BA0AgGf0MAAAAAAAAAAAAAAAAAAAAAP0LAgAgGUEQaiEZIB1BfGoiHQ0ACyASIRsgEiADRw0BDAILIAIgCkECdCIZaiEbIAEgGWohBQJAIAlFDQBBACEYIAAhFwNAAkACQCANDQBDAAAAACExQQAhHgwBC0MAAAAAITFBACEeIBYhGSAXIR0DQCAdIBNqKgIAIBkgD2oqAgCUIB0qAgAgGSoCAJQgMZKSITEgGSAOaiEZIB0gHGohHSAUIB5BAmoiHkcNAAsLAkAgGkUNACAAIBhBAnRqIB4gBmxBAnRqKgIAIAUgHiAHbEECdGoqAgCUIDGSITELIBsgGCAIbEECdGogMTgCACAXQQRqIRcgGEEBaiIYIANHDQAMAwsLQQAhGCAAIRcDQEMAAAAAITFBACEeAkAgDUUNACAWIRkgFyEdA0AgHUEEaioCACAZIA9qKgIAlCAdKgIAIBkqAgCUIDGSkiExIBkgDmohGSAdQQhqIR0gFCAeQQJqIh5HDQALCwJAIBpFDQAgACAYIAZsQQJ0aiAeQQJ0aioCACAFIB4gB2xBAnRqKgIAlCAxkiExCyAbIBggCGxBAnRqIDE4AgAgFyATaiEXIBhBAWoiGCADRw0ADAILCyAbIRgCQCAMRQ0AIAwgG2ohGCALIBUgG2xqIRkgDCEdA0AgGUEANgIAIBkgFWohGSAdQX9qIh0NAAsLIBsgA2tBfEsNACAVIBhsIR4gAyAYayEdIBUgLiAbamwhGCAVIC8gG2psIRcgFSAwIBtqbCEbIAshGQNAIBkgHmpBADYCACAZIBhqQQA2AgAgGSAXakEANgIAIBkgG2pBADYCACAZIBFqIRkgHUF8aiIdDQALCyAWQQRqIRYgC0EEaiELIApBAWoiCiAESA0ACwsL9gYDEH8GewF/IANBfHEhBAJAIAJBfHEiBUEBSA0AIARBAUgNACADQQJ0IQYgA0EDdCEHIANBBHQhCCADQQxsIQkgAkECdCEKIAJBA3QhCyACQQR0IQwgAkEMbCENQQAhDiAAIQ8gASEQA0AgDyERIBAhEkEAIRMDQCASIBH9AAAAIhQgESAGav0AAAAiFf0NAAECAxAREhMEBQYHFBUWFyIWIBEgB2r9AAAAIhcgESAJav0AAAAiGP0NAAECAxAREhMEBQYHFBUWFyIZ/Q0AAQIDBAUGBxAREhMUFRYX/QsAACASIApqIBYgGf0NCAkKCwwNDg8YGRobHB0eH/0LAAAgEiALaiAUIBX9DQgJCgsYGRobDA0ODxwdHh8iFCAXIBj9DQgJCgsYGRobDA0ODxwdHh8iFf0NAAECAwQFBgcQERITFBUWF/0LAAAgEiANaiAUIBX9DQgJCgsMDQ4PGBkaGxwdHh/9CwAAIBFBEGohESASIAxqIRIgE0EEaiITIARIDQALIA8gCGohDyAQQRBqIRAgDkEEaiIOIAVIDQALCwJAIAJBAUgNACACQQJ0IQYgAkEEdCEMIAEgAGshDiADQQNxIhAgA2shGkEEIANBAnQiD2shCEEAIQ0DQAJAIAMgBEEAIA0gBUgbIglMDQACQCADIAlrIgdBBEkNACACQQFHDQAgDiAIIA1sakEPTQ0AIBogCWohEyABIAlBAnQiEmohESAAIBJqIRIgCSAHIBBraiEJA0AgESAS/QACAP0LAgAgEUEQaiERIBJBEGohEiATQQRqIhMNAAsgEEUNAQsgCSEKAkAgAyAJa0EDcSILRQ0AIAkgC2ohCiAAIAlBAnRqIREgASAGIAlsaiESIAshEwNAIBIgESoCADgCACARQQRqIREgEiAGaiESIBNBf2oiEw0ACwsgCSADa0F8Sw0AIAYgCmwhByADIAprIRMgACAKQQJ0aiERIAYgCSALaiISQQFqbCEJIAYgEkECamwhCiAGIBJBA2psIQsgASESA0AgEiAHaiARKgIAOAIAIBIgCWogEUEEaioCADgCACASIApqIBFBCGoqAgA4AgAgEiALaiARQQxqKgIAOAIAIBFBEGohESASIAxqIRIgE0F8aiITDQALCyABQQRqIQEgACAPaiEAIA1BAWoiDSACRw0ACwsLmhAEFn8BewF9Cn8CQCAIIAJsIg5BAUgNACAJIANsIg9BAUgNACAKIARsIhBBAUgNACALIAVsIhFBAUgNACAMIAZsIhJBAUgNACANIAdsIQsgByAGbCETAkACQCAHQQFHDQAgC0EESA0BIAsgC0H8////B3EiCEEBciIJIAsgCUobIgkgCGsiFCAJQQNxIhVrIRYgCUH8////B3EgCGshFyALQQJ0IRggC0F8aiIIQQJ2QQFqIglB+P///wdxIQ0gCUEHcSIHQQJ0IRlBACEaIAhBHEkhGwNAIBogAm8gA2whHEEAIR0DQCAcIB0gA29qIARsIR5BACEfA0AgHiAfIARvaiAFbCEgQQAhIQNAIAAgEyAgICEgBW9qbEECdGohIkEAIQwDQCAiIAwgBm9BAnRqIiP9CQAAISRBBCEJQQAhCAJAIBsNAEEEIQkgDSEKIAEhCANAIAggJP0LAAAgCEHwAGogJP0LAAAgCEHgAGogJP0LAAAgCEHQAGogJP0LAAAgCEHAAGogJP0LAAAgCEEwaiAk/QsAACAIQSBqICT9CwAAIAhBEGogJP0LAAAgCEGAAWohCCAJQSBqIQkgCkF4aiIKDQALIAlBfGohCAsCQCAHRQ0AIBkhCgNAIAEgCEECdGogJP0LAAAgCSIIQQRqIQkgCCEIIApBfGoiCg0ACyAJQXxqIQgLAkAgCCALTg0AICMqAgAhJQJAAkAgFEEDSw0AIAghCQwBCyAIIBZqIQkgASAIQQJ0aiEIICX9EyEkIBchCgNAIAggJP0LAgAgCEEQaiEIIApBfGoiCg0ACyAVRQ0BCyABIAlBAnRqIQgDQCAIICU4AgAgCEEEaiEIIAlBAWoiCSALSA0ACwsgASAYaiEBIAxBAWoiDCASRw0ACyAhQQFqIiEgEUcNAAsgH0EBaiIfIBBHDQALIB1BAWoiHSAPRw0ACyAaQQFqIhogDkcNAAwDCwsgDUEBSA0BAkAgB0EESA0AIAcgB0H8////B3EiCEEBciIJIAcgCUobIgkgCGsiCiAJQQNxIh9rIR4gCUH8////B3EgCGshHSAHQQJ0IRQgBkECdCEmIAtBAnQhGiAHQXxqIghBAnZBAWoiCUH8////B3EhFyAJQQNxIRlBACEnIAhBDEkhFSAKQQRJISEgASEWA0AgJyACbyADbCEoQQAhKQNAICggKSADb2ogBGwhKkEAISsDQCAqICsgBG9qIAVsISxBACEtA0AgJiAsIC0gBW9qIghsIS4gACATIAhsQQJ0aiEvQQAhHANAIBogHGwgAWogLiAcIAZvIghBAnRqIAdsIABqIhhrISAgLyAIIAdsQQJ0aiEMIBYhI0EAIRsDQAJAAkAgFUUNAEEAIQlBBCEIDAELQQQhCEEAIQkgFyEiA0AgIyAJaiIKIBggCWoiC/0AAAD9CwAAIApBEGogC0EQav0AAAD9CwAAIApBIGogC0Egav0AAAD9CwAAIApBMGogC0Ewav0AAAD9CwAAIAlBwABqIQkgCEEQaiEIICJBfGoiIg0ACyAIQXxqIQkLAkAgGUUNACAWIBsgB2xBAnRqIQsgGSEKA0AgCyAJQQJ0IglqIAwgCWr9AAAA/QsAACAIIglBBGohCCAJIQkgCkF/aiIKDQALIAhBfGohCQsCQCAJIAdODQACQCAhDQAgICAUIBtsakEPTQ0AIAlBAnQhCCAJIB5qIQkgHSEKA0AgIyAIaiAMIAhq/QACAP0LAgAgCEEQaiEIIApBfGoiCg0ACyAfRQ0BCyAJQQJ0IQgDQCAjIAhqIAwgCGoqAgA4AgAgCEEEaiEIIAlBAWoiCSAHSA0ACwsgIyAUaiEjIBtBAWoiGyANRw0ACyAWIBpqIRYgHEEBaiIcIBJHDQALIBYhASAtQQFqIi0gEUcNAAsgFiEBICtBAWoiKyAQRw0ACyAWIQEgKUEBaiIpIA9HDQALIBYhASAnQQFqIicgDkcNAAwDCwsgB0EBSA0BIAdBAnQhDCALQQJ0ISJBACEXA0AgFyACbyADbCEWQQAhFQNAIBYgFSADb2ogBGwhFEEAIRkDQCAUIBkgBG9qIAVsIRtBACEYA0AgACATIBsgGCAFb2psQQJ0aiEjQQAhCwNAICMgCyAGbyAHbEECdGohCSABIQggDSEKA0AgCCAJKgIAOAIAIAhBBGogCSoCBDgCAAJAIAdBAkYNACAIQQhqIAkqAgg4AgALIAggDGohCCAKQX9qIgoNAAsgASAiaiEBIAtBAWoiCyASRw0ACyAYQQFqIhggEUcNAAsgGUEBaiIZIBBHDQALIBVBAWoiFSAPRw0ACyAXQQFqIhcgDkcNAAwCCwsgC0EBSA0AIAtB/P///wdxIQwgC0ECdCEiQQAhFiALQQRJIRgDQCAWIAJvIANsIRVBACENA0AgFSANIANvaiAEbCEUQQAhGQNAIBQgGSAEb2ogBWwhG0EAIQcDQCAAIBMgGyAHIAVvamxBAnRqISNBACEKA0AgIyAKIAZvQQJ0aioCACElQQAhCAJAAkAgGA0AICX9EyEkIAwhCSABIQgDQCAIICT9CwIAIAhBEGohCCAJQXxqIgkNAAsgDCEIIAsgDEYNAQsgCyAIayEJIAEgCEECdGohCANAIAggJTgCACAIQQRqIQggCUF/aiIJDQALCyABICJqIQEgCkEBaiIKIBJHDQALIAdBAWoiByARRw0ACyAZQQFqIhkgEEcNAAsgDUEBaiINIA9HDQALIBZBAWoiFiAORw0ACwsLmSYBEn8CQAJAAkACQAJAAkAgBQ4DAgMAAQsgA0EBSA0EIAYNAyAEQQJ0IQcgBEF/aiEIIAIgAWshCSAEQQNxIgogBGshCyAEQXxqIgxBBHEhDSAMQQJ2QQFqQf7///8HcSEOQQAhDyACIABrQRBJIRAgAiEGIAAhEQNAIAIgDyAEbEECdCIFaiESIAAgBWohE0EAIRQCQCAEQQRIDQBBBCEVQQAhFAJAIAxBBEkNAEEEIRVBACEFIA4hFANAIAYgBWoiFiARIAVqIhf9AAAAIAEgBWoiGP0AAAD95gH9CwAAIBZBEGogF0EQav0AAAAgGEEQav0AAAD95gH9CwAAIAVBIGohBSAVQQhqIRUgFEF+aiIUDQALIBVBfGohFAsgDQ0AIBIgFEECdCIFaiATIAVq/QAAACABIAVq/QAAAP3mAf0LAAAgFSEUCwJAIAQgFEwNAAJAIAQgFGsiFkEESQ0AIBANACAJIAcgD2xqQQ9NDQAgFEECdCEFIAsgFGohFSAUIBYgCmtqIRQDQCAGIAVqIBEgBWr9AAIAIAEgBWr9AAIA/eYB/QsCACAFQRBqIQUgFUEEaiIVDQALIApFDQELIBQhFQJAIAQgFGtBAXFFDQAgEiAUQQJ0IgVqIBMgBWoqAgAgASAFaioCAJQ4AgAgFEEBaiEVCyAUIAhGDQAgFUECdCEFIAQgFWshFQNAIAYgBWoiFCARIAVqIhYqAgAgASAFaiIXKgIAlDgCACAUQQRqIBZBBGoqAgAgF0EEaioCAJQ4AgAgBUEIaiEFIBVBfmoiFQ0ACwsgBiAHaiEGIBEgB2ohESAPQQFqIg8gA0cNAAwFCwsgA0EBSA0DAkAgBkUNACAEQQJ0IQcgBEF/aiEIIAIgAWshECAEQQNxIgogBGshCyAEQXxqIgxBBHEhDSAMQQJ2QQFqQf7///8HcSEOQQAhDyACIABrQQ9LIQkgAiEGIAAhEQNAIAIgDyAEbEECdCIFaiESIAAgBWohE0EAIRQCQCAEQQRIDQBBBCEVQQAhFAJAIAxBBEkNAEEEIRVBACEFIA4hFANAIAYgBWoiFiABIAVqIhf9AAAAIBEgBWoiGP0AAAD95wH9CwAAIBZBEGogF0EQav0AAAAgGEEQav0AAAD95wH9CwAAIAVBIGohBSAVQQhqIRUgFEF+aiIUDQALIBVBfGohFAsgDQ0AIBIgFEECdCIFaiABIAVq/QAAACATIAVq/QAAAP3nAf0LAAAgFSEUCwJAIAQgFEwNAAJAIAQgFGsiFkEESQ0AIBAgByAPbGpBEEkNACAJRQ0AIBRBAnQhBSALIBRqIRUgFCAWIApraiEUA0AgBiAFaiABIAVq/QACACARIAVq/QACAP3nAf0LAgAgBUEQaiEFIBVBBGoiFQ0ACyAKRQ0BCyAUIRUCQCAEIBRrQQFxRQ0AIBIgFEECdCIFaiABIAVqKgIAIBMgBWoqAgCVOAIAIBRBAWohFQsgFCAIRg0AIBVBAnQhBSAEIBVrIRUDQCAGIAVqIhQgASAFaiIWKgIAIBEgBWoiFyoCAJU4AgAgFEEEaiAWQQRqKgIAIBdBBGoqAgCVOAIAIAVBCGohBSAVQX5qIhUNAAsLIAYgB2ohBiARIAdqIREgD0EBaiIPIANHDQAMBQsLIARBAnQhByAEQX9qIQggAiABayEJIARBA3EiCiAEayELIARBfGoiDEEEcSENIAxBAnZBAWpB/v///wdxIQ5BACEPIAIgAGtBEEkhECACIQYgACERA0AgAiAPIARsQQJ0IgVqIRIgACAFaiETQQAhFAJAIARBBEgNAEEEIRVBACEUAkAgDEEESQ0AQQQhFUEAIQUgDiEUA0AgBiAFaiIWIBEgBWoiF/0AAAAgASAFaiIY/QAAAP3nAf0LAAAgFkEQaiAXQRBq/QAAACAYQRBq/QAAAP3nAf0LAAAgBUEgaiEFIBVBCGohFSAUQX5qIhQNAAsgFUF8aiEUCyANDQAgEiAUQQJ0IgVqIBMgBWr9AAAAIAEgBWr9AAAA/ecB/QsAACAVIRQLAkAgBCAUTA0AAkAgBCAUayIWQQRJDQAgEA0AIAkgByAPbGpBD00NACAUQQJ0IQUgCyAUaiEVIBQgFiAKa2ohFANAIAYgBWogESAFav0AAgAgASAFav0AAgD95wH9CwIAIAVBEGohBSAVQQRqIhUNAAsgCkUNAQsgFCEVAkAgBCAUa0EBcUUNACASIBRBAnQiBWogEyAFaioCACABIAVqKgIAlTgCACAUQQFqIRULIBQgCEYNACAVQQJ0IQUgBCAVayEVA0AgBiAFaiIUIBEgBWoiFioCACABIAVqIhcqAgCVOAIAIBRBBGogFkEEaioCACAXQQRqKgIAlTgCACAFQQhqIQUgFUF+aiIVDQALCyAGIAdqIQYgESAHaiERIA9BAWoiDyADRw0ADAQLCyADQQFIDQICQCAGRQ0AIARBAnQhByAEQX9qIQggAiABayEQIARBA3EiCiAEayELIARBfGoiDEEEcSENIAxBAnZBAWpB/v///wdxIQ5BACEPIAIgAGtBD0shCSACIQYgACERA0AgAiAPIARsQQJ0IgVqIRIgACAFaiETQQAhFAJAIARBBEgNAEEEIRVBACEUAkAgDEEESQ0AQQQhFUEAIQUgDiEUA0AgBiAFaiIWIAEgBWoiF/0AAAAgESAFaiIY/QAAAP3kAf0LAAAgFkEQaiAXQRBq/QAAACAYQRBq/QAAAP3kAf0LAAAgBUEgaiEFIBVBCGohFSAUQX5qIhQNAAsgFUF8aiEUCyANDQAgEiAUQQJ0IgVqIAEgBWr9AAAAIBMgBWr9AAAA/eQB/QsAACAVIRQLAkAgBCAUTA0AAkAgBCAUayIWQQRJDQAgECAHIA9sakEQSQ0AIAlFDQAgFEECdCEFIAsgFGohFSAUIBYgCmtqIRQDQCAGIAVqIAEgBWr9AAIAIBEgBWr9AAIA/eQB/QsCACAFQRBqIQUgFUEEaiIVDQALIApFDQELIBQhFQJAIAQgFGtBAXFFDQAgEiAUQQJ0IgVqIAEgBWoqAgAgEyAFaioCAJI4AgAgFEEBaiEVCyAUIAhGDQAgFUECdCEFIAQgFWshFQNAIAYgBWoiFCABIAVqIhYqAgAgESAFaiIXKgIAkjgCACAUQQRqIBZBBGoqAgAgF0EEaioCAJI4AgAgBUEIaiEFIBVBfmoiFQ0ACwsgBiAHaiEGIBEgB2ohESAPQQFqIg8gA0cNAAwECwsgBEECdCEHIARBf2ohCCACIAFrIQkgBEEDcSIKIARrIQsgBEF8aiIMQQRxIQ0gDEECdkEBakH+////B3EhDkEAIQ8gAiAAa0EQSSEQIAIhBiAAIREDQCACIA8gBGxBAnQiBWohEiAAIAVqIRNBACEUAkAgBEEESA0AQQQhFUEAIRQCQCAMQQRJDQBBBCEVQQAhBSAOIRQDQCAGIAVqIhYgESAFaiIX/QAAACABIAVqIhj9AAAA/eQB/QsAACAWQRBqIBdBEGr9AAAAIBhBEGr9AAAA/eQB/QsAACAFQSBqIQUgFUEIaiEVIBRBfmoiFA0ACyAVQXxqIRQLIA0NACASIBRBAnQiBWogEyAFav0AAAAgASAFav0AAAD95AH9CwAAIBUhFAsCQCAEIBRMDQACQCAEIBRrIhZBBEkNACAQDQAgCSAHIA9sakEPTQ0AIBRBAnQhBSALIBRqIRUgFCAWIApraiEUA0AgBiAFaiARIAVq/QACACABIAVq/QACAP3kAf0LAgAgBUEQaiEFIBVBBGoiFQ0ACyAKRQ0BCyAUIRUCQCAEIBRrQQFxRQ0AIBIgFEECdCIFaiATIAVqKgIAIAEgBWoqAgCSOAIAIBRBAWohFQsgFCAIRg0AIBVBAnQhBSAEIBVrIRUDQCAGIAVqIhQgESAFaiIWKgIAIAEgBWoiFyoCAJI4AgAgFEEEaiAWQQRqKgIAIBdBBGoqAgCSOAIAIAVBCGohBSAVQX5qIhUNAAsLIAYgB2ohBiARIAdqIREgD0EBaiIPIANHDQAMAwsLIANBAUgNAQJAIAZFDQAgBEECdCEHIARBf2ohCCACIAFrIRAgBEEDcSIKIARrIQsgBEF8aiIMQQRxIQ0gDEECdkEBakH+////B3EhDkEAIQ8gAiAAa0EPSyEJIAIhBiAAIREDQCACIA8gBGxBAnQiBWohEiAAIAVqIRNBACEUAkAgBEEESA0AQQQhFUEAIRQCQCAMQQRJDQBBBCEVQQAhBSAOIRQDQCAGIAVqIhYgASAFaiIX/QAAACARIAVqIhj9AAAA/eUB/QsAACAWQRBqIBdBEGr9AAAAIBhBEGr9AAAA/eUB/QsAACAFQSBqIQUgFUEIaiEVIBRBfmoiFA0ACyAVQXxqIRQLIA0NACASIBRBAnQiBWogASAFav0AAAAgEyAFav0AAAD95QH9CwAAIBUhFAsCQCAEIBRMDQACQCAEIBRrIhZBBEkNACAQIAcgD2xqQRBJDQAgCUUNACAUQQJ0IQUgCyAUaiEVIBQgFiAKa2ohFANAIAYgBWogASAFav0AAgAgESAFav0AAgD95QH9CwIAIAVBEGohBSAVQQRqIhUNAAsgCkUNAQsgFCEVAkAgBCAUa0EBcUUNACASIBRBAnQiBWogASAFaioCACATIAVqKgIAkzgCACAUQQFqIRULIBQgCEYNACAVQQJ0IQUgBCAVayEVA0AgBiAFaiIUIAEgBWoiFioCACARIAVqIhcqAgCTOAIAIBRBBGogFkEEaioCACAXQQRqKgIAkzgCACAFQQhqIQUgFUF+aiIVDQALCyAGIAdqIQYgESAHaiERIA9BAWoiDyADRw0ADAMLCyAEQQJ0IQcgBEF/aiEIIAIgAWshCSAEQQNxIgogBGshCyAEQXxqIgxBBHEhDSAMQQJ2QQFqQf7///8HcSEOQQAhDyACIABrQRBJIRAgAiEGIAAhEQNAIAIgDyAEbEECdCIFaiESIAAgBWohE0EAIRQCQCAEQQRIDQBBBCEVQQAhFAJAIAxBBEkNAEEEIRVBACEFIA4hFANAIAYgBWoiFiARIAVqIhf9AAAAIAEgBWoiGP0AAAD95QH9CwAAIBZBEGogF0EQav0AAAAgGEEQav0AAAD95QH9CwAAIAVBIGohBSAVQQhqIRUgFEF+aiIUDQALIBVBfGohFAsgDQ0AIBIgFEECdCIFaiATIAVq/QAAACABIAVq/QAAAP3lAf0LAAAgFSEUCwJAIAQgFEwNAAJAIAQgFGsiFkEESQ0AIBANACAJIAcgD2xqQQ9NDQAgFEECdCEFIAsgFGohFSAUIBYgCmtqIRQDQCAGIAVqIBEgBWr9AAIAIAEgBWr9AAIA/eUB/QsCACAFQRBqIQUgFUEEaiIVDQALIApFDQELIBQhFQJAIAQgFGtBAXFFDQAgEiAUQQJ0IgVqIBMgBWoqAgAgASAFaioCAJM4AgAgFEEBaiEVCyAUIAhGDQAgFUECdCEFIAQgFWshFQNAIAYgBWoiFCARIAVqIhYqAgAgASAFaiIXKgIAkzgCACAUQQRqIBZBBGoqAgAgF0EEaioCAJM4AgAgBUEIaiEFIBVBfmoiFQ0ACwsgBiAHaiEGIBEgB2ohESAPQQFqIg8gA0cNAAwCCwsCQCAEQQRIDQAgBCAEQfz///8HcSIFQQFyIgYgBCAGShsiBiAFayIMIAZBA3EiEGshCSAGQfz///8HcSAFayELIARBAnQhByACIAFrIQ0gBEF8aiISQQRxIRMgEkECdkEBakH+////B3EhCkEAIQ8gAiAAa0EPSyEIIAIhBiAAIREDQEEEIRVBACEUAkAgEkEESQ0AQQQhFUEAIQUgCiEUA0AgBiAFaiIWIAEgBWoiF/0AAAAgESAFaiIY/QAAAP3mAf0LAAAgFkEQaiAXQRBq/QAAACAYQRBq/QAAAP3mAf0LAAAgBUEgaiEFIBVBCGohFSAUQX5qIhQNAAsgFUF8aiEUCwJAIBMNACACIA8gBGxBAnQiFmogFEECdCIFaiABIAVq/QAAACAAIBZqIAVq/QAAAP3mAf0LAAAgFSEUCwJAIBQgBE4NAAJAIAxBBEkNACANIAcgD2xqQRBJDQAgCEUNACAUQQJ0IQUgFCAJaiEUIAshFQNAIAYgBWogASAFav0AAgAgESAFav0AAgD95gH9CwIAIAVBEGohBSAVQXxqIhUNAAsgEEUNAQsgFEECdCEFA0AgBiAFaiABIAVqKgIAIBEgBWoqAgCUOAIAIAVBBGohBSAUQQFqIhQgBEgNAAsLIAYgB2ohBiARIAdqIREgD0EBaiIPIANHDQAMAgsLIARBAUgNACAEQQJ0IRVBACEFIARBAUYhFANAIAIgBWoiBiABKgIAIAAgBWoiESoCAJQ4AgACQCAUDQAgBkEEaiABKgIEIBFBBGoqAgCUOAIAIARBAkYNACAGQQhqIAEqAgggEUEIaioCAJQ4AgALIAUgFWohBSADQX9qIgMNAAsLC9kPBhB/AXsBfwF7A30BewJAIANBAUgNACAFQQFKIARBBEhyIQYgBEECdCEHIARBfGoiCEEEcSEJIAhBAnZBAWpB/v///wdxIQpBACELIAVBf2ohDCAAIQ0gAiEOA0BBACEPAkAgBg0AIAIgCyAEbEECdCIQaiERIAAgEGohEgJAIAVBAUYNAEEEIRNBACEPAkAgCEEESQ0AQQQhE0EAIRAgCiEUA0AgDSAQaiIPIA/9AAAAIAEgEGoiFf0AAAD95AEiFv0LAAAgDiAQaiIXIBb9CwAAIA9BEGoiDyAP/QAAACAVQRBq/QAAAP3kASIW/QsAACAXQRBqIBb9CwAAIBBBIGohECATQQhqIRMgFEF+aiIUDQALIBNBfGohDwsgCQ0BIBIgD0ECdCIQaiIPIA/9AAAAIAEgEGr9AAAA/eQBIhb9CwAAIBEgEGogFv0LAAAgEyEPDAELQQQhE0EAIQ8CQCAIQQRJDQBBBCETQQAhECAKIRQDQCANIBBqIg8gD/0AAAAgASAQaiIV/QAAAP3kASIW/QsAACAOIBBqIhcgFv0MAAAAAAAAAAAAAAAAAAAAACIY/ekB/QsAACAPQRBqIg8gD/0AAAAgFUEQav0AAAD95AEiFv0LAAAgF0EQaiAWIBj96QH9CwAAIBBBIGohECATQQhqIRMgFEF+aiIUDQALIBNBfGohDwsgCQ0AIBIgD0ECdCIQaiIPIA/9AAAAIAEgEGr9AAAA/eQBIhb9CwAAIBEgEGogFv0MAAAAAAAAAAAAAAAAAAAAAP3pAf0LAAAgEyEPCwJAIAQgD0wNACAPQQJ0IRAgBCAPayEPA0AgDSAQaiITIAEgEGoqAgAgEyoCAJIiGTgCAAJAAkACQAJAAkACQCAMDgUAAQIDBAULIBlDAAAAACAZQwAAAABeGyEZDAQLAkACQCAZjCAZIBlDAAAAAF0iExtDAAAAwJQiGUMAALBCXkUNAEMAAIB/IRkMAQsCQCAZQwAArsJdRQ0AQwAAAAAhGQwBCyAZIBlDO6q4P5SQIhpDAHIxv5SSIBpDjr6/tZSSIhkgGSAZIBkgGSAZQ2ELtjqUQ4mICDySlEOrqio9kpRDq6oqPpKUQwAAAD+SlEMAAIA/kpRDAACAP5IhGQJAAkAgGotDAAAAT11FDQAgGqghFAwBC0GAgICAeCEUCyAZIBRBF3RBgICA/ANqvpQhGQtDAACAPyAZkyAZQwAAgD+SlSIZjCAZIBMbIRkMAwsCQCAZQwAAAABgRQ0AQwAAAAAhGgJAIBlDAACuQl4NACAZQzuquL+UkCIaQwByMb+UIBmTIBpDjr6/tZSSIhkgGSAZIBkgGSAZQ2ELtjqUQ4mICDySlEOrqio9kpRDq6oqPpKUQwAAAD+SlEMAAIA/kpRDAACAP5IhGQJAAkAgGotDAAAAT11FDQAgGqghEwwBC0GAgICAeCETCyAZIBNBF3RBgICA/ANqvpQhGgtDAACAPyAaQwAAgD+SlSEZDAMLAkACQCAZQwAAsEJeRQ0A/QwAAIB/AACAfwAAgH8AAIB/IRYMAQsCQCAZQwAArsJdRQ0A/QwAAAAAAAAAAAAAAAAAAAAAIRYMAQsgGSAZQzuquD+U/RP9aiIW/R8AIhpDAHIxP5STIBpDjr6/NZSTIhr9EyAW/R8BIhuM/SABIhj9DAAAAACOvr81AAAAAAAAAAAgGiAaIBogGkNhC7Y6lEOJiAg8kpRDq6oqPZKUQ6uqKj6SlEMAAAA/kv0gAP3mAf0MAACAPwAAAAAAAAAAAAAAACAZIBtDAHIxP5ST/SAB/eQBIhwgGCAc/R8BIhkgGSAZIBkgGUNhC7Y6lEOJiAg8kpRDq6oqPZKUQ6uqKj6SlEMAAAA/kpRDAACAP5L9IAH95gH9DAAAgD8AAIA/AACAPwAAgD/95AEgFv34AUEX/asB/QwAAIA/AACAPwAAgD8AAIA//a4B/eYBIRYLIBb9HwAgFv0fAUMAAIA/kpUhGQwCCyAZQwAAAABeDQECQCAZQwAAsEJeRQ0AQwAAgH9DAACAv5IhGQwCCwJAIBlDAACuwl1FDQBDAAAAAEMAAIC/kiEZDAILIBkgGUM7qrg/lJAiGkMAcjG/lJIgGkOOvr+1lJIiGSAZIBkgGSAZIBlDYQu2OpRDiYgIPJKUQ6uqKj2SlEOrqio+kpRDAAAAP5KUQwAAgD+SlEMAAIA/kiEZAkACQCAai0MAAABPXUUNACAaqCETDAELQYCAgIB4IRMLIBkgE0EXdEGAgID8A2q+lEMAAIC/kiEZDAELAkAgGUMAAAAAXkUNACAZQ199hj+UIRkMAQsCQAJAIBlDAACwQl5FDQBDAACAfyEZDAELAkAgGUMAAK7CXUUNAEMAAAAAIRkMAQsgGSAZQzuquD+UkCIaQwByMb+UkiAaQ46+v7WUkiIZIBkgGSAZIBkgGUNhC7Y6lEOJiAg8kpRDq6oqPZKUQ6uqKj6SlEMAAAA/kpRDAACAP5KUQwAAgD+SIRkCQAJAIBqLQwAAAE9dRQ0AIBqoIRMMAQtBgICAgHghEwsgGSATQRd0QYCAgPwDar6UIRkLIBlDAACAv5JDZgnhP5QhGQsgDiAQaiAZOAIAIBBBBGohECAPQX9qIg8NAAsLIA0gB2ohDSAOIAdqIQ4gC0EBaiILIANHDQALCwvUCAMGfwJ7A31BACEHAkAgBkEBSg0AIAVBBEgNACADDQACQAJAAkAgBkEBRg0AIAVBfGoiCEECdkEBaiIHQQNxIQkgCEEMTw0BQQAhB0EEIQgMAgsCQAJAIAVBfGoiCkEETw0AQQAhB0EEIQsMAQsgCkECdkEBakH+////B3EhCUEEIQsgACEIIAEhByAEIQwDQCAMIAj9AAAA/QwAAAAAAAAAAAAAAAAAAAAAIg0gB/0AAAD9DAAAAAAAAAAAAAAAAAAAAAAiDv1E/VL9CwAAIAxBEGogCEEQav0AAAAgDSAHQRBq/QAAACAO/UT9Uv0LAAAgCEEgaiEIIAdBIGohByAMQSBqIQwgC0EIaiELIAlBfmoiCQ0ACyALQXxqIQcLIApBBHENAiAEIAdBAnQiCGogACAIav0AAAD9DAAAAAAAAAAAAAAAAAAAAAAgASAIav0AAAD9DAAAAAAAAAAAAAAAAAAAAAD9RP1S/QsAACALIQcMAgsgB0H8////B3EhCkEEIQhBACEHA0AgBCAHaiIMIAAgB2oiC/0AAAD9CwAAIAxBEGogC0EQav0AAAD9CwAAIAxBIGogC0Egav0AAAD9CwAAIAxBMGogC0Ewav0AAAD9CwAAIAdBwABqIQcgCEEQaiEIIApBfGoiCg0ACyAIQXxqIQcLIAlFDQADQCAEIAdBAnQiB2ogACAHav0AAAD9CwAAIAgiB0EEaiEIIAchByAJQX9qIgkNAAsgCEF8aiEHCwJAIAUgB0wNAAJAIAMNACAFIAdrIQkgACAHQQJ0IgtqIQggASALaiEHIAIgC2ohDCAEIAtqIQsgBkF/aiEKA0AgDCoCACEPIAcqAgAhEEMAAIA/IRECQAJAAkACQAJAAkAgCg4FAAECAwQFC0MAAIA/QwAAAAAgEEMAAAAAXhshEQwEC0MAAIA/IA8gD5STIREMAwsgD0MAAIA/IA+TlCERDAILQwAAgD8gD0MAAIA/kiAQQwAAAABeGyERDAELQ199hj8gD0NmCeE/kiAQQwAAAABeGyERCyALIAgqAgAgEZQ4AgAgCEEEaiEIIAdBBGohByAMQQRqIQwgC0EEaiELIAlBf2oiCQ0ADAILCyAFIAdrIQogACAHQQJ0IglqIQggASAJaiEHIAIgCWohDCADIAlqIQsgBCAJaiEJIAZBf2ohBANAIAwqAgAhDyAHKgIAIRBDAACAPyERAkACQAJAAkACQAJAIAQOBQQDAgEABQtDX32GPyAPQ2YJ4T+SIBBDAAAAAF4bIREMBAtDAACAPyAPQwAAgD+SIBBDAAAAAF4bIREMAwsgD0MAAIA/IA+TlCERDAILQwAAgD8gDyAPlJMhEQwBC0MAAIA/QwAAAAAgEEMAAAAAXhshEQsgCSAIKgIAIBGUIAsqAgCUOAIAIAhBBGohCCAHQQRqIQcgDEEEaiEMIAtBBGohCyAJQQRqIQkgCkF/aiIKDQALCwuFBwULfwF9An8EfQN7AkAgBUEBSA0AIAZBAUgNACABIAYgBWxBAnQiCGoiCSAESyAEIAhqIgogAUtxIAogA0sgAyAIaiIIIARLcSAJIANLIAggAUtxIAZBgICAgAJxQR12cnJyIQsgBkECdCEMIAZB/P///wVxIQ0gBkF/aiIIQXxxIQ4gCEEDcSEPQQAhECAGQX5qQQNJIREgACESA0AgACAQIAZsQQJ0aioCACETAkAgBkECSA0AQQEhCAJAIBENAEEAIQkgEiEIA0AgCEEEaiEKIAhBCGohFCAIQQxqIRUgCEEQaiIIKgIAIhYgFSoCACIXIBQqAgAiGCAKKgIAIhkgEyAZIBNeGyITIBggE14bIhMgFyATXhsiFyAWIBdeGyETIA4gCUEEaiIJRw0ACyAJQQFqIQgLIA9FDQAgEiAIQQJ0aiEIIA8hCQNAIAgqAgAiFiATIBYgE14bIRMgCEEEaiEIIAlBf2oiCQ0ACwtDAAAAACEXQQAhCCAGIQkDQAJAAkAgEiAIaioCACATkyIWQwAAsEJeRQ0AQwAAgH8hFgwBCwJAIBZDAACuwl1FDQBDAAAAACEWDAELIBYgFkM7qrg/lJAiGEMAcjG/lJIgGEOOvr+1lJIiFiAWIBYgFiAWIBZDYQu2OpRDiYgIPJKUQ6uqKj2SlEOrqio+kpRDAAAAP5KUQwAAgD+SlEMAAIA/kiEWAkACQCAYi0MAAABPXUUNACAYqCEKDAELQYCAgIB4IQoLIBYgCkEXdEGAgID8A2q+lCEWCyADIAhqIBY4AgAgCEEEaiEIIBcgFpIhFyAJQX9qIgkNAAsCQAJAIAINAEMAAIA/IRYMAQsgAiAQQQJ0aioCACEWCyAWIAeUIRNBACEJAkACQCAGQQhJIAtyQQFxDQAgE/0TIRogF/0TIRtBACEIIA0hCQNAIAMgCGoiCiAK/QACACAb/ecBIhz9CwIAIAQgCGogGiAcIAEgCGr9AAIA/eUB/eYB/QsCACAIQRBqIQggCUF8aiIJDQALIA0hCSANIAZGDQELIAlBAnQhCCAGIAlrIQkDQCADIAhqIgogCioCACAXlSIWOAIAIAQgCGogEyAWIAEgCGoqAgCTlDgCACAIQQRqIQggCUF/aiIJDQALCyABIAxqIQEgBCAMaiEEIAMgDGohAyASIAxqIRIgEEEBaiIQIAVHDQALCwu6BgYBfQl/AX0BfwF7BH8CQCAEQQFIDQAgBUEBSA0AQwAAAEAgBbKVIQcCQCACRQ0AIAVBAnQhCCAFQX9qIQkgBUEBcSEKIAVB/P///wdxIQtBACEMIAVBBEkgAyAAa0EQSSADIAFrQRBJcnIhDSAAIQ4gASEPIAMhEANAIAcgAiAMQQJ0aioCAJQgBpQhEUEAIRICQAJAIA0NACAR/RMhEyALIRQgDiESIA8hFSAQIRYDQCAWIBMgEv0AAgAgFf0AAgD95QH95gH9CwIAIBJBEGohEiAVQRBqIRUgFkEQaiEWIBRBfGoiFA0ACyALIRIgCyAFRg0BCyASIRUCQCAKRQ0AIAMgEiAMIAVsakECdCIVaiARIAAgFWoqAgAgASAVaioCAJOUOAIAIBJBAXIhFQsgEiAJRg0AIBVBAnQhEiAFIBVrIRUDQCAQIBJqIhYgESAOIBJqIhQqAgAgDyASaiIXKgIAk5Q4AgAgFkEEaiARIBRBBGoqAgAgF0EEaioCAJOUOAIAIBJBCGohEiAVQX5qIhUNAAsLIA4gCGohDiAPIAhqIQ8gECAIaiEQIAxBAWoiDCAERw0ADAILCyAFQQJ0IQwgBUF/aiENIAVBAXEhCSAFQfz///8HcSELIAcgBpQiEf0TIRNBACEIIAVBBEkgAyAAa0EQSSADIAFrQRBJcnIhAiAAIQ4gASEPIAMhEANAQQAhEgJAAkAgAg0AIAshFCAOIRIgDyEVIBAhFgNAIBYgEyAS/QACACAV/QACAP3lAf3mAf0LAgAgEkEQaiESIBVBEGohFSAWQRBqIRYgFEF8aiIUDQALIAshEiALIAVGDQELIBIhFQJAIAlFDQAgAyASIAggBWxqQQJ0IhVqIBEgACAVaioCACABIBVqKgIAk5Q4AgAgEkEBciEVCyASIA1GDQAgFUECdCESIAUgFWshFQNAIBAgEmoiFiARIA4gEmoiFCoCACAPIBJqIhcqAgCTlDgCACAWQQRqIBEgFEEEaioCACAXQQRqKgIAk5Q4AgAgEkEIaiESIBVBfmoiFQ0ACwsgDiAMaiEOIA8gDGohDyAQIAxqIRAgCEEBaiIIIARHDQALCwuuBQEHf0EEIQNBACEEAkAgAkEESA0AIAJBfGoiBUECdkEBaiIEQQNxIQYCQAJAIAVBDE8NAEEAIQQMAQsgBEH8////B3EhB0EEIQNBACEEA0AgACAEaiIFIAX9AAAAIAEgBGoiCP0AAAD95gH9CwAAIAVBEGoiCSAJ/QAAACAIQRBq/QAAAP3mAf0LAAAgBUEgaiIJIAn9AAAAIAhBIGr9AAAA/eYB/QsAACAFQTBqIgUgBf0AAAAgCEEwav0AAAD95gH9CwAAIARBwABqIQQgA0EQaiEDIAdBfGoiBw0ACyADQXxqIQQLIAZFDQADQCAAIARBAnQiBWoiBCAE/QAAACABIAVq/QAAAP3mAf0LAAAgAyIFQQRqIQMgBSEEIAZBf2oiBg0ACyADQXxqIQQLAkAgAiAETA0AAkAgAiAEayIGQQtNDQAgASAEQQJ0IgVqIQMCQCAAIAVqIgUgASACQQJ0IghqTw0AIAMgACAIakkNAQsgBCACQQNxIgdqIAJrIQggBCAGIAdraiEEA0AgBSAD/QACACAF/QACAP3mAf0LAgAgBUEQaiEFIANBEGohAyAIQQRqIggNAAsgB0UNAQsgBCEGAkAgAiAEa0EDcSIIRQ0AIAQgCGohBiABIARBAnQiBWohAyAAIAVqIQUDQCAFIAMqAgAgBSoCAJQ4AgAgA0EEaiEDIAVBBGohBSAIQX9qIggNAAsLIAQgAmtBfEsNACAGQQJ0IQQgAiAGayEIA0AgACAEaiIFIAEgBGoiAyoCACAFKgIAlDgCACAFQQRqIgYgA0EEaioCACAGKgIAlDgCACAFQQhqIgYgA0EIaioCACAGKgIAlDgCACAFQQxqIgUgA0EMaioCACAFKgIAlDgCACABQRBqIQEgAEEQaiEAIAhBfGoiCA0ACwsLrgUBB39BBCEDQQAhBAJAIAJBBEgNACACQXxqIgVBAnZBAWoiBEEDcSEGAkACQCAFQQxPDQBBACEEDAELIARB/P///wdxIQdBBCEDQQAhBANAIAAgBGoiBSAF/QAAACABIARqIgj9AAAA/eQB/QsAACAFQRBqIgkgCf0AAAAgCEEQav0AAAD95AH9CwAAIAVBIGoiCSAJ/QAAACAIQSBq/QAAAP3kAf0LAAAgBUEwaiIFIAX9AAAAIAhBMGr9AAAA/eQB/QsAACAEQcAAaiEEIANBEGohAyAHQXxqIgcNAAsgA0F8aiEECyAGRQ0AA0AgACAEQQJ0IgVqIgQgBP0AAAAgASAFav0AAAD95AH9CwAAIAMiBUEEaiEDIAUhBCAGQX9qIgYNAAsgA0F8aiEECwJAIAIgBEwNAAJAIAIgBGsiBkELTQ0AIAEgBEECdCIFaiEDAkAgACAFaiIFIAEgAkECdCIIak8NACADIAAgCGpJDQELIAQgAkEDcSIHaiACayEIIAQgBiAHa2ohBANAIAUgA/0AAgAgBf0AAgD95AH9CwIAIAVBEGohBSADQRBqIQMgCEEEaiIIDQALIAdFDQELIAQhBgJAIAIgBGtBA3EiCEUNACAEIAhqIQYgASAEQQJ0IgVqIQMgACAFaiEFA0AgBSADKgIAIAUqAgCSOAIAIANBBGohAyAFQQRqIQUgCEF/aiIIDQALCyAEIAJrQXxLDQAgBkECdCEEIAIgBmshCANAIAAgBGoiBSABIARqIgMqAgAgBSoCAJI4AgAgBUEEaiIGIANBBGoqAgAgBioCAJI4AgAgBUEIaiIGIANBCGoqAgAgBioCAJI4AgAgBUEMaiIFIANBDGoqAgAgBSoCAJI4AgAgAUEQaiEBIABBEGohACAIQXxqIggNAAsLC6YEAQd/QQQhBEEAIQUCQCADQQRIDQACQAJAIANBfGoiBkEETw0AQQAhBQwBCyAGQQJ2QQFqQf7///8HcSEFQQQhBCACIQcgACEIIAEhCQNAIAcgCP0AAAAgCf0AAAD95gH9CwAAIAdBEGogCEEQav0AAAAgCUEQav0AAAD95gH9CwAAIAdBIGohByAIQSBqIQggCUEgaiEJIARBCGohBCAFQX5qIgUNAAsgBEF8aiEFCyAGQQRxDQAgAiAFQQJ0IgdqIAAgB2r9AAAAIAEgB2r9AAAA/eYB/QsAACAEIQULAkAgAyAFTA0AAkAgAyAFayIGQQdNDQAgAiAAa0EQSQ0AIAIgAWtBEEkNACACIAVBAnQiCWohByABIAlqIQggACAJaiEJIAUgA0EDcSIKaiADayEEIAUgBiAKa2ohBQNAIAcgCf0AAgAgCP0AAgD95gH9CwIAIAdBEGohByAIQRBqIQggCUEQaiEJIARBBGoiBA0ACyAKRQ0BCyAFIQcCQCADIAVrQQFxRQ0AIAIgBUECdCIHaiAAIAdqKgIAIAEgB2oqAgCUOAIAIAVBAWohBwsgBSADQX9qRg0AIAMgB2shBCAAIAdBAnQiCWohByABIAlqIQggAiAJaiEJA0AgCSAHKgIAIAgqAgCUOAIAIAlBBGogB0EEaioCACAIQQRqKgIAlDgCACAHQQhqIQcgCEEIaiEIIAlBCGohCSAEQX5qIgQNAAsLC7UBAwR/AX0CfyADKAIMIQQgAygCCCEFIAMoAgQhBiADKAIAIQcCQCABQQFIDQBDAACAP0MAAIA/IAKTlSEIA0AgAEMAAAAAIAggByAEakEIdrNDAACAM5QgAl0bOAIAIAcgBXMiCSAGQQl0cyEFIABBBGohACAGIARzIgpBC3chBCAHIApzIQcgCSAGcyEGIAFBf2oiAQ0ACwsgAyAENgIMIAMgBTYCCCADIAY2AgQgAyAHNgIAC7sCAwJ/AXsCfwJAIAJBAUgNACADIAOSIQNBACEEAkAgAkEHTQ0AAkAgASACQQJ0IgVqIABNDQAgACAFaiABSw0BCyAD/RMhBiACQfz///8HcSIEIQcgACEFIAEhCANAIAUgBiAI/QACAP3mASAF/QACAP3kAf0LAgAgBUEQaiEFIAhBEGohCCAHQXxqIgcNAAsgBCACRg0BCyAEIQUCQCACQQFxRQ0AIAAgBEECdCIFaiIIIAMgASAFaioCAJQgCCoCAJI4AgAgBEEBciEFCyAEIAJBf2pGDQAgAiAFayEHIAEgBUECdCIFaiEIIAAgBWohBQNAIAUgAyAIKgIAlCAFKgIAkjgCACAFQQRqIgIgAyAIQQRqKgIAlCACKgIAkjgCACAIQQhqIQggBUEIaiEFIAdBfmoiBw0ACwsL+wYIA30Bfwh7BX8DewF/AXsCfUMAAIA/IAeTIQxDAACAPyAGkyENQwAAgD8gBSALlJMhDkEAIQ8CQCAEQQRIDQAgCP0TIRAgCv0TIREgBf0TIRIgCf0TIRMgDP0TIRQgB/0TIRUgDf0TIRYgBv0TIRcCQCALQwAAAABcDQBBACEYIAAhGSADIRogAiEbIAEhHANAIBr9AAAAIR0gGyAWIBz9AAAAIh795gEgFyAb/QAAAP3mAf3kASIf/QsAACAaIB4gFCAe/eYB/eYBIBUgHf3mAf3kASIe/QsAACAZIBn9AAAAIBIgHyAT/ecB/eYBIBAgHiAR/ecB/eMB/eQB/ecB/eUB/QsAACAZQRBqIRkgGkEQaiEaIBtBEGohGyAcQRBqIRwgGEEIaiEgIBhBBGoiDyEYICAgBEwNAAwCCwsgDv0TISFBACEYIAEhHCACIRkgAyEaIAAhGwNAIBr9AAAAIR0gGSAWIBz9AAAAIh795gEgFyAZ/QAAAP3mAf3kASIf/QsAACAaIB4gFCAe/eYB/eYBIBUgHf3mAf3kASIe/QsAACAbICEgG/0AAAAgEiAfIBP95wH95gEgECAeIBH95wH94wH95AH95wH95QH95gH9CwAAIBxBEGohHCAZQRBqIRkgGkEQaiEaIBtBEGohGyAYQQhqISAgGEEEaiIPIRggICAETA0ACwsCQCAEIA9MDQACQCALQwAAAABcDQAgBCAPayEcIAIgD0ECdCIbaiEZIAEgG2ohGCADIBtqIRogACAbaiEbA0AgGioCACEiIBkgBiAZKgIAlCANIBgqAgAiC5SSIiM4AgAgGiAHICKUIAsgDCALlJSSIgs4AgAgGyAbKgIAICMgCZUgBZQgCyAKlf0T/eMB/R8AIAiSlZM4AgAgGUEEaiEZIBhBBGohGCAaQQRqIRogG0EEaiEbIBxBf2oiHA0ADAILCyAEIA9rIRwgAiAPQQJ0IhtqIRkgASAbaiEYIAMgG2ohGiAAIBtqIRsDQCAaKgIAISIgGSAGIBkqAgCUIA0gGCoCACILlJIiIzgCACAaIAcgIpQgCyAMIAuUlJIiCzgCACAbIA4gGyoCACAjIAmVIAWUIAsgCpX9E/3jAf0fACAIkpWTlDgCACAZQQRqIRkgGEEEaiEYIBpBBGohGiAbQQRqIRsgHEF/aiIcDQALCwuSBgUEfwJ7AX8BewF9AkACQAJAIAVDAAAAAFsNACADQQFIDQIgBIwhBEEAIQYgA0ELTQ0BIAAgA0ECdCIHaiIIIAJLIAIgB2oiCSAAS3ENASABIAdqIgcgAksgCSABS3ENASAHIABLIAggAUtxDQEgBP0TIQogBf0TIQsgA0H8////B3EiBiEMIAAhByABIQggAiEJA0AgCSALIAn9AAIA/eYBIAj9AAIA/eQBIg39CwIAIAcgCiAN/eYBIAf9AAIA/eQB/QsCACAHQRBqIQcgCEEQaiEIIAlBEGohCSAMQXxqIgwNAAsgBiADRw0BDAILIANBAUgNASAEjCEFQQAhDAJAIANBCEkNAAJAIAEgA0ECdCIHaiAATQ0AIAAgB2ogAUsNAQsgBf0TIQ0gA0H8////B3EiDCEIIAAhByABIQkDQCAHIA0gCf0AAgD95gEgB/0AAgD95AH9CwIAIAdBEGohByAJQRBqIQkgCEF8aiIIDQALIAwgA0YNAgsgDCEHAkAgA0EBcUUNACAAIAxBAnQiB2oiCSAFIAEgB2oqAgCUIAkqAgCSOAIAIAxBAXIhBwsgDCADQX9qRg0BIAMgB2shCCABIAdBAnQiB2ohCSAAIAdqIQcDQCAHIAUgCSoCAJQgByoCAJI4AgAgB0EEaiIDIAUgCUEEaioCAJQgAyoCAJI4AgAgCUEIaiEJIAdBCGohByAIQX5qIggNAAwCCwsgBiEHAkAgA0EBcUUNACACIAZBAnQiB2oiCSAFIAkqAgCUIAEgB2oqAgCSIg44AgAgACAHaiIHIAQgDpQgByoCAJI4AgAgBkEBciEHCyAGIANBf2pGDQAgAyAHayEDIAIgB0ECdCIJaiEHIAEgCWohCCAAIAlqIQkDQCAHIAUgByoCAJQgCCoCAJIiDjgCACAJIAQgDpQgCSoCAJI4AgAgB0EEaiIMIAUgDCoCAJQgCEEEaioCAJIiDjgCACAJQQRqIgwgBCAOlCAMKgIAkjgCACAHQQhqIQcgCEEIaiEIIAlBCGohCSADQX5qIgMNAAsLCw==";

// pipelines/train/kernels/index.ts
var BUILD_BASE64 = {
  "relaxed-simd": KERNELS_RELAXED_WASM_BASE64,
  simd128: KERNELS_WASM_BASE64
};
var KERNELS_BUILD_ENV = "MODELOPS_WASM_KERNELS";
var relaxedValid;
function relaxedSimdSupported() {
  relaxedValid ??= WebAssembly.validate(kernelsWasm("relaxed-simd"));
  return relaxedValid;
}
function kernelsWasm(build) {
  return Buffer.from(BUILD_BASE64[build], "base64");
}
function kernelsBuild(env2 = process.env) {
  const pinned = env2[KERNELS_BUILD_ENV];
  if (pinned === void 0 || pinned === "") return relaxedSimdSupported() ? "relaxed-simd" : "simd128";
  if (pinned !== "simd128" && pinned !== "relaxed-simd") {
    throw new Error(
      `${KERNELS_BUILD_ENV}=${pinned} is not a kernels build; set it to simd128 or relaxed-simd, or unset it`
    );
  }
  if (pinned === "relaxed-simd" && !relaxedSimdSupported()) {
    throw new Error(
      `${KERNELS_BUILD_ENV}=relaxed-simd, but Node ${process.versions.node} has no relaxed SIMD; use Node 24 or unset it`
    );
  }
  return pinned;
}
function describeKernelsBuild(build = kernelsBuild()) {
  const pinned = process.env[KERNELS_BUILD_ENV] ? ` (pinned by ${KERNELS_BUILD_ENV})` : "";
  return build === "relaxed-simd" ? `training kernels: relaxed SIMD, fused multiply-add${pinned}` : `training kernels: SIMD128${pinned || (relaxedSimdSupported() ? "" : `, Node ${process.versions.node} has no relaxed SIMD`)}`;
}
var compiled = /* @__PURE__ */ new Map();
var instances = /* @__PURE__ */ new WeakMap();
function instantiateKernels(build, memory2) {
  let module = compiled.get(build);
  if (module === void 0) {
    module = new WebAssembly.Module(kernelsWasm(build));
    compiled.set(build, module);
  }
  return new WebAssembly.Instance(module, { env: { memory: memory2 } }).exports;
}
function kernelsFor(backend2) {
  let k = instances.get(backend2);
  if (k === void 0) {
    k = instantiateKernels(kernelsBuild(), backend2.wasm.asm.memory);
    instances.set(backend2, k);
  }
  return k;
}
function offset(backend2, t) {
  const data = backend2.dataIdMap.get(t.dataId);
  if (data === void 0) throw new Error("wasm training kernel: a tensor is not on the wasm backend");
  return data.memoryOffset;
}
function scratch(backend2, floats2) {
  return backend2.wasm._malloc(Math.max(1, floats2) * 4);
}
function channelsLast(dataFormat, kernel) {
  if (dataFormat !== void 0 && dataFormat !== "NHWC" && dataFormat !== "channelsLast") {
    throw new Error(`${kernel} on wasm supports NHWC (channelsLast) only, got ${dataFormat}`);
  }
}
function geometry(info) {
  const { top, left, bottom, right } = info.padInfo;
  const HP = Math.max(
    top + info.inHeight + bottom,
    (info.outHeight - 1) * info.strideHeight + info.effectiveFilterHeight
  );
  const WP = Math.max(
    left + info.inWidth + right,
    (info.outWidth - 1) * info.strideWidth + info.effectiveFilterWidth
  );
  return {
    N: info.batchSize,
    H: info.inHeight,
    W: info.inWidth,
    CI: info.inChannels,
    OH: info.outHeight,
    OW: info.outWidth,
    CO: info.outChannels,
    KH: info.filterHeight,
    KW: info.filterWidth,
    sh: info.strideHeight,
    sw: info.strideWidth,
    dh: info.dilationHeight,
    dw: info.dilationWidth,
    top,
    left,
    HP,
    WP
  };
}
var convDims = (g) => [g.N, g.HP, g.WP, g.CI, g.OH, g.OW, g.CO, g.KH, g.KW, g.sh, g.sw, g.dh, g.dw];
var padded = (g) => g.top !== 0 || g.left !== 0 || g.HP !== g.H || g.WP !== g.W;
function gradientGeometry(kernel, inputShape, filterShape, attrs) {
  channelsLast(attrs.dataFormat, kernel);
  const info = backend_util_exports.computeConv2DInfo(
    inputShape,
    filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
    false,
    "channelsLast"
  );
  return geometry(info);
}
function conv2DBackpropFilter3(args) {
  const backend2 = args.backend;
  const { x, dy } = args.inputs;
  const attrs = args.attrs;
  const g = gradientGeometry("Conv2DBackpropFilter", x.shape, attrs.filterShape, attrs);
  const k = kernelsFor(backend2);
  const out = backend2.makeOutput([g.KH, g.KW, g.CI, g.CO], "float32");
  let xp = offset(backend2, x);
  let tmp = 0;
  if (padded(g)) {
    tmp = scratch(backend2, g.N * g.HP * g.WP * g.CI);
    k.pad_nhwc(xp, tmp, g.N, g.H, g.W, g.CI, g.HP, g.WP, g.top, g.left);
    xp = tmp;
  }
  try {
    k.conv2d_backprop_filter(xp, offset(backend2, dy), offset(backend2, out), ...convDims(g));
  } finally {
    if (tmp !== 0) backend2.wasm._free(tmp);
  }
  return out;
}
function conv2DBackpropInput3(args) {
  const backend2 = args.backend;
  const { dy, filter } = args.inputs;
  const attrs = args.attrs;
  const g = gradientGeometry("Conv2DBackpropInput", attrs.inputShape, filter.shape, attrs);
  const k = kernelsFor(backend2);
  const out = backend2.makeOutput(attrs.inputShape, "float32");
  const wt = scratch(backend2, g.KH * g.KW * g.CI * g.CO);
  const pad2 = padded(g) ? scratch(backend2, g.N * g.HP * g.WP * g.CI) : 0;
  try {
    k.regroup_filter(offset(backend2, filter), wt, g.KH, g.KW, g.CI, g.CO, g.dw);
    const target = pad2 !== 0 ? pad2 : offset(backend2, out);
    k.conv2d_backprop_input(offset(backend2, dy), wt, offset(backend2, filter), target, ...convDims(g));
    if (pad2 !== 0) k.crop_nhwc(pad2, offset(backend2, out), g.N, g.H, g.W, g.CI, g.HP, g.WP, g.top, g.left);
  } finally {
    backend2.wasm._free(wt);
    if (pad2 !== 0) backend2.wasm._free(pad2);
  }
  return out;
}
function maxPoolGrad3(args) {
  const backend2 = args.backend;
  const { dy, input: input2 } = args.inputs;
  const attrs = args.attrs;
  const info = backend_util_exports.computePool2DInfo(
    input2.shape,
    attrs.filterSize,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode
  );
  const k = kernelsFor(backend2);
  const out = backend2.makeOutput(input2.shape, "float32");
  k.max_pool_grad(
    offset(backend2, input2),
    offset(backend2, dy),
    offset(backend2, out),
    info.batchSize,
    info.inHeight,
    info.inWidth,
    info.inChannels,
    info.outHeight,
    info.outWidth,
    info.filterHeight,
    info.filterWidth,
    info.strideHeight,
    info.strideWidth,
    info.dilationHeight,
    info.dilationWidth,
    info.padInfo.top,
    info.padInfo.left
  );
  return out;
}
function leadingAxes(shape, axis) {
  const rank = shape.length;
  const axes = util_exports.parseAxisParam(axis, shape);
  return rank >= 2 && axes.length === rank - 1 && [...axes].sort((a, b) => a - b).every((a, i) => a === i);
}
function reduceRowsOf(stock, mean3) {
  return (args) => {
    const backend2 = args.backend;
    const { x } = args.inputs;
    const attrs = args.attrs;
    if (!leadingAxes(x.shape, attrs.axis) || x.dtype !== "float32") return stock(args);
    const rank = x.shape.length;
    const cols = x.shape[rank - 1];
    const rows = util_exports.sizeFromShape(x.shape) / Math.max(1, cols);
    const shape = attrs.keepDims ? [...x.shape.slice(0, -1).map(() => 1), cols] : [cols];
    const out = backend2.makeOutput(shape, "float32");
    const k = kernelsFor(backend2);
    k.sum_rows(offset(backend2, x), offset(backend2, out), rows, cols);
    if (mean3 && rows > 0) {
      const view = new Float32Array(backend2.wasm.asm.memory.buffer, offset(backend2, out), cols);
      for (let i = 0; i < cols; i++) view[i] = view[i] / rows;
    }
    return out;
  };
}
function batchMatMulOf(stock) {
  return (args) => {
    const backend2 = args.backend;
    const { a, b } = args.inputs;
    const { transposeA, transposeB } = args.attrs;
    const rank = a.shape.length;
    if (rank < 2 || rank > 3 || b.shape.length !== rank || a.dtype !== "float32" || b.dtype !== "float32") {
      return stock(args);
    }
    const [batchA, ra, ca] = rank === 2 ? [1, ...a.shape] : a.shape;
    const [batchB, rb, cb] = rank === 2 ? [1, ...b.shape] : b.shape;
    const batch = Math.max(batchA, batchB);
    if (batchA !== batch && batchA !== 1 || batchB !== batch && batchB !== 1) return stock(args);
    const M = transposeA ? ca : ra;
    const K = transposeA ? ra : ca;
    const N = transposeB ? rb : cb;
    if ((transposeB ? cb : rb) !== K) return stock(args);
    const out = backend2.makeOutput(rank === 2 ? [M, N] : [batch, M, N], "float32");
    const k = kernelsFor(backend2);
    const pa = offset(backend2, a);
    const pb = offset(backend2, b);
    const pc = offset(backend2, out);
    const bt = transposeB ? scratch(backend2, K * N) : 0;
    try {
      for (let i = 0; i < batch; i++) {
        const ai = pa + (batchA === 1 ? 0 : i * ra * ca * 4);
        let bi = pb + (batchB === 1 ? 0 : i * rb * cb * 4);
        if (transposeB) {
          if (i === 0 || batchB !== 1) k.transpose2d(bi, bt, rb, cb);
          bi = bt;
        }
        k.gemm(ai, bi, pc + i * M * N * 4, M, N, K, transposeA ? M : K, N, N, transposeA ? 1 : 0);
      }
    } finally {
      if (bt !== 0) backend2.wasm._free(bt);
    }
    return out;
  };
}
function tileOf(stock) {
  return (args) => {
    const backend2 = args.backend;
    const { x } = args.inputs;
    const { reps } = args.attrs;
    if (x.dtype !== "float32" || x.shape.length > 6 || x.shape.length === 0) return stock(args);
    const pad2 = 6 - x.shape.length;
    const s = [...new Array(pad2).fill(1), ...x.shape];
    const r = [...new Array(pad2).fill(1), ...reps];
    const out = backend2.makeOutput(
      x.shape.map((d, i) => d * reps[i]),
      "float32"
    );
    if (util_exports.sizeFromShape(out.shape) > 0)
      kernelsFor(backend2).tile6(offset(backend2, x), offset(backend2, out), ...s, ...r);
    return out;
  };
}
function rowBinaryOf(stock, op2) {
  return (args) => {
    const backend2 = args.backend;
    const { a, b } = args.inputs;
    if (a.dtype !== "float32" || b.dtype !== "float32") return stock(args);
    const big = util_exports.sizeFromShape(a.shape) >= util_exports.sizeFromShape(b.shape) ? a : b;
    const small = big === a ? b : a;
    const row = rowOf(big.shape, small.shape);
    if (row === void 0) return stock(args);
    const out = backend2.makeOutput(big.shape, "float32");
    const total = util_exports.sizeFromShape(big.shape);
    if (total > 0) {
      kernelsFor(backend2).binary_rows(
        offset(backend2, big),
        offset(backend2, small),
        offset(backend2, out),
        total / row,
        row,
        op2,
        big === a ? 0 : 1
      );
    }
    return out;
  };
}
function rowOf(big, small) {
  let s = small;
  while (s.length > 0 && s[0] === 1) s = s.slice(1);
  if (s.length === 0 || s.length >= big.length || small.length > big.length) return void 0;
  const tail = big.slice(big.length - s.length);
  if (!tail.every((d, i) => d === s[i])) return void 0;
  const row = util_exports.sizeFromShape(s);
  return row >= 4 && row < util_exports.sizeFromShape(big) ? row : void 0;
}
var installed = false;
function installWasmTrainingKernels() {
  if (installed) return;
  const stock = (name) => getKernel(name, "wasm")?.kernelFunc;
  const ours = [
    ["Conv2DBackpropFilter", conv2DBackpropFilter3],
    ["Conv2DBackpropInput", conv2DBackpropInput3],
    ["MaxPoolGrad", maxPoolGrad3]
  ];
  const wrapped = [
    ["Sum", (f) => reduceRowsOf(f, false)],
    ["Mean", (f) => reduceRowsOf(f, true)],
    ["BatchMatMul", batchMatMulOf],
    ["Tile", tileOf],
    ["Add", (f) => rowBinaryOf(f, 0)],
    ["Sub", (f) => rowBinaryOf(f, 1)],
    ["Multiply", (f) => rowBinaryOf(f, 2)],
    ["RealDiv", (f) => rowBinaryOf(f, 3)]
  ];
  for (const [name, wrap] of wrapped) {
    const f = stock(name);
    if (f !== void 0) ours.push([name, wrap(f)]);
  }
  for (const [kernelName, kernelFunc] of ours) {
    if (getKernel(kernelName, "wasm") !== void 0) unregisterKernel(kernelName, "wasm");
    registerKernel({ kernelName, backendName: "wasm", kernelFunc });
  }
  installed = true;
}

// pipelines/train/backend.ts
var ORDER = ["tensorflow-gpu", "tensorflow", "wasm", "cpu"];
var NATIVE_PACKAGE = {
  "tensorflow-gpu": "@tensorflow/tfjs-node-gpu",
  tensorflow: "@tensorflow/tfjs-node"
};
var TFJS_NAME = {
  "tensorflow-gpu": "tensorflow",
  tensorflow: "tensorflow",
  wasm: "wasm",
  cpu: "cpu"
};
var FIX = {
  "tensorflow-gpu": "install @tensorflow/tfjs-node-gpu on a CUDA runner or set train.backend: auto",
  tensorflow: "install @tensorflow/tfjs-node or set train.backend: auto",
  wasm: "reinstall @tensorflow/tfjs-backend-wasm (its dist/*.wasm files must be readable) or set train.backend: auto",
  cpu: "report this as a bug"
};
var current;
var active;
function activeBackend() {
  const running = getBackend();
  return active !== void 0 && TFJS_NAME[active.name] === running ? active.name : running;
}
function initBackend(preference = "auto") {
  if (current?.preference === preference) {
    const cached = current.info;
    return cached.then((info) => getBackend() === TFJS_NAME[info.name] ? info : select2(preference));
  }
  return select2(preference);
}
function select2(preference) {
  const info = choose(preference);
  current = { preference, info };
  info.then(
    (chosen) => {
      active = chosen;
    },
    () => {
      if (current?.info === info) current = void 0;
    }
  );
  return info;
}
async function choose(preference) {
  if (preference !== "auto") {
    const why = await tryLoad(preference);
    if (why !== void 0) {
      throw new ModelopsError(
        `backend "${preference}" was requested in modelops.yaml (train.backend) but could not load: ${why}; ${FIX[preference]}`
      );
    }
    return {
      name: preference,
      reason: withKernels(preference, `${preference} was requested in modelops.yaml (train.backend)`),
      rejected: []
    };
  }
  const rejected = [];
  for (const name of ORDER) {
    const why = await tryLoad(name);
    if (why === void 0) {
      const reason = rejected.length === 0 ? `auto: ${name} is the fastest backend and it loaded` : `auto: ${name} is the fastest backend that loaded (${rejected.map((r) => `${r.name}: ${r.why}`).join("; ")})`;
      return { name, reason: withKernels(name, reason), rejected };
    }
    rejected.push({ name, why });
  }
  throw new ModelopsError(
    `no tfjs backend could load (${rejected.map((r) => `${r.name}: ${r.why}`).join("; ")}); reinstall @tensorflow/tfjs`
  );
}
function withKernels(name, reason) {
  return name === "wasm" ? `${reason}; ${describeKernelsBuild()}` : reason;
}
async function tryLoad(name) {
  const warnings = [];
  try {
    return await quietly(warnings, async () => {
      if (name === "tensorflow-gpu" || name === "tensorflow") {
        process.env.TF_CPP_MIN_LOG_LEVEL ??= "2";
        await import(NATIVE_PACKAGE[name]);
      } else if (name === "wasm") {
        const wasm = await import("./dist-CL3BGXNN.js");
        const dir = wasmDir();
        if (dir !== void 0) wasm.setWasmPaths(dir);
      }
      if (!await setBackend(TFJS_NAME[name])) {
        return `tfjs could not initialise it${warnings.length > 0 ? ` (${oneLine(warnings.join(" "))})` : ""}`;
      }
      if (name === "cpu") silenceNodeHint();
      if (name === "wasm") installWasmTrainingKernels();
      return void 0;
    });
  } catch (err) {
    return describeLoadError(name, err);
  }
}
async function quietly(sink, fn) {
  const warn = console.warn;
  console.warn = (...args) => {
    sink.push(args.map((a) => a instanceof Error ? a.message : String(a)).join(" "));
  };
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}
function wasmDir() {
  try {
    const main = createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm");
    return path.dirname(main) + path.sep;
  } catch {
    const here = path.dirname(fileURLToPath(import.meta.url));
    return existsSync(path.join(here, "tfjs-backend-wasm.wasm")) ? here + path.sep : void 0;
  }
}
function silenceNodeHint() {
  const backend2 = backend();
  if (typeof backend2.firstUse === "boolean") backend2.firstUse = false;
}
function describeLoadError(name, err) {
  const e = err;
  const message = oneLine(e?.message ?? String(err));
  if (name in NATIVE_PACKAGE) {
    const pkg = NATIVE_PACKAGE[name];
    const missing = e?.code === "ERR_MODULE_NOT_FOUND" || e?.code === "MODULE_NOT_FOUND" || /Cannot find (package|module)/.test(message);
    if (missing && message.includes(`'${pkg}'`)) return `${pkg} is not installed`;
  }
  return message;
}
function oneLine(text) {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? text;
  return line.trim().replace(/\s+/g, " ").slice(0, 300);
}

// pipelines/train/arrays.ts
var import_seedrandom2 = __toESM(require_seedrandom(), 1);

// pipelines/data/images/augment.ts
var import_seedrandom = __toESM(require_seedrandom(), 1);
function augmentImages(images, labels, config, seed) {
  const rng = (0, import_seedrandom.default)(`modelops:augment:${config.seed ?? seed}`);
  const { height: H, width: W, channels: C, count: count3 } = images;
  const per = H * W * C;
  const total = count3 * (1 + config.copies);
  const pixels = new Uint8Array(total * per);
  const outLabels = new Int32Array(total);
  pixels.set(images.pixels.subarray(0, count3 * per));
  for (let i = 0; i < count3; i++) outLabels[i] = labels[i];
  for (let copy = 1; copy <= config.copies; copy++) {
    for (let i = 0; i < count3; i++) {
      const at = copy * count3 + i;
      transform2(
        images.pixels.subarray(i * per, (i + 1) * per),
        pixels.subarray(at * per, (at + 1) * per),
        H,
        W,
        C,
        draw2(config, rng)
      );
      outLabels[at] = labels[i];
    }
  }
  return { images: { ...images, pixels, count: total }, labels: outLabels };
}
function augmentOne(src, dst, shape, config, rng) {
  transform2(src, dst, shape.height, shape.width, shape.channels, draw2(config, rng));
}
function draw2(c, rng) {
  const shift = Math.max(c.translate, c.crop);
  const int = (m) => m === 0 ? 0 : Math.floor(rng() * (2 * m + 1)) - m;
  return {
    flipH: (c.flip === "horizontal" || c.flip === "both") && rng() < 0.5,
    flipV: (c.flip === "vertical" || c.flip === "both") && rng() < 0.5,
    angle: c.rotate > 0 ? (rng() * 2 - 1) * c.rotate * Math.PI / 180 : 0,
    dx: int(shift),
    dy: int(shift)
  };
}
function transform2(src, dst, H, W, C, d) {
  const cy = (H - 1) / 2;
  const cx = (W - 1) / 2;
  const cos3 = Math.cos(d.angle);
  const sin3 = Math.sin(d.angle);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const ux = x - d.dx - cx;
      const uy = y - d.dy - cy;
      let sx = Math.round(cos3 * ux + sin3 * uy + cx);
      let sy = Math.round(-sin3 * ux + cos3 * uy + cy);
      if (d.flipH) sx = W - 1 - sx;
      if (d.flipV) sy = H - 1 - sy;
      const o = (y * W + x) * C;
      if (sx < 0 || sx >= W || sy < 0 || sy >= H) {
        for (let c = 0; c < C; c++) dst[o + c] = 0;
      } else {
        const s = (sy * W + sx) * C;
        for (let c = 0; c < C; c++) dst[o + c] = src[s + c];
      }
    }
  }
}

// pipelines/train/arrays.ts
var sampleSize = (a) => a.inputShape.reduce((p2, d) => p2 * d, 1);
var count2 = (a) => a.y.length;
function fromSplit(split2, width, shared = false) {
  const n = split2.x.length;
  const x = floats(n * width, shared);
  for (let i = 0; i < n; i++) {
    const row = split2.x[i];
    for (let j = 0; j < width; j++) x[i * width + j] = row[j];
  }
  const y = floats(n, shared);
  y.set(split2.y);
  return { x, inputShape: [width], y };
}
function floats(n, shared = false) {
  return shared ? new Float32Array(new SharedArrayBuffer(n * 4)) : new Float32Array(n);
}
function shareArrays(a) {
  const isShared = (t) => t.buffer instanceof SharedArrayBuffer;
  const copy = (t) => {
    if (isShared(t)) return t;
    const out = new t.constructor(new SharedArrayBuffer(t.byteLength));
    out.set(t);
    return out;
  };
  return { ...a, x: copy(a.x), y: copy(a.y) };
}
function batchInputs(a, indices, epoch) {
  return tensor(batchArray(a, indices, epoch), [indices.length, ...a.inputShape], "float32");
}
function batchArray(a, indices, epoch) {
  const size = sampleSize(a);
  const out = new Float32Array(indices.length * size);
  const scale2 = a.scale ?? 1;
  const augment = epoch !== void 0 ? a.augment : void 0;
  const shape = augment ? { height: augment.shape[0], width: augment.shape[1], channels: augment.shape[2] } : void 0;
  const scratch2 = augment ? new Uint8Array(size) : void 0;
  for (let i = 0; i < indices.length; i++) {
    const from = indices[i] * size;
    let sample = a.x.subarray(from, from + size);
    if (augment && scratch2 && shape) {
      augmentOne(
        sample,
        scratch2,
        shape,
        augment.config,
        (0, import_seedrandom2.default)(`modelops:augment:${augment.seed}:${epoch}:${indices[i]}`)
      );
      sample = scratch2;
    }
    if (scale2 === 1) out.set(sample, i * size);
    else for (let j = 0; j < size; j++) out[i * size + j] = sample[j] * scale2;
  }
  return out;
}
function batchTargets(a, indices, numClasses) {
  if (numClasses === void 0) {
    const out2 = new Float32Array(indices.length);
    for (let i = 0; i < indices.length; i++) out2[i] = a.y[indices[i]];
    return tensor2d(out2, [indices.length, 1]);
  }
  const out = new Float32Array(indices.length * numClasses);
  for (let i = 0; i < indices.length; i++) out[i * numClasses + a.y[indices[i]]] = 1;
  return tensor2d(out, [indices.length, numClasses]);
}
function batchWeights(a, indices, classWeights) {
  if (classWeights === void 0) return void 0;
  const out = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = classWeights[a.y[indices[i]]];
  return tensor1d(out);
}
function subset(a, indices) {
  const size = sampleSize(a);
  const x = new a.x.constructor(indices.length * size);
  const y = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i];
    x.set(a.x.subarray(k * size, (k + 1) * size), i * size);
    y[i] = a.y[k];
  }
  return { ...a, x, y };
}

// pipelines/train/optimizers.ts
function makeOptimizer(spec) {
  const lr = spec.learningRate;
  switch (spec.name) {
    case "sgd":
      return train.sgd(lr);
    case "momentum":
      return train.momentum(lr, 0.9);
    case "adam":
    case "adamw":
      return train.adam(lr);
    case "rmsprop":
      return train.rmsprop(lr);
    case "adagrad":
      return train.adagrad(lr);
  }
}
function setLearningRate(optimizer, lr) {
  const o = optimizer;
  if (o.learningRate === lr) return;
  if (typeof o.setLearningRate === "function") o.setLearningRate(lr);
  else o.learningRate = lr;
}
function applyFlat(optimizer, spec, variables, flat, lr) {
  setLearningRate(optimizer, lr);
  const grads = {};
  variables.forEach((v, i) => {
    grads[v.name] = tensor(flat[i], v.shape, "float32");
  });
  optimizer.applyGradients(grads);
  dispose(Object.values(grads));
  decay(spec, variables, lr);
}
function applyNamed(optimizer, spec, variables, grads, lr) {
  setLearningRate(optimizer, lr);
  optimizer.applyGradients(grads);
  decay(spec, variables, lr);
}
function decay(spec, variables, lr) {
  const wd = spec.name === "adamw" ? spec.weightDecay ?? 0.01 : 0;
  if (wd === 0) return;
  const factor = 1 - lr * wd;
  tidy(() => {
    for (const v of variables) if (decays(v)) v.assign(mul(v, factor));
  });
}
var decays = (v) => v.rank >= 2;
function heapUpdate(k, spec, step3, at, lr, decays2) {
  if (spec.name === "adam" || spec.name === "adamw") {
    const b1 = 0.9;
    const b2 = 0.999;
    const decay2 = spec.name === "adamw" && decays2 ? spec.weightDecay ?? 0.01 : 0;
    k.adam_update(at.w, at.g, at.m, at.v, at.n, lr, b1, b2, 1e-7, 1 - b1 ** step3, 1 - b2 ** step3, decay2);
  } else k.sgd_update(at.w, at.g, at.m, at.n, lr, spec.name === "momentum" ? 0.9 : 0);
}
function freshBuffers(variables) {
  for (const v of variables) {
    if (!v) continue;
    const copy = add(v, 0);
    v.assign(copy);
    copy.dispose();
  }
}
function sumParts(parts, variables) {
  let at = 0;
  return variables.map((v) => {
    const total = parts[0].slice(at, at + v.size);
    for (const part of parts.slice(1)) for (let i = 0; i < v.size; i++) total[i] = total[i] + part[at + i];
    at += v.size;
    return total;
  });
}
function flatUpdater(optimizer, spec, variables, inPlace = false) {
  if (getBackend() === "wasm" && ["sgd", "momentum", "adam", "adamw"].includes(spec.name)) {
    return new HeapUpdater(backend(), spec, variables, inPlace);
  }
  const apply = (flat, lr) => applyFlat(optimizer, spec, variables, flat, lr);
  return {
    apply,
    applySum: (parts, lr) => apply(sumParts(parts, variables), lr),
    dispose: () => {
    }
  };
}
var HeapUpdater = class {
  constructor(backend2, spec, variables, inPlace) {
    this.backend = backend2;
    this.spec = spec;
    this.variables = variables;
    this.inPlace = inPlace;
    this.k = kernelsFor(backend2);
    const adam = spec.name === "adam" || spec.name === "adamw";
    const alloc = (floats2) => {
      const p2 = backend2.wasm._malloc(Math.max(1, floats2) * 4);
      this.blocks.push(p2);
      this.k.zero_f32(p2, Math.max(1, floats2));
      return p2;
    };
    this.moments = variables.map((v) => ({ m: alloc(v.size), v: adam ? alloc(v.size) : 0 }));
    const widest = Math.max(1, ...variables.map((v) => v.size));
    this.scratch = alloc(widest);
    this.addend = alloc(widest);
    if (inPlace) freshBuffers(variables);
  }
  backend;
  spec;
  variables;
  inPlace;
  k;
  moments;
  scratch;
  addend;
  blocks = [];
  step = 0;
  heap() {
    return new Float32Array(this.backend.wasm.asm.memory.buffer);
  }
  apply(flat, lr) {
    this.update(lr, (i) => this.heap().set(flat[i], this.scratch / 4));
  }
  applySum(parts, lr) {
    let at = 0;
    this.update(lr, (_i, n) => {
      const heap = this.heap();
      heap.set(parts[0].subarray(at, at + n), this.scratch / 4);
      for (const part of parts.slice(1)) {
        heap.set(part.subarray(at, at + n), this.addend / 4);
        this.k.add_inplace(this.scratch, this.addend, n);
      }
      at += n;
    });
  }
  /** One update of every variable, with `load(i, size)` putting variable i's gradient into the scratch buffer. */
  update(lr, load) {
    this.step++;
    this.variables.forEach((variable2, i) => {
      const next = this.inPlace ? variable2 : add(variable2, 0);
      load(i, variable2.size);
      const w = this.backend.dataIdMap.get(next.dataId).memoryOffset;
      const { m, v } = this.moments[i];
      heapUpdate(
        this.k,
        this.spec,
        this.step,
        { w, g: this.scratch, m, v, n: variable2.size },
        lr,
        decays(variable2)
      );
      if (next !== variable2) {
        variable2.assign(next);
        next.dispose();
      }
    });
  }
  dispose() {
    for (const p2 of this.blocks) this.backend.wasm._free(p2);
    this.blocks.length = 0;
  }
};

// pipelines/train/fused.ts
var import_seedrandom3 = __toESM(require_seedrandom(), 1);
var ACT = { linear: 0, relu: 1, tanh: 2, sigmoid: 3, elu: 4, selu: 5 };
function fusedNetwork(model2, classification) {
  if (getBackend() !== "wasm") return "not on the wasm backend";
  const net = fusedOps(model2);
  if (typeof net === "string") return net;
  if (classification ? net.output !== "softmax" : net.output !== "linear")
    return `an output activation ${net.output}`;
  return { ops: net.ops, softmax: classification };
}
function fusedPlan(network, spec) {
  if (typeof network === "string") return network;
  if (!["sgd", "momentum", "adam", "adamw"].includes(spec.name)) return `optimizer ${spec.name}`;
  return network;
}
function l2Of(layer) {
  const config = layer.getConfig();
  if (config.activityRegularizer || config.biasRegularizer) return "an activity or bias regulariser";
  const reg = config.kernelRegularizer;
  if (!reg) return 0;
  if (reg.className !== "L1L2" || (reg.config.l1 ?? 0) !== 0) return "a regulariser other than l2";
  return reg.config.l2 ?? 0;
}
function fusedOps(model2) {
  const ops = [];
  const input2 = model2.inputs[0].shape.slice(1);
  let shape = input2;
  for (const layer of model2.layers) {
    const cls = layer.getClassName();
    const config = layer.getConfig();
    if (cls === "InputLayer") continue;
    if (cls === "Reshape") {
      const target = config.targetShape;
      if (target.reduce((a, b) => a * b, 1) !== shape.reduce((a, b) => a * b, 1))
        return "a Reshape that resizes";
      shape = target.length === 2 ? [...target, 1] : target;
      continue;
    }
    if (cls === "Flatten") {
      shape = [shape.reduce((a, b) => a * b, 1)];
      continue;
    }
    if (cls === "Dropout") {
      if (config.noiseShape) return "a Dropout layer with a noise shape";
      const rate = config.rate;
      if (rate > 0) ops.push({ kind: "dropout", size: shape.reduce((a, b) => a * b, 1), rate });
      continue;
    }
    const l23 = l2Of(layer);
    if (typeof l23 === "string") return l23;
    const step3 = cls === "Conv2D" ? convOp(layer, config, shape, l23) : cls === "MaxPooling2D" ? poolOp(config, shape) : cls === "Dense" ? denseOp(layer, config, shape, l23) : `a ${cls} layer`;
    if (typeof step3 === "string") return step3;
    ops.push(step3.op);
    shape = step3.shape;
  }
  const out = ops.at(-1);
  if (out?.kind !== "dense") return out ? "a network that does not end with a dense layer" : "no layers";
  const output = model2.layers.at(-1).getConfig().activation ?? "linear";
  out.act = 0;
  const bad = ops.slice(0, -1).find((o) => (o.kind === "conv" || o.kind === "dense") && o.act < 0);
  if (bad) return "a hidden activation other than linear, relu, tanh, sigmoid, elu, selu";
  return { ops, output };
}
function convOp(layer, config, shape, l23) {
  if (shape.length !== 3) return "a Conv2D layer on inputs that are not images";
  const c = config;
  if (c.dataFormat && c.dataFormat !== "channelsLast") return "a channels-first Conv2D";
  const [kernel, bias] = layer.trainableWeights.map((v) => v.read());
  const g = geometry(
    backend_util_exports.computeConv2DInfo(
      [1, ...shape],
      kernel.shape,
      c.strides ?? 1,
      c.dilationRate ?? 1,
      c.padding
    )
  );
  if (g.dh !== 1 || g.dw !== 1) return "a dilated Conv2D";
  const op2 = {
    kind: "conv",
    kernel,
    bias: c.useBias ? bias : void 0,
    h: g.H,
    w: g.W,
    ci: g.CI,
    oh: g.OH,
    ow: g.OW,
    co: g.CO,
    kh: g.KH,
    kw: g.KW,
    sh: g.sh,
    sw: g.sw,
    hp: g.HP,
    wp: g.WP,
    top: g.top,
    left: g.left,
    act: ACT[c.activation] ?? -1,
    l2: l23
  };
  return { op: op2, shape: [g.OH, g.OW, g.CO] };
}
function poolOp(config, shape) {
  if (shape.length !== 3) return "a MaxPooling2D layer on inputs that are not images";
  const c = config;
  const info = backend_util_exports.computePool2DInfo(
    [1, ...shape],
    c.poolSize,
    c.strides ?? c.poolSize,
    1,
    c.padding
  );
  const op2 = {
    kind: "pool",
    h: info.inHeight,
    w: info.inWidth,
    c: info.inChannels,
    oh: info.outHeight,
    ow: info.outWidth,
    fh: info.filterHeight,
    fw: info.filterWidth,
    sh: info.strideHeight,
    sw: info.strideWidth,
    top: info.padInfo.top,
    left: info.padInfo.left
  };
  return { op: op2, shape: [info.outHeight, info.outWidth, info.inChannels] };
}
function denseOp(layer, config, shape, l23) {
  const c = config;
  const [kernel, bias] = layer.trainableWeights.map((v) => v.read());
  if (kernel?.rank !== 2 || shape.length !== 1) return "a dense layer on inputs of rank above 2";
  const op2 = {
    kind: "dense",
    kernel,
    bias: c.useBias ? bias : void 0,
    inputs: kernel.shape[0],
    units: c.units,
    act: ACT[c.activation] ?? -1,
    l2: l23
  };
  return { op: op2, shape: [c.units] };
}
function denseStack(model2) {
  const other = model2.layers.find((l) => !["InputLayer", "Dense", "Dropout"].includes(l.getClassName()));
  if (other) return `a ${other.getClassName()} layer`;
  const net = fusedOps(model2);
  if (typeof net === "string") return net;
  return { layers: net.ops.filter((op2) => op2.kind === "dense"), output: net.output };
}
var outSize = (op2) => op2.kind === "conv" ? op2.oh * op2.ow * op2.co : op2.kind === "pool" ? op2.oh * op2.ow * op2.c : op2.kind === "dropout" ? op2.size : op2.units;
var kernelSize = (op2) => op2.kind === "conv" ? op2.kh * op2.kw * op2.ci * op2.co : op2.kind === "dense" ? op2.inputs * op2.units : 0;
var biasSize = (op2) => op2.kind === "conv" ? op2.co : op2.kind === "dense" ? op2.units : 0;
var convDims2 = (op2, B) => [B, op2.hp, op2.wp, op2.ci, op2.oh, op2.ow, op2.co, op2.kh, op2.kw, op2.sh, op2.sw];
var poolDims = (op2, B) => [B, op2.h, op2.w, op2.c, op2.oh, op2.ow, op2.fh, op2.fw, op2.sh, op2.sw];
function crossEntropy(p2, t, smoothed) {
  let best = 0;
  let sum3 = 0;
  for (let c = 0; c < p2.length; c++) {
    if (p2[c] > p2[best]) best = c;
    sum3 += p2[c];
  }
  const clipped = (c) => Math.min(Math.max(p2[c] / sum3, 1e-7), 1 - 1e-7);
  let loss = -Math.log(clipped(t));
  if (smoothed) {
    loss = 0;
    for (let c = 0; c < p2.length; c++) loss -= smoothed[c] * Math.log(clipped(c));
  }
  return { loss, hit: best === t };
}
function errors(z, y) {
  let se = 0;
  let ae = 0;
  for (let c = 0; c < z.length; c++) {
    const d = z[c] - y[c];
    se += d * d;
    ae += Math.abs(d);
  }
  return { se, ae };
}
var FusedNet = class {
  constructor(backend2, plan, spec, maxBatch, seed) {
    this.backend = backend2;
    this.plan = plan;
    this.spec = spec;
    this.k = kernelsFor(backend2);
    const alloc = (floats2, zero = false) => {
      const p2 = backend2.wasm._malloc(Math.max(1, floats2) * 4);
      this.blocks.push(p2);
      if (zero) this.k.zero_f32(p2, Math.max(1, floats2));
      return p2;
    };
    const ops = plan.ops;
    this.firstWeighted = ops.findIndex((o) => o.kind === "conv" || o.kind === "dense");
    const first = ops[0];
    const inputs = first.kind === "conv" ? first.h * first.w * first.ci : first.kind === "pool" ? first.h * first.w * first.c : first.kind === "dropout" ? first.size : first.inputs;
    this.x = alloc(maxBatch * inputs);
    this.y = alloc(maxBatch * outSize(ops.at(-1)));
    this.w = alloc(maxBatch);
    this.zeros = alloc(Math.max(1, ...ops.map(biasSize)), true);
    this.rng = alloc(4);
    const draw3 = (0, import_seedrandom3.default)(`modelops:fused-dropout:${seed}`);
    const state = new Uint32Array(this.backend.wasm.asm.memory.buffer, this.rng, 4);
    for (let i = 0; i < 4; i++) state[i] = Math.floor(draw3() * 2 ** 32) >>> 0 | (i === 0 ? 1 : 0);
    const stateful = spec !== void 0 && spec.name !== "sgd";
    const adam = spec?.name.startsWith("adam") ?? false;
    this.buf = ops.map((op2, i) => {
      const n = maxBatch * outSize(op2);
      const kn = kernelSize(op2);
      const bn = biasSize(op2);
      const below = i > this.firstWeighted;
      const padded2 = op2.kind === "conv" && (op2.hp !== op2.h || op2.wp !== op2.w);
      return {
        out: alloc(n),
        dOut: alloc(n),
        z: op2.kind === "conv" || op2.kind === "dense" ? alloc(n) : 0,
        mask: op2.kind === "dropout" ? alloc(n) : 0,
        xp: padded2 && op2.kind === "conv" ? alloc(maxBatch * op2.hp * op2.wp * op2.ci, true) : 0,
        dxp: padded2 && below && op2.kind === "conv" ? alloc(maxBatch * op2.hp * op2.wp * op2.ci) : 0,
        wt: kn > 0 && below ? alloc(kn) : 0,
        gw: kn > 0 ? alloc(kn) : 0,
        gb: bn > 0 ? alloc(bn) : 0,
        m: kn > 0 && stateful ? alloc(kn, true) : 0,
        v: kn > 0 && adam ? alloc(kn, true) : 0,
        mb: bn > 0 && stateful ? alloc(bn, true) : 0,
        vb: bn > 0 && adam ? alloc(bn, true) : 0
      };
    });
    if (spec) this.publish();
  }
  backend;
  plan;
  spec;
  k;
  x;
  y;
  w;
  rng;
  /** Zeros: the bias of layers that have none. */
  zeros;
  buf;
  blocks = [];
  /** The first op with weights: nothing below it needs a gradient. */
  firstWeighted;
  step = 0;
  /** Moves every weight into a fresh buffer (freshBuffers): call before the model predicts (validation, saving). */
  publish() {
    freshBuffers(
      this.plan.ops.flatMap((op2) => op2.kind === "conv" || op2.kind === "dense" ? [op2.kernel, op2.bias] : [])
    );
  }
  heap() {
    return new Float32Array(this.backend.wasm.asm.memory.buffer);
  }
  offset(t) {
    return this.backend.dataIdMap.get(t.dataId).memoryOffset;
  }
  /**
   * Gradients of (sum of the batch's weighted per-sample losses) / `denominator` (+ the l2 penalties when
   * `regularise`) for the samples at `indices`, into this net's gradient buffers (read them with gradViews);
   * returns the batch's loss sum and metric sum.
   */
  gradients(data, indices, numClasses, classWeights, epoch, denominator, regularise) {
    const batch = this.loadBatch(data, indices, numClasses, classWeights, epoch);
    this.forward(batch.size);
    this.outputGradient(batch.size, classWeights !== void 0, denominator);
    this.backward(batch.size, regularise);
    return this.batchSums(data, indices, classWeights, batch);
  }
  /** Inputs, targets (one-hot, label-smoothed, or values) and sample weights of a batch into the heap. */
  loadBatch(data, indices, numClasses, classWeights, epoch) {
    const B = indices.length;
    const out = outSize(this.plan.ops.at(-1));
    const heap = this.heap();
    heap.set(batchArray(data, indices, epoch), this.x / 4);
    const y = heap.subarray(this.y / 4, this.y / 4 + B * out);
    const smoothing = numClasses !== void 0 ? this.plan.labelSmoothing ?? 0 : 0;
    y.fill(smoothing / out);
    for (let i = 0; i < B; i++) {
      const t = data.y[indices[i]];
      if (numClasses !== void 0) y[i * out + t] = 1 - smoothing + smoothing / out;
      else y[i] = t;
    }
    if (classWeights) for (let i = 0; i < B; i++) heap[this.w / 4 + i] = classWeights[data.y[indices[i]]];
    return { size: B, targets: y, smoothing };
  }
  /** The forward pass of a batch of B: each op's output (and pre-activation, mask, padded input) in its buffers. */
  forward(B) {
    const k = this.k;
    let input2 = this.x;
    for (const [i, op2] of this.plan.ops.entries()) {
      const b = this.buf[i];
      if (op2.kind === "conv") {
        let src = input2;
        if (b.xp) {
          k.pad_nhwc(input2, b.xp, B, op2.h, op2.w, op2.ci, op2.hp, op2.wp, op2.top, op2.left);
          src = b.xp;
        }
        k.conv2d_forward(src, this.offset(op2.kernel), b.z, ...convDims2(op2, B));
        k.bias_act(b.z, this.biasOf(op2), b.out, B * op2.oh * op2.ow, op2.co, op2.act);
      } else if (op2.kind === "pool") {
        k.max_pool(input2, b.out, ...poolDims(op2, B), op2.top, op2.left);
      } else if (op2.kind === "dropout") {
        k.dropout_mask(b.mask, B * op2.size, op2.rate, this.rng);
        k.mul_to(input2, b.mask, b.out, B * op2.size);
      } else {
        k.gemm(input2, this.offset(op2.kernel), b.z, B, op2.units, op2.inputs, op2.inputs, op2.units, op2.units, 0);
        k.bias_act(b.z, this.biasOf(op2), b.out, B, op2.units, op2.act);
      }
      input2 = b.out;
    }
  }
  biasOf(op2) {
    return op2.bias ? this.offset(op2.bias) : this.zeros;
  }
  /** The loss gradient at the output (the output layer's activation is linear here: z = out). */
  outputGradient(B, weighted, denominator) {
    const top = this.buf.at(-1);
    const out = outSize(this.plan.ops.at(-1));
    const w = weighted ? this.w : 0;
    if (this.plan.softmax) this.k.softmax_xent(top.z, this.y, w, top.out, top.dOut, B, out, 1 / denominator);
    else this.k.mse_grad(top.z, this.y, w, top.dOut, B, out, 1 / denominator);
  }
  /** Backward: dOut of op i is the gradient of its output; each op turns it into its input's (dOut of i - 1). */
  backward(B, regularise) {
    const { k, buf } = this;
    const ops = this.plan.ops;
    const last = ops.length - 1;
    for (let i = last; i >= this.firstWeighted; i--) {
      const op2 = ops[i];
      const b = buf[i];
      const prev = i === 0 ? this.x : buf[i - 1].out;
      const dPrev = i > this.firstWeighted ? buf[i - 1].dOut : 0;
      const step3 = { B, prev, dPrev, hidden: i !== last, regularise };
      if (op2.kind === "conv") this.backwardConv(op2, b, step3);
      else if (op2.kind === "dense") this.backwardDense(op2, b, step3);
      else if (op2.kind === "pool") {
        if (dPrev) k.max_pool_grad(prev, b.dOut, dPrev, ...poolDims(op2, B), 1, 1, op2.top, op2.left);
      } else if (dPrev) k.mul_to(b.dOut, b.mask, dPrev, B * op2.size);
    }
  }
  /** A convolution's kernel and bias gradients, and its input's gradient into dPrev (0: none wanted). */
  backwardConv(op2, b, { B, prev, dPrev, hidden, regularise }) {
    const k = this.k;
    const rows = B * op2.oh * op2.ow;
    if (hidden) k.act_backward(b.dOut, b.z, b.out, 0, b.dOut, rows * op2.co, op2.act);
    k.conv2d_backprop_filter(b.xp || prev, b.dOut, b.gw, ...convDims2(op2, B), 1, 1);
    k.sum_rows(b.dOut, b.gb, rows, op2.co);
    if (regularise && op2.l2 > 0) k.add_l2(b.gw, this.offset(op2.kernel), kernelSize(op2), op2.l2);
    if (!dPrev) return;
    const kernel = this.offset(op2.kernel);
    k.regroup_filter(kernel, b.wt, op2.kh, op2.kw, op2.ci, op2.co, 1);
    k.conv2d_backprop_input(b.dOut, b.wt, kernel, b.dxp || dPrev, ...convDims2(op2, B), 1, 1);
    if (b.dxp) k.crop_nhwc(b.dxp, dPrev, B, op2.h, op2.w, op2.ci, op2.hp, op2.wp, op2.top, op2.left);
  }
  /** A dense layer's kernel and bias gradients, and its input's gradient into dPrev (0: none wanted). */
  backwardDense(op2, b, { B, prev, dPrev, hidden, regularise }) {
    const k = this.k;
    if (hidden) k.act_backward(b.dOut, b.z, b.out, 0, b.dOut, B * op2.units, op2.act);
    k.gemm(prev, b.dOut, b.gw, op2.inputs, op2.units, B, op2.inputs, op2.units, op2.units, 1);
    k.sum_rows(b.dOut, b.gb, B, op2.units);
    if (regularise && op2.l2 > 0) k.add_l2(b.gw, this.offset(op2.kernel), kernelSize(op2), op2.l2);
    if (!dPrev) return;
    k.transpose2d(this.offset(op2.kernel), b.wt, op2.inputs, op2.units);
    k.gemm(b.dOut, b.wt, dPrev, B, op2.inputs, op2.units, op2.units, op2.inputs, op2.inputs, 0);
  }
  /** The batch's loss and metric sums, from the predictions the forward pass left at the output. */
  batchSums(data, indices, classWeights, { targets: y, smoothing }) {
    const heap = this.heap();
    const top = this.buf.at(-1);
    const out = outSize(this.plan.ops.at(-1));
    const B = indices.length;
    let lossSum = 0;
    let metricSum2 = 0;
    const pred = heap.subarray(top.out / 4, top.out / 4 + B * out);
    for (let i = 0; i < B; i++) {
      const weight = classWeights ? classWeights[data.y[indices[i]]] : 1;
      const row = pred.subarray(i * out, (i + 1) * out);
      const targets = y.subarray(i * out, (i + 1) * out);
      if (this.plan.softmax) {
        const t = data.y[indices[i]];
        const { loss, hit } = crossEntropy(row, t, smoothing > 0 ? targets : void 0);
        lossSum += loss * weight;
        if (hit) metricSum2++;
      } else {
        const { se, ae } = errors(heap.subarray(top.z / 4 + i * out, top.z / 4 + (i + 1) * out), targets);
        lossSum += se / out * weight;
        metricSum2 += ae;
      }
    }
    return { lossSum, metricSum: metricSum2 };
  }
  /** The last gradients, one view of the heap per trainable variable in model order (valid until the next call). */
  gradViews() {
    const heap = this.heap();
    const views = [];
    for (const [i, op2] of this.plan.ops.entries()) {
      if (op2.kind !== "conv" && op2.kind !== "dense") continue;
      const b = this.buf[i];
      views.push(heap.subarray(b.gw / 4, b.gw / 4 + kernelSize(op2)));
      if (op2.bias) views.push(heap.subarray(b.gb / 4, b.gb / 4 + biasSize(op2)));
    }
    return views;
  }
  /** One training step on the samples at `indices`: gradients, then the optimizer's update in place. */
  run(data, indices, numClasses, classWeights, lr, epoch) {
    const spec = this.spec;
    if (!spec) throw new Error("FusedNet.run needs an optimizer");
    const sums = this.gradients(data, indices, numClasses, classWeights, epoch, indices.length, true);
    this.step++;
    for (const [i, op2] of this.plan.ops.entries()) {
      if (op2.kind !== "conv" && op2.kind !== "dense") continue;
      const b = this.buf[i];
      heapUpdate(
        this.k,
        spec,
        this.step,
        { w: this.offset(op2.kernel), g: b.gw, m: b.m, v: b.v, n: kernelSize(op2) },
        lr,
        true
      );
      if (op2.bias) {
        const bias = { w: this.offset(op2.bias), g: b.gb, m: b.mb, v: b.vb, n: biasSize(op2) };
        heapUpdate(this.k, spec, this.step, bias, lr, false);
      }
    }
    return sums;
  }
  dispose() {
    for (const p2 of this.blocks) this.backend.wasm._free(p2);
    this.blocks.length = 0;
  }
};
function startReplicaFused(plan, task, maxBatch, seed, rank) {
  return startFused(
    { ...plan, labelSmoothing: task.labelSmoothing ?? 0 },
    void 0,
    maxBatch,
    `${seed}:replica${rank}`
  );
}
function startFused(plan, spec, maxBatch, seed) {
  return new FusedNet(backend(), plan, spec, maxBatch, seed);
}

// pipelines/train/parallel.ts
import { Worker } from "node:worker_threads";
var CTRL = { go: 0, stop: 1, error: 2, ready: 3, done: 4 };
var CTRL_SLOTS = 4 + 64;
function shard(length, rank, replicas) {
  return [Math.floor(rank * length / replicas), Math.floor((rank + 1) * length / replicas)];
}
function reduceSlots(grads, parity, replicas, params) {
  const stride = params + 2;
  const base = parity * replicas * stride;
  const parts = [];
  let lossSum = 0;
  let metricSum2 = 0;
  for (let r = 0; r < replicas; r++) {
    const from = base + r * stride;
    parts.push(grads.subarray(from, from + params));
    lossSum += grads[from + params];
    metricSum2 += grads[from + params + 1];
  }
  return { parts, lossSum, metricSum: metricSum2 };
}
function writeSlot(init, parity, rank, values, lossSum, metricSum2) {
  const stride = init.params + 2;
  let at = (parity * init.replicas + rank) * stride;
  const start = at;
  for (const v of values) {
    init.grads.set(v, at);
    at += v.length;
  }
  if (values.length === 0) init.grads.fill(0, start, start + init.params);
  init.grads[start + init.params] = lossSum;
  init.grads[start + init.params + 1] = metricSum2;
}
function waitFor(ctrl, slot, value, what, timeoutMs = 6e5) {
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    const now = Atomics.load(ctrl, slot);
    if (now >= value) return;
    if (Atomics.load(ctrl, CTRL.error) !== 0) throw new Error(`a training worker failed while ${what}`);
    if (Date.now() > deadline)
      throw new Error(`a training worker did not answer within ${timeoutMs / 1e3}s (${what})`);
    Atomics.wait(ctrl, slot, now, 1e3);
  }
}
async function startReplicas(opts) {
  const shapes = opts.model.trainableWeights.map((w) => w.shape);
  const params = shapes.reduce((s, shape) => s + shape.reduce((a, b) => a * b, 1), 0);
  const shared = sharedBuffers(opts.replicas, opts.maxBatch, params);
  const data = shareArrays(opts.data);
  if (sampleSize(data) * data.y.length !== data.x.length) throw new Error("training arrays are inconsistent");
  const crew = spawnWorkers(opts, shared, data, params);
  await untilReady(shared, crew, opts.replicas);
  return coordinator(opts, shared, crew, params);
}
function sharedBuffers(R, maxBatch, params) {
  return {
    ctrl: new Int32Array(new SharedArrayBuffer(CTRL_SLOTS * 4)),
    indices: new Int32Array(new SharedArrayBuffer(2 * maxBatch * 4)),
    lengths: new Int32Array(new SharedArrayBuffer(2 * 4)),
    rates: new Float64Array(new SharedArrayBuffer(2 * 8)),
    epochs: new Int32Array(new SharedArrayBuffer(2 * 4)),
    grads: new Float32Array(new SharedArrayBuffer(2 * R * (params + 2) * 4))
  };
}
function spawnWorkers(opts, shared, data, params) {
  const R = opts.replicas;
  const modelJson = JSON.stringify(opts.model.toJSON(null, false));
  const weights = opts.model.getWeights().map((w) => w.dataSync());
  const crew = { workers: [], exits: [], failures: [] };
  for (let rank = 1; rank < R; rank++) {
    const init = {
      rank,
      replicas: R,
      backend: opts.backend,
      modelJson,
      weights,
      optimizer: opts.optimizer,
      task: opts.task,
      ...opts.classWeights ? { classWeights: opts.classWeights } : {},
      data,
      seed: opts.seed,
      fused: opts.fused,
      ...shared,
      maxBatch: opts.maxBatch,
      params
    };
    const worker = new Worker(new URL("./parallel-worker.js", import.meta.url), { workerData: init });
    crew.workers.push(worker);
    crew.exits.push(
      new Promise((resolve) => {
        worker.on("error", (err) => {
          crew.failures.push(err.message.split("\n")[0]);
          Atomics.store(shared.ctrl, CTRL.error, 1);
        });
        worker.on("exit", () => resolve());
      })
    );
  }
  return crew;
}
async function untilReady(shared, crew, R) {
  const started = Date.now();
  while (Atomics.load(shared.ctrl, CTRL.ready) < R - 1) {
    if (Atomics.load(shared.ctrl, CTRL.error) !== 0 || crew.failures.length > 0) {
      await Promise.all(crew.workers.map((w) => w.terminate()));
      throw new ModelopsError(
        `train.workers: a training worker could not start (${crew.failures[0] ?? "see its error above"}); set train.workers: 1`
      );
    }
    if (Date.now() - started > 12e4) {
      await Promise.all(crew.workers.map((w) => w.terminate()));
      throw new ModelopsError(
        "train.workers: the training workers did not start within 120s; set train.workers: 1"
      );
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}
function coordinator(opts, shared, crew, params) {
  const R = opts.replicas;
  const { workers, exits } = crew;
  let step3 = 0;
  return {
    step(indices, learningRate, epoch, local) {
      step3++;
      const parity = step3 & 1;
      const length = indices.length;
      shared.indices.set(indices, parity * opts.maxBatch);
      shared.lengths[parity] = length;
      shared.rates[parity] = learningRate;
      shared.epochs[parity] = epoch;
      Atomics.store(shared.ctrl, CTRL.go, step3);
      Atomics.notify(shared.ctrl, CTRL.go);
      const [from, to] = shard(length, 0, R);
      const mine = local(from, to);
      writeSlot(
        { grads: shared.grads, replicas: R, params },
        parity,
        0,
        mine.grads,
        mine.result.lossSum,
        mine.result.metricSum
      );
      Atomics.store(shared.ctrl, CTRL.done, step3);
      Atomics.notify(shared.ctrl, CTRL.done);
      for (let rank = 1; rank < R; rank++)
        waitFor(shared.ctrl, CTRL.done + rank, step3, "computing gradients");
      const reduced = reduceSlots(shared.grads, parity, R, params);
      return {
        lossSum: reduced.lossSum,
        metricSum: reduced.metricSum,
        apply: () => opts.onApply(reduced.parts, learningRate)
      };
    },
    async close() {
      Atomics.store(shared.ctrl, CTRL.stop, 1);
      Atomics.store(shared.ctrl, CTRL.go, step3 + 1);
      Atomics.notify(shared.ctrl, CTRL.go);
      await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 5e3))]);
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}
function readGrads(grads, variables) {
  return variables.map((v) => grads[v.name].dataSync());
}

// pipelines/train/step.ts
function trainableVariables(model2) {
  return model2.trainableWeights.map((w) => w.read());
}
function perSampleLoss(task, ys, predictions) {
  if (task.numClasses !== void 0) {
    const s = task.labelSmoothing ?? 0;
    const targets = s > 0 ? add(mul(ys, 1 - s), s / task.numClasses) : ys;
    return exports_metrics_exports.categoricalCrossentropy(targets, predictions);
  }
  return squaredDifference(predictions, ys).mean(-1);
}
function metricSum(task, ys, predictions) {
  if (task.numClasses !== void 0) {
    return equal(predictions.argMax(-1), ys.argMax(-1)).cast("float32").sum();
  }
  return abs(sub(predictions, ys)).sum();
}
function gradients(opts) {
  let sums;
  const { grads, value } = variableGrads(() => {
    const predictions = opts.model.apply(opts.xs, { training: true });
    let losses = perSampleLoss(opts.task, opts.ys, predictions);
    if (opts.weights) losses = mul(losses, opts.weights);
    const lossSum = losses.sum();
    sums = {
      lossSum: keep(lossSum.clone()),
      metricSum: keep(metricSum(opts.task, opts.ys, predictions))
    };
    let total = div(lossSum, opts.denominator);
    if (opts.regularise) {
      const model2 = opts.model;
      for (const extra of model2.calculateLosses()) total = add(total, extra);
    }
    return total;
  }, opts.variables);
  value.dispose();
  return { grads, result: sums };
}

// pipelines/train/layers.ts
var import_seedrandom4 = __toESM(require_seedrandom(), 1);

// pipelines/train/models/attention.ts
var PositionEmbedding = class extends exports_layers_exports.Layer {
  static className = "ModelopsPositionEmbedding";
  seed;
  positions;
  constructor(args = {}) {
    super(args);
    this.seed = args.seed;
  }
  build(inputShape) {
    const shape = inputShape;
    this.positions = this.addWeight(
      "positions",
      [shape[1], shape[2]],
      "float32",
      exports_initializers_exports.randomNormal({ stddev: 0.02, ...this.seed !== void 0 ? { seed: this.seed } : {} })
    );
    this.built = true;
  }
  call(inputs, _kwargs) {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return add(x, this.positions.read());
  }
  getConfig() {
    return { ...super.getConfig() };
  }
};
var MultiHeadSelfAttention = class extends exports_layers_exports.Layer {
  static className = "ModelopsMultiHeadSelfAttention";
  heads;
  seed;
  w = [];
  b = [];
  constructor(args) {
    super(args);
    this.heads = args.heads;
    this.seed = args.seed;
  }
  build(inputShape) {
    const width = inputShape[2];
    const names = ["query", "key", "value", "output"];
    this.w = names.map(
      (n, i) => this.addWeight(
        `${n}_kernel`,
        [width, width],
        "float32",
        exports_initializers_exports.glorotUniform(this.seed !== void 0 ? { seed: this.seed + i } : {})
      )
    );
    this.b = names.map((n) => this.addWeight(`${n}_bias`, [width], "float32", exports_initializers_exports.zeros()));
    this.built = true;
  }
  computeOutputShape(inputShape) {
    return inputShape;
  }
  call(inputs, _kwargs) {
    return tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const [batch, steps, width] = x.shape;
      const h = this.heads;
      const depth = width / h;
      const project = (i) => {
        const flat = add(
          matMul(x.reshape([batch * steps, width]), this.w[i].read()),
          this.b[i].read()
        );
        return flat.reshape([batch, steps, h, depth]).transpose([0, 2, 1, 3]);
      };
      const q = project(0);
      const k = project(1);
      const v = project(2);
      const scores = softmax(div(matMul(q, k, false, true), Math.sqrt(depth)));
      const mixed = matMul(scores, v).transpose([0, 2, 1, 3]).reshape([batch * steps, width]);
      const out = add(
        matMul(mixed, this.w[3].read()),
        this.b[3].read()
      );
      return out.reshape([batch, steps, width]);
    });
  }
  getConfig() {
    return { ...super.getConfig(), heads: this.heads };
  }
};
var registered = false;
function registerAttentionLayers() {
  if (registered) return;
  registered = true;
  serialization_exports.registerClass(PositionEmbedding);
  serialization_exports.registerClass(MultiHeadSelfAttention);
}
registerAttentionLayers();

// pipelines/train/layers.ts
function seedStream(seed, purpose) {
  const rng = (0, import_seedrandom4.default)(`modelops:${purpose}:${seed}`);
  return () => rng.int32() >>> 0;
}
function seededDropout(layer, next) {
  const holder = layer;
  const call = layer.call.bind(layer);
  layer.call = (inputs, kwargs) => {
    holder.seed = next();
    try {
      return call(inputs, kwargs);
    } finally {
      holder.seed = void 0;
    }
  };
  return layer;
}
function reseedDropout(model2, seed, replica) {
  for (const layer of model2.layers) {
    if (/Dropout/.test(layer.getClassName())) {
      seededDropout(layer, seedStream(seed, `dropout:${layer.name}:replica${replica}`));
    }
  }
}
function registerCustomLayers() {
  registerAttentionLayers();
}
function initializerFor(activation2, seed) {
  switch (activation2) {
    case "relu":
    case "elu":
    case "gelu":
    case "swish":
      return exports_initializers_exports.heNormal({ seed });
    case "selu":
      return exports_initializers_exports.leCunNormal({ seed });
    default:
      return exports_initializers_exports.glorotUniform({ seed });
  }
}

export {
  augmentImages,
  exports_initializers_exports,
  loadLayersModel,
  model,
  sequential,
  input,
  exports_layers_exports,
  exports_models_exports,
  exports_regularizers_exports,
  version3 as version,
  kernelsBuild,
  kernelsFor,
  activeBackend,
  initBackend,
  sampleSize,
  count2 as count,
  fromSplit,
  batchInputs,
  batchTargets,
  batchWeights,
  subset,
  makeOptimizer,
  applyNamed,
  flatUpdater,
  fusedNetwork,
  fusedPlan,
  denseStack,
  startReplicaFused,
  startFused,
  CTRL,
  shard,
  reduceSlots,
  writeSlot,
  waitFor,
  startReplicas,
  readGrads,
  trainableVariables,
  perSampleLoss,
  gradients,
  PositionEmbedding,
  MultiHeadSelfAttention,
  seedStream,
  seededDropout,
  reseedDropout,
  registerCustomLayers,
  initializerFor
};
