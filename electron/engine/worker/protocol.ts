import type { ApiError } from '../../../shared/api/errors';
import type { InspectedInput } from '../inspect';
import type { CategoryRequest, PrepareResult } from '../pipeline';
import type { InputRequest } from '../stages/prepare-input';

/** What the app's document calls need from the engine, wherever it runs (see engine-thread.ts). */
export interface PrepareRequest {
  categories: CategoryRequest[];
  outputDir: string;
  limitBytes: number;
  expectedCategories: string[];
  locale: 'en' | 'pt';
}
export type EngineProgress = { stage: string; file?: string; done: number; total: number };

export interface DocumentEngine {
  inspect(items: InputRequest[]): Promise<InspectedInput[]>;
  prepare(request: PrepareRequest, onProgress: (event: EngineProgress) => void): Promise<PrepareResult>;
}

/** Messages between the main thread and the engine worker. Passwords travel only inside a request, in memory. */
export type EngineRequest =
  { id: number; call: 'inspect'; items: InputRequest[] } | { id: number; call: 'prepare'; request: PrepareRequest };
export type EngineReply =
  | { type: 'ready' }
  | { type: 'progress'; id: number; event: EngineProgress }
  | { type: 'done'; id: number; value: InspectedInput[] | PrepareResult }
  /** `error` for a typed failure (wrong output folder…); null for a bug, whose message stays in the worker's log. */
  | { type: 'failed'; id: number; error: ApiError | null };
