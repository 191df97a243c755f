import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CaseStore } from '../../../electron/cases/case-store';
import type { CaseFile } from '../../../shared/case/case-file';

export const FULL_NAME = 'Nguyễn Łukasz Şahin';

/**
 * A real case on disk with three evidence entries, recorded out of date order
 * (the letter must sort them), two with files.
 */
export async function caseWithThreeEvidenceEntries(
  root: string,
  work: string,
): Promise<{ store: CaseStore; caseFile: CaseFile }> {
  const store = new CaseStore(root, { now: () => new Date('2026-04-20T10:00:00Z') });
  const created = await store.create({
    title: FULL_NAME,
    person: {
      fullName: FULL_NAME,
      dateOfBirth: '1990-05-17',
      nationality: 'vietnamita',
      phone: '+351 912 345 678',
      email: 'lukasz.sahin@example.org',
      address: { street: 'Rua da Prata 10, 2.º Esq.', postalCode: '1100-420', locality: 'Lisboa', country: 'Portugal' },
      nif: '123456789',
      passportNumber: 'C1234567',
    },
    situation: { permitKind: 'temporary-work', permitNumber: 'AR-998877', permitExpiry: '2026-05-31', hasNiss: true },
  });
  const screenshot = join(work, 'erro-portal.png');
  await writeFile(screenshot, Buffer.from('screenshot bytes'));
  const emailPdf = join(work, 'email-enviado.pdf');
  await writeFile(emailPdf, Buffer.from('%PDF-1.4 email'));
  await store.addEvidence(created.id, { at: '2026-03-10T16:45:00Z', kind: 'email-sent', note: 'E-mail para geral@aima.gov.pt' }, [
    emailPdf,
  ]);
  await store.addEvidence(
    created.id,
    { at: '2026-03-02T09:15:00Z', kind: 'portal-error-screenshot', note: 'Mensagem "Cidadão não identificado"' },
    [screenshot],
  );
  await store.addEvidence(created.id, { at: '2026-03-20T11:00:00Z', kind: 'phone-call', note: 'Linha de apoio: sem resposta' });
  return { store, caseFile: await store.load(created.id) };
}
