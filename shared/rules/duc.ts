import { z } from 'zod';
import { afterColonPt } from '../i18n/after-colon';
import { plural } from '../i18n/plural';
import { rulesMeta } from './meta';
import { addHours, instantOfLisbon, lisbonWallTime } from './dates';
import { isoDateSchema, type IsoDate } from './situation';
import { localizedSchema, provenanceSchema, type Localized, type Provenance } from './sources';
import { nthWorkingDayAfter, type SkippedDay } from './working-days';

/**
 * The DUC (Documento Único de Cobrança) payment window: when the payment slip
 * can be paid and the last moment to pay, per route, from the moment it was
 * generated.
 *
 * The sources disagree (see `disagreements.ts`, id `duc-payment-window`):
 * - the widely shared applicants' guide: payable only after a 24-hour hold, then 10 working days;
 * - AIMA's launch notice for the Portal das Renovações: pay within 24 hours of issue;
 * - AIMA's CPLP notice (and the applicants' guide for the older backlog): 10 working days.
 * Every reading is computed; the deadline shown is the strictest (earliest) one.
 *
 * All day counting happens on the Lisbon calendar: a DUC generated at 23:30
 * Lisbon time belongs to that Lisbon day whatever the machine's time zone.
 */
export const ducRouteSchema = z.enum(['portal-renovacoes', 'mission-structure', 'cplp-services']);
export type DucRoute = z.infer<typeof ducRouteSchema>;

/** Working days to pay, where a source gives that reading. */
export const DUC_WORKING_DAYS = 10;
/** The hold (applicants' guide) and the payment window (AIMA's portal notice) are both 24 hours. */
export const DUC_HOLD_HOURS = 24;

/** When the DUC was generated: an instant with an offset, or the Lisbon date and time shown on screen. */
export const ducGeneratedAtSchema = z.union([
  z.object({ instant: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ lisbonDate: isoDateSchema, lisbonTime: z.iso.time({ precision: -1 }) }).strict(),
]);
export type DucGeneratedAt = z.infer<typeof ducGeneratedAtSchema>;

export const ducWindowInputSchema = z.object({ route: ducRouteSchema, generatedAt: ducGeneratedAtSchema }).strict();
export type DucWindowInput = z.infer<typeof ducWindowInputSchema>;

const momentSchema = z.object({
  /** UTC instant, ISO 8601. */
  instant: z.iso.datetime(),
  lisbon: z.object({ date: isoDateSchema, time: z.string() }),
});
export type Moment = z.infer<typeof momentSchema>;

const skippedDaySchema = z.discriminatedUnion('reason', [
  z.object({ date: isoDateSchema, reason: z.literal('weekend') }),
  z.object({ date: isoDateSchema, reason: z.literal('holiday'), holiday: localizedSchema }),
]);

export const ducReadingIdSchema = z.enum([
  'aima-pay-within-24h',
  'aima-10-working-days',
  'seed-10-working-days-from-issue',
  'seed-10-working-days-after-hold',
]);
export type DucReadingId = z.infer<typeof ducReadingIdSchema>;

export const ducReadingSchema = z.object({
  id: ducReadingIdSchema,
  official: z.boolean(),
  payableFrom: momentSchema,
  lastMoment: momentSchema,
  /** The working days counted and the days passed over, when the reading counts working days. */
  count: z.object({ from: isoDateSchema, counted: z.array(isoDateSchema), skipped: z.array(skippedDaySchema) }).nullable(),
  explanation: localizedSchema,
  provenance: provenanceSchema,
});
export type DucReading = z.infer<typeof ducReadingSchema>;

export const ducReminderSchema = z.object({
  id: z.enum(['pay-now', 'payable', 'deadline']),
  at: momentSchema,
  title: localizedSchema,
  description: localizedSchema,
  /** Alarm this many minutes before `at`. */
  alarmMinutesBefore: z.number().int().nonnegative(),
});
export type DucReminder = z.infer<typeof ducReminderSchema>;

export const ducWindowSchema = z.object({
  route: ducRouteSchema,
  generated: momentSchema,
  /** The earliest moment any source says payment may be possible: try then. */
  tryToPayFrom: momentSchema,
  /** The strictest deadline of all readings for this route. */
  deadline: momentSchema.extend({ readingId: ducReadingIdSchema }),
  readings: z.array(ducReadingSchema).min(1),
  reminders: z.array(ducReminderSchema),
  advice: localizedSchema,
});
export type DucWindow = z.infer<typeof ducWindowSchema>;

