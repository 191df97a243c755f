/** Page thumbnails of a prepared PDF (filled in once the preview call exists). */
export function Thumbnails(_props: { folder: string; fileName: string; pages: number }) {
  return null;
}
