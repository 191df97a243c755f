import { join } from 'node:path';
import { problemSentence } from '../../shared/batch/problem-text';
import type { Locale } from '../../shared/i18n';
import { categoryById } from '../../shared/rules/categories';
import { totalsOf, type ClientProblem, type SummaryRow } from '../../shared/batch/summary';
import { formatBytes, formatLisbonMoment } from '../../shared/i18n/format';
import { translate } from '../../shared/i18n/translate';
import { calendarDayOfIsoDate, longMoment } from '../../shared/writing/dates';
import { escapeHtml } from '../common/html';
import { writeFileAtomic } from '../common/atomic-write';

export const SUMMARY_CSV = 'summary.csv';
export const SUMMARY_HTML = 'summary.html';

/** Column names of summary.csv: stable identifiers for spreadsheets and scripts, in every language. */
export const CSV_COLUMNS = [
  'client',
  'status',
  'skipped',
  'route',
  'next_action',
  'duc_payable_from',
  'duc_last_day',
  'next_deadline',
  'next_deadline_state',
  'categories_ready',
  'categories_with_warnings',
  'categories_not_ready',
  'categories_missing',
  'categories_failed',
  'unsorted_files',
  'problems',
  'input_bytes',
  'output_bytes',
  'output_folder',
  // What reading the documents found, on the day of the run: ok / mismatch / unknown for the first four;
  // valid / expires-soon / expired / unknown for the passport; fresh / stale / not-accepted (a junta de freguesia
  // certificate) / stale-and-not-accepted / none / unknown for the certificates.
  // The last two were "…_on_submission", but the batch judges on the run's day (summary.html says so too).
  'name_match',
  'date_of_birth_match',
  'nif_match',
  'niss_match',
  'passport_on_run_day',
  'certificates_on_run_day',
] as const;

/** One problem as a line of text: "file: message". */
export function problemText(problem: ClientProblem, locale: Locale): string {
  return problemSentence(problem, locale);
}

/**
 * One CSV cell: quoted when needed (RFC 4180), and a leading = + - @ neutralised
 * so a spreadsheet never runs a client's file name as a formula.
 */
export function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The next deadline with its state in words; a passed or due one is marked so it stands out. */
function deadlineCell(row: SummaryRow, locale: Locale): string {
  const d = row.nextDeadline;
  if (!d) return '—';
  const state = escapeHtml(translate(locale, `batch.summary.deadlineState.${d.state}`));
  const pressing = d.state === 'overdue' || d.state === 'due-today';
  // An overdue DUC's explanation is the client's next action too (the advisor puts it first): said once, there.
  const explained = row.nextAction.includes(d.explanation) ? '' : `<br><small>${escapeHtml(d.explanation)}</small>`;
  return `${escapeHtml(d.what)} — ${escapeHtml(d.when ?? d.at)}<br>${pressing ? `<strong class="deadline-${d.state}">${state}</strong>` : state}${explained}`;
}

