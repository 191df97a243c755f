/**
 * Makes the app's icon set from resources/icon.svg (run after changing the SVG: `npx tsx scripts/make-icons.ts`).
 *  - resources/icons/png/<n>x<n>.png: Linux desktop icons (electron-builder's `linux.icon` folder) and the window icon;
 *  - resources/icons/icon.ico: Windows (exe, installer), sizes 16–256 as PNG entries;
 *  - resources/icons/icon.icns: macOS.
 * sharp renders the SVG at every size (crisper than scaling one bitmap); png2icons writes the ICO and ICNS
 * containers (pure JavaScript, no native tools such as iconutil needed, so it runs on any OS).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import png2icons from 'png2icons';
import sharp from 'sharp';

const root = join(import.meta.dirname, '..');
const svgPath = join(root, 'resources', 'icon.svg');
const iconsDir = join(root, 'resources', 'icons');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

async function renderPng(size: number): Promise<Buffer> {
  // density scales the 256-unit viewBox so the vector is rasterised at the target size, not upscaled.
  return sharp(svgPath, { density: Math.ceil((72 * size) / 256) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

async function main(): Promise<void> {
  await mkdir(join(iconsDir, 'png'), { recursive: true });
  for (const size of PNG_SIZES) {
    await writeFile(join(iconsDir, 'png', `${size}x${size}.png`), await renderPng(size));
  }
  const large = await renderPng(1024);
  // numOfColors 0 = keep full colour; PNG entries in the ICO (true) keep the file small; forWinExe keeps
  // the 256px entry first-class for the Windows shell.
  const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, true, true);
  const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the 1024px PNG');
  await writeFile(join(iconsDir, 'icon.ico'), ico);
  await writeFile(join(iconsDir, 'icon.icns'), icns);
  console.log(`icons written to ${iconsDir}`);
}

await main();
