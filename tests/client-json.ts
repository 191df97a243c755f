/**
 * client.json contents shared by the batch, case-import and agency-view tests
 * (plain data: the Node tests and the browser tests both import it).
 */

/** A valid client.json: a work permit expiring in 2026 (Portal das Renovações), with a DUC generated. */
export const VALID_CLIENT_JSON = {
  person: { fullName: 'Ana Sousa', dateOfBirth: '1990-04-02', nationality: 'brasileira', nif: '123456789' },
  situation: {
    permitKind: 'temporary-work',
    permitNumber: 'A1234567',
    permitExpiry: '2026-12-31',
    passportExpiry: '2031-01-01',
    hasNiss: true,
    inPortugal: true,
    emailWithAimaCurrent: true,
    addressChangedSinceLastCard: false,
    biometricsOnFile: true,
  },
  duc: { generatedAt: { lisbonDate: '2026-11-20', lisbonTime: '10:15' } },
};