export function summaryCsv(rows: readonly SummaryRow[], locale: Locale): string {
  const lines = rows.map((row) =>
    [
      row.client,
      row.status,
      row.skipped,
      row.route ?? '',
      row.nextAction,
      row.duc?.payableFrom ?? '',
      row.duc?.lastDayToPay ?? '',
      row.nextDeadline ? `${row.nextDeadline.what}: ${row.nextDeadline.at}` : '',
      // A stable identifier (upcoming, due-today, overdue, met, unknown) that a spreadsheet can filter on.
      row.nextDeadline?.state ?? '',
      row.categoriesReady.join('; '),
      row.categoriesWithWarnings.join('; '),
      row.categoriesNotReady.join('; '),
      row.categoriesMissing.join('; '),
      row.categoriesFailed.join('; '),
      row.unsortedFiles.join('; '),
      row.problems.map((problem) => problemText(problem, locale)).join('; '),
      row.inputBytes,
      row.outputBytes,
      row.outputFolder,
      row.consistency?.name ?? '',
      row.consistency?.dateOfBirth ?? '',
      row.consistency?.nif ?? '',
      row.consistency?.niss ?? '',
      row.consistency?.passport ?? '',
      row.consistency?.certificates ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  // A byte-order mark so spreadsheet programs read the accents of Portuguese names as UTF-8.
  return `\uFEFF${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

/** The values that keep a client from "ready", shown in bold. */
const BAD_READING_VALUES = new Set(['mismatch', 'expired', 'stale', 'not-accepted', 'stale-and-not-accepted']);

/** One line per check of what the documents say ("NIF: differs"), a difference in bold. */
function readingCell(row: SummaryRow, locale: Locale): string {
  const c = row.consistency;
  if (!c) return '—';
  const line = (key: keyof NonNullable<SummaryRow['consistency']>) => {
    const value = c[key];
    // The value agrees with its field in Portuguese ("Data de nascimento: não verificada"): a value may have a
    // wording for one field (i18next's context, `unknown_dateOfBirth`), else the common one (`unknown`).
    const said = translate(locale, `batch.summary.reading.value.${value}`, { context: key });
    const text = escapeHtml(translate(locale, `batch.summary.reading.${key}`, { value: said }));
    const bad = BAD_READING_VALUES.has(value);
    return `<li>${bad ? `<strong>${text}</strong>` : text}</li>`;
  };
  return `<ul>${(['name', 'dateOfBirth', 'nif', 'niss', 'passport', 'certificates'] as const).map(line).join('')}</ul>`;
}

/**
 * A Lisbon wall-clock moment of the CSV ("2026-11-20 10:15", for spreadsheets) as people read it on the page
 * ("20 de novembro de 2026, às 10:15"), as the deadline column writes its moments.
 */
function readableWallMoment(text: string, locale: Locale): string {
  const parts = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/.exec(text);
  return parts ? longMoment(calendarDayOfIsoDate(parts[1]!), parts[2]!, locale) : text;
}

function categoryList(ids: readonly string[], locale: Locale): string {
  if (ids.length === 0) return '—';
  return `<ul>${ids.map((id) => `<li>${escapeHtml(categoryById(id)?.name[locale] ?? id)}</li>`).join('')}</ul>`;
}

/** The client's name, linked to its report.html when an output folder was written (a failed client has none). */
function clientCell(row: SummaryRow): string {
  if (row.status === 'failed') return escapeHtml(row.client);
  return `<a href="${encodeURIComponent(row.outputFolder)}/report.html">${escapeHtml(row.client)}</a>`;
}

/**
 * The summary's columns, in the order an agency reads a row: who, in what state, what to do next and by when,
 * then what is missing or wrong, then the rest. Header and cells come from this one list, so they stay in step.
 * `wide`: a column of sentences, kept wide enough to read (the table scrolls sideways on a narrow window
 * instead of folding them into a word a line).
 */
const HTML_COLUMNS: readonly { key: string; wide?: boolean; cell: (row: SummaryRow, locale: Locale) => string }[] = [
  { key: 'nextAction', wide: true, cell: (row) => escapeHtml(row.nextAction) },
  { key: 'deadline', wide: true, cell: (row, locale) => deadlineCell(row, locale) },
  { key: 'duc', cell: (row, locale) => ducCell(row, locale) },
  {
    key: 'missing',
    cell: (row, locale) => categoryList([...row.categoriesMissing, ...row.categoriesFailed, ...row.categoriesNotReady], locale),
  },
  {
    key: 'problems',
    wide: true,
    cell: (row, locale) =>
      row.problems.length === 0
        ? '—'
        : `<ul>${row.problems.map((p) => `<li>${escapeHtml(problemText(p, locale))}</li>`).join('')}</ul>`,
  },
  { key: 'warnings', cell: (row, locale) => categoryList(row.categoriesWithWarnings, locale) },
  { key: 'ready', cell: (row, locale) => categoryList(row.categoriesReady, locale) },
  { key: 'reading', cell: (row, locale) => readingCell(row, locale) },
  { key: 'route', cell: (row) => escapeHtml(row.route ?? '—') },
  { key: 'sizes', cell: (row, locale) => `${formatBytes(row.inputBytes, locale)} → ${formatBytes(row.outputBytes, locale)}` },
];

function ducCell(row: SummaryRow, locale: Locale): string {
  if (!row.duc) return '—';
  const t = (key: string) => escapeHtml(translate(locale, `batch.summary.${key}`));
  const from = escapeHtml(readableWallMoment(row.duc.payableFrom, locale));
  const last = escapeHtml(readableWallMoment(row.duc.lastDayToPay, locale));
  return `${t('ducPayableFrom')} ${from}<br>${t('ducLastDay')} <strong>${last}</strong>`;
}

export function summaryHtml(rows: readonly SummaryRow[], locale: Locale, generatedAt: Date = new Date()): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    escapeHtml(translate(locale, `batch.summary.${key}`, params));
  const totals = totalsOf(rows);
  const statusText = (row: SummaryRow) => t(`status.${row.status}`) + (row.skipped ? ` <small>(${t('unchanged')})</small>` : '');
  const wide = (column: (typeof HTML_COLUMNS)[number]) => (column.wide ? ' class="wide"' : '');
  const body = rows
    .map(
      (row) => `<tr class="status-${row.status}">
<th scope="row">${clientCell(row)}</th>
<td><span class="badge">${statusText(row)}</span></td>
${HTML_COLUMNS.map((column) => `<td${wide(column)}>${column.cell(row, locale)}</td>`).join('\n')}
</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('title')}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #b1b4b6; padding: 0.4rem 0.5rem; vertical-align: top; text-align: left; }
td { min-width: 9em; }
td.wide { min-width: 18em; }
thead th { background: #f3f2f1; }
ul { margin: 0; padding-left: 1.1rem; }
.badge { font-weight: 600; white-space: nowrap; }
.status-ready .badge::before { content: "✓ "; color: #00703c; }
.status-needs-attention .badge::before { content: "! "; color: #b45f06; }
.status-submitted .badge::before { content: "✓ "; color: #1d70b8; }
.status-failed .badge::before { content: "✗ "; color: #d4351c; }
.status-ready th { border-left: 6px solid #00703c; }
.status-needs-attention th { border-left: 6px solid #f47738; }
.status-submitted th { border-left: 6px solid #1d70b8; }
.deadline-overdue, .deadline-due-today { color: #d4351c; }
.status-failed th { border-left: 6px solid #d4351c; }
</style>
</head>
<body>
<h1>${t('title')}</h1>
<p>${t('generated', { date: formatLisbonMoment(generatedAt, locale) })}</p>
<p>${t('totals', { clients: totals.clients, ready: totals.ready, needsAttention: totals.needsAttention, failed: totals.failed, submitted: totals.submitted, skipped: totals.skipped })}</p>
<div class="scroll">
<table>
<thead><tr>
<th scope="col">${t('columns.client')}</th><th scope="col">${t('columns.status')}</th>
${HTML_COLUMNS.map((column) => `<th scope="col">${t(`columns.${column.key}`)}</th>`).join('')}
</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
</body>
</html>
`;
}

/** Write both summary files atomically into the batch output folder. */
export async function writeSummaryFiles(
  outDir: string,
  rows: readonly SummaryRow[],
  locale: Locale,
): Promise<{ summaryCsv: string; summaryHtml: string }> {
  const csvPath = join(outDir, SUMMARY_CSV);
  const htmlPath = join(outDir, SUMMARY_HTML);
  await writeFileAtomic(csvPath, summaryCsv(rows, locale));
  await writeFileAtomic(htmlPath, summaryHtml(rows, locale));
  return { summaryCsv: csvPath, summaryHtml: htmlPath };
}
