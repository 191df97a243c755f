/**
 * One set of Node versions: package.json "engines" says what is supported; the README, .ci/run (which
 * refuses other versions) and the GitHub workflow (which tests them) must say the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;

describe('supported Node versions', () => {
  it('package.json says Node 20.19+ or 22.12+ (Vite 8 asks for these; Electron’s installer for 22.12)', () => {
    expect(engines).toBe('^20.19.0 || >=22.12.0');
  });

  it('the README names the same versions', () => {
    const developers = read('README.md').split('## For developers')[1] ?? '';
    expect(developers).toContain('Node.js 20.19 or newer in the 20 line, or 22.12 or newer');
  });

  it('.ci/run refuses anything else, quoting engines', () => {
    const run = read('.ci/run');
    expect(run).toContain(engines);
    expect(run).toContain('major === 20 && minor >= 19');
    expect(run).toContain('major === 22 && minor >= 12');
  });

  it('the GitHub workflow tests both lines and Electron 45’s Node 24, and builds installers on one of them', () => {
    const workflow = read('.github/workflows/build.yml');
    // 24: the Node that runs the app's main process and the packaged command line (session 13 found behaviour that
    // differs there), accepted by .ci/run as "newer than 22".
    expect(workflow).toMatch(/node: \[20, 22, 24\]/);
    expect(workflow).toContain('container: node:${{ matrix.node }}-trixie');
    expect([...workflow.matchAll(/node-version: (\d+)/g)].map((m) => m[1])).toEqual(['22']);
  });

  it('this process runs on a supported version', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22).toBe(true);
  });
});
