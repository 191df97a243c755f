import type { CategoryState } from './assessment';
import type { ConsistencyItem } from '../reading/consistency';
import type { CategoryId } from '../rules/categories';

/** A document card's status word (key under `documents.requirement`) and colour. */
export interface CardStatus {
  key:
    | 'required'
    | 'recommended'
    | 'conditional'
    | 'notPrepared'
    | 'stale'
    | 'notReady'
    | 'done'
    | 'doneWithWarnings'
    | 'blocked'
    | 'checking';
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
 * `warned`: reading found a warning about one of its files (a certificate valid for 14 days or less after the day
 * judged, an issue date it could not read): "Ready, with warnings" in yellow, the words of the prepared file's
 * verdict and of the agency summary's column, never a green "Ready" above a yellow line (session 7's walk).
 * `checking`: one of its files is still being read (readings are not kept between sessions): a prepared file is not
 * called "Ready" in green before what it says is known — session 9's walk saw a certificate valid one more day read
 * "Ready" after a reload, then "Ready, with warnings" once read again.
 */
export function cardStatusOf(
  state: CategoryState,
  requirement: 'required' | 'recommended' | 'conditional',
  blocked: boolean,
  warned = false,
  checking = false,
): CardStatus {
  switch (state) {
    case 'missing':
      return { key: requirement, tone: REQUIREMENT_TONE[requirement] };
    case 'not-prepared':
      return { key: 'notPrepared', tone: 'yellow' };
    case 'stale':
      return { key: 'stale', tone: 'yellow' };
    case 'ready':
      return blocked
        ? { key: 'blocked', tone: 'red' }
        : warned
          ? { key: 'doneWithWarnings', tone: 'yellow' }
          : checking
            ? { key: 'checking', tone: 'blue' }
            : { key: 'done', tone: 'green' };
    case 'failed':
    case 'not-ready':
    case 'over-limit':
    case 'blurred':
      return { key: 'notReady', tone: 'red' };
  }
}

/**
 * Findings about a document itself rather than about one of its files: an expired passport is the passport's,
 * also when its expiry comes from the case's answers (client.json, the situation) and no file was read. The agency
 * card listed the passport as "Ready" beside the problem "the client's passport expired … renew it first"
 * (session 14).
 */
const DOCUMENT_FINDINGS: Partial<Record<ConsistencyItem['id'], CategoryId>> = { 'passport-expired': 'passport' };

/** The category a finding about a document itself belongs to (an expired passport: the passport), or undefined. */
export function documentCategoryOf(findingId: ConsistencyItem['id']): CategoryId | undefined {
  return DOCUMENT_FINDINGS[findingId];
}

/**
 * What reading found about a category's files: a blocker (not to be uploaded) or a warning (check it first). One
 * definition for the card, the task list, the pre-upload step and the agency summary (shared/batch/row.ts): an
 * item counts for the category holding the file it names, and a finding about the document itself
 * (DOCUMENT_FINDINGS) for that document's category.
 */
export function readingFlagsOf(
  items: readonly Pick<ConsistencyItem, 'id' | 'severity' | 'file'>[],
  fileNames: readonly string[],
  categoryId?: CategoryId,
): { blocked: boolean; warned: boolean } {
  const about = items.filter(
    (item) =>
      (item.file !== undefined && fileNames.includes(item.file)) ||
      (categoryId !== undefined && DOCUMENT_FINDINGS[item.id] === categoryId),
  );
  return {
    blocked: about.some((item) => item.severity === 'blocker'),
    warned: about.some((item) => item.severity === 'warning'),
  };
}
