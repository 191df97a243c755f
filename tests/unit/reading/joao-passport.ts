/**
 * The MRZ fields of the reading tests' applicant, João Pedro dos Santos (Brazilian passport FZ7364019), as
 * shared/reading/mrz.ts returns them: one person across the consistency, claims and case-reading tests. The
 * expiry is each test's own (a passport valid for years, or one that expires within six months).
 */
export function joaoMrzFields(passportExpiry = '2031-03-22') {
  return {
    surname: 'DOS SANTOS',
    givenNames: 'JOAO PEDRO',
    fullName: 'JOAO PEDRO DOS SANTOS',
    nationality: 'BRA',
    issuingState: 'BRA',
    dateOfBirth: '1988-11-05',
    sex: 'M' as const,
    passportNumber: 'FZ7364019',
    passportExpiry,
  };
}
