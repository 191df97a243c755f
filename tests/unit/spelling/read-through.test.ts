import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { contactScenarioIdSchema } from '../../../shared/rules/contact-scenarios';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { buildEmailDraft } from '../../../shared/writing/email';
import { completeCase, withoutFact } from '../case/writing-fixtures';

/**
 * What a read-through of every generated Portuguese text as an AIMA officer found (session 4),
 * each as it now reads. The spelling test covers the words; these cover grammar and sense.
 */

const noNiss = () => {
  const c = withoutFact(completeCase(), 'niss');
  c.situation.hasNiss = false;
  return c;
};
const unknownNiss = () => {
  const c = withoutFact(completeCase(), 'niss');
  delete c.situation.hasNiss;
  return c;
};
const attachmentsPt = (plain: string) => plain.slice(plain.indexOf('Anexos:'), plain.indexOf('--- English'));

describe('attachments the case decides', () => {
  it('niss-blocked with a NISS asks for the NISS document only, and not "if you have one"', () => {
    const list = attachmentsPt(buildContactFormText(completeCase(), 'niss-blocked').plainText);
    expect(list).toContain('3. Documento com o NISS\n');
    expect(list).not.toContain('não tenho NISS');
    expect(list).not.toMatch(/se tiver NISS|\[se aplicável\]/);
  });

  it('niss-blocked without a NISS asks for the explanation only', () => {
    const list = attachmentsPt(buildContactFormText(noNiss(), 'niss-blocked').plainText);
    expect(list).toContain('3. Breve explicação do motivo por que não tenho NISS');
    expect(list).not.toContain('Documento com o NISS');
  });

  it('niss-blocked when the case does not say: both, each with its condition as a clause', () => {
    const list = attachmentsPt(buildContactFormText(unknownNiss(), 'niss-blocked').plainText);
    expect(list).toContain('Documento com o NISS, se tiver NISS');
    expect(list).toContain('Segurança Social, se não tiver NISS');
  });

  it('second-copy: conditions are clauses in the subjunctive, never a second pair of brackets', () => {
    const list = attachmentsPt(buildContactFormText(completeCase(), 'second-copy').plainText);
    expect(list).toContain('Participação policial da perda ou furto, se o cartão tiver sido perdido ou furtado');
    expect(list).toContain('(frente e verso), se ainda o tiver ou tiver uma cópia');
    expect(list).not.toContain(') (');
  });
});

describe('warnings and e-mails', () => {
  it('says where to fill a missing fact with the contracted preposition ("nos seus dados", never "em os")', () => {
    const warnings = buildContactFormText(withoutFact(completeCase(), 'phone'), 'email-update').warnings.map((w) => w.text.pt);
    expect(warnings).toContain('Falta preencher «Telefone» nos seus dados antes de enviar.');
    const all = contactScenarioIdSchema.options.flatMap((id) =>
      buildContactFormText(caseWithout(), id).warnings.map((w) => w.text.pt),
    );
    expect(all.filter((text) => /\bem (?:os|o|a|as)\b/.test(text))).toEqual([]);
  });

  it.each(contactScenarioIdSchema.options)('the %s e-mail has a formal subject, not the app’s title', (id) => {
    const { subject } = buildEmailDraft(completeCase(), id);
    expect(subject).not.toMatch(/dá erro|diz que|Comunicar .* à AIMA|que a AIMA tem|Pedir uma vez/);
    expect(subject).toMatch(/ — Nguyễn Văn An — título n\.º PT-AR-4455$/);
  });

  it('the e-mail about a portal error is filed as "Erro no Portal das Renovações"', () => {
    expect(buildEmailDraft(completeCase(), 'renewals-portal-error').subject).toBe(
      'Erro no Portal das Renovações — Nguyễn Văn An — título n.º PT-AR-4455',
    );
  });

  it('asks for the reason as an indirect question ("o motivo por que")', () => {
    const text = buildContactFormText(completeCase(), 'appointment-change');
    expect(text.warnings.map((w) => w.text.pt)).toContain('Indique o motivo por que não pode comparecer.');
  });
});

describe('counts in Portuguese agree with their number', () => {
  it('batch totals are label and number ("Prontos: 1", never "1 prontos")', () => {
    const counts = { clients: 1, ready: 1, needsAttention: 0, failed: 0, submitted: 0, skipped: 0 };
    expect(translate('pt', 'batch.summary.totals', counts)).toBe(
      'Clientes: 1. Prontos: 1; requerem atenção: 0; falharam: 0; submetidos e pagos: 0; sem alterações desde a última execução: 0.',
    );
    expect(translate('pt', 'agency.totals', counts)).toBe(
      'Clientes: 1. Prontos: 1; requerem atenção: 0; falharam: 0; submetidos e pagos: 0.',
    );
  });

  it.each([
    [1, 'Clientes a preparar: 3, um de cada vez…'],
    [2, 'Clientes a preparar: 3, 2 de cada vez…'],
  ])('batch progress with %i at a time', (count, expected) => {
    expect(translate('pt', 'batch.progress.start', { clients: 3, count })).toBe(expected);
  });

  it.each([
    [1, 'Transformado em 1 página PDF'],
    [3, 'Transformado em 3 páginas PDF'],
  ])('converted into %i page(s)', (count, expected) => {
    expect(translate('pt', 'engine.report.converted', { count })).toBe(expected);
  });
});

function caseWithout() {
  const c = completeCase();
  c.person = {};
  return c;
}
