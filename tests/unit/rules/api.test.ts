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

  it('leaves the pure rules to shared/: the renderer imports them, no API call duplicates them', () => {
    for (const gone of [
      'rulesRoute',
      'rulesTimeline',
      'rulesChecklist',
      'rulesPreUpload',
      'rulesTroubleshooting',
      'rulesContacts',
      'rulesDataChange',
      'rulesFreshness',
      'rulesUploadLimit',
      'ducWindow',
    ]) {
      expect(apiContract, gone).not.toHaveProperty(gone);
    }
  });

  it.each([
    ['rulesStatus', { today: '2025-02-30' }, 'today'],
    ['rulesStatus', {}, 'today'],
    ['ducCalendar', { route: 'portal-renovacoes', generatedAt: { instant: '2026-04-02 23:30' }, language: 'en' }, 'generatedAt'],
    ['ducCalendar', { route: 'portal-renovacoes', generatedAt: { lisbonDate: '2026-04-02', lisbonTime: '23:30' } }, 'language'],
  ] as const)('%s rejects %o at %s', async (channel, input, path) => {
    const result = await call(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues?.some((i) => i.path.startsWith(path))).toBe(true);
  });

  it('returns the status, disagreements and sources through dispatch (outputs validated)', async () => {
    for (const [channel, input] of [
      ['rulesDisagreements', {}],
      ['rulesSources', {}],
      ['rulesStatus', { today: '2027-03-01' }],
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
