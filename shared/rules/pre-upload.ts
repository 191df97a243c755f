import { z } from 'zod';
import { rulesMeta } from './meta';
import type { Reader } from '../i18n/reader';
import { checklistFor } from './checklist';
import { dataChangeCutoff } from './data-change';
import type { IsoDate, SituationDraft } from './situation';
import { forReader, localizedSchema, provenanceSchema, type Localized, type Provenance, type ReaderSentence } from './sources';

/**
 * The checks to make before uploading anything, as items the renderer can tick.
 * From the applicants' guide's "quick pre-upload checklist" and the points it repeats
 * elsewhere (NIF registered, one category per PDF, the size limit on screen).
 */
export const preUploadItemSchema = z.object({
  id: z.enum([
    'same-name-and-birth-date',
    'nif-registered',
    'email-current',
    'address-current',
    'fresh-declarations',
    'pdf-simple-names',
    'no-passwords',
    'size-limit',
    'one-category-per-file',
    'screenshots-kept',
  ]),
  text: localizedSchema,
  provenance: provenanceSchema,
});
export type PreUploadItem = z.infer<typeof preUploadItemSchema>;

const checkedOn = rulesMeta.rulesCheckedOn;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });

/** A check as written: one sentence, or one per reader where the words name whose records they are ("Your NIF"). */
type CheckAsWritten = Omit<PreUploadItem, 'text'> & { text: Localized | ReaderSentence };

const CHECKS: readonly CheckAsWritten[] = [
  {
    id: 'same-name-and-birth-date',
    text: {
      applicant: {
        en: 'Your passport, residence card, NIF and AIMA records use the same name and date of birth.',
        pt: 'O passaporte, o título de residência, o NIF e os registos da AIMA têm o mesmo nome e a mesma data de nascimento.',
      },
      agency: {
        en: 'The client’s passport, residence card, NIF and AIMA records use the same name and date of birth.',
        pt: 'O passaporte, o título de residência, o NIF e os registos da AIMA têm o mesmo nome e a mesma data de nascimento.',
      },
    },
    provenance: prov('seedGuide'),
  },
  {
    id: 'nif-registered',
    text: {
      applicant: {
        en: 'Your NIF is correctly registered at Finanças, and your name and address match across Finanças, Segurança Social and AIMA.',
        pt: 'O NIF está corretamente registado nas Finanças e o nome e a morada coincidem nas Finanças, na Segurança Social e na AIMA.',
      },
      agency: {
        en: 'The client’s NIF is correctly registered at Finanças, and the client’s name and address match across Finanças, Segurança Social and AIMA.',
        pt: 'O NIF está corretamente registado nas Finanças e o nome e a morada coincidem nas Finanças, na Segurança Social e na AIMA.',
      },
    },
    provenance: prov('seedGuide', 'juntaNotAccepted'),
  },
  {
    id: 'email-current',
    text: {
      applicant: {
        en: 'The email address AIMA holds for you is current (update it before you register, not after).',
        pt: 'O e-mail que a AIMA tem é o atual (atualize-o antes de se registar, não depois).',
      },
      agency: {
        en: 'The email address AIMA holds for the client is current (update it before registering on the portal, not after).',
        pt: 'O e-mail do cliente que a AIMA tem é o atual (atualize-o antes do registo no portal, não depois).',
      },
    },
    provenance: prov('seedGuide'),
  },
  {
    id: 'address-current',
    text: {
      applicant: {
        en: 'The address AIMA holds is your current one: the card is posted there.',
        pt: 'A morada que a AIMA tem é a atual: o cartão é enviado para lá.',
      },
      agency: {
        en: 'The address AIMA holds is the client’s current one: the card is posted there.',
        pt: 'A morada que a AIMA tem é a atual: o cartão é enviado para lá.',
      },
    },
    provenance: prov('seedGuide'),
  },
  {
    id: 'fresh-declarations',
    text: {
      en: 'Finanças and Segurança Social documents are freshly downloaded (Finanças certificate valid 3 months, Social Security declaration 4 months).',
      pt: 'Os documentos das Finanças e da Segurança Social foram obtidos há pouco (certidão das Finanças válida 3 meses, declaração da Segurança Social 4 meses).',
    },
    provenance: prov('seedGuide', 'financasCertificate', 'segSocialDeclaration'),
  },
  {
    id: 'pdf-simple-names',
    text: {
      en: 'Every file is a clear PDF with a simple name, such as passport.pdf or financas-no-debt.pdf.',
      pt: 'Cada ficheiro é um PDF legível com um nome simples, como passport.pdf ou financas-no-debt.pdf.',
    },
    provenance: prov('seedGuide'),
  },
  {
    id: 'no-passwords',
    text: { en: 'No file is password-protected.', pt: 'Nenhum ficheiro tem palavra-passe.' },
    provenance: prov('seedGuide'),
  },
  {
    id: 'size-limit',
    text: {
      en: 'Every file is under the size limit shown on the upload screen (1 MB per document if none is shown: the only official AIMA figure).',
      pt: 'Cada ficheiro está abaixo do limite indicado no ecrã de envio (1 MB por documento se nenhum for indicado: o único valor oficial da AIMA).',
    },
    provenance: prov('seedGuide', 'aimaServicesFaq'),
  },
  {
    id: 'one-category-per-file',
    text: {
      en: 'Each file holds only what its category asks for; several items of one category are merged into one PDF.',
      pt: 'Cada ficheiro contém só o que a categoria pede; vários itens da mesma categoria são reunidos num só PDF.',
    },
    provenance: prov('seedGuide'),
  },
  {
    id: 'screenshots-kept',
    text: {
      en: 'You keep screenshots of login errors, submitted forms, DUC references, payments and confirmation pages.',
      // Stated, as every other check is ("Nenhum ficheiro tem palavra-passe."): "Guarda capturas…" read as an
      // informal imperative (tu), out of the formal register of the rest.
      pt: 'As capturas de ecrã dos erros de acesso, dos formulários submetidos, das referências DUC, dos pagamentos e das páginas de confirmação estão guardadas.',
    },
    provenance: prov('seedGuide'),
  },
];

