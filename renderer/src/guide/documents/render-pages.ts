/** Base64 from the API into bytes for pdf.js. */
export function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Draws pages of a PDF with pdf.js (loaded on demand, its worker served from the app's own assets)
 * into PNG data URLs `width` pixels wide, in page order.
 */
export async function renderPdfPages(data: Uint8Array, width: number, max = Number.POSITIVE_INFINITY): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const document = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  try {
    const urls: string[] = [];
    for (let number = 1; number <= Math.min(max, document.numPages); number += 1) {
      const page = await document.getPage(number);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: width / base.width });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      urls.push(canvas.toDataURL('image/png'));
    }
    return urls;
  } finally {
    await document.destroy();
  }
}
