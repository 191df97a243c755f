import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../electron/common/html';
import { formatBytes, formatBytesOver, formatSizeAgainstLimit } from '../../../shared/i18n/format';
import { translate } from '../../../shared/i18n/translate';
import { bytesToMegabytes, DEFAULT_UPLOAD_LIMIT_BYTES, megabytesToBytes } from '../../../shared/rules/upload-limit';

/** One way to write sizes, messages and HTML text, shared by the app, the reports and the batch summary. */
describe('sizes', () => {
  // Walk s15: the card said "1.2 MB" beside the reason's "1.21 MB" for the same file.
  it('a prepared file over its limit reads as the reason says it; under it, as any size', () => {
    const bytes = 1_205_000;
    expect(formatSizeAgainstLimit(bytes, DEFAULT_UPLOAD_LIMIT_BYTES, 'en')).toBe(`${bytesToMegabytes(bytes, 'up')} MB`);
    expect(formatSizeAgainstLimit(bytes, DEFAULT_UPLOAD_LIMIT_BYTES, 'pt')).toBe('1,21 MB');
    expect(formatSizeAgainstLimit(980_000, DEFAULT_UPLOAD_LIMIT_BYTES, 'en')).toBe('980 kB');
    expect(formatSizeAgainstLimit(bytes, undefined, 'en')).toBe('1.2 MB');
  });

  it('count MB as AIMA states its limit, so the default limit reads "1 MB" everywhere', () => {
    expect(formatBytes(DEFAULT_UPLOAD_LIMIT_BYTES, 'en')).toBe('1 MB');
    expect(formatBytes(DEFAULT_UPLOAD_LIMIT_BYTES, 'pt')).toBe('1 MB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(1_234_567, 'pt')).toBe('1,2 MB');
    expect(formatBytes(45_300, 'en')).toBe('45.3 kB');
    expect(formatBytes(999, 'en')).toBe('999 B');
    expect(formatBytes(250_400_000, 'en')).toBe('250 MB');
  });

  it('convert between the MB a person types and bytes without drift', () => {
    expect(megabytesToBytes(1)).toBe(DEFAULT_UPLOAD_LIMIT_BYTES);
    expect(megabytesToBytes(2.5)).toBe(2_500_000);
    expect(bytesToMegabytes(1_020_000)).toBe(1.02);
    expect(bytesToMegabytes(megabytesToBytes(0.3))).toBe(0.3);
  });
});

describe('translate (outside React)', () => {
  it('fills placeholders, keeps a missing one visible, and returns an unknown key as itself', () => {
    expect(translate('en', 'case.errors.notFound', { id: 'ana' })).toBe('The case "ana" was not found in the cases folder.');
    expect(translate('pt', 'case.errors.notFound', { id: 'ana' })).toBe('O caso "ana" não foi encontrado na pasta de casos.');
    expect(translate('en', 'case.errors.notFound')).toContain('{{id}}');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('escapeHtml', () => {
  it('makes file names and texts safe in element content and quoted attributes', () => {
    expect(escapeHtml(`bill <march> & "april" 'x'.pdf`)).toBe('bill &lt;march&gt; &amp; &quot;april&quot; &#39;x&#39;.pdf');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('a size compared with a limit', () => {
  it('is rounded up, so a file just over 1 MB never reads "1 MB, more than the 1 MB"', () => {
    expect(bytesToMegabytes(1_000_400, 'up')).toBe(1.01);
    expect(bytesToMegabytes(1_000_400)).toBe(1);
    expect(bytesToMegabytes(2_000_000, 'up')).toBe(2);
  });
});

describe('formatLisbonMoment', () => {
  it('writes the reports’ "prepared on" moment on Lisbon’s clock, in words', async () => {
    const { formatLisbonMoment } = await import('../../../shared/i18n/format');
    // 1 December 2026 15:09 UTC is 15:09 in Lisbon (winter); 1 July 10:00 UTC is 11:00 (summer time).
    expect(formatLisbonMoment('2026-12-01T15:09:00Z', 'pt')).toBe('1 de dezembro de 2026, às 15:09 (hora de Lisboa)');
    expect(formatLisbonMoment('2026-07-01T10:00:00Z', 'en')).toBe('1 July 2026, 11:00 (Lisbon time)');
  });
});

// Walk s15: Tomás's lower-quality preview read "Even at lower quality this PDF would be 1 MB, more than the 1 MB limit."
describe('a size over a limit never reads as the limit', () => {
  it('is rounded up to two decimals in its unit', () => {
    expect(formatBytesOver(1_040_000, 'en')).toBe('1.04 MB');
    expect(formatBytesOver(1_040_000, 'pt')).toBe('1,04 MB');
    expect(formatBytesOver(1_000_001, 'en')).toBe('1.01 MB');
    expect(formatBytesOver(1_200_600, 'en')).toBe('1.21 MB');
    expect(formatBytesOver(2_000_000, 'en')).toBe('2 MB');
  });
});
