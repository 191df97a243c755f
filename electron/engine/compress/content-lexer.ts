/**
 * A minimal PDF content-stream lexer: just enough to follow the graphics state
 * (q, Q, cm) and find where XObjects are painted (Do). Strings, arrays, dicts and
 * inline images are skipped correctly so that their bytes are never taken for operators.
 */

export type Operand = number | string | null;

export interface ContentOp {
  op: string;
  /** Numbers and names (names without the slash); other operands become null. */
  operands: Operand[];
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function isRegular(byte: number): boolean {
  return !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

/** Yields operators with their operands, in order. Tolerates garbage: unknown bytes are skipped. */
export function* lexContent(data: Uint8Array): Generator<ContentOp> {
  const n = data.length;
  let i = 0;
  let operands: Operand[] = [];
  // Depth of [ ] and << >>: operands inside them are not individually useful to us.
  let nesting = 0;

  while (i < n) {
    const c = data[i]!;
    if (WHITESPACE.has(c)) {
      i++;
      continue;
    }
    if (c === 0x25 /* % comment */) {
      while (i < n && data[i] !== 0x0a && data[i] !== 0x0d) i++;
      continue;
    }
    if (c === 0x28 /* ( literal string */) {
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const b = data[i]!;
        if (b === 0x5c) i += 2;
        else {
          if (b === 0x28) depth++;
          else if (b === 0x29) depth--;
          i++;
        }
      }
      if (nesting === 0) operands.push(null);
      continue;
    }
    if (c === 0x3c /* < */) {
      if (data[i + 1] === 0x3c) {
        nesting++;
        i += 2;
        continue;
      }
      while (i < n && data[i] !== 0x3e) i++;
      i++;
      if (nesting === 0) operands.push(null);
      continue;
    }
    if (c === 0x3e /* > */) {
      if (data[i + 1] === 0x3e) {
        nesting = Math.max(0, nesting - 1);
        i += 2;
        if (nesting === 0) operands.push(null);
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x5b /* [ */) {
      nesting++;
      i++;
      continue;
    }
    if (c === 0x5d /* ] */) {
      nesting = Math.max(0, nesting - 1);
      i++;
      if (nesting === 0) operands.push(null);
      continue;
    }
    if (c === 0x7b || c === 0x7d || c === 0x29) {
      i++;
      continue;
    }
    if (c === 0x2f /* /Name */) {
      const start = ++i;
      while (i < n && isRegular(data[i]!)) i++;
      if (nesting === 0) operands.push(decodeName(data.subarray(start, i)));
      continue;
    }
    // A regular token: number or operator.
    const start = i;
    while (i < n && isRegular(data[i]!)) i++;
    const token = latin1(data.subarray(start, i));
    if (nesting > 0) continue;
    const num = Number(token);
    if (token.length > 0 && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(token) && Number.isFinite(num)) {
      operands.push(num);
      continue;
    }
    if (token === 'BI') {
      // Inline image: skip its dictionary and binary data up to a standalone EI.
      i = skipInlineImage(data, i);
      operands = [];
      continue;
    }
    if (token === 'true' || token === 'false' || token === 'null') {
      operands.push(null);
      continue;
    }
    yield { op: token, operands };
    operands = [];
  }
}

function skipInlineImage(data: Uint8Array, from: number): number {
  const n = data.length;
  let i = from;
  // Find "ID" followed by one whitespace byte.
  while (i < n - 2) {
    if (data[i] === 0x49 && data[i + 1] === 0x44 && WHITESPACE.has(data[i + 2]!) && (i === 0 || !isRegular(data[i - 1]!))) {
      i += 3;
      break;
    }
    i++;
  }
  // Find whitespace + "EI" + whitespace/end.
  while (i < n - 1) {
    if (
      data[i] === 0x45 &&
      data[i + 1] === 0x49 &&
      WHITESPACE.has(data[i - 1]!) &&
      (i + 2 >= n || WHITESPACE.has(data[i + 2]!) || DELIMITERS.has(data[i + 2]!))
    ) {
      return i + 2;
    }
    i++;
  }
  return n;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let k = 0; k < bytes.length; k++) s += String.fromCharCode(bytes[k]!);
  return s;
}

/** Names may contain #xx escapes (PDF 1.2+). */
function decodeName(bytes: Uint8Array): string {
  const raw = latin1(bytes);
  return raw.includes('#') ? raw.replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw;
}
