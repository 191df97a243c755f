import type { CategoryReport } from '../../../shared/engine/report';
import type { ValidationResult } from '../../../shared/engine/validation';
import { pageOrigin } from '../../../shared/engine/page-origin';

/**
 * A blurred page that was a phone photo is said as one ("the phone moved when the photo was taken", take it again),
 * not as a scan that "moved while scanning" (walk s15). Validation judges the merged PDF and cannot know the source;
 * the category's report can (`pageOrigin`, and the converted page's flatten entry, set for camera photos only).
 */
export function blurSaidOfItsSource(report: CategoryReport, validation: ValidationResult): ValidationResult {
  const fromPhoto = (page: number | undefined) => {
    const origin = page === undefined ? null : pageOrigin(report, page);
    const input = origin ? report.inputs.find((candidate) => candidate.index === origin.index) : undefined;
    return origin !== null && input?.converted?.[origin.page - 1]?.flatten !== undefined;
  };
  return {
    ...validation,
    reasons: validation.reasons.map((reason) =>
      reason.code === 'BLURRY' && fromPhoto(reason.page)
        ? { ...reason, messageKey: 'validation.reasons.blurryPhoto', actionKey: 'validation.actions.retakeSharper' }
        : reason,
    ),
  };
}
