import { afterAll, describe, expect, it } from 'vitest';
import { closeOcr, recognize } from '../../../electron/reading/ocr';

/**
 * Walk of session 6: a truncated JPEG added as a passport reached OCR, and tesseract.js rethrew its failed
 * job outside the call ("Error attempting to read image."), an uncaught exception that stopped the process
 * serving the app. The call must reject and nothing may throw outside it; the next call still works.
 */
afterAll(() => closeOcr());

describe('OCR of an image it cannot decode', () => {
  it('rejects the call and throws nothing outside it', async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      // A JPEG's first bytes and nothing after them.
      const broken = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
      await expect(recognize(broken, { language: 'eng', layout: 'line' })).rejects.toBeDefined();
      // The worker's message handler runs on its own turn of the event loop: give it time to throw.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  }, 120_000);
});
