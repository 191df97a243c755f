import type { Locale } from '../../shared/i18n';
import { translate } from '../../shared/i18n/translate';
import { UsageError } from './args';

/**
 * The command line's words: every sentence it prints comes from shared/i18n/cli-*.ts in the
 * language of --lang, and file-system failures become sentences naming the path
 * ("The folder … does not exist"), never "ENOENT: … scandir".
 */
export function cliText(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  return translate(locale, key.startsWith('cli.') ? key : `cli.${key}`, params);
}

export function usageText(error: UsageError, locale: Locale): string {
  const sentence = cliText(locale, error.key, error.params);
  const suggestion = error.suggestion ? ` ${cliText(locale, 'usage.didYouMean', { suggestion: error.suggestion })}` : '';
  return `${sentence}${suggestion}\n${cliText(locale, 'seeHelp')}`;
}

/** A file-system error in words, or null when it is not one (a bug then shows as it is). */
export function ioText(error: unknown, locale: Locale): string | null {
  const io = error as NodeJS.ErrnoException;
  if (typeof io?.code !== 'string') return null;
  const path = io.path ?? '';
  switch (io.code) {
    case 'ENOENT':
      return cliText(locale, 'io.notFound', { path });
    case 'ENOTDIR':
      return cliText(locale, 'io.notAFolder', { path });
    case 'EACCES':
    case 'EPERM':
      return cliText(locale, 'io.noAccess', { path });
    default:
      if (!path) return null;
      return cliText(
        locale,
        io.syscall === 'open' || io.syscall === 'read' || io.syscall === 'scandir' ? 'io.cannotRead' : 'io.cannotWrite',
        {
          path,
          reason: io.code,
        },
      );
  }
}
