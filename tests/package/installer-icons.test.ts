/**
 * The icons electron-builder embeds in the installers (Windows .ico, macOS .icns, Linux PNG folder):
 * only the Linux `dir` target can be packaged here, so the Windows and macOS ones are checked as files.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './linux-dir';

/** `icon:` paths in electron-builder.yml (relative to the repository). */
async function configuredIcons(): Promise<string[]> {
  const config = await readFile(join(repositoryRoot, 'electron-builder.yml'), 'utf8');
  return [...config.matchAll(/^\s+icon:\s*(\S+)\s*$/gm)].map((match) => match[1]!);
}

describe('installer icons', () => {
  it('electron-builder.yml names an icon for each platform, and each exists', async () => {
    const icons = await configuredIcons();
    expect(icons).toEqual(['resources/icons/icon.ico', 'resources/icons/icon.icns', 'resources/icons/png']);
    for (const icon of icons) expect(existsSync(join(repositoryRoot, icon)), icon).toBe(true);
  });

  it('the .ico has a 256 px entry and small sizes; the .icns is an icns file with a 1024 px image', async () => {
    const ico = await readFile(join(repositoryRoot, 'resources/icons/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // type 1 = icon
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const icns = await readFile(join(repositoryRoot, 'resources/icons/icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10', 'latin1'))).toBe(true); // 1024×1024 (512@2x)
  });

  it('the Linux PNGs are named by their real size', async () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const meta = await sharp(join(repositoryRoot, 'resources/icons/png', `${size}x${size}.png`)).metadata();
      expect([meta.width, meta.height], `${size}x${size}.png`).toEqual([size, size]);
    }
  });
});
