import { describe, expect, it } from 'vitest';
import { preUploadChecklist, preUploadChecklistFor } from '../../../shared/rules/pre-upload';
import type { SituationDraft } from '../../../shared/rules/situation';
import { buildTimeline } from '../../../shared/rules/timeline';

/** Session 14's walk, on 1 December 2026: each check the pre-upload page asks a person to tick is true of their case. */
const TODAY = '2026-12-01';
const worker: SituationDraft = {
  permitKind: 'temporary-work',
  permitNumber: 'A1234567',
  permitExpiry: '2027-03-15',
  passportExpiry: '2031-06-30',
  inPortugal: true,
  hasNiss: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
};
// Aisha: a student without a NISS, permit until 20 December 2026, moved since her card.
const aisha: SituationDraft = {
  ...worker,
  permitKind: 'temporary-study',
  permitExpiry: '2026-12-20',
  hasNiss: false,
  addressChangedSinceLastCard: true,
};
const text = (s: SituationDraft, id: string) => preUploadChecklistFor(s, TODAY).find((i) => i.id === id)?.text;

describe('the pre-upload checks of a case', () => {
  it('a worker with a NISS who has not moved: the list as it was', () => {
    expect(preUploadChecklistFor(worker, TODAY)).toEqual(preUploadChecklist);
  });

  it('without a NISS: no Social Security declaration to have freshly downloaded, no address "across Segurança Social"', () => {
    // It read "Finanças and Segurança Social documents are freshly downloaded (…, Social Security declaration 4 months)".
    expect(text(aisha, 'fresh-declarations')).toEqual({
      en: 'The Finanças certificate is freshly downloaded (valid 3 months).',
      pt: 'A certidão das Finanças foi obtida há pouco (válida 3 meses).',
    });
    expect(text(aisha, 'nif-registered')!.en).not.toContain('Segurança Social');
    expect(text(aisha, 'nif-registered')!.pt).toBe(
      'O NIF está corretamente registado nas Finanças e o nome e a morada coincidem nas Finanças e na AIMA.',
    );
  });

  it('moved, within 90 days of expiry: the new address goes with the renewal, as the route says', () => {
    // It read "The address AIMA holds is your current one" beside the route's "give the new address with the renewal".
    expect(text(aisha, 'address-current')!.en).toMatch(/^Your new address is given with the renewal/);
    expect(text({ ...aisha, permitExpiry: '2027-06-30' }, 'address-current')).toEqual(
      preUploadChecklist.find((i) => i.id === 'address-current')!.text,
    );
  });

  it('a CPLP holder, whose tax and Social Security status AIMA checks itself, is not asked for fresh certificates', () => {
    const cplp = preUploadChecklistFor({ ...worker, permitKind: 'temporary-cplp', permitExpiry: '2026-09-10' }, TODAY);
    expect(cplp.map((i) => i.id)).not.toContain('fresh-declarations');
    expect(cplp).toHaveLength(preUploadChecklist.length - 1);
  });

  it('the route’s timeline does not send a person without a NISS for a Social Security declaration', () => {
    const item = buildTimeline(aisha, TODAY).items.find((i) => i.id === 'download-certificates')!;
    expect(item.title.en).toBe('Download a fresh Finanças certificate');
    expect(item.detail.en).not.toContain('declaration 4 months');
    expect(item.detail.pt).toContain('Sem NISS não há declaração da Segurança Social a obter');
  });
});
