import { describe, expect, it } from 'vitest';
import { assessCase, requiredCategoriesOf, SCREENS, type Assessment, type CaseState } from '../../../shared/case/assessment';
import type { EvidenceEntry } from '../../../shared/case/evidence';
import { ducWindow, type DucRoute } from '../../../shared/rules/duc';
import { decideRoute } from '../../../shared/rules/route';
import type { Situation } from '../../../shared/rules/situation';
import { givenFor, reportFor, WORKER, type Outcome } from './assessment-fixtures';

/**
 * Issue 13, "Must show" 1: every expiry band × DUC state × documents state,
 * with assertions a contradictory assessment cannot pass.
 */

// The shared worker's situation, without the two answers each band sets.
const { permitKind: _kind, permitExpiry: _expiry, ...base } = WORKER as Situation;

interface Band {
  name: string;
  permitKind: Situation['permitKind'];
  permitExpiry: string;
  now: string;
}

const DEC_1 = '2026-12-01T11:00:00Z';
const DEC_2 = '2026-12-02T11:00:00Z';
const bands: Band[] = [
  { name: 'more than 90 days ahead', permitKind: 'temporary-work', permitExpiry: '2027-06-15', now: DEC_1 },
  { name: 'inside 90 days', permitKind: 'temporary-work', permitExpiry: '2027-02-10', now: DEC_1 },
  { name: 'month not open yet', permitKind: 'temporary-work', permitExpiry: '2026-05-20', now: '2026-02-01T11:00:00Z' },
  { name: 'month open', permitKind: 'temporary-work', permitExpiry: '2026-03-20', now: '2026-02-01T11:00:00Z' },
  { name: 'expired under 6 months', permitKind: 'temporary-work', permitExpiry: '2026-06-20', now: DEC_1 },
  { name: 'expired over 6 months', permitKind: 'temporary-work', permitExpiry: '2026-03-10', now: DEC_1 },
  // 1 December is a public holiday (Restauração da Independência): a 10-working-day DUC is never due on it, so these bands use 2 December.
  { name: 'backlog route', permitKind: 'temporary-work', permitExpiry: '2024-05-01', now: DEC_2 },
  { name: 'CPLP', permitKind: 'temporary-cplp', permitExpiry: '2027-01-15', now: DEC_2 },
  { name: 'EU family card', permitKind: 'eu-family-residence-card', permitExpiry: '2027-01-15', now: DEC_1 },
];

type DucCase = 'none' | 'payable' | 'due-today' | 'overdue-strict-only' | 'overdue-both' | 'paid';
const ducCases: DucCase[] = ['none', 'payable', 'due-today', 'overdue-strict-only', 'overdue-both', 'paid'];

type DocCase = 'none' | 'some' | 'all-ready' | 'one-over-limit' | 'one-blurred';
const docCases: DocCase[] = ['none', 'some', 'all-ready', 'one-over-limit', 'one-blurred'];

const HOUR = 3_600_000;

const found = new Map<string, string | null>();
/** A DUC generation instant that puts the DUC in the wanted state at `now`, found once by walking back hour by hour. */
function generatedFor(route: DucRoute | null, now: string, want: DucCase): string | null {
  const key = `${route}|${now}|${want}`;
  if (!found.has(key)) found.set(key, search(route, now, want));
  return found.get(key)!;
}

function search(route: DucRoute | null, now: string, want: DucCase): string | null {
  const nowMs = Date.parse(now);
  if (want === 'payable' || want === 'paid') return new Date(nowMs - 2 * HOUR).toISOString();
  if (!route) return new Date(nowMs - 20 * 24 * HOUR).toISOString();
  const today = new Date(nowMs).toISOString().slice(0, 10);
  // Every reading ends within 10 working days after a 24-hour hold: an "overdue under both" DUC is older than 12 days.
  for (let h = want === 'overdue-both' ? 12 * 24 : 1; h < 40 * 24; h += 2) {
    const at = new Date(nowMs - h * HOUR).toISOString();
    const w = ducWindow({ route, generatedAt: { instant: at } });
    const strictPassed = Date.parse(w.deadline.instant) < nowMs;
    const latest = Math.max(...w.readings.map((r) => Date.parse(r.lastMoment.instant)));
    const latestPassed = latest < nowMs;
    if (want === 'due-today' && !strictPassed && w.deadline.lisbon.date === today) return at;
    if (want === 'overdue-strict-only' && strictPassed && !latestPassed) return at;
    if (want === 'overdue-both' && latestPassed) return at;
  }
  return null;
}

