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