/** A check in the words of `reader`. */
function inWords(check: CheckAsWritten, reader: Reader): PreUploadItem {
  return { ...check, text: 'en' in check.text ? check.text : forReader(reader, check.text) };
}

/** The whole list in the person's own words (the agency's: `preUploadChecklistFor(…, 'agency')`). */
export const preUploadChecklist: readonly PreUploadItem[] = CHECKS.map((check) => inWords(check, 'applicant'));

/** The whole list in an agency's words (before the permit is known). */
const agencyChecklist: readonly PreUploadItem[] = CHECKS.map((check) => inWords(check, 'agency'));

/**
 * The checks for this case, in the words of `reader` (an agency ticks them about its client's records: "The
 * client’s NIF"): the same items, worded for what the case's answers make true, and only the certificates
 * its documents checklist asks for. Session 14's walk: a student without a NISS was asked to confirm a fresh Social
 * Security declaration she cannot have and her address "across Segurança Social"; a CPLP holder (whose tax and
 * Social Security status AIMA checks itself) to confirm fresh Finanças and Social Security documents; a person who
 * moved, within 90 days of expiry, that "the address AIMA holds is your current one" while the route tells her to
 * give the new address with the renewal.
 */
export function preUploadChecklistFor(s: SituationDraft, today: IsoDate, reader: Reader = 'applicant'): readonly PreUploadItem[] {
  if (!s.permitKind) return reader === 'agency' ? agencyChecklist : preUploadChecklist;
  const asked = new Set(
    checklistFor({ ...s, permitKind: s.permitKind }, today)
      .items.filter((i) => i.status !== 'not-needed')
      .map((i) => i.category.id),
  );
  const financas = asked.has('financas-no-debt');
  const social = asked.has('social-security-no-debt');
  const noNiss = s.hasNiss === false;
  // The contact form's 90-day cut-off, as the route's "you moved" warning reads it (data-change.ts).
  const movedLate =
    s.addressChangedSinceLastCard === true &&
    s.permitExpiry !== undefined &&
    dataChangeCutoff(s.permitExpiry, today).doWithRenewal;
  return CHECKS.flatMap((written): PreUploadItem[] => {
    const check = inWords(written, reader);
    if (check.id === 'fresh-declarations') {
      if (financas && social) return [check];
      if (!financas && !social) return [];
      return [
        financas
          ? {
              ...check,
              text: {
                en: 'The Finanças certificate is freshly downloaded (valid 3 months).',
                pt: 'A certidão das Finanças foi obtida há pouco (válida 3 meses).',
              },
              provenance: prov('seedGuide', 'financasCertificate'),
            }
          : {
              ...check,
              text: {
                en: 'The Social Security declaration is freshly downloaded (valid 4 months).',
                pt: 'A declaração da Segurança Social foi obtida há pouco (válida 4 meses).',
              },
              provenance: prov('seedGuide', 'segSocialDeclaration'),
            },
      ];
    }
    if (check.id === 'nif-registered' && noNiss)
      return [
        {
          ...check,
          text: forReader(reader, {
            applicant: {
              en: 'Your NIF is correctly registered at Finanças, and your name and address match at Finanças and AIMA.',
              pt: 'O NIF está corretamente registado nas Finanças e o nome e a morada coincidem nas Finanças e na AIMA.',
            },
            agency: {
              en: 'The client’s NIF is correctly registered at Finanças, and the client’s name and address match at Finanças and AIMA.',
              pt: 'O NIF do cliente está corretamente registado nas Finanças e o nome e a morada do cliente coincidem nas Finanças e na AIMA.',
            },
          }),
        },
      ];
    if (check.id === 'address-current' && movedLate)
      return [
        {
          ...check,
          text: forReader(reader, {
            applicant: {
              en: 'Your new address is given with the renewal: your card expires within 90 days, so the contact form may refuse the change, and the card is posted to the address AIMA holds.',
              pt: 'A nova morada é indicada na renovação: o cartão caduca dentro de 90 dias, pelo que o formulário pode recusar a alteração, e o cartão é enviado para a morada que a AIMA tem.',
            },
            agency: {
              en: 'The client’s new address is given with the renewal: the card expires within 90 days, so the contact form may refuse the change, and the card is posted to the address AIMA holds.',
              pt: 'A nova morada do cliente é indicada na renovação: o cartão caduca dentro de 90 dias, pelo que o formulário pode recusar a alteração, e o cartão é enviado para a morada que a AIMA tem.',
            },
          }),
          provenance: prov('seedGuide', 'advocaciaPinheiro90Days'),
        },
      ];
    return [check];
  });
}
