import type { Locale } from '../../../shared/i18n';
import { formatBytes, formatLisbonMoment, formatSizeAgainstLimit } from '../../../shared/i18n/format';
import { translate } from '../../../shared/i18n/translate';
import { filesInOutput, pageOrigin } from '../../../shared/engine/page-origin';
import { originalBytesOf } from '../../../shared/engine/original-bytes';
import { escapeHtml } from '../../common/html';
import {
  NOT_READY_FOLDER,
  shownVerdict,
  categoryHasWarnings,
  type CategoryReport,
  type InputReport,
  type PrepareReport,
} from '../../../shared/engine/report';
import type { ValidationResult, Verdict } from '../../../shared/engine/validation';
import { categoryById } from '../../../shared/rules/categories';
import { REMOVED_KINDS, type RemovedCounts } from '../../../shared/engine/sanitize';
import type { ReportReading, ReportReadingItem } from '../../../shared/engine/report-reading';
import { calendarDayOfIsoDate, longDateEn, longDatePt } from '../../../shared/writing/dates';

type Params = Record<string, string | number> | undefined;

function describeInput(locale: Locale, input: InputReport): string {
  const t = (key: string, params?: Params) => escapeHtml(translate(locale, key, params));
  const done: string[] = [];
  if (input.kind) done.push(t('engine.report.detected', { kind: input.kind.toUpperCase() }));
  if (input.decrypted) done.push(t('engine.report.decrypted', { method: input.decrypted.method }));
  else if (input.protection === 'none' && input.kind === 'pdf') done.push(t('engine.report.notEncrypted'));
  if (input.repaired) done.push(t('engine.report.repaired'));
  if (input.converted) done.push(t('engine.report.converted', { count: input.converted.length }));
  // A phone photo stored sideways with the camera's "turn" in EXIF is drawn upright: said, as the walk (s15) found
  // nothing told the person why the page stands otherwise than the file shows in some viewers.
  if (input.converted?.some((page) => page.rotatedByExif)) done.push(t('engine.report.turnedByCamera'));
  const hidden = describeHiddenData(locale, input);
  if (hidden) done.push(escapeHtml(hidden));
  for (const [index, page] of (input.converted ?? []).entries()) {
    const flatten = page.flatten;
    if (flatten?.applied)
      done.push(
        t(flatten.lighting?.evened ? 'flatten.report.straightened' : 'flatten.report.straightenedPhotographic', {
          page: index + 1,
        }),
      );
    else if (flatten?.reason === 'kept-original') done.push(t('flatten.report.kept', { page: index + 1 }));
  }
  const notes = input.warnings.map((warning) => `<li class="warning">${t(warning.messageKey, warning.params)}</li>`);
  const error = input.error
    ? `<li class="error"><strong>${t(input.error.messageKey, { ...input.error.params, file: input.file })}</strong>${
        input.error.actionKey ? ` ${t(input.error.actionKey)}` : ''
      }</li>`
    : '';
  return `<tr class="${input.status}">
  <td>${input.index + 1}</td>
  <td>${escapeHtml(input.file)}</td>
  <td>${formatBytes(input.bytes, locale)}</td>
  <td>${input.status === 'ok' ? input.pages : '—'}</td>
  <td><ul>${done.map((item) => `<li>${item}</li>`).join('')}${notes.join('')}${error}</ul></td>
</tr>`;
}

/** "Removed from IMG_4103.HEIC: where the photo was taken (GPS), the phone or camera model" — empty when none was found. */
export function describeHiddenData(locale: Locale, input: InputReport): string {
  const kinds = input.hiddenData ?? [];
  if (kinds.length === 0) return '';
  const list = kinds.map((kind) => translate(locale, `engine.report.hiddenDataKinds.${kind}`)).join(', ');
  return translate(locale, 'engine.report.hiddenDataRemoved', { file: input.file, list });
}

/** "Removed before upload: 1 script, 2 attached files." — empty when nothing was removed. */
export function describeRemoved(locale: Locale, removed: RemovedCounts | undefined): string {
  if (!removed) return '';
  const parts = REMOVED_KINDS.filter((kind) => removed[kind] > 0).map((kind) =>
    translate(locale, `engine.report.removedKinds.${kind}`, { count: removed[kind] }),
  );
  return parts.length > 0 ? translate(locale, 'engine.report.removed', { list: parts.join(', ') }) : '';
}

