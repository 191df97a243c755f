import type { ApiChannel, ApiOutput, ApiParsedInput } from '../../shared/api/contract';
import type { ApiEvent } from '../../shared/api/events';
import type { z } from 'zod';
import type { ApiContract } from '../../shared/api/contract';

export interface HandlerContext {
  /** Send a progress event to the caller (validated against the event schema). */
  emit(event: ApiEvent): void;
}

/** Output as a handler may return it (before the output schema applies defaults). */
export type HandlerReturn<C extends ApiChannel> = z.input<ApiContract[C]['output']> | ApiOutput<C>;

export type Handler<C extends ApiChannel> = (input: ApiParsedInput<C>, ctx: HandlerContext) => Promise<HandlerReturn<C>>;

/** The Node-side implementation of the whole contract. */
export type Handlers = { [C in ApiChannel]: Handler<C> };
