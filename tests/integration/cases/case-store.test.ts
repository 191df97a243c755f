import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/cases/case-store';
import { defaultCasesRoot } from '../../../electron/cases/cases-root';
import { activeEvidence } from '../../../shared/case/evidence';
import { expectAppError } from '../../app-error';
import { CORPUS } from '../../corpus';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const corpusImage = join(CORPUS, 'images');

let root: string;
let work: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-cases-'));
  work = await mkdtemp(join(tmpdir(), 'aima-user-files-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('case store', () => {
  it('defaults to ~/Documents/AIMA Prep/cases', () => {
    expect(defaultCasesRoot('/home/ana', {})).toBe('/home/ana/Documents/AIMA Prep/cases');
    expect(defaultCasesRoot('/home/ana', { AIMA_PREP_CASES_ROOT: '/srv/agency/cases' })).toBe('/srv/agency/cases');
  });

  it('creates case folders side by side with their sub-folders, and lists them', async () => {
    const store = new CaseStore(root);
    const a = await store.create({ title: 'Nguyễn Văn An', person: { fullName: 'Nguyễn Văn An' } });
    const b = await store.create({ title: 'Nguyễn Văn An' });
    const c = await store.create({ title: 'Łukasz Şahin — 2026' });
    expect([a.id, b.id, c.id]).toEqual(['nguyen-van-an', 'nguyen-van-an-2', 'lukasz-sahin-2026']);
    for (const folder of ['originals', 'ready', 'evidence', 'letters']) {
      expect((await stat(join(root, a.id, folder))).isDirectory()).toBe(true);
    }
    const list = await store.list();
    expect(list.map((s) => s.id).sort()).toEqual(['lukasz-sahin-2026', 'nguyen-van-an', 'nguyen-van-an-2']);
    const first = list.find((s) => s.id === 'nguyen-van-an');
    expect(first).toMatchObject({ status: 'ok', fullName: 'Nguyễn Văn An', evidenceCount: 0 });
    expect((await store.load(a.id)).person.fullName).toBe('Nguyễn Văn An');
  });

  it('a corrupt case.json is reported with a typed error, listed as unreadable, and left byte-identical', async () => {
    const store = new CaseStore(root);
    const good = await store.create({ title: 'Good case' });
    const bad = await store.create({ title: 'Bad case' });
    const path = store.caseFilePath(bad.id);
    const corrupt = Buffer.from('{"schemaVersion": 1, "id": "bad-case", "title": "Bad ca', 'utf8');
    await writeFile(path, corrupt);

    const error = await expectAppError(store.load(bad.id), 'CASE_FILE_CORRUPT');
    expect(error.messageKey).toBe('case.errors.corrupt');
    expect(error.file).toBe(path);
    await expectAppError(store.updateFacts(bad.id, { title: 'Overwrite me' }), 'CASE_FILE_CORRUPT');
    await expectAppError(
      store.addEvidence(bad.id, { at: '2026-03-01T10:00:00Z', kind: 'phone-call', note: '' }),
      'CASE_FILE_CORRUPT',
    );
    await expectAppError(store.retractEvidence(bad.id, 'x', 'why'), 'CASE_FILE_CORRUPT');

    const list = await store.list();
    expect(list.find((s) => s.id === bad.id)).toMatchObject({ status: 'unreadable', code: 'CASE_FILE_CORRUPT' });
    expect(list.find((s) => s.id === good.id)).toMatchObject({ status: 'ok' });
    expect(Buffer.compare(await readFile(path), corrupt)).toBe(0);
  });

  it('a case.json that is valid JSON but breaks the schema is reported the same way and left alone', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Schema break' });
    const path = store.caseFilePath(created.id);
    const text = JSON.stringify({ schemaVersion: 1, id: created.id, title: '', createdAt: 'yesterday' });
    await writeFile(path, text);
    const error = await expectAppError(store.updateFacts(created.id, { title: 'x' }), 'CASE_FILE_CORRUPT');
    expect(String(error.params?.detail)).toContain('title');
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('a case.json from a newer app is refused and never overwritten', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'From the future' });
    const path = store.caseFilePath(created.id);
    const future = JSON.stringify({ ...(await store.load(created.id)), schemaVersion: 99, newField: true }, null, 2);
    await writeFile(path, future);
    const error = await expectAppError(store.load(created.id), 'CASE_FILE_TOO_NEW');
    expect(error.params).toMatchObject({ version: 99, supported: 1 });
    await expectAppError(store.updateFacts(created.id, { title: 'x' }), 'CASE_FILE_TOO_NEW');
    expect(await readFile(path, 'utf8')).toBe(future);
  });

  it('records the documents of each category as original ids in merge order, and refuses an id it does not hold', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Assignments' });
    const first = join(work, 'statement-1.pdf');
    const second = join(work, 'statement-2.pdf');
    await writeFile(first, 'one');
    await writeFile(second, 'two');
    const { inOrder } = await store.addOriginals(created.id, [first, second]);
    const [a, b] = inOrder.map((original) => original.id);
    await store.updateFacts(created.id, { assignments: { 'income-proof': [b!, a!], passport: [a!] } });
    await store.updateFacts(created.id, { assignments: { passport: [] } });
    expect((await store.load(created.id)).assignments).toEqual({ 'income-proof': [b, a], passport: [] });
    const error = await expectAppError(
      store.updateFacts(created.id, { assignments: { passport: ['not-an-original'] } }),
      'ORIGINAL_NOT_FOUND',
    );
    expect(error.messageKey).toBe('case.errors.originalNotFound');
    expect((await store.load(created.id)).assignments.passport).toEqual([]);
  });

  it('keeps the photo pages the person chose not to straighten, per original, and refuses an id it does not hold', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Photo choices' });
    const photo = join(work, 'contract-page.jpg');
    await writeFile(photo, 'a photo');
    const { inOrder } = await store.addOriginals(created.id, [photo]);
    const id = inOrder[0]!.id;
    expect((await store.load(created.id)).keepOriginalPhoto).toBeUndefined();
    await store.updateFacts(created.id, { keepOriginalPhoto: { [id]: [2, 0, 2] } });
    expect((await store.load(created.id)).keepOriginalPhoto).toEqual({ [id]: [0, 2] });
    // Other facts saved later leave the choice alone; [] takes it back.
    await store.updateFacts(created.id, { title: 'Photo choices (renamed)' });
    expect((await store.load(created.id)).keepOriginalPhoto).toEqual({ [id]: [0, 2] });
    await store.updateFacts(created.id, { keepOriginalPhoto: { [id]: [] } });
    expect((await store.load(created.id)).keepOriginalPhoto).toBeUndefined();
    await expectAppError(store.updateFacts(created.id, { keepOriginalPhoto: { 'not-an-original': [0] } }), 'ORIGINAL_NOT_FOUND');
  });

  it('copies originals in, hashes them, never touches the source, stores the same content once', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Originals' });
    const source = join(work, 'passport scan.jpg');
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
    await writeFile(source, bytes);
    const sourceStat = await stat(source);

    const first = await store.addOriginals(created.id, [source, source]);
    expect(first.added).toHaveLength(1);
    expect(first.alreadyPresent).toHaveLength(1);
    const original = first.added[0]!;
    expect(original).toMatchObject({ name: 'passport scan.jpg', sha256: sha256(bytes), bytes: bytes.length });
    expect(original.storedAs).toMatch(/^originals\/[0-9a-f]{12}-passport scan\.jpg$/);
    expect(sha256(await readFile(join(root, created.id, original.storedAs)))).toBe(sha256(bytes));
    expect(sha256(await readFile(source))).toBe(sha256(bytes));
    expect((await stat(source)).mtimeMs).toBe(sourceStat.mtimeMs);
    // The stored copy is read-only: nothing in the app writes to it again.
    expect((await stat(join(root, created.id, original.storedAs))).mode & 0o222).toBe(0);
    expect((await store.load(created.id)).originals).toHaveLength(1);

    await expectAppError(store.addOriginals(created.id, [join(work, 'missing.pdf')]), 'FILE_NOT_FOUND');
  });

  it('records evidence with copied, hashed files; a deletion is a logged retraction, never silent', async () => {
    const store = new CaseStore(root, { now: () => new Date('2026-04-10T12:00:00Z') });
    const created = await store.create({ title: 'Evidence' });
    const screenshot = join(work, 'erro portal.png');
    await writeFile(screenshot, Buffer.from('not really a png, but bytes are bytes'));

    const e1 = await store.addEvidence(
      created.id,
      { at: '2026-03-02T09:15:00+00:00', kind: 'portal-error-screenshot', note: 'Cidadão não identificado' },
      [screenshot],
    );
    const e2 = await store.addEvidence(created.id, { at: '2026-02-20T18:00:00Z', kind: 'email-sent', note: 'To geral@' });
    expect(e1.files[0]).toMatchObject({ name: 'erro portal.png', bytes: 37 });
    expect(e1.recordedAt).toBe('2026-04-10T12:00:00.000Z');
    const stored = await readFile(join(root, created.id, e1.files[0]!.storedAs));
    expect(sha256(stored)).toBe(e1.files[0]!.sha256);

    let loaded = await store.load(created.id);
    expect(activeEvidence(loaded.evidence).map((e) => e.id)).toEqual([e2.id, e1.id]); // date order

    await store.retractEvidence(created.id, e2.id, 'Entered twice by mistake');
    loaded = await store.load(created.id);
    expect(activeEvidence(loaded.evidence).map((e) => e.id)).toEqual([e1.id]);
    expect(loaded.evidence).toHaveLength(3);
    expect(loaded.evidence[2]).toMatchObject({ type: 'retraction', entryId: e2.id, reason: 'Entered twice by mistake' });
    await expectAppError(store.retractEvidence(created.id, e2.id, 'again'), 'EVIDENCE_ALREADY_RETRACTED');
    await expectAppError(store.retractEvidence(created.id, 'nope', 'why'), 'EVIDENCE_NOT_FOUND');
  });

  it('adds a real corpus image as evidence', async () => {
    const { readdir } = await import('node:fs/promises');
    const image = (await readdir(corpusImage)).find((n) => /\.(jpe?g|png)$/i.test(n));
    expect(image).toBeDefined();
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Corpus' });
    const entry = await store.addEvidence(created.id, { at: '2026-03-02T09:15:00Z', kind: 'payment-proof', note: '' }, [
      join(corpusImage, image!),
    ]);
    expect(entry.files[0]!.sha256).toBe(sha256(await readFile(join(corpusImage, image!))));
  });

  it('an unknown case id is a typed error, and ids that escape the root are refused', async () => {
    const store = new CaseStore(root);
    await expectAppError(store.load('nobody'), 'CASE_NOT_FOUND');
    await expectAppError(store.load('../etc'), 'CASE_NOT_FOUND');
  });

  it('a change saved by another process meanwhile is never overwritten', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Two writers' });
    const path = store.caseFilePath(created.id);
    const error = await expectAppError(
      store.update(created.id, async (c) => {
        // Another process (a second store on the same folder) saves while this change is being prepared.
        await new CaseStore(root).updateFacts(created.id, { title: 'Saved elsewhere' });
        return { ...c, title: 'Saved here' };
      }),
      'CASE_CHANGED_ELSEWHERE',
    );
    expect(error.messageKey).toBe('case.errors.changedElsewhere');
    expect(JSON.parse(await readFile(path, 'utf8')).title).toBe('Saved elsewhere');
  });

  it('concurrent changes to one case are serialised, none lost', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Busy' });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.addEvidence(created.id, { at: `2026-03-0${i + 1}T10:00:00Z`, kind: 'phone-call', note: `call ${i}` }),
      ),
    );
    expect(activeEvidence((await store.load(created.id)).evidence)).toHaveLength(8);
  });

  it('keeps page edits and the lower-quality choice per category, and forgets them when reset', async () => {
    const store = new CaseStore(root);
    const created = await store.create({ title: 'Page edits' });
    const edits = { files: ['a1'], pages: [{ originalId: 'a1', page: 2, rotation: 90 as const }] };
    await store.updateFacts(created.id, { pageEdits: { 'income-proof': edits }, quality: { passport: 'lower' } });
    const saved = JSON.parse(await readFile(join(root, created.id, 'case.json'), 'utf8'));
    expect(saved.pageEdits).toEqual({ 'income-proof': edits });
    expect(saved.quality).toEqual({ passport: 'lower' });
    // Other categories keep theirs; null and "standard" forget.
    await store.updateFacts(created.id, { pageEdits: { passport: null }, quality: { 'income-proof': 'standard' } });
    expect((await store.load(created.id)).pageEdits).toEqual({ 'income-proof': edits });
    await store.updateFacts(created.id, { pageEdits: { 'income-proof': null }, quality: { passport: 'standard' } });
    const reset = await store.load(created.id);
    expect(reset.pageEdits).toEqual({});
    expect(reset.quality).toEqual({});
  });
});
