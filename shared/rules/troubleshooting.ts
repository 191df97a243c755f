import { z } from 'zod';
import { rulesMeta } from './meta';
import { contactScenarioIdSchema } from './contact-scenarios';
import { askedPurposeSchema } from './letter-purpose';
import type { Reader } from '../i18n/reader';
import { localizedSchema, provenanceSchema, type Localized, type Provenance } from './sources';

/**
 * Portal problems: what the screen shows, what it may mean, what to try, and
 * the contact-form scenario to use if trying does not help. The first nine rows
 * are the project's starting guide's table, one to one; the others come from
 * user reports (shared/research/user-problems.md), each with its sources.
 */

/**
 * How soon the person must act: 'urgent' when a date or the application itself
 * is at stake (a summons, a payment, a draft refusal), 'soon' when the problem
 * blocks the renewal, 'routine' when it is a wait that only evidence helps.
 */
export const troubleUrgencySchema = z.enum(['urgent', 'soon', 'routine']);
export type TroubleUrgency = z.infer<typeof troubleUrgencySchema>;
export const troubleshootingRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  origin: z.enum(['seed-table', 'user-reports']),
  problem: localizedSchema,
  mayMean: localizedSchema,
  tryThis: z.array(localizedSchema).min(1),
  /** The contact-form text that helps; absent where writing to AIMA does not (a delay, a fraud, a collection by email). */
  contactScenarioId: contactScenarioIdSchema.optional(),
  urgency: troubleUrgencySchema,
  /**
   * The registered letter the problem calls for ('from-facts': whichever the
   * case's facts support); the facts may overrule it (shared/rules/letter-purpose.ts).
   * Absent: the letter is offered only next to a contact-form text, as "I could not submit".
   */
  letterPurpose: askedPurposeSchema.optional(),
  /** Where writing to AIMA does not help, why, said plainly instead of offering a text. */
  writingDoesNotHelp: localizedSchema.optional(),
  provenance: provenanceSchema,
});
export type TroubleshootingRow = z.infer<typeof troubleshootingRowSchema>;

const checkedOn = rulesMeta.rulesCheckedOn;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });
const seed = prov('seedGuide');

