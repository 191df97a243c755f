import { z } from 'zod';
import { agencyReaderEn } from '../i18n/agency-reader-en';
import { agencyReaderPt } from '../i18n/agency-reader-pt';
import { guideEn } from '../i18n/guide-en';
import { guidePt } from '../i18n/guide-pt';
import { readerSchema, type Reader } from '../i18n/reader';
import { addDays, addMonths, daysBetween } from '../rules/dates';
import { checklistRules } from '../rules/checklist';
import { CERTIFICATE_SOON_DAYS, freshnessRules } from '../rules/freshness';
import { rulesMeta } from '../rules/meta';
import { localizedSchema, provenanceSchema, type Localized, type Provenance } from '../rules/sources';
import { calendarDayOfIsoDate, longDateEn, longDatePt } from '../writing/dates';
import { certificateReadingSchema, certificateVerdict } from './certificate';
import { mrzFieldsSchema } from './mrz';
import { nameKey } from './normalize';

/**
 * One consistency check across what the documents say and what the case holds: the
 * mistakes that get AIMA files refused (a name spelt two ways, someone else's NIF, a
 * passport or certificate that will not be valid on the day of submission). Pure: the
 * case assessment and the batch summary consume its items and columns.
 */
export const consistencyInputSchema = z.object({
  /** The day the person plans to submit (every validity is judged on that day). */
  submitOn: z.iso.date(),
  /**
   * What `submitOn` is: the person's planned submission day (the app), or the day of an agency
   * batch run (`--today`), which has no planned day, or today in the app when the person entered no
   * planned day (never "the day you plan to submit" then); the sentences name the day they were judged on.
   */
  judgedOn: z.enum(['planned-submission', 'run-day', 'today']).default('planned-submission'),
  /**
   * Who reads the sentences: the person whose case it is (the app's guide: "your passport"), or an agency
   * preparing a client's file (the batch's summary.html and report.html: "the client's passport", the facts
   * being the client's client.json). Only the words naming whose documents they are change (`voiceOf`).
   */
  reader: readerSchema.default('applicant'),
  /**
   * Where an agency's facts are corrected: the client folder's client.json (the batch), or the client's case in the
   * app, once the agency opened the folder in the guide (its facts were copied from client.json into the case, and
   * are corrected there). The applicant's facts are always their case.
   */
  factsIn: z.enum(['client-json', 'case']).default('client-json'),
  facts: z.object({
    fullName: z.string().optional(),
    dateOfBirth: z.iso.date().optional(),
    nif: z.string().optional(),
    niss: z.string().optional(),
    passportExpiry: z.iso.date().optional(),
  }),
  /** The passport's MRZ, when it was read. */
  mrz: mrzFieldsSchema.nullable(),
  certificates: z.array(z.object({ file: z.string(), reading: certificateReadingSchema })),
  /** Names read from other documents (an employment contract's "Nome do trabalhador"). */
  otherNames: z.array(z.object({ file: z.string(), document: localizedSchema, name: z.string() })).default([]),
});
export type ConsistencyInput = z.input<typeof consistencyInputSchema>;

export const consistencyItemSchema = z.object({
  id: z.enum([
    'name-mismatch',
    'birth-date-mismatch',
    /** The passport expiry typed in the case (client.json, the person's details) is not the MRZ's. */
    'passport-expiry-mismatch',
    'nif-mismatch',
    'niss-mismatch',
    'passport-expired',
    'passport-expires-soon',
    'certificate-stale',
    'certificate-expires-soon',
    'certificate-not-accepted',
    'certificate-no-issue-date',
    /** The file's read was given up at a deadline (batch): nothing it says was checked. */
    'file-not-read',
  ]),
  /** blocker: the file is not ready; warning: check before uploading. */
  severity: z.enum(['blocker', 'warning']),
  text: localizedSchema,
  /** The file the item is about, when there is one. */
  file: z.string().optional(),
  provenance: provenanceSchema.optional(),
});
export type ConsistencyItem = z.infer<typeof consistencyItemSchema>;

