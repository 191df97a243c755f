import { isAbsolute, relative, resolve } from 'node:path';
import { defaultCasesRoot } from '../cases/cases-root';
import type { Handlers } from './handler-types';

/**
 * What `shellReveal` may show in the file manager (and where `documentsReportReading` may rewrite a report): only places the app itself wrote (the cases
 * folder, a prepared documents folder, a batch's output folder) or the person chose in a dialog
 * in this session. A renderer that asked to reveal anything else (a compromised page, a bug) gets
 * `revealed: false`, as for a path that no longer exists; the file manager is never opened there.
 */
export class RevealScope {
  private readonly roots = new Set<string>();

  allow(path: string): void {
    this.roots.add(resolve(path));
  }

  /** The path itself or anything under an allowed folder. */
  permits(path: string): boolean {
    if (!isAbsolute(path)) return false;
    const wanted = resolve(path);
    for (const root of this.roots) {
      const inside = relative(root, wanted);
      if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return true;
    }
    return false;
  }
}

/** The handlers with the scope recorded where paths are chosen or written, and checked where one is revealed. */
export function withRevealScope(
  handlers: Handlers,
  scope: RevealScope = new RevealScope(),
  casesRoot = defaultCasesRoot(),
): Handlers {
  scope.allow(casesRoot);
  return {
    ...handlers,
    shellPickFiles: async (input, ctx) => {
      const result = await handlers.shellPickFiles(input, ctx);
      for (const path of result.paths) scope.allow(path);
      return result;
    },
    shellPickFolder: async (input, ctx) => {
      const result = await handlers.shellPickFolder(input, ctx);
      if (result.path) scope.allow(result.path);
      return result;
    },
    caseCreate: async (input, ctx) => {
      const result = await handlers.caseCreate(input, ctx);
      if (input.root) scope.allow(input.root); // the app has just written a case there
      return result;
    },
    documentsPrepare: async (input, ctx) => {
      scope.allow(input.outputDir);
      return handlers.documentsPrepare(input, ctx);
    },
    // Only a folder the app prepared (or the person chose) this session: a page cannot have files rewritten elsewhere.
    documentsReportReading: async (input, ctx) =>
      scope.permits(input.outputDir) ? handlers.documentsReportReading(input, ctx) : { report: null },
    batchRun: async (input, ctx) => {
      scope.allow(input.outFolder);
      return handlers.batchRun(input, ctx);
    },
    shellReveal: async (input, ctx) => (scope.permits(input.path) ? handlers.shellReveal(input, ctx) : { revealed: false }),
  };
}
