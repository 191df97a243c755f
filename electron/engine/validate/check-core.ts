import { availableParallelism, loadavg } from 'node:os';
import { warmPdfjsThread } from './decode-check';

/**
 * Whether a core is free for pdf.js's checks while the pages are coded (early-check.ts), and starting its thread
 * ahead of them. Kept out of early-check.ts, which loads pdf-lib, so that the command line can start the thread
 * before it loads the engine (cli/main.ts).
 */

/** Set by whoever knows how many documents this process prepares at once (batch worker); tests too. */
let configured: boolean | null = null;

/**
 * `clients` documents prepared at once on `cores` cores leave one free for the checks, and the machine's
 * other work leaves it free too (`load`: the 1-minute load average, this process's own share included). On a
 * busy machine the early checks only compete with the pages for the same cores: measured on the 30-page grey
 * scan at load 26–28 (bench/results.md, session 9), 15.3–16.2 s of CPU without them, 17.0–19.7 s with them.
 */
export const SPARE_LOAD = 0.5;
export function freeCoreForChecks(clients: number, cores: number = availableParallelism(), load = loadavg()[0] ?? 0): boolean {
  const busy = Math.max(1, clients);
  return cores > busy && load < cores - busy + SPARE_LOAD;
}

export function setEarlyChecks(on: boolean): void {
  configured = on;
}

/**
 * Asked once per document (stages/finish.ts). `AIMA_EARLY_CHECKS=0|1` overrides (measuring the same build both
 * ways: bench/results.md). A batch worker is told whether its batch leaves a core free; the load is asked here.
 */
export function earlyChecksEnabled(): boolean {
  const value = process.env.AIMA_EARLY_CHECKS;
  if (value === '0' || value === '1') return value === '1';
  return configured === false ? false : freeCoreForChecks(1);
}

/**
 * Start pdf.js's worker now (loading pdf.js costs ≈ 0.4 s of CPU), so that it is ready for the first layer and
 * for validation's open of the saved file. Does nothing when no core is free for it.
 */
export function warmChecks(): void {
  if (earlyChecksEnabled()) warmPdfjsThread();
}
