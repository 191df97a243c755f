import { describe, expect, it } from 'vitest';
import { readClientConsistency } from '../../../electron/batch/client-reading';
import type { ClientScan } from '../../../electron/clients/scan';
import type { DocumentReading } from '../../../shared/reading/document-reading';

/**
 * A batch has no planned submission day: it judges freshness on the run's day (`--today`). Its
 * sentence said "stale on the day you plan to submit" (session 6 walk); it now names the run's day.
 */
describe('the batch names the day it checked against', () => {
  it('a stale certificate is stale "on 1 December 2026, the day of this run"', async () => {
    const path = '/clients/santos/financas/financas.pdf';
    const scan: ClientScan = {
      client: 'santos',
      dir: '/clients/santos',
      layout: 'subfolders',
      inputs: [{ categoryId: 'financas-no-debt', files: [{ path, relPath: 'financas/financas.pdf', bytes: 1 }] }],
      unsorted: [],
      skipped: [],
      clientJsonPath: null,
      passwordsPath: null,
      evidencePath: null,
    };
    // The reading is given (as for a file sorted by its content): nothing is read from disk.
    const reading: DocumentReading = {
      file: path,
      textSource: 'text-layer',
      mrz: null,
      certificate: {
        kind: 'financas-certificate',
        issuedOn: '2026-08-14',
        statedValidity: { months: 3 },
        nif: null,
        niss: null,
        name: null,
      },
      labelledName: null,
      suggestion: null,
    };
    const r = await readClientConsistency(scan, null, '2026-12-01', new Map([[path, reading]]));
    const stale = r.items.find((i) => i.id === 'certificate-stale')!;
    expect(stale.text.en).toBe(
      'The Finanças tax status certificate, file financas/financas.pdf, was issued on 14 August 2026 and was valid until 14 November 2026: it is stale on 1 December 2026, the day of this run. Get a new one.',
    );
    expect(stale.text.pt).toContain('já não é válida a 1 de dezembro de 2026, dia desta verificação.');
  });
});
