import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseFileSchema, slugFromTitle, type CaseFile } from '../../../shared/case/case-file';
import { activeEvidence, type EvidenceRecord } from '../../../shared/case/evidence';
import { parseCaseJson, serializeCaseFile, type CaseMigration } from '../../../shared/case/migrations';

const v1: CaseFile = caseFileSchema.parse({
  schemaVersion: 1,
  id: 'ana-silva',
  title: 'Ana Silva',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  person: { fullName: 'Ana Silva', nif: '123456789' },
});

describe('case.json parsing', () => {
  it('round-trips a current case', () => {
    const result = parseCaseJson(serializeCaseFile(v1));
    expect(result).toEqual({ ok: true, caseFile: v1, migratedFrom: null });
  });

  it('tells apart not-JSON, not-a-case, invalid and newer-version', () => {
    expect(parseCaseJson('{"schemaVersion": 1,')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parseCaseJson('[1,2]')).toMatchObject({ ok: false, reason: 'not-a-case' });
    expect(parseCaseJson('{"title":"x"}')).toMatchObject({ ok: false, reason: 'not-a-case' });
    const invalid = parseCaseJson(JSON.stringify({ ...v1, person: { nif: '12' } }));
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid' });
    expect(invalid.ok === false && invalid.detail).toContain('person.nif');
    expect(parseCaseJson(JSON.stringify({ ...v1, schemaVersion: 2 }))).toMatchObject({
      ok: false,
      reason: 'newer-version',
      fileVersion: 2,
    });
  });

  it('accepts a UTF-8 byte-order mark written by some editors', () => {
    expect(parseCaseJson(`\ufeff${serializeCaseFile(v1)}`).ok).toBe(true);
  });

  it('lifts an older version step by step through the migrations', () => {
    // A hypothetical version 2 that renamed `title` to `label`, to exercise the path.
    const v2Schema = caseFileSchema.omit({ title: true, schemaVersion: true }).extend({
      schemaVersion: z.literal(2),
      label: z.string(),
    });
    const migrations: Record<number, CaseMigration> = {
      1: ({ title, ...rest }) => ({ ...rest, schemaVersion: 2, label: title }),
    };
    const result = parseCaseJson(serializeCaseFile(v1), migrations, 2, v2Schema as never);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.migratedFrom).toBe(1);
      expect(result.caseFile).toMatchObject({ schemaVersion: 2, label: 'Ana Silva' });
    }
    // A missing step is reported, not guessed.
    expect(parseCaseJson(serializeCaseFile(v1), {}, 2, v2Schema as never)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('makes folder-safe ids from any script', () => {
    expect(slugFromTitle('Nguyễn Văn An')).toBe('nguyen-van-an');
    expect(slugFromTitle('Łukasz Şahin')).toBe('lukasz-sahin');
    expect(slugFromTitle('Đặng Thị Hoa')).toBe('dang-thi-hoa');
    expect(slugFromTitle('../../etc')).toBe('etc');
    expect(slugFromTitle('Иван')).toBe('case');
  });
});

describe('evidence log', () => {
  const entry = (id: string, at: string): EvidenceRecord => ({
    type: 'entry',
    id,
    at,
    recordedAt: '2026-05-01T00:00:00Z',
    kind: 'phone-call',
    note: '',
    files: [],
  });

  it('orders active entries by when they happened and hides retracted ones', () => {
    const log: EvidenceRecord[] = [
      entry('c', '2026-03-03T10:00:00+01:00'),
      entry('a', '2026-03-01T10:00:00Z'),
      entry('b', '2026-03-02T10:00:00Z'),
      { type: 'retraction', id: 'r', recordedAt: '2026-05-02T00:00:00Z', entryId: 'b', reason: 'duplicate' },
    ];
    expect(activeEvidence(log).map((e) => e.id)).toEqual(['a', 'c']);
  });
});
