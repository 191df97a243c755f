import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CLIENT_JSON_WHOLE_FILE, parseClientFile, type ClientFileParse } from '../../shared/batch/client-file';
import { categoryKeywords, categoryOfFolderName, sortByKeywords } from '../../shared/batch/keywords';
import type { ClientLayout } from '../../shared/batch/listing';
import type { SkippedEntry } from '../../shared/batch/row';
import { categories, type CategoryId } from '../../shared/rules/categories';

/** Files in a client folder that are not documents. */
export const CLIENT_JSON = 'client.json';
export const PASSWORDS_JSON = 'passwords.json';
/** The client's evidence log (the app's, exported): read for the DUC's payment, never a document to upload. */
export const EVIDENCE_JSON = 'evidence.json';
/** The folder of the evidence log's files, beside evidence.json. */
export const EVIDENCE_FOLDER = 'evidence';
const IGNORED = new Set(['thumbs.db', 'desktop.ini', CLIENT_JSON, PASSWORDS_JSON, EVIDENCE_JSON]);
/** What file managers leave in every folder: skipped without a report, as they never hold a document. */
const SYSTEM_LITTER = new Set(['.ds_store', '.localized', '.directory']);
const isSystemLitter = (name: string) => SYSTEM_LITTER.has(name.toLowerCase()) || name.startsWith('._'); // ._ = macOS AppleDouble

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the client folder, with forward slashes (what reports and passwords.json use). */
  relPath: string;
  bytes: number;
}

export interface UnsortedFile {
  relPath: string;
  reason: 'no-keyword' | 'ambiguous' | 'unknown-folder';
  /** For 'ambiguous': the categories its name matched. */
  candidates?: CategoryId[];
}

export interface ClientScan {
  client: string;
  dir: string;
  layout: ClientLayout;
  /** Inputs per category in the order they are merged (natural order of relative paths). */
  inputs: { categoryId: CategoryId; files: InputFile[] }[];
  unsorted: UnsortedFile[];
  /** Hidden files and links, not read; each becomes a warning in the summary. */
  skipped: SkippedEntry[];
  clientJsonPath: string | null;
  passwordsPath: string | null;
  /** evidence.json beside client.json, when there is one. */
  evidencePath: string | null;
}

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;

function isHidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** The client folders inside a clients folder, in natural order; hidden folders and `exclude` (the output folder) skipped. */
export async function listClientFolders(clientsFolder: string, exclude: string[] = []): Promise<string[]> {
  const excluded = new Set(exclude.map((path) => resolve(path)));
  const entries = await readdir(clientsFolder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !isHidden(entry.name))
    .filter((entry) => !excluded.has(resolve(clientsFolder, entry.name)))
    .map((entry) => entry.name)
    .sort(naturalOrder);
}

/** A link or a hidden entry is skipped with its reason; null for an entry to read. */
async function skipReason(entry: Dirent, path: string, clientRoot: string): Promise<SkippedEntry['reason'] | 'litter' | null> {
  if (isSystemLitter(entry.name)) return 'litter';
  if (isHidden(entry.name)) return 'hidden';
  if (!entry.isSymbolicLink()) return null;
  try {
    const inside = relative(await realpath(clientRoot), await realpath(path));
    return inside.startsWith('..') || isAbsolute(inside) ? 'link-outside' : 'link-inside';
  } catch {
    return 'link-outside'; // a broken link points at nothing in the folder
  }
}

