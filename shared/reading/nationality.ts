/**
 * The passport's nationality (an ICAO 9303 code, "BRA") as the case and the letters write it:
 * the Portuguese adjective agreeing with "nacionalidade" ("brasileira"). Only codes listed
 * here are offered for the case's facts; for any other the person types the word themselves
 * (a wrong adjective in a letter to AIMA is worse than none).
 */
const NATIONALITY_PT: Record<string, string> = {
  AGO: 'angolana',
  BGD: 'bangladeshiana',
  BRA: 'brasileira',
  CHN: 'chinesa',
  COL: 'colombiana',
  CPV: 'cabo-verdiana',
  GBR: 'britânica',
  GNB: 'guineense',
  IND: 'indiana',
  MAR: 'marroquina',
  MOZ: 'moçambicana',
  NPL: 'nepalesa',
  PAK: 'paquistanesa',
  PHL: 'filipina',
  RUS: 'russa',
  STP: 'são-tomense',
  TLS: 'timorense',
  UKR: 'ucraniana',
  USA: 'norte-americana',
  VEN: 'venezuelana',
  VNM: 'vietnamita',
};

export function nationalityInPortuguese(code: string): string | null {
  return NATIONALITY_PT[code] ?? null;
}
