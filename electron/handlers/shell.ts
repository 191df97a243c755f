import type { Handler } from './handler-types';
import type { ShellPort } from './shell-port';

export function shellHandlers(shell: ShellPort): {
  shellPickFiles: Handler<'shellPickFiles'>;
  shellPickFolder: Handler<'shellPickFolder'>;
  shellReveal: Handler<'shellReveal'>;
} {
  return {
    shellPickFiles: async (options) => ({ paths: await shell.pickFiles(options) }),
    shellPickFolder: async (options) => ({ path: await shell.pickFolder(options) }),
    shellReveal: async ({ path }) => ({ revealed: await shell.reveal(path) }),
  };
}