const checkedOn = rulesMeta.rulesCheckedOn;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });

function moment(instant: Date): Moment {
  return { instant: instant.toISOString(), lisbon: lisbonWallTime(instant) };
}

/** The last minute of a Lisbon calendar day (23:59 Lisbon). */
function endOfLisbonDay(date: IsoDate): Date {
  return instantOfLisbon(date, '23:59');
}

export function generationInstant(generatedAt: DucGeneratedAt): Date {
  return 'instant' in generatedAt
    ? new Date(generatedAt.instant)
    : instantOfLisbon(generatedAt.lisbonDate, generatedAt.lisbonTime);
}

function describeCount(from: IsoDate, skipped: SkippedDay[]): Localized {
  const holidays = skipped.filter((s) => s.reason === 'holiday');
  const weekends = skipped.filter((s) => s.reason === 'weekend').length;
  const en = holidays.map((h) => (h.reason === 'holiday' ? `${h.date} (${h.holiday.en})` : '')).join(', ');
  const pt = holidays.map((h) => (h.reason === 'holiday' ? `${h.date} (${h.holiday.pt})` : '')).join(', ');
  // Each part and the verb agree with its count ("1 dia", "6 dias"; "o feriado", "os feriados"), no "dia(s)".
  const partsEn = [
    ...(weekends > 0 ? [`${weekends} ${plural('en', weekends, { one: 'weekend day', other: 'weekend days' })}`] : []),
    ...(holidays.length > 0 ? [`the ${plural('en', holidays.length, { one: 'holiday', other: 'holidays' })} ${en}`] : []),
  ];
  const partsPt = [
    ...(weekends > 0 ? [`${weekends} ${plural('pt', weekends, { one: 'dia', other: 'dias' })} de fim de semana`] : []),
    ...(holidays.length > 0 ? [`${plural('pt', holidays.length, { one: 'o feriado', other: 'os feriados' })} de ${pt}`] : []),
  ];
  if (partsEn.length === 0)
    return {
      en: `Counting starts the day after ${from}; every day counted is a working day.`,
      pt: `A contagem começa no dia seguinte a ${from}; todos os dias contados são dias úteis.`,
    };
  const items = weekends + holidays.length;
  return {
    en: `Counting starts the day after ${from}; not counted, as ${plural('en', items, { one: 'it is not a working day', other: 'they are not working days' })}: ${partsEn.join(' and ')}.`,
    pt: `A contagem começa no dia seguinte a ${from}; ${plural('pt', items, { one: 'não se conta, por não ser dia útil', other: 'não se contam, por não serem dias úteis' })}: ${partsPt.join(' e ')}.`,
  };
}

function workingDaysReading(
  id: DucReadingId,
  official: boolean,
  payableFrom: Date,
  countFrom: IsoDate,
  intro: Localized,
  provenance: Provenance,
): DucReading {
  const result = nthWorkingDayAfter(countFrom, DUC_WORKING_DAYS);
  const detail = describeCount(countFrom, result.skipped);
  return {
    id,
    official,
    payableFrom: moment(payableFrom),
    lastMoment: moment(endOfLisbonDay(result.date)),
    count: { from: countFrom, counted: result.counted, skipped: result.skipped },
    explanation: {
      en: `${intro.en} The 10th working day is ${result.date}. ${detail.en}`,
      pt: `${intro.pt} O 10.º dia útil é ${result.date}. ${detail.pt}`,
    },
    provenance,
  };
}

