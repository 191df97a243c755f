/**
 * Text as the readers compare it: lower case, accents removed, every run of
 * whitespace one space. OCR and text layers differ in case and accents; the
 * words that decide ("certidao", "seguranca social") must not.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ \t\u00a0]+/g, ' ');
}

/**
 * A person's name as AIMA's systems compare it: accents, case, punctuation and the
 * order of the names ignored ("João Pedro DOS SANTOS" = "SANTOS JOAO PEDRO DOS").
 */
export function nameKey(name: string): string {
  return normalizeText(name)
    .replace(/[^a-z ]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}
