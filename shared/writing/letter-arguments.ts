import type { EvidenceEntry } from '../case/evidence';
import { TACIT_APPROVAL_WORKING_DAYS, type LetterFacts, type LetterPurpose } from '../rules/letter-purpose';
import type { Localized } from '../rules/sources';
import { calendarDayOfIsoDate, lisbonDayAndTime, longDateEn, longDatePt } from './dates';

/**
 * What each registered letter argues, sentence by sentence, from the facts of
 * the case. Every factual sentence is written only when the fact behind it is
 * in the evidence log or the situation: the date of a first attempt, that it
 * came before the permit expired, a DUC, a payment, an approval, the 60
 * working days of tacit approval. The letter is in the first person
 * throughout ("venho", "tentei", "requeiro").
 */
export interface LetterArgument {
  subject: Localized;
  /** The paragraphs after the identification, in order. */
  facts: Localized[];
  /** The numbered requests ("a) …", "b) …"), then any closing reservation. */
  request: Localized[];
}

const day = (entry: EvidenceEntry): Localized => {
  const d = lisbonDayAndTime(entry.at);
  return { pt: longDatePt(d), en: longDateEn(d) };
};
const isoDay = (date: string): Localized => {
  const d = calendarDayOfIsoDate(date);
  return { pt: longDatePt(d), en: longDateEn(d) };
};
const ref = (entry: EvidenceEntry | null, pt: string, en: string): Localized =>
  entry?.reference ? { pt: `${pt} ${entry.reference}`, en: `${en} ${entry.reference}` } : { pt: '', en: '' };
const lettered = (items: Localized[]): Localized[] =>
  items.map((item, i) => {
    const letter = String.fromCharCode(97 + i);
    const last = i === items.length - 1;
    return { pt: `${letter}) ${item.pt}${last ? '.' : ';'}`, en: `${letter}) ${item.en}${last ? '.' : ';'}` };
  });

/**
 * How much of the chronology comes with proof: no chronology, none of its entries has a file annexed, some
 * do, or every one does. The sentence that presents it says "com os comprovativos em anexo" only when files
 * are annexed (session 8's walk: it said so of a log without a single file).
 */
export type ChronologyProof = 'no-chronology' | 'no-proof' | 'some-proof' | 'all-proof';

/** "Apresento abaixo a cronologia …" only when there is a chronology; its proof named only when annexed. */
function chronologySentence(proof: ChronologyProof, what: Localized): Localized[] {
  switch (proof) {
    case 'no-chronology':
      return [];
    case 'no-proof':
      return [{ pt: `Apresento abaixo a cronologia ${what.pt}.`, en: `Below is the chronology ${what.en}.` }];
    case 'some-proof':
      return [
        {
          pt: `Apresento abaixo a cronologia ${what.pt}, com os comprovativos de que disponho em anexo, indicados em cada entrada.`,
          en: `Below is the chronology ${what.en}, with the proof I hold attached, shown at each entry.`,
        },
      ];
    case 'all-proof':
      return [
        {
          pt: `Apresento abaixo a cronologia ${what.pt}, com os comprovativos em anexo.`,
          en: `Below is the chronology ${what.en}, with the proof attached.`,
        },
      ];
  }
}

/** Where the permit stands against the first attempt: the only basis for saying "in time". */
function expirySentence(f: LetterFacts): Localized[] {
  if (!f.permitExpiry) return [];
  const expiry = isoDay(f.permitExpiry);
  if (f.permitExpiry >= f.today)
    return [
      {
        pt: `A minha autorização de residência é válida até ${expiry.pt}.`,
        en: `My residence permit is valid until ${expiry.en}.`,
      },
    ];
  if (f.firstAttemptBeforeExpiry)
    return [
      {
        pt: `A minha autorização de residência era válida até ${expiry.pt}; a primeira tentativa de renovação ocorreu dentro desse prazo.`,
        en: `My residence permit was valid until ${expiry.en}; my first attempt to renew came within that time.`,
      },
    ];
  return [
    {
      pt: `A minha autorização de residência era válida até ${expiry.pt}.`,
      en: `My residence permit was valid until ${expiry.en}.`,
    },
  ];
}

