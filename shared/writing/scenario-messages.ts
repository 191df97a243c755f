import type { CaseFile } from '../case/case-file';
import { ducRouteDecision, firstAttemptBeforeExpiry, hasSubmitted, lisbonDayOf } from '../case/case-facts';
import { activeEvidence, type EvidenceKind } from '../case/evidence';
import type { ContactScenarioId, PersonFact } from '../rules/contact-scenarios';
import { SERVICES_AIMA } from '../rules/route';
import type { Localized } from '../rules/sources';
import { daysPhraseEn, daysPhrasePt, lisbonDayAndTime } from './dates';
import { caseWords, factLabels, factValue, missingMarker, type CaseWords, type FactsIn } from './facts';

/**
 * The message the person writes to AIMA for each contact scenario: Portuguese
 * (what is sent) and English (a reading aid, never sent). Facts come from the
 * case; a missing one shows a loud marker, and the builder adds a warning.
 * Where only the person can say what happened (which data changed, why a
 * second copy is needed), a bracketed gap asks them to fill it in.
 */

export interface MessageParts {
  message: Localized;
  /** Gaps the person must fill in by hand (shown as warnings). */
  needsDetail: Localized[];
  /** What the case holds that the message denies (shown as warnings: the person chose this problem). */
  contradicts?: Localized[];
}

/**
 * "The portal prevents me from submitting" sent for a case whose log holds a DUC or a submission receipt is false
 * of it: AIMA generates the DUC only once the request is submitted (aima-facts.md). The person chose the problem,
 * so the text stays as chosen, with a warning that says what the case holds and which problem fits it.
 */
function submittedAlready(w: CaseWords): Localized {
  return {
    pt: `${w.caseSubject.pt} regista um DUC ou um comprovativo de submissão, o que significa que o pedido foi submetido; este texto diz que ${w.who.pt}não conseguiu submeter. ${w.ifWhoDid.pt} submeteu, escolha o problema que corresponde (por exemplo, o do DUC ou o do pagamento).`,
    en: `${w.caseSubject.en} records a DUC or a submission receipt, which means the request was submitted; this text says ${w.who.en} could not submit. ${w.ifWhoDid.en} submit, choose the problem that fits (for example the DUC or the payment).`,
  };
}
/**
 * "Não tenho conhecimento de outro pedido pendente" sent for a case whose log holds a DUC or a submission receipt: the
 * process the portal reports may well be that very request (session 15's read-through). The person chose the problem,
 * so the text stays, with a warning that says what the case holds.
 */
function ownRequestPending(w: CaseWords): Localized {
  return {
    pt: `${w.caseSubject.pt} regista um DUC ou um comprovativo de submissão: o processo que o portal indica pode ser esse pedido, e este texto diz que ${w.who.pt}não tem conhecimento de outro pedido pendente. Antes de enviar, veja a situação desse pedido (por exemplo, o problema do DUC ou do pagamento).`,
    en: `${w.caseSubject.en} records a DUC or a submission receipt: the process the portal reports may be that request, and this text says no other pending request is known of. Before you send it, check where that request stands (for example, the DUC or the payment problem).`,
  };
}
/**
 * "Comunicar a alteração da minha morada" with the same address as registered and as new is no change at all: the
 * case's answer says the person has not moved since the card (so the address on record is taken to be where they live).
 */
function addressUnchanged(w: CaseWords): Localized {
  return {
    pt: `A morada registada e a nova morada são iguais: ${w.answersSay.pt} que ${w.whoHasNot.pt} mudou de morada desde a emissão do cartão atual${w.movedAnswerField.pt}. ${w.ifWhoDid.pt} mudou, ${w.correctMovedAnswer.pt}; se não, não há alteração de morada a comunicar.`,
    en: `The address on record and the new address are the same: ${w.answersSay.en} ${w.whoHasNot.en} moved since the current card was issued${w.movedAnswerField.en}. ${w.ifWhoDid.en} move, ${w.correctMovedAnswer.en}; if not, there is no change of address to report.`,
  };
}
function valueOrMarker(caseFile: CaseFile, fact: PersonFact): string {
  return factValue(caseFile, fact) ?? missingMarker(factLabels[fact]);
}

