import type { ConsistencyResult } from '../reading/consistency';
import { afterColonPt } from '../i18n/after-colon';
import { assessmentVoice, type AssessmentVoice } from './assessment-voice';
import type { Reader } from '../i18n/reader';
import { z } from 'zod';
import type { PrepareReport } from '../engine/report';
import { categoryById } from '../rules/categories';
import { checklistFor } from '../rules/checklist';
import { addDays, addMonths, lisbonWallTime } from '../rules/dates';
import { ducWindow, type DucGeneratedAt, type DucWindow } from '../rules/duc';
import { decideRoute, ROUTE_DATES, sixMonthLapse, warningOnceSubmitted, type RouteDecision, type RouteId } from '../rules/route';
import { legalApplyBy, situationSchema, type IsoDate, type SituationDraft } from '../rules/situation';
import type { Localized } from '../rules/sources';
import { noDecisionAction } from './after-payment';
import { approvalRecorded, ducRouteDecision, hasSubmitted, paymentEntry, paymentRecorded, submissionDay } from './case-facts';
import type { EvidenceEntry } from './evidence';

/**
 * The one judgement of a case: which route and whether it is open now, every
 * dated deadline with its state, each step's status with its reason, what
 * blocks, exactly one next action (and the screen it leads to) and the urgent
 * situations, most severe first. Every screen, report and command renders
 * this; none computes its own status. Pure: `now` is passed in.
 */

export const stepIdSchema = z.enum(['situation', 'route', 'documents', 'preUpload', 'folder', 'afterSubmit', 'trouble']);
export type StepId = z.infer<typeof stepIdSchema>;
/** 'attention': something already went wrong here (a deadline passed, a file not ready) and must be dealt with. */
export const stepStatusSchema = z.enum(['notStarted', 'inProgress', 'done', 'cannotStart', 'optional', 'attention']);
export type StepStatus = z.infer<typeof stepStatusSchema>;

/** The screen of the guide each step and action leads to. */
export const SCREENS: Record<StepId, string> = {
  situation: '/situation',
  route: '/route',
  documents: '/documents',
  preUpload: '/pre-upload',
  folder: '/folder',
  afterSubmit: '/after-submit',
  trouble: '/trouble',
};

export type DeadlineState = 'upcoming' | 'due-today' | 'overdue' | 'met' | 'unknown';

export interface DeadlineMoment {
  /** Lisbon calendar day and, for moments inside a day, the Lisbon time. */
  date: IsoDate;
  time: string | null;
  state: DeadlineState;
  /** 'met' by a payment recorded after this moment: paid, but not by this reading's deadline (the DUC). */
  paidAfter?: boolean;
}

export interface Deadline extends DeadlineMoment {
  id: 'permit-expires' | 'legal-apply-by' | 'online-threshold' | 'in-country-extension-ended' | 'duc-payment';
  title: Localized;
  /** Where the sources disagree (the DUC): the strictest reading is the moment above; this is the latest other reading. */
  other: (DeadlineMoment & { label: Localized }) | null;
  /** One plain sentence: what the state means and, when the strict reading has passed, whether the other still leaves time. */
  explanation: Localized;
}

export type Availability = 'open' | 'opens-later' | 'unknown' | 'by-invitation' | 'lapsed' | 'none' | 'undecided';

export interface AssessedRoute {
  id: RouteId;
  portal: RouteDecision['portal'];
  availability: Availability;
  /** The date the portal opens or opened for the person, when known. */
  opensOn: IsoDate | null;
  /** The one sentence a screen shows about whether the person can submit now. */
  text: Localized;
  /** The route's own time ran out before the person submitted: its sentence says act now, not wait. */
  actNow?: boolean;
}

export interface AssessedStep {
  id: StepId;
  status: StepStatus;
  reason: Localized;
}

export type UrgencySeverity = 'critical' | 'urgent' | 'caution';
export interface UrgentItem {
  id: string;
  severity: UrgencySeverity;
  text: Localized;
  screen: string;
}

export interface NextAction {
  id: string;
  text: Localized;
  screen: string;
}

export type CategoryState = 'ready' | 'missing' | 'not-prepared' | 'stale' | 'failed' | 'not-ready' | 'over-limit' | 'blurred';
export interface AssessedCategory {
  categoryId: string;
  state: CategoryState;
}

/** Something that stops the renewal, and the step where it is dealt with (so each page shows its own). */
export interface Blocker {
  step: StepId;
  text: Localized;
}

export interface Assessment {
  today: IsoDate;
  route: AssessedRoute;
  deadlines: Deadline[];
  /** The DUC's payment window, when the case holds a DUC on a route that has one. */
  duc: DucWindow | null;
  requiredCategories: AssessedCategory[];
  steps: AssessedStep[];
  blockers: Blocker[];
  next: NextAction;
  /** Most severe first. */
  urgent: UrgentItem[];
  /** The person submitted (`hasSubmitted`): screens that word a step as done or not ask this, never the log. */
  submitted: boolean;
  /**
   * The Lisbon day it was submitted (the first DUC or receipt), or null: the route's six-month lapse is judged on it,
   * here and on the route page (decideRoute), one answer for both.
   */
  submittedOn: IsoDate | null;
}

/** A file given for a category: its name, and its hash when the caller knows it. */
export interface GivenFile {
  name: string;
  sha256?: string | null;
}

export interface CaseState {
  situation: SituationDraft;
  /** Who reads the sentences: the person ("your permit"), or an agency about its client ("the client's permit"). */
  reader?: Reader;
  /** The person confirmed their answers (the check-answers page). */
  situationConfirmed?: boolean;
  /** Category id → the files given for it, in merge order. */
  documents: Record<string, readonly GivenFile[]>;
  /** The report of the folder last written; null when none was written. */
  report: PrepareReport | null;
  /** The pre-upload checks ticked, out of how many. */
  preUpload: { ticked: number; total: number };
  /** A DUC the case holds (typed in the guide or in client.json). */
  duc: { generatedAt: DucGeneratedAt; reference?: string } | null;
  /** Active evidence entries (see `activeEvidence`). */
  evidence: readonly EvidenceEntry[];
  /**
   * What reading the documents found (shared/reading/consistency.ts), when they were read:
   * its blockers (a stale certificate, someone else's NIF, a name spelt two ways) stop "ready".
   */
  consistency?: ConsistencyResult | null;
}

const SEVERITY_RANK: Record<UrgencySeverity, number> = { critical: 0, urgent: 1, caution: 2 };

/**
 * Within one severity, what comes first, so the next action (the first urgent item) is decided here and not by
 * the order the items happen to be raised in. Items not listed keep their place after these.
 * - A DUC's payment window runs in hours or days and decides everything after submission.
 * - The lapse (over six months) and a permit the app does not cover say the usual route no longer applies.
 * - The backlog's in-country extension has ended: the holder is treated as irregular already, and asking AIMA
 *   for the renewal on the request page does not submit it (nothing to upload yet).
 * - An expired passport before an out-of-date email: a renewal cannot go in without a valid passport (Lei 23/2007
 *   art. 78; aima-facts §2 lists a valid passport for every kind of title), renewing it at a consulate is the
 *   longest step, and the email update itself names the passport (AIMA's data-change requests upload it, §4):
 *   start the passport first, then update the email while it is being renewed, before registering on the portal.
 * - "Expired: submit as soon as you can" is never the next action on its own (see nextActionOf).
 */
export const URGENT_ORDER: readonly string[] = [
  'duc-overdue',
  'duc-overdue-strict',
  'duc-pay-now',
  'expired-over-6-months',
  'not-covered',
  'backlog-urgent',
  'passport-expired',
  'email-not-current',
  'expired-submit-now',
];

