import type { CategoryReport, PrepareReport } from '../../../shared/engine/report';
import type { Reason, ValidationResult } from '../../../shared/engine/validation';
import type { GivenFile } from '../../../shared/case/assessment';

/** How a prepared category came out, for building reports the engine would write. */
export type Outcome = 'ready' | 'over-limit' | 'blurred' | 'not-ready';

const LIMIT = 5 * 1024 * 1024;
const HASH = (n: number) => n.toString(16).padStart(64, '0');

function validation(outcome: Outcome, bytes: number): ValidationResult {
  const reasons: Reason[] =
    outcome === 'over-limit'
      ? [
          {
            code: 'OVER_LIMIT',
            severity: 'blocker',
            messageKey: 'validation.reasons.overLimit',
            actionKey: 'validation.actions.splitCategory',
          },
        ]
      : outcome === 'blurred'
        ? [
            {
              code: 'BLURRY',
              severity: 'warning',
              messageKey: 'validation.reasons.blurry',
              actionKey: 'validation.actions.rescanSharper',
              page: 1,
            },
          ]
        : outcome === 'not-ready'
          ? [
              {
                code: 'BLANK_PAGE',
                severity: 'blocker',
                messageKey: 'validation.reasons.blank',
                actionKey: 'validation.actions.rescan',
                page: 1,
              },
            ]
          : [];
  return {
    parsers: { pdfLib: { ok: true }, pdfjs: { ok: true } },
    encrypted: false,
    bytes,
    limitBytes: LIMIT,
    underLimit: bytes <= LIMIT,
    pageCount: 1,
    pages: [],
    thresholds: { blurScore: 0.01, minDpi: 100, blankInk: 0.002 },
    verdict: outcome === 'ready' ? 'ready' : outcome === 'blurred' ? 'ready-with-warnings' : 'not-ready',
    reasons,
  };
}

/** The files given for a category: one file named after it. */
export function givenFor(categoryId: string): GivenFile[] {
  return [{ name: `${categoryId}.jpg` }];
}

/** A report as the engine writes it for these categories and outcomes. */
export function reportFor(outcomes: Record<string, Outcome>, createdAt = '2026-11-20T10:00:00.000Z'): PrepareReport {
  const categories: CategoryReport[] = Object.entries(outcomes).map(([categoryId, outcome], n) => {
    const bytes = outcome === 'over-limit' ? LIMIT + 1_000_000 : 400_000;
    return {
      categoryId: categoryId as CategoryReport['categoryId'],
      status: 'ready',
      inputs: [
        {
          index: 0,
          file: `${categoryId}.jpg`,
          bytes: 900_000,
          sha256: HASH(n + 1),
          kind: 'jpeg' as CategoryReport['inputs'][number]['kind'],
          status: 'ok',
          pages: 1,
          protection: null,
          decrypted: null,
          repaired: false,
          converted: null,
          warnings: [],
          error: null,
        },
      ],
      output: {
        fileName: `${categoryId}.pdf` as NonNullable<CategoryReport['output']>['fileName'],
        pages: 1,
        bytesBeforeCompression: bytes,
        bytes,
        sha256: HASH(100 + n),
        merged: false,
        validation: validation(outcome, bytes),
      },
      error: null,
    };
  });
  return {
    schemaVersion: 1,
    createdAt,
    limitBytes: LIMIT,
    categories,
    missing: [],
    files: categories.map((c) => c.output!.fileName),
  };
}
