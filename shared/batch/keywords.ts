import { z } from 'zod';
import { categories, categoryIdSchema, type CategoryId } from '../rules/categories';

/**
 * Keywords that sort a client's loose files into document categories by file
 * name, in Portuguese and English. Data, not code: the README lists it, a test
 * checks every id exists in the rules' category list.
 *
 * A keyword is matched on whole words after normalising the file name
 * (lowercase, accents removed, any run of non-letters/digits = one separator),
 * so "Passaporte_João.pdf", "passaporte-joao.pdf" and "PASSAPORTE joão.PDF" all
 * match "passaporte". Multi-word keywords ("domicilio fiscal") beat single words
 * ("financas"), so the most specific keyword decides; a tie between two
 * categories leaves the file unsorted rather than guessing.
 */
export const keywordEntrySchema = z.object({
  categoryId: categoryIdSchema,
  keywords: z.array(z.string().min(1)).min(1),
});
export type KeywordEntry = z.infer<typeof keywordEntrySchema>;

export const categoryKeywords: readonly KeywordEntry[] = [
  {
    categoryId: 'passport',
    keywords: ['passport', 'passaporte', 'pasaporte', 'passeport'],
  },
  {
    categoryId: 'residence-permit',
    keywords: [
      'residence permit',
      'residence card',
      'residence title',
      'titulo de residencia',
      'titulo residencia',
      'autorizacao de residencia',
      'autorizacao residencia',
      'cartao de residencia',
      'cartao residencia',
      'permit card',
      'tr',
      'ar',
    ],
  },
  {
    categoryId: 'financas-no-debt',
    keywords: [
      'financas',
      'financas no debt',
      'autoridade tributaria',
      'situacao tributaria',
      'certidao de nao divida',
      'nao divida financas',
      'tax status',
      'tax certificate',
      'tax clearance',
    ],
  },
  {
    categoryId: 'social-security-no-debt',
    keywords: [
      'seguranca social',
      'seg social',
      'segsocial',
      'social security',
      'situacao contributiva',
      'declaracao contributiva',
    ],
  },
  {
    categoryId: 'proof-of-address',
    keywords: [
      'morada',
      'comprovativo de morada',
      'proof of address',
      'address',
      'arrendamento',
      'contrato de arrendamento',
      'lease',
      'rental agreement',
      'recibo de renda',
      'rent receipt',
      'domicilio fiscal',
      'certidao de domicilio fiscal',
      'caderneta predial',
      'atestado de residencia',
    ],
  },
  {
    categoryId: 'income-proof',
    keywords: [
      'income',
      'proof of income',
      'rendimentos',
      'meios de subsistencia',
      'means of subsistence',
      'subsistencia',
      'extrato',
      'extrato bancario',
      'bank statement',
      'payslip',
      'recibo de vencimento',
      'recibos de vencimento',
      'salary',
      'salario',
      'pensao',
      'pension',
    ],
  },
  {
    categoryId: 'social-security-non-registration',
    keywords: ['nao inscricao', 'certidao de nao inscricao', 'non registration', 'not registered'],
  },
  {
    categoryId: 'employment-contract',
    keywords: [
      'contrato de trabalho',
      'employment contract',
      'work contract',
      'declaracao da entidade empregadora',
      'declaracao do empregador',
      'employer declaration',
    ],
  },
  {
    categoryId: 'irs-declaration',
    keywords: ['irs', 'declaracao de irs', 'nota de liquidacao', 'tax return'],
  },
  {
    categoryId: 'independent-activity',
    keywords: ['atividade independente', 'recibos verdes', 'inicio de atividade', 'independent activity', 'freelance'],
  },
  {
    categoryId: 'remote-work-proof',
    keywords: ['trabalho remoto', 'remote work', 'teletrabalho'],
  },
  {
    categoryId: 'study-enrolment',
    keywords: ['matricula', 'propinas', 'enrolment', 'enrollment', 'tuition'],
  },
  {
    categoryId: 'health-insurance',
    keywords: ['seguro de saude', 'health insurance', 'sns', 'numero de utente'],
  },
  {
    categoryId: 'family-relationship-proof',
    keywords: [
      'certidao de nascimento',
      'certidao de casamento',
      'birth certificate',
      'marriage certificate',
      'vinculo familiar',
      'uniao de facto',
    ],
  },
  {
    categoryId: 'sponsor-documents',
    keywords: ['reagrupante', 'sponsor'],
  },
  {
    categoryId: 'criminal-record-authorisation',
    keywords: [
      'consulta do registo criminal',
      'autorizacao registo criminal',
      'criminal record authorisation',
      'criminal record consent',
    ],
  },
  {
    categoryId: 'criminal-record-certificate',
    keywords: ['registo criminal', 'certificado de registo criminal', 'criminal record', 'antecedentes criminais'],
  },
  {
    categoryId: 'responsibility-term',
    keywords: ['termo de responsabilidade', 'modelo 4', 'responsibility term'],
  },
  {
    categoryId: 'presence-proof',
    keywords: ['comprovativo de permanencia', 'permanencia', 'proof of presence', 'ausencia', 'absence'],
  },
];

