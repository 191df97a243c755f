import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { keyPaths, messages } from '../../../shared/i18n';

import { CORPUS } from '../../corpus';
export { CORPUS };
export const SCREENSHOTS = 'tests/e2e/__screenshots__';

/** axe-core on the current page: no serious or critical violation (WCAG 2.0/2.1/2.2 A and AA rules). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(bad, `accessibility violations on ${where}`).toEqual([]);
}

const allKeys = keyPaths(messages.en);
const englishOnly = new Set(
  allKeys
    .map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages.en) as string)
    .filter((text) => text.length > 25 && !/\{\{/.test(text)),
);
// Strings that are the same in both languages (names, codes) are not a sign of a missing translation.
const sameInBoth = new Set(
  allKeys
    .map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages.pt) as string)
    .filter((text) => englishOnly.has(text)),
);

/**
 * In Portuguese, the page shows no raw i18n key (e.g. "documents.title") and
 * no English sentence from the English strings.
 */
export async function expectNoUntranslatedText(page: Page, where: string): Promise<void> {
  const text = await page.locator('body').innerText();
  const rawKeys = allKeys.filter((key) => text.includes(key));
  expect(rawKeys, `raw i18n keys on ${where}`).toEqual([]);
  const leaked = [...englishOnly].filter((sentence) => !sameInBoth.has(sentence) && text.includes(sentence));
  expect(leaked, `English text on ${where} in Portuguese`).toEqual([]);
}
