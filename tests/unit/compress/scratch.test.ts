import { afterEach, describe, expect, it } from 'vitest';
import { dropScratch, giveScratch, takeScratch } from '../../../electron/engine/compress/scratch';

/** Issue 15's CPU: page-sized buffers reused from page to page, never shared by two takers. */
describe('scratch buffers', () => {
  afterEach(() => dropScratch());

  it('gives the next page the buffer the last one handed back, and never one still taken', () => {
    const a = takeScratch(4096);
    const b = takeScratch(4096);
    expect(a.buffer).not.toBe(b.buffer);
    giveScratch(a);
    const c = takeScratch(4096);
    expect(c.buffer).toBe(a.buffer);
    // Another size is another buffer.
    expect(takeScratch(8192).buffer).not.toBe(b.buffer);
  });

  it('takes back a plain view of a whole buffer, not a slice or shared memory', () => {
    const a = takeScratch(1000);
    giveScratch(new Uint8Array(a.buffer));
    expect(takeScratch(1000).buffer).toBe(a.buffer);
    const slice = takeScratch(2000).subarray(0, 1000);
    giveScratch(slice);
    expect(takeScratch(1000).buffer).not.toBe(slice.buffer);
    const shared = new Uint8Array(new SharedArrayBuffer(3000));
    giveScratch(shared);
    expect(takeScratch(3000).buffer).not.toBe(shared.buffer);
  });

  it('keeps a buffer once however often it is handed back, and none after dropScratch', () => {
    const a = takeScratch(500);
    giveScratch(a);
    giveScratch(a);
    const first = takeScratch(500);
    const second = takeScratch(500);
    expect(first.buffer).toBe(a.buffer);
    expect(second.buffer).not.toBe(a.buffer);
    giveScratch(first);
    dropScratch();
    expect(takeScratch(500).buffer).not.toBe(a.buffer);
  });
});
