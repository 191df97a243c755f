import { describe, expect, it } from 'vitest';
import { describeRemoved } from '../../../electron/engine/output/report-html';
import { emptyRemovedCounts } from '../../../shared/engine/sanitize';
import { translate } from '../../../shared/i18n/translate';

/** Node's translate() runs on i18next, as the renderer does: placeholders, plurals, visible gaps. */
describe('translate() on the Node side', () => {
  it('fills placeholders in both languages', () => {
    const params = { clients: 3, ready: 1, needsAttention: 1, failed: 1, submitted: 0, skipped: 0 };
    // Label and number, so no count has to agree with a plural adjective ("1 prontos" was the slip).
    expect(translate('en', 'batch.summary.totals', params)).toBe(
      'Clients: 3. Ready: 1; needing attention: 1; failed: 1; submitted and paid: 0; unchanged since the last run: 0.',
    );
    expect(translate('pt', 'batch.summary.totals', params)).toBe(
      'Clientes: 3. Prontos: 1; requerem atenção: 1; falharam: 1; submetidos e pagos: 0; sem alterações desde a última execução: 0.',
    );
  });

  it.each([
    ['en', 1, 'Move the unsorted file into a category folder or rename it, then run again.'],
    ['en', 4, 'Move the 4 unsorted files into category folders or rename them, then run again.'],
    ['pt', 1, 'Mova o ficheiro não classificado para uma pasta de categoria ou mude-lhe o nome e execute de novo.'],
    ['pt', 4, 'Mova os 4 ficheiros não classificados para pastas de categoria ou mude-lhes o nome e execute de novo.'],
    // European Portuguese: zero is plural (Brazilian rules would make it singular).
    ['pt', 0, 'Mova os 0 ficheiros não classificados para pastas de categoria ou mude-lhes o nome e execute de novo.'],
  ] as const)('%s, %i unsorted file(s): the plural form the language asks for', (locale, count, expected) => {
    expect(translate(locale, 'batch.next.sortFiles', { count })).toBe(expected);
  });

  it('keeps a missing key or a missing placeholder value visible, never blank', () => {
    expect(translate('en', 'batch.no.such.key')).toBe('batch.no.such.key');
    expect(translate('en', 'batch.summary')).toBe('batch.summary'); // a group of texts, not a text
    expect(translate('en', 'batch.next.fixClientJson')).toBe('Correct the field "{{field}}" in client.json, then run again.');
  });

  it('does not HTML-escape (the HTML writers escape what they insert)', () => {
    expect(translate('en', 'batch.next.addPassword', { file: 'a&b <c>.pdf' })).toContain('a&b <c>.pdf');
  });

  it.each([
    ['en', 1, '1 automatic action, hidden photo data from 1 image'],
    ['en', 2, '2 automatic actions, hidden photo data from 2 images'],
    ['pt', 1, '1 ação automática, dados ocultos da fotografia de 1 imagem'],
    ['pt', 2, '2 ações automáticas, dados ocultos da fotografia de 2 imagens'],
  ] as const)('the removal summary in %s with %i of each: proper plurals, no "(s)"', (locale, count, list) => {
    const intro =
      locale === 'en'
        ? 'Removed before upload (the pages are unchanged)'
        : 'Removido antes do carregamento (as páginas não mudam)';
    const removed = { ...emptyRemovedCounts(), actions: count, imageMetadata: count };
    expect(describeRemoved(locale, removed)).toBe(`${intro}: ${list}.`);
  });
});
