import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyCheck } from './pre-upload-words';

/**
 * The agency's words of the pre-upload checks moved from an overlay table (AGENCY_WORDS) to `forReader` pairs beside
 * the applicant's sentence (session 15): one mechanism, as the route's and the timeline's. pre-upload-words.json is
 * every check of every worded situation, both readers, both languages, as the overlay produced them before the move.
 */
describe('the pre-upload checks, in every reader’s words', () => {
  it('every sentence is what it was before the move to forReader pairs', () => {
    const before = JSON.parse(readFileSync(join(__dirname, 'pre-upload-words.json'), 'utf8')) as Record<string, string>;
    expect(everyCheck()).toEqual(before);
  });

  it('an agency never reads "your" in a check', () => {
    for (const [key, sentence] of Object.entries(everyCheck()))
      if (key.includes('| agency |') && key.endsWith('| en')) expect(sentence, key).not.toMatch(/\byours?\b/i);
  });
});
