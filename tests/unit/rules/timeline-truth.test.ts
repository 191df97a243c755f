import { describe, expect, it } from 'vitest';
import { assessCase, type CaseState } from '../../../shared/case/assessment';
import { addDays } from '../../../shared/rules/dates';
import { buildTimeline } from '../../../shared/rules/timeline';
import type { SituationDraft } from '../../../shared/rules/situation';

const TODAY = '2026-12-01';
const worker = (permitExpiry: string): SituationDraft => ({
  permitKind: 'temporary-work',
  permitNumber: 'A1234567',
  permitExpiry,
  passportExpiry: '2031-06-30',
  inPortugal: true,
  hasNiss: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
});
const caseOf = (situation: SituationDraft): CaseState => ({
  situation,
  documents: {},
  report: null,
  preUpload: { ticked: 0, total: 0 },
  duc: null,
  evidence: [],
});

describe('each timeline line is true on the case’s facts and today’s date (1 December 2026)', () => {
  // Every expiry from a year ago to a year ahead, week by week.
  const expiries = Array.from({ length: 105 }, (_, i) => addDays('2025-12-01', i * 7));

  it.each(expiries)('expiry %s: no date still to come is overdue or past', (expiry) => {
    const timeline = buildTimeline(worker(expiry), TODAY);
    const states = new Map(assessCase(caseOf(worker(expiry)), `${TODAY}T11:00:00Z`).deadlines.map((d) => [d.id, d]));
    for (const item of timeline.items) {
      if (item.date === null || item.date <= TODAY) continue;
      expect(item.status, item.id).toBe('upcoming');
      const deadline = states.get(item.id as never);
      if (deadline) expect(deadline.state, item.id).toBe('upcoming');
    }
  });

  it.each(expiries)('expiry %s: once the portal should be open, no line says its day is "not known yet"', (expiry) => {
    const timeline = buildTimeline(worker(expiry), TODAY);
    const opens = timeline.items.find((i) => i.id === 'portal-opens');
    if (!opens || opens.date! > TODAY) return;
    expect(opens.detail.en).not.toMatch(/not known yet/i);
    expect(opens.detail.pt).not.toMatch(/ainda não se sabe/i);
    const certificates = timeline.items.find((i) => i.id === 'download-certificates')!;
    // "Today" is no estimate.
    expect(certificates).toMatchObject({ date: TODAY, status: 'today', dateKind: 'exact' });
  });

  it('Lin (expires 26 December): the expiry month has begun, so the timeline says the portal should be open, as the route does', () => {
    const timeline = buildTimeline(worker('2026-12-26'), TODAY);
    const opens = timeline.items.find((i) => i.id === 'portal-opens')!;
    expect(opens).toMatchObject({ date: '2026-12-01', status: 'today' });
    expect(opens.title.en).toBe('The portal should be open for your expiry month');
    expect(opens.detail.en).toContain('so it should be open by now');
    expect(opens.detail.pt).toContain('pelo que já deve estar aberto');
    const route = assessCase(caseOf(worker('2026-12-26')), `${TODAY}T11:00:00Z`).route.text.en;
    expect(route).toContain('the portal should be open for you');
  });

  it('a month still to come keeps "not known yet"', () => {
    const opens = buildTimeline(worker('2027-05-20'), TODAY).items.find((i) => i.id === 'portal-opens')!;
    expect(opens.status).toBe('upcoming');
    expect(opens.detail.en).toMatch(/^Not known yet/);
  });
});

describe('after submitting, the timeline does not advise steps already taken (walk of session 7)', () => {
  const lin = worker('2026-12-26');
  const duc = { lisbonDate: '2026-11-30', lisbonTime: '10:20' };

  it('with a DUC: no "portal should be open … write to AIMA" estimate, no "download certificates before you submit"', () => {
    const ids = buildTimeline(lin, TODAY, duc).items.map((i) => i.id);
    expect(ids).not.toContain('portal-opens');
    expect(ids).not.toContain('download-certificates');
    expect(ids).toContain('duc-try-to-pay');
  });

  it('a submission receipt without a DUC is a submission too', () => {
    const ids = buildTimeline(lin, TODAY, undefined, { submitted: true }).items.map((i) => i.id);
    expect(ids).not.toContain('download-certificates');
  });

  it('paid: "DUC paid" at the payment’s Lisbon time replaces "Pay the DUC" and its advice to contact AIMA', () => {
    const items = buildTimeline(lin, TODAY, duc, { paidAt: '2026-11-30T18:05:00Z' }).items;
    expect(items.map((i) => i.id)).not.toContain('duc-try-to-pay');
    const paid = items.find((i) => i.id === 'duc-paid')!;
    expect(paid).toMatchObject({ date: '2026-11-30', time: '18:05', status: 'past', dateKind: 'exact' });
    expect(paid.title).toEqual({ en: 'DUC paid', pt: 'DUC pago' });
    expect(items.map((i) => `${i.detail.en} ${i.detail.pt}`).join(' ')).not.toMatch(/contact AIMA|contacte a AIMA/);
  });

  it('an announced opening day stays as history after submitting', () => {
    const items = buildTimeline(worker('2026-03-10'), TODAY, { lisbonDate: '2026-02-10', lisbonTime: '09:00' }).items;
    expect(items.find((i) => i.id === 'portal-opens')).toMatchObject({ dateKind: 'exact', status: 'past' });
  });
});
