import { describe, expect, it } from 'vitest';
import type { EvidenceKind, EvidenceRecord } from '../../../shared/case/evidence';
import { addDays } from '../../../shared/rules/dates';
import { tacitApprovalProvenance } from '../../../shared/rules/letter-purpose';
import { sources } from '../../../shared/rules/sources';
import { troubleshooting } from '../../../shared/rules/troubleshooting';
import { nthWorkingDayAfter } from '../../../shared/rules/working-days';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { buildEmailDraft } from '../../../shared/writing/email';
import { buildLetter, letterPlainText } from '../../../shared/writing/letter';
import { completeCase } from '../case/writing-fixtures';

/**
 * Session 15's read-through of every letter as an AIMA officer reads it: each test names the sentence found, and what
 * the letter says now, so the old wording cannot come back unnoticed.
 */

const ev = (at: string, kind: EvidenceKind, reference?: string): EvidenceRecord => ({
  type: 'entry',
  id: `${kind}-${at}`,
  at,
  recordedAt: at,
  kind,
  note: '',
  ...(reference ? { reference } : {}),
  files: [],
});

function letterText(expiry: string, evidence: EvidenceRecord[], date: string, permanent = false): string {
  const c = completeCase();
  c.situation.permitExpiry = expiry;
  if (permanent) c.situation.permitKind = 'permanent';
  c.evidence = evidence;
  // The Portuguese letter, on one line (no-break spaces too).
  return letterPlainText(buildLetter(c, { date })).split('----------------------------------------')[0]!.replace(/\s+/g, ' ');
}

describe('the no-decision letter and the certificate of tacit approval', () => {
  const paid = [ev('2026-01-02T10:00:00Z', 'submitted-form'), ev('2026-01-05T10:00:00Z', 'payment-proof')];
  const deadline = nthWorkingDayAfter('2026-01-05', 60).date;
  const formed = addDays(nthWorkingDayAfter(deadline, 1).date, 1);

  it('was: "que me seja emitida certidão de deferimento tácito"; now: the approval invoked and the card asked for', () => {
    const text = letterText('2026-01-31', paid, formed);
    expect(text).not.toContain('certidão');
    expect(text).not.toContain('Decorreram mais de 60 dias úteis');
    expect(text).toContain('nos termos do artigo 82.º, n.º 7, da Lei n.º 23/2007, de 4 de julho');
    expect(text).toContain('o pedido de renovação entende-se como deferido, sendo a emissão do título de residência imediata.');
    expect(text).toContain('que seja reconhecido o deferimento tácito do meu pedido de renovação e emitido, de imediato');
  });

  it('was: "Reservo-me o direito de requerer a certidão …" (of AIMA); now: the law and the day the deadline ends', () => {
    const text = letterText('2026-01-31', paid, '2026-02-10');
    expect(text).not.toContain('Reservo-me o direito de requerer a certidão');
    expect(text).toContain('que termina em 30 de março de 2026');
    expect(text).toContain('reservando-me o direito de invocar o deferimento tácito.');
  });

  it('the guide sends the person to ePortugal for the certificate, and cites what the letter relies on', () => {
    const row = troubleshooting.find((r) => r.id === 'no-decision-after-payment')!;
    expect(row.tryThis.map((t) => t.pt).join(' ')).toContain(
      'Peça a certidão de deferimento tácito (gratuita) no ePortugal, e não à AIMA',
    );
    for (const id of tacitApprovalProvenance.sources) {
      expect(sources).toHaveProperty(id);
      expect(row.provenance.sources).toContain(id);
    }
  });
});

describe('wording an officer stumbles on', () => {
  it('was: "que me seja informado o estado da emissão"; now: "que me seja indicado o ponto de situação"', () => {
    const text = letterText(
      '2026-01-31',
      [ev('2026-01-05T10:00:00Z', 'payment-proof'), ev('2026-03-02T10:00:00Z', 'approval-declaration')],
      '2026-05-20',
    );
    expect(text).not.toContain('que me seja informado');
    expect(text).toContain('a) que me seja indicado o ponto de situação da emissão e do envio do título de residência;');
  });

  it('was: "que o meu pedido de renovação seja aceite" of a request never submitted; now: to be allowed to submit it', () => {
    for (const permanent of [false, true]) {
      const text = letterText('2025-10-31', [], '2026-06-20', permanent);
      expect(text).not.toContain('que o meu pedido de renovação seja aceite');
      expect(text).toContain('a) que me seja permitido apresentar o pedido de renovação e que este seja apreciado, apesar de');
    }
  });

  it('was: "Em 18 de junho de 2026, …" three times for steps of one day; now: the date once, then "No mesmo dia"', () => {
    const text = letterText(
      '2026-06-30',
      [
        ev('2026-06-18T09:00:00Z', 'submitted-form'),
        ev('2026-06-18T09:05:00Z', 'duc-reference', '712 111 222 333'),
        ev('2026-06-18T10:00:00Z', 'payment-proof'),
      ],
      '2026-07-10',
    );
    expect(text.match(/Em 18 de junho de 2026,/g)).toHaveLength(1);
    expect(text).toContain(
      'Em 18 de junho de 2026, submeti o pedido de renovação da minha autorização de residência. No mesmo dia, foi gerado o Documento Único de Cobrança (DUC), com a referência 712 111 222 333. No mesmo dia, paguei a taxa devida.',
    );
  });
});

