import type { ShellPort } from '../../../electron/handlers/shell-port';

/**
 * The harness's stand-in for native dialogs: a test queues the answers a user
 * would give in the dialog, and records what was revealed in the file manager.
 */
export class ScriptedShell implements ShellPort {
  private readonly fileAnswers: string[][] = [];
  private readonly folderAnswers: Array<string | null> = [];
  readonly revealed: string[] = [];

  queueFiles(paths: string[]): void {
    this.fileAnswers.push(paths);
  }
  queueFolder(path: string | null): void {
    this.folderAnswers.push(path);
  }
  async pickFiles(): Promise<string[]> {
    return this.fileAnswers.shift() ?? [];
  }
  async pickFolder(): Promise<string | null> {
    return this.folderAnswers.shift() ?? null;
  }
  async reveal(path: string): Promise<boolean> {
    this.revealed.push(path);
    return true;
  }
}
