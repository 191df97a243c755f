import type { CategoryState } from './assessment';

/** A document card's status word (key under `documents.requirement`) and colour. */
export interface CardStatus {
  key: 'required' | 'recommended' | 'conditional' | 'notPrepared' | 'stale' | 'notReady' | 'done' | 'blocked';
  tone: 'green' | 'red' | 'yellow' | 'blue';
}

const REQUIREMENT_TONE = { required: 'red', recommended: 'blue', conditional: 'yellow' } as const;

/**
 * One word per state of a category, from the same definition the task list, the pre-upload step and the
 * agency view use (`categoryState`). The card said "Required" for every state but ready, so a prepared
 * passport read "Required" in its header and "Not ready" in its result (walk of session 6). Only a
 * category without files shows how much it is needed; given files say where they are.
 *
 * `blocked`: reading found a blocker in one of its files (a stale certificate, another person's NIF).
 */
export function cardStatusOf(
  state: CategoryState,
  requirement: 'required' | 'recommended' | 'conditional',
  blocked: boolean,
): CardStatus {
  switch (state) {
    case 'missing':
      return { key: requirement, tone: REQUIREMENT_TONE[requirement] };
    case 'not-prepared':
      return { key: 'notPrepared', tone: 'yellow' };
    case 'stale':
      return { key: 'stale', tone: 'yellow' };
    case 'ready':
      return blocked ? { key: 'blocked', tone: 'red' } : { key: 'done', tone: 'green' };
    case 'failed':
    case 'not-ready':
    case 'over-limit':
    case 'blurred':
      return { key: 'notReady', tone: 'red' };
  }
}
