/**
 * The passport's nationality (an ICAO 9303 code, "BRA") as the case and the letters write it:
 * the Portuguese adjective agreeing with "nacionalidade" ("brasileira"). Only codes listed
 * here are offered for the case's facts; for any other the person types the word themselves
 * (a wrong adjective in a letter to AIMA is worse than none). With each: the masculine form and
 * the English name, so a nationality typed as "nepalês" or "Nepalese" is still recognised, and an
 * English text never carries the Portuguese adjective ("nationality nepalesa", session 9's walk).
 */
const NATIONALITIES: Record<string, { pt: string; masculine: string; en: string }> = {
  AGO: { pt: 'angolana', masculine: 'angolano', en: 'Angolan' },
  BGD: { pt: 'bangladeshiana', masculine: 'bangladeshiano', en: 'Bangladeshi' },
  BRA: { pt: 'brasileira', masculine: 'brasileiro', en: 'Brazilian' },
  CHN: { pt: 'chinesa', masculine: 'chinês', en: 'Chinese' },
  COL: { pt: 'colombiana', masculine: 'colombiano', en: 'Colombian' },
  CPV: { pt: 'cabo-verdiana', masculine: 'cabo-verdiano', en: 'Cape Verdean' },
  GBR: { pt: 'britânica', masculine: 'britânico', en: 'British' },
  GNB: { pt: 'guineense', masculine: 'guineense', en: 'Bissau-Guinean' },
  IND: { pt: 'indiana', masculine: 'indiano', en: 'Indian' },
  MAR: { pt: 'marroquina', masculine: 'marroquino', en: 'Moroccan' },
  MOZ: { pt: 'moçambicana', masculine: 'moçambicano', en: 'Mozambican' },
  NPL: { pt: 'nepalesa', masculine: 'nepalês', en: 'Nepalese' },
  PAK: { pt: 'paquistanesa', masculine: 'paquistanês', en: 'Pakistani' },
  PHL: { pt: 'filipina', masculine: 'filipino', en: 'Filipino' },
  RUS: { pt: 'russa', masculine: 'russo', en: 'Russian' },
  STP: { pt: 'são-tomense', masculine: 'são-tomense', en: 'São Toméan' },
  TLS: { pt: 'timorense', masculine: 'timorense', en: 'Timorese' },
  UKR: { pt: 'ucraniana', masculine: 'ucraniano', en: 'Ukrainian' },
  USA: { pt: 'norte-americana', masculine: 'norte-americano', en: 'American' },
  VEN: { pt: 'venezuelana', masculine: 'venezuelano', en: 'Venezuelan' },
  VNM: { pt: 'vietnamita', masculine: 'vietnamita', en: 'Vietnamese' },
};

export function nationalityInPortuguese(code: string): string | null {
  return NATIONALITIES[code]?.pt ?? null;
}

/** Lower case, without accents or surrounding spaces: "Nepalês " and "nepales" are the same word. */
const key = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

/**
 * A nationality as the person typed it, in the words each language needs: `pt` after "de nacionalidade" (the
 * feminine adjective when the word is one we know in any of its forms: "nepalês", "Nepalese", "NPL" → "nepalesa";
 * else the word as typed), `en` its English name, or null when we do not know the word (the English text then
 * quotes it as typed, never as if it were English).
 */
export function nationalityWords(typed: string): { pt: string; en: string | null } {
  const k = key(typed);
  const known = Object.entries(NATIONALITIES).find(
    ([code, n]) => key(code) === k || key(n.pt) === k || key(n.masculine) === k || key(n.en) === k,
  )?.[1];
  return known ? { pt: known.pt, en: known.en } : { pt: typed.trim(), en: null };
}
