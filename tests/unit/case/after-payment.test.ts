import { describe, expect, it } from 'vitest';
import { waitAfterPayment } from '../../../shared/case/after-payment';
import { TACIT_APPROVAL_WORKING_DAYS } from '../../../shared/rules/letter-purpose';
import { troubleshooting } from '../../../shared/rules/troubleshooting';
import { isWorkingDay } from '../../../shared/rules/working-days';
import { addDays } from '../../../shared/rules/dates';

describe('the wait after paying, and what to do if no decision comes', () => {
  it('paid 30 November 2026: tacit approval from the 60th Portuguese working day (1, 8, 25 December and 1 January skipped)', () => {
    const w = waitAfterPayment('2026-11-30T18:05:00Z', '2026-12-01');
    expect(w.tacitApprovalFrom).toBe('2027-02-26');
    expect(w.reached).toBe(false);
    // Counted independently: the working days after the payment day up to that date are exactly 60.
    let count = 0;
    for (let d = addDays('2026-11-30', 1); d <= w.tacitApprovalFrom; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
    expect(count).toBe(TACIT_APPROVAL_WORKING_DAYS);
    expect(w.text.en).toContain(
      'If no decision comes by 26 February 2027, 60 Portuguese working days after your payment on 30 November 2026, lawyers read the renewal as tacitly approved (deferimento tácito).',
    );
    expect(w.text.pt).toContain(
      'Se não houver decisão até 26 de fevereiro de 2027, 60 dias úteis depois do pagamento feito a 30 de novembro de 2026,',
    );
  });

  it('the payment day is the Lisbon day: paid at 23:30 in Lisbon on 30 November is not counted from 1 December', () => {
    expect(waitAfterPayment('2026-11-30T23:30:00Z', '2026-12-01').text.en).toContain('your payment on 30 November 2026');
  });

  it('once the day has come, it says so and what to do now', () => {
    const w = waitAfterPayment('2026-08-03T10:00:00Z', '2026-12-01');
    expect(w.reached).toBe(true);
    // Session 15's walk: "Chegou o dia …" / "… has come" about a day weeks past read as if it were today.
    expect(w.text.en).toContain(
      'has passed, 60 Portuguese working days after your payment on 3 August 2026, and no decision is recorded',
    );
    expect(w.text.pt).toMatch(
      /^Agora é a AIMA que decide\. .* Já passou o dia \d+ de \w+ de 2026, 60 dias úteis depois do pagamento feito a 3 de agosto de 2026,/,
    );
    // On the deadline's day itself, and the working day after it, AIMA may still dispatch a decision (CPA art. 130
    // n.º 2): not reached yet, as the no-decision letter judges it (tacitApprovalFormed).
    const onTheDay = waitAfterPayment('2026-08-03T10:00:00Z', w.tacitApprovalFrom);
    expect(onTheDay.reached).toBe(false);
    expect(onTheDay.text.en).toContain('If no decision comes by');
    expect(onTheDay.text.pt).not.toContain('Chegou o dia');
    expect(w.text.en).toContain('Now see “No decision long after you submitted and paid');
    expect(w.text.pt).toContain('Veja agora «Sem decisão muito depois de submeter e pagar');
  });

  it('agrees with the troubleshooting row it points to: same sources, same advice about the contact form', () => {
    const row = troubleshooting.find((r) => r.id === 'no-decision-after-payment')!;
    const w = waitAfterPayment('2026-11-30T18:05:00Z', '2026-12-01');
    expect(w.provenance).toEqual(row.provenance);
    expect(row.mayMean.en).toContain('60 working days');
    expect(row.tryThis.map((s) => s.en).join(' ')).toContain('status questions sent there are not reviewed');
    expect(w.text.en).toContain('AIMA says status questions sent there are not reviewed');
  });
});
