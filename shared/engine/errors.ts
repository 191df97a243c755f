import { z } from 'zod';

/**
 * Every error and warning the document engine can produce: a stable code, the
 * message key the renderer translates (`engine.errors.*` / `engine.warnings.*`)
 * and what the user can do (`engine.actions.*`). One table, so a code can never
 * be raised without text for it.
 */
export const engineErrorCodeSchema = z.enum([
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_OFFICE_DOCUMENT',
  'FILE_HTML_PAGE',
  'FILE_ARCHIVE',
  'FILE_PROGRAM',
  'FILE_NOT_SUPPORTED',
  'PDF_PASSWORD_NEEDED',
  'PDF_WRONG_PASSWORD',
  'PDF_DAMAGED',
  'PDF_NO_PAGES',
  'PDF_STREAM_TOO_LARGE',
  'PDF_IMAGE_TOO_LARGE',
  'PDF_TOO_MANY_PAGES',
  'IMAGE_UNREADABLE',
  'IMAGE_TOO_LARGE',
  'CATEGORY_UNKNOWN',
  'CATEGORY_NO_USABLE_INPUT',
  'CATEGORY_MERGE_FAILED',
  'OUTPUT_WRITE_FAILED',
  'OUTPUT_OVERWRITES_ORIGINAL',
  'ENGINE_FAILED',
  'ENGINE_STOPPED',
  'ENGINE_TIME_LIMIT',
  'ENGINE_MEMORY_LIMIT',
]);
export type EngineErrorCode = z.infer<typeof engineErrorCodeSchema>;

export const engineErrorTexts: Record<EngineErrorCode, { messageKey: string; actionKey: string }> = {
  FILE_NOT_FOUND: { messageKey: 'engine.errors.fileNotFound', actionKey: 'engine.actions.pickAgain' },
  FILE_UNREADABLE: { messageKey: 'engine.errors.fileUnreadable', actionKey: 'engine.actions.copyLocally' },
  FILE_EMPTY: { messageKey: 'engine.errors.fileEmpty', actionKey: 'engine.actions.getFileAgain' },
  FILE_TOO_LARGE: { messageKey: 'engine.errors.fileTooLarge', actionKey: 'engine.actions.scanAgainSmaller' },
  FILE_OFFICE_DOCUMENT: { messageKey: 'engine.errors.officeDocument', actionKey: 'engine.actions.exportAsPdf' },
  FILE_HTML_PAGE: { messageKey: 'engine.errors.htmlPage', actionKey: 'engine.actions.printPageToPdf' },
  FILE_ARCHIVE: { messageKey: 'engine.errors.archive', actionKey: 'engine.actions.extractArchive' },
  FILE_PROGRAM: { messageKey: 'engine.errors.program', actionKey: 'engine.actions.doNotOpenProgram' },
  FILE_NOT_SUPPORTED: { messageKey: 'engine.errors.notSupported', actionKey: 'engine.actions.useSupportedFormat' },
  PDF_PASSWORD_NEEDED: { messageKey: 'engine.errors.passwordNeeded', actionKey: 'engine.actions.enterPassword' },
  PDF_WRONG_PASSWORD: { messageKey: 'engine.errors.wrongPassword', actionKey: 'engine.actions.enterPasswordAgain' },
  PDF_DAMAGED: { messageKey: 'engine.errors.pdfDamaged', actionKey: 'engine.actions.downloadAgain' },
  PDF_NO_PAGES: { messageKey: 'engine.errors.pdfNoPages', actionKey: 'engine.actions.downloadAgain' },
  PDF_STREAM_TOO_LARGE: { messageKey: 'engine.errors.pdfStreamTooLarge', actionKey: 'engine.actions.getCleanCopy' },
  PDF_IMAGE_TOO_LARGE: { messageKey: 'engine.errors.pdfImageTooLarge', actionKey: 'engine.actions.scanAgainSmaller' },
  PDF_TOO_MANY_PAGES: { messageKey: 'engine.errors.pdfTooManyPages', actionKey: 'engine.actions.keepNeededPages' },
  IMAGE_UNREADABLE: { messageKey: 'engine.errors.imageUnreadable', actionKey: 'engine.actions.photographAgain' },
  IMAGE_TOO_LARGE: { messageKey: 'engine.errors.imageTooLarge', actionKey: 'engine.actions.scanAgainSmaller' },
  CATEGORY_UNKNOWN: { messageKey: 'engine.errors.categoryUnknown', actionKey: 'engine.actions.updateApp' },
  CATEGORY_NO_USABLE_INPUT: { messageKey: 'engine.errors.categoryNoUsableInput', actionKey: 'engine.actions.fixInputs' },
  CATEGORY_MERGE_FAILED: { messageKey: 'engine.errors.categoryMergeFailed', actionKey: 'engine.actions.retry' },
  OUTPUT_WRITE_FAILED: { messageKey: 'engine.errors.outputWriteFailed', actionKey: 'engine.actions.chooseOtherFolder' },
  OUTPUT_OVERWRITES_ORIGINAL: {
    messageKey: 'engine.errors.outputOverwritesOriginal',
    actionKey: 'engine.actions.chooseOtherFolder',
  },
  ENGINE_FAILED: { messageKey: 'engine.errors.engineFailed', actionKey: 'engine.actions.retry' },
  ENGINE_STOPPED: { messageKey: 'engine.errors.engineStopped', actionKey: 'engine.actions.retryFewerFiles' },
  ENGINE_TIME_LIMIT: { messageKey: 'engine.errors.engineTimeLimit', actionKey: 'engine.actions.findLargeFile' },
  ENGINE_MEMORY_LIMIT: { messageKey: 'engine.errors.engineMemoryLimit', actionKey: 'engine.actions.findLargeFile' },
};