function entry(id: string, kind: EvidenceEntry['kind'], at: string): EvidenceEntry {
  return { type: 'entry', id, at, recordedAt: at, kind, note: '', files: [] };
}

function stateFor(band: Band, duc: DucCase, docs: DocCase): CaseState | null {
  const situation: Situation = { ...base, permitKind: band.permitKind, permitExpiry: band.permitExpiry };
  const today = band.now.slice(0, 10);
  const required = requiredCategoriesOf(situation, today)!;
  const outcomes: Record<string, Outcome> = {};
  if (docs === 'some') outcomes[required[0]!] = 'ready';
  if (docs === 'all-ready' || docs === 'one-over-limit' || docs === 'one-blurred')
    for (const id of required) outcomes[id] = 'ready';
  if (docs === 'one-over-limit') outcomes[required[0]!] = 'over-limit';
  if (docs === 'one-blurred') outcomes[required[0]!] = 'blurred';
  const documents = Object.fromEntries(Object.keys(outcomes).map((id) => [id, givenFor(id)]));
  const route = decideRoute(situation, today).ducRoute;
  const generated = duc === 'none' ? null : generatedFor(route, band.now, duc);
  if (duc !== 'none' && generated === null) return null;
  const evidence: EvidenceEntry[] = [];
  if (generated) evidence.push(entry('duc', 'duc-reference', generated.replace('Z', '+00:00')));
  if (duc === 'paid')
    evidence.push(entry('paid', 'payment-proof', new Date(Date.parse(band.now) - HOUR).toISOString().replace('Z', '+00:00')));
  return {
    situation,
    situationConfirmed: true,
    documents,
    report: docs === 'none' ? null : reportFor(outcomes),
    preUpload: { ticked: 10, total: 10 },
    duc: generated ? { generatedAt: { instant: generated }, reference: '123 456 789' } : null,
    evidence,
  };
}

const SEVERITY = { critical: 0, urgent: 1, caution: 2 } as const;
const screens = new Set(Object.values(SCREENS));

