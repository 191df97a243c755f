import { spawnSync } from 'node:child_process';

/**
 * A pt-PT spelling check for the test suite: Hunspell with Debian's pt-PT
 * dictionary (packages `hunspell` and `hunspell-pt-pt`, the Natura project's
 * dictionary that LibreOffice ships; listed in .ci/apt-packages.txt), plus an
 * explicit allow-list (allow-list.ts) for names, acronyms and terms the
 * dictionary does not hold. Hunspell rather than nspell: nspell took over ten
 * minutes to load this dictionary's affix rules; hunspell checks every text of
 * the app in under a second. Only words are checked: placeholders, web and
 * e-mail addresses, file names and anything with a digit are left out.
 */

/** What is not a word to spell-check, removed before checking. */
const NOT_WORDS = [
  /\{\{\w+\}\}/g, // i18n placeholders
  /\bhttps?:\/\/\S+/g, // web addresses
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail addresses
  /\b(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:pt|gov|com|org|eu|net)(?:\/\S*)?/g, // domains ("aima.gov.pt/pt/contactos")
  /[\w.-]+\.(?:pdf|json|jpe?g|heic|heif|png|docx|eml|ics|csv|html|txt|zip|tiff?|webp)\b/gi, // file names
  /\S*\d\S*/g, // numbers, references, "3.º"
  /(?<![\p{L}\w-])--?[a-z][\w-]*/gu, // command-line options ("--out"), not a clitic ("citá-las")
  /\baima-prep(?:\s+(?:batch|prepare|contact-text|letter|duc|help)\b)?/g, // the command's name, and a command after it
  /(?<![\w/])[a-z][\w-]*\/(?=[\s,)]|$)/gm, // folder names written with their slash ("passport/")
  /\b[a-z]+\.[a-zA-Z]+(?:\.[a-zA-Z]+)*\b/g, // field paths of client.json ("duc.generatedAt")
  /(?<!\w)\.(?:pdf|docx|txt|eml|ics|zip|json|csv|html)\b/g, // file extensions named on their own
  /\b(?:AAAA|MM|DD)(?:[-/](?:AAAA|MM|DD))*\b/g, // date-format patterns ("AAAA-MM-DD")
];

export function withoutNonWords(text: string): string {
  let clean = text;
  for (const pattern of NOT_WORDS) clean = clean.replace(pattern, ' ');
  return clean;
}

export interface Misspelling {
  word: string;
  where: string;
  suggestions: string[];
}

export function hunspellAvailable(): boolean {
  const run = spawnSync('hunspell', ['-d', 'pt_PT', '-l'], { input: 'casa\n', encoding: 'utf8' });
  return run.status === 0;
}

/** The distinct words Hunspell doubts in the lines (its list mode, -l: fast, no suggestions). */
function hunspellList(lines: readonly string[]): Set<string> {
  const run = spawnSync('hunspell', ['-d', 'pt_PT', '-l', '-i', 'utf-8'], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`hunspell failed: ${run.stderr || run.error?.message}`);
  return new Set(run.stdout.split('\n').filter(Boolean));
}

/** Hunspell's suggestions for a few words (its pipe mode, -a; slow, so only for the words it doubts). */
export function suggestionsFor(words: readonly string[]): Map<string, string[]> {
  const run = spawnSync('hunspell', ['-d', 'pt_PT', '-a', '-i', 'utf-8'], {
    input: words.map((w) => `^${w}`).join('\n'),
    encoding: 'utf8',
  });
  const found = new Map<string, string[]>();
  for (const line of run.stdout.split('\n')) {
    const doubt = /^& (\S+) \d+ \d+: (.*)$/.exec(line);
    if (doubt) found.set(doubt[1]!, doubt[2]!.split(', ').slice(0, 3));
  }
  return found;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every misspelt word of the texts, with where it was found and Hunspell's suggestions. */
export function misspellings(texts: ReadonlyArray<{ where: string; text: string }>, allowed: ReadonlySet<string>): Misspelling[] {
  const lines = texts.map(({ text }) => withoutNonWords(text).replace(/\s+/g, ' '));
  // One letter is an abbreviation's part ("n.º", "V."), not a word.
  const wrong = [...hunspellList(lines)].filter((word) => [...word].length > 1 && !allowed.has(word));
  if (wrong.length === 0) return [];
  const suggestions = suggestionsFor(wrong);
  return wrong.flatMap((word) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${escape(word)}(?![\\p{L}\\p{M}])`, 'u');
    return texts
      .filter((_, i) => pattern.test(lines[i]!))
      .map(({ where }) => ({ word, where, suggestions: suggestions.get(word) ?? [] }));
  });
}

/** The words Hunspell doubts in the texts, allowed or not: an allow-list entry none of them needs should go. */
export function doubtedWords(texts: ReadonlyArray<{ text: string }>): Set<string> {
  return hunspellList(texts.map(({ text }) => withoutNonWords(text).replace(/\s+/g, ' ')));
}
