import { z } from 'zod';
import { rulesMeta } from './meta';
import { contactScenarioIdSchema } from './contact-scenarios';
import { localizedSchema, provenanceSchema, type Provenance } from './sources';

/**
 * Portal problems: what the screen shows, what it may mean, what to try, and
 * the contact-form scenario to use if trying does not help. The first nine rows
 * are the seed guide's table, one to one; the others come from user reports
 * with more than one independent source.
 */
export const troubleshootingRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  origin: z.enum(['seed-table', 'user-reports']),
  problem: localizedSchema,
  mayMean: localizedSchema,
  tryThis: z.array(localizedSchema).min(1),
  contactScenarioId: contactScenarioIdSchema,
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
    problem: { en: 'Email or recovery link never arrives', pt: 'O email ou o link de recuperação nunca chega' },
    mayMean: {
      en: 'AIMA may have an old email address on file, or the message may be filtered.',
      pt: 'A AIMA pode ter um email antigo registado, ou a mensagem pode ter sido filtrada.',
    },
    tryThis: [
      { en: 'Check spam and wait briefly.', pt: 'Veja o spam e aguarde um pouco.' },
      {
        en: 'Contact AIMA to update or confirm your email rather than requesting new links again and again.',
        pt: 'Contacte a AIMA para atualizar ou confirmar o email, em vez de pedir novos links repetidamente.',
      },
    ],
    contactScenarioId: 'email-update',
    provenance: seed,
  },
  {
    id: 'citizen-not-identified',
    origin: 'seed-table',
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
    problem: { en: 'DUC is not generated', pt: 'O DUC não é gerado' },
    mayMean: {
      en: 'The form may not have submitted correctly, or the system may be delayed.',
      pt: 'O formulário pode não ter sido submetido corretamente, ou o sistema pode estar atrasado.',
    },
    tryThis: [
      { en: 'Check your email and spam.', pt: 'Veja o email e o spam.' },
      { en: 'Log back in later.', pt: 'Volte a entrar mais tarde.' },
      {
        en: 'Avoid repeated duplicate submissions unless the portal clearly failed.',
        pt: 'Evite submissões duplicadas, a não ser que o portal tenha claramente falhado.',
      },
    ],
    contactScenarioId: 'duc-payment',
    provenance: seed,
  },
  {
    id: 'payment-not-visible',
    origin: 'seed-table',
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
    contactScenarioId: 'duc-payment',
    provenance: seed,
  },
  {
    id: 'file-upload-fails',
    origin: 'seed-table',
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
    problem: {
      en: 'Changing your email fails: "a record already exists with another email address"',
      pt: 'A alteração do email falha: "já existe um registo com outro endereço de e-mail"',
    },
    mayMean: {
      en: 'Your account is keyed to the old address and the change tool checks against it.',
      pt: 'A conta está associada ao endereço antigo e a ferramenta de alteração verifica-o.',
    },
    tryThis: [
      {
        en: 'Ask AIMA to change it, giving your NIF, passport, phone or NISS and both the old and the new email so it can match your record.',
        pt: 'Peça a alteração à AIMA indicando o NIF, passaporte, telefone ou NISS e o email antigo e o novo, para encontrar o seu registo.',
      },
    ],
    contactScenarioId: 'email-update',
    provenance: prov('emailRecordConflict', 'emailChangePage'),
  },
  {
    id: 'cannot-get-niss',
    origin: 'user-reports',
    problem: {
      en: 'Social Security will not give you a NISS (for example because your card has expired)',
      pt: 'A Segurança Social não lhe atribui NISS (por exemplo, porque o cartão caducou)',
    },
    mayMean: {
      en: 'A NISS request needs proof of a residence permit or of its renewal; retirees, remote workers, students and children were often never registered.',
      pt: 'O pedido de NISS exige prova da autorização de residência ou da sua renovação; reformados, trabalhadores remotos, estudantes e menores muitas vezes nunca foram inscritos.',
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
];