function check(a: Assessment, band: Band, duc: DucCase, docs: DocCase): void {
  const step = (id: string) => a.steps.find((s) => s.id === id)!;
  const allReady = docs === 'all-ready';
  // No step done while a required category is not ready.
  if (!allReady) {
    for (const id of ['documents', 'preUpload', 'folder']) expect(step(id).status, id).not.toBe('done');
    expect(a.requiredCategories.some((c) => c.state !== 'ready')).toBe(true);
  } else {
    expect(step('documents').status).toBe('done');
    expect(step('folder').status).toBe('done');
  }
  // After submit is done exactly when payment is recorded.
  expect(step('afterSubmit').status === 'done').toBe(duc === 'paid');
  // Never "90 days before expiry" after expiry, in any language, anywhere a person reads it.
  const expired = band.permitExpiry < a.today;
  const texts = [a.next.text, ...a.urgent.map((u) => u.text), ...a.steps.map((s) => s.reason), a.route.text];
  if (expired)
    for (const t of texts) {
      expect(t.en).not.toMatch(/90 days before/i);
      expect(t.pt).not.toMatch(/90 dias antes/i);
    }
  // The route never says "you can submit" while it also says the right lapsed.
  if (a.route.availability === 'lapsed') expect(step('route').status).toBe('attention');
  if (a.urgent.some((u) => u.id === 'expired-over-6-months')) expect(a.route.text.en).not.toMatch(/you can submit/i);
  // An overdue DUC is overdue in the deadline, the step, the urgent list and the next action.
  const ducLine = a.deadlines.find((d) => d.id === 'duc-payment');
  if (duc === 'overdue-strict-only' || duc === 'overdue-both') {
    if (a.duc) {
      expect(ducLine!.state).toBe('overdue');
      if (duc === 'overdue-both') expect(ducLine!.other?.state ?? 'overdue').toBe('overdue');
      else expect(['upcoming', 'due-today']).toContain(ducLine!.other!.state);
      expect(step('afterSubmit').status).toBe('attention');
      expect(a.urgent.some((u) => u.id.startsWith('duc-overdue'))).toBe(true);
      expect(a.next.screen).toBe(SCREENS.afterSubmit);
      expect(a.next.text.en).toMatch(/passed/);
      if (duc === 'overdue-strict-only') expect(a.next.text.en).toMatch(/there is still time until/);
    } else {
      // A route without a known window (EU family card) never invents a state.
      expect(ducLine!.state).toBe('unknown');
    }
  }
  if (duc === 'due-today') expect(ducLine!.state).toBe(a.duc ? 'due-today' : 'unknown');
  if (duc === 'payable') expect(['upcoming', 'due-today', 'unknown']).toContain(ducLine!.state);
  if (duc === 'paid') expect(ducLine!.state).toBe('met');
  if (duc === 'none') expect(ducLine).toBeUndefined();
  // No past date is presented as upcoming.
  for (const d of a.deadlines) if (d.state === 'upcoming') expect(d.date >= a.today).toBe(true);
  for (const d of a.deadlines)
    if (d.date < a.today && d.state !== 'met' && d.state !== 'unknown') expect(d.state).toBe('overdue');
  // Exactly one next action, in both languages, leading to a screen of the guide.
  expect(a.next.text.en.length).toBeGreaterThan(0);
  expect(a.next.text.pt.length).toBeGreaterThan(0);
  // (A screen may name one page inside it: "/trouble/permit-lapsed".)
  expect(screens.has(`/${a.next.screen.split('?')[0]!.split('/')[1]}`)).toBe(true);
  // Urgent items, most severe first; a critical one decides the next action before submission.
  const ranks = a.urgent.map((u) => SEVERITY[u.severity]);
  expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  if (a.urgent[0]?.severity === 'critical') expect(a.next.text).toEqual(a.urgent[0].text);
  // A prepared document that is blurred is scanned again, not "prepared": the next action says so.
  if (a.next.id === 'prepare-documents' && docs === 'one-blurred') {
    expect(a.next.text.en).toMatch(/^Scan or photograph again/);
    expect(a.next.text.pt).toMatch(/^Digitalize ou fotografe de novo/);
  }
  if (a.next.id === 'prepare-documents' && docs === 'one-over-limit') expect(a.next.text.en).toMatch(/^Fix these documents/);
  // The next action never sends someone to get documents while their DUC clock runs.
  if (duc !== 'none' && duc !== 'paid') expect(a.next.screen).toBe(SCREENS.afterSubmit);
}

describe('assessCase scenario matrix', () => {
  let combinations = 0;
  for (const band of bands)
    for (const duc of ducCases)
      for (const docs of docCases)
        it(`${band.name} × DUC ${duc} × documents ${docs}`, () => {
          const state = stateFor(band, duc, docs);
          expect(state, 'a DUC generation time for this state exists').not.toBeNull();
          check(assessCase(state!, band.now), band, duc, docs);
          combinations++;
        });

  it('covered every combination', () => {
    expect(combinations).toBe(bands.length * ducCases.length * docCases.length);
  });
});

