/**
 * Portuguese address wording for the letter. "residente em Rua da Prata 10"
 * reads wrong to an AIMA officer: a street type takes its article ("na Rua",
 * "no Largo") and the house number follows a comma ("Rua da Prata, 10").
 */

/** Street types by grammatical gender, with their usual abbreviations (lowercase, as typed). */
const feminine = [
  'rua',
  'r.',
  'avenida',
  'av.',
  'av',
  'travessa',
  'tv.',
  'trav.',
  'praça',
  'pç.',
  'pc.',
  'estrada',
  'estr.',
  'calçada',
  'cç.',
  'alameda',
  'al.',
  'praceta',
  'pct.',
  'azinhaga',
  'quinta',
  'qta.',
  'urbanização',
  'urb.',
  'rotunda',
  'vila',
  'vereda',
  'escadinhas',
  'ladeira',
  'zona',
];
const masculine = [
  'largo',
  'lg.',
  'beco',
  'caminho',
  'bairro',
  'sítio',
  'lugar',
  'pátio',
  'jardim',
  'parque',
  'edifício',
  'ed.',
  'cais',
  'terreiro',
  'monte',
];

/** "residente na Rua …" / "residente no Largo …"; any other start keeps "residente em …" (a place name, e.g. a village). */
export function residentAt(address: string): { pt: string } {
  const firstWord = address.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (feminine.includes(firstWord)) return { pt: `residente na ${address}` };
  if (masculine.includes(firstWord)) return { pt: `residente no ${address}` };
  return { pt: `residente em ${address}` };
}

/**
 * "Rua da Prata 10, 2.º Esq." → "Rua da Prata, 10, 2.º Esq.": a comma before the
 * house number that ends the street part. A number inside the name ("Rua 25 de
 * Abril 3") is left alone; only the trailing one is set off.
 */
export function withHouseNumberComma(street: string): string {
  const [head = '', ...rest] = street.split(',');
  const fixed = head.replace(/([^\s,])\s+((?:n\.?\s?º\s*)?\d+[A-Za-z]?(?:-[A-Za-z])?)\s*$/u, '$1, $2');
  return [fixed, ...rest].join(',');
}

/**
 * Abbreviations and the number they introduce stay on one line: a line break
 * inside "V. Ex.as" or between "n.º" and its number makes a letter look
 * careless. Replaces the plain space with a no-break space (U+00A0).
 */
export function keepAbbreviationsTogether(text: string): string {
  return text
    .replace(/V\. Ex\.as/g, 'V.\u00a0Ex.as')
    .replace(/\b([Nn]\.º|art\.|Art\.) (?=\S)/g, '$1\u00a0')
    .replace(/(\d+\.º) (Esq\.|Dto\.|Frt\.)/g, '$1\u00a0$2');
}