describe('a text that lists an attachment the case does not call for', () => {
  it('was: "payment not visible" without a recorded payment listed "Comprovativo de pagamento"; now: listed once paid', () => {
    const unpaid = completeCase();
    for (const build of [buildContactFormText, buildEmailDraft]) {
      const text = build(unpaid, 'payment-not-visible');
      expect(text.attachments.map((a) => a.id)).not.toContain('payment-proof');
      expect(text.warnings.map((w) => w.text.pt).join(' ')).not.toContain('comprovativo de pagamento');
    }
    const paid = completeCase();
    paid.evidence.push(ev('2026-03-06T10:00:00Z', 'payment-proof'));
    for (const build of [buildContactFormText, buildEmailDraft]) {
      const proof = build(paid, 'payment-not-visible').attachments.find((a) => a.id === 'payment-proof');
      expect(proof).toMatchObject({ required: true, inCase: false });
      expect(proof).not.toHaveProperty('condition');
    }
  });
});

describe('a message claim the case contradicts', () => {
  it('"Não tenho conhecimento de outro pedido pendente" over a logged submission: kept, with a warning that says why', () => {
    // completeCase's log holds a DUC: the request was submitted, and may be the process the portal reports.
    const submitted = buildContactFormText(completeCase(), 'existing-process');
    expect(submitted.message.pt).toContain('Não tenho conhecimento de outro pedido pendente.');
    const warning = submitted.warnings.find((w) => w.code === 'CONTRADICTS_CASE')!;
    expect(warning.text.pt).toBe(
      'O seu processo regista um DUC ou um comprovativo de submissão: o processo que o portal indica pode ser esse pedido, e este texto diz que não tem conhecimento de outro pedido pendente. Antes de enviar, veja a situação desse pedido (por exemplo, o problema do DUC ou do pagamento).',
    );
    const client = completeCase();
    client.source = { kind: 'client-folder', folder: '/clients/an', importedAt: '2026-01-01T10:00:00.000Z' };
    expect(buildEmailDraft(client, 'existing-process').warnings.find((w) => w.code === 'CONTRADICTS_CASE')!.text.pt).toContain(
      'O processo do cliente regista um DUC ou um comprovativo de submissão: o processo que o portal indica pode ser esse pedido, e este texto diz que o cliente não tem conhecimento',
    );
    const notSubmitted = completeCase();
    notSubmitted.evidence = [];
    expect(buildContactFormText(notSubmitted, 'existing-process').warnings.map((w) => w.code)).not.toContain('CONTRADICTS_CASE');
  });
});

describe('the deadline the no-decision letter states', () => {
  it('an email from AIMA after the payment may have stopped the 60 days (CPA art. 130 n.º 3): the person checks it', () => {
    const c = completeCase();
    c.situation.permitExpiry = '2026-01-31';
    c.evidence = [
      ev('2026-01-02T10:00:00Z', 'submitted-form'),
      ev('2026-01-05T10:00:00Z', 'payment-proof'),
      ev('2026-02-10T10:00:00Z', 'email-received'),
    ];
    const warning = buildLetter(c, { date: '2026-06-01', purpose: 'no-decision' }).warnings.find(
      (w) => w.code === 'NEEDS_DETAIL',
    )!;
    expect(warning.text.pt).toBe(
      'O registo de provas tem um e-mail da AIMA posterior ao pagamento (10 de fevereiro de 2026). Se a AIMA pediu um documento ou uma resposta, o prazo de 60 dias úteis esteve suspenso enquanto o pedido aguardava (artigo 130.º, n.º 3, do CPA), e a data indicada na carta pode não estar certa. Veja esse e-mail antes de enviar a carta.',
    );
    // An email before the payment, or none: no such warning.
    c.evidence = [ev('2026-01-03T10:00:00Z', 'email-received'), ev('2026-01-05T10:00:00Z', 'payment-proof')];
    expect(buildLetter(c, { date: '2026-06-01', purpose: 'no-decision' }).warnings.map((w) => w.code)).not.toContain(
      'NEEDS_DETAIL',
    );
  });
});
