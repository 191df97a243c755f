import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import {
  CASE_SCHEMA_VERSION,
  caseIdSchema,
  slugFromTitle,
  type CaseFile,
  type CaseSource,
  type CaseSummary,
  type OriginalFile,
  type SavedDocument,
} from '../../shared/case/case-file';
import { newEvidenceSchema, type EvidenceEntry, type NewEvidence, type StoredFile } from '../../shared/case/evidence';
import { parseCaseJson, serializeCaseFile } from '../../shared/case/migrations';
import type { PersonFacts } from '../../shared/case/person';
import type { CategoryPageEdits, QualityChoice } from '../../shared/engine/page-edits';
import type { SituationDraft } from '../../shared/rules/situation';
import { isTempFileOf, writeFileAtomic, type AtomicWriteHooks } from '../common/atomic-write';
import { copyIntoCase, safeFileName } from './copy-in';

export const CASE_FILE_NAME = 'case.json';
/** Sub-folders of every case (see DESIGN.md, "Case folder"). */
export const CASE_FOLDERS = ['originals', 'ready', 'evidence', 'letters'] as const;

export interface CaseStoreOptions {
  /** Replaced in tests to simulate a crash between write and rename. */
  writeHooks?: AtomicWriteHooks;
  /** Injected clock, so tests can pin times. */
  now?: () => Date;
}

function caseNotFound(id: string, cause?: unknown): AppError {
  return new AppError({
    code: 'CASE_NOT_FOUND',
    messageKey: 'case.errors.notFound',
    params: { id },
    actionKey: 'case.actions.chooseAnotherCase',
    cause,
  });
}

/**
 * The cases under one root folder, one folder per case. Every change is a
 * read–modify–write of `case.json` under a per-case lock, written atomically;
 * a `case.json` that cannot be read (corrupt, or from a newer app) makes every
 * change fail with a typed error and is never overwritten.
 */
export class CaseStore {
  readonly root: string;
  private readonly hooks: AtomicWriteHooks;
  private readonly now: () => Date;
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(root: string, options: CaseStoreOptions = {}) {
    this.root = root;
    this.hooks = options.writeHooks ?? {};
    this.now = options.now ?? (() => new Date());
  }

  caseDir(id: string): string {
    if (!caseIdSchema.safeParse(id).success) throw caseNotFound(id);
    return join(this.root, id);
  }

  caseFilePath(id: string): string {
    return join(this.caseDir(id), CASE_FILE_NAME);
  }

  /** Every case folder under the root, readable or not; sorted by most recent change. */
  async list(): Promise<CaseSummary[]> {
    let entries;
    try {
      entries = await readdir(this.root, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new AppError({
        code: 'CASES_ROOT_UNREADABLE',
        messageKey: 'case.errors.rootUnreadable',
        params: { root: this.root },
        actionKey: 'case.actions.chooseAnotherRoot',
        cause: error,
      });
    }
    const summaries: CaseSummary[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || !caseIdSchema.safeParse(entry.name).success) continue;
      try {
        await stat(join(this.root, entry.name, CASE_FILE_NAME));
      } catch {
        continue; // not a case folder
      }
      try {
        const caseFile = await this.load(entry.name);
        summaries.push({
          status: 'ok',
          id: caseFile.id,
          title: caseFile.title,
          updatedAt: caseFile.updatedAt,
          ...(caseFile.person.fullName ? { fullName: caseFile.person.fullName } : {}),
          evidenceCount: caseFile.evidence.filter((r) => r.type === 'entry').length,
          ...(caseFile.source ? { sourceFolder: caseFile.source.folder } : {}),
        });
      } catch (error) {
        // One unreadable case never hides the others.
        const appError =
          error instanceof AppError ? error : new AppError({ code: 'CASE_FILE_CORRUPT', messageKey: 'case.errors.corrupt' });
        summaries.push({ status: 'unreadable', id: entry.name, code: appError.code, messageKey: appError.messageKey });
      }
    }
    return summaries.sort((a, b) => {
      const ua = a.status === 'ok' ? a.updatedAt : '';
      const ub = b.status === 'ok' ? b.updatedAt : '';
      return ub.localeCompare(ua) || a.id.localeCompare(b.id);
    });
  }

  /** Read and validate a case; older versions are migrated in memory (written back on the next change). */
  async load(id: string): Promise<CaseFile> {
    return (await this.loadWithText(id)).caseFile;
  }

