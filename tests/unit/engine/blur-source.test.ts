import { describe, expect, it } from 'vitest';
import { blurSaidOfItsSource } from '../../../electron/engine/stages/blur-source';
import type { CategoryReport, InputReport } from '../../../shared/engine/report';
import type { ValidationResult } from '../../../shared/engine/validation';
import { translate } from '../../../shared/i18n/translate';

/** Walk s15: a blurred phone photo was told it "moved while scanning". */
const page = { widthPt: 595, heightPt: 842, widthPx: 1240, heightPx: 1754, sizing: 'a4', dpi: 150, rotatedByExif: false };
const input = (index: number, file: string, photo: boolean): InputReport =>
  ({
    index,
    file,
    bytes: 1,
    sha256: null,
    kind: photo ? 'heic' : 'pdf',
    status: 'ok',
    pages: 1,
    protection: null,
    decrypted: null,
    repaired: false,
    converted: photo
      ? [{ ...page, alphaFlattened: false, sourceColourSpace: 'srgb', flatten: { applied: false, reason: 'no-outline' } }]
      : null,
    warnings: [],
    error: null,
  }) as unknown as InputReport;
const blurry = (p: number) => ({
  code: 'BLURRY',
  severity: 'warning',
  messageKey: 'validation.reasons.blurry',
  actionKey: 'validation.actions.rescanSharper',
  params: { page: p },
  page: p,
});

describe('a blurred page is said as what it was', () => {
  it('a photo: the phone moved, take it again; a scan: moved while scanning', () => {
    const category = {
      categoryId: 'proof-of-address',
      status: 'ready',
      inputs: [input(0, 'scan.pdf', false), input(1, 'IMG_4103.HEIC', true)],
      output: null,
      error: null,
    } as unknown as CategoryReport;
    const validation = { reasons: [blurry(1), blurry(2)] } as unknown as ValidationResult;
    const [scan, photo] = blurSaidOfItsSource(category, validation).reasons;
    expect(scan!.messageKey).toBe('validation.reasons.blurry');
    expect(photo!.messageKey).toBe('validation.reasons.blurryPhoto');
    expect(translate('en', photo!.messageKey, photo!.params)).toBe(
      'Page 2 looks blurry (out of focus, or the phone moved when the photo was taken).',
    );
    expect(translate('pt', photo!.actionKey!, {})).toContain('Tire esta fotografia outra vez');
  });
});
