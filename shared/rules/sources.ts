import { z } from 'zod';
import type { Reader } from '../i18n/reader';

/**
 * Every public source the rules rely on, once, by a stable id. Rules cite
 * sources by id (`SourceId`), so a URL is written in one place and a test can
 * check that every rule cites at least one known source.
 *
 * `kind` says how much weight a source carries: AIMA's own pages and the law
 * win over everything else (see shared/seeds/README.md).
 */
export const sourceKindSchema = z.enum([
  /** aima.gov.pt, seg-social.pt, eportugal.gov.pt, or the text of a law. */
  'official',
  /** The old SEF "Portal do Imigrante" lists (before AIMA existed). */
  'legacy-sef',
  /** Newspapers and news sites relaying AIMA notices. */
  'press',
  /** Law firms, consultancies and guides. */
  'secondary',
  /** Forums and user reports. */
  'forum',
  /** The applicants’ guide and the Prismaat article the rules started from (third-party guidance). */
  'seed',
]);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const sourceSchema = z.object({
  title: z.string().min(1),
  /** Absent only for the applicants’ guide, which was given as text without an address. */
  url: z.url().optional(),
  kind: sourceKindSchema,
  /** Publication date as the page shows it (ISO date or month), or undefined for "n.d.". */
  published: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const defineSources = <T extends Record<string, Source>>(sources: T): T => sources;

export const sources = defineSources({
  seedGuide: {
    title:
      'A widely shared applicants’ guide: renewing a residence permit with AIMA (two portals, documents, DUC, troubleshooting); undated, written after the Portal das Renovações opened on 11 July 2025',
    kind: 'seed',
  },
  seedDataChange: {
    title: 'Prismaat: AIMA launches online requests for data changes and duplicate residence permits (Prismaat)',
    url: 'https://prismaat.com/aima-launches-online-data-changes-and-duplicate-rp/',
    kind: 'seed',
  },
  aimaPortalLaunch: {
    title: 'AIMA: O Portal das Renovações já está disponível',
    url: 'https://aima.gov.pt/pt/noticias/o-portal-das-renovacoes-ja-esta-disponivel',
    kind: 'official',
    published: '2025-07',
  },
  aimaAccommodation: {
    title: 'AIMA: proof of accommodation for grant and renewal',
    url: 'https://aima.gov.pt/pt/noticias/hklkjl',
    kind: 'official',
  },
  aimaCplpRenewal: {
    title: 'AIMA: regras para renovação do título de residência CPLP',
    url: 'https://aima.gov.pt/pt/noticias/veja-conhecer-as-regras-para-renovacao-do-titulo-de-residencia-cplp',
    kind: 'official',
    published: '2025-02',
  },
  aimaServicesFaq: {
    title: 'AIMA: Perguntas frequentes — Portal de Serviços (1 MB per document)',
    url: 'https://aima.gov.pt/pt/viver/perguntas-frequentes-portal-de-servicos',
    kind: 'official',
  },
  segSocialDeclaration: {
    title: 'Segurança Social: Declaração de situação contributiva (valid 4 months)',
    url: 'https://seg-social.pt/da/declaracao-da-situacao-contributiva1',
    kind: 'official',
  },
  segSocialDeclarationWhoCan: {
    title: 'Segurança Social: Declaração de situação contributiva (online only for people who work or worked)',
    url: 'http://www.seg-social.pt/pt/declaracao-da-situacao-contributiva',
    kind: 'official',
  },
  codigoCivilArt279: {
    title:
      'Código Civil art. 279 b) and c) (a period in months counted from a date ends at 24:00 on the same day of the last month, or on that month’s last day; the day it starts is not counted)',
    url: 'https://www.pgdlisboa.pt/leis/lei_mostra_articulado.php?nid=775&tabela=leis&ficha=1&pagina=1',
    kind: 'official',
  },
  financasCertificate: {
    title: 'Certidão de dívida e não dívida nas Finanças (valid 3 months)',
    url: 'https://dicasfiscais.com/certidao-de-nao-divida-nas-financas',
    kind: 'secondary',
  },
  lei23Art75: {
    title: 'Lei 23/2007 art. 75 (temporary residence permit, validity, reissue on ID data change)',
    url: 'https://sites.google.com/site/leximigratoria/artigo-75-o-autorizacao-de-residencia-temporaria',
    kind: 'official',
  },
  lei23Art78: {
    title: 'Lei 23/2007 art. 78 (renewal of a temporary residence permit)',
    url: 'https://sites.google.com/site/leximigratoria/artigo-78-o-renovacao-de-autorizacao-de-residencia-temporaria',
    kind: 'official',
  },
  dr84Art63n14: {
    title: 'DR 84/2007 art. 63 n.14: the right of residence lasts until 6 months after expiry',
    url: 'https://dnbrasil.dn.pt/guia-do-imigrante/confira-aqui-o-decreto-que-permite-validade-dos-ttulos-de-residncia-renovados-e-ainda-no-enviados',
    kind: 'press',
    published: '2025-12-29',
  },
  dl85B2025: {
    title: 'DL 85-B/2025 of 30 June (ARs expired 22 Feb 2020 – 30 Jun 2025 accepted until 15 Oct 2025)',
    url: 'https://rosinaraferreira.com/?p=1976',
    kind: 'secondary',
  },
  aima15Apr2026: {
    title: 'AIMA avisa que títulos vencidos até 30 de junho estão válidos até 15 de abril de 2026',
    url: 'https://dnbrasil.dn.pt/aima-avisa-que-ttulos-vencidos-at-30-de-junho-esto-vlidos-at-15-de-abril-de-2026',
    kind: 'press',
    published: '2025-12',
  },
  rolloutSep2025: {
    title: 'DN Brasil: AIMA abre serviço de renovações aos documentos vencidos em setembro',
    url: 'https://dnbrasil.dn.pt/aima-este-servi%C3%A7o-de-renova%C3%A7%C3%B5es-aos-documentos-vencidos-em-setembro-mas-sem-resolver-erros-do-sistema',
    kind: 'press',
    published: '2025-08-26',
  },
  rolloutOct2025: {
    title: 'DN Brasil: Portal da AIMA abre renovações para autorizações de residência que vencem em outubro',
    url: 'https://dnbrasil.dn.pt/portal-da-aima-abre-renova%C3%A7%C3%B5es-para-autoriza%C3%A7%C3%B5es-de-resid%C3%AAncia-que-vencem-em-outubro',
    kind: 'press',
    published: '2025-09-23',
  },
  rolloutDec2025: {
    title: 'DN Brasil: renovações de títulos de residência que vencem em dezembro já podem ser solicitadas',
    url: 'https://dnbrasil.dn.pt/renovaes-de-ttulos-de-residncia-que-vencem-em-dezembro-j-podem-ser-solicitadas',
    kind: 'press',
    published: '2025-11-19',
  },
  rolloutJanFeb2026: {
    title: 'DN Brasil: AIMA abre renovações de janeiro e fevereiro no portal',
    url: 'https://dnbrasil.dn.pt/aima-abre-renovaes-de-janeiro-e-fevereiro-no-portal',
    kind: 'press',
    published: '2025-12-29',
  },
  rolloutMayJun2026: {
    title: 'DN Brasil: AIMA — títulos com vencimento em maio e junho já podem ser renovados',
    url: 'https://dnbrasil.dn.pt/aima-ttulos-com-vencimento-em-maio-e-junho-j-podem-ser-renovados',
    kind: 'press',
    published: '2026-02-24',
  },
  permanentOnPortal: {
    title: 'Europress: permanent residence permits added to the Portal das Renovações',
    url: 'https://europress.com.br/?p=2018',
    kind: 'press',
    published: '2025-12-10',
  },
  ariOnPortal: {
    title: 'The Portugal News: AIMA calls for investment residence permit renewal (portal only from 16 Feb 2026)',
    url: 'https://www.theportugalnews.com/news/2026-02-16/aima-calls-for-investment-residence-permit-renewal/964048',
    kind: 'press',
    published: '2026-02-16',
  },
  nifNissLinked: {
    title: 'The Portugal News: AIMA says investors must have a NIF to renew (NIF/NISS linking, proof of non-registration)',
    url: 'https://www.theportugalnews.com/news/2026-05-07/aima-says-investors-must-have-a-nif-to-renew-their-residency/1018484',
    kind: 'press',
    published: '2026-05-07',
  },
  nissBlocking: {
    title: 'DN Brasil: AIMA afasta problemas com NISS para renovação de residência',
    url: 'https://dnbrasil.dn.pt/aima-afasta-problemas-com-niss-para-renovao-de-residncia-mas-imigrantes-seguem-com-dificuldades-no-portal',
    kind: 'press',
    published: '2025-10-14',
  },
  juntaNotAccepted: {
    title:
      'DN Brasil: Pergunte ao advogado — sem contrato de arrendamento, como comprovar a morada na AIMA (atestado da junta no longer accepted)',
    url: 'https://dnbrasil.dn.pt/guia-do-imigrante/pergunte-ao-advogado-no-tenho-contrato-de-arrendamento-como-comprovar-a-morada-na-aima',
    kind: 'press',
    published: '2025-12-20',
  },
  advocaciaPinheiro90Days: {
    title: 'Advocacia Pinheiro: mudança de endereço na AIMA online (deadline 90 days before expiry, worked example)',
    url: 'https://advocaciapinheiro.com/mudanca-endereco-aima-titulo-online',
    kind: 'secondary',
  },
  sefDataChange: {
    title: 'SEF (archived): DR 84/2007 art. 63 n.12-13 — change of data and 2nd copy; report changes within 60 days',
    url: 'https://arquivo.pt/wayback/20231215195936mp_/https://imigrante.sef.pt/pt/renovar-residencia/art63-12-13',
    kind: 'legacy-sef',
    published: '2023-12-15',
  },
  sefSecondCopy: {
    title: 'SEF (archived): art. 73 — second copy of the title',
    url: 'https://arquivo.pt/wayback/20231215193348oe_/https://imigrante.sef.pt/renovar-residencia/art73',
    kind: 'legacy-sef',
    published: '2023-12-15',
  },
  sefGeneralRenewal: {
    title: 'SEF general-regime renewal list (copy of the SEF page)',
    url: 'https://clds4gfontedemudanca.blogspot.com/2021/12/renovar-residencia-em-portugal-art-78-n.html',
    kind: 'legacy-sef',
    published: '2021-12-03',
  },
  sefIndependentWork: {
    title: 'SEF (archived): renewal art. 78-2 independent/cultural activity (SS remuneration statement)',
    url: 'https://arquivo.pt/wayback/20231215193735mp_/https://imigrante.sef.pt/renovar-residencia/art78-2-ac',
    kind: 'legacy-sef',
    published: '2023-12-15',
  },
  sefWorkRenewal: {
    title: 'SEF (archived): renewal art. 123-A (contract or declaration that employment continues)',
    url: 'https://arquivo.pt/wayback/20231215194507mp_/https://imigrante.sef.pt/renovar-residencia/art123-a',
    kind: 'legacy-sef',
    published: '2023-12-15',
  },
  sefHighlyQualified: {
    title: 'SEF: renewal art. 78-2 highly qualified / teaching',
    url: 'https://imigrante.sef.pt/en/renovar-residencia/art78-2-aq/',
    kind: 'legacy-sef',
  },
  sefStudy: {
    title: 'SEF/imigrante.pt: renewal art. 91 n.2 higher-education study',
    url: 'http://www.imigrante.pt/PagesPT/DocumentosNecessarios/RenovacaoAR/05Art91n2.aspx',
    kind: 'legacy-sef',
  },
  sefPermanent: {
    title: 'SEF/imigrante.pt: renewal of permanent residence, art. 76 n.2',
    url: 'http://www.imigrante.pt/PagesPT/DocumentosNecessarios/RenovacaoAR/12Art76N2.aspx',
    kind: 'legacy-sef',
  },
  sefLongTerm: {
    title: 'SEF (archived): EU long-term resident, art. 130 n.2 (apply 90 to 30 days before expiry)',
    url: 'https://arquivo.pt/wayback/20231215194158mp_/https://imigrante.sef.pt/renovar-residencia/art130-2',
    kind: 'legacy-sef',
    published: '2023-12-15',
  },
  dnWorkRenewalDocs: {
    title: 'DN Brasil: quais os documentos necessários para renovação do título de residência',
    url: 'https://dnbrasil.dn.pt/guia-do-imigrante/quais-os-documentos-necessrios-para-renovao-do-ttulo-de-residncia',
    kind: 'press',
    published: '2026-01-09',
  },
  dnMinorsRenewal: {
    title: 'DN Brasil: falta de orientação da AIMA trava renovações online (minors: criminal-record authorisation)',
    url: 'https://dnbrasil.dn.pt/falta-de-orientao-da-aima-trava-renovaes-de-residncia-online-e-gera-insegurana-entre-imigrantes',
    kind: 'press',
    published: '2026-01-16',
  },
  d7Blog: {
    title: 'Live Long Prosper: D7 renewal after 2 years',
    url: 'https://www.live-long-prosper.com/p/d7-visa-renew-2-years.html',
    kind: 'secondary',
  },
  d7Thresholds: {
    title: 'Lamares Capela: D7 visa for passive income holders in 2026',
    url: 'https://lamarescapela.pt/en/d7-visa-for-passive-income-holders-in-2026/',
    kind: 'secondary',
    published: '2026',
  },
  d8Guide: {
    title: 'ABRS: Portugal D8 digital nomad visa',
    url: 'https://abrs.pt/en/immigration/portugal-d8-digital-nomad-visa/',
    kind: 'secondary',
  },
  familyReunification: {
    title: 'Lamares Capela: reagrupamento familiar',
    url: 'https://www.lamarescapela.pt/imigracao/residencia-mais-de-um-ano/familiares/reagrupamento-familiar/',
    kind: 'secondary',
  },
  independentWorkArt89: {
    title: 'Mirror of AIMA page: art. 89 independent professional activity',
    url: 'https://omarvherman.com/article/autorizacao-de-residencia-para-exercicio-de-atividade-profissional-independente-com-dispensa-de-visto-de-residencia-art-89-o-n-o-2-trabalhar-aima',
    kind: 'secondary',
  },
  euFamilyCard: {
    title: 'Lei 37/2006 art. 15 — residence card for family members of EU citizens',
    url: 'https://dnacidadania.com.br/blog/artigo-15-da-lei-especial-37-2006',
    kind: 'secondary',
  },
  contactFormGuidance: {
    title: 'PassportU: AIMA step-by-step guidance for access issues on the renewal portal (contact-form fields and attachments)',
    url: 'https://passportu.eu/aima-publishes-step-by-step-guidance-for-immigrants-facing-access-issues-on-residence-permit-renewal-portal/',
    kind: 'press',
  },
  contactForm: {
    title: 'AIMA contact form',
    url: 'https://contactenos.aima.gov.pt/contact-form',
    kind: 'official',
  },
  aimaContacts: {
    title: 'AIMA contacts page (confirm addresses here)',
    url: 'https://aima.gov.pt/pt/contactos',
    kind: 'official',
  },
  addressUpdateJan2026: {
    title:
      'The Portugal News: AIMA urges immigrants to update their data (address via Portal de Renovações, reply in 2 working days)',
    url: 'http://dev.theportugalnews.com/de/nachrichten/2026-01-05/aima-mahnt-einwanderer-zur-aktualisierung-ihrer-daten/940341',
    kind: 'press',
    published: '2026-01-05',
  },
  addressChangeVariants: {
    title: 'The Portugal News (reader comment): "Comunicar/retificar Morada" — only "com emissão de novo cartão" remains',
    url: 'https://www.theportugalnews.com/news/2025-11-26/in-person-residency-renewal-service/923498',
    kind: 'forum',
    published: '2025-11-26',
  },
  emailChangePage: {
    title: 'AIMA change-of-email page (services.aima.gov.pt/SAPA/change_mail.php), reported 2024',
    url: 'https://sol.sapo.pt/2024/05/15/aima-apresenta-solucao-para-problemas-de-imigrantes-com-acesso-ao-email',
    kind: 'press',
    published: '2024-05-15',
  },
  emailRecordConflict: {
    title: 'Público Brasil: sistema AIMA falha (email change refused: record exists with another email)',
    url: 'https://app-brasil.publico.pt/2025/03/28/publico-brasil/noticia/sistema-aima-falha-imigrantes-reclamam-agencia-promete-avaliar-queixas-2127787',
    kind: 'press',
    published: '2025-03-28',
  },
  geralEmail: {
    title: 'Municipal notice listing geral@aima.gov.pt and AIMA phone',
    url: 'https://terrasdebasto.pt/?p=2972',
    kind: 'secondary',
  },
  ducRegenerate: {
    title:
      'DN Brasil: AIMA realiza melhorias nas plataformas online e começa convocação de entrega de cartões devolvidos (DUC regeneration; returned cards collected on call)',
    url: 'https://dnbrasil.dn.pt/aima-realiza-melhorias-nas-plataformas-online-e-comea-convocao-de-entrega-de-cartes-devolvidos',
    kind: 'press',
    published: '2026-01-21',
  },
  notCalledRequestPage: {
    title: 'DN Brasil: AIMA lança novo portal para quem tem documento vencido e ainda não foi chamado',
    url: 'https://dnbrasil.dn.pt/aima-lança-novo-portal-para-quem-tem-documento-vencido-até-2020-e-ainda-não-foi-chamado-para-renovação',
    kind: 'press',
    published: '2025-07-29',
  },
  approvalProof: {
    title: 'DN Brasil: AIMA lança comprovativo de deferimento (QR-verifiable approval proof)',
    url: 'https://dnbrasil.dn.pt/aima-lana-comprovativo-de-deferimento-para-tentar-amenizar-demora-na-emisso-dos-ttulos-de-residncia',
    kind: 'press',
    published: '2026-01-20',
  },
  geoLock: {
    title: 'Apoio Jurídico Imigração: renewal portal geo-lock (retells a Reddit post of 2026-05-28)',
    url: 'https://www.apoiojuridico-imigracao.com/blog/aima-renewal-portal-three-month-window-geo-lock-august-2026-cohort',
    kind: 'forum',
  },
  codigoTrabalhoHolidays: {
    title: 'Código do Trabalho art. 234: 13 mandatory national holidays (Lei 8/2016 restored four)',
    url: 'http://www.amartins.pt/feriados-nacionais/',
    kind: 'secondary',
    published: '2016',
  },
  advocaciaPinheiroRenewal: {
    title: 'Advocacia Pinheiro: renovação de autorização de residência (apply between 90 and 30 days before expiry)',
    url: 'https://advocaciapinheiro.com/renovacao-de-autorizacao-de-residencia',
    kind: 'secondary',
  },
  cardReturnedPickup: {
    title: 'Apoio Jurídico Imigração: card returned by CTT, Lisbon pickup tickets (retells Reddit posts of 18–21 May 2026)',
    url: 'https://www.apoiojuridico-imigracao.com/blog/aima-card-returned-ctt-lisbon-pickup-tickets-may-2026',
    kind: 'forum',
  },
  cardDeliveredNotReceived: {
    title: 'Apoio Jurídico Imigração: CTT marked the card delivered, it never arrived (Porto case, retells Reddit 2026-04-14)',
    url: 'https://www.apoiojuridico-imigracao.com/blog/ctt-marked-delivered-card-never-arrived-porto-case-2026',
    kind: 'forum',
  },
  cardStuckInPrint: {
    title: 'Apoio Jurídico Imigração: residence card stuck in print after approval (retells Reddit 2026-04-13)',
    url: 'https://www.apoiojuridico-imigracao.com/blog/trc-stuck-in-print-lisboa-ii-case-january-2026',
    kind: 'forum',
  },
  approvedWhatNext: {
    title: 'Diário da Cidadania: seu pedido de renovação do título de residência foi aprovado — veja o que acontece agora',
    url: 'https://diariodacidadania.com/2025/09/22/seu-pedido-de-renovacao-do-titulo-de-residencia-foi-aprovado-veja-o-que-acontece-agora',
    kind: 'press',
    published: '2025-09-22',
  },
  inPersonVerification: {
    title: 'The Portugal News: AIMA requests new in-person document verification',
    url: 'http://new.theportugalnews.com/news/2026-02-11/aima-requests-new-in-person-document-verification/957335',
    kind: 'press',
    published: '2026-02-11',
  },
  aimaFraudEmails: {
    title: 'AIMA: Circulação de e-mails fraudulentos',
    url: 'https://aima.gov.pt/pt/noticias/circulacao-de-e-mails-fraudulentos',
    kind: 'official',
    published: '2024-08',
  },
  fakeAppointmentSlots: {
    title: 'Terra: brasileiros denunciam golpe que oferece vagas falsas para agendamento na imigração de Portugal',
    url: 'https://terra.com.br/economia/nao-caia-nessa/brasileiros-denunciam-golpe-que-oferece-vagas-falsas-para-agendamento-na-imigracao-de-portugal,ccb3f994a02660cc53e9108d0aaf2217b3baenvf.html',
    kind: 'press',
  },
  eportugalTacitApproval: {
    title: 'ePortugal: Pedir a certidão de deferimento tácito',
    url: 'https://eportugal.gov.pt/en/inicio/espaco-empresa/balcao-do-empreendedor/pedir-a-certidao-de-deferimento-tacito',
    kind: 'official',
  },
  lei23Art82: {
    title:
      'Lei 23/2007 art. 82 n.º 6–7: a renewal is decided within 60 days; undecided for reasons not the applicant’s, it is deemed approved and the card issued at once',
    url: 'https://sites.google.com/site/leximigratoria/artigo-82-o-decisao-e-notificacao',
    kind: 'official',
  },
  cpaArt130: {
    title:
      'Código do Procedimento Administrativo art. 130 (atos tácitos): tacit approval exists if the decision is not dispatched by the first working day after the deadline',
    url: 'https://informador.pt/legislacao/lexit/codigos/direito-administrativo/codigo-do-procedimento-administrativo/parte-iii-do-procedimento-administrativo/titulo-ii-procedimento-do-regulamento-e-do-ato-administrativo/capitulo-ii-procedimento-do-ato-administrativo/seccao-v-da-decisao-e-outras-causas-de-extincao-do-procedimento/artigo-130-o-atos-tacitos/',
    kind: 'official',
  },
  tacitCertificateAma: {
    title:
      'CCSL Legal: Decreto-Lei 11/2023, the Agência para a Modernização Administrativa (not the deciding body) issues tacit-approval certificates; the approval does not depend on one',
    url: 'https://ccsllegal.com/2023/03/24/designacao-da-entidade-competente-para-emissao-de-certidoes-que-atestem-a-ocorrencia-de-deferimentos-tacitos/?lang=pt-pt',
    kind: 'secondary',
    published: '2023-03-24',
  },
  lawyerTacitApproval: {
    title: 'DN Brasil, Pergunte ao advogado: como notificar a AIMA e invocar o deferimento tácito da autorização de residência',
    url: 'https://dnbrasil.dn.pt/pergunte-ao-advogado/pergunte-ao-advogado-como-notificar-a-aima-e-invocar-o-deferimento-tcito-da-autorizao-de-residncia',
    kind: 'press',
    published: '2025-12',
  },
  noGuidanceDraftRefusals: {
    title: 'DN Brasil: falta de orientação da AIMA trava renovações de residência online e gera insegurança entre imigrantes',
    url: 'https://dnbrasil.dn.pt/falta-de-orientao-da-aima-trava-renovaes-de-residncia-online-e-gera-insegurana-entre-imigrantes',
    kind: 'press',
    published: '2026-01-16',
  },
  missedDraftRefusalDeadline: {
    title: 'DN Brasil, Pergunte ao advogado: perdi o prazo para responder ao projeto de indeferimento, e agora?',
    url: 'https://dnbrasil.dn.pt/pergunte-ao-advogado-perdi-o-prazo-para-responder-ao-projeto-de-indeferimento-e-agora',
    kind: 'press',
    published: '2026-01-22',
  },
  renewedTitlesValidityDecree: {
    title:
      'DN Brasil, Guia do imigrante: o decreto que permite a validade dos títulos de residência renovados e ainda não enviados',
    url: 'https://dnbrasil.dn.pt/guia-do-imigrante/confira-aqui-o-decreto-que-permite-validade-dos-ttulos-de-residncia-renovados-e-ainda-no-enviados',
    kind: 'press',
    published: '2025-12-29',
  },
  nomadgateTacitApproval: {
    title: 'Nomad Gate community: AIMA tacit approval (users on the certificate of deferimento tácito)',
    url: 'https://community.nomadgate.com/t/aima-tacit-approval/77628',
    kind: 'forum',
    published: '2026',
  },
  aimaPostMay2026: {
    title: 'AIMA Facebook post mirrored by govern1.com: appointments, rebooking and phone lines',
    url: 'https://www.govern1.com/PT/Lisbon/117872964752853/Ag%C3%AAncia-para-a-Integra%C3%A7%C3%A3o%2C-Migra%C3%A7%C3%B5es-e-Asilo---AIMA',
    kind: 'secondary',
    published: '2026-05-10',
  },
  portalLaunchErrors: {
    title: 'DN Brasil: the new online renewals system shows errors ("Data inválida", "Usuário não encontrado")',
    url: 'https://dnbrasil.dn.pt/novo-sistema-online-de-renova%C3%A7%C3%B5es-de-resid%C3%AAncias-da-aima-apresenta-erros-e-imigrantes-ficam-sem-resposta',
    kind: 'press',
    published: '2025-07',
  },
  nomadgateAriRenewal: {
    title: 'Nomad Gate community: new online ARI renewal process (date format, family members, appointments)',
    url: 'https://community.nomadgate.com/t/new-online-ari-renewal-process-feb-2026/75938?page=16',
    kind: 'forum',
    published: '2026-02',
  },
  nomadgateChangeAppointments: {
    title: 'Nomad Gate community: changing AIMA residence appointments',
    url: 'https://community.nomadgate.com/t/aima-change-residencies-appointments/62655',
    kind: 'forum',
  },
  aimaNoShowWarning: {
    title: 'DN Brasil: AIMA warns against not turning up to appointments (cancel in advance)',
    url: 'https://dnbrasil.dn.pt/aima-alerta-para-nao-comparecimento-em-marcacoes',
    kind: 'press',
  },
  unpaidFeesNotice: {
    title: 'Magazine Santomensidade: Mission Structure notices of unpaid fees ("taxas em falta") and where to regularise',
    url: 'https://magazinesantomensidade.com/?p=3675',
    kind: 'press',
    published: '2026-01-04',
  },
  notSentToPrint: {
    title: 'Apoio Jurídico Imigração: approved but never sent to print, and the court injunction (retells a Reddit post)',
    url: 'https://www.apoiojuridico-imigracao.com/blog/aima-approved-but-not-sent-to-print-court-injunction-may-2026',
    kind: 'secondary',
    published: '2026-05-19',
  },
  studentsChangeJan2026: {
    title: 'Magazine Santomensidade: students who stay to work need a change of permit type (from 7 January 2026)',
    url: 'https://magazinesantomensidade.com/2026/01/11',
    kind: 'press',
    published: '2026-01-11',
  },
  studentsWorkingGuidance: {
    title: 'Prismaat: AIMA update for students in Portugal who are now working',
    url: 'https://prismaat.com/aima-update-for-students-in-portugal-who-are-now-working/',
    kind: 'secondary',
  },
  studentsFinishedDec2025: {
    title: 'DN Brasil: AIMA portal accepts residence requests from students already in Portugal (art. 122 o) and p))',
    url: 'https://dnbrasil.dn.pt/portal-da-aima-agora-aceita-pedidos-de-residncia-aos-estudantes-que-j-esto-em-portugal-confira-regras',
    kind: 'press',
    published: '2025-12-04',
  },
  studentsWorkingFeb2026: {
    title: 'DN Brasil: AIMA form for students who work and have not finished their course (art. 122 j))',
    url: 'https://dnbrasil.dn.pt/aima-lana-formulrio-para-pedido-de-residncia-temporria-a-estudantes-que-trabalham-e-no-concluram-o-curso',
    kind: 'press',
    published: '2026-02-11',
  },
  lawyersDirectChannel: {
    title: 'DN Brasil: the Bar Association (OA) and AIMA create a direct channel for lawyers',
    url: 'https://dnbrasil.dn.pt/aps-presso-de-advogadas-brasileiras-oa-e-aima-criam-canal-direto-de-comunicao',
    kind: 'press',
    published: '2025-11-04',
  },
  paymentReconciliationLag: {
    title: 'Apoio Jurídico Imigração: fee paid but the portal still says unpaid (reconciliation lag; retells a Reddit post)',
    url: 'https://www.apoiojuridico-imigracao.com/blog/aima-vistos-fee-paid-portal-still-unpaid-reconciliation-lag-remedy-2026',
    kind: 'secondary',
    published: '2026-06-05',
  },
  receiptValidity: {
    title: 'Lei 23/2007 art. 78 n.7: renewal receipt has the effect of the title for 60 days, renewable',
    url: 'https://sites.google.com/site/leximigratoria/artigo-78-o-renovacao-de-autorizacao-de-residencia-temporaria',
    kind: 'official',
  },
});

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as SourceId[];
export const sourceIdSchema = z.enum(sourceIds as [SourceId, ...SourceId[]]);

/** A rule's provenance: which sources back it, and when they were last read for this rule. */
export const provenanceSchema = z.object({
  sources: z.array(sourceIdSchema).min(1),
  checkedOn: z.iso.date(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** A text shown to the user, in both languages. Rules data carries these directly. */
export const localizedSchema = z.object({ en: z.string().min(1), pt: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

/**
 * A rules sentence for each reader, side by side, where the words name whose permit, card or email it is: the person
 * ("Your permit expired") or an agency about its client ("The client’s permit expired"). Only the sentences whose
 * words change are written twice; `reader` picks one (shared/i18n/reader.ts).
 */
export type ReaderSentence = Record<Reader, Localized>;

/** The sentence `reader` reads. */
export function forReader(reader: Reader, sentence: ReaderSentence): Localized {
  return sentence[reader];
}
