import { ClientStoppedError } from './pool';

/**
 * One watchdog per client covers the whole client — scan, content sort, reading, prepare, commit — so that no
 * await anywhere in it can hold up the batch and its summary: past the client's budget (`--client-minutes`) the
 * client fails alone with CLIENT_TIME_LIMIT and its work is aborted (its worker terminated, nothing committed).
 *
 * The budget counts the client's own time: it pauses while the client waits for a free worker and while that
 * worker loads the engine (neither is the client's doing, and with `--jobs 2` a client may queue behind two
 * others). So that a pause can never be a hang of its own, a hard cap counts everything, pauses included: the
 * client's budget once for itself and once for each client it can be queued behind, plus a worker's start each.
 */
export class ClientWatchdog {
  /** Rejects with ClientStoppedError('time') when the budget or the cap runs out. */
  readonly expired: Promise<never>;
  private remainingMs: number;
  private runningSince: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly cap: NodeJS.Timeout;
  private fire: () => void = () => undefined;
  private done = false;

  constructor(minutes: number, capMs: number, onExpire: () => void) {
    this.remainingMs = minutes * 60_000;
    this.expired = new Promise<never>((_resolve, reject) => {
      this.fire = () => {
        if (this.done) return;
        this.stop();
        reject(new ClientStoppedError('time', minutes));
        onExpire();
      };
    });
    this.expired.catch(() => undefined);
    this.cap = setTimeout(() => this.fire(), capMs);
    this.resume();
  }

  /** The client waits for something that is not its own work (a free worker, a worker loading). */
  pause(): void {
    if (this.done || this.runningSince === null) return;
    this.remainingMs -= Date.now() - this.runningSince;
    this.runningSince = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The client's own work goes on: its budget counts again. */
  resume(): void {
    if (this.done || this.runningSince !== null) return;
    this.runningSince = Date.now();
    this.timer = setTimeout(() => this.fire(), Math.max(0, this.remainingMs));
  }

  /** The client finished (or failed): nothing more to watch. */
  stop(): void {
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    clearTimeout(this.cap);
  }
}

/** The hard cap of a client's watchdog (see ClientWatchdog): its budget and that of the clients ahead of it. */
export function watchdogCapMs(minutes: number, clientsAhead: number, workerStartMinutes: number): number {
  return (minutes + clientsAhead * (minutes + workerStartMinutes) + workerStartMinutes) * 60_000;
}
