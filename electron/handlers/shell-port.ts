import type { z } from 'zod';
import type { fileKindFilterSchema } from '../../shared/api/calls/shell';

/**
 * Native UI the handlers need but cannot provide in plain Node. The Electron
 * shell implements it with `dialog` and `shell`; the e2e harness with a
 * scripted queue of answers; the CLI never needs it.
 */
export interface ShellPort {
  pickFiles(options: { filter: z.infer<typeof fileKindFilterSchema>; multiple: boolean }): Promise<string[]>;
  pickFolder(options: { purpose: 'output' | 'cases' | 'clients' }): Promise<string | null>;
  reveal(path: string): Promise<boolean>;
}
