import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../electron/engine/output/report-html';
import { summaryCsv, summaryHtml } from '../../../electron/batch/summary-files';
import { assessCase } from '../../../shared/case/assessment';
import { messages } from '../../../shared/i18n';
import { checklistFor } from '../../../shared/rules/checklist';
import { ducWindow } from '../../../shared/rules/duc';
import { ducCalendarIcs } from '../../../shared/rules/duc-calendar';
import { decideRoute } from '../../../shared/rules/route';
import type { SituationDraft } from '../../../shared/rules/situation';
import { sources } from '../../../shared/rules/sources';
import { buildTimeline } from '../../../shared/rules/timeline';
import { reportFor } from '../case/assessment-fixtures';

/**
 * Issue 13: the project's own word for the guide it started from ("seed")
 * must never reach a person. Ids ('seedGuide', reading 'seed', origin
 * 'seed-table') are internal and stay; every text a screen, a report, a
 * calendar file or a command shows is checked here.
 */
const INTERNAL = /\bseeds?\b|seed guide|seed's/i;

/** Every string a person may read inside a value: under en/pt (Localized), and titles, labels, explanations. */
function shownStrings(value: unknown, key = '', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') {
    if (['en', 'pt', 'title', 'label', 'explanation', 'text', 'description', 'name'].includes(key)) out.push(value);
    return out;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) for (const item of value) shownStrings(item, key, out, seen);
  else for (const [k, v] of Object.entries(value)) shownStrings(v, k, out, seen);
  return out;
}

/** Every string leaf of a message tree. */
function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.values(tree).flatMap(leaves);
}

/** Every module of shared/rules, loaded by file name so a new module is checked without a new import here. */
const RULES = join(import.meta.dirname, '../../../shared/rules');
const rulesModules: Record<string, unknown> = Object.fromEntries(
  await Promise.all(
    readdirSync(RULES)
      .filter((file) => file.endsWith('.ts'))
      .map(async (file) => [file, await import(pathToFileURL(join(RULES, file)).href)] as const),
  ),
);

const worker: SituationDraft = {
  permitKind: 'temporary-work',
  hasNiss: true,
  inPortugal: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
  passportExpiry: '2032-01-01',
};
const situations: SituationDraft[] = [
  { ...worker, permitExpiry: '2026-03-10' },
  { ...worker, permitExpiry: '2027-02-10' },
  { ...worker, permitExpiry: '2025-03-10' },
  { ...worker, permitExpiry: '2019-03-10' },
  { ...worker, permitKind: 'temporary-cplp', permitExpiry: '2026-10-10' },
  { ...worker, permitKind: 'eu-family-residence-card', permitExpiry: '2026-10-10' },
  { ...worker, permitKind: 'temporary-study', permitExpiry: '2026-12-20', inPortugal: false, hasNiss: false },
];
const TODAY = '2026-12-01';
const NOW = '2026-12-01T11:00:00Z';

describe('no internal word ("seed") in anything a person reads', () => {
  it('the interface strings, English and Portuguese', () => {
    for (const locale of ['en', 'pt'] as const)
      for (const text of leaves(messages[locale])) expect(text, `${locale}: ${text}`).not.toMatch(INTERNAL);
  });

  it('every text of the rules data, and every source title', () => {
    expect(Object.keys(rulesModules).length).toBeGreaterThan(15);
    const texts = Object.values(rulesModules).flatMap((mod) => shownStrings(mod));
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) expect(text).not.toMatch(INTERNAL);
    for (const source of Object.values(sources)) expect(source.title).not.toMatch(INTERNAL);
  });

  it('the texts the rules compute for a case: route, timeline, checklist, DUC window and calendar, assessment', () => {
    const duc = { lisbonDate: '2026-11-27', lisbonTime: '16:45' };
    for (const situation of situations) {
      const computed = [
        decideRoute(situation, TODAY),
        buildTimeline(situation, TODAY, duc),
        checklistFor({ ...situation, permitKind: situation.permitKind! }, TODAY),
        assessCase(
          {
            situation,
            documents: {},
            report: null,
            preUpload: { ticked: 0, total: 10 },
            duc: { generatedAt: duc },
            evidence: [],
          },
          NOW,
        ),
      ];
      for (const text of computed.flatMap((value) => shownStrings(value))) expect(text).not.toMatch(INTERNAL);
    }
    for (const route of ['portal-renovacoes', 'mission-structure', 'cplp-services'] as const) {
      const window = ducWindow({ route, generatedAt: duc });
      for (const text of shownStrings(window)) expect(text).not.toMatch(INTERNAL);
      for (const language of ['en', 'pt'] as const) {
        expect(ducCalendarIcs(window, language)).not.toMatch(INTERNAL);
        expect(ducCalendarIcs(window, language, NOW) ?? '').not.toMatch(INTERNAL);
      }
    }
  });

  it('in Portuguese, the applicants’ guide is named, never a bare "o guia" (this app’s guide, or "a guia", the DUC)', () => {
    // Found walking the after-submit page in Portuguese: "o guia diz, pelo contrário, …" beside "Abrir no guia".
    const BARE = /\b[Oo] guia\b(?! de requerentes)/;
    const duc = { lisbonDate: '2026-11-27', lisbonTime: '16:45' };
    const computed = (['portal-renovacoes', 'mission-structure', 'cplp-services'] as const).map((route) =>
      ducWindow({ route, generatedAt: duc }),
    );
    const texts = [...Object.values(rulesModules), ...computed].flatMap((value) => shownStrings(value));
    for (const text of texts) expect(text).not.toMatch(BARE);
  });

  it('report.html and the batch summaries', () => {
    const report = reportFor({ passport: 'ready', 'residence-permit': 'blurred', 'financas-no-debt': 'over-limit' });
    for (const locale of ['en', 'pt'] as const) expect(renderReportHtml(report, locale)).not.toMatch(INTERNAL);
    const row = {
      client: 'ana',
      status: 'needs-attention' as const,
      skipped: false,
      route: 'Portal das Renovações',
      nextAction: 'x',
      duc: null,
      nextDeadline: null,
      categoriesReady: [],
      categoriesWithWarnings: [],
      categoriesNotReady: [],
      categoriesMissing: [],
      categoriesFailed: [],
      unsortedFiles: [],
      problems: [],
      inputBytes: 0,
      outputBytes: 0,
      outputFolder: 'ana',
      millis: 0,
      consistency: null,
      said: null,
    };
    for (const locale of ['en', 'pt'] as const) {
      expect(summaryCsv([row], locale)).not.toMatch(INTERNAL);
      expect(summaryHtml([row], locale)).not.toMatch(INTERNAL);
    }
  });
});
