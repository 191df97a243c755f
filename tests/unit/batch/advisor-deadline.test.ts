import { describe, expect, it } from 'vitest';
import { rulesAdvisor } from '../../../shared/batch/advisor';
import { clientFileSchema } from '../../../shared/batch/client-file';

/**
 * The agency view's next deadline as people read it (the walk saw "…: 2026-12-21 a decorrer", an ISO
 * date in both languages after a title with its own colon): a long date in the run's language.
 */
describe('the batch advisor words the next deadline for people', () => {
  const client = clientFileSchema.parse({
    situation: { permitKind: 'temporary-work', permitExpiry: '2027-01-20', inPortugal: true },
  });
  const now = '2026-12-01T11:00:00Z';

  it.each([
    ['en', '21 December 2026'],
    ['pt', '21 de dezembro de 2026'],
  ] as const)('%s: the date in words, the ISO date kept for summary.csv', (locale, when) => {
    const deadline = rulesAdvisor(now)(client, locale).nextDeadline;
    expect(deadline?.at).toBe('2026-12-21');
    expect(deadline?.when).toBe(when);
  });

  it('a DUC deadline keeps its time, in each language', () => {
    const withDuc = clientFileSchema.parse({
      situation: { permitKind: 'temporary-work', permitExpiry: '2027-01-20', inPortugal: true },
      duc: { generatedAt: { instant: '2026-11-30T10:15:00Z' } },
    });
    const en = rulesAdvisor(now)(withDuc, 'en').nextDeadline;
    const pt = rulesAdvisor(now)(withDuc, 'pt').nextDeadline;
    expect(en?.when).toMatch(/^\d{1,2} [A-Z][a-z]+ 2026 at \d\d:\d\d$/);
    expect(pt?.when).toMatch(/^\d{1,2} de [a-zç]+ de 2026, às \d\d:\d\d$/);
  });

  it('the next action of an overdue DUC names its dates in words, never ISO', () => {
    const overdue = clientFileSchema.parse({
      situation: { permitKind: 'temporary-work', permitExpiry: '2027-01-20', inPortugal: true },
      duc: { generatedAt: { instant: '2026-11-20T10:15:00Z' } },
    });
    for (const locale of ['en', 'pt'] as const) {
      const advice = rulesAdvisor(now)(overdue, locale);
      const texts = [advice.urgentAction, advice.nextStepWhenReady, advice.nextDeadline?.explanation];
      expect(advice.urgentAction).toBeTruthy();
      for (const text of texts) expect(text ?? '').not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    expect(rulesAdvisor(now)(overdue, 'pt').urgentAction).toMatch(/de novembro de 2026/);
  });
});
