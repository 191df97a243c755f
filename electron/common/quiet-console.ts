type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const CONSOLE_METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

/**
 * Libraries print diagnostics while documents are read and prepared (pdf-lib's "Trying to parse invalid object"
 * and "Invalid object ref: 2 0 R" on damaged files, pdf.js, tesseract): in a worker they go to its own captured
 * streams (electron/batch/pool.ts); on the calling thread they would land on the command's stderr between its
 * progress lines, or on stdout, where `--json` writes. Silenced unless AIMA_PREP_VERBOSE=1, which sends them to
 * stderr, as the workers' output is. Returns the undo (undos run in reverse order of the calls).
 */
export function quietConsole(): () => void {
  const saved = CONSOLE_METHODS.map((method) => [method, console[method]] as const);
  const verbose = process.env.AIMA_PREP_VERBOSE === '1';
  const sink = verbose ? (...parts: unknown[]) => void process.stderr.write(`${parts.map(String).join(' ')}\n`) : () => undefined;
  for (const method of CONSOLE_METHODS) console[method] = sink;
  return () => {
    for (const [method, original] of saved) console[method] = original;
  };
}
