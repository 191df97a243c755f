import { describe, expect, it } from 'vitest';
import { cardStatusOf } from '../../../shared/case/card-status';
import { translate } from '../../../shared/i18n/translate';

describe('a document card’s status word', () => {
  it('a prepared file that is not ready says "Not ready", as its result does, never "Required"', () => {
    for (const state of ['not-ready', 'over-limit', 'blurred', 'failed'] as const) {
      expect(cardStatusOf(state, 'required', false)).toEqual({ key: 'notReady', tone: 'red' });
      expect(translate('en', `documents.requirement.${cardStatusOf(state, 'required', false).key}`)).toBe(
        translate('en', 'documents.verdict.not-ready'),
      );
      expect(translate('pt', `documents.requirement.${cardStatusOf(state, 'required', false).key}`)).toBe(
        translate('pt', 'documents.verdict.not-ready'),
      );
    }
  });
  it('only a card without files says how much it is needed', () => {
    expect(cardStatusOf('missing', 'required', false)).toEqual({ key: 'required', tone: 'red' });
    expect(cardStatusOf('missing', 'recommended', false)).toEqual({ key: 'recommended', tone: 'blue' });
    expect(cardStatusOf('missing', 'conditional', false)).toEqual({ key: 'conditional', tone: 'yellow' });
    expect(cardStatusOf('not-prepared', 'required', false).key).toBe('notPrepared');
    expect(cardStatusOf('stale', 'required', false).key).toBe('stale');
  });
  it('ready is green unless reading found a blocker in its files', () => {
    expect(cardStatusOf('ready', 'required', false)).toEqual({ key: 'done', tone: 'green' });
    expect(cardStatusOf('ready', 'required', true)).toEqual({ key: 'blocked', tone: 'red' });
  });
  it('every word exists in both languages', () => {
    for (const key of [
      'required',
      'recommended',
      'conditional',
      'notPrepared',
      'stale',
      'notReady',
      'done',
      'blocked',
      'checking',
    ])
      for (const locale of ['en', 'pt'] as const)
        expect(translate(locale, `documents.requirement.${key}`)).not.toBe(`documents.requirement.${key}`);
  });
  it('a prepared file still being read is not a green "Ready"; what reading found wins once known', () => {
    expect(cardStatusOf('ready', 'required', false, false, true)).toEqual({ key: 'checking', tone: 'blue' });
    expect(cardStatusOf('ready', 'required', false, true, true)).toEqual({ key: 'doneWithWarnings', tone: 'yellow' });
    expect(cardStatusOf('ready', 'required', true, false, true)).toEqual({ key: 'blocked', tone: 'red' });
    // Only a ready file is affected: the other states already say what is left to do.
    expect(cardStatusOf('not-prepared', 'required', false, false, true)).toEqual({ key: 'notPrepared', tone: 'yellow' });
    expect(translate('pt', 'documents.requirement.checking')).toBe('Preparado, a verificar o conteúdo…');
  });
});
