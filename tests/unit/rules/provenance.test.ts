import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categories, categoryById } from '../../../shared/rules/categories';
import { checklistRuleSchema, checklistRules, kindNotes } from '../../../shared/rules/checklist';
import { aimaContacts, contactScenarioSchema, contactScenarios } from '../../../shared/rules/contact-scenarios';
import { disagreementSchema, disagreements } from '../../../shared/rules/disagreements';
import { freshnessRules } from '../../../shared/rules/freshness';
import { rulesMeta } from '../../../shared/rules/meta';
import { preUploadChecklist } from '../../../shared/rules/pre-upload';
import { portalRollout } from '../../../shared/rules/rollout';
import { permitKinds } from '../../../shared/rules/situation';
import { provenanceSchema, sourceIds, sources, sourceSchema, type Source } from '../../../shared/rules/sources';
import { troubleshooting } from '../../../shared/rules/troubleshooting';
import { defaultUploadLimit } from '../../../shared/rules/upload-limit';
import { workingDayProvenance } from '../../../shared/rules/working-days';

/** Every `provenance` object anywhere inside a data tree. */
function provenancesIn(value: unknown, path = '$'): { path: string; provenance: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => provenancesIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'provenance' ? [{ path: `${path}.${k}`, provenance: v }] : provenancesIn(v, `${path}.${k}`),
    );
  }
  return [];
}

const allRulesData = {
  checklistRules,
  kindNotes,
  contactScenarios,
  aimaContacts,
  disagreements,
  freshnessRules,
  preUploadChecklist,
  portalRollout,
  troubleshooting,
  defaultUploadLimit,
  workingDayProvenance: { provenance: workingDayProvenance },
};

describe('every rule has a source', () => {
  it('no checklist rule lacks a source, and every rule’s sources exist', () => {
    for (const rule of checklistRules) {
      const parsed = checklistRuleSchema.safeParse(rule);
      expect(parsed.success, `${rule.id}: ${parsed.error?.message}`).toBe(true);
      expect(rule.provenance.sources.length, rule.id).toBeGreaterThan(0);
      for (const id of rule.provenance.sources) expect(sources, `${rule.id} cites ${id}`).toHaveProperty(id);
    }
  });

  it('every provenance in the rules data names known sources and a check date', () => {
    const found = provenancesIn(allRulesData);
    expect(found.length).toBeGreaterThan(60);
    for (const { path, provenance } of found) {
      const parsed = provenanceSchema.safeParse(provenance);
      expect(parsed.success, `${path}: ${parsed.error?.message}`).toBe(true);
      expect(parsed.data!.checkedOn <= rulesMeta.rulesCheckedOn, path).toBe(true);
    }
  });

  it('every source is well formed and cited by at least one rule', () => {
    const cited = new Set(provenancesIn(allRulesData).flatMap(({ provenance }) => (provenance as { sources: string[] }).sources));
    // Route and timeline logic cite some sources in code rather than in stored data.
    const rulesDir = join(import.meta.dirname, '../../../shared/rules');
    const code = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'sources.ts')
      .map((f) => readFileSync(join(rulesDir, f), 'utf8'))
      .join('\n');
    const citedInCode = (id: string) => code.includes(`'${id}'`);
    for (const id of sourceIds) {
      expect(sourceSchema.safeParse(sources[id]).success, id).toBe(true);
      expect(cited.has(id) || citedInCode(id), `${id} is never cited`).toBe(true);
    }
    // Only the seed documents lack a URL.
    for (const id of sourceIds) {
      const source: Source = sources[id];
      if (!source.url) expect(source.kind, id).toBe('seed');
    }
  });

  it('contact scenarios and disagreements match their schemas', () => {
    for (const s of contactScenarios) expect(contactScenarioSchema.safeParse(s).success, s.id).toBe(true);
    for (const d of disagreements) expect(disagreementSchema.safeParse(d).success, d.id).toBe(true);
  });
});