/** The place of an urgent item: by severity, then by URGENT_ORDER (unlisted items after the listed ones). */
function urgentRank(item: UrgentItem): [number, number] {
  const place = URGENT_ORDER.indexOf(item.id);
  return [SEVERITY_RANK[item.severity], place === -1 ? URGENT_ORDER.length : place];
}

function stateOfDay(date: IsoDate, today: IsoDate): DeadlineState {
  return date < today ? 'overdue' : date === today ? 'due-today' : 'upcoming';
}

function stateOfInstant(instant: string, now: string, today: IsoDate): DeadlineState {
  if (Date.parse(now) > Date.parse(instant)) return 'overdue';
  return lisbonWallTime(instant).date === today ? 'due-today' : 'upcoming';
}

/** The required categories of the checklist for the permit kind (null without a permit kind). */
export function requiredCategoriesOf(situation: SituationDraft, today: IsoDate): string[] | null {
  if (!situation.permitKind) return null;
  const items = checklistFor({ ...situation, permitKind: situation.permitKind }, today).items;
  return [...new Set(items.filter((item) => item.status === 'required').map((item) => item.category.id))];
}

/** Whether the report's inputs for a category are the files given now (names in order; hashes when both sides know them). */
function reportMatches(report: PrepareReport, categoryId: string, given: readonly GivenFile[]): boolean {
  const category = report.categories.find((c) => c.categoryId === categoryId);
  if (!category) return given.length === 0;
  if (category.inputs.length !== given.length) return false;
  return category.inputs.every((input, index) => {
    const file = given[index]!;
    if (file.sha256 && input.sha256) return file.sha256 === input.sha256;
    return file.name === input.file;
  });
}

/** What the folder last written says about one category, against the files given now. */
export function categoryState(categoryId: string, state: Pick<CaseState, 'documents' | 'report'>): CategoryState {
  const given = state.documents[categoryId] ?? [];
  if (given.length === 0) return 'missing';
  const report = state.report;
  if (!report) return 'not-prepared';
  if (!reportMatches(report, categoryId, given)) return 'stale';
  const category = report.categories.find((c) => c.categoryId === categoryId)!;
  const output = category.output;
  if (!output || category.status === 'failed') return 'failed';
  const limit = output.validation?.limitBytes ?? report.limitBytes;
  if (output.bytes > limit) return 'over-limit';
  if (output.validation?.verdict === 'not-ready' || category.status === 'partial') return 'not-ready';
  if (output.validation?.reasons.some((r) => r.code === 'BLURRY')) return 'blurred';
  return 'ready';
}

/**
 * A category of a report judged by the same definition, when the report's own inputs are what was given
 * (the batch, report.json): 'ready', 'failed', or why it is not ready ('not-ready', 'over-limit', 'blurred').
 */
export function reportCategoryState(report: PrepareReport, categoryId: string): CategoryState {
  const category = report.categories.find((c) => c.categoryId === categoryId);
  if (!category) return 'missing';
  const given = category.inputs.map((input) => ({ name: input.file, sha256: input.sha256 }));
  return categoryState(categoryId, { documents: { [categoryId]: given }, report });
}

/** Every file the folder holds for the given categories matches what was given and is ready. */
export function folderMatchesDocuments(state: Pick<CaseState, 'documents' | 'report'>): boolean {
  const report = state.report;
  if (!report) return false;
  const given = Object.entries(state.documents).filter(([, files]) => files.length > 0);
  const reported = report.categories.map((c) => c.categoryId);
  return (
    given.every(([id, files]) => reportMatches(report, id, files)) &&
    reported.every((id) => (state.documents[id] ?? []).length > 0)
  );
}

const CATEGORY_STATE_TEXT: Record<Exclude<CategoryState, 'ready'>, Localized> = {
  missing: { en: 'no file given', pt: 'nenhum ficheiro indicado' },
  'not-prepared': { en: 'not prepared yet', pt: 'por preparar' },
  stale: { en: 'files changed since the folder was written', pt: 'ficheiros alterados desde que a pasta foi criada' },
  failed: { en: 'could not be prepared', pt: 'não foi possível preparar' },
  'not-ready': { en: 'not ready (see the check)', pt: 'a verificação encontrou problemas' },
  'over-limit': { en: 'over the upload limit', pt: 'acima do limite de carregamento' },
  blurred: { en: 'a page looks blurred: scan it again', pt: 'uma página parece desfocada: digitalize-a de novo' },
};

/** Why a category is not ready, in the words the task list uses ("no file given", "a page looks blurred: scan it again"). */
export function categoryStateText(state: Exclude<CategoryState, 'ready'>): Localized {
  return CATEGORY_STATE_TEXT[state];
}

/** A category's name as the person knows it. */
export function categoryName(id: string, locale: 'en' | 'pt'): string {
  return categoryById(id)?.name[locale] ?? id;
}

function listOf(categories: AssessedCategory[], locale: 'en' | 'pt'): string {
  return categories
    .map(
      (c) => `${categoryName(c.categoryId, locale)} (${CATEGORY_STATE_TEXT[c.state as Exclude<CategoryState, 'ready'>][locale]})`,
    )
    .join(', ');
}

/** The lapse, said to someone who submitted anyway (a DUC or a receipt is recorded). */
const LAPSED_AFTER_SUBMITTING = (expiry: IsoDate, v: AssessmentVoice): Localized => ({
  en: `${v.submittedAfterLapse.en.replace('{expiry}', expiry)}: the usual online threshold had passed. Keep proof of every earlier attempt and of this submission, and consider a lawyer.`,
  pt: `${v.submittedAfterLapse.pt.replace('{expiry}', expiry)}: o limite habitual para o pedido online já tinha passado. Guarde prova de todas as tentativas anteriores e desta submissão, e pondere recorrer a um advogado.`,
});

/**
 * Once a DUC or a receipt is recorded, "submit as soon as your documents are ready" is advice for a step
 * already taken (walked: expired in August, DUC of 5 October, the route still said "submit"). The route's
 * availability stays; its sentence says where the case is. The lapse keeps its own sentence.
 */
function withSubmission(route: AssessedRoute, submitted: boolean, v: AssessmentVoice): AssessedRoute {
  if (!submitted || route.availability === 'lapsed' || route.availability === 'undecided' || route.availability === 'none')
    return route;
  return {
    ...route,
    actNow: false,
    text: {
      en: `${v.submittedOnRoute.en}: follow the payment and AIMA’s reply under “After you submit”.`,
      pt: `${v.submittedOnRoute.pt}: acompanhe o pagamento e a resposta da AIMA em «Depois de submeter».`,
    },
  };
}

