import type { Metadata } from 'sharp';
import { PHOTO_HIDDEN_DATA, type PhotoHiddenData } from '../../../shared/engine/sanitize';

/** The metadata blocks sharp (libvips, libheif for HEIC) reads from a photo's header. */
type PhotoMetadata = Pick<Metadata, 'exif' | 'xmp' | 'iptc' | 'comments'>;

const TAG_MAKE = 0x010f;
const TAG_MODEL = 0x0110;
const TAG_DATE_TIME = 0x0132;
const TAG_EXIF_IFD = 0x8769;
const TAG_GPS_IFD = 0x8825;
const TAG_DATE_TAKEN = 0x9003;
const TAG_DATE_DIGITIZED = 0x9004;
const TAG_CAMERA_OWNER = 0xa430;
const TAG_BODY_SERIAL = 0xa431;
const TAG_LENS_MAKE = 0xa433;
const TAG_LENS_MODEL = 0xa434;
const TAG_GPS_LATITUDE = 0x0002;
const TAG_GPS_LONGITUDE = 0x0004;

const CAMERA_TAGS = new Set([TAG_MAKE, TAG_MODEL, TAG_CAMERA_OWNER, TAG_BODY_SERIAL, TAG_LENS_MAKE, TAG_LENS_MODEL]);
const DATE_TAGS = new Set([TAG_DATE_TIME, TAG_DATE_TAKEN, TAG_DATE_DIGITIZED]);

/** The TIFF structure inside an EXIF block, read defensively: a damaged block yields what could be read. */
class TiffReader {
  private readonly view: DataView;
  private readonly little: boolean;
  readonly ok: boolean;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const order = bytes.length >= 8 ? String.fromCharCode(bytes[0]!, bytes[1]!) : '';
    this.little = order === 'II';
    this.ok = (order === 'II' || order === 'MM') && this.u16(2) === 42;
  }

  u16(at: number): number | undefined {
    return at >= 0 && at + 2 <= this.bytes.length ? this.view.getUint16(at, this.little) : undefined;
  }

  u32(at: number): number | undefined {
    return at >= 0 && at + 4 <= this.bytes.length ? this.view.getUint32(at, this.little) : undefined;
  }

  /** Tag → the entry's value field (an offset or an inline value) of the IFD at `at`; empty when unreadable. */
  entries(at: number | undefined): Map<number, number> {
    const found = new Map<number, number>();
    const count = at === undefined ? undefined : this.u16(at);
    if (at === undefined || count === undefined) return found;
    for (let index = 0; index < Math.min(count, 1000); index += 1) {
      const entry = at + 2 + index * 12;
      const tag = this.u16(entry);
      const value = this.u32(entry + 8);
      if (tag === undefined || value === undefined) break;
      found.set(tag, value);
    }
    return found;
  }
}

/** What an EXIF block (with or without its "Exif\0\0" prefix) says about where, with what and when. */
export function exifHiddenData(exif: Uint8Array): PhotoHiddenData[] {
  const hasPrefix = exif.length >= 6 && String.fromCharCode(...exif.subarray(0, 4)) === 'Exif';
  const tiff = new TiffReader(hasPrefix ? exif.subarray(6) : exif);
  if (!tiff.ok) return [];
  const ifd0 = tiff.entries(tiff.u32(4));
  const exifIfd = ifd0.has(TAG_EXIF_IFD) ? tiff.entries(ifd0.get(TAG_EXIF_IFD)) : new Map<number, number>();
  const gpsIfd = ifd0.has(TAG_GPS_IFD) ? tiff.entries(ifd0.get(TAG_GPS_IFD)) : new Map<number, number>();
  const tags = [...ifd0.keys(), ...exifIfd.keys()];
  const kinds = new Set<PhotoHiddenData>();
  // A GPS block holding only its version or the altitude says nothing about where: a position needs both.
  if (gpsIfd.has(TAG_GPS_LATITUDE) && gpsIfd.has(TAG_GPS_LONGITUDE)) kinds.add('location');
  if (tags.some((tag) => CAMERA_TAGS.has(tag))) kinds.add('camera');
  if (tags.some((tag) => DATE_TAGS.has(tag))) kinds.add('dateTaken');
  return [...kinds];
}

/**
 * The hidden data a photo file holds, from its header as sharp read it. Orientation, resolution and the
 * colour profile are not listed: they describe how to show the picture, not the person or the moment.
 */
export function photoHiddenData(meta: PhotoMetadata): PhotoHiddenData[] {
  const kinds = new Set<PhotoHiddenData>(meta.exif ? exifHiddenData(meta.exif) : []);
  if ((meta.xmp?.length ?? 0) > 0 || (meta.iptc?.length ?? 0) > 0 || (meta.comments?.length ?? 0) > 0) kinds.add('editingData');
  return PHOTO_HIDDEN_DATA.filter((kind) => kinds.has(kind));
}
