import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The command line's arguments: node's parseArgs, with its errors turned into sentences that name
 * the closest known option or command ("There is no option --ot. Did you mean --out?"), since a
 * typo in an agency's script should say what to type, not "ERR_PARSE_ARGS_UNKNOWN_OPTION".
 */

export const COMMANDS = ['batch', 'prepare', 'contact-text', 'letter', 'duc', 'help'] as const;

export const OPTIONS = {
  out: { type: 'string' },
  jobs: { type: 'string' },
  'limit-mb': { type: 'string' },
  'client-minutes': { type: 'string' },
  passwords: { type: 'string' },
  lang: { type: 'string' },
  scenario: { type: 'string' },
  today: { type: 'string' },
  now: { type: 'string' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

/** An example value for each option that takes one, for the "needs a value" message. */
const EXAMPLES: Record<string, string> = {
  out: 'prepared',
  jobs: '2',
  'limit-mb': '1',
  'client-minutes': '10',
  passwords: 'passwords.json',
  lang: 'pt',
  scenario: 'renewals-portal-error',
  today: '2026-12-01',
  now: '2026-12-01T10:00',
};

/** A usage mistake: a message key of shared/i18n/cli-*.ts with its parameters, and a suggestion if one is close. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
    readonly suggestion?: string,
  ) {
    super(key);
  }
}

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours count 1). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** The closest candidate, if it is close enough to be what was meant (at most a third of its letters off), or a prefix of it. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const scored = candidates
    .map((candidate) => ({
      candidate,
      distance: candidate.startsWith(input) && input.length >= 2 ? 0 : editDistance(input, candidate),
    }))
    .sort((x, y) => x.distance - y.distance);
  const best = scored[0];
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(best.candidate.length / 3)) ? best.candidate : undefined;
}

export function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
    const name = option.replace(/^-+/, '').split('=')[0]!;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const suggestion = closest(name, Object.keys(OPTIONS));
      throw new UsageError('cli.usage.unknownOption', { option: option.split('=')[0]! }, suggestion && `--${suggestion}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const known = Object.keys(OPTIONS).find((key) => key === name) ?? name;
      const takesValue = (OPTIONS as Record<string, { type: string }>)[known]?.type === 'string';
      if (takesValue) throw new UsageError('cli.usage.needsValue', { option: `--${known}`, example: EXAMPLES[known] ?? '…' });
      throw new UsageError('cli.usage.notAFlag', { option: `--${known}` });
    }
    throw error;
  }
}

/** The command, or a usage error naming the closest one. */
export function commandOf(command: string): (typeof COMMANDS)[number] {
  if ((COMMANDS as readonly string[]).includes(command)) return command as (typeof COMMANDS)[number];
  const suggestion = closest(command, COMMANDS);
  throw new UsageError(
    'cli.usage.unknownCommand',
    { command, commands: COMMANDS.filter((c) => c !== 'help').join(', ') },
    suggestion,
  );
}
