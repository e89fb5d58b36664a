// onnxruntime-web's sessions as the engine's models. The ORT module is a parameter: the worker and
// Node import the same `onnxruntime-web/wasm` build but point it at the wasm file differently.
import type * as Ort from 'onnxruntime-web/wasm';
import { parseKeys } from './ctc';
import type { OcrModel, OcrModels } from './engine';

export type OrtModule = typeof Ort;

/** The model files: bytes, or a URL ORT reads itself. */
export interface ModelSources {
  det: Uint8Array | string;
  rec: Uint8Array | string;
  /** ppocr_keys_v1.txt's text. */
  keys: string;
}

function model(ort: OrtModule, session: Ort.InferenceSession): OcrModel {
  const input = session.inputNames[0]!;
  const output = session.outputNames[0]!;
  return {
    run: async (data, dims) => {
      const result = await session.run({ [input]: new ort.Tensor('float32', data, dims) });
      const tensor = result[output]!;
      return { data: tensor.data as Float32Array, dims: tensor.dims };
    },
  };
}

/**
 * Creates both sessions: one thread (threads need cross-origin isolation and gave nothing on 2 cores),
 * wasm only; the basic graph optimisations load faster than 'all' here and run as fast.
 */
export async function loadOrtModels(ort: OrtModule, sources: ModelSources): Promise<OcrModels> {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = 'error';
  const options: Ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'basic' };
  const create = (src: Uint8Array | string) =>
    typeof src === 'string' ? ort.InferenceSession.create(src, options) : ort.InferenceSession.create(src, options);
  // One after the other: one thread either way, and the peak memory of two graph loads is avoided.
  const det = await create(sources.det);
  const rec = await create(sources.rec);
  return { det: model(ort, det), rec: model(ort, rec), keys: parseKeys(sources.keys) };
}
