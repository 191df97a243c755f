import { z } from 'zod';

/**
 * Document categories: the one source of truth for category ids and the
 * upload file names the engine writes (portal-safe: lowercase ASCII, hyphens, .pdf).
 * The rules engine (checklist per permit kind, conditions, sources) builds on this list.
 */
export const categoryIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens');
export type CategoryId = z.infer<typeof categoryIdSchema>;

export const uploadFileNameSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.pdf$/, 'portal-safe file name');

export const categorySchema = z.object({
  id: categoryIdSchema,
  fileName: uploadFileNameSchema,
  name: z.object({ en: z.string().min(1), pt: z.string().min(1) }),
});
export type Category = z.infer<typeof categorySchema>;

export const categories: readonly Category[] = [
  { id: 'passport', fileName: 'passport.pdf', name: { en: 'Passport', pt: 'Passaporte' } },
  { id: 'residence-permit', fileName: 'residence-permit.pdf', name: { en: 'Residence permit card', pt: 'Título de residência' } },
  {
    id: 'financas-no-debt',
    fileName: 'financas-no-debt.pdf',
    name: { en: 'Tax status certificate (Finanças)', pt: 'Certidão de situação tributária regularizada (Finanças)' },
  },
  {
    id: 'social-security-no-debt',
    fileName: 'social-security-no-debt.pdf',
    name: { en: 'Social Security status declaration', pt: 'Declaração de situação contributiva regularizada (Segurança Social)' },
  },
  { id: 'proof-of-address', fileName: 'proof-of-address.pdf', name: { en: 'Proof of address', pt: 'Comprovativo de morada' } },
  {
    id: 'income-proof',
    fileName: 'income-proof.pdf',
    name: { en: 'Proof of means of subsistence', pt: 'Comprovativo de meios de subsistência' },
  },
];

export function categoryById(id: string): Category | undefined {
  return categories.find((category) => category.id === id);
}