/** Lowercase, accents removed, words separated by single spaces. Also used for folder names. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function stripExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export type KeywordSort =
  | { kind: 'sorted'; categoryId: CategoryId; keyword: string }
  | { kind: 'ambiguous'; categoryIds: CategoryId[] }
  | { kind: 'unsorted' };

function containsWords(haystack: string[], needle: string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let i = 0; i < needle.length; i += 1) if (haystack[start + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}

/**
 * The category a loose file belongs to, judged by its name alone. A category-id
 * written as such ("income-proof.pdf") always wins, so the upload names round-trip.
 */
export function sortByKeywords(fileName: string, list: readonly KeywordEntry[] = categoryKeywords): KeywordSort {
  const words = normaliseName(stripExtension(fileName)).split(' ').filter(Boolean);
  const joined = words.join(' ');
  const exact = categories.find((category) => normaliseName(category.id) === joined);
  if (exact) return { kind: 'sorted', categoryId: exact.id, keyword: exact.id };

  let best: { score: number; categoryIds: Set<CategoryId>; keyword: string } | null = null;
  for (const entry of list) {
    for (const keyword of entry.keywords) {
      const needle = normaliseName(keyword).split(' ');
      if (!containsWords(words, needle)) continue;
      // More words win: "domicilio fiscal" beats "financas"; equal counts in two categories are a tie.
      const score = needle.length;
      if (!best || score > best.score) best = { score, categoryIds: new Set([entry.categoryId]), keyword };
      else if (score === best.score) best.categoryIds.add(entry.categoryId);
    }
  }
  if (!best) return { kind: 'unsorted' };
  if (best.categoryIds.size > 1) return { kind: 'ambiguous', categoryIds: [...best.categoryIds] };
  const [categoryId] = [...best.categoryIds] as [CategoryId];
  return { kind: 'sorted', categoryId, keyword: best.keyword };
}

/**
 * A subfolder named after a category id (any case, spaces or underscores for hyphens), after the category's own
 * name as the app and the reports show it, in English or Portuguese ("Proof of means of subsistence"), or by a
 * keyword. The names come first because some hold another category's keyword ("…the Portuguese criminal record"
 * would otherwise be the certificate, not the authorisation).
 */
export function categoryOfFolderName(folderName: string): CategoryId | null {
  const normalised = normaliseName(folderName);
  const byId = categories.find((category) => normaliseName(category.id) === normalised);
  if (byId) return byId.id;
  const byName = categories.find(
    (category) => normaliseName(category.name.en) === normalised || normaliseName(category.name.pt) === normalised,
  );
  if (byName) return byName.id;
  const byKeyword = sortByKeywords(folderName);
  return byKeyword.kind === 'sorted' ? byKeyword.categoryId : null;
}
