import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { exifHiddenData, photoHiddenData } from '../../../electron/engine/image/photo-hidden-data';

const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '38/1 43/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '9/1 8/1 0/1' };

async function metadataOf(exif: Parameters<ReturnType<typeof sharp>['withExif']>[0]) {
  const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
    .withExif(exif)
    .jpeg()
    .toBuffer();
  return sharp(jpeg).metadata();
}

describe('hidden data measured in a photo', () => {
  it('names the location only when latitude and longitude are both there', async () => {
    expect(photoHiddenData(await metadataOf({ IFD3: GPS }))).toEqual(['location']);
    expect(photoHiddenData(await metadataOf({ IFD3: { GPSAltitude: '100/1' } }))).toEqual([]);
  });

  it('names the camera and the date taken, and says nothing of orientation or resolution alone', async () => {
    expect(
      photoHiddenData(await metadataOf({ IFD0: { Model: 'iPhone 15' }, IFD2: { DateTimeOriginal: '2026:11:30 10:00:00' } })),
    ).toEqual(['camera', 'dateTaken']);
    expect(photoHiddenData(await metadataOf({ IFD0: { XResolution: '72/1', ResolutionUnit: '2' } }))).toEqual([]);
  });

  it('names XMP as editing data', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>')
      .jpeg()
      .toBuffer();
    expect(photoHiddenData(await sharp(jpeg).metadata())).toEqual(['editingData']);
  });

  it('reads nothing from a damaged EXIF block rather than failing', () => {
    expect(exifHiddenData(new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 42, 0xff, 0xff, 0xff, 0xff]))).toEqual([]);
    expect(exifHiddenData(new Uint8Array([1, 2, 3]))).toEqual([]);
  });
});
