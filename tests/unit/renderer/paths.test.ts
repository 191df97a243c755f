import { win32, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casePath, joinPath } from '../../../renderer/src/guide/documents/paths';

/**
 * The renderer has no Node `path`, yet its paths must equal the main side's
 * byte for byte: the guide's lists de-duplicate files by path, and an imported
 * client's files (joined in Node) meet files added in the guide (joined here).
 */
describe('paths built in the renderer', () => {
  it('equal what path.join gives on Windows and on POSIX', () => {
    const windowsRoot = 'C:\\Users\\Ana\\Documents\\AIMA Prep\\cases';
    expect(casePath(windowsRoot, 'ana-silva', 'originals/3f2a9c1b4d5e-passaporte.pdf')).toBe(
      win32.join(windowsRoot, 'ana-silva', 'originals/3f2a9c1b4d5e-passaporte.pdf'),
    );
    const posixRoot = '/home/ana/Documents/AIMA Prep/cases';
    expect(casePath(posixRoot, 'ana-silva', 'originals/3f2a9c1b4d5e-passaporte.pdf')).toBe(
      posix.join(posixRoot, 'ana-silva', 'originals/3f2a9c1b4d5e-passaporte.pdf'),
    );
  });

  it('keep the folder own separator and never double it', () => {
    expect(joinPath('D:\\clientes\\', 'upload')).toBe('D:\\clientes\\upload');
    expect(joinPath('/srv/out/', 'upload')).toBe('/srv/out/upload');
  });
});
