#!/usr/bin/env node
// `npm run check:packaged` (after `npm run dist`): the installer's app, run for real on its own Electron.
// The GitHub workflow runs it on Linux, Windows and macOS right after building the installers.
//  1. the self-check (out/main/self-check.js) inside the packaged Electron (ELECTRON_RUN_AS_NODE=1),
//     reading the real app.asar: resource paths, sharp's native binary, HEIC and qpdf wasm, the engine thread;
//  2. the packaged command line through its shipped launcher (resources/cli/aima-prep, or aima-prep.cmd
//     on Windows): --help, then a one-client batch.
// Prints what it checked; exits 1 with the reason on the first failure.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const corpus = process.env.AIMA_CORPUS ?? join(root, 'tests', 'corpus');

function fail(message) {
  console.error(`check:packaged: ${message}`);
  process.exit(1);
}

/** The unpacked app electron-builder left in dist/ for this system: its executable, resources/ and CLI launcher. */
function packagedApp() {
  if (process.platform === 'win32') {
    const dir = join(dist, 'win-unpacked');
    return { executable: join(dir, 'AIMA Prep.exe'), resources: join(dir, 'resources'), launcher: join(dir, 'aima-prep.cmd') };
  }
  if (process.platform === 'darwin') {
    const folder = readdirSync(dist).find(
      (name) => /^mac(-[a-z0-9]+)?$/.test(name) && existsSync(join(dist, name, 'AIMA Prep.app')),
    );
    if (!folder) fail(`no dist/mac*/AIMA Prep.app: run npm run dist first`);
    const contents = join(dist, folder, 'AIMA Prep.app', 'Contents');
    return {
      executable: join(contents, 'MacOS', 'AIMA Prep'),
      resources: join(contents, 'Resources'),
      launcher: join(contents, 'Resources', 'cli', 'aima-prep'),
    };
  }
  const dir = join(dist, 'linux-unpacked');
  return {
    executable: join(dir, 'aima-prep'),
    resources: join(dir, 'resources'),
    launcher: join(dir, 'resources', 'cli', 'aima-prep'),
  };
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) fail(`${command} did not start: ${result.error.message}`);
  return result;
}

/** The launcher as a user runs it (a .cmd file needs cmd.exe). */
function runLauncher(launcher, args, cwd) {
  return process.platform === 'win32' ? run('cmd.exe', ['/d', '/c', launcher, ...args], { cwd }) : run(launcher, args, { cwd });
}

const app = packagedApp();
for (const path of [app.executable, app.resources, app.launcher]) if (!existsSync(path)) fail(`${path} is missing`);
const manifest = JSON.parse(readFileSync(join(corpus, 'MANIFEST.json'), 'utf8'));
const lockedPath = 'encrypted/aes-256_R6_acrobatXI_user-view_owner-master.pdf';
const locked = manifest.find((entry) => entry.path === lockedPath);
if (!locked?.password) fail(`${lockedPath} missing from the corpus manifest`);

const work = mkdtempSync(join(tmpdir(), 'aima-packaged-'));
try {
  // 1. The self-check inside the packaged Electron.
  const out = join(work, 'self-check');
  mkdirSync(out);
  const selfCheck = run(
    app.executable,
    [
      join(app.resources, 'app.asar', 'out', 'main', 'self-check.js'),
      '--resources-path',
      app.resources,
      '--image',
      join(corpus, 'images', 'exif_orientation_6.jpg'),
      '--image',
      join(corpus, 'images', 'with-alpha-512x512.heic'),
      '--pdf',
      join(corpus, lockedPath),
      '--password-env',
      'AIMA_SELF_CHECK_PASSWORD',
      '--out',
      out,
    ],
    { cwd: work, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', AIMA_SELF_CHECK_PASSWORD: locked.password } },
  );
  if (selfCheck.status !== 0) fail(`self-check exited ${selfCheck.status}:\n${selfCheck.stderr}`);
  const report = JSON.parse(selfCheck.stdout);
  if (report.situation !== 'packaged') fail(`self-check situation is ${report.situation}, not packaged`);
  if (report.decrypt?.decrypted?.method !== 'AES-256') fail(`decryption failed: ${JSON.stringify(report.decrypt)}`);
  if (
    report.images?.length !== 2 ||
    !report.images.every((image) => image.validation.parsers.pdfLib.ok && image.validation.parsers.pdfjs.ok)
  ) {
    fail(`image conversion failed: ${JSON.stringify(report.images)}`);
  }
  if (!report.engineThread?.onWorkerThread) fail(`the engine thread did not start: ${JSON.stringify(report.engineThread)}`);
  console.log(`self-check in the packaged Electron (${app.executable}): ok\n${selfCheck.stdout}`);

  // 2. The packaged command line through its launcher.
  const help = runLauncher(app.launcher, ['--help'], work);
  if (help.status !== 0 || !help.stdout.includes('aima-prep batch <clients-folder>')) {
    fail(`aima-prep --help exited ${help.status}:\n${help.stdout}\n${help.stderr}`);
  }
  const client = join(work, 'clients', 'ana');
  mkdirSync(join(client, 'passport'), { recursive: true });
  copyFileSync(join(corpus, 'images', 'exif_orientation_6.jpg'), join(client, 'passport', 'photo.jpg'));
  const batch = runLauncher(app.launcher, ['batch', join(work, 'clients'), '--out', join(work, 'out'), '--json'], work);
  if (batch.status !== 0 && batch.status !== 1) fail(`aima-prep batch exited ${batch.status}:\n${batch.stderr}`);
  const summary = JSON.parse(batch.stdout);
  if (summary.totals?.clients !== 1 || summary.totals.failed !== 0 || !existsSync(join(work, 'out', 'ana', 'passport.pdf'))) {
    fail(`aima-prep batch did not prepare the client:\n${batch.stdout}`);
  }
  console.log(`packaged aima-prep (${app.launcher}): --help and a one-client batch ok`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