/** Files under a category folder, and what was skipped there (a skipped folder once, not each file in it). */
async function filesUnder(dir: string, clientRoot: string, skipped: SkippedEntry[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const reason = await skipReason(entry, path, clientRoot);
    if (reason === 'litter') continue;
    if (reason) skipped.push({ relPath: toRel(clientRoot, path), reason });
    else if (entry.isDirectory()) files.push(...(await filesUnder(path, clientRoot, skipped)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

const toRel = (root: string, path: string) => relative(root, path).split(sep).join('/');

/**
 * Read one client folder: documents in category subfolders (`passport/…`), or
 * loose files sorted by the keyword list, or both. Nothing is opened here but
 * directory entries and sizes.
 */
export async function scanClientFolder(dir: string, keywordList = categoryKeywords): Promise<ClientScan> {
  const client = dir.split(sep).filter(Boolean).pop() ?? dir;
  const entries = await readdir(dir, { withFileTypes: true });
  const byCategory = new Map<CategoryId, InputFile[]>();
  const unsorted: UnsortedFile[] = [];
  const skipped: SkippedEntry[] = [];
  let subfolderFiles = 0;
  let looseFiles = 0;
  const add = async (categoryId: CategoryId, path: string) => {
    const info = await stat(path);
    const list = byCategory.get(categoryId) ?? [];
    list.push({ path, relPath: toRel(dir, path), bytes: info.size });
    byCategory.set(categoryId, list);
  };

  // Beside an evidence log, `evidence/` holds the log's own files (receipts, screenshots), as in the app's
  // case folder: they are read through the log, never prepared as documents.
  const hasLog = entries.some((entry) => entry.isFile() && entry.name.toLowerCase() === EVIDENCE_JSON);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const reason = await skipReason(entry, path, dir);
    if (reason === 'litter') continue;
    if (hasLog && !reason && entry.isDirectory() && entry.name.toLowerCase() === EVIDENCE_FOLDER) continue;
    if (reason) {
      skipped.push({ relPath: entry.name, reason });
      continue;
    }
    if (entry.isDirectory()) {
      const categoryId = categoryOfFolderName(entry.name);
      const files = await filesUnder(path, dir, skipped);
      for (const file of files) {
        // A facts, passwords or evidence file is never a document, wherever it is (and a password never gets copied).
        if (IGNORED.has(basename(file).toLowerCase())) continue;
        subfolderFiles += 1;
        if (categoryId === null) unsorted.push({ relPath: toRel(dir, file), reason: 'unknown-folder' });
        else await add(categoryId, file);
      }
    } else if (entry.isFile()) {
      if (IGNORED.has(entry.name.toLowerCase())) continue;
      looseFiles += 1;
      const sorted = sortByKeywords(entry.name, keywordList);
      if (sorted.kind === 'sorted') await add(sorted.categoryId, path);
      else if (sorted.kind === 'ambiguous')
        unsorted.push({ relPath: entry.name, reason: 'ambiguous', candidates: sorted.categoryIds });
      else unsorted.push({ relPath: entry.name, reason: 'no-keyword' });
    }
  }

  const layout: ClientLayout =
    subfolderFiles > 0 && looseFiles > 0 ? 'mixed' : subfolderFiles > 0 ? 'subfolders' : looseFiles > 0 ? 'loose' : 'empty';
  // Categories in the rules' order; files in natural order so "statement-2" comes before "statement-10".
  const inputs = categories
    .filter((category) => byCategory.has(category.id))
    .map((category) => ({
      categoryId: category.id,
      files: (byCategory.get(category.id) ?? []).sort((a, b) => naturalOrder(a.relPath, b.relPath)),
    }));
  const has = async (name: string) => {
    try {
      return (await stat(join(dir, name))).isFile() ? join(dir, name) : null;
    } catch {
      return null;
    }
  };
  return {
    client,
    dir,
    layout,
    inputs,
    unsorted: unsorted.sort((a, b) => naturalOrder(a.relPath, b.relPath)),
    skipped: skipped.sort((a, b) => naturalOrder(a.relPath, b.relPath)),
    clientJsonPath: await has(CLIENT_JSON),
    passwordsPath: await has(PASSWORDS_JSON),
    evidencePath: await has(EVIDENCE_JSON),
  };
}

/** The client's client.json, parsed and validated (null when there is none); an unreadable file is one issue, not a throw. */
export async function readClientFile(scan: Pick<ClientScan, 'clientJsonPath'>): Promise<ClientFileParse | null> {
  if (!scan.clientJsonPath) return null;
  try {
    return parseClientFile(await readFile(scan.clientJsonPath, 'utf8'));
  } catch {
    return { ok: false, issues: [{ field: CLIENT_JSON_WHOLE_FILE, message: 'fields.clientJson.unreadable' }] };
  }
}