function assessRoute(
  decision: RouteDecision,
  s: SituationDraft,
  today: IsoDate,
  submitted: boolean,
  v: AssessmentVoice,
): AssessedRoute {
  const base = { id: decision.routeId, portal: decision.portal };
  const lapsed = decision.warnings.some((w) => w.id === 'expired-over-6-months');
  if (decision.routeId === 'undecided')
    return {
      ...base,
      availability: 'undecided',
      opensOn: null,
      text: v.answerToSeeRoute,
    };
  if (decision.routeId === 'not-covered')
    return {
      ...base,
      availability: 'none',
      opensOn: null,
      text: {
        en: 'No portal accepts a permit that expired before 22 February 2020: write to AIMA and consider a lawyer.',
        pt: 'Nenhum portal aceita uma autorização caducada antes de 22 de fevereiro de 2020: escreva à AIMA e pondere recorrer a um advogado.',
      },
    };
  // After 15 April 2026 a Mission Structure holder who has not asked for renewal is irregular: "you can submit once
  // the email reaches you" read as "wait" beside the urgent "act now: use the request page" (session 14's walk).
  if (decision.routeId === 'mission-structure' && today > ROUTE_DATES.inCountryExtensionUntil)
    return {
      ...base,
      availability: 'by-invitation',
      opensOn: null,
      actNow: true,
      text: {
        en: 'This route opens by AIMA’s email, but the in-country extension ended on 15 April 2026: do not wait for the email. Use the services.aima.gov.pt request page for people not yet notified and contact AIMA now.',
        pt: 'Esta via abre com o e-mail da AIMA, mas a prorrogação em Portugal terminou a 15 de abril de 2026: não espere pelo e-mail. Use a página de pedido em services.aima.gov.pt para quem ainda não foi notificado e contacte já a AIMA.',
      },
    };
  if (decision.routeId === 'mission-structure' || decision.routeId === 'cplp-services')
    return {
      ...base,
      availability: 'by-invitation',
      opensOn: null,
      text: v.byInvitation,
    };
  if (decision.routeId === 'eu-family-card')
    return {
      ...base,
      availability: 'open',
      opensOn: null,
      text: {
        en: `${v.CardSubject.en} has its own renewal pathway on services.aima.gov.pt; it is not on the Portal das Renovações.`,
        pt: `${v.CardSubject.pt} tem um processo de renovação próprio em services.aima.gov.pt; não está no Portal das Renovações.`,
      },
    };
  // Portal das Renovações.
  const month = decision.portalMonth;
  const typeJoined =
    s.permitKind === 'permanent'
      ? ROUTE_DATES.permanentOnPortal
      : s.permitKind === 'temporary-investment-ari'
        ? ROUTE_DATES.ariOnPortal
        : null;
  const monthOpens =
    month?.status === 'open'
      ? (month.openedOn ?? month.openedNoLaterThan)
      : month?.status === 'opens-later'
        ? month.opensOn
        : null;
  const opensOn = monthOpens && typeJoined && typeJoined > monthOpens ? typeJoined : monthOpens;
  // Once the case holds a DUC or a receipt, "before you submit" is past: say what still helps.
  if (lapsed && submitted)
    return {
      ...base,
      availability: 'lapsed',
      opensOn,
      text: LAPSED_AFTER_SUBMITTING(s.permitExpiry!, v),
    };
  if (lapsed)
    return {
      ...base,
      availability: 'lapsed',
      opensOn,
      text: {
        en: `${v.PermitSubject.en} expired more than six months ago (on ${s.permitExpiry}). The portal may still show ${v.month.en}, but the usual online threshold has passed: write to AIMA explaining ${v.attempts.en} and consider a lawyer before you submit.`,
        pt: `${v.PermitSubject.pt} caducou há mais de seis meses (a ${s.permitExpiry}). O portal pode ainda mostrar ${v.month.pt}, mas o limite habitual para o pedido online já passou: escreva à AIMA a explicar ${v.attempts.pt} e pondere recorrer a um advogado antes de submeter.`,
      },
    };
  if (opensOn && opensOn <= today)
    return {
      ...base,
      availability: 'open',
      opensOn,
      text: {
        en: `The portal is open ${v.forExpiryMonth.en} (since ${opensOn}): you can submit as soon as ${v.documentsObject.en} are ready.`,
        pt: `O portal está aberto ${v.forExpiryMonth.pt} (desde ${opensOn}): pode submeter logo que ${v.documentsObject.pt} estejam prontos.`,
      },
    };
  if (opensOn)
    return {
      ...base,
      availability: 'opens-later',
      opensOn,
      text: {
        en: `The portal opens ${v.forWhom.en} on ${opensOn}. Until then the portal ${v.showsNoOption.en}; prepare ${v.documentsObject.en} now.`,
        pt: `O portal abre ${v.forWhom.pt} a ${opensOn}. Até lá ${v.showsNoOption.pt}; prepare já ${v.documentsObject.pt}.`,
      },
    };
  const by = month?.status === 'unknown' ? month.checkBackBy : null;
  // Recent months opened one to three months ahead: "from now on" only once that earliest day has come.
  const from = month?.status === 'unknown' && month.checkFrom > today ? month.checkFrom : null;
  // Months have opened before they start: once the expiry month has begun, the portal is open for it.
  if (by && by <= today) {
    // "Has begun" of a month long gone (expired in August, read in December) is not what the person lives.
    const past = month?.status === 'unknown' && today.slice(0, 7) > month.expiryMonth;
    return {
      ...base,
      availability: 'open',
      opensOn: null,
      text: past
        ? {
            en: `${v.ExpiryMonthSubject.en} has passed, so the portal should be open ${v.forWhom.en} (months have opened before they start): submit as soon as ${v.documentsObject.en} are ready. If no renewal option appears, keep a screenshot and write to AIMA.`,
            pt: `${v.ExpiryMonthSubject.pt} já passou, pelo que o portal deverá estar aberto ${v.forWhom.pt} (os meses abriram antes de começarem): submeta logo que ${v.documentsObject.pt} estejam prontos. Se não aparecer opção de renovação, guarde uma captura de ecrã e escreva à AIMA.`,
          }
        : {
            en: `${v.ExpiryMonthSubject.en} has begun, so the portal should be open ${v.forWhom.en} (months have opened before they start): submit as soon as ${v.documentsObject.en} are ready. If no renewal option appears, keep a screenshot and write to AIMA.`,
            pt: `${v.ExpiryMonthSubject.pt} já começou, pelo que o portal deverá estar aberto ${v.forWhom.pt} (os meses abriram antes de começarem): submeta logo que ${v.documentsObject.pt} estejam prontos. Se não aparecer opção de renovação, guarde uma captura de ecrã e escreva à AIMA.`,
          },
    };
  }
  // The law's date (30 days before expiry, temporary permits) can come before the month opens: "by 1 January at the
  // latest" alone read as the deadline, while the next deadline (the agency summary, the timeline) said 21 December
  // (session 11's walk). Said here too, with what to do if the portal is not open by then.
  const legal = by && s.permitExpiry && s.permitKind ? legalApplyBy(s.permitKind, s.permitExpiry) : null;
  const lawNote =
    legal && by && legal < by
      ? legal >= today
        ? {
            en: ` The law’s date to apply is ${legal}, 30 days before ${v.permitObject.en} expires: if the portal is not open ${v.forWhom.en} by then, keep proof of each attempt.`,
            pt: ` A data da lei para pedir é ${legal}, 30 dias antes do fim da validade: se o portal ainda não estiver aberto ${v.forWhom.pt} nessa data, guarde prova de cada tentativa.`,
          }
        : {
            en: ` The law’s date to apply (${legal}) has passed: submit as soon as the portal opens ${v.forWhom.en} and keep proof of each attempt.`,
            pt: ` A data da lei para pedir (${legal}) já passou: submeta logo que o portal abra ${v.forWhom.pt} e guarde prova de cada tentativa.`,
          }
      : { en: '', pt: '' };
  return {
    ...base,
    availability: 'unknown',
    opensOn: null,
    text: {
      en: `No source gives the date the portal opens ${v.forExpiryMonth.en} yet${by ? `: check the portal ${from ? `from ${from}` : 'from now on'}, and by ${by} at the latest` : ''}.${lawNote.en}`,
      pt: `Nenhuma fonte indica ainda a data em que o portal abre ${v.forExpiryMonth.pt}${by ? `: verifique o portal ${from ? `a partir de ${from}` : 'a partir de agora'} e, o mais tardar, a ${by}` : ''}.${lawNote.pt}`,
    },
  };
}

