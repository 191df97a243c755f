import { join } from 'node:path';

/**
 * The test corpus (real scans, encrypted PDFs, odd images, broken files, with
 * MANIFEST.json saying what should happen to each). A copy of the project's
 * shared corpus is kept in tests/corpus so that a fresh clone tests the same
 * files; set AIMA_CORPUS to test against another copy.
 */
export const CORPUS = process.env.AIMA_CORPUS ?? join(import.meta.dirname, 'corpus');
