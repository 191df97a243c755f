import { PDFArray, PDFDict, PDFName, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';
import type { RemovedCounts } from '../../../shared/engine/sanitize';

/**
 * Action dictionaries (PDF 32000 §12.6). Only a plain in-document jump (/GoTo) is harmless:
 * it moves the view to another page of the same file. Everything else runs code (/JavaScript),
 * opens or sends something outside the file (/Launch, /URI, /SubmitForm, /ImportData,
 * /GoToR, /GoToE) or plays media (/Rendition, /Sound, /Movie, /RichMediaExecute).
 */
const SCRIPT_TYPES = new Set(['JavaScript']);
const LINK_TYPES = new Set(['URI']);
const HARMLESS_TYPES = new Set(['GoTo']);

export function resolve(context: PDFContext, obj: PDFObject | undefined): PDFObject | undefined {
  return obj instanceof PDFRef ? context.lookup(obj) : obj;
}

function actionType(dict: PDFDict): string | null {
  const s = dict.get(PDFName.of('S'));
  return s instanceof PDFName ? s.decodeText() : null;
}

/**
 * An action dictionary (or an array of them). /A is also the key of a tagged PDF's structure
 * attributes (dictionaries with /O, never /S): those are kept.
 */
export function isAction(value: PDFObject): boolean {
  if (value instanceof PDFArray) return value.asArray().some((item) => item instanceof PDFDict && isAction(item));
  if (!(value instanceof PDFDict)) return false;
  const type = value.get(PDFName.of('Type'));
  return value.has(PDFName.of('S')) || value.has(PDFName.of('JS')) || (type instanceof PDFName && type.decodeText() === 'Action');
}

/**
 * Count one action (and the chain after it, /Next) in the kind it belongs to. `seen` is shared
 * by the whole run, so an action reachable from several places is counted once.
 */
export function countAction(context: PDFContext, obj: PDFObject | undefined, counts: RemovedCounts, seen: Set<PDFObject>): void {
  const value = resolve(context, obj);
  if (!value || seen.has(value)) return;
  seen.add(value);
  if (value instanceof PDFArray) {
    for (const item of value.asArray()) countAction(context, item, counts, seen);
    return;
  }
  if (!(value instanceof PDFDict)) return;
  const type = actionType(value);
  if (type === null) {
    // Not an action (e.g. an /OpenAction destination array is handled above): a script may hide in /JS alone.
    if (value.has(PDFName.of('JS'))) counts.scripts++;
  } else if (SCRIPT_TYPES.has(type) || value.has(PDFName.of('JS'))) counts.scripts++;
  else if (LINK_TYPES.has(type)) counts.links++;
  else if (!HARMLESS_TYPES.has(type)) counts.actions++;
  countAction(context, value.get(PDFName.of('Next')), counts, seen);
}

/** Every action in an /AA (additional actions) dictionary: one per trigger. */
export function countTriggers(
  context: PDFContext,
  obj: PDFObject | undefined,
  counts: RemovedCounts,
  seen: Set<PDFObject>,
): void {
  const aa = resolve(context, obj);
  if (!(aa instanceof PDFDict)) return;
  for (const [, action] of aa.entries()) countAction(context, action, counts, seen);
}

/**
 * Keep an /A entry only when it is a plain /GoTo (its /Next chain removed, as that may run
 * anything). Returns true when the entry was removed.
 */
export function pruneAction(
  context: PDFContext,
  holder: PDFDict,
  key: PDFName,
  counts: RemovedCounts,
  seen: Set<PDFObject>,
): boolean {
  const action = resolve(context, holder.get(key));
  if (action === undefined || !isAction(action)) return false;
  if (action instanceof PDFDict && actionType(action) === 'GoTo' && !action.has(PDFName.of('JS'))) {
    if (action.has(PDFName.of('Next'))) {
      countAction(context, action.get(PDFName.of('Next')), counts, seen);
      action.delete(PDFName.of('Next'));
    }
    return false;
  }
  countAction(context, action, counts, seen);
  holder.delete(key);
  return true;
}
