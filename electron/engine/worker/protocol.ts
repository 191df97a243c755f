import type { ApiError } from '../../../shared/api/errors';
import type { FlattenPreview } from '../../../shared/engine/flatten-preview';
import type { PagePreview, QualityPreview } from '../../../shared/api/calls/documents';
import type { InspectedInput } from '../inspect';
import type { CategoryRequest, PrepareOptions, PrepareResult } from '../pipeline';
import type { InputRequest, ProgressSink } from '../stages/prepare-input';

/** The part of the pipeline's options that can cross to the engine thread (plain data: no callbacks, no injected stages). */
export type PrepareRequest = Pick<PrepareOptions, 'outputDir' | 'limitBytes' | 'expectedCategories' | 'locale'> & {
  categories: CategoryRequest[];
};
export type EngineProgress = Parameters<ProgressSink>[0];

export interface DocumentEngine {
  inspect(items: InputRequest[]): Promise<InspectedInput[]>;
  prepare(request: PrepareRequest, onProgress: (event: EngineProgress) => void): Promise<PrepareResult>;
  /** Before/after pictures of flattening a phone photo (only reads the file). */
  flattenPreview(request: FlattenPreviewRequest): Promise<FlattenPreview>;
  /** The pages of some inputs at thumbnail resolution (page tools). */
  pagePreviews(items: InputRequest[]): Promise<PagePreview[]>;
  /** One category at the "lower quality" setting, in memory: page 1, size, fits. */
  previewQuality(request: QualityPreviewRequest): Promise<QualityPreview>;
}

export interface QualityPreviewRequest {
  category: CategoryRequest;
  limitBytes: number;
}

/** A call's body, as it crosses to the engine thread. */
export type EngineCall =
  | { call: 'inspect'; items: InputRequest[] }
  | { call: 'prepare'; request: PrepareRequest }
  | { call: 'pagePreviews'; items: InputRequest[] }
  | { call: 'previewQuality'; request: QualityPreviewRequest }
  | { call: 'flattenPreview'; request: FlattenPreviewRequest };
export type EngineValue = InspectedInput[] | PrepareResult | PagePreview[] | QualityPreview | FlattenPreview;

/** Run one call on an engine (the worker's, or the calling thread's as the fallback). */
export function runEngineCall(
  engine: DocumentEngine,
  body: EngineCall,
  onProgress: (event: EngineProgress) => void,
): Promise<EngineValue> {
  switch (body.call) {
    case 'inspect':
      return engine.inspect(body.items);
    case 'prepare':
      return engine.prepare(body.request, onProgress);
    case 'pagePreviews':
      return engine.pagePreviews(body.items);
    case 'previewQuality':
      return engine.previewQuality(body.request);
    case 'flattenPreview':
      return engine.flattenPreview(body.request);
  }
}

/** How many input files a call reads (its time budget is per file). */
export function filesOfCall(body: EngineCall): number {
  switch (body.call) {
    case 'inspect':
    case 'pagePreviews':
      return body.items.length;
    case 'prepare':
      return body.request.categories.reduce((n, c) => n + c.items.length, 0);
    case 'previewQuality':
      return body.request.category.items.length;
    case 'flattenPreview':
      return 1;
  }
}

export interface FlattenPreviewRequest {
  path: string;
  name?: string;
  /** Relight paper documents; false for identity documents, which stay photographic. */
  evenLight: boolean;
}

/** Messages between the main thread and the engine worker. Passwords travel only inside a request, in memory. */
export type EngineRequest = { id: number } & EngineCall;
export type EngineReply =
  | { type: 'ready' }
  | { type: 'progress'; id: number; event: EngineProgress }
  | { type: 'done'; id: number; value: EngineValue }
  /** `error` for a typed failure (wrong output folder…); null for a bug, whose message stays in the worker's log. */
  | { type: 'failed'; id: number; error: ApiError | null };
