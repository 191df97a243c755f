import type { AppError } from '../../../shared/api/errors';
import type { InputKind, UnsupportedKind } from '../../../shared/engine/inputs';
import { engineError } from '../errors';

const IMAGE_EXTENSIONS = /\.(jpe?g|png|tiff?|webp|gif|heic|heif|avif)$/i;

/**
 * The specific error for a file the engine does not take. The kind comes from
 * the content; only when the content is unrecognisable does the name help: a
 * ".heic" or ".pdf" full of noise is a damaged photo or PDF, which tells the
 * user more than "unknown type".
 */
export function unsupportedInputError(kind: UnsupportedKind, fileName: string): AppError {
  switch (kind) {
    case 'empty':
      return engineError('FILE_EMPTY', fileName);
    case 'docx':
    case 'xlsx':
    case 'pptx':
    case 'odt':
    case 'ods':
    case 'odp':
    case 'legacy-office':
    case 'rtf':
      return engineError('FILE_OFFICE_DOCUMENT', fileName, { kind });
    case 'html':
      return engineError('FILE_HTML_PAGE', fileName, { kind });
    case 'zip':
      return engineError('FILE_ARCHIVE', fileName, { kind });
    case 'program':
      return engineError('FILE_PROGRAM', fileName);
    case 'unknown':
      if (IMAGE_EXTENSIONS.test(fileName)) return engineError('IMAGE_UNREADABLE', fileName);
      if (/\.pdf$/i.test(fileName)) return engineError('PDF_DAMAGED', fileName);
      return engineError('FILE_NOT_SUPPORTED', fileName, { kind });
    default:
      return engineError('FILE_NOT_SUPPORTED', fileName, { kind });
  }
}

export type { InputKind };