/** The Lisbon days of the log's entries of these kinds, as a phrase ("nos dias 25 e 26 de outubro de 2026"). */
function datesOf(caseFile: CaseFile, kinds: readonly EvidenceKind[]): Localized {
  const days = activeEvidence(caseFile.evidence)
    .filter((e) => kinds.includes(e.kind))
    .map((e) => lisbonDayAndTime(e.at));
  return { pt: daysPhrasePt(days), en: daysPhraseEn(days) };
}

function attemptsSentence(caseFile: CaseFile): Localized {
  const dates = datesOf(caseFile, ['portal-error-screenshot', 'submitted-form']);
  if (!dates.pt) return { pt: '', en: '' };
  return {
    pt: ` Tentei ${dates.pt}, sempre sem sucesso.`,
    en: ` I tried ${dates.en}, each time without success.`,
  };
}

/**
 * Where the case's DUC is generated: the Portal das Renovações, or services.aima.gov.pt for a CPLP title and the
 * Mission Structure's (session 14's walk: a CPLP holder's text for AIMA said "Preenchi o pedido … no Portal das
 * Renovações, tendo sido gerado o DUC", of a DUC generated on services.aima.gov.pt). The route is the one the
 * assessment gives the DUC (`ducRouteDecision`: on the day of the DUC recorded; without one, on 16 February 2026,
 * since when the one choice that depends on the day, an investment title of the backlog, has been the Portal das
 * Renovações).
 */
export function ducPlace(caseFile: CaseFile): Localized {
  const duc = activeEvidence(caseFile.evidence).find((e) => e.kind === 'duc-reference');
  // The route the assessment gives the DUC's window (the same function), never one decided again here.
  const route = ducRouteDecision(caseFile.situation, duc ? lisbonDayOf(duc) : null);
  return route.portal?.url === SERVICES_AIMA.url
    ? {
        pt: `no ${SERVICES_AIMA.name.pt} (services.aima.gov.pt)`,
        en: `on the ${SERVICES_AIMA.name.en} (services.aima.gov.pt)`,
      }
    : { pt: 'no Portal das Renovações', en: 'on the Renewals Portal' };
}

/**
 * Whether the person has a NISS, as every text for AIMA reads it: a NISS in their details is one, whatever step 1
 * said; otherwise step 1's answer; undefined when neither says. Session 14's walk: a person who answered "no NISS"
 * and later typed one in their details got "O meu NISS é …" with the attachment "explanation why I have no NISS".
 */
export function caseHasNiss(caseFile: CaseFile): boolean | undefined {
  return caseFile.person.niss ? true : caseFile.situation.hasNiss;
}

/** The person said they have no NISS and the case holds none. */
function hasNoNiss(caseFile: CaseFile): boolean {
  return caseHasNiss(caseFile) === false;
}

