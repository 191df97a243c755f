import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceLogWarnings, readEvidenceLog } from '../../../electron/clients/evidence-file';
import { problemSentence } from '../../../shared/batch/problem-text';
import { activeEvidence } from '../../../shared/case/evidence';

const dir = mkdtempSync(join(tmpdir(), 'aima-evidence-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = '2026-11-24T09:15:00+00:00';
const entry = (id: string, kind: string, files: unknown[] = []) => ({
  type: 'entry',
  id,
  at,
  recordedAt: at,
  kind,
  note: '',
  files,
});
const receipt = { name: 'recibo.pdf', storedAs: 'evidence/recibo.pdf', sha256: 'a'.repeat(64), bytes: 10 };

async function logOf(content: unknown) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(content));
  const log = await readEvidenceLog(path);
  if (!log.ok) throw new Error(`log refused: ${JSON.stringify(log.issues)}`);
  return log;
}

describe('one malformed record of evidence.json', () => {
  it('is set aside with its position, id and what is wrong; the payment beside it still counts', async () => {
    const log = await logOf([
      entry('e1', 'email-sent'),
      entry('bad-hash', 'submitted-form', [{ ...receipt, sha256: 'not-a-hash' }]),
      entry('no-name', 'email-received', [{ ...receipt, name: undefined }]),
      entry('p1', 'payment-proof', [receipt]),
    ]);
    expect(activeEvidence(log.evidence).map((e) => e.id)).toEqual(['e1', 'p1']);
    expect(log.setAside.map((r) => [r.number, r.id])).toEqual([
      [2, 'bad-hash'],
      [3, 'no-name'],
    ]);
    const [hash, name] = evidenceLogWarnings(log);
    expect(hash).toMatchObject({ code: 'EVIDENCE_ENTRY_SET_ASIDE', severity: 'warning', file: 'evidence.json' });
    expect(problemSentence(hash!, 'en')).toMatch(
      /^Entry 2 of evidence\.json \("bad-hash"\) is not valid \(files\.0\.sha256: .+\): it was set aside and the other entries are used\./,
    );
    expect(problemSentence(name!, 'pt')).toMatch(
      /^O registo 3 do evidence\.json \("no-name"\) não é válido \(files\.0\.name: .+\): foi posto de parte e os restantes registos são usados\./,
    );
  });

  it('{ "evidence": [...] } (a case.json’s shape) is read record by record too; a record without an id is named by its position', async () => {
    const log = await logOf({ evidence: [{ type: 'entry', kind: 'payment-proof' }, entry('p1', 'payment-proof')] });
    expect(log.evidence.map((r) => r.id)).toEqual(['p1']);
    const [warning] = evidenceLogWarnings(log);
    expect(problemSentence(warning!, 'en')).toMatch(/^Entry 1 of evidence\.json is not valid \(/);
    expect(problemSentence(warning!, 'pt')).toMatch(/^O registo 1 do evidence\.json não é válido \(/);
  });

  it('a malformed withdrawal still withdraws what it names: that entry is set aside, never counted as paid', async () => {
    const log = await logOf([entry('p1', 'payment-proof'), { type: 'retraction', id: 'r1', entryId: 'p1', reason: '' }]);
    expect(activeEvidence(log.evidence)).toEqual([]);
    expect(log.withdrawnUnclear).toEqual(['p1']);
    const warnings = evidenceLogWarnings(log);
    expect(warnings.map((w) => w.code)).toEqual(['EVIDENCE_ENTRY_SET_ASIDE', 'EVIDENCE_WITHDRAWAL_UNCLEAR']);
    expect(problemSentence(warnings[1]!, 'en')).toBe(
      'Entry "p1" of evidence.json was set aside too: a withdrawal that is not valid names it, so it may have been withdrawn. Correct the withdrawal: until then the entry is not counted.',
    );
    expect(problemSentence(warnings[1]!, 'pt')).toContain('O registo "p1" do evidence.json também foi posto de parte');
  });

  it('a file that is not a log at all is still refused as a whole, with what is wrong', async () => {
    const path = join(dir, 'object.json');
    writeFileSync(path, JSON.stringify({ entries: [] }));
    const log = await readEvidenceLog(path);
    expect(log.ok).toBe(false);
    if (!log.ok) expect(log.issues.length).toBeGreaterThan(0);
  });
});
