import { describe, expect, it } from 'vitest';
import { readMrz } from '../../../shared/reading/mrz';
import { voteLine2 } from '../../../shared/reading/mrz-vote';

const L1 = 'P<INDSILVA<<JOSE<<<<<<<<<<<<<<<<<<<<<<<<<<<<';
const L2 = 'JN545355<3IND7508240M3308039<<<<<<<<<<<<<<<4';
const TODAY = '2026-12-01';

describe('two models vote on MRZ line 2, the check digits decide', () => {
  it('takes each place from one of the readings when exactly one combination passes', () => {
    // One model misreads the J, the other the last check digit: neither passes alone.
    const eng = 'I' + L2.slice(1);
    const por = L2.slice(0, 43) + '1';
    expect(voteLine2(L1, [eng, por], TODAY)).toMatchObject({ status: 'read', lines: [L1, L2] });
  });
  it('a wrong check digit that both models read stays unreadable', () => {
    const wrong = L2.slice(0, 9) + '4' + L2.slice(10);
    expect(voteLine2(L1, [wrong, wrong.slice(0, 43) + '1'], TODAY)).toBeNull();
  });
  it('more than one passing combination is no reading', () => {
    // Both readings pass every check digit on their own (different numbers): ambiguous.
    const a = L2;
    const b = 'JN545356<6IND7508240M3308039<<<<<<<<<<<<<<<8';
    for (const line of [a, b]) expect(readMrz(`${L1}\n${line}`, TODAY).status).toBe('read');
    expect(voteLine2(L1, [a, b], TODAY)).toBeNull();
  });
  it('needs two full-length readings', () => {
    expect(voteLine2(L1, [L2], TODAY)).toBeNull();
    expect(voteLine2(L1, [L2, L2.slice(1)], TODAY)).toBeNull();
  });
});

describe('fillers read as K or L in the personal-number field', () => {
  it('are taken as "<" when that is the one reading passing every check digit', () => {
    const ocrB = L2.slice(0, 30) + 'LLKLK' + L2.slice(35);
    expect(voteLine2(L1, [ocrB], TODAY)).toMatchObject({ status: 'read', lines: [L1, L2] });
  });
  it('but never elsewhere, and never when a check digit is wrong', () => {
    const wrong = L2.slice(0, 9) + '4' + L2.slice(10, 30) + 'LLKLK' + L2.slice(35);
    expect(voteLine2(L1, [wrong], TODAY)).toBeNull();
  });
});
