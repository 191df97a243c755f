import { isAppError, type ApiError } from '../../../shared/api/errors';
import { isSupportedKind, type InputKind } from '../../../shared/engine/inputs';
import type { InputReport } from '../../../shared/engine/report';
import { detectKind } from '../detect';
import { engineError } from '../errors';
import { imageToPdf } from '../image/images-to-pdf';
import { checkDecodeBudget } from '../pdf/decode-budget';
import { openPdf } from '../pdf/open-pdf';
import { unsupportedInputError } from './classify';
import { displayNameOf, readInput, type KnownHash } from './read-input';

export interface InputRequest {
  path: string;
  /** What reports and errors call the file, when it is not its own name (see `displayNameOf`). */
  name?: string;
  /** Only for this run, in memory; never written or logged. */
  password?: string;
  /** 0-based pages of a photo the person chose to keep as photographed (not flattened). */
  keepOriginalPages?: readonly number[];
  /** The file's SHA-256 as the caller measured it (see `KnownHash`): not computed again while the file is unchanged. */
  knownHash?: KnownHash;
}

export interface InputOptions {
  /**
   * Even out the light of flattened phone photos (paper documents). False for categories that stay
   * photographic (passport, residence card): those are only straightened and cropped.
   */
  evenLight?: boolean;
}

export interface PreparedInput {
  report: InputReport;
  /** The input as an unencrypted PDF, or null when it failed. */
  pdf: Uint8Array | null;
}

export type ProgressSink = (event: { stage: string; file?: string; done: number; total: number }) => void;

/**
 * A thrown value as the error shape the report and the API carry. An
 * unexpected failure (a bug, not the file's fault) is logged locally with its
 * stack and shown as a generic error; passwords are never part of it.
 */
export function toApiError(error: unknown, file: string): ApiError {
  if (isAppError(error)) return error.toApiError();
  console.error(`[aima-prep] engine failed on ${file}`, error);
  return engineError('ENGINE_FAILED', file).toApiError();
}

/**
 * Stages for one input: read → detect → (PDF: decrypt / repair) or (image:
 * convert) → an unencrypted PDF and its report entry. Never throws: a failure
 * becomes an error entry so the other inputs go on.
 */
export async function prepareInput(
  request: InputRequest,
  index: number,
  onProgress?: ProgressSink,
  options: InputOptions = {},
): Promise<PreparedInput> {
  const report: InputReport = {
    index,
    file: displayNameOf(request),
    bytes: 0,
    sha256: null,
    kind: null,
    status: 'error',
    pages: 0,
    protection: null,
    decrypted: null,
    repaired: false,
    converted: null,
    warnings: [],
    error: null,
  };
  try {
    const input = await readInput(request.path, request.name, request.knownHash);
    report.bytes = input.bytes.byteLength;
    report.sha256 = input.sha256;
    const kind: InputKind = detectKind(input.bytes);
    report.kind = kind;
    onProgress?.({ stage: 'detect', file: input.name, done: 0, total: 1 });
    if (!isSupportedKind(kind)) throw unsupportedInputError(kind, input.name);

    if (kind === 'pdf') {
      onProgress?.({ stage: 'decrypt', file: input.name, done: 0, total: 1 });
      const opened = await openPdf(input.bytes, { file: input.name, password: request.password });
      await checkDecodeBudget(opened.bytes, input.name);
      Object.assign(report, {
        status: 'ok',
        pages: opened.pages,
        protection: opened.protection,
        decrypted: opened.decrypted,
        repaired: opened.repaired,
        ...(opened.repairNotes.length > 0 ? { repairNotes: opened.repairNotes } : {}),
      });
      onProgress?.({ stage: 'decrypt', file: input.name, done: 1, total: 1 });
      return { report, pdf: opened.bytes };
    }

    const converted = await imageToPdf(
      input.bytes,
      kind,
      input.name,
      (done, total) => onProgress?.({ stage: 'convert', file: input.name, done, total }),
      { evenLight: options.evenLight ?? true, keepOriginalPages: request.keepOriginalPages ?? [] },
    );
    Object.assign(report, {
      status: 'ok',
      pages: converted.pages.length,
      converted: converted.pages,
      ...(converted.hiddenData.length > 0 ? { hiddenData: converted.hiddenData } : {}),
      warnings: converted.warnings,
    });
    return { report, pdf: converted.bytes };
  } catch (error) {
    report.status = 'error';
    report.error = toApiError(error, report.file);
    return { report, pdf: null };
  }
}