function readingsFor(route: DucRoute, generated: Date): DucReading[] {
  const issueDay = lisbonWallTime(generated).date;
  const holdEnds = addHours(generated, DUC_HOLD_HOURS);
  const holdEndDay = lisbonWallTime(holdEnds).date;
  const seedFromIssue = workingDaysReading(
    'seed-10-working-days-from-issue',
    false,
    holdEnds,
    issueDay,
    {
      en: 'A widely shared applicants’ guide: the DUC cannot be paid in the first 24 hours and is valid for 10 working days from issue.',
      pt: 'Um guia de requerentes muito divulgado: o DUC não pode ser pago nas primeiras 24 horas e é válido por 10 dias úteis a contar da emissão.',
    },
    prov('seedGuide'),
  );
  const seedAfterHold = workingDaysReading(
    'seed-10-working-days-after-hold',
    false,
    holdEnds,
    holdEndDay,
    {
      en: 'The same applicants’ guide (step 5) also reads as: a 24-hour hold, and after that 10 working days to pay.',
      pt: 'O mesmo guia de requerentes (passo 5) também se lê como: 24 horas de espera e, depois disso, 10 dias úteis para pagar.',
    },
    prov('seedGuide'),
  );
  if (route === 'portal-renovacoes') {
    return [
      {
        id: 'aima-pay-within-24h',
        official: true,
        payableFrom: moment(generated),
        lastMoment: moment(holdEnds),
        count: null,
        explanation: {
          en: 'AIMA’s notice on the Portal das Renovações: the payment slips can only be paid within 24 hours of issue.',
          pt: 'Aviso da AIMA sobre o Portal das Renovações: as guias só podem ser pagas no prazo de 24 horas após a emissão.',
        },
        provenance: prov('aimaPortalLaunch'),
      },
      seedFromIssue,
      seedAfterHold,
    ];
  }
  const official = workingDaysReading(
    'aima-10-working-days',
    true,
    generated,
    issueDay,
    route === 'cplp-services'
      ? {
          en: 'AIMA’s CPLP renewal notice: pay the DUC within the next 10 working days.',
          pt: 'Aviso da AIMA sobre a renovação CPLP: pagar o DUC nos 10 dias úteis seguintes.',
        }
      : {
          en: 'For the older backlog (services.aima.gov.pt) a widely shared applicants’ guide and AIMA’s CPLP notice give 10 working days to pay.',
          pt: 'Para os processos antigos (services.aima.gov.pt) um guia de requerentes muito divulgado e o aviso CPLP da AIMA dão 10 dias úteis para pagar.',
        },
    route === 'cplp-services' ? prov('aimaCplpRenewal') : prov('seedGuide', 'aimaCplpRenewal'),
  );
  return [official, seedFromIssue, seedAfterHold];
}

function strictest(readings: DucReading[]): DucReading {
  // Earliest last moment; on a tie the official reading wins (it comes first).
  return readings.reduce((best, r) => (r.lastMoment.instant < best.lastMoment.instant ? r : best));
}

/** "The morning after" the hold: the hold's end if it falls between 08:00 and 20:00 Lisbon, else 09:00 the next morning. */
function reminderAfterHold(holdEnds: Date): Date {
  const wall = lisbonWallTime(holdEnds);
  if (wall.time >= '08:00' && wall.time <= '20:00') return holdEnds;
  const day = wall.time > '20:00' ? lisbonWallTime(addHours(holdEnds, 12)).date : wall.date;
  return instantOfLisbon(day, '09:00');
}