function ducDeadline(window: DucWindow, now: string, today: IsoDate, paid: boolean, paidAt: string | null): Deadline {
  const strict = window.deadline;
  const latest = window.readings.reduce((a, r) => (r.lastMoment.instant > a.lastMoment.instant ? r : a));
  // Paid, but when? "Paid" beside a last moment the payment came after would not be true of that reading.
  const after = (instant: string) => paidAt !== null && Date.parse(paidAt) > Date.parse(instant);
  const lateStrict = paid && after(strict.instant);
  const lateOther = paid && after(latest.lastMoment.instant);
  const paidOn = paidAt ? `${lisbonWallTime(paidAt).date} at ${lisbonWallTime(paidAt).time}` : '';
  const paidOnPt = paidAt ? `${lisbonWallTime(paidAt).date} às ${lisbonWallTime(paidAt).time}` : '';
  const strictState: DeadlineState = paid ? 'met' : stateOfInstant(strict.instant, now, today);
  const hasOther = latest.lastMoment.instant !== strict.instant;
  const otherState: DeadlineState = paid ? 'met' : stateOfInstant(latest.lastMoment.instant, now, today);
  // "21 November 2026 at 10:15" / "a 21 de novembro de 2026 às 10:15" once the screen writes the date out.
  const at = (m: { lisbon: { date: string; time: string } }) => `${m.lisbon.date} at ${m.lisbon.time}`;
  const atPt = (m: { lisbon: { date: string; time: string } }) => `${m.lisbon.date} às ${m.lisbon.time}`;
  const otherLabel: Localized =
    latest.id === 'aima-10-working-days'
      ? { en: 'AIMA’s 10 working days', pt: 'os 10 dias úteis da AIMA' }
      : {
          en: 'the 10-working-day reading of a widely shared applicants’ guide',
          pt: 'a leitura de 10 dias úteis de um guia de requerentes muito divulgado',
        };
  // Worded for whoever reads it, the person or an agency about its client ("there is still time", "the evidence log"):
  // the DUC's sentence is the next action of both (session 13's walk: "ainda tem até" to an agency).
  let explanation: Localized;
  if (lateStrict && hasOther && !lateOther)
    explanation = {
      en: `Paid on ${paidOn}: after the strictest reading’s last moment (${at(strict)}), within ${otherLabel.en} (until ${at(latest.lastMoment)}). Keep the receipt: it shows when the DUC was paid. If AIMA refuses the payment, contact AIMA with it.`,
      pt: `Pago a ${paidOnPt}: depois do último momento da leitura mais exigente (${atPt(strict)}), dentro do prazo segundo ${otherLabel.pt} (até ${atPt(latest.lastMoment)}). Guarde o comprovativo: mostra quando o DUC foi pago. Se a AIMA recusar o pagamento, contacte-a com ele.`,
    };
  else if (lateStrict)
    explanation = {
      en: `Paid on ${paidOn}: after the last moment to pay under every reading (${at(latest.lastMoment)}). Keep the receipt: it shows when the DUC was paid. If AIMA refuses the payment or asks about it, contact AIMA with the evidence.`,
      pt: `Pago a ${paidOnPt}: depois do último momento para pagar segundo todas as leituras (${atPt(latest.lastMoment)}). Guarde o comprovativo: mostra quando o DUC foi pago. Se a AIMA recusar o pagamento ou pedir explicações, contacte-a com as provas.`,
    };
  else if (paid)
    explanation = {
      en: 'Paid: the payment is recorded in the evidence log.',
      pt: 'Pago: o pagamento consta do registo de provas.',
    };
  else if (strictState !== 'overdue')
    explanation = {
      en: `Pay by ${at(strict)} (Lisbon time), the strictest reading of the sources.${hasOther ? ` Under ${otherLabel.en} the last day is ${latest.lastMoment.lisbon.date}; do not count on it.` : ''}`,
      pt: `Pague até ${atPt(strict)} (hora de Lisboa), a leitura mais exigente das fontes.${hasOther ? ` Segundo ${otherLabel.pt}, o último dia é ${latest.lastMoment.lisbon.date}; não conte com isso.` : ''}`,
    };
  else if (hasOther && otherState !== 'overdue')
    explanation = {
      en: `The strictest reading’s deadline passed on ${at(strict)}. Under ${otherLabel.en} there is still time until ${at(latest.lastMoment)}: pay now, keep the receipt, and tell AIMA if the reference is refused.`,
      pt: `O prazo da leitura mais exigente terminou a ${atPt(strict)}. Segundo ${otherLabel.pt}, ainda há prazo até ${atPt(latest.lastMoment)}: pague já, guarde o comprovativo e informe a AIMA se a referência for recusada.`,
    };
  else
    explanation = {
      en: `The DUC’s payment deadline has passed under every reading (the last on ${at(latest.lastMoment)}). Try to pay; if the reference is refused, contact AIMA with the evidence before generating a new DUC.`,
      pt: `O prazo de pagamento do DUC terminou segundo todas as leituras (a última a ${atPt(latest.lastMoment)}). Tente pagar; se a referência for recusada, contacte a AIMA com as provas antes de gerar um novo DUC.`,
    };
  return {
    id: 'duc-payment',
    date: strict.lisbon.date,
    time: strict.lisbon.time,
    state: strictState,
    ...(lateStrict ? { paidAfter: true } : {}),
    title: { en: 'Last moment to pay the DUC', pt: 'Último momento para pagar o DUC' },
    other: hasOther
      ? {
          date: latest.lastMoment.lisbon.date,
          time: latest.lastMoment.lisbon.time,
          state: otherState,
          ...(lateOther ? { paidAfter: true } : {}),
          label: otherLabel,
        }
      : null,
    explanation,
  };
}

function dayDeadline(
  id: Deadline['id'],
  date: IsoDate,
  today: IsoDate,
  met: boolean,
  title: Localized,
  overdue: Localized,
  upcoming: Localized,
  v: AssessmentVoice,
): Deadline {
  const state: DeadlineState = met ? 'met' : stateOfDay(date, today);
  return {
    id,
    date,
    time: null,
    state,
    title,
    other: null,
    explanation: state === 'met' ? v.metBySubmission : state === 'overdue' ? overdue : upcoming,
  };
}

/** The Lisbon day the person submitted (the earliest DUC or receipt), or null. */
function submittedOn(state: CaseState): IsoDate | null {
  return submissionDay(state.evidence, state.duc ? ducDayOf(state.duc.generatedAt) : null);
}