const columnSchema = z.enum(['ok', 'mismatch', 'unknown']);
export const consistencyResultSchema = z.object({
  items: z.array(consistencyItemSchema),
  /** One value per summary column of the agency batch (summary.csv / summary.html). */
  columns: z.object({
    name: columnSchema,
    dateOfBirth: columnSchema,
    nif: columnSchema,
    niss: columnSchema,
    passport: z.enum(['valid', 'expires-soon', 'expired', 'unknown']),
    /**
     * not-accepted: a junta de freguesia address certificate, which AIMA no longer accepts whatever its date (not
     * "stale": a new one would not help); stale-and-not-accepted: both, on different files.
     */
    certificates: z.enum(['fresh', 'stale', 'not-accepted', 'stale-and-not-accepted', 'none', 'unknown']),
  }),
});
export type ConsistencyResult = z.infer<typeof consistencyResultSchema>;

const both = (iso: string) => {
  const day = calendarDayOfIsoDate(iso);
  return { en: longDateEn(day), pt: longDatePt(day) };
};

/** What each certificate kind is called (the freshness rules' names, and the junta's certificate). */
export const certificateNames: Record<string, Localized> = {
  ...Object.fromEntries(freshnessRules.map((rule) => [rule.id, rule.name])),
  'junta-address-certificate': {
    en: 'Junta de freguesia address certificate',
    pt: 'Atestado de residência da junta de freguesia',
  },
};

const passportProvenance: Provenance = checklistRules.find((rule) => rule.id === 'passport-valid')?.provenance ?? {
  sources: ['seedGuide'],
  checkedOn: rulesMeta.rulesCheckedOn,
};
/** The advice's grounds: a valid passport is required, and the legal decision target (60 days) is reported. */
const passportAdviceProvenance: Provenance = {
  sources: [...new Set([...passportProvenance.sources, 'rolloutMayJun2026' as const])],
  checkedOn: rulesMeta.rulesCheckedOn,
};
const juntaProvenance: Provenance = { sources: ['juntaNotAccepted', 'aimaAccommodation'], checkedOn: rulesMeta.rulesCheckedOn };

/**
 * Within this many months of the planned submission an expiring passport gets a warning. This is the app's
 * own margin, not AIMA's rule: the sources require a valid passport (passport-valid in shared/rules/checklist.ts;
 * Lei 23/2007 art. 78) but none we found (aima-facts.md; Lei 23/2007, DR 84/2007 and AIMA's pages searched on
 * 2026-12-01) sets a minimum remaining validity, nor says that a card's validity is limited by the passport's.
 * The warning says so; what it rests on is sourced: the legal 60-day target for a decision (rolloutMayJun2026)
 * is often exceeded, and the original passport is shown at the biometrics appointment (passport-valid).
 */
export const PASSPORT_WARNING_MONTHS = 6;

