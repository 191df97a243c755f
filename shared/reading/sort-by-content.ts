import { z } from 'zod';
import { categoryIdSchema, type CategoryId } from '../rules/categories';
import { normalizeText } from './normalize';

/**
 * Which document category a file's content shows, with the words that decided it:
 * a suggestion the person confirms in the app, and what the batch uses when a
 * loose file's name decides nothing (and reports). Data, then one small scorer.
 *
 * Strong phrases name the document itself ("recibo de vencimento"); weak words
 * appear in many documents (a payslip mentions "Segurança Social" for its
 * deductions). A category needs one strong phrase (weight 3) or several weak
 * words, and must beat every other category: a tie suggests nothing.
 */
export const contentCueSchema = z.object({
  categoryId: categoryIdSchema,
  /** Normalised (lower case, no accents) phrases and their weight. */
  phrases: z.array(z.tuple([z.string().min(1), z.number().int().positive()])),
});
export type ContentCue = z.infer<typeof contentCueSchema>;

export const contentCues: readonly ContentCue[] = [
  {
    categoryId: 'financas-no-debt',
    phrases: [
      ['situacao tributaria regularizada', 4],
      ['certidao de divida', 3],
      ['certidao de nao divida', 3],
      ['autoridade tributaria e aduaneira', 2],
      ['situacao tributaria', 2],
      ['financas', 1],
    ],
  },
  {
    categoryId: 'social-security-no-debt',
    phrases: [
      ['situacao contributiva regularizada', 4],
      ['declaracao de situacao contributiva', 4],
      ['situacao contributiva', 2],
      ['instituto da seguranca social', 2],
      ['seguranca social', 1],
    ],
  },
  {
    categoryId: 'employment-contract',
    phrases: [
      ['contrato de trabalho', 3],
      ['contrato individual de trabalho', 3],
      ['declaracao da entidade empregadora', 3],
      ['entidade empregadora', 1],
      ['trabalhador', 1],
    ],
  },
  {
    categoryId: 'income-proof',
    phrases: [
      ['recibo de vencimento', 4],
      ['recibo de remuneracao', 4],
      ['extrato bancario', 3],
      ['extrato de conta', 3],
      ['extrato integrado', 3],
      ['vencimento base', 1],
      ['saldo disponivel', 1],
    ],
  },
  {
    categoryId: 'proof-of-address',
    phrases: [
      ['contrato de arrendamento', 4],
      ['declaracao de alojamento', 3],
      ['recibo de renda', 3],
      ['fatura', 2],
      ['factura', 2],
      ['local de consumo', 1],
      ['senhorio', 1],
      ['arrendatario', 1],
    ],
  },
];

export const contentSuggestionSchema = z.object({
  categoryId: categoryIdSchema,
  /** The words in the document that decided it (normalised: lower case, no accents), for the person to check. */
  decidingWords: z.array(z.string()).min(1),
  via: z.enum(['mrz', 'words']),
});
export type ContentSuggestion = z.infer<typeof contentSuggestionSchema>;

const STRONG = 3;

/**
 * Suggest a category from a document's text. `hasMrz`: a passport MRZ was found
 * (it decides on its own: only a passport's data page carries one).
 */
export function suggestCategory(text: string, hasMrz: boolean): ContentSuggestion | null {
  if (hasMrz) return { categoryId: 'passport', decidingWords: ['MRZ (P<…)'], via: 'mrz' };
  const t = ` ${normalizeText(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const scored = contentCues.map((cue) => {
    const found = cue.phrases.filter(([phrase]) => t.includes(` ${phrase} `));
    // A phrase inside a longer matched phrase ("situacao contributiva" in "... regularizada") counts once.
    const distinct = found.filter(([phrase]) => !found.some(([other]) => other !== phrase && other.includes(phrase)));
    return {
      categoryId: cue.categoryId as CategoryId,
      score: distinct.reduce((sum, [, w]) => sum + w, 0),
      words: distinct.map(([p]) => p),
    };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < STRONG || (second && second.score === best.score)) return null;
  return { categoryId: best.categoryId, decidingWords: best.words, via: 'words' };
}
