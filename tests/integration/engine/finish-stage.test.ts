import { readFileSync, rmSync } from 'node:fs';
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
