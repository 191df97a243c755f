import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  type PDFContext,
  type PDFObject,
  type PDFPageLeaf,
} from 'pdf-lib';
import { emptyRemovedCounts, totalRemoved, type RemovedCounts } from '../../../shared/engine/sanitize';
import { dropUnreachable } from '../compress/tidy';
import { countAction, countTriggers, pruneAction, resolve } from './actions';
import { flattenWidget } from './flatten-widgets';
import { stripJpegMetadata } from './jpeg-segments';
import { loadPdfSharingInput } from '../pdf/parse-speed';

/**
 * Stage "sanitise", run on every output PDF before it is compressed, validated and written:
 * a file handed to a government portal carries the pages and nothing else.
 *
 * Removed: JavaScript and every action except a plain jump inside the file (/OpenAction,
 * /AA at document, page, annotation and field level, /Names /JavaScript, /Launch,
 * /SubmitForm, /ImportData, /GoToR, /GoToE, /URI, media), embedded files and file-attachment
 * annotations, XFA, rich media/screen/movie/sound/3D annotations, form fields (flattened:
 * their appearance drawn on the page, their logic gone), /Info and XMP metadata, and the
 * EXIF/XMP/ICC/comment segments of every embedded JPEG.
 *
 * The validate stage checks the result on its own (validate/hidden-content.ts), so a
 * construct this stage misses makes the file "not ready" instead of going to the portal.
 */
export interface SanitizeResult {
  bytes: Uint8Array;
  removed: RemovedCounts;
}

const N = (name: string) => PDFName.of(name);
const MEDIA_ANNOTATIONS = new Set(['RichMedia', 'Screen', 'Movie', 'Sound', '3D']);
/** Catalog entries that only serve interactivity, signatures' usage rights or portfolios. */
const CATALOG_DROPPED = ['Perms', 'Collection', 'URI', 'PieceInfo', 'SpiderInfo', 'Legal', 'Requirements'];

export class SanitizeError extends Error {}

export async function sanitizePdf(input: Uint8Array): Promise<SanitizeResult> {
  // Its streams are views into `input` (no copy of a scan's data): the caller holds the input meanwhile, and
  // nothing here writes into a stream's data (stripped JPEGs are new streams).
  const doc = await loadPdfSharingInput(input);
  // Decryption is an earlier stage's job: rewriting an encrypted file would corrupt it.
  if (doc.isEncrypted) throw new SanitizeError('encrypted');
  const { context } = doc;
  const removed = emptyRemovedCounts();

  // Actions already counted: one reachable from several places counts once.
  const counted = new Set<PDFObject>();
  cleanCatalog(doc, removed, counted);
  let fieldIndex = 0;
  for (const page of doc.getPages()) fieldIndex = cleanPage(context, page.node, removed, counted, fieldIndex);
  // What only the removed entries used goes first, so the search below counts what is still reachable.
  dropUnreachable(doc);
  // Everything else, wherever it hides (outlines, XObjects, nested dictionaries).
  const visited = new Set<PDFObject>();
  for (const [, obj] of context.enumerateIndirectObjects()) cleanDeep(context, obj, removed, counted, visited);
  const info = context.trailerInfo.Info;
  if (info) {
    removed.metadata++;
    context.trailerInfo.Info = undefined;
  }
  stripImageMetadata(context, removed);
  const dropped = dropUnreachable(doc);

  if (totalRemoved(removed) === 0 && dropped === 0) return { bytes: input, removed };
  const bytes = await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
  return { bytes, removed };
}

function cleanCatalog(doc: PDFDocument, removed: RemovedCounts, counted: Set<PDFObject>): void {
  const { catalog, context } = doc;
  const open = resolve(context, catalog.get(N('OpenAction')));
  // An /OpenAction that is a destination array only opens the file at a page: not counted, still dropped.
  if (open instanceof PDFDict) countAction(context, open, removed, counted);
  catalog.delete(N('OpenAction'));
  countTriggers(context, catalog.get(N('AA')), removed, counted);
  catalog.delete(N('AA'));
  if (catalog.has(N('Metadata'))) {
    removed.metadata++;
    catalog.delete(N('Metadata'));
  }
  for (const key of CATALOG_DROPPED) catalog.delete(N(key));

  const names = resolve(context, catalog.get(N('Names')));
  if (names instanceof PDFDict) {
    removed.scripts += nameTreeSize(context, names.get(N('JavaScript')));
    removed.attachedFiles += nameTreeSize(context, names.get(N('EmbeddedFiles')));
    removed.richMedia += nameTreeSize(context, names.get(N('Renditions')));
    for (const key of ['JavaScript', 'EmbeddedFiles', 'Renditions', 'XFAResources', 'AlternatePresentations'])
      names.delete(N(key));
    if (names.keys().length === 0) catalog.delete(N('Names'));
  }

  const form = resolve(context, catalog.get(N('AcroForm')));
  if (form instanceof PDFDict) {
    if (form.has(N('XFA'))) removed.xfaForms++;
    // Fields are flattened page by page (their widgets); the form itself, its scripts and calculation order go.
    countFieldScripts(context, form.get(N('Fields')), removed, counted, new Set());
  }
  catalog.delete(N('AcroForm'));
}

/** Scripts attached to fields that have no widget on a page (calculations, validations, keystrokes). */
function countFieldScripts(
  context: PDFContext,
  fields: PDFObject | undefined,
  removed: RemovedCounts,
  counted: Set<PDFObject>,
  seen: Set<PDFObject>,
): void {
  const list = resolve(context, fields);
  if (!(list instanceof PDFArray)) return;
  for (const item of list.asArray()) {
    const field = resolve(context, item);
    if (!(field instanceof PDFDict) || seen.has(field)) continue;
    seen.add(field);
    // A merged field/widget is counted with its page; a pure field (no /Subtype) here.
    if (!field.has(N('Subtype'))) {
      countTriggers(context, field.get(N('AA')), removed, counted);
      field.delete(N('AA'));
    }
    countFieldScripts(context, field.get(N('Kids')), removed, counted, seen);
  }
}