export const troubleshooting: readonly TroubleshootingRow[] = [
  {
    id: 'no-renewal-option',
    origin: 'seed-table',
    urgency: 'soon',
    problem: { en: 'No renewal option appears', pt: 'Não aparece a opção de renovação' },
    mayMean: {
      en: 'Your expiry month may not be open yet, or your permit type may not be included in that portal route.',
      pt: 'O seu mês de caducidade pode ainda não estar aberto, ou o seu tipo de autorização pode não estar incluído nesse portal.',
    },
    tryThis: [
      { en: 'Check that you are using the correct portal.', pt: 'Confirme que está a usar o portal certo.' },
      { en: 'Try again when your expiry month is open.', pt: 'Tente de novo quando o seu mês de caducidade abrir.' },
      {
        en: 'Use the AIMA contact form if your window should already be active.',
        pt: 'Use o formulário de contacto da AIMA se a sua janela já devia estar aberta.',
      },
    ],
    contactScenarioId: 'renewals-portal-error',
    provenance: seed,
  },
  {
    id: 'email-never-arrives',
    origin: 'seed-table',
    urgency: 'soon',
    problem: { en: 'Email or recovery link never arrives', pt: 'O e-mail ou o link de recuperação nunca chega' },
    mayMean: {
      en: 'AIMA may have an old email address on file, or the message may be filtered.',
      pt: 'A AIMA pode ter um e-mail antigo registado, ou a mensagem pode ter sido filtrada.',
    },
    tryThis: [
      { en: 'Check spam and wait briefly.', pt: 'Veja o spam e aguarde um pouco.' },
      {
        en: 'Contact AIMA to update or confirm your email rather than requesting new links again and again.',
        pt: 'Contacte a AIMA para atualizar ou confirmar o e-mail, em vez de pedir novos links repetidamente.',
      },
    ],
    contactScenarioId: 'email-update',
    provenance: seed,
  },
  {
    id: 'citizen-not-identified',
    origin: 'seed-table',
    urgency: 'soon',
    problem: { en: '"Citizen not identified" or a similar message', pt: '"Cidadão não identificado" ou mensagem semelhante' },
    mayMean: {
      en: 'Your expiry month may not be open, or AIMA’s records may not match your card details.',
      pt: 'O seu mês pode não estar aberto, ou os registos da AIMA podem não coincidir com os dados do cartão.',
    },
    tryThis: [
      { en: 'Compare your card details carefully.', pt: 'Compare com cuidado os dados do cartão.' },
      { en: 'Save a screenshot.', pt: 'Guarde uma captura de ecrã.' },
      {
        en: 'Contact AIMA if the error continues after your month opens.',
        pt: 'Contacte a AIMA se o erro continuar depois de o seu mês abrir.',
      },
    ],
    contactScenarioId: 'renewals-portal-error',
    provenance: seed,
  },
  {
    id: 'process-already-exists',
    origin: 'seed-table',
    urgency: 'soon',
    problem: { en: 'Process or appointment already exists', pt: 'Já existe um processo ou agendamento' },
    mayMean: {
      en: 'AIMA may already have a process or appointment linked to your file (sometimes from SEF-to-AIMA migration records).',
      pt: 'A AIMA pode já ter um processo ou agendamento associado ao seu processo (por vezes de registos migrados do SEF).',
    },
    tryThis: [
      { en: 'Do not create duplicate requests.', pt: 'Não crie pedidos duplicados.' },
      {
        en: 'Save the message and ask AIMA to check the existing process.',
        pt: 'Guarde a mensagem e peça à AIMA que verifique o processo existente.',
      },
    ],
    contactScenarioId: 'existing-process',
    provenance: seed,
  },
  {
    id: 'niss-field-blocks',
    origin: 'seed-table',
    urgency: 'soon',
    problem: { en: 'NISS field blocks submission', pt: 'O campo NISS bloqueia a submissão' },
    mayMean: {
      en: 'Your NISS may be missing from AIMA’s records, or your permit type may not fit the portal logic.',
      pt: 'O seu NISS pode não constar dos registos da AIMA, ou o seu tipo de autorização pode não encaixar na lógica do portal.',
    },
    tryThis: [
      { en: 'Enter the correct NISS if you have one.', pt: 'Introduza o NISS correto, se o tiver.' },
      {
        en: 'If you do not, prepare an explanation and proof of non-registration, and contact AIMA if blocked.',
        pt: 'Se não tiver, prepare uma explicação e comprovativo de não inscrição, e contacte a AIMA se ficar bloqueado.',
      },
    ],
    contactScenarioId: 'niss-blocked',
    provenance: seed,
  },
  {
    id: 'duc-not-generated',
    origin: 'seed-table',
    urgency: 'urgent',
    problem: { en: 'DUC is not generated', pt: 'O DUC não é gerado' },
    mayMean: {
      en: 'The form may not have submitted correctly, or the system may be delayed.',
      pt: 'O formulário pode não ter sido submetido corretamente, ou o sistema pode estar atrasado.',
    },
    tryThis: [
      { en: 'Check your email and spam.', pt: 'Veja o e-mail e o spam.' },
      { en: 'Log back in later.', pt: 'Volte a entrar mais tarde.' },
      {
        en: 'Avoid repeated duplicate submissions unless the portal clearly failed.',
        pt: 'Evite submissões duplicadas, a não ser que o portal tenha claramente falhado.',
      },
    ],
    contactScenarioId: 'duc-payment',
    letterPurpose: 'payment-not-registered',
    provenance: seed,
  },
  {
    id: 'payment-not-visible',
    origin: 'seed-table',
    urgency: 'soon',
    problem: { en: 'DUC generated but payment is not visible', pt: 'DUC gerado mas o pagamento não aparece' },
    mayMean: {
      en: 'Bank or portal confirmation may take time.',
      pt: 'A confirmação do banco ou do portal pode demorar.',
    },
    tryThis: [
      { en: 'Keep the payment proof.', pt: 'Guarde o comprovativo de pagamento.' },
      { en: 'Check again later.', pt: 'Verifique mais tarde.' },
      {
        en: 'Contact AIMA if the status remains unchanged.',
        pt: 'Contacte a AIMA se o estado não mudar.',
      },
    ],
    contactScenarioId: 'payment-not-visible',
    letterPurpose: 'payment-not-registered',
    provenance: seed,
  },
  {
    id: 'file-upload-fails',
    origin: 'seed-table',
    urgency: 'soon',
    problem: { en: 'File upload fails', pt: 'O envio do ficheiro falha' },
    mayMean: {
      en: 'The file may be too large, password-protected, unclear, wrongly named, or in the wrong format.',
      pt: 'O ficheiro pode ser demasiado grande, ter palavra-passe, estar pouco legível, ter um nome inadequado ou um formato errado.',
    },
    tryThis: [
      {
        en: 'Compress PDFs and remove passwords (this app does both).',
        pt: 'Comprima os PDF e retire as palavras-passe (esta aplicação faz ambos).',
      },
      { en: 'Use simple file names.', pt: 'Use nomes de ficheiro simples.' },
      { en: 'Upload only what the field asks for.', pt: 'Envie só o que o campo pede.' },
    ],
    contactScenarioId: 'renewals-portal-error',
    provenance: seed,
  },
  {
    id: 'portal-times-out',
    origin: 'seed-table',
    urgency: 'routine',
    problem: { en: 'Portal times out', pt: 'O portal expira a sessão' },
    mayMean: {
      en: 'The session expired, or there is a browser or internet issue.',
      pt: 'A sessão expirou, ou há um problema do navegador ou da ligação à internet.',
    },
    tryThis: [
      {
        en: 'Use a laptop, a stable connection and an updated browser; have every file ready before you start.',
        pt: 'Use um computador portátil, uma ligação estável e um navegador atualizado; tenha todos os ficheiros prontos antes de começar.',
      },
      { en: 'Save screenshots before and after submission.', pt: 'Guarde capturas de ecrã antes e depois da submissão.' },
    ],
    contactScenarioId: 'renewals-portal-error',
    provenance: seed,
  },
  {
    id: 'go-to-irn-message',
    origin: 'user-reports',
    urgency: 'routine',
    problem: {
      en: 'The portal tells you to go to the IRN to renew',
      pt: 'O portal diz para ir ao IRN renovar',
    },
    mayMean: {
      en: 'A stale message: the IRN stopped handling renewals on 1 August 2025.',
      pt: 'Uma mensagem desatualizada: o IRN deixou de tratar renovações a 1 de agosto de 2025.',
    },
    tryThis: [
      {
        en: 'Do not go to the IRN. Save a screenshot and report it.',
        pt: 'Não vá ao IRN. Guarde uma captura de ecrã e comunique a situação.',
      },
    ],
    contactScenarioId: 'renewals-portal-error',
    provenance: prov('rolloutSep2025'),
  },
  {
    id: 'title-not-found',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'The portal says your residence title does not exist, or shows another expiry date than your card',
      pt: 'O portal diz que o título de residência não existe, ou mostra uma data de validade diferente da do cartão',
    },
    mayMean: {
      en: 'A data error in AIMA’s records (wrong expiry date, or a title not migrated from SEF).',
      pt: 'Um erro nos registos da AIMA (data de validade errada, ou título não migrado do SEF).',
    },
    tryThis: [
      {
        en: 'Send the contact form with a copy of both sides of the card and a screenshot of the message.',
        pt: 'Envie o formulário de contacto com cópia da frente e do verso do cartão e uma captura da mensagem.',
      },
    ],
    contactScenarioId: 'renewals-portal-error',
    provenance: prov('rolloutSep2025', 'contactFormGuidance'),
  },
  {
    id: 'email-change-refused',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'Changing your email fails: "a record already exists with another email address"',
      pt: 'A alteração do e-mail falha: "já existe um registo com outro endereço de e-mail"',
    },
    mayMean: {
      en: 'Your account is keyed to the old address and the change tool checks against it.',
      pt: 'A conta está associada ao endereço antigo e a ferramenta de alteração verifica-o.',
    },
    tryThis: [
      {
        en: 'Ask AIMA to change it, giving your NIF, passport, phone or NISS and both the old and the new email so it can match your record.',
        pt: 'Peça a alteração à AIMA indicando o NIF, passaporte, telefone ou NISS e o e-mail antigo e o novo, para encontrar o seu registo.',
      },
    ],
    contactScenarioId: 'email-update',
    provenance: prov('emailRecordConflict', 'emailChangePage'),
  },
  {
    id: 'cannot-get-niss',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'Social Security will not give you a NISS (for example because your card has expired)',
      pt: 'A Segurança Social não lhe atribui NISS (por exemplo, porque o cartão caducou)',
    },
    mayMean: {
      en: 'A NISS request needs proof of a residence permit or of its renewal; retirees, remote workers, students and children were often never registered.',
      pt: 'O pedido de NISS exige prova da autorização de residência ou da respetiva renovação; reformados, trabalhadores remotos, estudantes e menores muitas vezes nunca foram inscritos.',
    },
    tryThis: [
      {
        en: 'Apply at a Social Security counter or Loja do Cidadão with the expired card and proof of the renewal; Social Security said it would issue a NISS to anyone who needs one to renew.',
        pt: 'Peça num balcão da Segurança Social ou Loja do Cidadão com o cartão caducado e prova da renovação; a Segurança Social disse que atribuiria NISS a quem precisasse para renovar.',
      },
      {
        en: 'Then have AIMA add the number to your record through the contact form.',
        pt: 'Depois peça à AIMA, pelo formulário de contacto, que acrescente o número ao seu registo.',
      },
    ],
    contactScenarioId: 'niss-blocked',
    provenance: prov('nissBlocking'),
  },
  {
    id: 'old-address-on-file',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'AIMA still has your old address (the new card would be posted there)',
      pt: 'A AIMA ainda tem a morada antiga (o novo cartão seria enviado para lá)',
    },
    mayMean: {
      en: 'The address was never updated at AIMA; cards sent to old addresses are returned or lost.',
      pt: 'A morada nunca foi atualizada na AIMA; os cartões enviados para moradas antigas são devolvidos ou perdem-se.',
    },
    tryThis: [
      {
        en: 'Send the address update through the contact form with proof of the new address; AIMA said in January 2026 it answers in 2 working days.',
        pt: 'Envie a atualização da morada pelo formulário de contacto com o comprovativo; a AIMA disse em janeiro de 2026 que responde em 2 dias úteis.',
      },
    ],
    contactScenarioId: 'address-change',
    provenance: prov('addressUpdateJan2026', 'addressChangeVariants'),
  },
  {
    id: 'card-returned-to-aima',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'CTT returned your new card to AIMA ("devolvido ao remetente")',
      pt: 'Os CTT devolveram o novo cartão à AIMA ("devolvido ao remetente")',
    },
    mayMean: {
      en: 'Nobody was home or the address was incomplete, so the card went back to AIMA. AIMA calls holders of returned cards by email to collect them.',
      pt: 'Não estava ninguém em casa ou a morada estava incompleta, e o cartão voltou para a AIMA. A AIMA convoca por e-mail os titulares de cartões devolvidos para os levantarem.',
    },
    tryThis: [
      {
        en: 'Wait for AIMA’s collection email, and check your spam folder: it names the place where the card waits for you.',
        pt: 'Aguarde o e-mail de convocatória da AIMA e veja a pasta de spam: indica onde o cartão está à sua espera.',
      },
      {
        en: 'Only you, or someone with a power of attorney (procuração), can collect it, with your passport. From abroad, people used a lawyer with a notarised power of attorney.',
        pt: 'Só o titular, ou alguém com procuração, o pode levantar, com o passaporte. A partir do estrangeiro, houve quem recorresse a um advogado com procuração notarial.',
      },
      {
        en: 'If no email has come after several weeks, write through the contact form under the "Autorização de Residência" subjects (no specific subtype for this was found).',
        pt: 'Se ao fim de várias semanas não tiver chegado nenhum e-mail, escreva pelo formulário de contacto nos assuntos "Autorização de Residência" (não foi encontrado um subtipo próprio).',
      },
    ],
    provenance: prov('ducRegenerate', 'cardReturnedPickup'),
  },
  {
    id: 'card-delivered-not-received',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'CTT tracking says the card was delivered ("entregue"), but you never got it',
      pt: 'O seguimento dos CTT diz que o cartão foi entregue, mas nunca o recebeu',
    },
    mayMean: {
      en: 'Someone at an old address (a porter, a front desk) signed for it, or it was lost in delivery.',
      pt: 'Alguém numa morada antiga (porteiro, receção) assinou a receção, ou perdeu-se na entrega.',
    },
    tryThis: [
      {
        en: 'Save a screenshot of the CTT tracking page: it shows who signed for the card.',
        pt: 'Guarde uma captura de ecrã do seguimento dos CTT: mostra quem assinou a receção.',
      },
      {
        en: 'Report the loss to the police (participação de extravio).',
        pt: 'Participe a perda à polícia (participação de extravio).',
      },
      {
        en: 'Ask AIMA for a second copy of the card (2.ª via) with the police report; the reprint appointment can be months away.',
        pt: 'Peça à AIMA a segunda via do cartão com a participação policial; a marcação para a nova emissão pode demorar meses.',
      },
    ],
    contactScenarioId: 'second-copy',
    letterPurpose: 'card-not-received',
    provenance: prov('cardDeliveredNotReceived', 'seedDataChange'),
  },
  {
    id: 'approved-no-card',
    origin: 'user-reports',
    urgency: 'routine',
    problem: {
      en: 'Your renewal was approved ("pedido deferido"), but months later there is still no card',
      pt: 'A renovação foi deferida ("pedido deferido"), mas meses depois o cartão ainda não chegou',
    },
    mayMean: {
      en: 'Cards are printed and posted with long delays, which AIMA acknowledges; the phone line may still say "em análise" (under analysis).',
      pt: 'Os cartões são impressos e enviados com grandes atrasos, que a AIMA reconhece; a linha telefónica pode continuar a dizer "em análise".',
    },
    tryThis: [
      {
        en: 'Download the approval proof (comprovativo de deferimento, verifiable by its QR code) from your personal area on services.aima.gov.pt, and keep the approval email.',
        pt: 'Descarregue o comprovativo de deferimento (verificável pelo código QR) na sua área pessoal em services.aima.gov.pt e guarde o e-mail de deferimento.',
      },
      {
        en: 'Until the card arrives, carry the expired card with the renewal receipt and the approval proof.',
        pt: 'Até o cartão chegar, ande com o cartão caducado, o recibo da renovação e o comprovativo de deferimento.',
      },
      {
        en: 'Do not send the contact form about the delay: AIMA says status questions sent there are not reviewed.',
        pt: 'Não use o formulário de contacto para perguntar pelo atraso: a AIMA diz que as perguntas sobre o estado do processo não são analisadas.',
      },
    ],
    letterPurpose: 'card-not-received',
    provenance: prov('approvalProof', 'cardStuckInPrint', 'approvedWhatNext', 'contactForm'),
  },
  {
    id: 'verification-appointment-email',
    origin: 'user-reports',
    urgency: 'urgent',
    problem: {
      en: 'An email "Novo agendamento para verificação de documentos" calls you to an appointment',
      pt: 'Um e-mail "Novo agendamento para verificação de documentos" convoca-o para uma marcação',
    },
    mayMean: {
      en: 'Since February 2026 AIMA checks original documents in person after some online renewals. Missing the appointment may cancel the application.',
      pt: 'Desde fevereiro de 2026 a AIMA verifica presencialmente os documentos originais depois de algumas renovações online. Faltar pode anular o pedido.',
    },
    tryThis: [
      {
        en: 'Check that the sender address ends in @aima.gov.pt; if it does not, it may be a fraud (see the problem about suspicious emails).',
        pt: 'Confirme que o endereço do remetente termina em @aima.gov.pt; se não terminar, pode ser uma fraude (veja o problema sobre e-mails suspeitos).',
      },
      {
        en: 'Go with your passport, the original documents and the email.',
        pt: 'Compareça com o passaporte, os documentos originais e o e-mail.',
      },
      {
        en: 'If the date is impossible for you, ask once through the contact form to change it; AIMA says its phone lines do not make appointments.',
        pt: 'Se a data for impossível, peça uma única vez pelo formulário de contacto para a alterar; a AIMA diz que as linhas telefónicas não fazem marcações.',
      },
    ],
    provenance: prov('inPersonVerification', 'aimaPostMay2026'),
  },
  {
    id: 'fraud-email-or-paid-slots',
    origin: 'user-reports',
    urgency: 'urgent',
    problem: {
      en: 'An email or a website offers an AIMA appointment, a paid "slot" or a fast renewal',
      pt: 'Um e-mail ou um site oferece uma marcação na AIMA, uma "vaga" paga ou uma renovação rápida',
    },
    mayMean: {
      en: 'A fraud that exploits the backlog; AIMA has warned about fraudulent emails. One known fake sender is noreplyportalsef@saf-aima.pt.',
      pt: 'Uma fraude que aproveita os atrasos; a AIMA alertou para e-mails fraudulentos. Um remetente falso conhecido é noreplyportalsef@saf-aima.pt.',
    },
    tryThis: [
      {
        en: 'Trust only emails from addresses ending in aima.gov.pt (some older AIMA systems still send from sef.pt). Do not click the links and do not pay.',
        pt: 'Confie apenas em e-mails de endereços terminados em aima.gov.pt (alguns sistemas antigos da AIMA ainda enviam de sef.pt). Não clique nas ligações nem pague.',
      },
      {
        en: 'Block the sender and mark the email as spam.',
        pt: 'Bloqueie o remetente e marque o e-mail como spam.',
      },
      {
        en: 'Report it to the police: online to the Polícia Judiciária or the Ministério Público, or at a PSP or GNR station.',
        pt: 'Denuncie à polícia: online à Polícia Judiciária ou ao Ministério Público, ou num posto da PSP ou da GNR.',
      },
    ],
    provenance: prov('aimaFraudEmails', 'fakeAppointmentSlots'),
  },
  {
    id: 'no-decision-after-payment',
    origin: 'user-reports',
    urgency: 'routine',
    problem: {
      en: 'No decision long after you submitted and paid: the status stays "em análise"',
      pt: 'Sem decisão muito depois de submeter e pagar: o estado continua "em análise"',
    },
    mayMean: {
      en: 'A backlog. Lawyers point to tacit approval (deferimento tácito): a renewal AIMA has not decided within 60 working days of the fee payment counts as approved, and ePortugal issues a certificate of it.',
      pt: 'Atrasos. Os advogados invocam o deferimento tácito: uma renovação que a AIMA não decidiu em 60 dias úteis após o pagamento da taxa considera-se deferida, e o ePortugal emite a respetiva certidão.',
    },
    tryThis: [
      {
        en: 'Record the submission and the payment in your evidence log (screenshots, the payment proof): the letter lists them.',
        pt: 'Registe a submissão e o pagamento no registo de provas (capturas de ecrã, comprovativo de pagamento): a carta enumera-os.',
      },
      {
        en: 'Send AIMA the registered letter below: it asks for a decision or, once the tacit approval has formed, invokes it and asks for the card to be issued. Keep the CTT receipt.',
        pt: 'Envie à AIMA a carta registada abaixo: pede uma decisão ou, depois de formado o deferimento tácito, invoca-o e pede a emissão do título. Guarde o talão dos CTT.',
      },
      {
        en: 'Ask ePortugal, not AIMA, for the free certificate of tacit approval (certidão de deferimento tácito): the Agência para a Modernização Administrativa issues it. Attach your request and the documents you sent. Forum users say it counts only inside Portugal (not confirmed): do not count on it for travel.',
        pt: 'Peça a certidão de deferimento tácito (gratuita) no ePortugal, e não à AIMA: é emitida pela Agência para a Modernização Administrativa. Anexe o pedido e os documentos enviados. Utilizadores de fóruns dizem que só vale dentro de Portugal (não confirmado): não conte com ela para viajar.',
      },
      {
        en: 'Do not use the contact form to ask about the delay: AIMA says status questions sent there are not reviewed. If nothing helps, a lawyer can ask a court to make AIMA decide.',
        pt: 'Não use o formulário de contacto para perguntar pelo atraso: a AIMA diz que as perguntas sobre o estado não são analisadas. Se nada resultar, um advogado pode pedir a um tribunal que obrigue a AIMA a decidir.',
      },
    ],
    letterPurpose: 'no-decision',
    provenance: prov(
      'eportugalTacitApproval',
      'lawyerTacitApproval',
      'lei23Art82',
      'cpaArt130',
      'tacitCertificateAma',
      'nomadgateTacitApproval',
      'contactForm',
    ),
  },
  {
    id: 'prior-hearing-notice',
    origin: 'user-reports',
    urgency: 'urgent',
    problem: {
      en: 'A notice of prior hearing (audiência prévia) or a draft refusal (projeto de indeferimento)',
      pt: 'Uma notificação de audiência prévia ou um projeto de indeferimento',
    },
    mayMean: {
      en: 'AIMA found documents missing or inconsistent; since April 2025 it requires complete files. If you do not answer in time, the draft becomes a refusal.',
      pt: 'A AIMA encontrou documentos em falta ou incoerentes; desde abril de 2025 exige processos completos. Sem resposta dentro do prazo, o projeto converte-se em indeferimento.',
    },
    tryThis: [
      {
        en: 'Answer within 10 working days of the notice, through the channel the notice names, with the missing documents and a clear explanation.',
        pt: 'Responda no prazo de 10 dias úteis a contar da notificação, pelo meio que a notificação indica, com os documentos em falta e uma explicação clara.',
      },
      {
        en: 'Prepare the missing documents in the documents step, so that each one is complete, readable and small enough to send.',
        pt: 'Prepare os documentos em falta no passo dos documentos, para que cada um vá completo, legível e com tamanho aceite.',
      },
      {
        en: 'If the deadline has passed or a refusal came, see a lawyer: an administrative appeal and the courts remain open.',
        pt: 'Se o prazo já passou ou chegou um indeferimento, consulte um advogado: continuam possíveis a reclamação ou recurso administrativo e os tribunais.',
      },
    ],
    provenance: prov('noGuidanceDraftRefusals', 'missedDraftRefusalDeadline'),
  },
  {
    id: 'expired-card-receipt-refused',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'A bank, employer, airline or embassy refuses your expired card with the renewal receipt',
      pt: 'Um banco, empregador, companhia aérea ou embaixada recusa o cartão caducado com o comprovativo de renovação',
    },
    mayMean: {
      en: 'Outside bodies often do not know that a pending renewal keeps the card in effect (Lei 23/2007 art. 78 n.º 7: the receipt counts as the title for 60 days, renewable; the sources differ on the details).',
      pt: 'Muitas entidades desconhecem que a renovação pendente mantém o título em vigor (Lei 23/2007, art. 78.º, n.º 7: o comprovativo vale como título durante 60 dias, renováveis; as fontes divergem nos pormenores).',
    },
    tryThis: [
      {
        en: 'Carry the expired card, the latest renewal receipt and, once approved, the approval proof (comprovativo de deferimento); check the date on the receipt.',
        pt: 'Ande com o cartão caducado, o comprovativo de renovação mais recente e, depois de deferido, o comprovativo de deferimento; verifique a data do comprovativo.',
      },
      {
        en: 'Show the law and the decree on the validity of renewed titles that have not been delivered yet.',
        pt: 'Mostre a lei e o decreto sobre a validade dos títulos renovados ainda não entregues.',
      },
      {
        en: 'Avoid leaving Portugal and the Schengen area until the card arrives; if you must travel, get legal advice first.',
        pt: 'Evite sair de Portugal e do espaço Schengen até o cartão chegar; se tiver mesmo de viajar, peça antes aconselhamento jurídico.',
      },
    ],
    provenance: prov('receiptValidity', 'renewedTitlesValidityDecree'),
  },
  {
    id: 'registration-invalid-date',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'Registration or login fails with "Data inválida" (invalid date) or "Usuário não encontrado" (user not found)',
      pt: 'O registo ou a entrada falha com "Data inválida" ou "Usuário não encontrado"',
    },
    mayMean: {
      en: 'In the English version of the portal the date picker writes dates as MM/DD/YYYY (month first), which the portal then refuses. Bugs in the first weeks after each launch gave the same messages.',
      pt: 'Na versão inglesa do portal, o seletor de datas escreve o mês antes do dia, o que o portal depois recusa. Erros das primeiras semanas após cada lançamento deram as mesmas mensagens.',
    },
    tryThis: [
      {
        en: 'Switch the portal to Portuguese and type the date as DD-MM-YYYY: day first, for example 17-05-1990 for 17 May 1990.',
        pt: 'Mude o portal para português e escreva a data com o dia primeiro, depois o mês e o ano, separados por hífenes: por exemplo 17-05-1990 para 17 de maio de 1990.',
      },
      {
        en: 'Check that your expiry month and permit type are open: one person who typed the date this way was still refused, probably because their type was not open yet.',
        pt: 'Confirme que o seu mês de caducidade e o seu tipo de autorização estão abertos: uma pessoa que escreveu a data assim continuou a ser recusada, provavelmente porque o seu tipo ainda não estava aberto.',
      },
      {
        en: 'If it still fails, save a screenshot and send the contact form below, once, with a copy of your card.',
        pt: 'Se continuar a falhar, guarde uma captura de ecrã e envie uma vez o formulário de contacto abaixo, com cópia do cartão.',
      },
    ],
    contactScenarioId: 'renewals-portal-error',
    provenance: prov('portalLaunchErrors', 'nomadgateAriRenewal'),
  },
  {
    id: 'ari-family-request-fails',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'Golden visa (ARI): creating the renewal for a spouse or dependant fails with an error',
      pt: 'ARI: a criação do pedido de renovação do cônjuge ou de um dependente falha com um erro',
    },
    mayMean: {
      en: 'Family members were not enabled at first, or the record holds stale data (for example a wrong "Despacho"), sometimes because the main holder’s earlier in-person renewal is still pending. Few reports; not confirmed by AIMA.',
      pt: 'Os familiares não estavam ativos no início, ou o registo tem dados desatualizados (por exemplo um "Despacho" errado), por vezes porque a renovação presencial anterior do titular ainda está pendente. Poucos relatos; não confirmado pela AIMA.',
    },
    tryThis: [
      {
        en: 'Compare what the portal shows for the family member (the "Despacho" in particular) with their card, and save a screenshot of the error.',
        pt: 'Compare o que o portal mostra para o familiar (sobretudo o "Despacho") com o cartão dele e guarde uma captura de ecrã do erro.',
      },
      {
        en: 'One user deleted and re-created the account; the right Despacho then showed and the request went through. This is a single report: try it only if you can still reach the account’s email.',
        pt: 'Um utilizador apagou e voltou a criar a conta; o Despacho certo apareceu e o pedido seguiu. É um único relato: experimente só se ainda tiver acesso ao e-mail da conta.',
      },
      {
        en: 'Otherwise send the contact form below once, with the family member’s details, a copy of their card and the screenshot.',
        pt: 'Caso contrário, envie uma vez o formulário de contacto abaixo, com os dados do familiar, cópia do cartão dele e a captura de ecrã.',
      },
    ],
    contactScenarioId: 'renewals-portal-error',
    provenance: prov('nomadgateAriRenewal'),
  },
  {
    id: 'biometrics-appointment-impossible',
    origin: 'user-reports',
    urgency: 'urgent',
    problem: {
      en: 'A biometrics appointment was set far away or at an impossible time, or was cancelled by email after the date',
      pt: 'Uma marcação de biometria foi fixada longe ou a uma hora impossível, ou foi cancelada por e-mail depois da data',
    },
    mayMean: {
      en: 'AIMA sets some appointments automatically (golden visa renewals since February 2026). Missed appointments are reported to stall a case for a long time.',
      pt: 'A AIMA fixa algumas marcações automaticamente (renovações ARI desde fevereiro de 2026). Há relatos de que faltar atrasa muito o processo.',
    },
    tryThis: [
      { en: 'Do not simply skip it.', pt: 'Não falte simplesmente.' },
      {
        en: 'Ask once to change it, through the contact form below or at an AIMA information desk, well before the date.',
        pt: 'Peça uma única vez a alteração, pelo formulário de contacto abaixo ou num balcão de informação da AIMA, bem antes da data.',
      },
      {
        en: 'If AIMA cancelled it after the date, record the email in your evidence log and ask once for a new date.',
        pt: 'Se a AIMA a cancelou depois da data, registe o e-mail no registo de provas e peça uma única vez nova data.',
      },
    ],
    contactScenarioId: 'appointment-change',
    provenance: prov('ariOnPortal', 'nomadgateAriRenewal', 'nomadgateChangeAppointments', 'aimaNoShowWarning', 'aimaPostMay2026'),
  },
  {
    id: 'unpaid-fees-notice',
    origin: 'user-reports',
    urgency: 'urgent',
    problem: {
      en: 'A notice of unpaid fees ("taxas em falta") although you paid, warning that the process will be closed',
      pt: 'Uma notificação de taxas em falta, embora tenha pago, a avisar que o processo será extinto',
    },
    mayMean: {
      en: 'A partial payment, or a payment not matched to your process. Reported for Mission Structure applicants; the notice says the process will be closed with no refund.',
      pt: 'Um pagamento parcial, ou um pagamento não associado ao processo. Relatado por requerentes da Estrutura de Missão; a notificação diz que o processo será extinto sem reembolso.',
    },
    tryThis: [
      {
        en: 'Keep every payment receipt and record it in your evidence log.',
        pt: 'Guarde todos os comprovativos de pagamento e registe-os no registo de provas.',
      },
      {
        en: 'Settle it in person: Lisbon, Rua Álvaro Coutinho 14, or Porto, SEIVA, Rua Calouste Gulbenkian 176. Bring your passport and the receipts; card payment only, no cash.',
        pt: 'Regularize presencialmente: em Lisboa, Rua Álvaro Coutinho 14, ou no Porto, SEIVA, Rua Calouste Gulbenkian 176. Leve o passaporte e os comprovativos; só pagamento com cartão, sem numerário.',
      },
      {
        en: 'AIMA published separate instructions for people who had already paid; the copy the app’s sources hold is cut short, so read the notice you received for them.',
        pt: 'A AIMA publicou instruções próprias para quem já tinha pago; a cópia que a aplicação consultou está incompleta, por isso leia-as na notificação que recebeu.',
      },
    ],
    writingDoesNotHelp: {
      en: 'The sources say this is settled in person, at the desks above; a letter or the contact form does not stop the deadline. Take the receipts with you.',
      pt: 'As fontes indicam que isto se resolve presencialmente, nos balcões acima; uma carta ou o formulário de contacto não suspende o prazo. Leve os comprovativos.',
    },
    provenance: prov('unpaidFeesNotice'),
  },
  {
    id: 'approved-not-sent-to-print',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'Approved in AIMA’s system, but the card was never sent to print: every enquiry says "wait"',
      pt: 'Deferido no sistema da AIMA, mas o cartão nunca foi enviado para impressão: todas as respostas dizem "aguarde"',
    },
    mayMean: {
      en: 'The approval was recorded but the print order was never created, so there is no print tracking. A single second-hand report (May 2026), not confirmed by AIMA.',
      pt: 'O deferimento foi registado, mas a ordem de impressão nunca foi criada, por isso não há seguimento da impressão. Um único relato indireto (maio de 2026), não confirmado pela AIMA.',
    },
    tryThis: [
      {
        en: 'Record the approval email or proof in your evidence log, then send the registered letter below: it records that you asked.',
        pt: 'Registe o e-mail ou o comprovativo de deferimento no registo de provas e envie depois a carta registada abaixo: fica registado que pediu.',
      },
      {
        en: 'What moved these cases was a court action by a lawyer: the "intimação para a prática de ato devido" asks the administrative court to order AIMA to do what it must (here, issue the card). The report speaks of rulings in 4 to 8 weeks (not confirmed).',
        pt: 'O que fez avançar estes casos foi uma ação judicial por advogado: a intimação para a prática de ato devido pede ao tribunal administrativo que obrigue a AIMA a praticar o ato devido (aqui, emitir o cartão). O relato fala de decisões em 4 a 8 semanas (não confirmado).',
      },
      {
        en: 'Consider it when the card is months late after approval, the letter got no answer, and you need the card (to travel, for work, for a bank).',
        pt: 'Pondere-a quando o cartão está atrasado há meses depois do deferimento, a carta não teve resposta e precisa do cartão (para viajar, trabalhar ou no banco).',
      },
    ],
    letterPurpose: 'card-not-received',
    provenance: prov('notSentToPrint', 'cardStuckInPrint'),
  },
  {
    id: 'student-now-working',
    origin: 'user-reports',
    urgency: 'soon',
    problem: {
      en: 'You hold a student permit and now work, or you finished your course',
      pt: 'Tem autorização de residência de estudante e agora trabalha, ou terminou o curso',
    },
    mayMean: {
      en: 'Since 7 January 2026 AIMA treats staying to work as a change of permit type (a new residence permit, not a renewal): the renewals portal is not the route. Some who had started a student renewal then met a "documento vencido" (expired document) error on the contact form.',
      pt: 'Desde 7 de janeiro de 2026 a AIMA trata a permanência para trabalhar como mudança de tipo de autorização (uma nova autorização, não uma renovação): o Portal das Renovações não é a via. Alguns que tinham iniciado uma renovação de estudante depararam depois com o erro "documento vencido" no formulário de contacto.',
    },
    tryThis: [
      {
        en: 'Course finished: on the contact form, "Autorização de Residência > Autorização de Dispensa de Visto de Residência – Artigo 122 – alíneas o) e p)" (open since December 2025).',
        pt: 'Curso concluído: no formulário de contacto, "Autorização de Residência > Autorização de Dispensa de Visto de Residência – Artigo 122 – alíneas o) e p)" (aberto desde dezembro de 2025).',
      },
      {
        en: 'Still studying and working: on the contact form, "Autorização de Residência > Autorização – dispensa de visto de residência – Art. 122.º – alínea j)" (open since February 2026).',
        pt: 'Ainda a estudar e a trabalhar: no formulário de contacto, "Autorização de Residência > Autorização – dispensa de visto de residência – Art. 122.º – alínea j)" (aberto desde fevereiro de 2026).',
      },
      {
        en: 'Attach your passport, residence card, IRS declaration, work contract or start of activity at Finanças, and Social Security registration.',
        pt: 'Anexe passaporte, título de residência, declaração de IRS, contrato de trabalho ou início de atividade nas Finanças, e inscrição na Segurança Social.',
      },
      {
        en: 'For the "documento vencido" error no published fix was found (January 2026): keep a screenshot in your evidence log.',
        pt: 'Para o erro "documento vencido" não foi encontrada solução publicada (janeiro de 2026): guarde uma captura de ecrã no registo de provas.',
      },
    ],
    writingDoesNotHelp: {
      en: 'The request on the contact form is the application itself, under the option above with its attachments; the app has no ready-made text for a change of permit type, and a renewal letter would argue the wrong case.',
      pt: 'O pedido no formulário de contacto é o próprio requerimento, na opção acima e com os anexos indicados; a aplicação não tem texto pronto para uma mudança de tipo de autorização, e uma carta de renovação argumentaria o caso errado.',
    },
    provenance: prov('studentsChangeJan2026', 'studentsWorkingGuidance', 'studentsFinishedDec2025', 'studentsWorkingFeb2026'),
  },
  {
    id: 'no-reply-anywhere',
    origin: 'user-reports',
    urgency: 'routine',
    problem: {
      en: 'No reply on any channel: contact form, email, phone, registered letters',
      pt: 'Sem resposta em nenhum canal: formulário de contacto, e-mail, telefone, cartas registadas',
    },
    mayMean: {
      en: 'Overload. The "Portal de Renovações" option of the contact form is only for technical faults: questions about status or delays sent there are not reviewed.',
      pt: 'Sobrecarga. A opção "Portal de Renovações" do formulário de contacto é só para falhas técnicas: as perguntas sobre o estado ou atrasos enviadas por aí não são analisadas.',
    },
    tryThis: [
      {
        en: 'First, for a technical fault only: send the contact form once, with a copy of your card, a screenshot and a short text. Sending it again does not help.',
        pt: 'Primeiro, só para uma falha técnica: envie uma vez o formulário de contacto, com cópia do cartão, uma captura de ecrã e um texto curto. Reenviar não ajuda.',
      },
      {
        en: 'Then, for a delay, build a record instead: send the registered letter below, keep the CTT receipt and record the letter in your evidence log.',
        pt: 'Depois, para um atraso, crie prova em vez disso: envie a carta registada abaixo, guarde o talão dos CTT e registe a carta no registo de provas.',
      },
      {
        en: 'Once 60 working days have passed since you paid the fee with no decision: ask ePortugal for the certificate of tacit approval (see the problem "No decision long after you submitted and paid").',
        pt: 'Decorridos 60 dias úteis sobre o pagamento da taxa sem decisão: peça no ePortugal a certidão de deferimento tácito (veja o problema "Sem decisão muito depois de submeter e pagar").',
      },
      {
        en: 'Complaints: Portal da Queixa or DECO. A lawyer can use the Bar Association’s (Ordem dos Advogados) direct channel to AIMA, open since November 2025, or go to court.',
        pt: 'Reclamações: Portal da Queixa ou DECO. Um advogado pode usar o canal direto da Ordem dos Advogados com a AIMA, aberto desde novembro de 2025, ou recorrer ao tribunal.',
      },
    ],
    letterPurpose: 'from-facts',
    provenance: prov(
      'rolloutSep2025',
      'contactFormGuidance',
      'aimaPostMay2026',
      'lawyersDirectChannel',
      'eportugalTacitApproval',
    ),
  },
  {
    id: 'permit-lapsed',
    origin: 'user-reports',
    urgency: 'urgent',
    problem: {
      en: 'Your permit expired more than six months ago and the renewal was never submitted',
      pt: 'A sua autorização caducou há mais de seis meses e a renovação nunca foi submetida',
    },
    mayMean: {
      en: 'The right of residence of a temporary permit lapses six months after expiry (no source we found says whether that applies to permanent residence), and online renewal is no longer the usual route. No source says what AIMA then does: explain your attempts in writing and ask AIMA to accept the file.',
      pt: 'O direito de residência de uma autorização temporária caduca seis meses após o fim da validade (nenhuma fonte que encontrámos diz se o mesmo vale para a residência permanente), e a renovação online deixa de ser a via habitual. Nenhuma fonte diz o que a AIMA faz nesse caso: exponha por escrito as suas tentativas e peça à AIMA que aceite o processo.',
    },
    tryThis: [
      {
        en: 'Gather every proof that you tried earlier (screenshots, emails, call records) and record it in your evidence log, with the real dates.',
        pt: 'Reúna todas as provas de que tentou antes (capturas de ecrã, e-mails, registos de chamadas) e registe-as no registo de provas, com as datas reais.',
      },
      {
        en: 'Send AIMA the registered letter below: it states when the permit expired, the attempts your log shows, and asks AIMA to accept and examine the renewal.',
        pt: 'Envie à AIMA a carta registada abaixo: indica quando a autorização caducou e as tentativas que o registo mostra, e pede à AIMA que aceite e aprecie a renovação.',
      },
      {
        en: 'Consider a lawyer before you submit anything else.',
        pt: 'Pondere consultar um advogado antes de submeter mais alguma coisa.',
      },
    ],
    letterPurpose: 'lapsed-renewal',
    provenance: prov('dr84Art63n14', 'aima15Apr2026'),
  },
];

