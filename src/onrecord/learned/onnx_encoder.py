"""The encoder's forward pass run by onnxruntime: the same function as `encoder.encode`.

The graph is built at load time from the weights the model directory stores (so the
package ships one copy of them, and the numpy pass stays the reference the tests hold
this one to). onnxruntime's kernels run the pass about twice as fast as numpy on one
thread (docs/model.md, "Seventeenth session"), with the same float32 arithmetic.

With `integer=True` every dense layer multiplies in 8-bit integers instead: its matrix as
the weights file stores it (int8 per output row, `encoder.quantize`), the layer's input
quantised to uint8 on each call. About twice as fast again on short passages, and within
noise of float32 for the fast mode's passages on held-out train articles; the accurate
mode, which reads whole articles, lost 0.1 to 0.2 points and keeps float32
(docs/model.md, "Nineteenth session").
"""

from __future__ import annotations

import logging
import math
from typing import Any

import numpy as np

from .encoder import Weights, quantize

log = logging.getLogger(__name__)

_OPSET = 17  # LayerNormalization joined the standard operators in opset 17
_IR_VERSION = 8
_OUTSIDE_THE_GRAPH = 4096  # elements: larger constants are handed over, not serialised


def saturating_cpu(cpuinfo: str = "/proc/cpuinfo") -> bool:
    """Whether onnxruntime's int8 × uint8 products may saturate here: on x86 processors
    without VNNI its kernels add pairs of products in 16 bits, which full-range weights
    and inputs overflow. Unless Linux reports VNNI, assume they may."""
    try:
        with open(cpuinfo, encoding="utf-8") as info:
            for line in info:
                if line.startswith("flags"):
                    return "vnni" not in line
    except OSError:
        pass
    return True


def encoder_graph(weights: Weights, layers: int, heads: int, integer: bool = False,
                  unsigned: bool = False) -> tuple[bytes, dict[str, np.ndarray]]:
    """A serialised ONNX model: inputs `piece_ids` (int64, batch × length) and `mask`
    (float32, 1 = real piece), output `hidden` (float32, batch × length × hidden), its
    dense layers in int8 where `integer` (the module's docstring), their weights shifted
    to uint8 around a zero point of 128 where `unsigned` (the same integers, so the same
    results, from kernels that cannot saturate but are slower); and
    its large constants (the matrices), which the graph names as external data and the
    session takes from memory: serialising 86 MB of weights only to parse them back
    doubled the peak memory of loading."""
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    initialisers: list[Any] = []
    handed_over: dict[str, np.ndarray] = {}
    made = [0]

    def constant(name: str, value: np.ndarray | float) -> str:
        array = np.asarray(value)
        if array.size < _OUTSIDE_THE_GRAPH:
            initialisers.append(numpy_helper.from_array(array, name))
            return name
        handed_over[name] = np.ascontiguousarray(array)
        tensor = TensorProto(name=name, data_type=helper.np_dtype_to_tensor_dtype(array.dtype),
                             dims=array.shape, data_location=TensorProto.EXTERNAL)
        # Never read: the session is given the array under this name instead.
        for key, entry in (("location", "onrecord-in-memory"), ("offset", "0"),
                           ("length", str(array.nbytes))):
            tensor.external_data.add(key=key, value=entry)
        initialisers.append(tensor)
        return name

    def op(kind: str, *inputs: str, **attributes: Any) -> str:
        made[0] += 1
        out = f"{kind.lower()}_{made[0]}"
        nodes.append(helper.make_node(kind, list(inputs), [out], **attributes))
        return out

    def scalar(name: str, value: float) -> str:
        return constant(name, np.array(value, dtype=np.float32))

    # the unsigned weights' one zero point, shared by every dense layer
    weight_zero = constant("weight_zero", np.array(128, np.uint8)) if integer and unsigned else ""

    def dense(x: str, name: str) -> str:
        matrix = np.asarray(weights[name + ".weight"], np.float32)
        bias = constant(name + ".bias", np.asarray(weights[name + ".bias"], np.float32))
        stored = quantize({name: matrix}) if integer else {}
        if name + ".q8" not in stored:
            # Gemm reads the matrix as stored, (out, in), in place: no transposed copy
            return op("Gemm", x, constant(name + ".weight", matrix), bias, transB=1)
        # y = (x_q - x_zero) · q8ᵀ × x_scale × row_scale + bias; quantising the stored
        # (already int8-valued) matrix again gives back the very integers the file holds.
        quantised = (name + ".x_q", name + ".x_scale", name + ".x_zero")
        nodes.append(helper.make_node("DynamicQuantizeLinear", [x], list(quantised)))
        rows = np.ascontiguousarray(stored[name + ".q8"].T)
        if unsigned:
            products = op("MatMulInteger", quantised[0],
                          constant(name + ".u8", (rows.astype(np.int16) + 128).astype(np.uint8)),
                          quantised[2], weight_zero)
        else:
            products = op("MatMulInteger", quantised[0], constant(name + ".q8", rows),
                          quantised[2])
        scaled = op("Mul", op("Cast", products, to=TensorProto.FLOAT), quantised[1])
        return op("Add", op("Mul", scaled, constant(name + ".row_scale",
                                                   stored[name + ".scale"][:, 0].copy())),
                  bias)

    def layer_norm(x: str, name: str) -> str:
        return op("LayerNormalization", x,
                  constant(name + ".weight", weights[name + ".weight"].astype(np.float32)),
                  constant(name + ".bias", weights[name + ".bias"].astype(np.float32)),
                  axis=-1, epsilon=1e-12)

    words = np.asarray(weights["embeddings.word_embeddings.weight"], dtype=np.float32)
    hidden = words.shape[1]
    size = hidden // heads
    positions = (weights["embeddings.position_embeddings.weight"]
                 + weights["embeddings.token_type_embeddings.weight"][0][None, :])
    # Positions (with the one token type folded in) cut to the input's length.
    batch_and_length = op("Shape", "piece_ids")
    length = op("Slice", batch_and_length, constant("from_second", np.array([1], np.int64)),
                constant("to_second", np.array([2], np.int64)))
    position_rows = op("Slice", constant("positions", positions.astype(np.float32)),
                       constant("from_zero", np.array([0], dtype=np.int64)), length,
                       constant("along_rows", np.array([0], dtype=np.int64)))
    embedded = layer_norm(op("Add", op("Gather", constant("words", words), "piece_ids"),
                             position_rows), "embeddings.LayerNorm")
    # Every piece of every window as one row, as encoder.py computes the dense layers.
    rows = constant("rows", np.array([-1, hidden], dtype=np.int64))
    x = op("Reshape", embedded, rows)
    # -1e9 on padded key positions, one row per window, as encoder.py adds
    penalty = op("Unsqueeze",
                 op("Mul", op("Sub", scalar("one", 1.0), "mask"), scalar("padded", -1e9)),
                 constant("head_and_query_axes", np.array([1, 2], dtype=np.int64)))
    by_head = op("Concat", batch_and_length,
                 constant("heads_and_size", np.array([heads, size], dtype=np.int64)), axis=0)
    windows_shape = op("Concat", batch_and_length,
                       constant("width", np.array([hidden], dtype=np.int64)), axis=0)
    temperature = scalar("temperature", 1.0 / math.sqrt(size))
    for index in range(layers):
        prefix = f"encoder.layer.{index}."
        query, key, value = (
            op("Transpose", op("Reshape", dense(x, prefix + "attention.self." + name), by_head),
               perm=[0, 2, 1, 3])
            for name in ("query", "key", "value"))
        scores = op("Add", op("Mul", op("MatMul", query, op("Transpose", key, perm=[0, 1, 3, 2])),
                              temperature), penalty)
        context = op("Reshape", op("Transpose", op("MatMul", op("Softmax", scores, axis=-1), value),
                                   perm=[0, 2, 1, 3]), rows)
        x = layer_norm(op("Add", x, dense(context, prefix + "attention.output.dense")),
                       prefix + "attention.output.LayerNorm")
        inner = dense(x, prefix + "intermediate.dense")
        # GELU in its tanh form, as encoder.py and fine-tuning compute it
        cubed = op("Mul", op("Mul", inner, inner), inner)
        curve = op("Tanh", op("Mul", op("Add", inner, op("Mul", cubed, scalar(prefix + "c", 0.044715))),
                              scalar(prefix + "root", 0.7978845608028654)))
        activated = op("Mul", op("Mul", inner, scalar(prefix + "half", 0.5)),
                       op("Add", curve, scalar(prefix + "unit", 1.0)))
        x = layer_norm(op("Add", x, dense(activated, prefix + "output.dense")),
                       prefix + "output.LayerNorm")
    nodes.append(helper.make_node("Reshape", [x, windows_shape], ["hidden"]))
    graph = helper.make_graph(
        nodes, "onrecord_encoder",
        [helper.make_tensor_value_info("piece_ids", TensorProto.INT64, ["batch", "length"]),
         helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["batch", "length"])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["batch", "length", hidden])],
        initialisers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", _OPSET)])
    model.ir_version = _IR_VERSION
    return bytes(model.SerializeToString()), handed_over


