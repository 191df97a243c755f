/**
 * What to post to a worker thread: cloned, not moved. Moving (a transfer list) detaches an ArrayBuffer on this
 * thread, which invalidates V8's "array buffer detaching" protector for the whole thread, for good: every compiled
 * function that reads a typed array is thrown away, and the page kernels of the next document were compiled all over
 * again (52 compilations on a two-client batch of the typed scan, issue 15). A clone copies the view's whole buffer,
 * so a view of part of a larger one (a Buffer from Node's pool, a subarray) is first copied to its own.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  const own = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return own ? bytes : new Uint8Array(bytes);
}
