import { z } from 'zod';

/**
 * Document categories: the one source of truth for category ids and the
 * upload file names the engine writes (portal-safe: lowercase ASCII, hyphens, .pdf).
 * The checklist rules (`checklist.ts`) say which categories each permit kind
 * needs, when, and on what source; the document engine and the renderer read
 * ids, file names and names from here.
 */
export const categoryIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens');
export type CategoryId = z.infer<typeof categoryIdSchema>;

export const uploadFileNameSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.pdf$/, 'portal-safe file name');

export const categorySchema = z.object({
  id: categoryIdSchema,
  fileName: uploadFileNameSchema,
  name: z.object({ en: z.string().min(1), pt: z.string().min(1) }),
  /**
   * How the compress stage may store its scanned pages (shared/engine/compression.ts pageClassSchema).
   * Identity documents stay photographic: the photo, security prints and MRZ must look like the
   * document, not like a 1-bit copy of it. Absent: photo, text and mixed.
   */
  pageClasses: z.array(z.enum(['photo', 'text', 'mixed'])).optional(),
});
export type Category = z.infer<typeof categorySchema>;

const defineCategory = (id: string, en: string, pt: string, pageClasses?: Category['pageClasses']): Category => ({
  id,
  fileName: `${id}.pdf`,
  name: { en, pt },
  ...(pageClasses ? { pageClasses } : {}),
});

export const categories: readonly Category[] = [
  defineCategory('passport', 'Passport', 'Passaporte', ['photo']),
  defineCategory('residence-permit', 'Residence permit card', 'Título de residência', ['photo']),
  defineCategory(
    'financas-no-debt',
    'Tax status certificate (Finanças)',
    'Certidão de situação tributária regularizada (Finanças)',
  ),
  defineCategory(
    'social-security-no-debt',
    'Social Security status declaration',
    'Declaração de situação contributiva regularizada (Segurança Social)',
  ),
  defineCategory(
    'social-security-non-registration',
    'No Social Security registration: explanation and certificate',
    'Sem inscrição na Segurança Social: explicação e Certidão de Não Inscrição',
  ),
  defineCategory('proof-of-address', 'Proof of address', 'Comprovativo de morada'),
  defineCategory('income-proof', 'Proof of means of subsistence', 'Comprovativo de meios de subsistência'),
  defineCategory(
    'employment-contract',
    'Employment contract or employer declaration',
    'Contrato de trabalho ou declaração da entidade empregadora',
  ),
  defineCategory('irs-declaration', 'Income tax return (IRS)', 'Declaração de IRS'),
  defineCategory('independent-activity', 'Proof of independent activity', 'Comprovativo de atividade independente'),
  defineCategory(
    'remote-work-proof',
    'Proof of remote work for a foreign employer or clients',
    'Comprovativo de trabalho remoto para entidade estrangeira',
  ),
  defineCategory('study-enrolment', 'Enrolment and tuition', 'Matrícula e pagamento de propinas'),
  defineCategory('health-insurance', 'Health insurance or SNS registration', 'Seguro de saúde ou inscrição no SNS'),
  defineCategory('family-relationship-proof', 'Proof of the family relationship', 'Comprovativo do vínculo familiar'),
  defineCategory('sponsor-documents', 'Documents of the family member you joined', 'Documentos do familiar reagrupante'),
  defineCategory(
    'criminal-record-authorisation',
    'Authorisation to check the Portuguese criminal record',
    'Autorização para consulta do registo criminal',
  ),
  defineCategory(
    'criminal-record-certificate',
    'Criminal record certificate (country of nationality)',
    'Certificado de registo criminal (país de nacionalidade)',
  ),
  defineCategory('responsibility-term', 'Term of responsibility (Modelo 4)', 'Termo de responsabilidade (Modelo 4)'),
  defineCategory(
    'presence-proof',
    'Proof of presence in Portugal or reasons for absence',
    'Comprovativo de permanência em Portugal ou motivos da ausência',
  ),
];

export function categoryById(id: string): Category | undefined {
  return categories.find((category) => category.id === id);
}
