import { GENERIC_AT_PIXELS_TEMPLATE0, GenericRegionStats, encodeGenericRegion } from './generic-region';

/**
 * A JBIG2 stream as PDF embeds it (ISO 32000 §7.4.7, T.88 Annex D.3): no file header, segments
 * only — page information and one immediate lossless generic region covering the page — both
 * associated with page 1 and referring to no other segment, so no /JBIG2Globals is needed. No
 * end-of-page segment: PDF leaves it out ("the file header, end-of-page segments, and end-of-file
 * segment shall not be used"), and poppler 22.12 reports it as "Unknown segment type".
 */

const SEGMENT_PAGE_INFORMATION = 48;
const SEGMENT_IMMEDIATE_LOSSLESS_GENERIC_REGION = 39;

/** T.88 §7.2: number (4), flags (1: type, 1-byte page association), referred-to count (1), page (1), data length (4). */
function segmentHeader(number: number, type: number, dataLength: number): Uint8Array {
  const header = new Uint8Array(11);
  const view = new DataView(header.buffer);
  view.setUint32(0, number);
  header[4] = type;
  header[5] = 0; // no referred-to segments, no retention bits
  header[6] = 1; // page 1
  view.setUint32(7, dataLength);
  return header;
}

/** T.88 §7.4.8: width, height, resolutions (0: unknown), flags, striping. */
function pageInformation(width: number, height: number): Uint8Array {
  const data = new Uint8Array(19);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // Flags: bit 0 "eventually lossless"; default pixel 0 (white), default combination OR.
  data[16] = 0x01;
  return data;
}

/** T.88 §7.4.6: region segment information (17 bytes), generic region flags, the four AT pixels, then the coded data. */
function genericRegionData(width: number, height: number, coded: Uint8Array): Uint8Array {
  const data = new Uint8Array(17 + 1 + 8 + coded.length);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // x, y 0; external combination operator OR (0).
  data[17] = 0x08; // MMR 0, GBTEMPLATE 0, TPGDON 1
  GENERIC_AT_PIXELS_TEMPLATE0.forEach((v, i) => view.setInt8(18 + i, v));
  data.set(coded, 26);
  return data;
}

/** The whole /JBIG2Decode stream for one 1-bit image (`bits`: one byte per pixel, 0 ink); `stats` as encodeGenericRegion's. */
export function encodeJbig2Page(bits: Uint8Array, width: number, height: number, stats?: GenericRegionStats): Buffer {
  const coded = encodeGenericRegion(bits, width, height, stats);
  const page = pageInformation(width, height);
  const region = genericRegionData(width, height, coded);
  return Buffer.concat([
    segmentHeader(0, SEGMENT_PAGE_INFORMATION, page.length),
    page,
    segmentHeader(1, SEGMENT_IMMEDIATE_LOSSLESS_GENERIC_REGION, region.length),
    region,
  ]);
}