/**
 * The kinds of failure named in the test corpus (`shared/corpus/MANIFEST.json`),
 * so tests and reports can group codes: empty file, a type we do not take,
 * a damaged PDF, an image that cannot be decoded, or a password problem.
 */
export const engineErrorKindOf: Record<EngineErrorCode, string> = {
  FILE_NOT_FOUND: 'not_found',
  FILE_UNREADABLE: 'not_found',
  FILE_EMPTY: 'empty_file',
  FILE_TOO_LARGE: 'too_large',
  FILE_OFFICE_DOCUMENT: 'not_supported',
  FILE_HTML_PAGE: 'not_supported',
  FILE_ARCHIVE: 'not_supported',
  FILE_PROGRAM: 'not_supported',
  FILE_NOT_SUPPORTED: 'not_supported',
  PDF_PASSWORD_NEEDED: 'password',
  PDF_WRONG_PASSWORD: 'password',
  PDF_DAMAGED: 'damaged_pdf',
  PDF_NO_PAGES: 'damaged_pdf',
  PDF_STREAM_TOO_LARGE: 'too_large',
  PDF_IMAGE_TOO_LARGE: 'too_large',
  PDF_TOO_MANY_PAGES: 'too_large',
  IMAGE_UNREADABLE: 'unreadable_image',
  IMAGE_TOO_LARGE: 'too_large',
  CATEGORY_UNKNOWN: 'category',
  CATEGORY_NO_USABLE_INPUT: 'category',
  CATEGORY_MERGE_FAILED: 'category',
  OUTPUT_WRITE_FAILED: 'write',
  OUTPUT_OVERWRITES_ORIGINAL: 'write',
  ENGINE_FAILED: 'internal',
  ENGINE_STOPPED: 'internal',
  ENGINE_TIME_LIMIT: 'too_large',
  ENGINE_MEMORY_LIMIT: 'too_large',
};

/** Things that went right in the end but that the user should know about. */
export const engineWarningCodeSchema = z.enum([
  /**
   * No longer given (issue 18: a repaired structure is not something the person can act on; it is
   * `repaired`/`repairNotes` in the input's report). Kept so reports written before still read.
   */
  'PDF_REPAIRED',
  'PDF_RECOVERED_WITH_WARNINGS',
  'IMAGE_TRUNCATED',
  'IMAGE_FIRST_FRAME_ONLY',
  'SANITIZE_STAGE_FAILED',
  'COMPRESS_STAGE_FAILED',
  'VALIDATE_STAGE_FAILED',
]);
export type EngineWarningCode = z.infer<typeof engineWarningCodeSchema>;

export const engineWarningKeys: Record<EngineWarningCode, string> = {
  PDF_REPAIRED: 'engine.warnings.pdfRepaired',
  PDF_RECOVERED_WITH_WARNINGS: 'engine.warnings.pdfRecoveredWithWarnings',
  IMAGE_TRUNCATED: 'engine.warnings.imageTruncated',
  IMAGE_FIRST_FRAME_ONLY: 'engine.warnings.imageFirstFrameOnly',
  SANITIZE_STAGE_FAILED: 'engine.warnings.sanitizeStageFailed',
  COMPRESS_STAGE_FAILED: 'engine.warnings.compressStageFailed',
  VALIDATE_STAGE_FAILED: 'engine.warnings.validateStageFailed',
};

export const engineNoteSchema = z.object({
  code: engineWarningCodeSchema,
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type EngineNote = z.infer<typeof engineNoteSchema>;