function deadlinesOf(
  decision: RouteDecision,
  s: SituationDraft,
  today: IsoDate,
  submitted: IsoDate | null,
  v: AssessmentVoice,
): Deadline[] {
  const expiry = s.permitExpiry;
  const out: Deadline[] = [];
  if (!expiry || decision.routeId === 'undecided') return out;
  const metBy = (date: IsoDate) => submitted !== null && submitted <= date;
  out.push(
    dayDeadline(
      'permit-expires',
      expiry,
      today,
      metBy(expiry),
      expiry < today
        ? { en: `${v.PermitSubject.en} expired`, pt: `${v.PermitSubject.pt} caducou` }
        : { en: `${v.PermitSubject.en} expires`, pt: `${v.PermitSubject.pt} caduca` },
      { en: `${v.PermitSubject.en} expired on ${expiry}.`, pt: `${v.PermitSubject.pt} caducou a ${expiry}.` },
      { en: `${v.PermitSubject.en} expires on ${expiry}.`, pt: `${v.PermitSubject.pt} caduca a ${expiry}.` },
      v,
    ),
  );
  const legalBy = s.permitKind ? legalApplyBy(s.permitKind, expiry) : null;
  if (decision.routeId === 'portal-renovacoes' && legalBy) {
    const by = legalBy;
    out.push(
      dayDeadline(
        'legal-apply-by',
        by,
        today,
        metBy(by),
        // No colon inside the title: it follows "Próximo prazo:" in the command line and the summary.
        {
          en: 'The law’s “apply up to 30 days before expiry”',
          pt: 'O prazo legal para pedir (até 30 dias antes do fim da validade)',
        },
        {
          en: `The law’s date (${by}) has passed; in practice the portal opens by expiry month: submit as soon as you can and keep proof of every attempt.`,
          pt: `A data da lei (${by}) já passou; na prática o portal abre por mês de caducidade: submeta logo que possa e guarde prova de cada tentativa.`,
        },
        { en: `Apply by ${by} where the portal lets you.`, pt: `Peça até ${by}, se o portal o permitir.` },
        v,
      ),
    );
  }
  if (decision.routeId === 'portal-renovacoes' || decision.routeId === 'cplp-services') {
    const six = addMonths(expiry, 6);
    out.push(
      dayDeadline(
        'online-threshold',
        six,
        today,
        metBy(six),
        { en: 'Six months after expiry', pt: 'Seis meses após o fim da validade' },
        s.permitKind === 'permanent'
          ? {
              // Whether the lapse reaches a permanent permit is not settled by the sources: said as open (sixMonthLapse).
              en: `Six months after expiry ended on ${six}: online renewal is no longer the usual route${sixMonthLapse(s.permitKind).en}. Write to AIMA and consider a lawyer.`,
              pt: `Os seis meses após o fim da validade terminaram a ${six}: o pedido online deixa de ser a via habitual${sixMonthLapse(s.permitKind).pt}. Escreva à AIMA e pondere recorrer a um advogado.`,
            }
          : {
              en: `Six months after expiry ended on ${six}: the right of residence lapses then and online renewal is no longer the usual route. Write to AIMA and consider a lawyer.`,
              pt: `Os seis meses após o fim da validade terminaram a ${six}: o direito de residência caduca nessa data e o pedido online deixa de ser a via habitual. Escreva à AIMA e pondere recorrer a um advogado.`,
            },
        s.permitKind === 'permanent'
          ? {
              en: `Submit before ${six}: six months after expiry online renewal stops being the usual route${sixMonthLapse(s.permitKind).en}.`,
              pt: `Submeta antes de ${six}: seis meses após o fim da validade o pedido online deixa de ser a via habitual${sixMonthLapse(s.permitKind).pt}.`,
            }
          : {
              en: `Submit before ${six}: six months after expiry the right of residence lapses.`,
              pt: `Submeta antes de ${six}: seis meses após o fim da validade o direito de residência caduca.`,
            },
        v,
      ),
    );
  }
  if (decision.routeId === 'mission-structure') {
    const end = ROUTE_DATES.inCountryExtensionUntil;
    out.push(
      dayDeadline(
        'in-country-extension-ended',
        end,
        today,
        metBy(end),
        { en: 'End of the in-country extension (AIMA’s guidance)', pt: 'Fim da prorrogação em Portugal (orientação da AIMA)' },
        {
          en: `The in-country extension ended on ${end}: without a renewal request ${v.treatedAsIrregular.en}. Use the request page for people not yet notified and contact AIMA now.`,
          pt: `A prorrogação em Portugal terminou a ${end}: sem pedido de renovação ${v.treatedAsIrregular.pt}. Use a página de pedido para quem ainda não foi notificado e contacte já a AIMA.`,
        },
        { en: `Accepted in Portugal until ${end}.`, pt: `Aceite em Portugal até ${end}.` },
        v,
      ),
    );
  }
  return out;
}

/** The Lisbon day a DUC was generated. */
function ducDayOf(generatedAt: DucGeneratedAt): IsoDate {
  return 'instant' in generatedAt ? lisbonWallTime(generatedAt.instant).date : generatedAt.lisbonDate;
}

