/** A PDF transformation matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type PdfMatrix = [number, number, number, number, number, number];

export const IDENTITY_MATRIX: PdfMatrix = [1, 0, 0, 1, 0, 0];

/**
 * m1 × m2 in PDF's row-vector convention: apply m1 first, then m2. A `cm` operator's matrix m makes the current
 * matrix multiply(m, current); a Form XObject's /Matrix, multiply(matrix, current).
 */
export function multiplyMatrix(m1: PdfMatrix, m2: PdfMatrix): PdfMatrix {
  const [a, b, c, d, e, f] = m1;
  const [A, B, C, D, E, F] = m2;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}