export function checkConsistency(raw: ConsistencyInput): ConsistencyResult {
  const input = consistencyInputSchema.parse(raw);
  const items: ConsistencyItem[] = [];
  const { facts, mrz, submitOn } = input;
  const day = judgedDay(submitOn, input.judgedOn);
  const voice = voiceOf(input.reader, input.factsIn);

  // Names: the passport is the reference; else what the person typed.
  const reference = mrz
    ? { name: mrz.fullName, where: voice.inPassport }
    : facts.fullName
      ? { name: facts.fullName, where: voice.inCase }
      : null;
  const others: { name: string; file?: string; where: Localized; isCase?: true }[] = [];
  if (mrz && facts.fullName) others.push({ name: facts.fullName, where: voice.inCase, isCase: true });
  for (const c of input.certificates) {
    if (c.reading.name) others.push({ name: c.reading.name, file: c.file, where: inThe(certificateNames[c.reading.kind]!) });
  }
  for (const o of input.otherNames) others.push({ name: o.name, file: o.file, where: inThe(o.document) });
  let name: z.infer<typeof columnSchema> = reference && others.length > 0 ? 'ok' : 'unknown';
  if (reference) {
    for (const other of others) {
      if (nameKey(other.name) === nameKey(reference.name)) continue;
      name = 'mismatch';
      // Not one name in common ("Bikash Gurung" on a certificate in Priyanka Sharma's folder): a note explaining the
      // difference would not help; it is most likely someone else's document (session 11's walk of the agency batch).
      if (!other.isCase && !sharesAName(other.name, reference.name)) {
        items.push({
          id: 'name-mismatch',
          severity: 'blocker',
          ...(other.file ? { file: other.file } : {}),
          text: {
            en: `The name in ${other.where.en} (“${other.name}”) has no name in common with the name in ${reference.where.en} (“${reference.name}”): this may be another person’s document. ${voice.otherPerson.en}`,
            pt: `O nome ${other.where.pt} («${other.name}») não tem nenhum nome em comum com o nome ${reference.where.pt} («${reference.name}»): pode ser um documento de outra pessoa. ${voice.otherPerson.pt}`,
          },
        });
        continue;
      }
      // The case's own name is corrected in the case, as on the passport (no document to have corrected, no note).
      const fix = other.isCase
        ? voice.fixNameInCase
        : {
            en: 'have the document corrected, or add a short signed note explaining the difference',
            pt: 'peça a correção do documento ou junte uma breve declaração assinada que explique a diferença',
          };
      items.push({
        id: 'name-mismatch',
        severity: 'blocker',
        ...(other.file ? { file: other.file } : {}),
        text: {
          en: `The name in ${other.where.en} (“${other.name}”) is not the name in ${reference.where.en} (“${reference.name}”). AIMA compares them: ${fix.en}.`,
          pt: `O nome ${other.where.pt} («${other.name}») não é o nome ${reference.where.pt} («${reference.name}»). A AIMA compara-os: ${fix.pt}.`,
        },
      });
    }
  }

  let dateOfBirth: z.infer<typeof columnSchema> = mrz && facts.dateOfBirth ? 'ok' : 'unknown';
  if (mrz && facts.dateOfBirth && mrz.dateOfBirth !== facts.dateOfBirth) {
    dateOfBirth = 'mismatch';
    const p = both(mrz.dateOfBirth);
    const c = both(facts.dateOfBirth);
    items.push({
      id: 'birth-date-mismatch',
      severity: 'blocker',
      text: {
        en: `${voice.passport.en} gives ${voice.dateOfBirthEn} as ${p.en}; ${voice.theCase.en} says ${c.en}. Correct ${voice.caseToFix.en} (or the passport) before uploading.`,
        pt: `${voice.passport.pt} indica como data de nascimento ${p.pt}; ${voice.theCase.pt} indica ${c.pt}. Corrija ${voice.caseToFix.pt} (ou o passaporte) antes de carregar os documentos.`,
      },
    });
  }

  const numberCheck = (key: 'nif' | 'niss', label: string) => {
    const expected = facts[key];
    const found = input.certificates.filter((c) => c.reading[key]);
    if (!expected || found.length === 0) return 'unknown' as const;
    let status: 'ok' | 'mismatch' = 'ok';
    for (const c of found) {
      if (c.reading[key] === expected) continue;
      status = 'mismatch';
      const doc = certificateNames[c.reading.kind]!;
      items.push({
        id: key === 'nif' ? 'nif-mismatch' : 'niss-mismatch',
        severity: 'blocker',
        file: c.file,
        text: {
          en: `The ${label} on the ${lower(doc).en} is ${c.reading[key]}, not the ${label} ${voice.ofCase.en} (${expected}). Get the certificate for ${voice.own(label).en}, or correct the number in ${voice.caseToFix.en}.`,
          pt: `O ${label} ${inThe(doc).pt} é ${c.reading[key]}, e não o ${label} ${voice.ofCase.pt} (${expected}). Obtenha a certidão com ${voice.own(label).pt} ou corrija o número ${voice.inCaseToFixPt}.`,
        },
      });
    }
    return status;
  };
  const nif = numberCheck('nif', 'NIF');
  const niss = numberCheck('niss', 'NISS');

  // While the typed expiry and the MRZ's disagree, validity is judged on the MRZ's: it is printed on the passport AIMA
  // sees (and the biometrics desk holds), and its check digits were verified; a typed date is the likelier mistake.
  // The disagreement is one item of its own, so the typed date is corrected rather than silently overruled (session
  // 11's walk: the agency batch used the MRZ's date and never said client.json's differed).
  if (mrz && facts.passportExpiry && facts.passportExpiry !== mrz.passportExpiry) {
    const p = both(mrz.passportExpiry);
    const c = both(facts.passportExpiry);
    items.push({
      id: 'passport-expiry-mismatch',
      severity: 'blocker',
      text: {
        en: `${voice.expiryTyped.en} ${c.en}; the passport’s MRZ says ${p.en}. ${voice.fixExpiry.en}.`,
        pt: `${voice.expiryTyped.pt} ${c.pt}; a zona de leitura ótica (MRZ) do passaporte indica ${p.pt}. ${voice.fixExpiry.pt}.`,
      },
    });
  }
  const expiry = mrz?.passportExpiry ?? facts.passportExpiry;
  let passport: ConsistencyResult['columns']['passport'] = 'unknown';
  if (expiry) {
    const e = both(expiry);
    if (expiry < submitOn) {
      passport = 'expired';
      items.push({
        id: 'passport-expired',
        severity: 'blocker',
        provenance: passportProvenance,
        // Judged on today or the run's day, the expiry is already past: "expired", not "expires" (the CLI said
        // "caduca a 1 de outubro" on 1 December). Before a planned submission day it may still be ahead.
        text:
          input.judgedOn === 'planned-submission'
            ? {
                en: `${voice.passport.en} expires on ${e.en}, before ${day.en}. Renew the passport first: AIMA needs a valid one.`,
                pt: `${voice.passport.pt} caduca a ${e.pt}, antes ${day.pt.of}. Renove primeiro o passaporte: a AIMA exige um passaporte válido.`,
              }
            : {
                en: `${voice.passport.en} expired on ${e.en}, before ${day.en}. Renew the passport first: AIMA needs a valid one.`,
                pt: `${voice.passport.pt} caducou a ${e.pt}, antes ${day.pt.of}. Renove primeiro o passaporte: a AIMA exige um passaporte válido.`,
              },
      });
    } else if (expiry < addMonths(submitOn, PASSPORT_WARNING_MONTHS)) {
      passport = 'expires-soon';
      items.push({
        id: 'passport-expires-soon',
        severity: 'warning',
        provenance: passportAdviceProvenance,
        text: {
          en: `${voice.passport.en} expires on ${e.en}, less than ${PASSPORT_WARNING_MONTHS} months after ${day.en}. AIMA asks for a valid passport; no rule we found sets a minimum remaining validity, so this ${PASSPORT_WARNING_MONTHS}-month margin is the app’s advice, not AIMA’s rule. A decision can take months, and ${voice.youShowEn} the original passport at the biometrics appointment: consider renewing it early.`,
          pt: `${voice.passport.pt} caduca a ${e.pt}, menos de ${PASSPORT_WARNING_MONTHS} meses depois ${day.pt.of}. A AIMA pede um passaporte válido; nenhuma regra que encontrámos fixa uma validade mínima restante, pelo que esta margem de ${PASSPORT_WARNING_MONTHS} meses é um conselho da aplicação e não uma regra da AIMA. A decisão pode demorar meses e o passaporte original é apresentado na recolha de biometria: pondere renová-lo com antecedência.`,
        },
      });
    } else passport = 'valid';
  }

  let certificates: ConsistencyResult['columns']['certificates'] = input.certificates.length === 0 ? 'none' : 'fresh';
  for (const c of input.certificates) {
    const verdict = certificateVerdict(c.reading, submitOn);
    const doc = certificateNames[c.reading.kind]!;
    if (verdict.status === 'not-accepted') {
      certificates = withBlocked(certificates, 'not-accepted');
      items.push({
        id: 'certificate-not-accepted',
        severity: 'blocker',
        file: c.file,
        provenance: juntaProvenance,
        text: {
          en: `${c.file} is a junta de freguesia address certificate: AIMA no longer accepts it. Use AIMA’s accommodation declaration with a lease, the land-registry code, or a fiscal-domicile certificate under 30 days old.`,
          pt: `${c.file} é um atestado de residência da junta de freguesia: a AIMA já não o aceita. Use a declaração de alojamento da AIMA com o contrato de arrendamento, o código da certidão predial ou uma certidão de domicílio fiscal com menos de 30 dias.`,
        },
      });
    } else if (verdict.status === 'no-issue-date') {
      if (certificates === 'fresh') certificates = 'unknown';
      items.push({
        id: 'certificate-no-issue-date',
        severity: 'warning',
        file: c.file,
        text: {
          en: `The issue date of the ${lower(doc).en}, file ${c.file}, could not be read. Check on the document that it was issued recently enough.`,
          pt: `Não foi possível ler a data de emissão da ${lower(doc).pt}, ficheiro ${c.file}. Confirme no documento que foi emitida há pouco tempo.`,
        },
      });
    } else if (verdict.status === 'fresh') {
      // Valid on the day judged, but not for long: said everywhere the card's yellow line is (pre-upload, agency summary).
      if (verdict.lastFreshDay <= addDays(submitOn, CERTIFICATE_SOON_DAYS)) {
        const last = both(verdict.lastFreshDay);
        // The margin as it is ("only 1 day after"), not the rule's bound ("14 days or less after") read of a certificate
        // that lapses tomorrow (session 9's walk).
        const left = daysBetween(submitOn, verdict.lastFreshDay);
        const margin =
          left === 0
            ? {
                en: `which is ${day.en}: its last valid day`,
                pt: `o que corresponde ${day.pt.to}: é o seu último dia de validade`,
              }
            : {
                en: `only ${left} ${left === 1 ? 'day' : 'days'} after ${day.en}`,
                pt: `apenas ${left} ${left === 1 ? 'dia' : 'dias'} depois ${day.pt.of}`,
              };
        items.push({
          id: 'certificate-expires-soon',
          severity: 'warning',
          file: c.file,
          provenance: verdict.freshness.provenance,
          text: {
            en: `The ${lower(doc).en}, file ${c.file}, is valid until ${last.en}, ${margin.en}. ${voice.ifSubmittedAfter(last).en}, get a new one shortly before ${voice.submitting.en}.`,
            pt: `A ${lower(doc).pt}, ficheiro ${c.file}, é válida até ${last.pt}, ${margin.pt}. ${voice.ifSubmittedAfter(last).pt}, obtenha uma nova pouco antes ${voice.submitting.pt}.`,
          },
        });
      }
    } else {
      certificates = withBlocked(certificates, 'stale');
      const issued = both(verdict.issuedOn);
      const last = both(verdict.lastFreshDay);
      items.push({
        id: 'certificate-stale',
        severity: 'blocker',
        file: c.file,
        provenance: verdict.freshness.provenance,
        text:
          verdict.status === 'stale'
            ? {
                en: `The ${lower(doc).en}, file ${c.file}, was issued on ${issued.en} and was valid until ${last.en}: it is stale on ${day.en}. Get a new one.`,
                pt: `A ${lower(doc).pt}, ficheiro ${c.file}, foi emitida a ${issued.pt} e era válida até ${last.pt}: já não é válida ${day.pt.on}. Obtenha uma nova.`,
              }
            : {
                en: `The ${lower(doc).en}, file ${c.file}, shows an issue date (${issued.en}) after ${day.en}. ${day.check.en}`,
                pt: `A ${lower(doc).pt}, ficheiro ${c.file}, indica uma data de emissão (${issued.pt}) posterior ${day.pt.to}. ${day.check.pt}`,
              },
      });
    }
  }

  return { items, columns: { name, dateOfBirth, nif, niss, passport, certificates } };
}

