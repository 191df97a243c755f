import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFStream } from 'pdf-lib';
import { IDENTITY_MATRIX, multiplyMatrix, type PdfMatrix } from '../../common/pdf-matrix';
import { lexContent } from './content-lexer';
import { CONTENT_STREAM_CAP, DecodeLimitError, decodeStream } from './stream-filters';

/**
 * Find every image XObject painted on every page and the size it is painted at,
 * by following the current transformation matrix (q/Q/cm) through page content
 * streams and, recursively, through Form XObjects (with their /Matrix).
 */

export interface ImageDraw {
  /** 1-based page. */
  page: number;
  /** Drawn size of the image's unit square, in points (lengths of the CTM's x and y vectors). */
  widthPt: number;
  heightPt: number;
}

export interface DrawnImage {
  ref: PDFRef;
  stream: PDFStream;
  draws: ImageDraw[];
}

function asMatrix(arr: unknown): PdfMatrix {
  if (!(arr instanceof PDFArray) || arr.size() !== 6) return IDENTITY_MATRIX;
  const values = arr.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN));
  return values.every(Number.isFinite) ? (values as PdfMatrix) : IDENTITY_MATRIX;
}

function pageContentBytes(doc: PDFDocument, pageIndex: number): Uint8Array {
  const node = doc.getPage(pageIndex).node;
  const contents = node.Contents();
  const streams: PDFStream[] = [];
  if (contents instanceof PDFStream) streams.push(contents);
  else if (contents instanceof PDFArray) {
    for (let i = 0; i < contents.size(); i++) {
      const s = contents.lookup(i);
      if (s instanceof PDFStream) streams.push(s);
    }
  }
  const parts = streams.map((s) => safeDecode(s));
  const total = parts.reduce((sum, p) => sum + p.length + 1, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    out[offset + p.length] = 0x0a; // streams of one page are concatenated with whitespace between
    offset += p.length + 1;
  }
  return out;
}

function safeDecode(stream: PDFStream): Uint8Array {
  try {
    return decodeStream(stream, CONTENT_STREAM_CAP).bytes;
  } catch (error) {
    // A bomb is not "nothing painted": the stage must fail rather than judge a page it could not read.
    if (error instanceof DecodeLimitError) throw error;
    return new Uint8Array(0); // an unreadable content stream paints nothing we can see
  }
}

/** What else a page paints, so validation can tell a blank page from a text or vector page. */
export interface PagePaint {
  /** Text-showing operators (Tj, TJ, ', "). */
  textOps: number;
  /** Path painting and shading operators. */
  pathOps: number;
}

const TEXT_OPS = new Set(['Tj', 'TJ', "'", '"']);
const PATH_OPS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh']);

export function collectImageDraws(doc: PDFDocument): Map<string, DrawnImage> {
  return walkPages(doc).images;
}

export function walkPages(doc: PDFDocument): { images: Map<string, DrawnImage>; paint: PagePaint[] } {
  const images = new Map<string, DrawnImage>();
  const paint: PagePaint[] = [];
  const context = doc.context;

  const walk = (content: Uint8Array, resources: PDFDict | undefined, start: PdfMatrix, page: number, formStack: Set<string>) => {
    const xobjects = resources?.lookup(PDFName.of('XObject'));
    const xobjectDict = xobjects instanceof PDFDict ? xobjects : undefined;
    const stack: PdfMatrix[] = [];
    let ctm = start;
    const counts = paint[page - 1]!;
    for (const { op, operands } of lexContent(content)) {
      if (TEXT_OPS.has(op)) counts.textOps++;
      else if (PATH_OPS.has(op)) counts.pathOps++;
      else if (op === 'q') stack.push(ctm);
      else if (op === 'Q') ctm = stack.pop() ?? start;
      else if (op === 'cm' && operands.length >= 6) {
        const m = operands.slice(-6);
        if (m.every((v) => typeof v === 'number')) ctm = multiplyMatrix(m as PdfMatrix, ctm);
      } else if (op === 'Do' && xobjectDict) {
        const name = operands[operands.length - 1];
        if (typeof name !== 'string') continue;
        const raw = xobjectDict.get(PDFName.of(name));
        if (!(raw instanceof PDFRef)) continue;
        const xobj = context.lookup(raw);
        if (!(xobj instanceof PDFStream)) continue;
        const subtype = xobj.dict.lookup(PDFName.of('Subtype'));
        const key = raw.toString();
        if (subtype === PDFName.of('Image')) {
          const entry = images.get(key) ?? { ref: raw, stream: xobj, draws: [] };
          entry.draws.push({ page, widthPt: Math.hypot(ctm[0], ctm[1]), heightPt: Math.hypot(ctm[2], ctm[3]) });
          images.set(key, entry);
        } else if (subtype === PDFName.of('Form') && !formStack.has(key) && formStack.size < 12) {
          const formResources = xobj.dict.lookup(PDFName.of('Resources'));
          const formMatrix = asMatrix(xobj.dict.lookup(PDFName.of('Matrix')));
          formStack.add(key);
          walk(
            safeDecode(xobj),
            formResources instanceof PDFDict ? formResources : resources,
            multiplyMatrix(formMatrix, ctm),
            page,
            formStack,
          );
          formStack.delete(key);
        }
      }
    }
  };

  const pageCount = doc.getPageCount();
  for (let p = 0; p < pageCount; p++) {
    paint.push({ textOps: 0, pathOps: 0 });
    walk(pageContentBytes(doc, p), doc.getPage(p).node.Resources(), IDENTITY_MATRIX, p + 1, new Set());
  }
  return { images, paint };
}

/** All image XObjects in the file, drawn or not (unused ones are reported, never touched). */
export function allImageRefs(doc: PDFDocument): PDFRef[] {
  const refs: PDFRef[] = [];
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFStream && obj.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image')) refs.push(ref);
  }
  return refs;
}