export function scenarioMessage(caseFile: CaseFile, scenarioId: ContactScenarioId, factsIn: FactsIn = 'case'): MessageParts {
  const v = (fact: PersonFact) => valueOrMarker(caseFile, fact);
  const permit = v('permitNumber');
  switch (scenarioId) {
    case 'renewals-portal-error': {
      const tries = attemptsSentence(caseFile);
      // "Within the deadline" only when the log shows a first attempt on or before the expiry day.
      const inTime = firstAttemptBeforeExpiry(activeEvidence(caseFile.evidence), caseFile.situation.permitExpiry)
        ? { pt: ' dentro do prazo', en: ' in time' }
        : { pt: '', en: '' };
      return {
        needsDetail: [],
        contradicts: hasSubmitted(activeEvidence(caseFile.evidence)) ? [submittedAlready(caseWords(factsIn))] : [],
        message: {
          pt: `Venho por este meio comunicar um problema técnico no Portal das Renovações que me impede de submeter o pedido de renovação da minha autorização de residência (título n.º ${permit}).${tries.pt} Junto cópia do título de residência e captura de ecrã da mensagem de erro. Solicito a correção do problema, para que possa submeter o pedido de renovação${inTime.pt}.`,
          en: `I am reporting a technical problem on the Renewals Portal that prevents me from submitting the renewal of my residence permit (permit no. ${permit}).${tries.en} I attach a copy of my residence card and a screenshot of the error message. I ask you to fix the problem so that I can submit my renewal${inTime.en}.`,
        },
      };
    }
    case 'address-change': {
      const onRecord = factValue(caseFile, 'currentAddress');
      return {
        needsDetail: [],
        contradicts:
          onRecord !== null && onRecord === factValue(caseFile, 'newAddress') ? [addressUnchanged(caseWords(factsIn))] : [],
        message: {
          pt: `Venho por este meio comunicar a alteração da minha morada, para atualização do meu registo (título de residência n.º ${permit}). Morada registada: ${v('currentAddress')}. Nova morada: ${v('newAddress')}. Junto comprovativo da nova morada e cópias do título de residência e do passaporte.`,
          en: `I am reporting my change of address so that my record can be updated (residence permit no. ${permit}). Address on record: ${v('currentAddress')}. New address: ${v('newAddress')}. I attach proof of the new address and copies of my residence card and passport.`,
        },
      };
    }
    case 'email-update': {
      // Without a NISS the identification says so in a sentence of its own, instead of "NISS Não tenho NISS".
      const identification = hasNoNiss(caseFile)
        ? {
            pt: `passaporte n.º ${v('passportNumber')} e NIF ${v('nif')} (não tenho NISS)`,
            en: `passport no. ${v('passportNumber')} and NIF ${v('nif')} (I have no NISS)`,
          }
        : {
            pt: `passaporte n.º ${v('passportNumber')}, NIF ${v('nif')} e NISS ${v('niss')}`,
            en: `passport no. ${v('passportNumber')}, NIF ${v('nif')} and NISS ${v('niss')}`,
          };
      return {
        needsDetail: [],
        message: {
          pt: `Venho por este meio solicitar a atualização do endereço de e-mail associado ao meu registo (título de residência n.º ${permit}). E-mail antigo: ${v('oldEmail')}. E-mail novo: ${v('newEmail')}. Para identificação: ${identification.pt}. Solicito que as comunicações da AIMA passem a ser enviadas para o novo endereço.`,
          en: `I ask you to update the email address linked to my record (residence permit no. ${permit}). Old email: ${v('oldEmail')}. New email: ${v('newEmail')}. For identification: ${identification.en}. Please send AIMA’s messages to the new address from now on.`,
        },
      };
    }
    case 'existing-process':
      return {
        needsDetail: [],
        contradicts: hasSubmitted(activeEvidence(caseFile.evidence)) ? [ownRequestPending(caseWords(factsIn))] : [],
        message: {
          pt: `Ao tentar submeter o pedido de renovação da minha autorização de residência (título n.º ${permit}), o portal indica que já existe um processo ou agendamento associado ao meu registo. Não tenho conhecimento de outro pedido pendente. Junto captura de ecrã da mensagem e cópia do título de residência. Solicito que verifiquem o processo existente e me indiquem como prosseguir, sem criar um pedido duplicado.`,
          en: `When I try to submit the renewal of my residence permit (permit no. ${permit}), the portal says that a process or appointment already exists on my record. I know of no other pending request. I attach a screenshot of the message and a copy of my residence card. Please check the existing process and tell me how to proceed, without creating a duplicate request.`,
        },
      };
    case 'niss-blocked': {
      return {
        needsDetail: [],
        message: hasNoNiss(caseFile)
          ? {
              pt: `O campo NISS impede a submissão do pedido de renovação da minha autorização de residência (título n.º ${permit}) no Portal das Renovações. Não tenho inscrição na Segurança Social nem NISS (NIF ${v('nif')}); junto uma breve explicação do motivo e, se disponível, a certidão de não inscrição. Solicito que o meu registo seja corrigido para que possa submeter o pedido.`,
              en: `The NISS field blocks the submission of my residence permit renewal (permit no. ${permit}) on the Renewals Portal. I am not registered with Social Security and have no NISS (NIF ${v('nif')}); I attach a short explanation of why and, if available, the certificate of non-registration. Please correct my record so that I can submit the request.`,
            }
          : {
              pt: `O campo NISS impede a submissão do pedido de renovação da minha autorização de residência (título n.º ${permit}) no Portal das Renovações. O meu NISS é ${v('niss')} (NIF ${v('nif')}). Solicito a inserção ou correção do NISS no meu registo, para que possa submeter o pedido.`,
              en: `The NISS field blocks the submission of my residence permit renewal (permit no. ${permit}) on the Renewals Portal. My NISS is ${v('niss')} (NIF ${v('nif')}). Please insert or correct the NISS on my record so that I can submit the request.`,
            },
      };
    }
    case 'duc-payment': {
      const tries = attemptsSentence(caseFile);
      const where = ducPlace(caseFile);
      // A log that holds a DUC reference contradicts "o DUC não foi gerado": the text then states the DUC and asks for a
      // new one (or another way to pay). Why the first one went unpaid is the person's to say (the case does not hold
      // it): a marked gap, not silence, or AIMA reads a request for a new DUC with no reason (session 12's read-through).
      if (activeEvidence(caseFile.evidence).some((e) => e.kind === 'duc-reference'))
        return {
          needsDetail: [
            {
              pt: 'Indique por que não foi possível pagar o DUC (por exemplo, a referência é recusada ou o prazo de pagamento terminou).',
              en: 'Say why the DUC could not be paid (for example, the reference is refused or the payment period ended).',
            },
          ],
          message: {
            pt: `Preenchi o pedido de renovação da minha autorização de residência (título n.º ${permit}) ${where.pt}, tendo sido gerado o DUC com a referência ${v('ducReference')}, que não me foi possível pagar: [MOTIVO].${tries.pt} Junto cópia do título de residência e captura de ecrã. Solicito que me seja emitido novo DUC ou indicado outro meio para o pagamento da taxa.`,
            en: `I filled in the renewal of my residence permit (permit no. ${permit}) ${where.en}, and the DUC with reference ${v('ducReference')} was generated, but I could not pay it: [REASON].${tries.en} I attach a copy of my residence card and a screenshot. Please issue a new DUC or tell me another way to pay the fee.`,
          },
        };
      return {
        needsDetail: [],
        message: {
          pt: `Preenchi o pedido de renovação da minha autorização de residência (título n.º ${permit}) ${where.pt}, mas o Documento Único de Cobrança (DUC) não foi gerado.${tries.pt} Junto cópia do título de residência e captura de ecrã. Solicito que verifiquem a situação e me seja emitido o DUC para pagamento da taxa.`,
          en: `I filled in the renewal of my residence permit (permit no. ${permit}) ${where.en}, but the payment slip (DUC) was not generated.${tries.en} I attach a copy of my residence card and a screenshot. Please check and issue the DUC so that I can pay the fee.`,
        },
      };
    }
    case 'payment-not-visible': {
      const paid = datesOf(caseFile, ['payment-proof']);
      // "Paguei … junto o comprovativo" is written only when the log holds the payment; until then the
      // text asserts only what the case holds (the request, the DUC) and asks whether a payment is registered.
      if (!paid.pt)
        return {
          needsDetail: [caseWords(factsIn).noPaymentRecorded],
          message: {
            pt: `Submeti o pedido de renovação da minha autorização de residência (título n.º ${permit}), tendo sido gerado o DUC com a referência ${v('ducReference')}. O portal não mostra qualquer pagamento associado ao pedido. Junto cópia do título de residência. Solicito que me informem se o pagamento deste DUC se encontra registado no meu pedido de renovação e, não estando, como posso regularizá-lo.`,
            en: `I submitted the renewal of my residence permit (permit no. ${permit}), and the DUC with reference ${v('ducReference')} was generated. The portal shows no payment linked to the request. I attach a copy of my residence card. Please tell me whether a payment of this DUC is registered on my renewal request and, if not, how I can settle it.`,
          },
        };
      return {
        needsDetail: [],
        message: {
          pt: `Submeti o pedido de renovação da minha autorização de residência (título n.º ${permit}) e paguei o DUC com a referência ${v('ducReference')} ${paid.pt}, mas o pagamento não aparece registado no portal. Junto o comprovativo de pagamento e cópia do título de residência. Solicito que verifiquem o pagamento e o associem ao meu pedido de renovação.`,
          en: `I submitted the renewal of my residence permit (permit no. ${permit}) and paid the DUC with reference ${v('ducReference')} ${paid.en}, but the payment does not show as registered on the portal. I attach the proof of payment and a copy of my residence card. Please check the payment and link it to my renewal request.`,
        },
      };
    }
    case 'personal-data-change':
      return {
        needsDetail: [{ pt: 'Descreva o dado que mudou e desde quando.', en: 'Describe which detail changed and since when.' }],
        message: {
          pt: `Venho por este meio solicitar a alteração de dados pessoais no meu título de residência n.º ${permit} (passaporte n.º ${v('passportNumber')}): [DESCREVA A ALTERAÇÃO: nome, estado civil, morada ou identidade de género, e a data]. Junto comprovativo da alteração e cópias do passaporte e do título de residência.`,
          en: `I ask you to change personal data on my residence permit no. ${permit} (passport no. ${v('passportNumber')}): [DESCRIBE THE CHANGE: name, civil status, address or gender identity, and the date]. I attach proof of the change and copies of my passport and residence card.`,
        },
      };
    case 'second-copy':
      return {
        needsDetail: [{ pt: 'Indique o motivo (perda, furto ou dano).', en: 'Say why (lost, stolen or damaged).' }],
        message: {
          pt: `Venho por este meio solicitar a emissão de segunda via do meu título de residência n.º ${permit} (passaporte n.º ${v('passportNumber')}), por [MOTIVO: perda / furto / dano]. Junto cópia do passaporte e, conforme o caso, a participação policial ou fotografias do cartão danificado; o próprio cartão danificado será entregue presencialmente à AIMA quando me for indicado.`,
          en: `I ask for a second copy of my residence card no. ${permit} (passport no. ${v('passportNumber')}), because it was [REASON: lost / stolen / damaged]. I attach a copy of my passport and, as applicable, the police report or photos of the damaged card; I will hand in the damaged card itself to AIMA in person when told to.`,
        },
      };
    case 'appointment-change':
      return {
        needsDetail: [
          { pt: 'Indique a data, a hora e o local da marcação.', en: 'Give the date, time and place of the appointment.' },
          caseWords(factsIn).whyCannotAttend,
        ],
        message: {
          pt: `Recebi uma convocatória para uma marcação em [DATA, HORA E LOCAL DA MARCAÇÃO], relativa ao meu título de residência n.º ${permit} (passaporte n.º ${v('passportNumber')}). Não me é possível comparecer nessa data porque [MOTIVO]. Solicito a alteração da marcação para outra data ou local e mantenho todo o interesse no prosseguimento do pedido. Junto o e-mail da convocatória e cópia do título de residência.`,
          en: `I received a summons to an appointment on [DATE, TIME AND PLACE], about my residence permit no. ${permit} (passport no. ${v('passportNumber')}). I cannot attend on that date because [REASON]. I ask for another date or place, and I remain fully committed to my application. I attach the summons email and a copy of my residence card.`,
        },
      };
  }
}
