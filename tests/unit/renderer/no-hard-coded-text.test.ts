import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { keyPaths, messages } from '../../../shared/i18n';

const RENDERER = join(process.cwd(), 'renderer/src');
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const files = sourceFiles(RENDERER);
const known = new Set(keyPaths(messages.en));

describe('renderer UI text', () => {
  it('has no words written directly in JSX: every text comes from the i18n files', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.tsx'))) {
      const source = parse(file);
      walk(source, (node) => {
        const where = () =>
          `${file.slice(RENDERER.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        // Text between tags: anything with a letter is a sentence someone forgot to translate.
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(`${where()} "${node.text.trim()}"`);
        // Text-bearing attributes given as plain strings.
        if (
          ts.isJsxAttribute(node) &&
          TEXT_ATTRIBUTES.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer)
        ) {
          found.push(`${where()} ${node.name.getText()}="${node.initializer.text}"`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('asks only for keys that exist in English (and so, by the i18n test, in Portuguese)', () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = parse(file);
      walk(source, (node) => {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 't') return;
        const [first] = node.arguments;
        if (!first) return;
        const keys: string[] = [];
        if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) keys.push(first.text);
        else if (ts.isConditionalExpression(first)) {
          for (const branch of [first.whenTrue, first.whenFalse]) if (ts.isStringLiteral(branch)) keys.push(branch.text);
        } else if (ts.isTemplateExpression(first)) {
          // `tasks.names.${id}`: at least one key must start with the fixed head.
          const head = first.head.text;
          if (![...known].some((key) => key.startsWith(head))) missing.push(`${file}: ${head}…`);
          return;
        } else return; // keys from data (error messageKey, …) are checked where that data is defined
        // i18next resolves a key asked with a count to its plural forms (key_one, key_other).
        for (const key of keys)
          if (!known.has(key) && !known.has(`${key}_other`)) missing.push(`${file.slice(RENDERER.length + 1)}: ${key}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