  /** The parsed case and the exact text it was parsed from (to detect changes made by another process). */
  private async loadWithText(id: string): Promise<{ caseFile: CaseFile; text: string }> {
    const path = this.caseFilePath(id);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw caseNotFound(id, error);
    }
    const result = parseCaseJson(text);
    if (result.ok) {
      // A copied folder keeps its old id inside: follow the folder name, which is what the user sees.
      return { caseFile: result.caseFile.id === id ? result.caseFile : { ...result.caseFile, id }, text };
    }
    if (result.reason === 'newer-version') {
      throw new AppError({
        code: 'CASE_FILE_TOO_NEW',
        messageKey: 'case.errors.tooNew',
        params: { id, version: result.fileVersion, supported: CASE_SCHEMA_VERSION },
        file: path,
        actionKey: 'case.actions.updateApp',
      });
    }
    throw new AppError({
      code: 'CASE_FILE_CORRUPT',
      messageKey: 'case.errors.corrupt',
      params: { id, detail: result.detail.slice(0, 300) },
      file: path,
      actionKey: 'case.actions.restoreBackup',
    });
  }

  /** A new case folder with its sub-folders; the id comes from the title and never reuses an existing folder. */
  async create(init: {
    title: string;
    person?: PersonFacts;
    situation?: SituationDraft;
    source?: CaseSource;
  }): Promise<CaseFile> {
    await mkdir(this.root, { recursive: true });
    const base = slugFromTitle(init.title);
    for (let n = 1; n < 1000; n += 1) {
      const id = n === 1 ? base : `${base}-${n}`;
      const dir = join(this.root, id);
      try {
        await mkdir(dir); // fails if the folder exists: never adopt someone else's folder
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw new AppError({
          code: 'CASES_ROOT_UNWRITABLE',
          messageKey: 'case.errors.rootUnwritable',
          params: { root: this.root },
          actionKey: 'case.actions.chooseAnotherRoot',
          cause: error,
        });
      }
      for (const folder of CASE_FOLDERS) await mkdir(join(dir, folder), { recursive: true });
      const at = this.now().toISOString();
      const caseFile: CaseFile = {
        schemaVersion: CASE_SCHEMA_VERSION,
        id,
        title: init.title.trim(),
        createdAt: at,
        updatedAt: at,
        person: init.person ?? {},
        situation: init.situation ?? {},
        originals: [],
        assignments: {},
        evidence: [],
        documents: [],
        ...(init.source ? { source: init.source } : {}),
      };
      await this.write(caseFile);
      return caseFile;
    }
    throw new AppError({ code: 'CASES_TOO_MANY_SAME_NAME', messageKey: 'case.errors.tooManySameName' });
  }

  /**
   * Change a case: load (fails on a corrupt or too-new file, which is then
   * left alone), apply `change`, validate, write atomically. Changes to one
   * case run one after another.
   */
  async update(id: string, change: (current: CaseFile) => CaseFile | Promise<CaseFile>): Promise<CaseFile> {
    return this.withLock(id, async () => {
      const { caseFile: current, text } = await this.loadWithText(id);
      const changed = await change(current);
      const next: CaseFile = { ...changed, id, schemaVersion: CASE_SCHEMA_VERSION, updatedAt: this.now().toISOString() };
      // Another process (the command line, a second window) may have saved meanwhile: never write over its change.
      const onDisk = await readFile(this.caseFilePath(id), 'utf8').catch(() => null);
      if (onDisk !== text) {
        throw new AppError({
          code: 'CASE_CHANGED_ELSEWHERE',
          messageKey: 'case.errors.changedElsewhere',
          params: { id },
          actionKey: 'case.actions.reloadAndRetry',
        });
      }
      await this.keepPreMigrationCopy(id);
      await this.write(next);
      return next;
    });
  }

  async updateFacts(
    id: string,
    patch: {
      title?: string;
      person?: PersonFacts;
      situation?: SituationDraft;
      /** Category → original ids in merge order; the categories named are replaced, the others kept. */
      assignments?: Partial<Record<string, string[]>>;
      /** Original id → photo pages kept unflattened; the originals named are replaced ([] removes the entry). */
      keepOriginalPhoto?: Record<string, number[]>;
      /** Category → page edits (null forgets them); the categories named are replaced, the others kept. */
      pageEdits?: Partial<Record<string, CategoryPageEdits | null>>;
      /** Category → quality choice ("standard" forgets an earlier "lower"). */
      quality?: Partial<Record<string, QualityChoice>>;
    },
  ): Promise<CaseFile> {
    return this.update(id, (c) => {
      const notFound = (originalId: string) =>
        new AppError({
          code: 'ORIGINAL_NOT_FOUND',
          messageKey: 'case.errors.originalNotFound',
          params: { id, originalId },
          actionKey: 'case.actions.reloadAndRetry',
        });
      const known = (originalId: string) => c.originals.some((original) => original.id === originalId);
      const assignments = { ...c.assignments };
      for (const [categoryId, ids] of Object.entries(patch.assignments ?? {})) {
        const unknown = (ids ?? []).find((originalId) => !known(originalId));
        if (unknown) throw notFound(unknown);
        assignments[categoryId] = ids ?? [];
      }
      const keepOriginalPhoto: Record<string, number[]> = { ...c.keepOriginalPhoto };
      for (const [originalId, pages] of Object.entries(patch.keepOriginalPhoto ?? {})) {
        if (!known(originalId)) throw notFound(originalId);
        if (pages.length === 0) delete keepOriginalPhoto[originalId];
        else keepOriginalPhoto[originalId] = [...new Set(pages)].sort((a, b) => a - b);
      }
      const { keepOriginalPhoto: _previous, ...rest } = c;
      const pageEdits = { ...c.pageEdits };
      for (const [categoryId, edits] of Object.entries(patch.pageEdits ?? {})) {
        if (edits) pageEdits[categoryId] = edits;
        else delete pageEdits[categoryId];
      }
      const quality = { ...c.quality };
      for (const [categoryId, choice] of Object.entries(patch.quality ?? {})) {
        if (choice === 'lower') quality[categoryId] = choice;
        else delete quality[categoryId];
      }
      return {
        ...rest,
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.person !== undefined ? { person: patch.person } : {}),
        ...(patch.situation !== undefined ? { situation: patch.situation } : {}),
        assignments,
        ...(Object.keys(keepOriginalPhoto).length > 0 ? { keepOriginalPhoto } : {}),
        ...(Object.keys(pageEdits).length > 0 || c.pageEdits ? { pageEdits } : {}),
        ...(Object.keys(quality).length > 0 || c.quality ? { quality } : {}),
      };
    });
  }

  /**
   * The readable case imported from this client folder, if there is one (the
   * least recently changed, should there be several). `sameFolder` decides
   * what counts as the same folder (letter case on Windows and macOS).
   */
  async findBySourceFolder(folder: string, sameFolder: (a: string, b: string) => boolean): Promise<CaseFile | null> {
    const matches = (await this.list()).filter(
      (summary) => summary.status === 'ok' && summary.sourceFolder !== undefined && sameFolder(summary.sourceFolder, folder),
    );
    const oldest = matches.at(-1); // list() is sorted by most recent change
    return oldest ? this.load(oldest.id) : null;
  }

  /**
   * Copy the user's files into `originals/` (hashed); the same content added
   * twice is recorded once. `inOrder` is the case's original for each path, in
   * the order given (new or already present), for callers that assign them.
   */
  async addOriginals(
    id: string,
    paths: readonly string[],
    onEach?: (file: string, done: number, total: number) => void,
  ): Promise<{ added: OriginalFile[]; alreadyPresent: OriginalFile[]; inOrder: OriginalFile[] }> {
    await this.load(id); // fail before copying anything if the case cannot be read
    const dir = this.caseDir(id);
    const copied: StoredFile[] = [];
    for (const [index, path] of paths.entries()) {
      copied.push(await copyIntoCase(path, dir, 'originals'));
      onEach?.(copied[index]!.name, index + 1, paths.length);
    }
    const added: OriginalFile[] = [];
    const alreadyPresent: OriginalFile[] = [];
    const inOrder: OriginalFile[] = [];
    await this.update(id, (c) => {
      const originals = [...c.originals];
      for (const file of copied) {
        const existing = originals.find((o) => o.sha256 === file.sha256);
        if (existing) {
          alreadyPresent.push(existing);
          inOrder.push(existing);
          continue;
        }
        const original: OriginalFile = { ...file, id: randomUUID(), addedAt: this.now().toISOString() };
        originals.push(original);
        added.push(original);
        inOrder.push(original);
      }
      return { ...c, originals };
    });
    return { added, alreadyPresent, inOrder };
  }

  /** Append an evidence entry; its files are copied into `evidence/` and hashed. */
  async addEvidence(id: string, input: NewEvidence, filePaths: readonly string[] = []): Promise<EvidenceEntry> {
    const details = newEvidenceSchema.parse(input);
    await this.load(id);
    const dir = this.caseDir(id);
    const files: StoredFile[] = [];
    for (const path of filePaths) files.push(await copyIntoCase(path, dir, 'evidence'));
    const entry: EvidenceEntry = {
      type: 'entry',
      id: randomUUID(),
      at: details.at,
      recordedAt: this.now().toISOString(),
      kind: details.kind,
      note: details.note,
      ...(details.reference ? { reference: details.reference } : {}),
      files,
    };
    await this.update(id, (c) => ({ ...c, evidence: [...c.evidence, entry] }));
    return entry;
  }

  /**
   * Withdraw an evidence entry. Nothing is erased: a retraction record with the
   * reason is appended, the entry and its files stay on disk and in the log.
   */
  async retractEvidence(id: string, entryId: string, reason: string): Promise<CaseFile> {
    return this.update(id, (c) => {
      const entry = c.evidence.find((r) => r.type === 'entry' && r.id === entryId);
      if (!entry) {
        throw new AppError({ code: 'EVIDENCE_NOT_FOUND', messageKey: 'case.errors.evidenceNotFound', params: { entryId } });
      }
      if (c.evidence.some((r) => r.type === 'retraction' && r.entryId === entryId)) {
        throw new AppError({
          code: 'EVIDENCE_ALREADY_RETRACTED',
          messageKey: 'case.errors.evidenceAlreadyRetracted',
          params: { entryId },
        });
      }
      return {
        ...c,
        evidence: [
          ...c.evidence,
          { type: 'retraction', id: randomUUID(), recordedAt: this.now().toISOString(), entryId, reason },
        ],
      };
    });
  }

  /** Write a generated document into `letters/` (atomically) and record it in the case. */
  async saveDocument(
    id: string,
    document: {
      kind: SavedDocument['kind'];
      format: SavedDocument['format'];
      fileName: string;
      bytes: Uint8Array;
      sha256: string;
    },
  ): Promise<SavedDocument> {
    await this.load(id);
    const folder = join(this.caseDir(id), 'letters');
    await mkdir(folder, { recursive: true });
    // Never overwrite an earlier save (two saves in the same minute share a time stamp).
    const requested = safeFileName(document.fileName);
    const dot = requested.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [requested.slice(0, dot), requested.slice(dot)] : [requested, ''];
    const fileName = `${await this.unusedDocumentStem(id, stem, [extension.slice(1)])}${extension}`;
    await writeFileAtomic(join(folder, fileName), document.bytes, this.hooks);
    const saved: SavedDocument = {
      kind: document.kind,
      format: document.format,
      storedAs: `letters/${fileName}`,
      sha256: document.sha256,
      savedAt: this.now().toISOString(),
    };
    await this.update(id, (c) => ({
      ...c,
      documents: [...c.documents.filter((d) => d.storedAs !== saved.storedAs), saved],
    }));
    return saved;
  }

  /**
   * `stem`, or `stem-2`, `stem-3`… : the first name under which no file with any
   * of `extensions` exists in the case's letters/ yet, so the PDF, .docx and text
   * of one letter share a name and a second save never replaces the first.
   */
  async unusedDocumentStem(id: string, stem: string, extensions: readonly string[]): Promise<string> {
    const existing = new Set(await readdir(join(this.caseDir(id), 'letters')).catch(() => [] as string[]));
    const taken = (candidate: string) => extensions.some((ext) => existing.has(ext ? `${candidate}.${ext}` : candidate));
    let candidate = safeFileName(stem);
    for (let n = 2; taken(candidate); n += 1) candidate = `${safeFileName(stem)}-${n}`;
    return candidate;
  }

  private async write(caseFile: CaseFile): Promise<void> {
    try {
      await writeFileAtomic(this.caseFilePath(caseFile.id), serializeCaseFile(caseFile), this.hooks);
      await this.removeStaleTempFiles(caseFile.id);
    } catch (error) {
      throw new AppError({
        code: 'CASE_WRITE_FAILED',
        messageKey: 'case.errors.writeFailed',
        params: { id: caseFile.id },
        actionKey: 'case.actions.checkDiskSpace',
        cause: error,
      });
    }
  }

  /**
   * Temp files left by a process that died before its rename. Only old ones are
   * removed: a young one may belong to a save still in progress elsewhere.
   */
  private async removeStaleTempFiles(id: string): Promise<void> {
    const dir = this.caseDir(id);
    const cutoff = this.now().getTime() - 10 * 60 * 1000;
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!isTempFileOf(name, CASE_FILE_NAME)) continue;
      const info = await stat(join(dir, name)).catch(() => null);
      if (info && info.mtimeMs < cutoff) await rm(join(dir, name), { force: true }).catch(() => undefined);
    }
  }

  /** Before the first write after a migration, keep the old file beside it (`case.v1.json`), once. */
  private async keepPreMigrationCopy(id: string): Promise<void> {
    const path = this.caseFilePath(id);
    const text = await readFile(path, 'utf8');
    const version = (JSON.parse(text) as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version !== 'number' || version === CASE_SCHEMA_VERSION) return;
    await copyFile(path, join(this.caseDir(id), `case.v${version}.json`)).catch(() => undefined);
  }

  private async withLock<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.locks.set(id, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(id) === settled) this.locks.delete(id);
    }
  }
}
