import { z } from 'zod';

/**
 * What the sanitise stage removed from one output PDF before it was written: active
 * content (scripts, actions, attached files, forms, rich media) that a portal or the
 * person opening the file at AIMA must never receive, and hidden data (document
 * metadata, photo EXIF/GPS) that says more about the person or their software than
 * the page shows. Counts, so the report can say "removed: 1 script, 1 attached file".
 */
export const removedCountsSchema = z.object({
  /** JavaScript: document-level (/Names /JavaScript), in actions, in form fields. */
  scripts: z.number().int().nonnegative(),
  /** Actions other than scripts and web links: /Launch, /SubmitForm, /ImportData, /GoToR, /GoToE, … and /AA triggers. */
  actions: z.number().int().nonnegative(),
  /** Web links (/URI actions); the link text on the page stays. */
  links: z.number().int().nonnegative(),
  /** Embedded files and file-attachment annotations. */
  attachedFiles: z.number().int().nonnegative(),
  /** Form fields flattened: their appearance kept on the page, their logic removed. */
  formFields: z.number().int().nonnegative(),
  /** XFA form descriptions. */
  xfaForms: z.number().int().nonnegative(),
  /** Rich media, screen, movie, sound and 3D annotations. */
  richMedia: z.number().int().nonnegative(),
  /** Document information (/Info) and XMP metadata streams. */
  metadata: z.number().int().nonnegative(),
  /** JPEG images whose EXIF (GPS, camera), XMP, ICC or comment segments were removed. */
  imageMetadata: z.number().int().nonnegative(),
});
export type RemovedCounts = z.infer<typeof removedCountsSchema>;

/**
 * Kinds of hidden data measured in one input photo (JPEG, HEIC, PNG, WebP, TIFF …) that its output page
 * does not carry: a photo becomes a page from its pixels (or its JPEG with every metadata segment cut),
 * so whatever of these the file held is gone. Measured from the file, never assumed: a photo without
 * EXIF lists nothing (walk s15: Nadia's JPEG with GPS was reported as "0 removed").
 */
export const photoHiddenDataSchema = z.enum([
  /** EXIF GPS latitude/longitude: where the photo was taken. */
  'location',
  /** EXIF camera or phone make, model or serial number. */
  'camera',
  /** EXIF date and time the photo was taken. */
  'dateTaken',
  /** XMP, IPTC or comment blocks (editing software, captions, history). */
  'editingData',
]);
export type PhotoHiddenData = z.infer<typeof photoHiddenDataSchema>;
export const PHOTO_HIDDEN_DATA = photoHiddenDataSchema.options;
export type RemovedKind = keyof RemovedCounts;

export const REMOVED_KINDS = Object.keys(removedCountsSchema.shape) as RemovedKind[];

export function emptyRemovedCounts(): RemovedCounts {
  return Object.fromEntries(REMOVED_KINDS.map((kind) => [kind, 0])) as RemovedCounts;
}

export function totalRemoved(counts: RemovedCounts): number {
  return REMOVED_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
}
