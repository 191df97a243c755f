import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  PDFHexString,
} from 'pdf-lib';
import { filterNames } from './stream-filters';

/**
 * What an image XObject is, read from its dictionary, and whether we can rewrite it
 * without changing how it looks. Anything we are not sure about is left untouched.
 */

export type ColourModel =
  | { kind: 'gray' }
  | { kind: 'rgb' }
  | { kind: 'cmyk' }
  | { kind: 'indexed'; base: 'gray' | 'rgb' | 'cmyk'; hival: number; lookup: Uint8Array };

/** 120 megapixels: a 9000×9000 image (81 MP, 243 MB as RGB) still goes through, peaking near 650 MB. */
export const MAX_DECODE_PIXELS = 120_000_000;

export interface ImageSpec {
  width: number;
  height: number;
  bitsPerComponent: number;
  /** The image codec (last filter) or the generic filters as text, for the report. */
  filterLabel: string;
  colourLabel: string;
  colour: ColourModel | null;
  /** The original /ColorSpace object, kept on output when it is an RGB ICC profile. */
  colourSpaceObject: PDFObject | undefined;
  decode: number[] | null;
  hasSoftMask: boolean;
  softMaskRef: PDFRef | undefined;
  /** Why we will not rewrite it; undefined when we can. */
  skip?: { action: 'skipped-bilevel' | 'skipped-unsupported'; reason: string };
}

function numberOf(dict: PDFDict, key: string): number | undefined {
  const v = dict.lookup(PDFName.of(key));
  return v instanceof PDFNumber ? v.asNumber() : undefined;
}

function bytesOf(obj: PDFObject | undefined): Uint8Array | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.asBytes();
  if (obj instanceof PDFRawStream) return undefined; // resolved by the caller with decodeStream
  return undefined;
}

function iccComponents(arr: PDFArray): number | undefined {
  const profile = arr.lookup(1);
  return profile instanceof PDFStream ? numberOf(profile.dict, 'N') : undefined;
}

/** Resolve a colour space to the models we handle; label is what goes into the report. */
export function readColourSpace(
  cs: PDFObject | undefined,
  decodeLookupStream: (s: PDFStream) => Uint8Array,
): { model: ColourModel | null; label: string } {
  if (cs instanceof PDFName) {
    const name = cs.decodeText();
    if (name === 'DeviceGray' || name === 'G' || name === 'CalGray') return { model: { kind: 'gray' }, label: name };
    if (name === 'DeviceRGB' || name === 'RGB' || name === 'CalRGB') return { model: { kind: 'rgb' }, label: name };
    if (name === 'DeviceCMYK' || name === 'CMYK') return { model: { kind: 'cmyk' }, label: name };
    return { model: null, label: name };
  }
  if (cs instanceof PDFArray && cs.size() > 0) {
    const family = cs.lookup(0);
    const familyName = family instanceof PDFName ? family.decodeText() : '?';
    if (familyName === 'ICCBased') {
      const n = iccComponents(cs);
      const model: ColourModel | null =
        n === 1 ? { kind: 'gray' } : n === 3 ? { kind: 'rgb' } : n === 4 ? { kind: 'cmyk' } : null;
      return { model, label: `ICCBased(${n ?? '?'})` };
    }
    if (familyName === 'CalGray') return { model: { kind: 'gray' }, label: 'CalGray' };
    if (familyName === 'CalRGB') return { model: { kind: 'rgb' }, label: 'CalRGB' };
    if (familyName === 'Indexed' || familyName === 'I') {
      const base = readColourSpace(cs.lookup(1), decodeLookupStream);
      const hival = cs.lookup(2);
      const lookupObj = cs.lookup(3);
      const lookup = lookupObj instanceof PDFStream ? decodeLookupStream(lookupObj) : bytesOf(lookupObj);
      if (!base.model || base.model.kind === 'indexed' || !(hival instanceof PDFNumber) || !lookup) {
        return { model: null, label: `Indexed(${base.label})` };
      }
      return {
        model: { kind: 'indexed', base: base.model.kind, hival: hival.asNumber(), lookup },
        label: `Indexed(${base.label})`,
      };
    }
    return { model: null, label: familyName };
  }
  return { model: null, label: cs ? 'unknown' : 'none' };
}

