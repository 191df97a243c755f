/**
 * The file-system path of a file dropped on the window. Browsers do not expose
 * it; Electron does through `webUtils.getPathForFile`, which a preload may
 * offer as `window.aimaFiles.pathForFile`. Where no path is available the
 * caller falls back to the file picker, which always gives paths.
 */
interface DroppedFileBridge {
  pathForFile(file: File): string;
}

export function pathsOfDroppedFiles(files: FileList | File[]): string[] | null {
  const bridge = (window as unknown as { aimaFiles?: DroppedFileBridge }).aimaFiles;
  if (!bridge || typeof bridge.pathForFile !== 'function') return null;
  const paths = Array.from(files)
    .map((file) => {
      try {
        return bridge.pathForFile(file);
      } catch {
        return '';
      }
    })
    .filter((path) => path.length > 0);
  return paths.length > 0 ? paths : null;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