class OnnxEncoder:
    """`encode(weights, ids, mask, layers, heads)` for one set of weights, on one thread
    (onrecord parallelises by process, as the numpy pass does); in int8 where `integer`,
    with unsigned weights where this processor's kernels could saturate (`saturating_cpu`)."""

    def __init__(self, weights: Weights, layers: int, heads: int, integer: bool = False,
                 unsigned: bool | None = None) -> None:
        import onnxruntime  # type: ignore[import-untyped]

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3  # errors only: its optimiser's notes are not ours
        if unsigned is None:
            unsigned = integer and saturating_cpu()
        graph, matrices = encoder_graph(weights, layers, heads, integer, unsigned)
        # The dense layers that run in int8 (matrices too small to be stored in int8 stay
        # float): the session holds its own copies of their matrices.
        self.integer_layers = frozenset(name.rsplit(".", 1)[0] for name in matrices
                                        if name.endswith((".q8", ".u8")))
        self.integer = bool(self.integer_layers)
        # The session reads these arrays in place: they must outlive it.
        self._matrices = [onnxruntime.OrtValue.ortvalue_from_numpy(matrices[name])
                          for name in matrices]
        options.add_external_initializers(list(matrices), self._matrices)
        self._session = onnxruntime.InferenceSession(
            graph, options, providers=["CPUExecutionProvider"])

    def __call__(self, piece_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        hidden = self._session.run(["hidden"], {
            "piece_ids": np.ascontiguousarray(piece_ids, dtype=np.int64),
            "mask": np.ascontiguousarray(mask, dtype=np.float32)})[0]
        return np.asarray(hidden)


def onnx_encoder(weights: Weights, layers: int, heads: int, integer: bool = False
                 ) -> OnnxEncoder | None:
    """The onnxruntime pass, or None (the numpy pass stands in, in float32) where
    onnxruntime or onnx cannot be imported or cannot build the session on this platform."""
    try:
        return OnnxEncoder(weights, layers, heads, integer)
    except ImportError as error:
        log.warning("onnxruntime is not available (%s): the span tagger runs in numpy, "
                    "about half as fast", error)
    except Exception as error:  # noqa: BLE001 - any runtime failure leaves numpy to do it
        log.warning("onnxruntime could not run the span tagger (%s): it runs in numpy, "
                    "about half as fast", error)
    return None
