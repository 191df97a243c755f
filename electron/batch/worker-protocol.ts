import type { ClientJob, PrepareProgress, PrepareResult } from './preparer';

/** Messages between the pool (main thread) and a batch worker. */
export type WorkerRequest = { type: 'job'; job: ClientJob };
export type WorkerReply =
  /** The job began (the preparer is loaded): the client's time budget counts from here. */
  | { type: 'started' }
  | { type: 'progress'; progress: PrepareProgress }
  | { type: 'done'; result: PrepareResult }
  | { type: 'failed'; message: string }
  /** The worker's own memory (its heap plus the buffers it holds), so the pool knows whom to stop. */
  | { type: 'memory'; bytes: number };
