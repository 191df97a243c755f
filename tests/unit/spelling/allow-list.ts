/**
 * Words the pt-PT dictionary (hunspell-pt-pt) does not hold that the app's Portuguese rightly uses,
 * each with why it is right. Reviewed: every entry is needed by some text (the spelling test fails
 * on an entry no text uses), so the list cannot grow into a hiding place for misspellings.
 */
export const allowList: Record<string, string> = {
  // Acronyms and names of bodies, services and the app.
  AIMA: 'Agência para a Integração, Migrações e Asilo',
  EMAIMA: 'Estrutura de Missão da AIMA, as AIMA abbreviates it',
  DUC: 'Documento Único de Cobrança',
  NISS: 'Número de Identificação da Segurança Social',
  AT: 'Autoridade Tributária (the Finanças)',
  IRN: 'Instituto dos Registos e do Notariado',
  ARI: 'Autorização de Residência para Investimento',
  DL: 'Decreto-Lei, as cited in the sources',
  FAQ: 'AIMA’s own page name ("FAQ")',
  QR: 'código QR',
  ePortugal: 'the government portal’s name',
  Prep: 'the app’s name, AIMA Prep',
  English: 'the language menu names English in English',
  Word: 'Microsoft Word, a program name',
  Way: 'MB WAY, the Portuguese payment app',
  DECO: 'the consumer association (Associação Portuguesa para a Defesa do Consumidor), where complaints about AIMA go',
  Calouste: 'Rua Calouste Gulbenkian, the street of the SEIVA desk in Porto',
  Art: 'the contact form’s own option label ("Art. 122.º – alínea j)"), quoted exactly',
  'duc-reference': 'the evidence log’s entry kind as evidence.json writes it, named by the command line’s texts',
  homebanking: 'what Portuguese banks call their online banking (CGD, Millennium)',
  // File formats and units, as the user sees them in file names and settings.
  JPEG: 'image format',
  PNG: 'image format',
  HEIC: 'image format (iPhone photos)',
  TIFF: 'image format',
  WebP: 'image format',
  JSON: 'file format of client.json',
  ppp: 'pontos por polegada, the Portuguese resolution unit',
  zip: 'file extension named on its own (".zip")',
  // Abbreviations of formal and legal writing.
  Exmos: '"Exmos. Senhores", the usual opening of a letter to a public body',
  art: '"art." (artigo), in citations of the law',
  ref: '"ref." (referência)',
  set: '"set." (setembro), month abbreviation in dated sources',
  nov: '"nov." (novembro), month abbreviation in dated sources',
  // Correct pt-PT words the dictionary lacks.
  reconstruído: 'past participle of reconstruir (as construído); the dictionary lacks the accented form',
  píxeis: 'plural of píxel in pt-PT (Priberam)',
  autosserviço: 'AO90 spelling of auto + serviço (Priberam)',
  reagrupante: 'legal term of Lei 23/2007 (familiar reagrupante)',
  comodato: 'legal term: contrato de comodato (free loan of a home), Código Civil art. 1129.º',
  internet: 'lower-case internet is accepted in pt-PT (Priberam)',
  script: 'estrangeirismo in Priberam; the PDF sanitiser names removed scripts',
  scripts: 'plural of script',
  // Names.
  XFA: 'a PDF form technology, named in the sanitiser report',
  // Command names and values in the CLI's sentences.
  batch: 'the aima-prep batch command',
  en: 'the --lang value for English',
  README: 'the project’s read-me file, named in the command line’s help',
  pt: 'the --lang value for Portuguese',
  // JSON values and keys an agency writes in client.json, quoted as they must be written (fields.zod.*).
  true: 'the JSON value true, written without quotes',
  false: 'the JSON value false, written without quotes',
  null: 'the JSON value null, named when it is what a field holds',
  UTC: 'Tempo Universal Coordenado, the reference of a date-time offset ("+00:00")',
  instant: 'the client.json key "instant" of duc.generatedAt',
  lisbonDate: 'the client.json key "lisbonDate" of duc.generatedAt',
  lisbonTime: 'the client.json key "lisbonTime" of duc.generatedAt',
  // The loud marker of a missing value, bilingual on purpose so it is never sent by accident.
  MISSING: '"[EM FALTA / MISSING: …]", the marker of a missing fact',
};