/** Particles that join names ("dos Santos", "da Silva"): shared by strangers, so they prove nothing. */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'das', 'dos', 'e', 'del', 'di', 'van', 'von', 'bin', 'al', 'el']);

/** Whether two names share at least one name (accents, case and order ignored, as nameKey compares them). */
function sharesAName(a: string, b: string): boolean {
  const names = new Set(nameKey(b).split(' '));
  return nameKey(a)
    .split(' ')
    .some((name) => name.length > 1 && !NAME_PARTICLES.has(name) && names.has(name));
}

type CertificatesColumn = ConsistencyResult['columns']['certificates'];

/** The certificates column after one more stale or not-accepted certificate: when both kinds are found, it says both. */
function withBlocked(column: CertificatesColumn, found: 'stale' | 'not-accepted'): CertificatesColumn {
  if (column === found || column === 'stale-and-not-accepted') return column;
  return column === 'stale' || column === 'not-accepted' ? 'stale-and-not-accepted' : found;
}

/**
 * The words naming whose documents and facts a sentence is about. The applicant reads "your passport", "your
 * case"; an agency reads about its client, whose facts are the client folder's client.json (session 11's walk:
 * summary.html told the agency "your passport expires"). Portuguese uses "do cliente" as the generic form.
 */
function voiceOf(reader: Reader, factsIn: 'client-json' | 'case'): Voice {
  if (reader === 'agency' && factsIn === 'case') {
    // "Open in the guide": the agency reads about its client and corrects the client's case in the app, where
    // client.json's facts were copied (session 11's walk: the guide told the agency "your passport", "your case").
    return {
      ...agencyVoice(),
      inCase: { en: 'the client’s case', pt: 'no processo do cliente' },
      theCase: { en: 'the client’s case', pt: 'o processo do cliente' },
      ofCase: { en: 'in the client’s case', pt: 'do processo do cliente' },
      caseToFix: { en: 'the client’s case', pt: 'o processo do cliente' },
      inCaseToFixPt: 'no processo do cliente',
      fixNameInCase: {
        en: 'write the name in the client’s details as it is on the client’s passport',
        pt: 'escreva o nome nos dados do cliente tal como consta do passaporte do cliente',
      },
      expiryTyped: {
        // The heading as the agency sees it in the guide (shared/i18n/agency-reader-*.ts), not the applicant's.
        en: `The answer in “${agencyReaderEn.situation.title}” says the client’s passport expires on`,
        pt: `A resposta em «${agencyReaderPt.situation.title}» indica que o passaporte do cliente caduca a`,
      },
      fixExpiry: { en: 'Check the passport and correct the answer', pt: 'Confirme a data no passaporte e corrija a resposta' },
    };
  }
  return reader === 'agency' ? agencyVoice() : applicantVoice();
}