function nameTreeSize(context: PDFContext, node: PDFObject | undefined, seen = new Set<PDFObject>()): number {
  const tree = resolve(context, node);
  if (!(tree instanceof PDFDict) || seen.has(tree)) return 0;
  seen.add(tree);
  let count = 0;
  const names = resolve(context, tree.get(N('Names')));
  if (names instanceof PDFArray) count += Math.floor(names.size() / 2);
  const kids = resolve(context, tree.get(N('Kids')));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) count += nameTreeSize(context, kid, seen);
  return count;
}

function subtypeOf(context: PDFContext, annotation: PDFDict): string {
  const subtype = resolve(context, annotation.get(N('Subtype')));
  return subtype instanceof PDFName ? subtype.decodeText() : '';
}

function cleanPage(
  context: PDFContext,
  leaf: PDFPageLeaf,
  removed: RemovedCounts,
  counted: Set<PDFObject>,
  fieldIndex: number,
): number {
  countTriggers(context, leaf.get(N('AA')), removed, counted);
  leaf.delete(N('AA'));
  const annots = resolve(context, leaf.get(N('Annots')));
  if (!(annots instanceof PDFArray)) {
    if (annots !== undefined) leaf.delete(N('Annots'));
    return fieldIndex;
  }
  const kept: PDFObject[] = [];
  for (const item of annots.asArray()) {
    const annotation = resolve(context, item);
    if (!(annotation instanceof PDFDict)) continue;
    const subtype = subtypeOf(context, annotation);
    if (subtype === 'Widget') {
      // Its scripts are counted before the widget goes; its appearance stays on the page.
      countAction(context, annotation.get(N('A')), removed, counted);
      countTriggers(context, annotation.get(N('AA')), removed, counted);
      const parent = resolve(context, annotation.get(N('Parent')));
      if (parent instanceof PDFDict) countTriggers(context, parent.get(N('AA')), removed, counted);
      flattenWidget(context, leaf, annotation, fieldIndex++);
      removed.formFields++;
      continue;
    }
    if (subtype === 'FileAttachment') {
      removed.attachedFiles++;
      continue;
    }
    if (MEDIA_ANNOTATIONS.has(subtype)) {
      removed.richMedia++;
      continue;
    }
    kept.push(item);
  }
  if (kept.length === 0) leaf.delete(N('Annots'));
  else leaf.set(N('Annots'), context.obj(kept));
  return fieldIndex;
}

/** Remove actions, scripts, attached file data and metadata from one object and the direct objects inside it. */
function cleanDeep(
  context: PDFContext,
  obj: PDFObject,
  removed: RemovedCounts,
  counted: Set<PDFObject>,
  seen: Set<PDFObject>,
): void {
  if (seen.has(obj)) return;
  seen.add(obj);
  if (obj instanceof PDFStream) {
    cleanDeep(context, obj.dict, removed, counted, seen);
    return;
  }
  if (obj instanceof PDFArray) {
    for (const item of obj.asArray()) cleanDeep(context, item, removed, counted, seen);
    return;
  }
  if (!(obj instanceof PDFDict)) return;
  if (obj.has(N('AA'))) {
    countTriggers(context, obj.get(N('AA')), removed, counted);
    obj.delete(N('AA'));
  }
  if (obj.has(N('OpenAction'))) {
    countAction(context, obj.get(N('OpenAction')), removed, counted);
    obj.delete(N('OpenAction'));
  }
  pruneAction(context, obj, N('A'), removed, counted);
  pruneAction(context, obj, N('PA'), removed, counted);
  if (obj.has(N('JS'))) {
    // A script no action above led to (its holder is about to become unreachable): counted once.
    if (!counted.has(obj)) removed.scripts++;
    counted.add(obj);
    obj.delete(N('JS'));
  }
  for (const key of ['EF', 'RF']) {
    if (obj.has(N(key))) {
      if (key === 'EF') removed.attachedFiles++;
      obj.delete(N(key));
    }
  }
  if (obj.has(N('XFA'))) {
    removed.xfaForms++;
    obj.delete(N('XFA'));
  }
  if (obj.has(N('Metadata'))) {
    removed.metadata++;
    obj.delete(N('Metadata'));
  }
  obj.delete(N('PieceInfo'));
  for (const [, value] of obj.entries()) cleanDeep(context, value, removed, counted, seen);
}

function isSoleDct(dict: PDFDict, context: PDFContext): boolean {
  const filter = resolve(context, dict.get(N('Filter')));
  if (filter instanceof PDFName) return filter.decodeText() === 'DCTDecode';
  if (filter instanceof PDFArray && filter.size() === 1) {
    const only = resolve(context, filter.get(0));
    return only instanceof PDFName && only.decodeText() === 'DCTDecode';
  }
  return false;
}

/** EXIF (GPS, camera), XMP, ICC and comments out of every embedded JPEG; the image data is kept byte for byte. */
function stripImageMetadata(context: PDFContext, removed: RemovedCounts): void {
  for (const [ref, obj] of context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || !isSoleDct(obj.dict, context)) continue;
    const stripped = stripJpegMetadata(obj.contents);
    if (!stripped || stripped.removed === 0) continue;
    const dict = obj.dict.clone(context);
    dict.set(N('Length'), PDFNumber.of(stripped.bytes.length));
    context.assign(ref, PDFRawStream.of(dict, stripped.bytes));
    removed.imageMetadata++;
  }
}
