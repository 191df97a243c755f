import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createHandlers } from '../../../electron/handlers';
import type { ShellPort } from '../../../electron/handlers/shell-port';
import { translate } from '../../../shared/i18n/translate';
import { CORPUS } from '../batch/fixtures';

/**
 * Reading a password-protected PDF says what it is and what to do, in both languages, instead of a bare
 * "could not be read": type its password (held in memory only) or add an unprotected copy. The password
 * given never comes back in the error.
 */
const noShell: ShellPort = { pickFiles: async () => [], pickFolder: async () => null, reveal: async () => false };
const handlers = createHandlers({ appVersion: 'test', shell: noShell });
const LOCKED = join(CORPUS, 'encrypted/rc4-40_R3_pw-623.pdf');
const read = (password?: string) =>
  dispatch(handlers, 'readDocument', { path: LOCKED, today: '2026-12-01', ...(password ? { password } : {}) }, () => {});

describe('reading a password-protected PDF', () => {
  it('without a password: named as locked, with what to do, in English and Portuguese', async () => {
    const result = await read();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'PDF_PASSWORD_NEEDED',
      messageKey: 'reading.locked.needed',
      actionKey: 'reading.locked.action',
      file: 'rc4-40_R3_pw-623.pdf',
    });
    const words = (locale: 'en' | 'pt') =>
      `${translate(locale, result.error.messageKey, { file: result.error.file! })} ${translate(locale, result.error.actionKey!)}`;
    expect(words('en')).toContain('rc4-40_R3_pw-623.pdf is a PDF protected by a password');
    expect(words('en')).toContain('never stores it');
    expect(words('en')).toContain('a copy without a password');
    expect(words('pt')).toContain('é um PDF protegido por palavra-passe');
    expect(words('pt')).toContain('nunca a grava');
  });

  it('with a wrong password: said as wrong, and the password never appears in the error', async () => {
    const result = await read('not-the-password-9876');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PDF_WRONG_PASSWORD');
    expect(JSON.stringify(result.error)).not.toContain('not-the-password-9876');
  });

  it('with the right password: read', async () => {
    const result = await read('623');
    expect(result.ok).toBe(true);
  });
});