type Voice = ReturnType<typeof applicantVoice>;

/** The agency's words in the batch (summary.html, report.html): the client's facts are its client.json. */
function agencyVoice(): Voice {
  return {
    passport: { en: 'The client’s passport', pt: 'O passaporte do cliente' },
    inPassport: { en: 'the client’s passport', pt: 'no passaporte do cliente' },
    dateOfBirthEn: 'the date of birth',
    inCase: { en: 'client.json', pt: 'no client.json' },
    theCase: { en: 'client.json', pt: 'o client.json' },
    ofCase: { en: 'in client.json', pt: 'do client.json' },
    caseToFix: { en: 'client.json', pt: 'o client.json' },
    inCaseToFixPt: 'no client.json',
    own: (label: string) => ({ en: `the client’s own ${label}`, pt: `o ${label} do cliente` }),
    otherPerson: {
      en: 'If it is not the client’s, get the client’s own; if it is, have the name corrected.',
      pt: 'Se não for do cliente, obtenha o do cliente; se for, peça a correção do nome.',
    },
    fixNameInCase: {
      en: 'write the name in client.json as it is on the client’s passport',
      pt: 'escreva o nome no client.json tal como consta do passaporte do cliente',
    },
    expiryTyped: {
      en: 'client.json (situation.passportExpiry) says the client’s passport expires on',
      pt: 'O client.json (situation.passportExpiry) indica que o passaporte do cliente caduca a',
    },
    fixExpiry: {
      en: 'Check the passport and correct client.json',
      pt: 'Confirme a data no passaporte e corrija o client.json',
    },
    youShowEn: 'the client shows',
    ifSubmittedAfter: (last: Localized) => ({
      en: `If the request is submitted after ${last.en}`,
      pt: `Se o pedido for submetido depois de ${last.pt}`,
    }),
    submitting: { en: 'it is submitted', pt: 'da submissão' },
  };
}

