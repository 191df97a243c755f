import type { ApiError } from '../../../shared/api/errors';
import type { FlattenPreview } from '../../../shared/engine/flatten-preview';
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
}

export interface FlattenPreviewRequest {
  path: string;
  name?: string;
  /** Relight paper documents; false for identity documents, which stay photographic. */
  evenLight: boolean;
}

export type EngineValue = InspectedInput[] | PrepareResult | FlattenPreview;

/** Messages between the main thread and the engine worker. Passwords travel only inside a request, in memory. */
export type EngineRequest =
  | { id: number; call: 'inspect'; items: InputRequest[] }
  | { id: number; call: 'prepare'; request: PrepareRequest }
  | { id: number; call: 'flattenPreview'; request: FlattenPreviewRequest };
export type EngineReply =
  | { type: 'ready' }
  | { type: 'progress'; id: number; event: EngineProgress }
  | { type: 'done'; id: number; value: EngineValue }
  /** `error` for a typed failure (wrong output folder…); null for a bug, whose message stays in the worker's log. */
  | { type: 'failed'; id: number; error: ApiError | null };