/** "Submeti … em …; foi gerado o DUC …; paguei … em …": only the steps the log records. */
function submissionSentences(f: LetterFacts): Localized[] {
  const out: Localized[] = [];
  // "Em 18 de junho de 2026, …" three times over for steps of one day reads like a form: the date once, then "No
  // mesmo dia" (session 15's read-through of the payment letter).
  let previous: string | null = null;
  const on = (entry: EvidenceEntry): Localized => {
    const d = day(entry);
    const same = previous === d.pt;
    previous = d.pt;
    return same ? { pt: 'No mesmo dia', en: 'The same day' } : { pt: `Em ${d.pt}`, en: `On ${d.en}` };
  };
  if (f.submission) {
    const d = on(f.submission);
    out.push({
      pt: `${d.pt}, submeti o pedido de renovação da minha autorização de residência.`,
      en: `${d.en}, I submitted the renewal of my residence permit.`,
    });
  } else {
    out.push({
      pt: 'Submeti o pedido de renovação da minha autorização de residência.',
      en: 'I submitted the renewal of my residence permit.',
    });
  }
  if (f.duc) {
    const d = on(f.duc);
    const r = ref(f.duc, ', com a referência', ', reference');
    out.push({
      pt: `${d.pt}, foi gerado o Documento Único de Cobrança (DUC)${r.pt}.`,
      en: `${d.en}, the payment slip (DUC) was generated${r.en}.`,
    });
  }
  if (f.payment) {
    const d = on(f.payment);
    out.push({ pt: `${d.pt}, paguei a taxa devida.`, en: `${d.en}, I paid the fee due.` });
  }
  return out;
}

