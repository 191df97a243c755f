/**
 * Hard limits of the document engine (not AIMA rules: those live in shared/rules/ with sources).
 *
 * Pages per document: an AIMA upload is a passport, a contract, a few months of payslips or
 * bank statements — a few pages, rarely more than a hundred. 2,000 pages is far beyond any
 * real upload (at the portal's few-MB limit a file that long can only hold text) and keeps
 * every stage's work bounded: a 100,000-page file used to stall validation for ever and,
 * with it, a whole agency batch.
 */
export const MAX_PAGES_PER_DOCUMENT = 2000;