/** The person whose case it is: "your passport", "your case". */
function applicantVoice() {
  return {
    passport: { en: 'Your passport', pt: 'O seu passaporte' },
    inPassport: { en: 'your passport', pt: 'no passaporte' },
    dateOfBirthEn: 'your date of birth',
    inCase: { en: 'your case', pt: 'no seu processo' },
    theCase: { en: 'your case', pt: 'o seu processo' },
    ofCase: { en: 'in your case', pt: 'do seu processo' },
    caseToFix: { en: 'the case', pt: 'o processo' },
    inCaseToFixPt: 'no processo',
    own: (label: string) => ({ en: `your own ${label}`, pt: `o seu ${label}` }),
    otherPerson: {
      en: 'If it is not yours, get your own; if it is, have the name corrected.',
      pt: 'Se não for seu, obtenha o seu; se for, peça a correção do nome.',
    },
    fixNameInCase: {
      en: 'write your name in your details as it is on your passport, so that the forms and letters you send match it',
      pt: 'escreva o nome nos seus dados tal como consta do passaporte, para que os formulários e as cartas que enviar coincidam com ele',
    },
    expiryTyped: {
      en: `Your answer in “${guideEn.situation.title}” says your passport expires on`,
      pt: `A sua resposta em «${guidePt.situation.title}» indica que o seu passaporte caduca a`,
    },
    fixExpiry: {
      en: 'Check the passport and correct your answer',
      pt: 'Confirme a data no passaporte e corrija a sua resposta',
    },
    youShowEn: 'you show',
    ifSubmittedAfter: (last: Localized) => ({ en: `If you submit after ${last.en}`, pt: `Se submeter depois de ${last.pt}` }),
    submitting: { en: 'you submit', pt: 'de submeter' },
  };
}

