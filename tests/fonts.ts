import { execFileSync } from 'node:child_process';

/**
 * Is a font family installed where librsvg (sharp's SVG renderer) finds it, through fontconfig? Tests that
 * draw an MRZ in OCR-B (Debian's fonts-ocr-b) or DejaVu Sans Mono need the real font: with another one in
 * its place the glyphs differ and the reading fails for a reason that is not the code's. `.ci/run` installs
 * both (.ci/apt-packages.txt) and sets AIMA_REQUIRE_FONTS=1, so there a missing font fails loudly; on a
 * machine without them (the Windows and macOS unit-test jobs, a developer's laptop) those cases are skipped
 * and vitest lists them as skipped.
 */
export function fontInstalled(family: string): boolean {
  let installed: boolean;
  try {
    installed = execFileSync('fc-list', [family], { encoding: 'utf8' }).trim() !== '';
  } catch {
    installed = false; // no fontconfig tools: nothing tells librsvg where a font is either
  }
  if (!installed && process.env.AIMA_REQUIRE_FONTS === '1') {
    throw new Error(`The font "${family}" is not installed (fc-list ${family}): .ci/apt-packages.txt installs it on Debian.`);
  }
  return installed;
}
