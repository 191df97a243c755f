import sharp from 'sharp';
import type { ApiError } from '../../shared/api/errors';
import { isSupportedKind, type InputKind, type PdfProtection } from '../../shared/engine/inputs';
import { detectKind } from './detect';
import { openPdf } from './pdf/open-pdf';
import { unsupportedInputError } from './stages/classify';
import { toApiError, type InputRequest } from './stages/prepare-input';
import { displayNameOf, readInput } from './stages/read-input';

export interface InspectedInput {
  path: string;
  name: string;
  bytes: number;
  kind: InputKind | null;
  /** For PDFs: how it is protected (null when it could not be read). */
  protection: PdfProtection | null;
  /** True when a user password is needed and none (or a wrong one) was given: the renderer asks for it. */
  needsPassword: boolean;
  /** Pages it will contribute, when known. */
  pages: number | null;
  error: ApiError | null;
}

/**
 * Look at one file before preparing it: what it is, whether it needs a
 * password (and whether the one given opens it), how many pages. Cheap enough
 * to run when the user drops files; never changes anything.
 */
export async function inspectInput(request: InputRequest): Promise<InspectedInput> {
  const result: InspectedInput = {
    path: request.path,
    name: displayNameOf(request),
    bytes: 0,
    kind: null,
    protection: null,
    needsPassword: false,
    pages: null,
    error: null,
  };
  try {
    const input = await readInput(request.path, request.name);
    result.bytes = input.bytes.byteLength;
    const kind = detectKind(input.bytes);
    result.kind = kind;
    if (!isSupportedKind(kind)) throw unsupportedInputError(kind, input.name);
    if (kind === 'pdf') {
      const opened = await openPdf(input.bytes, { file: input.name, password: request.password });
      result.protection = opened.protection;
      result.pages = opened.pages;
    } else {
      const meta = await sharp(input.bytes, { failOn: 'none' })
        .metadata()
        .catch(() => null);
      result.pages = kind === 'tiff' ? (meta?.pages ?? 1) : 1;
    }
  } catch (error) {
    result.error = toApiError(error, result.name);
    result.needsPassword = result.error.code === 'PDF_PASSWORD_NEEDED' || result.error.code === 'PDF_WRONG_PASSWORD';
    if (result.needsPassword) result.protection = 'user-password';
  }
  return result;
}