const VERDICT_KEYS = { ready: 'ready', 'ready-with-warnings': 'readyWithWarnings', 'not-ready': 'notReady' } as const;

/** The validate stage's verdict and its reasons (page, what is wrong, what to do). */
function describeValidation(locale: Locale, validation: ValidationResult, verdict: Verdict, category: CategoryReport): string {
  const t = (key: string, params?: Params) => escapeHtml(translate(locale, key, params));
  const verdictKey = VERDICT_KEYS[verdict];
  const reasons = validation.reasons.map((reason) => {
    // The page as the person knows it: "page 1 of IMG_2041.HEIC", as on the guide's card (page-origin.ts).
    const origin = reason.page !== undefined ? pageOrigin(category, reason.page) : null;
    const params = origin
      ? {
          ...reason.params,
          page: translate(locale, origin.page === reason.page ? 'documents.result.pageOfFile' : 'documents.result.pageOfFileAt', {
            page: origin.page,
            file: origin.file,
            outputPage: reason.page!,
          }),
        }
      : reason.params;
    return `<li class="${reason.severity === 'blocker' ? 'error' : 'warning'}">${t(reason.messageKey, params)} ${t(reason.actionKey)}</li>`;
  });
  // A file fine as a file but blocked by what it says (a stale certidão): never "Ready to upload" under "do not upload it".
  const blockedByReading = category.readingFlag === 'blocked' && verdict === 'ready';
  const line = blockedByReading
    ? t('engine.report.verdictReadingBlocks')
    : t('engine.report.verdict', { verdict: translate(locale, `validation.verdict.${verdictKey}`) });
  return `<p>${line}</p>${reasons.length > 0 ? `<ul>${reasons.join('')}</ul>` : ''}`;
}

/** Reading's findings as a list: each item's sentence (the reason and what to do) in the report's language. */
function describeReadingItems(locale: Locale, items: readonly ReportReadingItem[]): string {
  const t = (key: string, params?: Params) => escapeHtml(translate(locale, key, params));
  if (items.length === 0) return '';
  return `<ul class="reading">${items
    .map(
      (item) =>
        `<li class="${item.severity === 'blocker' ? 'error' : 'warning'}"><strong>${t(`engine.report.reading.${item.severity}`)}:</strong> ${escapeHtml(
          item.text[locale],
        )}</li>`,
    )
    .join('')}</ul>`;
}

/**
 * The report's status word for a category: the engine's, unless reading found a blocker in one of its files
 * (then not to be uploaded as it is, as the card and the summary say) or a warning about a ready one.
 */
function statusWord(locale: Locale, category: CategoryReport): { css: string; text: string } {
  if (category.output && !category.output.folder) {
    if (category.readingFlag === 'blocked') {
      return { css: 'not-ready', text: translate(locale, 'engine.report.status.readingBlocked') };
    }
    // A warning from reading, or from the file's own check (a page at 50 dpi, a blank page): "ready, with warnings",
    // as the card and summary.csv/summary.html say; plain "ready" above "Check of the file: Ready, with warnings"
    // contradicted them (session 11's walk of the agency batch).
    const warned = category.readingFlag === 'warned' || categoryHasWarnings(category);
    if (warned && category.status === 'ready') {
      return { css: 'partial', text: translate(locale, 'engine.report.status.readingWarned') };
    }
  }
  return {
    css: category.status,
    text: translate(locale, `engine.report.status.${category.status}`, { folder: NOT_READY_FOLDER }),
  };
}