export function letterArgument(purpose: LetterPurpose, f: LetterFacts, proof: ChronologyProof): LetterArgument {
  switch (purpose) {
    case 'portal-failure': {
      const inTime = f.firstAttemptBeforeExpiry;
      const attempts: Localized[] = f.firstAttempt
        ? [
            f.attemptCount > 1 && f.lastAttempt
              ? {
                  pt: `Tentei submeter o pedido de renovação da minha autorização de residência pelos meios disponibilizados pela AIMA, pela primeira vez em ${day(f.firstAttempt).pt} e pela última vez em ${day(f.lastAttempt).pt}, sem sucesso, por motivos que não me são imputáveis.`,
                  en: `I tried to submit the renewal of my residence permit through the channels AIMA provides, first on ${day(f.firstAttempt).en} and last on ${day(f.lastAttempt).en}, without success, for reasons outside my control.`,
                }
              : {
                  pt: `Em ${day(f.firstAttempt).pt}, tentei submeter o pedido de renovação da minha autorização de residência pelos meios disponibilizados pela AIMA, sem sucesso, por motivos que não me são imputáveis.`,
                  en: `On ${day(f.firstAttempt).en}, I tried to submit the renewal of my residence permit through the channels AIMA provides, without success, for reasons outside my control.`,
                },
          ]
        : [
            {
              pt: 'Não consegui submeter o pedido de renovação da minha autorização de residência pelos meios disponibilizados pela AIMA, por motivos que não me são imputáveis.',
              en: 'I could not submit the renewal of my residence permit through the channels AIMA provides, for reasons outside my control.',
            },
          ];
      return {
        subject: {
          pt: 'Renovação da autorização de residência — impossibilidade de submissão do pedido',
          en: 'Renewal of the residence permit — the request could not be submitted',
        },
        facts: [
          ...attempts,
          ...expirySentence(f),
          {
            pt: 'Não foi gerado qualquer Documento Único de Cobrança (DUC) nem recebi comprovativo de submissão.',
            en: 'No payment slip (DUC) was generated and I received no proof of submission.',
          },
          ...chronologySentence(proof, { pt: 'das tentativas e dos contactos', en: 'of my attempts and contacts' }),
        ],
        request: lettered([
          inTime
            ? {
                pt: 'que fique registado que procurei renovar a minha autorização de residência dentro do prazo e que a falta de submissão não me é imputável',
                en: 'that it be recorded that I sought to renew my residence permit in time and that the failure to submit is not my fault',
              }
            : {
                pt: 'que fique registado que tentei submeter o pedido de renovação e que a falta de submissão não me é imputável',
                en: 'that it be recorded that I tried to submit the renewal and that the failure to submit is not my fault',
              },
          inTime
            ? {
                pt: 'que me seja indicado o meio para submeter o pedido de renovação, considerando-se o mesmo tempestivo',
                en: 'that I be told how to submit the renewal, and that it be treated as submitted in time',
              }
            : {
                pt: 'que me seja indicado o meio para submeter o pedido de renovação',
                en: 'that I be told how to submit the renewal',
              },
          {
            pt: 'que me seja emitido comprovativo da apresentação do presente requerimento',
            en: 'that I be given proof that this request was received',
          },
        ]),
      };
    }
    case 'payment-not-registered': {
      if (f.payment)
        return {
          subject: {
            pt: 'Renovação da autorização de residência — pagamento não registado',
            en: 'Renewal of the residence permit — payment not registered',
          },
          facts: [
            ...submissionSentences(f),
            {
              pt: 'Até à data, o pagamento efetuado não aparece registado no portal.',
              en: 'So far, the payment does not show as registered on the portal.',
            },
            ...chronologySentence(proof, { pt: 'do pedido e dos contactos', en: 'of the request and of my contacts' }),
          ],
          request: lettered([
            {
              pt: 'que seja verificado e registado no meu processo o pagamento efetuado',
              en: 'that the payment be checked and recorded in my file',
            },
            {
              pt: 'que o pedido de renovação prossiga, considerando-se a taxa paga na data do pagamento',
              en: 'that the renewal proceed, with the fee treated as paid on the day I paid it',
            },
            {
              pt: 'que me seja emitido comprovativo da submissão do pedido',
              en: 'that I be given proof that the request was submitted',
            },
          ]),
        };
      // Submitted (a receipt or a DUC) and no payment in the log: nothing in the case says the request is
      // missing from the portal, so the letter states only the steps the log records and asks what such a
      // person needs: whether the DUC can still be paid (the Portal das Renovações gives 24 hours, and AIMA
      // added a way to regenerate a DUC in January 2026: /work/shared/research/aima-facts.md §2), and where
      // the request stands.
      return {
        subject: {
          pt: 'Renovação da autorização de residência — pagamento da taxa e situação do pedido',
          en: 'Renewal of the residence permit — paying the fee and the status of the request',
        },
        facts: [
          ...submissionSentences(f),
          ...chronologySentence(proof, { pt: 'do pedido e dos contactos', en: 'of the request and of my contacts' }),
        ],
        request: lettered([
          f.duc
            ? {
                pt: 'que me seja confirmado se o DUC acima indicado se mantém válido para o pagamento da taxa e, não se mantendo, que me seja emitido novo DUC',
                en: 'that I be told whether the DUC above can still be used to pay the fee and, if not, that a new DUC be issued to me',
              }
            : {
                pt: 'que me seja emitido o DUC ou indicado outro meio para o pagamento da taxa devida',
                en: 'that I be issued the DUC, or told another way to pay the fee due',
              },
          {
            pt: 'que me seja indicada a situação do meu pedido de renovação',
            en: 'that I be told the status of my renewal request',
          },
          {
            pt: 'que me seja emitido comprovativo da submissão do pedido',
            en: 'that I be given proof that the request was submitted',
          },
        ]),
      };
    }
    case 'no-decision': {
      // Tacit approval, as the law words it (tacitApprovalProvenance in shared/rules/letter-purpose.ts): once formed,
      // the letter invokes it and asks AIMA for what the law gives, the card at once. It never asks AIMA for the
      // certificate of tacit approval: the Agência para a Modernização Administrativa issues that on ePortugal
      // (Decreto-Lei 11/2023), as the troubleshooting row tells the person (session 15's read-through: the letter
      // asked AIMA "que me seja emitida certidão de deferimento tácito").
      const law = {
        pt: 'nos termos do artigo 82.º, n.º 7, da Lei n.º 23/2007, de 4 de julho',
        en: 'under article 82(7) of Law 23/2007 of 4 July',
      };
      const deadline = f.tacitApprovalFrom ? isoDay(f.tacitApprovalFrom) : null;
      const deadlinePast = !!f.tacitApprovalFrom && f.today > f.tacitApprovalFrom;
      if (f.tacitApprovalFormed && deadline)
        return {
          subject: {
            pt: 'Renovação da autorização de residência — deferimento tácito e emissão do título de residência',
            en: 'Renewal of the residence permit — tacit approval and issue of the residence card',
          },
          facts: [
            ...submissionSentences(f),
            { pt: 'Até à data, não me foi notificada qualquer decisão.', en: 'I have not been notified of any decision so far.' },
            {
              pt: `O prazo de ${TACIT_APPROVAL_WORKING_DAYS} dias úteis para a decisão, contado a partir do pagamento da taxa, terminou em ${deadline.pt}. Assim, ${law.pt}, o pedido de renovação entende-se como deferido, sendo a emissão do título de residência imediata.`,
              en: `The ${TACIT_APPROVAL_WORKING_DAYS} working days for the decision, counted from the fee payment, ended on ${deadline.en}. So, ${law.en}, the renewal is deemed approved, and the residence card is to be issued at once.`,
            },
            ...chronologySentence(proof, { pt: 'do pedido e dos contactos', en: 'of the request and of my contacts' }),
          ],
          request: lettered([
            {
              pt: 'que seja reconhecido o deferimento tácito do meu pedido de renovação e emitido, de imediato, o novo título de residência',
              en: 'that the tacit approval of my renewal be recognised and the new residence card issued at once',
            },
            {
              pt: 'que o título seja enviado para a morada acima indicada ou que me seja indicado onde o posso levantar',
              en: 'that the card be sent to the address above, or that I be told where to collect it',
            },
            {
              pt: 'que me seja emitido documento comprovativo da situação do pedido',
              en: 'that I be given a document showing the status of the request',
            },
          ]),
        };
      return {
        subject: {
          pt: 'Renovação da autorização de residência — pedido de decisão',
          en: 'Renewal of the residence permit — request for a decision',
        },
        facts: [
          ...submissionSentences(f),
          { pt: 'Até à data, não me foi notificada qualquer decisão.', en: 'I have not been notified of any decision so far.' },
          ...chronologySentence(proof, { pt: 'do pedido e dos contactos', en: 'of the request and of my contacts' }),
        ],
        request: [
          ...lettered([
            {
              pt: 'que seja proferida decisão sobre o meu pedido de renovação',
              en: 'that a decision be made on my renewal request',
            },
            {
              pt: 'que me seja emitido documento comprovativo da situação do pedido',
              en: 'that I be given a document showing the status of the request',
            },
          ]),
          ...(deadline
            ? [
                {
                  pt: `Na falta de decisão no prazo de ${TACIT_APPROVAL_WORKING_DAYS} dias úteis contado a partir do pagamento da taxa, que ${deadlinePast ? 'terminou' : 'termina'} em ${deadline.pt}, o pedido de renovação entende-se como deferido, ${law.pt}, reservando-me o direito de invocar o deferimento tácito.`,
                  en: `Failing a decision within ${TACIT_APPROVAL_WORKING_DAYS} working days of the fee payment, a period that ${deadlinePast ? 'ended' : 'ends'} on ${deadline.en}, the renewal is deemed approved ${law.en}, and I reserve the right to invoke the tacit approval.`,
                },
              ]
            : []),
        ],
      };
    }
    case 'card-not-received': {
      const approved = f.approval ? day(f.approval) : null;
      return {
        subject: {
          pt: 'Renovação da autorização de residência deferida — título de residência não recebido',
          en: 'Residence permit renewal approved — residence card not received',
        },
        facts: [
          approved
            ? {
                pt: `Em ${approved.pt}, foi-me comunicado o deferimento do pedido de renovação da minha autorização de residência.`,
                en: `On ${approved.en}, I was told that the renewal of my residence permit was approved.`,
              }
            : {
                pt: 'O pedido de renovação da minha autorização de residência foi deferido.',
                en: 'The renewal of my residence permit was approved.',
              },
          { pt: 'Até à data, não recebi o novo título de residência.', en: 'I have not received the new residence card so far.' },
          ...chronologySentence(proof, { pt: 'do pedido e dos contactos', en: 'of the request and of my contacts' }),
        ],
        request: lettered([
          {
            // "informar" takes the person, not the news: "que me seja indicado", never "que me seja informado o estado".
            pt: 'que me seja indicado o ponto de situação da emissão e do envio do título de residência',
            en: 'that I be told where the issue and the dispatch of the card stand',
          },
          {
            pt: 'que o título seja enviado para a morada acima indicada ou que me seja indicado onde o posso levantar',
            en: 'that the card be sent to the address above, or that I be told where to collect it',
          },
        ]),
      };
    }
    case 'lapsed-renewal': {
      const expiry = f.permitExpiry ? isoDay(f.permitExpiry) : null;
      const attempts: Localized[] = f.firstAttempt
        ? [
            f.firstAttemptBeforeExpiry
              ? {
                  pt: `Tentei renovar a autorização de residência pela primeira vez em ${day(f.firstAttempt).pt}, antes da data de caducidade, sem sucesso.`,
                  en: `I first tried to renew the permit on ${day(f.firstAttempt).en}, before it expired, without success.`,
                }
              : {
                  pt: `Tentei renovar a autorização de residência pela primeira vez em ${day(f.firstAttempt).pt}, sem sucesso.`,
                  en: `I first tried to renew the permit on ${day(f.firstAttempt).en}, without success.`,
                },
          ]
        : [];
      if (f.permanentPermit)
        // A permanent permit has no time limit; its card does (Lei 23/2007 art. 76): the letter says what ended.
        return {
          subject: {
            pt: 'Renovação de autorização de residência permanente — título caducado há mais de seis meses — pedido de aceitação',
            en: 'Renewal of a permanent residence permit — card expired more than six months ago — request to accept it',
          },
          facts: [
            expiry
              ? {
                  pt: `Sou titular de autorização de residência permanente. O meu título de residência era válido até ${expiry.pt}; decorreram mais de seis meses desde essa data.`,
                  en: `I hold a permanent residence permit. My residence card was valid until ${expiry.en}; more than six months have passed since then.`,
                }
              : {
                  pt: 'Sou titular de autorização de residência permanente. O meu título de residência caducou há mais de seis meses.',
                  en: 'I hold a permanent residence permit. My residence card expired more than six months ago.',
                },
            ...attempts,
            ...chronologySentence(proof, { pt: 'das tentativas e dos contactos', en: 'of my attempts and contacts' }),
          ],
          request: lettered([
            {
              pt: `que me seja permitido apresentar o pedido de renovação e que este seja apreciado, apesar de terem decorrido mais de seis meses desde o fim da validade do título${f.firstAttempt ? ', tendo em conta as tentativas acima descritas' : ''}`,
              en: `that I be allowed to submit the renewal and that it be examined, although more than six months have passed since the card expired${f.firstAttempt ? ', given the attempts described above' : ''}`,
            },
            {
              pt: 'que me sejam indicados o meio e os documentos necessários para apresentar o pedido',
              en: 'that I be told how to submit the request and which documents it needs',
            },
            {
              pt: 'que me seja emitido comprovativo da apresentação do presente requerimento',
              en: 'that I be given proof that this request was received',
            },
          ]),
        };
      return {
        subject: {
          pt: 'Renovação de autorização de residência caducada há mais de seis meses — pedido de aceitação',
          en: 'Renewal of a residence permit that expired more than six months ago — request to accept it',
        },
        facts: [
          expiry
            ? {
                pt: `A minha autorização de residência era válida até ${expiry.pt} e caducou há mais de seis meses.`,
                en: `My residence permit was valid until ${expiry.en} and expired more than six months ago.`,
              }
            : {
                pt: 'A minha autorização de residência caducou há mais de seis meses.',
                en: 'My residence permit expired more than six months ago.',
              },
          ...attempts,
          ...chronologySentence(proof, { pt: 'das tentativas e dos contactos', en: 'of my attempts and contacts' }),
        ],
        request: lettered([
          {
            // No request exists yet (the purpose fits only when nothing was submitted): "o meu pedido … seja aceite"
            // presumed one, and the next line asks how to submit it. The letter asks to be allowed to submit.
            pt: `que me seja permitido apresentar o pedido de renovação e que este seja apreciado, apesar de terem decorrido mais de seis meses desde a caducidade${f.firstAttempt ? ', tendo em conta as tentativas acima descritas' : ''}`,
            en: `that I be allowed to submit the renewal and that it be examined, although more than six months have passed since the permit expired${f.firstAttempt ? ', given the attempts described above' : ''}`,
          },
          {
            pt: 'que me sejam indicados o meio e os documentos necessários para apresentar o pedido',
            en: 'that I be told how to submit the request and which documents it needs',
          },
          {
            pt: 'que me seja emitido comprovativo da apresentação do presente requerimento',
            en: 'that I be given proof that this request was received',
          },
        ]),
      };
    }
  }
}