describe('assessCase: the reported journeys', () => {
  const expiredMarch: CaseState = {
    situation: { ...base, permitKind: 'temporary-work', permitExpiry: '2026-03-10' },
    documents: {},
    report: null,
    preUpload: { ticked: 0, total: 10 },
    duc: null,
    evidence: [],
  };

  it('expired in March, 1 December 2026: one story — the lapse, not "open, renew when ready"', () => {
    const a = assessCase(expiredMarch, DEC_1);
    expect(a.route.availability).toBe('lapsed');
    expect(a.route.text.en).toMatch(/more than six months/);
    expect(a.urgent[0]!.id).toBe('expired-over-6-months');
    expect(a.urgent[0]!.severity).toBe('critical');
    expect(a.next.id).toBe('expired-over-6-months');
    expect(a.next.screen).toBe(`${SCREENS.trouble}/permit-lapsed`);
    expect(a.deadlines.find((d) => d.id === 'online-threshold')).toMatchObject({ date: '2026-09-10', state: 'overdue' });
  });

  it('expired in March and submitted anyway (a DUC): the lapse is said without "before you submit"', () => {
    const a = assessCase(
      { ...expiredMarch, duc: { generatedAt: { lisbonDate: '2026-11-27', lisbonTime: '16:45' }, reference: '123' } },
      DEC_1,
    );
    const lapse = a.urgent.find((u) => u.id === 'expired-over-6-months')!;
    for (const text of [a.route.text, lapse.text]) {
      expect(text.en).not.toMatch(/before you submit\b/);
      expect(text.pt).not.toMatch(/antes de submeter\b/);
      expect(text.en).toMatch(/before you submitted/);
    }
  });

  it('DUC generated 27/11 16:45 on the portal: strict reading passed on 28/11, the 10-working-day reading still leaves time', () => {
    const a = assessCase(
      {
        ...expiredMarch,
        situation: { ...base, permitKind: 'temporary-work', permitExpiry: '2026-11-20' },
        duc: { generatedAt: { lisbonDate: '2026-11-27', lisbonTime: '16:45' }, reference: '123' },
      },
      DEC_1,
    );
    const duc = a.deadlines.find((d) => d.id === 'duc-payment')!;
    expect(duc).toMatchObject({ date: '2026-11-28', time: '16:45', state: 'overdue' });
    expect(duc.other).toMatchObject({ state: 'upcoming' });
    expect(duc.other!.date > '2026-12-01').toBe(true);
    expect(a.next.text.en).toContain('2026-11-28 at 16:45');
    expect(a.next.text.en).toContain(duc.other!.date);
    expect(a.urgent[0]!.id).toBe('duc-overdue-strict');
  });

  it('ten checks ticked with two documents missing and one over the limit: nothing after documents is done', () => {
    const situation = { ...base, permitKind: 'temporary-work' as const, permitExpiry: '2027-01-20' };
    const required = requiredCategoriesOf(situation, '2026-12-01')!;
    const outcomes: Record<string, Outcome> = Object.fromEntries(required.slice(2).map((id) => [id, 'ready' as Outcome]));
    outcomes[required[2]!] = 'over-limit';
    const a = assessCase(
      {
        situation,
        documents: Object.fromEntries(Object.keys(outcomes).map((id) => [id, givenFor(id)])),
        report: reportFor(outcomes),
        preUpload: { ticked: 10, total: 10 },
        duc: { generatedAt: { lisbonDate: '2026-11-30', lisbonTime: '10:00' }, reference: '1' },
        evidence: [],
      },
      DEC_1,
    );
    const status = Object.fromEntries(a.steps.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({ documents: 'attention', preUpload: 'inProgress', folder: 'attention' });
    expect(status.afterSubmit).not.toBe('done');
    expect(a.requiredCategories.filter((c) => c.state === 'missing')).toHaveLength(2);
    expect(a.requiredCategories.filter((c) => c.state === 'over-limit')).toHaveLength(1);
  });

  it('a folder written before the documents changed is not done', () => {
    const situation = { ...base, permitKind: 'temporary-work' as const, permitExpiry: '2027-01-20' };
    const required = requiredCategoriesOf(situation, '2026-12-01')!;
    const outcomes = Object.fromEntries(required.map((id) => [id, 'ready' as Outcome]));
    const documents = Object.fromEntries(required.map((id) => [id, givenFor(id)]));
    const state: CaseState = {
      situation,
      documents,
      report: reportFor(outcomes),
      preUpload: { ticked: 10, total: 10 },
      duc: null,
      evidence: [],
    };
    expect(assessCase(state, DEC_1).steps.find((s) => s.id === 'folder')!.status).toBe('done');
    const changed = { ...state, documents: { ...documents, [required[0]!]: [{ name: 'new-scan.jpg' }] } };
    const a = assessCase(changed, DEC_1);
    expect(a.steps.find((s) => s.id === 'folder')!.status).not.toBe('done');
    expect(a.steps.find((s) => s.id === 'documents')!.status).not.toBe('done');
    expect(a.requiredCategories.find((c) => c.categoryId === required[0])!.state).toBe('stale');
  });
});
