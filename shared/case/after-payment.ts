import { lisbonWallTime } from '../rules/dates';
import { TACIT_APPROVAL_WORKING_DAYS, tacitApprovalFormed } from '../rules/letter-purpose';
import type { IsoDate } from '../rules/situation';
import { troubleshooting } from '../rules/troubleshooting';
import type { Reader } from '../i18n/reader';
import type { Localized, Provenance } from '../rules/sources';
import { nthWorkingDayAfter } from '../rules/working-days';
import { calendarDayOfIsoDate, longDateEn, longDatePt } from '../writing/dates';

/** The troubleshooting row the wait leads to when no decision comes (its sources are this text's). */
export const NO_DECISION_ROW = 'no-decision-after-payment';

export interface WaitAfterPayment {
  /**
   * The 60th Portuguese working day after the payment day (Lisbon): the decision's deadline. The approval forms when no
   * decision was dispatched by the working day after it (`reached`, CPA art. 130 n.º 2).
   */
  tacitApprovalFrom: IsoDate;
  reached: boolean;
  text: Localized;
  provenance: Provenance;
}

/**
 * What to do once the DUC is paid and no decision is recorded: the wait, where the answer comes, and
 * the day after which silence counts as tacit approval (60 working days, the same count the
 * "no decision" letter and its troubleshooting row use), with what to do then. The after-submit page
 * only said "wait for AIMA's decision" (walk of session 7): nothing for someone who waits for months.
 */
export function waitAfterPayment(paidAt: string, today: IsoDate, reader: Reader = 'applicant'): WaitAfterPayment {
  // Whose payment, in English: the person's, or an agency's client's (a client folder opened in the guide). The
  // Portuguese says "do pagamento", naming no one.
  const whosePayment = reader === 'agency' ? 'the client’s payment' : 'your payment';
  const paidOn = lisbonWallTime(paidAt).date;
  const tacitApprovalFrom = nthWorkingDayAfter(paidOn, TACIT_APPROVAL_WORKING_DAYS).date;
  // Reached once the approval has formed in law (the letters' test): not on the deadline's last day itself.
  const reached = tacitApprovalFormed(paidOn, today);
  const row = troubleshooting.find((r) => r.id === NO_DECISION_ROW)!;
  const day = (iso: IsoDate) => ({ en: longDateEn(calendarDayOfIsoDate(iso)), pt: longDatePt(calendarDayOfIsoDate(iso)) });
  const [from, paid] = [day(tacitApprovalFrom), day(paidOn)];
  const watch = {
    en: 'AIMA decides now. Its decision, or a call to a biometrics appointment, comes by email (check spam) and in the portal.',
    pt: 'Agora é a AIMA que decide. A decisão, ou uma convocatória para a recolha de biometria, chega por e-mail (veja também o spam) e pelo portal.',
  };
  // Reached only after the working day after the deadline (tacitApprovalFormed), so the deadline's day has always
  // passed: never "Chegou o dia 29 de julho" read on 1 December as if it were today (session 15's walk: paid in May).
  const when = reached
    ? {
        en: `${from.en} has passed, ${TACIT_APPROVAL_WORKING_DAYS} Portuguese working days after ${whosePayment} on ${paid.en}, and no decision is recorded: lawyers read a renewal left undecided this long as tacitly approved (deferimento tácito).`,
        pt: `Já passou o dia ${from.pt}, ${TACIT_APPROVAL_WORKING_DAYS} dias úteis depois do pagamento feito a ${paid.pt}, e não está registada nenhuma decisão: os advogados entendem que uma renovação sem decisão durante tanto tempo fica tacitamente deferida (deferimento tácito).`,
      }
    : {
        en: `If no decision comes by ${from.en}, ${TACIT_APPROVAL_WORKING_DAYS} Portuguese working days after ${whosePayment} on ${paid.en}, lawyers read the renewal as tacitly approved (deferimento tácito).`,
        pt: `Se não houver decisão até ${from.pt}, ${TACIT_APPROVAL_WORKING_DAYS} dias úteis depois do pagamento feito a ${paid.pt}, os advogados entendem que a renovação fica tacitamente deferida (deferimento tácito).`,
      };
  const then = {
    en: `${reached ? 'Now' : 'Then'} see “${row.problem.en}” under “Something went wrong”: a registered letter to AIMA, and the free certificate of tacit approval from ePortugal. Do not ask about the delay through the contact form: AIMA says status questions sent there are not reviewed.`,
    pt: `${reached ? 'Veja agora' : 'Nesse caso, veja'} «${row.problem.pt}» em «Algo correu mal»: uma carta registada à AIMA e a certidão gratuita de deferimento tácito pedida no ePortugal. Não pergunte pelo atraso através do formulário de contacto: a AIMA diz que as perguntas sobre o estado enviadas por aí não são analisadas.`,
  };
  return {
    tacitApprovalFrom,
    reached,
    text: { en: `${watch.en} ${when.en} ${then.en}`, pt: `${watch.pt} ${when.pt} ${then.pt}` },
    provenance: row.provenance,
  };
}

/**
 * The one next action once the wait is over: paid, no decision recorded, and the tacit-approval day reached. The task
 * list said "Payment recorded: wait for AIMA's decision" beside "After you submit", which said that day had passed and
 * to see the registered letter (session 15's walk: Kwame, paid in May, read on 1 December). Null while still waiting.
 */
export function noDecisionAction(paidAt: string, today: IsoDate): Localized | null {
  const wait = waitAfterPayment(paidAt, today);
  if (!wait.reached) return null;
  // Names no troubleshooting row's words: those address the applicant, and an agency reads this too.
  const from = calendarDayOfIsoDate(wait.tacitApprovalFrom);
  return {
    en: `No decision is recorded ${TACIT_APPROVAL_WORKING_DAYS} Portuguese working days after the payment (${longDateEn(from)}): under “Something went wrong”, see the registered letter to AIMA and the certificate of tacit approval.`,
    pt: `Não está registada nenhuma decisão ${TACIT_APPROVAL_WORKING_DAYS} dias úteis depois do pagamento (${longDatePt(from)}): em «Algo correu mal», veja a carta registada à AIMA e a certidão de deferimento tácito.`,
  };
}