/** Assess a case at the instant `now` (ISO 8601). */
export function assessCase(state: CaseState, now: string): Assessment {
  const today = lisbonWallTime(now).date;
  const reader = state.reader ?? 'applicant';
  const v = assessmentVoice(reader);
  const s = state.situation;
  // The lapse is judged on the day the renewal was submitted, when it was (decideRoute).
  const submittedDay = submittedOn(state);
  const decision = decideRoute(s, today, reader, submittedDay);
  const paid = paymentRecorded(state.evidence);
  const approved = approvalRecorded(state.evidence);
  const submitted = hasSubmitted(state.evidence, state.duc);
  const route = withSubmission(assessRoute(decision, s, today, submitted, v), submitted, v);
  const deadlines = deadlinesOf(decision, s, today, submittedDay, v);
  // The DUC's window is the route's it was generated on (the texts for AIMA name the same one: ducRouteDecision).
  const ducRoute = state.duc ? ducRouteDecision(s, ducDayOf(state.duc.generatedAt)).ducRoute : null;
  const duc = state.duc && ducRoute ? ducWindow({ route: ducRoute, generatedAt: state.duc.generatedAt }) : null;
  const ducLine = duc ? ducDeadline(duc, now, today, paid, paymentEntry(state.evidence)?.at ?? null) : null;
  if (ducLine) deadlines.push(ducLine);
  if (state.duc && !duc)
    deadlines.push({
      id: 'duc-payment',
      date: ducDayOf(state.duc.generatedAt),
      time: null,
      state: paid ? 'met' : 'unknown',
      title: { en: 'Last moment to pay the DUC', pt: 'Último momento para pagar o DUC' },
      other: null,
      explanation: paid
        ? { en: 'Paid: the payment is recorded in the evidence log.', pt: 'Pago: o pagamento consta do registo de provas.' }
        : {
            en: 'No source gives the payment window of this route: pay as soon as you can and keep the receipt.',
            pt: 'Nenhuma fonte indica o prazo de pagamento desta via: pague logo que possa e guarde o comprovativo.',
          },
    });

  const situationComplete = situationSchema.safeParse(s).success;
  const required = requiredCategoriesOf(s, today);
  const requiredCategories: AssessedCategory[] = (required ?? []).map((id) => ({
    categoryId: id,
    state: categoryState(id, state),
  }));
  const notReady = requiredCategories.filter((c) => c.state !== 'ready');
  // What reading the files found that makes them wrong to upload (a stale certificate, someone else's NIF).
  const readingBlockers = (state.consistency?.items ?? []).filter((item) => item.severity === 'blocker').map((item) => item.text);
  const documentsDone = required !== null && notReady.length === 0 && readingBlockers.length === 0;
  // With documents still to get ready, what reading found is said too: the task list listed the missing files and
  // never the stale certidão the documents page flagged (session 10's walk), as if it were fine.
  const alsoToFix = alsoToFixOf(readingBlockers);
  // What reading found to check about a file (a certificate valid only a few more days): the documents are ready, and
  // the step says what to check, as the card ("Ready, with warnings"), the pre-upload step and the agency summary do.
  const readingWarnings = (state.consistency?.items ?? [])
    .filter((item) => item.severity === 'warning' && item.file !== undefined)
    .map((item) => item.text);
  const anyFile = Object.values(state.documents).some((files) => files.length > 0);
  const folderDone =
    documentsDone &&
    state.report !== null &&
    folderMatchesDocuments(state) &&
    Object.keys(state.documents)
      .filter((id) => (state.documents[id] ?? []).length > 0)
      .every((id) => categoryState(id, state) === 'ready');
  const ticksDone = state.preUpload.total > 0 && state.preUpload.ticked >= state.preUpload.total;

  const en = (l: AssessedCategory[]) => listOf(l, 'en');
  const pt = (l: AssessedCategory[]) => listOf(l, 'pt');
  const steps: AssessedStep[] = [];
  steps.push({
    id: 'situation',
    status:
      situationComplete && state.situationConfirmed !== false ? 'done' : Object.keys(s).length > 0 ? 'inProgress' : 'notStarted',
    reason: situationComplete
      ? state.situationConfirmed === false
        ? {
            en: `All answered; check and confirm ${v.answersObject.en}.`,
            pt: `Tudo respondido; verifique e confirme ${v.answersObject.pt}.`,
          }
        : { en: `${v.AnswersSubject.en} are complete.`, pt: `${v.AnswersSubject.pt} estão completas.` }
      : {
          en: `Some questions ${v.aboutPermit.en} are not answered yet.`,
          pt: `Ainda há perguntas ${v.aboutPermit.pt} por responder.`,
        },
  });
  steps.push({
    id: 'route',
    // "Done" beside "act now" read as nothing left to do (session 14's walk: a Mission Structure holder after the
    // in-country extension ended on 15 April 2026).
    status: !situationComplete
      ? 'cannotStart'
      : route.availability === 'lapsed' || route.availability === 'none' || route.actNow
        ? 'attention'
        : route.availability === 'undecided'
          ? 'cannotStart'
          : 'done',
    reason: route.text,
  });
  steps.push({
    id: 'documents',
    status: !s.permitKind
      ? 'cannotStart'
      : documentsDone
        ? 'done'
        : notReady.length === 0 || notReady.some((c) => ['failed', 'not-ready', 'over-limit', 'blurred'].includes(c.state))
          ? 'attention'
          : anyFile
            ? 'inProgress'
            : 'notStarted',
    reason: !s.permitKind
      ? {
          en: `Say which permit ${v.whoHolds.en} to see the documents it needs.`,
          pt: `Indique a autorização que ${v.whoHolds.pt} para ver os documentos necessários.`,
        }
      : documentsDone
        ? readingWarnings.length > 0
          ? {
              en: `Every required document is prepared, ready and under the limit. Check before you upload: ${readingWarnings[0]!.en}`,
              pt: `Todos os documentos obrigatórios estão preparados, prontos e abaixo do limite. Verifique antes de carregar: ${afterColonPt(readingWarnings[0]!.pt)}`,
            }
          : {
              en: 'Every required document is prepared, ready and under the limit.',
              pt: 'Todos os documentos obrigatórios estão preparados, prontos e abaixo do limite.',
            }
        : notReady.length === 0
          ? readingBlockers[0]!
          : {
              en: `Not ready yet: ${en(notReady)}.${alsoToFix.en}`,
              pt: `Ainda não estão prontos: ${pt(notReady)}.${alsoToFix.pt}`,
            },
  });
  steps.push({
    id: 'preUpload',
    status: ticksDone && documentsDone ? 'done' : state.preUpload.ticked > 0 ? 'inProgress' : 'notStarted',
    reason:
      ticksDone && documentsDone
        ? {
            en: 'Every check ticked and every required document ready.',
            pt: 'Todas as verificações assinaladas e todos os documentos obrigatórios prontos.',
          }
        : ticksDone
          ? {
              en: 'You ticked every check, but required documents are not ready yet.',
              pt: 'Assinalou todas as verificações, mas há documentos obrigatórios que ainda não estão prontos.',
            }
          : {
              en: `${state.preUpload.total - state.preUpload.ticked} of ${state.preUpload.total} checks still to tick.`,
              // "Falta assinalar": the infinitive is the subject, so the verb stays singular.
              pt: `Falta assinalar ${state.preUpload.total - state.preUpload.ticked} de ${state.preUpload.total} verificações.`,
            },
  });
  steps.push({
    id: 'folder',
    status: folderDone ? 'done' : !anyFile ? 'cannotStart' : state.report ? 'attention' : 'notStarted',
    reason: folderDone
      ? {
          en: `The folder matches ${v.currentDocuments.en} and every file in it is ready.`,
          pt: `A pasta corresponde ${v.currentDocuments.pt} e todos os ficheiros estão prontos.`,
        }
      : !state.report
        ? { en: 'No upload-ready folder written yet.', pt: 'Ainda não foi criada a pasta pronta a carregar.' }
        : !folderMatchesDocuments(state)
          ? {
              en: `${v.DocumentsSubject.en} changed since the folder was written: write it again.`,
              pt: `${v.DocumentsSubject.pt} mudaram desde que a pasta foi criada: crie-a de novo.`,
            }
          : notReady.length === 0 && readingBlockers.length > 0
            ? // Every file is ready as a file; what reading found (a stale certificate) is why: say it, not an empty list.
              {
                en: `The folder is written, but reading ${v.ofDocuments.en} found something to fix: ${readingBlockers[0]!.en}`,
                pt: `A pasta foi criada, mas a leitura ${v.ofDocuments.pt} encontrou algo a corrigir: ${afterColonPt(readingBlockers[0]!.pt)}`,
              }
            : {
                en: `The folder is written but not everything is ready: ${en(notReady)}.${alsoToFix.en}`,
                pt: `A pasta foi criada, mas nem tudo está pronto: ${pt(notReady)}.${alsoToFix.pt}`,
              },
  });
  // Submitted and paid: the documents went to AIMA with the request. Preparing them is no longer a step to
  // finish but what to have at hand if AIMA asks (the agency view says the same: batch/row.ts).
  if (paid)
    for (const step of steps)
      // A step already done stays done: only what is left becomes "use when needed".
      if ((step.id === 'documents' || step.id === 'preUpload' || step.id === 'folder') && step.status !== 'done') {
        const open = step.id === 'documents' && notReady.length > 0;
        step.status = 'optional';
        step.reason = open
          ? {
              en: `${v.submittedAndPaid.en}: AIMA may still ask for documents. Not ready here: ${en(notReady)}.`,
              pt: `${v.submittedAndPaid.pt}: a AIMA pode ainda pedir documentos. Não estão prontos aqui: ${pt(notReady)}.`,
            }
          : {
              en: `${v.submittedAndPaid.en}: use this if AIMA asks for documents.`,
              pt: `${v.submittedAndPaid.pt}: use este passo se a AIMA pedir documentos.`,
            };
      }
  // Paid, no decision recorded, and the tacit-approval day reached: the wait is over (the task list and the
  // after-submit page say the same).
  const paidAt = paymentEntry(state.evidence)?.at ?? null;
  const noDecision = paid && !approved && paidAt ? noDecisionAction(paidAt, today) : null;
  const ducState = ducLine?.state ?? null;
  const ducOtherState = ducLine?.other?.state ?? ducState;
  steps.push({
    id: 'afterSubmit',
    status: paid
      ? noDecision
        ? 'attention'
        : 'done'
      : ducState === 'overdue'
        ? 'attention'
        : submitted
          ? 'inProgress'
          : 'notStarted',
    reason: paid
      ? approved
        ? { en: 'Approved: the declaração is recorded.', pt: 'Deferido: a declaração está registada.' }
        : noDecision
          ? noDecision
          : {
              en: `Payment recorded. Wait for AIMA’s decision and keep ${v.evidence.en}.`,
              pt: `Pagamento registado. Aguarde a decisão da AIMA e guarde ${v.evidence.pt}.`,
            }
      : ducLine
        ? ducLine.explanation
        : submitted
          ? v.recordPaymentWhenPaid
          : { en: 'Nothing submitted yet.', pt: 'Ainda nada submetido.' },
  });
  steps.push({
    id: 'trouble',
    status: 'optional',
    reason: {
      en: 'When something goes wrong: what to do and what to write.',
      pt: 'Quando algo corre mal: o que fazer e o que escrever.',
    },
  });

  // Urgent situations.
  const urgent: UrgentItem[] = [];
  if (ducLine && ducState === 'overdue')
    urgent.push({
      id: ducOtherState === 'overdue' ? 'duc-overdue' : 'duc-overdue-strict',
      severity: ducOtherState === 'overdue' ? 'critical' : 'urgent',
      text: ducLine.explanation,
      screen: SCREENS.afterSubmit,
    });
  else if (ducLine && !paid && (ducState === 'due-today' || ducState === 'upcoming'))
    urgent.push({ id: 'duc-pay-now', severity: 'urgent', text: ducLine.explanation, screen: SCREENS.afterSubmit });
  const expired = s.permitExpiry !== undefined && s.permitExpiry < today;
  for (const w of decision.warnings) {
    if (w.severity === 'info') continue;
    if (w.severity === 'caution' && w.id !== 'backlog-wait-for-email') continue;
    // The lapse is stated above in plainer words once the person has submitted; before, it is the most severe item.
    const severity: UrgencySeverity =
      w.id === 'expired-over-6-months' || w.id === 'not-covered'
        ? submitted
          ? 'urgent'
          : 'critical'
        : w.severity === 'urgent'
          ? 'urgent'
          : 'caution';
    urgent.push({
      id: w.id,
      severity,
      // The route's warning is written for someone who has not submitted yet.
      text:
        w.id === 'expired-over-6-months' && submitted
          ? LAPSED_AFTER_SUBMITTING(s.permitExpiry!, v)
          : submitted
            ? warningOnceSubmitted(w, reader).text
            : w.text,
      screen: w.troubleRowId
        ? `${SCREENS.trouble}/${w.troubleRowId}`
        : w.contactScenarioId
          ? `${SCREENS.trouble}?scenario=${w.contactScenarioId}`
          : SCREENS.route,
    });
  }
  if (expired && !submitted && route.availability === 'open' && decision.routeId === 'portal-renovacoes')
    urgent.push({
      id: 'expired-submit-now',
      severity: 'urgent',
      text: {
        en: `${v.PermitSubject.en} expired on ${s.permitExpiry}. Submit as soon as you can, before ${addMonths(s.permitExpiry!, 6)} (six months after expiry), and keep proof of every attempt.`,
        pt: `${v.PermitSubject.pt} caducou a ${s.permitExpiry}. Submeta logo que possa, antes de ${addMonths(s.permitExpiry!, 6)} (seis meses após o fim da validade), e guarde prova de cada tentativa.`,
      },
      screen: documentsDone ? SCREENS.folder : SCREENS.documents,
    });
  urgent.sort((a, b) => {
    const [severityA, placeA] = urgentRank(a);
    const [severityB, placeB] = urgentRank(b);
    return severityA - severityB || placeA - placeB;
  });

  const blockers: Blocker[] = [];
  if (!situationComplete) blockers.push({ step: 'situation', text: steps[0]!.reason });
  if (required !== null && notReady.length > 0) blockers.push({ step: 'documents', text: steps[2]!.reason });
  if (route.availability === 'lapsed' || route.availability === 'none' || route.availability === 'opens-later')
    blockers.push({ step: 'route', text: route.text });
  // What reading the documents found (a stale certificate, someone else's NIF) is fixed on the documents page.
  for (const item of state.consistency?.items ?? [])
    if (item.severity === 'blocker') blockers.push({ step: 'documents', text: item.text });

  const next = nextActionOf({
    v,
    s,
    situationComplete,
    route,
    decision,
    ducLine,
    paid,
    approved,
    submitted,
    documentsDone,
    folderDone,
    ticksDone,
    notReady,
    readingBlocker: readingBlockers[0] ?? null,
    alsoToFix,
    today,
    urgent,
    expired,
    noDecision,
  });
  return {
    today,
    route,
    deadlines,
    duc,
    requiredCategories,
    steps,
    blockers,
    next,
    urgent,
    submitted,
    submittedOn: submittedDay,
  };
}

