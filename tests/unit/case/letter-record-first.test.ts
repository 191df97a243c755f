import { describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../../../shared/case/evidence';
import { buildLetter } from '../../../shared/writing/letter';
import { completeCase } from './writing-fixtures';

const entry = (id: string, kind: EvidenceEntry['kind'], at: string): EvidenceEntry => ({
  type: 'entry',
  id,
  at,
  recordedAt: at,
  kind,
  note: '',
  files: [],
});
const withLog = (evidence: EvidenceEntry[], permitExpiry = '2026-12-20') => {
  const c = completeCase();
  return { ...c, evidence, situation: { ...c.situation, permitExpiry } };
};

/**
 * The default letter of an empty evidence log is "I could not submit … for reasons outside my control": a claim only
 * a recorded attempt backs. Before, it was offered ready to send, with "the log is empty, so no chronology" as one
 * more warning among the address and the attachments.
 */
describe('a letter whose sentences need evidence is not offered ready', () => {
  it('an empty log: the "could not submit" letter says it is not ready and what to record first (en, pt)', () => {
    const letter = buildLetter(withLog([]), { date: '2026-12-01' });
    expect(letter.purpose).toBe('portal-failure');
    expect(letter.recordFirst?.en).toMatch(/^Not ready to send: .* Record each attempt on the portal in the evidence log first/);
    expect(letter.recordFirst?.pt).toMatch(
      /^Ainda não está pronta a enviar: .* Registe primeiro no registo de provas cada tentativa no portal/,
    );
    expect(letter.warnings[0]).toMatchObject({ code: 'EVIDENCE_NEEDED', text: letter.recordFirst });
    expect(letter.warnings.map((w) => w.code)).not.toContain('NO_EVIDENCE');
  });

  it('an email alone is a contact, not an attempt: still not ready', () => {
    const letter = buildLetter(withLog([entry('e', 'email-sent', '2026-11-20T10:00:00Z')]), { date: '2026-12-01' });
    expect(letter.purpose).toBe('portal-failure');
    expect(letter.recordFirst).not.toBeNull();
  });

  it('a recorded attempt on the portal: ready, nothing to record first', () => {
    const letter = buildLetter(withLog([entry('a', 'portal-error-screenshot', '2026-11-20T10:00:00Z')]), {
      date: '2026-12-01',
    });
    expect(letter.purpose).toBe('portal-failure');
    expect(letter.recordFirst).toBeNull();
    expect(letter.warnings.map((w) => w.code)).not.toContain('EVIDENCE_NEEDED');
  });

  it('the lapsed-renewal letter rests on the expiry date alone: ready over an empty log', () => {
    const letter = buildLetter(withLog([], '2026-01-15'), { date: '2026-12-01' });
    expect(letter.purpose).toBe('lapsed-renewal');
    expect(letter.recordFirst).toBeNull();
    expect(letter.warnings.map((w) => w.code)).toContain('NO_EVIDENCE');
  });

  it('a client folder is told to export the log as evidence.json', () => {
    const letter = buildLetter(withLog([]), { date: '2026-12-01' }, 'client-folder');
    expect(letter.recordFirst?.en).toContain('evidence.json beside client.json');
    expect(letter.recordFirst?.pt).toContain('evidence.json, ao lado do client.json');
  });
});
