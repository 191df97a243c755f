import { z } from 'zod';
import { categoryIdSchema, type CategoryId } from '../rules/categories';

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
  /** The words that decided it, as the document prints them ("Situação Tributária Regularizada"), for the person to check. */
  decidingWords: z.array(z.string()).min(1),
  via: z.enum(['mrz', 'words']),
});
export type ContentSuggestion = z.infer<typeof contentSuggestionSchema>;

const STRONG = 3;

/**
 * The text as the scorer compares it (lower case, no accents, every run of other characters one
 * space, with a space at each end), and for each of its characters where it came from in the
 * original, so a matched phrase can be shown as the document prints it. Built one character at a
 * time with normalizeText's steps (NFD, accents dropped, lower case), which give the same string.
 */
function comparable(text: string): { t: string; from: number[] } {
  let t = ' ';
  const from = [0];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    // A lone combining accent (text already decomposed) becomes '' and leaves nothing, as in normalizeText.
    const plain =
      ch <= '\x7f'
        ? ch.toLowerCase()
        : ch
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase();
    for (const c of plain) {
      const kept = /[a-z0-9]/.test(c) ? c : ' ';
      if (kept === ' ' && t.endsWith(' ')) continue;
      t += kept;
      from.push(i);
    }
    i += ch.length;
  }
  if (!t.endsWith(' ')) {
    t += ' ';
    from.push(text.length);
  }
  return { t, from };
}

/** The original words behind t[start, end): from the first letter to the last, with its accents, spaces made single. */
function asPrinted(text: string, from: readonly number[], start: number, end: number): string {
  let stop = (from[end - 1] ?? 0) + 1;
  // The last letter's accent may follow it as a combining mark ("c\u0327").
  while (stop < text.length && /[\u0300-\u036f]/.test(text.charAt(stop))) stop += 1;
  return text.slice(from[start], stop).replace(/\s+/g, ' ').trim();
}

/**
 * Suggest a category from a document's text. `hasMrz`: a passport MRZ was found
 * (it decides on its own: only a passport's data page carries one).
 */
export function suggestCategory(text: string, hasMrz: boolean): ContentSuggestion | null {
  if (hasMrz) return { categoryId: 'passport', decidingWords: ['MRZ (P<…)'], via: 'mrz' };
  const { t, from } = comparable(text);
  const scored = contentCues.map((cue) => {
    const found = cue.phrases.filter(([phrase]) => t.includes(` ${phrase} `));
    // A phrase inside a longer matched phrase ("situacao contributiva" in "... regularizada") counts once.
    const distinct = found.filter(([phrase]) => !found.some(([other]) => other !== phrase && other.includes(phrase)));
    return {
      categoryId: cue.categoryId as CategoryId,
      score: distinct.reduce((sum, [, w]) => sum + w, 0),
      // Where the phrase first appears, shown as printed: the comparing ignores accents, the person should not have to.
      words: distinct.map(([p]) => {
        const at = t.indexOf(` ${p} `) + 1;
        return asPrinted(text, from, at, at + p.length);
      }),
    };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < STRONG || (second && second.score === best.score)) return null;
  return { categoryId: best.categoryId, decidingWords: best.words, via: 'words' };
}
