import type { Reader } from '../i18n/reader';
import type { Localized } from '../rules/sources';
import type { ConsistencyResult } from './consistency';

/**
 * What the case already has for the comparisons (typed in the details; the passport's MRZ read): the "Not checked"
 * part then asks only for what is missing. Session 11's walk: a person who had typed her NIF was told it "needs your
 * NIF in your details".
 */
export interface GivenForChecks {
  fullName: boolean;
  dateOfBirth: boolean;
  nif: boolean;
  passportRead: boolean;
}

/**
 * The sentence shown when reading found nothing to fix. "The documents agree with your case" is
 * only true when something was compared: it names what was, and says what could not be checked
 * and what it needs, so an empty comparison never reads as an agreement. Pure: from the columns.
 */
export function consistencySummary(
  columns: ConsistencyResult['columns'],
  given?: GivenForChecks,
  reader: Reader = 'applicant',
): Localized {
  // An agency's client opened in the guide: "the client's name", "the client's details" (as checkConsistency's voice).
  const your = reader === 'agency' ? 'the client’s' : 'your';
  const details = { en: `${your} details`, pt: reader === 'agency' ? 'nos dados do cliente' : 'nos seus dados' };
  const compared: Localized[] = [];
  const notChecked: Localized[] = [];
  const field = (status: 'ok' | 'mismatch' | 'unknown', name: Localized, needs: Localized) => {
    if (status === 'ok') compared.push(name);
    else if (status === 'unknown') notChecked.push({ en: `${name.en} (${needs.en})`, pt: `${name.pt} (${needs.pt})` });
  };
  field(
    columns.name,
    { en: `${your} name`, pt: 'o nome' },
    given?.fullName && !given.passportRead
      ? {
          en: `needs ${your} passport read, or another document that shows ${your} name`,
          pt: 'é preciso ler o passaporte ou outro documento que mostre o nome',
        }
      : given?.passportRead && !given.fullName
        ? {
            en: `needs ${your} name in ${details.en}, or another document that shows it`,
            pt: `é preciso indicar o nome ${details.pt} ou ler outro documento que o mostre`,
          }
        : {
            en: `needs ${your} passport read, or ${your} name in ${details.en}, and another document that shows it`,
            pt: `é preciso ler o passaporte, ou indicar o nome ${details.pt}, e outro documento que o mostre`,
          },
  );
  field(
    columns.dateOfBirth,
    { en: `${your} date of birth`, pt: 'a data de nascimento' },
    given?.dateOfBirth && !given.passportRead
      ? { en: `needs ${your} passport read`, pt: 'é preciso ler o passaporte' }
      : given?.passportRead && !given.dateOfBirth
        ? {
            en: `needs ${your} date of birth in ${details.en}`,
            pt: `é preciso indicar a data de nascimento ${details.pt}`,
          }
        : {
            en: `needs ${your} passport read and ${your} date of birth in ${details.en}`,
            pt: `é preciso ler o passaporte e indicar a data de nascimento ${details.pt}`,
          },
  );
  field(
    columns.nif,
    { en: `${your} NIF`, pt: 'o NIF' },
    given?.nif
      ? {
          en: `needs a certificate read that shows ${your} NIF`,
          pt: 'é preciso ler uma certidão que mostre o NIF',
        }
      : {
          en: `needs ${your} NIF in ${details.en} and a certificate read that shows one`,
          pt: `é preciso indicar o NIF ${details.pt} e ler uma certidão que o mostre`,
        },
  );
  // NISS is listed only when compared: not everyone has one, so its absence is no gap.
  if (columns.niss === 'ok') compared.push({ en: `${your} NISS`, pt: 'o NISS' });
  // Judged on the typed expiry when no passport was read: said so, since this sentence sits under "what reading the
  // documents found" (session 15's walk: "Checked, and nothing to fix: the passport's expiry date" with no passport given).
  if (columns.passport === 'valid')
    compared.push(
      given && !given.passportRead
        ? {
            en: `the passport’s expiry date as typed in ${details.en} (no passport read)`,
            pt: `a validade do passaporte indicada ${details.pt} (nenhum passaporte lido)`,
          }
        : { en: 'the passport’s expiry date', pt: 'a validade do passaporte' },
    );
  if (columns.certificates === 'fresh')
    compared.push({ en: 'the certificates’ issue dates', pt: 'as datas de emissão das certidões' });

  const missing =
    notChecked.length > 0
      ? { en: ` Not checked: ${list(notChecked, 'en')}.`, pt: ` Não verificado: ${list(notChecked, 'pt')}.` }
      : { en: '', pt: '' };
  if (compared.length === 0) {
    return {
      en: `Nothing to compare yet, so nothing is confirmed.${missing.en}`,
      pt: `Ainda não há nada para comparar, pelo que nada está confirmado.${missing.pt}`,
    };
  }
  return {
    en: `Checked, and nothing to fix: ${list(compared, 'en')}.${missing.en}`,
    pt: `Verificado, sem nada a corrigir: ${list(compared, 'pt')}.${missing.pt}`,
  };
}

/** "a, b and c" / "a, b e c"; items containing commas are separated by semicolons. */
function list(items: readonly Localized[], locale: 'en' | 'pt'): string {
  const words = items.map((item) => item[locale]);
  const and = locale === 'en' ? ' and ' : ' e ';
  const sep = words.some((w) => w.includes(',')) ? '; ' : ', ';
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(sep)}${sep === '; ' ? ';' : ''}${and}${words.at(-1)}`;
}
