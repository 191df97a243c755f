import { describe, expect, it } from 'vitest';
import { keyPaths, messages } from '../../shared/i18n';

describe('UI strings', () => {
  const enKeys = keyPaths(messages.en).sort();
  it('Portuguese has exactly the English keys', () => {
    expect(keyPaths(messages.pt).sort()).toEqual(enKeys);
  });
  it('no string is empty, and placeholders match between languages', () => {
    const lookup = (tree: object, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
    for (const key of enKeys) {
      const en = lookup(messages.en, key);
      const pt = lookup(messages.pt, key);
      expect(en.trim(), key).not.toBe('');
      expect(pt.trim(), key).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(pt), key).toEqual(placeholders(en));
    }
  });
});

describe('"cartão" means the residence card', () => {
  // The documents page's boxes are "quadros"; "cartão" is kept for the card AIMA sends (or another real card).
  it('no Portuguese string calls a part of the screen a "cartão"', () => {
    const all = (node: unknown, path = ''): [string, string][] =>
      typeof node === 'string'
        ? [[path, node]]
        : Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => all(value, path ? `${path}.${key}` : key));
    const screenSense =
      /\b(este|neste|deste|nesse|esse|cada) cartão\b|cartão abaixo|cartão acima|cartões (abaixo|acima|do ecrã|da página)/i;
    const found = all(messages.pt).filter(([, text]) => screenSense.test(text));
    expect(found).toEqual([]);
    // And the documents page names its boxes one way.
    expect(all(messages.pt).find(([key]) => key.endsWith('documents.dropHere'))?.[1]).toContain('quadro');
  });
});
