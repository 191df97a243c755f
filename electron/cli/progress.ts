import type { Locale } from '../../shared/i18n';
import { translate } from '../../shared/i18n/translate';
import type { BatchEvent } from '../batch/run-batch';

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/**
 * Shows a batch's progress: on a terminal, one bar redrawn in place on stderr
 * (overall clients done, and what the workers are on); otherwise one plain line
 * per finished client on stdout, easy to read in a log. With --json, nothing:
 * the JSON result alone goes to stdout.
 */
export function progressReporter(mode: 'tty' | 'lines' | 'silent', streams: Streams, locale: Locale) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, `batch.${key}`, params);
  let total = 0;
  let done = 0;
  const active = new Map<string, string>();
  const drawBar = () => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const current = [...active.entries()].map(([client, file]) => (file ? `${client} (${file})` : client)).join(', ');
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${current}`;
    const columns = streams.stderr.columns ?? 100;
    streams.stderr.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
  };
  return (event: BatchEvent) => {
    if (mode === 'silent') return;
    switch (event.type) {
      case 'start':
        total = event.clients.length;
        if (mode === 'lines') streams.stdout.write(`${t('progress.start', { clients: total, count: event.jobs })}\n`);
        else drawBar();
        return;
      case 'client-start':
        active.set(event.client, '');
        if (mode === 'tty') drawBar();
        return;
      case 'client-progress':
        active.set(event.client, event.progress.file ?? event.progress.stage);
        if (mode === 'tty') drawBar();
        return;
      case 'client-done': {
        done = event.done;
        active.delete(event.client);
        const line = event.row.skipped
          ? t('progress.skipped', { client: event.client })
          : t('progress.clientDone', { client: event.client, status: t(`summary.status.${event.row.status}`) });
        if (mode === 'lines') streams.stdout.write(`[${event.done}/${event.total}] ${line}\n`);
        else {
          streams.stderr.write(`\r\x1b[2K${line}\n`);
          drawBar();
        }
        return;
      }
    }
  };
}

export function endProgress(mode: 'tty' | 'lines' | 'silent', streams: Streams): void {
  if (mode === 'tty') streams.stderr.write('\r\x1b[2K');
}
