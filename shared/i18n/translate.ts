import { formatNumber } from './format';
import { messages, type Locale } from './index';

/**
 * Translate a message key outside React (reports, summary files, CLI output), with
 * `{{name}}` placeholders filled from params. An unknown key comes back as the
 * key itself, so a missing text is visible rather than blank. Numbers are written in the
 * locale's way ("1,1 MB" in Portuguese), as the renderer's i18next does (renderer/src/i18n.ts).
 */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = messages[locale];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
