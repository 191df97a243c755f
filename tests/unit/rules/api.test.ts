import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { Handlers } from '../../../electron/handlers/handler-types';
import { rulesHandlers } from '../../../electron/handlers/rules';
import { rulesCalls } from '../../../shared/api/calls/rules';
import { apiContract } from '../../../shared/api/contract';

// Only the rules handlers are needed; dispatch looks up the one channel it is given.
const handlers = rulesHandlers() as unknown as Handlers;
const quiet = () => {};
const call = (channel: string, input: unknown) => dispatch(handlers, channel, input, quiet, quiet);

describe('rules over the API contract', () => {
  it('registers every rules call in the contract', () => {
    for (const channel of Object.keys(rulesCalls)) expect(apiContract).toHaveProperty(channel);
  });

  it('decides the route for a partial situation, with today from the caller', async () => {
    const result = await call('rulesRoute', {
      situation: { permitKind: 'temporary-work', permitExpiry: '2025-07-01' },
      today: '2025-12-01',
    });
    expect(result).toMatchObject({ ok: true, value: { routeId: 'portal-renovacoes', today: '2025-12-01' } });
  });

  it.each([
    ['rulesRoute', { situation: {}, today: '2025-02-30' }, 'today'],
    ['rulesRoute', { situation: { permitKind: 'tourist' }, today: '2025-12-01' }, 'situation.permitKind'],
    ['rulesRoute', { situation: {} }, 'today'],
    ['rulesChecklist', { situation: { hasNiss: false }, today: '2025-12-01' }, 'situation.permitKind'],
    ['rulesRoute', { situation: { permitExpiry: '2025-07-01', clock: 'now' }, today: '2025-12-01' }, 'situation'],
    ['ducWindow', { route: 'portal-renovacoes', generatedAt: { instant: '2026-04-02 23:30' } }, 'generatedAt'],
  ] as const)('%s rejects %o at %s', async (channel, input, path) => {
    const result = await call(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues?.some((i) => i.path.startsWith(path))).toBe(true);
  });

  it('returns the checklist, timeline, troubleshooting, contacts and disagreements through dispatch (outputs validated)', async () => {
    const situation = { permitKind: 'temporary-passive-income-d7', permitExpiry: '2026-05-20', hasNiss: false };
    for (const [channel, input] of [
      ['rulesChecklist', { situation, today: '2026-03-01' }],
      ['rulesTimeline', { situation, today: '2026-03-01', ducGeneratedAt: { lisbonDate: '2026-03-02', lisbonTime: '23:30' } }],
      ['rulesPreUpload', {}],
      ['rulesTroubleshooting', {}],
      ['rulesContacts', {}],
      ['rulesDisagreements', {}],
      ['rulesSources', {}],
      ['rulesStatus', { today: '2027-03-01' }],
      ['rulesFreshness', { id: 'financas-certificate', issuedOn: '2026-01-15', on: '2026-03-01' }],
      ['rulesUploadLimit', {}],
      ['rulesDataChange', { request: { kind: 'second-copy', reason: 'lost', permitExpiry: '2026-12-01' }, today: '2026-03-01' }],
      ['ducWindow', { route: 'mission-structure', generatedAt: { lisbonDate: '2026-03-02', lisbonTime: '23:30' } }],
    ] as const) {
      const result = await call(channel, input);
      expect(result.ok, `${channel}: ${JSON.stringify(result.ok ? '' : result.error)}`).toBe(true);
    }
  });

  it('ducCalendar returns an .ics file that a standard parser reads', async () => {
    const result = await call('ducCalendar', {
      route: 'portal-renovacoes',
      generatedAt: { lisbonDate: '2026-12-24', lisbonTime: '23:30' },
      language: 'pt',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { fileName: string; ics: string };
    expect(value.fileName).toBe('duc-2026-12-24.ics');
    const events = Object.values(ical.sync.parseICS(value.ics)).filter((c) => c?.type === 'VEVENT');
    expect(events).toHaveLength(3);
  });
});