/** The words of a row that change for a reader: a field's sentence, or some of its "try this" lines by position. */
interface RowOverlay {
  problem?: Partial<Localized>;
  mayMean?: Partial<Localized>;
  tryThis?: Record<number, Partial<Localized>>;
}

/**
 * The rows' sentences that name whose month, record or card it is ("your expiry month"), as an agency reads them about
 * its client (a client folder opened in the guide). Only those words are here; a language left out is already true
 * for both readers, and "you" for what the agency itself does (uses the portal, sends the letter) stays.
 */
const AGENCY_WORDS: Record<string, RowOverlay> = {
  'no-renewal-option': {
    mayMean: {
      en: 'The client’s expiry month may not be open yet, or the client’s permit type may not be included in that portal route.',
      pt: 'O mês de caducidade do cliente pode ainda não estar aberto, ou o tipo de autorização do cliente pode não estar incluído nesse portal.',
    },
    tryThis: {
      1: {
        en: 'Try again when the client’s expiry month is open.',
        pt: 'Tente de novo quando o mês de caducidade do cliente abrir.',
      },
      2: {
        en: 'Use the AIMA contact form if the client’s window should already be active.',
        pt: 'Use o formulário de contacto da AIMA se a janela do cliente já devia estar aberta.',
      },
    },
  },
  'email-never-arrives': {
    tryThis: {
      1: { en: 'Contact AIMA to update or confirm the client’s email rather than requesting new links again and again.' },
    },
  },
  'citizen-not-identified': {
    mayMean: {
      en: 'The client’s expiry month may not be open, or AIMA’s records may not match the client’s card details.',
      pt: 'O mês do cliente pode não estar aberto, ou os registos da AIMA podem não coincidir com os dados do cartão.',
    },
    tryThis: {
      0: { en: 'Compare the client’s card details carefully.' },
      2: {
        en: 'Contact AIMA if the error continues after the client’s month opens.',
        pt: 'Contacte a AIMA se o erro continuar depois de o mês do cliente abrir.',
      },
    },
  },
  'process-already-exists': {
    mayMean: {
      en: 'AIMA may already have a process or appointment linked to the client’s file (sometimes from SEF-to-AIMA migration records).',
      pt: 'A AIMA pode já ter um processo ou agendamento associado ao processo do cliente (por vezes de registos migrados do SEF).',
    },
  },
  'niss-field-blocks': {
    mayMean: {
      en: 'The client’s NISS may be missing from AIMA’s records, or the client’s permit type may not fit the portal logic.',
      pt: 'O NISS do cliente pode não constar dos registos da AIMA, ou o tipo de autorização do cliente pode não encaixar na lógica do portal.',
    },
  },
  'duc-not-generated': {
    tryThis: { 0: { en: 'Check the client’s email and spam.', pt: 'Veja o e-mail do cliente e a pasta de spam.' } },
  },
  'title-not-found': {
    problem: {
      en: 'The portal says the client’s residence title does not exist, or shows another expiry date than the client’s card',
    },
  },
  'email-change-refused': {
    problem: { en: 'Changing the client’s email fails: "a record already exists with another email address"' },
    mayMean: { en: 'The client’s account is keyed to the old address and the change tool checks against it.' },
    tryThis: {
      0: {
        en: 'Ask AIMA to change it, giving the client’s NIF, passport, phone or NISS and both the old and the new email so it can match the client’s record.',
        pt: 'Peça a alteração à AIMA indicando o NIF, passaporte, telefone ou NISS do cliente e o e-mail antigo e o novo, para encontrar o registo do cliente.',
      },
    },
  },
  'cannot-get-niss': {
    problem: {
      en: 'Social Security will not give the client a NISS (for example because the client’s card has expired)',
      pt: 'A Segurança Social não atribui NISS ao cliente (por exemplo, porque o cartão caducou)',
    },
    tryThis: {
      1: {
        en: 'Then have AIMA add the number to the client’s record through the contact form.',
        pt: 'Depois peça à AIMA, pelo formulário de contacto, que acrescente o número ao registo do cliente.',
      },
    },
  },
  'old-address-on-file': {
    problem: { en: 'AIMA still has the client’s old address (the new card would be posted there)' },
  },
  'card-returned-to-aima': {
    problem: { en: 'CTT returned the client’s new card to AIMA ("devolvido ao remetente")' },
    tryThis: {
      0: {
        en: 'Wait for AIMA’s collection email, and check the client’s spam folder: it names the place where the card waits for the client.',
        pt: 'Aguarde o e-mail de convocatória da AIMA e veja a pasta de spam do cliente: indica onde o cartão está à espera do cliente.',
      },
      1: {
        en: 'Only the client, or someone with a power of attorney (procuração), can collect it, with the client’s passport. From abroad, people used a lawyer with a notarised power of attorney.',
      },
    },
  },
  'approved-no-card': {
    problem: { en: 'The client’s renewal was approved ("pedido deferido"), but months later there is still no card' },
    tryThis: {
      0: {
        en: 'Download the approval proof (comprovativo de deferimento, verifiable by its QR code) from the client’s personal area on services.aima.gov.pt, and keep the approval email.',
        pt: 'Descarregue o comprovativo de deferimento (verificável pelo código QR) na área pessoal do cliente em services.aima.gov.pt e guarde o e-mail de deferimento.',
      },
    },
  },
  'verification-appointment-email': {
    tryThis: {
      1: {
        en: 'The client goes with their passport, the original documents and the email.',
        pt: 'O cliente deve comparecer com o passaporte, os documentos originais e o e-mail.',
      },
    },
  },
  'no-decision-after-payment': {
    tryThis: {
      0: {
        en: 'Record the submission and the payment in the client’s evidence log (screenshots, the payment proof): the letter lists them.',
        pt: 'Registe a submissão e o pagamento no registo de provas do cliente (capturas de ecrã, comprovativo de pagamento): a carta enumera-os.',
      },
      2: {
        en: 'Ask ePortugal, not AIMA, for the free certificate of tacit approval (certidão de deferimento tácito): the Agência para a Modernização Administrativa issues it. Attach the client’s request and the documents sent. Forum users say it counts only inside Portugal (not confirmed): the client should not count on it for travel.',
      },
    },
  },
  'expired-card-receipt-refused': {
    problem: { en: 'A bank, employer, airline or embassy refuses the client’s expired card with the renewal receipt' },
  },
  'registration-invalid-date': {
    tryThis: {
      1: {
        en: 'Check that the client’s expiry month and permit type are open: one person who typed the date this way was still refused, probably because their type was not open yet.',
        pt: 'Confirme que o mês de caducidade e o tipo de autorização do cliente estão abertos: uma pessoa que escreveu a data assim continuou a ser recusada, provavelmente porque o tipo dela ainda não estava aberto.',
      },
      2: { en: 'If it still fails, save a screenshot and send the contact form below, once, with a copy of the client’s card.' },
    },
  },
  'biometrics-appointment-impossible': {
    tryThis: {
      2: {
        en: 'If AIMA cancelled it after the date, record the email in the client’s evidence log and ask once for a new date.',
      },
    },
  },
  'unpaid-fees-notice': {
    mayMean: {
      en: 'A partial payment, or a payment not matched to the client’s process. Reported for Mission Structure applicants; the notice says the process will be closed with no refund.',
    },
    tryThis: {
      0: { en: 'Keep every payment receipt and record it in the client’s evidence log.' },
      1: {
        en: 'Settle it in person: Lisbon, Rua Álvaro Coutinho 14, or Porto, SEIVA, Rua Calouste Gulbenkian 176. The client brings their passport and the receipts; card payment only, no cash.',
        pt: 'Regularize presencialmente: em Lisboa, Rua Álvaro Coutinho 14, ou no Porto, SEIVA, Rua Calouste Gulbenkian 176. O cliente deve levar o passaporte e os comprovativos; só pagamento com cartão, sem numerário.',
      },
    },
  },
  'approved-not-sent-to-print': {
    tryThis: {
      0: {
        en: 'Record the approval email or proof in the client’s evidence log, then send the registered letter below: it records that you asked.',
      },
    },
  },
  'student-now-working': {
    problem: {
      en: 'The client holds a student permit and now works, or finished their course',
      pt: 'O cliente tem autorização de residência de estudante e agora trabalha, ou terminou o curso',
    },
    tryThis: {
      2: {
        en: 'Attach the client’s passport, residence card, IRS declaration, work contract or start of activity at Finanças, and Social Security registration.',
      },
      3: {
        en: 'For the "documento vencido" error no published fix was found (January 2026): keep a screenshot in the client’s evidence log.',
      },
    },
  },
  'no-reply-anywhere': {
    tryThis: {
      0: {
        en: 'First, for a technical fault only: send the contact form once, with a copy of the client’s card, a screenshot and a short text. Sending it again does not help.',
      },
      1: {
        en: 'Then, for a delay, build a record instead: send the registered letter below, keep the CTT receipt and record the letter in the client’s evidence log.',
      },
    },
  },
  'permit-lapsed': {
    problem: {
      en: 'The client’s permit expired more than six months ago and the renewal was never submitted',
      pt: 'A autorização do cliente caducou há mais de seis meses e a renovação nunca foi submetida',
    },
    mayMean: {
      en: 'The right of residence of a temporary permit lapses six months after expiry (no source we found says whether that applies to permanent residence), and online renewal is no longer the usual route. No source says what AIMA then does: explain the client’s attempts in writing and ask AIMA to accept the file.',
      pt: 'O direito de residência de uma autorização temporária caduca seis meses após o fim da validade (nenhuma fonte que encontrámos diz se o mesmo vale para a residência permanente), e a renovação online deixa de ser a via habitual. Nenhuma fonte diz o que a AIMA faz nesse caso: exponha por escrito as tentativas do cliente e peça à AIMA que aceite o processo.',
    },
    tryThis: {
      0: {
        en: 'Gather every proof that the client tried earlier (screenshots, emails, call records) and record it in the client’s evidence log, with the real dates.',
        pt: 'Reúna todas as provas de que o cliente tentou antes (capturas de ecrã, e-mails, registos de chamadas) e registe-as no registo de provas, com as datas reais.',
      },
      1: {
        en: 'Send AIMA the registered letter below: it states when the permit expired, the attempts the client’s log shows, and asks AIMA to accept and examine the renewal.',
      },
    },
  },
};

const overlaid = (text: Localized, overlay: Partial<Localized> | undefined): Localized =>
  overlay ? { en: overlay.en ?? text.en, pt: overlay.pt ?? text.pt } : text;

const agencyRows: readonly TroubleshootingRow[] = troubleshooting.map((row) => {
  const words = AGENCY_WORDS[row.id];
  if (!words) return row;
  return {
    ...row,
    problem: overlaid(row.problem, words.problem),
    mayMean: overlaid(row.mayMean, words.mayMean),
    tryThis: row.tryThis.map((line, index) => overlaid(line, words.tryThis?.[index])),
  };
});

/** The rows as `reader` reads them: an agency reads about its client's month, record and card. */
export function troubleshootingFor(reader: Reader): readonly TroubleshootingRow[] {
  return reader === 'agency' ? agencyRows : troubleshooting;
}

/** The overlay's rows and lines exist (a test checks the table against the rows it overlays). */
export const agencyTroubleshootingWords: Readonly<Record<string, RowOverlay>> = AGENCY_WORDS;