function nextActionOf(f: {
  /** Whose permit and documents the sentences name (the reader's words). */
  v: AssessmentVoice;
  s: SituationDraft;
  situationComplete: boolean;
  route: AssessedRoute;
  decision: RouteDecision;
  ducLine: Deadline | null;
  paid: boolean;
  approved: boolean;
  submitted: boolean;
  documentsDone: boolean;
  folderDone: boolean;
  ticksDone: boolean;
  notReady: AssessedCategory[];
  /** The first thing reading the files found that blocks (shown when every category is otherwise ready). */
  readingBlocker: Localized | null;
  /** " Also to fix before you upload: …" (what reading found), or empty. */
  alsoToFix: Localized;
  today: IsoDate;
  urgent: UrgentItem[];
  expired: boolean;
  /** Paid, no decision, the tacit-approval day reached (noDecisionAction), or null. */
  noDecision: Localized | null;
}): NextAction {
  if (!f.situationComplete && !f.s.permitKind)
    return {
      id: 'answer-questions',
      text: { en: `Answer the questions ${f.v.aboutPermit.en}.`, pt: `Responda às perguntas ${f.v.aboutPermit.pt}.` },
      screen: SCREENS.situation,
    };
  // A DUC decides everything after submission.
  if (f.ducLine && !f.paid)
    return {
      id:
        f.ducLine.state === 'overdue'
          ? f.ducLine.other?.state === 'overdue' || !f.ducLine.other
            ? 'duc-overdue'
            : 'duc-pay-other-reading'
          : 'pay-duc',
      text: f.ducLine.explanation,
      screen: SCREENS.afterSubmit,
    };
  if (f.paid)
    return f.approved
      ? {
          id: 'wait-card',
          text: f.v.waitForCard,
          screen: SCREENS.afterSubmit,
        }
      : f.noDecision
        ? { id: 'no-decision', text: f.noDecision, screen: SCREENS.trouble }
        : {
            id: 'wait-decision',
            text: {
              en: `Payment recorded: wait for AIMA’s decision, watch ${f.v.email.en} and keep every receipt.`,
              pt: `Pagamento registado: aguarde a decisão da AIMA, acompanhe ${f.v.email.pt} e guarde todos os comprovativos.`,
            },
            screen: SCREENS.afterSubmit,
          };
  if (f.submitted)
    return {
      id: 'record-payment',
      text: {
        en: 'Record the DUC and its payment on the after-submit page.',
        pt: 'Registe o DUC e o pagamento na página depois de submeter.',
      },
      screen: SCREENS.afterSubmit,
    };
  // Before submission: the most severe situation first.
  const first = f.urgent[0];
  if (first && first.severity !== 'caution' && first.id !== 'expired-submit-now')
    return { id: first.id, text: first.text, screen: first.screen };
  if (!f.situationComplete)
    return {
      id: 'answer-questions',
      text: {
        en: `Answer the remaining questions ${f.v.aboutPermit.en}.`,
        pt: `Responda às restantes perguntas ${f.v.aboutPermit.pt}.`,
      },
      screen: SCREENS.situation,
    };
  if (!f.documentsDone && f.notReady.length === 0 && f.readingBlocker)
    return { id: 'prepare-documents', text: f.readingBlocker, screen: SCREENS.preUpload };
  if (!f.documentsDone) {
    const names = (locale: 'en' | 'pt') => f.notReady.map((c) => categoryName(c.categoryId, locale)).join(', ');
    const when: Localized =
      !f.expired && f.s.permitExpiry && f.today < addDays(f.s.permitExpiry, -90)
        ? {
            // The date is when to start, not the expiry: said so, so it is not read as the expiry date.
            en: ` Start from about ${addDays(f.s.permitExpiry, -90)}, 90 days before ${f.v.permitObject.en} expires.`,
            pt: ` Comece por volta de ${addDays(f.s.permitExpiry, -90)}, 90 dias antes do fim da validade.`,
          }
        : f.expired
          ? { en: ` ${f.v.PermitSubject.en} has expired: do it now.`, pt: ` ${f.v.PermitSubject.pt} já caducou: faça-o já.` }
          : { en: '', pt: '' };
    // "Prepare" is the action only for files not given or not prepared yet; a blurred page is scanned again,
    // anything else is named with what is wrong (the task list's words).
    const toPrepare = f.notReady.every((c) => c.state === 'missing' || c.state === 'not-prepared');
    const blurred = f.notReady.every((c) => c.state === 'blurred');
    const text: Localized = toPrepare
      ? {
          en: `Prepare ${f.v.documentsObject.en}: ${names('en')}.${when.en}`,
          pt: `Prepare ${f.v.documentsObject.pt}: ${names('pt')}.${when.pt}`,
        }
      : blurred
        ? {
            en: `Scan or photograph again, flat and in good light: ${names('en')} (a page looks blurred).${when.en}`,
            pt: `Digitalize ou fotografe de novo, com o documento plano e boa luz: ${names('pt')} (uma página parece desfocada).${when.pt}`,
          }
        : // "Fix" a file given but wrong; a document not given yet is not fixed (session 8's walk read "Fix these
          // documents: Residence permit card (no file given)"): with some of those, the documents are made ready.
          f.notReady.some((c) => c.state === 'missing' || c.state === 'not-prepared')
          ? {
              en: `Get these documents ready: ${listOf(f.notReady, 'en')}.${when.en}`,
              pt: `Prepare estes documentos: ${listOf(f.notReady, 'pt')}.${when.pt}`,
            }
          : {
              en: `Fix these documents: ${listOf(f.notReady, 'en')}.${when.en}`,
              pt: `Corrija estes documentos: ${listOf(f.notReady, 'pt')}.${when.pt}`,
            };
    return {
      id: 'prepare-documents',
      text: { en: `${text.en}${f.alsoToFix.en}`, pt: `${text.pt}${f.alsoToFix.pt}` },
      screen: SCREENS.documents,
    };
  }
  if (!f.folderDone)
    return {
      id: 'write-folder',
      text: {
        en: `Write the upload-ready folder again ${f.v.fromCurrentDocuments.en}.`,
        pt: `Crie de novo a pasta pronta a carregar ${f.v.fromCurrentDocuments.pt}.`,
      },
      screen: SCREENS.folder,
    };
  if (!f.ticksDone)
    return {
      id: 'pre-upload-checks',
      text: { en: 'Go through the checks before you upload.', pt: 'Faça as verificações antes de carregar.' },
      screen: SCREENS.preUpload,
    };
  if (f.route.availability === 'opens-later' || f.route.availability === 'unknown' || f.route.availability === 'by-invitation')
    return { id: 'wait-for-portal', text: f.route.text, screen: SCREENS.route };
  const portal = f.route.portal;
  return {
    id: 'submit',
    text: portal
      ? {
          en: `Submit on the ${portal.name.en} (${portal.url}) with the files ${f.v.ofFolder.en}, then record the DUC.`,
          pt: `Submeta no ${portal.name.pt} (${portal.url}) com os ficheiros ${f.v.ofFolder.pt} e registe depois o DUC.`,
        }
      : {
          en: `Submit ${f.v.renewalObject.en}, then record the DUC.`,
          pt: `Submeta ${f.v.renewalObject.pt} e registe depois o DUC.`,
        },
    screen: SCREENS.afterSubmit,
  };
}

