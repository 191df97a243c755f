import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCase } from '../../../electron/engine/pipeline';
import { corpusFile, tempDir } from './helpers';

const work = tempDir('finish');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the compress/validate plug-in point', () => {
  it('a failing compress or validate stage does not lose the document: the merged PDF is written, with a warning', async () => {
    const { report } = await prepareCase([{ categoryId: 'passport', items: [{ path: corpusFile('scans/linn.pdf') }] }], {
      outputDir: work,
      limitBytes: 1_000_000,
      stages: {
        sanitize: false,
        compress: async () => {
          throw new Error('compressor crashed');
        },
        validate: async () => {
          throw new Error('validator crashed');
        },
      },
    });
    const output = report.categories[0]!.output!;
    expect(report.categories[0]!.status).toBe('ready');
    expect(output.bytes).toBe(output.bytesBeforeCompression);
    expect(output.compression).toBeUndefined();
    expect(output.validation).toBeUndefined();
    expect(output.warnings?.map((warning) => warning.code)).toEqual(['COMPRESS_STAGE_FAILED', 'VALIDATE_STAGE_FAILED']);
    expect(readFileSync(join(work, 'passport.pdf')).byteLength).toBe(output.bytes);
    expect(readFileSync(join(work, 'report.html'), 'utf8')).toContain('could not be made smaller');
  });
});

describe('a caller that stops the work from its progress callback (the one-client runner past its time or memory budget)', () => {
  it('is never read as the compressor failing: no file is kept "as it was" and written as ready', async () => {
    const out = join(work, 'stopped');
    class Stop extends Error {}
    const stop = new Stop('client stopped');
    const stages: string[] = [];
    await expect(
      prepareCase([{ categoryId: 'passport', items: [{ path: corpusFile('scans/c02-22.pdf') }] }], {
        outputDir: out,
        // The scan's seven images are rewritten under this limit, with a progress report after each.
        limitBytes: 60_000,
        // As the runner does: once stopped, every later report throws too.
        onProgress: (progress) => {
          stages.push(progress.stage);
          if (progress.stage === 'compress' || stages.includes('compress')) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    // The compressor reached its progress report, and nothing after it ran: no write, no passport.pdf.
    expect(stages).toContain('compress');
    expect(stages).not.toContain('write');
    expect(readdirSync(out).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  });
});
