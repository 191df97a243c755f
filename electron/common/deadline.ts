/**
 * Deadlines for awaits that depend on something outside this thread's control (a worker thread that may
 * die without a word, a library promise that may never settle). An agency's overnight batch must never
 * wait forever on one of them: the await ends with a DeadlineError naming what was waited for, and the
 * caller's `onExpire` stops the thing (terminates the worker, destroys the document) so it is never reused.
 */
export class DeadlineError extends Error {
  readonly code = 'DEADLINE';
  constructor(
    /** What was waited for, in a log's words ("HEIC decode", "OCR of a region"). */
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what}: no answer within ${Math.round(ms / 1000)} s`);
    this.name = 'DeadlineError';
  }
}

/**
 * `work`, or a DeadlineError once `ms` have passed without it settling. The timer is a referenced one on
 * purpose: when a never-settling promise is all that is left, the deadline is what keeps the process alive
 * long enough to say so (an unreferenced timer would let it exit without a summary).
 */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string, onExpire?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new DeadlineError(what, ms);
      // Rare, and worth knowing when it happens (which await, how long): said with the libraries' diagnostics.
      if (process.env.AIMA_PREP_VERBOSE === '1') process.stderr.write(`aima-prep: ${error.message}\n`);
      reject(error);
      try {
        onExpire?.();
      } catch {
        // Stopping the stuck work is best effort: the caller already has its answer.
      }
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