export function ducWindow(input: DucWindowInput): DucWindow {
  const generated = generationInstant(input.generatedAt);
  const readings = readingsFor(input.route, generated);
  const deadlineReading = strictest(readings);
  const tryFrom = readings.reduce((a, r) => (r.payableFrom.instant < a.instant ? r.payableFrom : a), readings[0]!.payableFrom);
  const holdEnds = addHours(generated, DUC_HOLD_HOURS);
  // The advice says "payable only after 24 hours and then for 10 working days": that is the after-hold reading,
  // whose last day is also the one the screens show as the guide's (the latest reading). The from-issue day is
  // one working day earlier whenever the DUC is generated on a working day, and two dates for one reading
  // on one screen would contradict each other.
  const seedLastDay = readings.find((r) => r.id === 'seed-10-working-days-after-hold')!.lastMoment;
  const deadline = { ...deadlineReading.lastMoment, readingId: deadlineReading.id };

  const reminders: DucReminder[] = [];
  if (input.route === 'portal-renovacoes') {
    reminders.push({
      id: 'pay-now',
      at: moment(generated),
      title: { en: 'Pay the AIMA DUC now', pt: 'Pagar já o DUC da AIMA' },
      description: {
        en: `AIMA says the DUC of the Portal das Renovações must be paid within 24 hours of issue (by ${deadline.lisbon.date} ${deadline.lisbon.time}, Lisbon time). If the bank does not accept the reference yet, try again and keep screenshots.`,
        pt: `A AIMA diz que o DUC do Portal das Renovações tem de ser pago nas 24 horas seguintes à emissão (até ${deadline.lisbon.date} às ${deadline.lisbon.time}, hora de Lisboa). Se o banco ainda não aceitar a referência, tente de novo e guarde capturas de ecrã.`,
      },
      alarmMinutesBefore: 0,
    });
  }
  reminders.push({
    id: 'payable',
    at: moment(reminderAfterHold(holdEnds)),
    title: { en: 'AIMA DUC: the 24-hour hold has ended', pt: 'DUC da AIMA: terminou a espera de 24 horas' },
    description:
      input.route === 'portal-renovacoes'
        ? {
            en: 'If the bank refused the reference in the first 24 hours: a widely shared applicants’ guide says the DUC becomes payable now. Pay it at once (Multibanco, MB Way or internet banking), keep the receipt and, if AIMA’s 24-hour window has passed, contact AIMA.',
            pt: 'Se o banco recusou a referência nas primeiras 24 horas: um guia de requerentes muito divulgado diz que o DUC passa agora a poder ser pago. Pague-o já (Multibanco, MB Way ou homebanking), guarde o comprovativo e, se a janela de 24 horas da AIMA tiver passado, contacte a AIMA.',
          }
        : {
            en: 'A widely shared applicants’ guide says the DUC becomes payable 24 hours after it is generated. Pay it now if you have not (Multibanco, MB Way or internet banking) and keep the receipt.',
            pt: 'Um guia de requerentes muito divulgado diz que o DUC pode ser pago 24 horas depois de gerado. Pague-o agora se ainda não o fez (Multibanco, MB Way ou homebanking) e guarde o comprovativo.',
          },
    alarmMinutesBefore: 0,
  });
  reminders.push({
    id: 'deadline',
    at: deadline,
    title: { en: 'Last moment to pay the AIMA DUC', pt: 'Último momento para pagar o DUC da AIMA' },
    description: {
      en: `The strictest reading of the sources: ${deadlineReading.explanation.en} Do not wait for the last day.`,
      pt: `A leitura mais exigente das fontes: ${afterColonPt(deadlineReading.explanation.pt)} Não espere pelo último dia.`,
    },
    alarmMinutesBefore: input.route === 'portal-renovacoes' ? 120 : 24 * 60,
  });

  const advice: Localized =
    input.route === 'portal-renovacoes'
      ? {
          en: `Try to pay as soon as the DUC is generated. AIMA’s notice gives 24 hours (until ${deadline.lisbon.date} ${deadline.lisbon.time} Lisbon time); a widely shared applicants’ guide instead says it is payable only after 24 hours and then for 10 working days (until ${seedLastDay.lisbon.date}). If the reference is refused at first, try again within the 24 hours and keep screenshots; if you miss it, pay as soon as it is accepted and contact AIMA.`,
          pt: `Tente pagar logo que o DUC seja gerado. O aviso da AIMA dá 24 horas (até ${deadline.lisbon.date} às ${deadline.lisbon.time}, hora de Lisboa); um guia de requerentes muito divulgado diz, pelo contrário, que só pode ser pago após 24 horas e durante 10 dias úteis (até ${seedLastDay.lisbon.date}). Se a referência for recusada de início, tente de novo dentro das 24 horas e guarde capturas de ecrã; se falhar o prazo, pague logo que seja aceite e contacte a AIMA.`,
        }
      : {
          en: `Pay within 10 working days of issue: the last day is ${deadline.lisbon.date}. A widely shared applicants’ guide says the DUC may not be payable in the first 24 hours; if the bank refuses the reference, try again the next day. Pay as early as you can.`,
          pt: `Pague nos 10 dias úteis seguintes à emissão: o último dia é ${deadline.lisbon.date}. Um guia de requerentes muito divulgado diz que o DUC pode não ser pagável nas primeiras 24 horas; se o banco recusar a referência, tente no dia seguinte. Pague o mais cedo possível.`,
        };

  return {
    route: input.route,
    generated: moment(generated),
    tryToPayFrom: tryFrom,
    deadline,
    readings,
    reminders,
    advice,
  };
}
