/**
 * The grey level of paper in a grey image: a little under the 95th percentile (the page is the brightest large
 * area). Ink is then "darker than a share of it" (the MRZ band search, a certificate's title lines).
 */
export function paperLevel(data: Uint8Array): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i]!]! += 1;
  let seen = 0;
  for (let level = 255; level >= 0; level--) {
    seen += histogram[level]!;
    if (seen >= data.length * 0.05) return level;
  }
  return 255;
}
