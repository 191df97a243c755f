import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFContext, type PDFPageLeaf } from 'pdf-lib';
import { resolve } from './actions';

/** Annotation flags (PDF 32000 §12.5.3): Hidden (bit 2) and NoView (bit 6) are never shown. */
const HIDDEN_FLAGS = 2 | 32;

type Matrix = [number, number, number, number, number, number];

function numbers(context: PDFContext, obj: unknown, count: number): number[] | null {
  const array = resolve(context, obj as never);
  if (!(array instanceof PDFArray) || array.size() < count) return null;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = resolve(context, array.get(i));
    if (!(n instanceof PDFNumber) || !Number.isFinite(n.asNumber())) return null;
    out.push(n.asNumber());
  }
  return out;
}

/** The appearance a viewer shows for this widget: /AP /N, or its /AS state when /N holds several. */
function normalAppearance(context: PDFContext, widget: PDFDict): PDFStream | null {
  const ap = resolve(context, widget.get(PDFName.of('AP')));
  if (!(ap instanceof PDFDict)) return null;
  const normal = resolve(context, ap.get(PDFName.of('N')));
  if (normal instanceof PDFStream) return normal;
  if (!(normal instanceof PDFDict)) return null;
  const state = resolve(context, widget.get(PDFName.of('AS')));
  if (!(state instanceof PDFName)) return null;
  const chosen = resolve(context, normal.get(state));
  return chosen instanceof PDFStream ? chosen : null;
}

/**
 * The matrix that places an appearance stream on its annotation rectangle (§12.5.5):
 * its /BBox, transformed by its /Matrix, is mapped onto /Rect.
 */
function placement(context: PDFContext, widget: PDFDict, appearance: PDFStream): Matrix | null {
  const rect = numbers(context, widget.get(PDFName.of('Rect')), 4);
  const bbox = numbers(context, appearance.dict.get(PDFName.of('BBox')), 4);
  if (!rect || !bbox) return null;
  const m = numbers(context, appearance.dict.get(PDFName.of('Matrix')), 6) ?? [1, 0, 0, 1, 0, 0];
  const corners = [
    [bbox[0]!, bbox[1]!],
    [bbox[2]!, bbox[1]!],
    [bbox[0]!, bbox[3]!],
    [bbox[2]!, bbox[3]!],
  ].map(([x, y]) => [m[0]! * x! + m[2]! * y! + m[4]!, m[1]! * x! + m[3]! * y! + m[5]!] as const);
  const tx0 = Math.min(...corners.map((c) => c[0]));
  const tx1 = Math.max(...corners.map((c) => c[0]));
  const ty0 = Math.min(...corners.map((c) => c[1]));
  const ty1 = Math.max(...corners.map((c) => c[1]));
  const rx0 = Math.min(rect[0]!, rect[2]!);
  const rx1 = Math.max(rect[0]!, rect[2]!);
  const ry0 = Math.min(rect[1]!, rect[3]!);
  const ry1 = Math.max(rect[1]!, rect[3]!);
  if (tx1 - tx0 <= 0 || ty1 - ty0 <= 0) return null;
  const sx = (rx1 - rx0) / (tx1 - tx0);
  const sy = (ry1 - ry0) / (ty1 - ty0);
  return [sx, 0, 0, sy, rx0 - sx * tx0, ry0 - sy * ty0];
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Draw a form field's visible appearance into the page content (what the person filled in
 * stays on the page), so the widget annotation and the field's logic can be removed.
 * Returns false when there is nothing visible to keep.
 */
export function flattenWidget(context: PDFContext, leaf: PDFPageLeaf, widget: PDFDict, index: number): boolean {
  const flags = resolve(context, widget.get(PDFName.of('F')));
  if (flags instanceof PDFNumber && (flags.asNumber() & HIDDEN_FLAGS) !== 0) return false;
  const appearance = normalAppearance(context, widget);
  if (!appearance) return false;
  const matrix = placement(context, widget, appearance);
  if (!matrix) return false;
  appearance.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
  appearance.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
  const ref = context.getObjectRef(appearance) ?? context.register(appearance);
  const { XObject } = leaf.normalizedEntries();
  let name = `AimaField${index}`;
  for (let n = 0; XObject.has(PDFName.of(name)); n++) name = `AimaField${index}_${n}`;
  XObject.set(PDFName.of(name), ref as PDFRef);
  const content = context.flateStream(`q ${matrix.map(fmt).join(' ')} cm /${name} Do Q\n`);
  leaf.addContentStream(context.register(content));
  return true;
}