/**
 * The day every validity was judged on, in the forms the sentences need. Portuguese contracts the
 * preposition with "o dia previsto" (do, no, ao) but not with a date ("de 1 de dezembro").
 */
function judgedDay(submitOn: string, judgedOn: 'planned-submission' | 'run-day' | 'today') {
  if (judgedOn === 'planned-submission') {
    return {
      en: 'the day you plan to submit',
      pt: { of: 'do dia previsto de submissão', on: 'no dia previsto de submissão', to: 'ao dia previsto de submissão' },
      check: {
        en: 'Check the date on the document and your submission date.',
        pt: 'Confirme a data no documento e a data de submissão.',
      },
    };
  }
  const d = both(submitOn);
  if (judgedOn === 'today') {
    const pt = `${d.pt} (hoje)`;
    return {
      en: `${d.en} (today)`,
      pt: { of: `de ${pt}`, on: `a ${pt}`, to: `a ${pt}` },
      check: { en: 'Check the date on the document.', pt: 'Confirme a data no documento.' },
    };
  }
  const pt = `${d.pt}, dia desta verificação`;
  return {
    en: `${d.en}, the day of this run`,
    pt: { of: `de ${pt}`, on: `a ${pt}`, to: `a ${pt}` },
    check: { en: 'Check the date on the document.', pt: 'Confirme a data no documento.' },
  };
}

/**
 * "in the <document>" / "no|na <documento>": Portuguese contracts "em" with the article, whose
 * gender is the document's first word (a certidão, a declaração; o contrato, o atestado).
 */
function inThe(text: Localized): Localized {
  const doc = lower(text);
  return { en: `the ${doc.en}`, pt: `${/^(certid|declara|fatura)/i.test(doc.pt) ? 'na' : 'no'} ${doc.pt}` };
}

/** Document names inside a sentence: "Certidão…" → "certidão…", "Certificate of…" → "certificate of…"; proper nouns ("Finanças…", "Social Security…") stay. */
function lower(text: Localized): Localized {
  const first = (s: string) =>
    /^(Certificate|Declaração|Certidão|Atestado|Junta|Employment|Contrato)/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
  return { en: first(text.en), pt: first(text.pt) };
}
