import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * One apostrophe in English texts: the typographic ’, as almost every text in shared/ writes it (session 11's walk
 * found "the app's advice" beside "client’s" in one summary.csv cell). Every string and template literal of the
 * code that writes what people read is checked for a straight apostrophe between letters; comments are not texts.
 */
const ROOT = join(import.meta.dirname, '../../..');
const WRITERS = ['shared', 'renderer/src', 'electron/batch', 'electron/cli', 'electron/engine/output', 'electron/writing'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function straightApostrophes(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isJsxText(node)
        ? node.text
        : null;
    if (text !== null && /\p{L}'\p{L}/u.test(text)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${relative(ROOT, file)}:${line}: ${text.trim().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('apostrophes', () => {
  it('no text people read has a straight apostrophe between letters', () => {
    const found = WRITERS.flatMap((dir) => sources(join(ROOT, dir))).flatMap(straightApostrophes);
    expect(found).toEqual([]);
  });

  it('catches one', () => {
    expect(/\p{L}'\p{L}/u.test("the app's advice")).toBe(true);
    expect(/\p{L}'\p{L}/u.test('the app’s advice')).toBe(false);
  });
});