export function readImageSpec(stream: PDFStream, decodeLookupStream: (s: PDFStream) => Uint8Array): ImageSpec {
  const dict = stream.dict;
  const width = numberOf(dict, 'Width') ?? numberOf(dict, 'W') ?? 0;
  const height = numberOf(dict, 'Height') ?? numberOf(dict, 'H') ?? 0;
  const filters = filterNames(dict);
  const codec = filters[filters.length - 1];
  const isMask = dict.lookup(PDFName.of('ImageMask')) === PDFBool.True;
  const bpc = numberOf(dict, 'BitsPerComponent') ?? (isMask ? 1 : 8);
  const csObj = dict.lookup(PDFName.of('ColorSpace'));
  const { model, label } = readColourSpace(csObj, decodeLookupStream);
  const decodeObj = dict.lookup(PDFName.of('Decode'));
  const decode =
    decodeObj instanceof PDFArray ? decodeObj.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN)) : null;
  const smaskRaw = dict.get(PDFName.of('SMask'));
  const maskObj = dict.lookup(PDFName.of('Mask'));

  const spec: ImageSpec = {
    width,
    height,
    bitsPerComponent: bpc,
    filterLabel: filters.length ? filters.join('+') : 'none',
    colourLabel: isMask ? 'ImageMask' : label,
    colour: model,
    colourSpaceObject: csObj,
    decode,
    hasSoftMask: smaskRaw instanceof PDFRef,
    softMaskRef: smaskRaw instanceof PDFRef ? smaskRaw : undefined,
  };

  const bilevelCodecs = new Set(['CCITTFaxDecode', 'CCF', 'JBIG2Decode']);
  if (isMask || bpc === 1 || (codec && bilevelCodecs.has(codec))) {
    spec.skip = {
      action: 'skipped-bilevel',
      reason: isMask ? 'stencil-mask' : codec && bilevelCodecs.has(codec) ? codec : '1-bit',
    };
  } else if (codec === 'JPXDecode') {
    spec.skip = { action: 'skipped-unsupported', reason: 'jpeg2000' };
  } else if (!model) {
    spec.skip = { action: 'skipped-unsupported', reason: `colour-space-${label}` };
  } else if (maskObj instanceof PDFArray) {
    // Colour-key masking needs exact pixel values; JPEG would make the mask leak.
    spec.skip = { action: 'skipped-unsupported', reason: 'colour-key-mask' };
  } else if (decode && decode.some((v) => !Number.isFinite(v))) {
    spec.skip = { action: 'skipped-unsupported', reason: 'bad-decode' };
  } else if (model.kind === 'indexed' && decode && !(decode[0] === 0 && decode[1] === (1 << bpc) - 1)) {
    spec.skip = { action: 'skipped-unsupported', reason: 'indexed-decode' };
  } else if (model.kind !== 'indexed' && bpc !== 8 && bpc !== 16 && !(model.kind === 'gray' && (bpc === 2 || bpc === 4))) {
    spec.skip = { action: 'skipped-unsupported', reason: `bpc-${bpc}` };
  } else if (model.kind === 'indexed' && bpc > 8) {
    spec.skip = { action: 'skipped-unsupported', reason: `bpc-${bpc}` };
  } else if (width < 1 || height < 1) {
    spec.skip = { action: 'skipped-unsupported', reason: 'no-size' };
  } else if (width * height > MAX_DECODE_PIXELS) {
    // Decoding it whole could exhaust memory and take every other file down with it.
    spec.skip = { action: 'skipped-unsupported', reason: 'too-large' };
  } else if (filters.some((f, i) => i < filters.length - 1 && (f === 'DCTDecode' || f === 'DCT'))) {
    spec.skip = { action: 'skipped-unsupported', reason: 'filter-chain' };
  }
  return spec;
}

/** True when a Decode array just restates the default mapping for n components. */
export function isDefaultDecode(decode: number[] | null, components: number): boolean {
  if (!decode) return true;
  for (let c = 0; c < components; c++) {
    if (decode[2 * c] !== 0 || decode[2 * c + 1] !== 1) return false;
  }
  return true;
}

export function isInvertedDecode(decode: number[] | null, components: number): boolean {
  if (!decode) return false;
  for (let c = 0; c < components; c++) {
    if (decode[2 * c] !== 1 || decode[2 * c + 1] !== 0) return false;
  }
  return true;
}

export function componentsOf(model: ColourModel): number {
  return model.kind === 'gray' || model.kind === 'indexed' ? 1 : model.kind === 'rgb' ? 3 : 4;
}