function describeCategory(locale: Locale, category: CategoryReport, reading: ReportReading | undefined): string {
  const t = (key: string, params?: Params) => escapeHtml(translate(locale, key, params));
  const status = statusWord(locale, category);
  const readingItems = describeReadingItems(
    locale,
    (reading?.items ?? []).filter((item) => item.categoryId === category.categoryId),
  );
  const name = categoryById(category.categoryId)?.name[locale] ?? category.categoryId;
  const output = category.output;
  const summary = output
    ? `<p><strong>${escapeHtml(output.folder ? `${NOT_READY_FOLDER}/${output.fileName}` : output.fileName)}</strong> — ${t(
        'engine.report.outputSummary',
        {
          count: output.pages,
          size: formatSizeAgainstLimit(output.bytes, output.validation?.limitBytes ?? output.compression?.limitBytes, locale),
          before: formatBytes(originalBytesOf(category), locale),
        },
      )}${output.merged && filesInOutput(category) > 1 ? ` ${t('engine.report.merged', { count: filesInOutput(category) })}` : ''}</p>
       ${category.pageEdits ? `<p>${t('engine.report.pageEdits', { count: output.pages })}</p>` : ''}
       ${category.quality === 'lower' ? `<p>${t('engine.report.lowerQuality')}</p>` : ''}
       ${describeRemoved(locale, output.removed) ? `<p class="removed">${escapeHtml(describeRemoved(locale, output.removed))}</p>` : ''}
       ${(output.warnings ?? []).map((warning) => `<p class="warning">${t(warning.messageKey, warning.params)}</p>`).join('')}
       ${output.validation ? describeValidation(locale, output.validation, shownVerdict(category) ?? output.validation.verdict, category) : ''}
       ${output.compression?.messageKey ? `<p class="warning">${t(output.compression.messageKey)}</p>` : ''}`
    : `<p class="error"><strong>${t('engine.report.notWritten')}</strong>${
        category.error ? ` ${t(category.error.messageKey, category.error.params)}` : ''
      }</p>`;
  return `<section>
<h2>${escapeHtml(name)} <span class="status ${status.css}">${escapeHtml(status.text)}</span></h2>
${readingItems}
${summary}
<table>
<thead><tr><th>#</th><th>${t('engine.report.file')}</th><th>${t('engine.report.size')}</th><th>${t('engine.report.pages')}</th><th>${t(
    'engine.report.whatWasDone',
  )}</th></tr></thead>
<tbody>
${category.inputs.map((input) => describeInput(locale, input)).join('\n')}
</tbody>
</table>
</section>`;
}

/** What reading found about the case as a whole (and the day it was judged on), above the categories. */
function describeReading(locale: Locale, reading: ReportReading | undefined, categoryIds: readonly string[]): string {
  if (!reading) return '';
  const t = (key: string, params?: Params) => escapeHtml(translate(locale, key, params));
  const day = calendarDayOfIsoDate(reading.judgedOn);
  const date = locale === 'pt' ? longDatePt(day) : longDateEn(day);
  // An item about a document the folder has no section for (an expired passport, no passport file given) is said
  // here, or report.html would drop what report.json states.
  const general = reading.items.filter((item) => item.categoryId === undefined || !categoryIds.includes(item.categoryId));
  return `<section>
<h2>${t(`engine.report.reading.${titleKey(reading)}`)}</h2>
<p>${t(`engine.report.reading.judged.${reading.basis}`, { date })}</p>
${reading.pending > 0 ? `<p class="warning">${t('engine.report.reading.pending', { count: reading.pending })}</p>` : ''}
${reading.items.length === 0 ? `<p>${t('engine.report.reading.nothing')}</p>` : describeReadingItems(locale, general)}
</section>`;
}

/** "Your documents" for the person whose case it is; "the client's" for an agency, reading about someone else. */
const titleKey = (reading: ReportReading | undefined) => (reading?.reader === 'agency' ? 'titleClient' : 'title');

/** The readable report next to report.json: one section per category, every input, what was done, what is missing. */
export function renderReportHtml(report: PrepareReport, locale: Locale): string {
  const t = (key: string, params?: Params) => escapeHtml(translate(locale, key, params));
  const title = t(`engine.report.${titleKey(report.reading)}`);
  const missing = report.missing.map((id) => `<li>${escapeHtml(categoryById(id)?.name[locale] ?? id)}</li>`).join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #b1b4b6; padding: .4rem; text-align: left; vertical-align: top; }
td ul { margin: 0; padding-left: 1.2rem; } .error { color: #a4262c; } .warning { color: #7a4d00; }
.status { font-size: .8em; padding: .1rem .4rem; border: 1px solid currentColor; }
</style>
</head>
<body>
<h1>${title}</h1>
<p>${t('engine.report.createdAt', { date: formatLisbonMoment(report.createdAt, locale) })} · ${t('engine.report.limit', {
    size: formatBytes(report.limitBytes, locale),
  })}</p>
${report.missing.length > 0 ? `<section><h2>${t('engine.report.missing')}</h2><ul>${missing}</ul></section>` : ''}
${describeReading(
  locale,
  report.reading,
  report.categories.map((c) => c.categoryId),
)}
${report.categories.map((category) => describeCategory(locale, category, report.reading)).join('\n')}
</body>
</html>
`;
}
