import { dialog, shell, type BrowserWindow } from 'electron';
import type { ShellPort } from '../handlers/shell-port';

const FILTERS = {
  documents: [
    { name: 'Documents', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'heic', 'heif', 'tif', 'tiff', 'webp', 'gif', 'avif'] },
  ],
  images: [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'heic', 'heif', 'tif', 'tiff', 'webp', 'gif', 'avif'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  json: [{ name: 'JSON', extensions: ['json'] }],
  any: [],
} as const;

/** Native dialogs and the file manager, for the handlers. */
export function electronShellPort(getWindow: () => BrowserWindow | null): ShellPort {
  return {
    async pickFiles({ filter, multiple }) {
      const window = getWindow();
      const options = {
        properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const),
        filters: [...FILTERS[filter]].map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      };
      const result = window
        ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
        : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return result.canceled ? [] : result.filePaths;
    },
    async pickFolder() {
      const window = getWindow();
      const properties: Array<'openDirectory' | 'createDirectory'> = ['openDirectory', 'createDirectory'];
      const result = window ? await dialog.showOpenDialog(window, { properties }) : await dialog.showOpenDialog({ properties });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async reveal(path) {
      shell.showItemInFolder(path);
      return true;
    },
  };
}
