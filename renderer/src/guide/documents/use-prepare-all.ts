import { useCallback } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import { pagesToPrepare, type CategoryPageEdits, type QualityChoice } from '../../../../shared/engine/page-edits';
import { effectiveUploadLimit } from '../../../../shared/rules/upload-limit';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import type { AssignedFile } from '../../case/guide-case';
import { useLocale } from '../../locale';
import type { ChecklistCard } from './checklist';
import { useDocumentsSession, type FileProgress } from './DocumentsSession';
import { joinPath } from './paths';
import { useReadings } from './ReadingsSession';
import { reportReadingOf } from '../../../../shared/engine/report-reading';
import type { CategoryId } from '../../../../shared/rules/categories';

const UPLOAD_FOLDER_NAME = 'aima-upload-ready';

/** Choices made a moment ago, not yet in the guide's state when the preparation starts. */
export interface PrepareOverrides {
  quality?: Record<string, QualityChoice>;
  pageEdits?: Record<string, CategoryPageEdits | null>;
}

/** The engine's page list of one card: the person's page edits over its current files, or null (all pages). */
export function usePagesOf(): (
  categoryId: string,
  files: AssignedFile[],
  edits?: CategoryPageEdits | null,
) => ReturnType<typeof pagesToPrepare> {
  const { guide } = useCase();
  const { inspected } = useDocumentsSession();
  return useCallback(
    (categoryId, files, edits) =>
      pagesToPrepare(
        edits === undefined ? guide.pageEdits[categoryId] : (edits ?? undefined),
        files.map((file) => ({ originalId: file.originalId, pages: inspected[file.path]?.pages ?? null })),
      ),
    [guide.pageEdits, inspected],
  );
}

/**
 * Prepare every card that has files into the upload-ready folder (asking once where it goes), with
 * each card's page edits and quality choice; the report goes into the guide. Used by the prepare
 * button and by a card's own actions (accepting the lower-quality file, applying page edits).
 */
export function usePrepareAll(cards: ChecklistCard[]): {
  run(overrides?: PrepareOverrides): Promise<{ ok: true } | { ok: false; error: ApiError | null }>;
  running: boolean;
  progress: Record<string, FileProgress>;
} {
  const { guide, update } = useCase();
  const locale = useLocale();
  const { prepare, running, progress } = useDocumentsSession();
  const { consistency, pending, submitOn, planned, agencyCase } = useReadings();
  const pagesOf = usePagesOf();
  const limitBytes = effectiveUploadLimit(guide.uploadLimitBytes).bytes;

  const run = useCallback(
    async (overrides?: PrepareOverrides) => {
      let outputDir = guide.folderPath;
      if (!outputDir) {
        const picked = await api().shellPickFolder({ purpose: 'output' });
        if (!picked.ok || !picked.value.path) return { ok: false as const, error: null };
        outputDir = joinPath(picked.value.path, UPLOAD_FOLDER_NAME);
      }
      const withFiles = cards.filter((card) => (guide.documents[card.id] ?? []).length > 0);
      // The report says what the cards say: reading's findings by category, as the cards assign them (file names).
      const filesOf = new Map(
        withFiles.map((card) => [card.id as CategoryId, (guide.documents[card.id] ?? []).map((file) => file.name)]),
      );
      const reading = reportReadingOf(
        consistency,
        filesOf,
        submitOn,
        planned ? 'planned-submission' : 'today',
        pending,
        agencyCase ? 'agency' : 'applicant',
      );
      const result = await prepare({
        outputDir,
        limitBytes,
        categories: withFiles.map((card) => {
          const files = guide.documents[card.id] ?? [];
          const pages = pagesOf(card.id, files, overrides?.pageEdits?.[card.id]);
          const quality = overrides?.quality?.[card.id] ?? guide.quality[card.id];
          return { categoryId: card.id, files, ...(pages ? { pages } : {}), ...(quality === 'lower' ? { quality } : {}) };
        }),
        keepOriginalPhoto: guide.keepOriginalPhoto,
        expectedCategories: cards.filter((card) => card.requirement === 'required').map((card) => card.id),
        locale,
        reading,
      });
      if (!result.ok) return { ok: false as const, error: result.error };
      update((current) => ({ ...current, folderPath: result.outputDir, report: result.report }));
      return { ok: true as const };
    },
    [
      agencyCase,
      cards,
      consistency,
      pending,
      planned,
      submitOn,
      guide.documents,
      guide.folderPath,
      guide.keepOriginalPhoto,
      guide.quality,
      limitBytes,
      locale,
      pagesOf,
      prepare,
      update,
    ],
  );
  return { run, running, progress };
}