describe('categories: one source of truth', () => {
  it('every category has a unique id and the file name <id>.pdf', () => {
    const ids = categories.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of categories) expect(c.fileName).toBe(`${c.id}.pdf`);
  });

  it('every checklist rule and contact-form attachment names a category from categories.ts', () => {
    for (const rule of checklistRules) expect(categoryById(rule.categoryId), rule.id).toBeDefined();
    for (const s of contactScenarios)
      for (const a of s.attachments) if (a.categoryId) expect(categoryById(a.categoryId), `${s.id}/${a.id}`).toBeDefined();
  });

  it('every category is used by some rule, and every permit kind needs a passport and the current card', () => {
    for (const c of categories)
      expect(
        checklistRules.some((r) => r.categoryId === c.id),
        c.id,
      ).toBe(true);
    for (const kind of permitKinds) {
      const needed = checklistRules
        .filter((r) => r.appliesTo.includes(kind) && r.requirement === 'required')
        .map((r) => r.categoryId);
      expect(needed, kind).toContain('passport');
      expect(needed, kind).toContain('residence-permit');
    }
  });
});

describe('disagreements as data', () => {
  it.each([
    ['duc-payment-window', ['seed', 'aima-portal-24h', 'aima-10-working-days'], 'strictest'],
    ['proof-of-address-junta', ['seed', 'aima'], 'aima'],
    ['ninety-day-rule', ['no-earlier-than', 'only-while-more-than-90-days-remain'], 'only-while-more-than-90-days-remain'],
    ['upload-limit', ['seed', 'aima-services-1mb'], 'aima-services-1mb'],
    ['freshness-windows', ['seed', 'validity-periods'], 'validity-periods'],
  ] as const)('%s lists both readings with sources and follows %s', (id, readings, follows) => {
    const d = disagreements.find((x) => x.id === id)!;
    expect(d.readings.map((r) => r.id)).toEqual(readings);
    expect(d.follows).toBe(follows);
    if (follows !== 'strictest') expect(d.readings.map((r) => r.id)).toContain(follows);
    expect(d.safeCourse.en.length).toBeGreaterThan(20);
  });

  it('the 90-day rule is flagged uncertain; the proof-of-address rule follows AIMA over the seed', () => {
    expect(disagreements.find((d) => d.id === 'ninety-day-rule')?.uncertain).toBe(true);
    const address = checklistRules.find((r) => r.id === 'proof-of-address-aima')!;
    expect(address.validity.en).toContain('no longer accepts the junta de freguesia certificate');
    expect(address.provenance.sources[0]).toBe('aimaAccommodation');
  });
});

describe('AIMA contacts', () => {
  it('has no invented postal address: a marked placeholder pointing to the contacts page', () => {
    expect(aimaContacts.postalAddress.verified).toBe(false);
    expect(aimaContacts.postalAddress.placeholder.en).toMatch(/^\[.*aima\.gov\.pt\/pt\/contactos.*\]$/);
    expect(aimaContacts.postalAddress.placeholder.pt).toMatch(/^\[.*aima\.gov\.pt\/pt\/contactos.*\]$/);
  });

  it('lists only aima.gov.pt addresses, the weakly sourced one marked uncertain', () => {
    for (const e of aimaContacts.emails) expect(e.address).toMatch(/@aima\.gov\.pt$/);
    expect(aimaContacts.emails.find((e) => e.address === 'renovacao.ar@aima.gov.pt')?.confidence).toBe('uncertain');
    expect(aimaContacts.contactFormUrl).toBe('https://contactenos.aima.gov.pt/contact-form');
  });

  it('the renewals-portal scenario asks for what the seed and AIMA list', () => {
    const s = contactScenarios.find((x) => x.id === 'renewals-portal-error')!;
    expect(s.subject.label).toBe('Portal de Renovações');
    expect(s.subtype.label).toBe('Portal de Renovações');
    expect(s.personFacts).toEqual(['fullName', 'dateOfBirth', 'nationality', 'phone', 'email', 'permitNumber']);
    expect(s.attachments.map((a) => a.id)).toEqual(['permit-copy', 'error-screenshot', 'short-explanation']);
    const address = contactScenarios.find((x) => x.id === 'address-change')!;
    expect(address.subject.label).toBe('Alteração de dados sem necessidade de agendamento');
    expect(address.subtype.label).toBe('Comunicar/retificar Morada – com emissão de novo cartão');
  });
});