/**
 * The deadline a list should show for a case: an unpaid DUC first (passed or
 * not), then the nearest deadline still ahead, else the latest one passed.
 * Null when the case has no dated deadline.
 */
export function nextDeadlineOf(assessment: Pick<Assessment, 'deadlines'>): Deadline | null {
  const open = assessment.deadlines.filter((d) => d.state !== 'met' && d.state !== 'unknown');
  const duc = open.find((d) => d.id === 'duc-payment');
  if (duc) return duc;
  const ahead = open.filter((d) => d.state !== 'overdue').sort((a, b) => a.date.localeCompare(b.date));
  if (ahead[0]) return ahead[0];
  const passed = open.sort((a, b) => b.date.localeCompare(a.date));
  return passed[0] ?? assessment.deadlines.find((d) => d.state === 'unknown') ?? null;
}

/**
 * The documents step's blockers other than its own reason: what reading the documents found (a stale certificate,
 * another person's NIF), the sentences a text's " Also to fix before you upload: …" lists (`withoutAlsoToFix`).
 */
export function documentsBlockersBeyondReason(assessment: Pick<Assessment, 'steps' | 'blockers'>): Blocker[] {
  const reason = assessment.steps.find((s) => s.id === 'documents')?.reason;
  return assessment.blockers.filter((b) => b.step === 'documents' && b.text.en !== reason?.en);
}

/**
 * The documents step's reason on the documents page, where the next action is shown under it: when that action lists
 * the documents not ready ("Get these documents ready: …"), the reason says how many and leaves the list to the action
 * that says what to do with each (session 12's walk: the page listed them twice, in the reason and the next action).
 * Elsewhere (the task list, the pre-upload blockers), or with the next action on another page, the reason is whole.
 */
export function documentsReasonBesideNext(assessment: Pick<Assessment, 'steps' | 'next' | 'requiredCategories'>): Localized {
  const reason = assessment.steps.find((s) => s.id === 'documents')!.reason;
  const notReady = assessment.requiredCategories.filter((c) => c.state !== 'ready').length;
  if (assessment.next.id !== 'prepare-documents' || assessment.next.screen !== SCREENS.documents || notReady === 0) return reason;
  return notReady === 1
    ? { en: 'One required document is not ready yet.', pt: 'Um documento obrigatório ainda não está pronto.' }
    : {
        en: `${notReady} required documents are not ready yet.`,
        pt: `${notReady} documentos obrigatórios ainda não estão prontos.`,
      };
}

/**
 * A text of the assessment without the " Also to fix before you upload: …" it ends with (a step's reason, the next
 * action), for a page that lists those blockers itself: the documents page said the stale certificate's sentence three
 * times (session 11's walk). `blockers` are the reading blockers, in the assessment's order.
 */
export function withoutAlsoToFix(text: Localized, blockers: readonly Localized[]): Localized {
  const also = alsoToFixOf(blockers);
  const strip = (value: string, suffix: string) => (suffix && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value);
  return { en: strip(text.en, also.en), pt: strip(text.pt, also.pt) };
}

/** What reading found that blocks, after a list of documents not ready: " Also to fix before you upload: …", or nothing. */
function alsoToFixOf(blockers: readonly Localized[]): Localized {
  if (blockers.length === 0) return { en: '', pt: '' };
  return {
    en: ` Also to fix before you upload: ${blockers.map((b) => b.en).join(' ')}`,
    pt: ` Também a corrigir antes de carregar: ${afterColonPt(blockers.map((b) => b.pt).join(' '))}`,
  };
}
