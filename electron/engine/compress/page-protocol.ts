import type { TextLayerInput, TextLayerOutput } from './text-layer-work';

/** One page's text layer, sent to a page worker (page-pool.ts). */
export interface PageTaskRequest {
  input: TextLayerInput;
}

/** Its answer: the layer, or the error's message (UnsupportedImageError rebuilt as such on the other side). */
export type PageTaskReply = { ok: true; output: TextLayerOutput } | { ok: false; message: string; unsupported: boolean };
