/**
 * The packaged app, for real: electron-builder packages out/ for the Linux `dir` target (against a
 * stand-in Electron), then the archive is inspected and the packaged code runs under plain Node
 * (out/main/self-check.js from the extracted archive): the resource resolver in its packaged branch,
 * and the document engine with sharp's native binary, libheif's and qpdf's wasm, pdf.js.
 * Run with `npm run test:package` (builds first; about a minute).
 */
import { listPackage, statFile } from '@electron/asar';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageLinuxDir, repositoryRoot, type PackagedTree } from './linux-dir';
import { CORPUS } from '../corpus';
import { NOT_READY_FOLDER } from '../../shared/engine/report';

const corpus = CORPUS;
const JPEG = join(corpus, 'images', 'exif_orientation_6.jpg');
const HEIC = join(corpus, 'images', 'with-alpha-512x512.heic');
const ENCRYPTED = 'encrypted/aes-256_R6_acrobatXI_user-view_owner-master.pdf';

interface ManifestEntry {
  path: string;
  password: string | null;
  pages?: number;
}

interface ParserChecks {
  pdfLib: { ok: boolean };
  pdfjs: { ok: boolean };
}

interface ConvertedImageReport {
  input: string;
  kind: string;
  output: string;
  pages: { widthPx: number; heightPx: number; rotatedByExif: boolean; alphaFlattened: boolean }[];
  validation: { parsers: ParserChecks; pageCount: number };
}

interface SelfCheckReport {
  situation: string;
  roots: { appRoot: string; modulesFrom: string; unpackedFrom?: string };
  resources: { name: string; path: string; bytes: number }[];
  sharp: { resolvedFrom: string; libvips: string };
  images: ConvertedImageReport[];
  engineThread: { entry: string; onWorkerThread: boolean; kind: string | null; pages: number | null };
  decrypt: {
    output: string;
    pages: number;
    decrypted: { revision: number; method: string } | null;
    validation: { encrypted: boolean; parsers: ParserChecks };
  };
}

let tree: PackagedTree;
let archive: string;
let archiveFiles: string[];

beforeAll(async () => {
  if (!existsSync(join(corpus, 'MANIFEST.json'))) {
    throw new Error(`test corpus not found at ${corpus}: it belongs in tests/corpus, or set AIMA_CORPUS`);
  }
  tree = await packageLinuxDir();
  archive = join(tree.resourcesDir, 'app.asar');
  // listPackage gives paths with a leading separator, in the platform's separator.
  archiveFiles = listPackage(archive, { isPack: false }).map((file) => file.split(sep).join('/'));
}); // hookTimeout in tests/package/vitest.config.ts

afterAll(async () => {
  if (tree) await rm(tree.workDir, { recursive: true, force: true });
});

/** Packages named by static imports, dynamic imports and require() calls in bundled code (not Node's, not Electron). */
function bareSpecifiers(source: string): string[] {
  // Statements at the start of a line (as the bundler writes them), so words like "from 'self'" in comments do not count.
  const pattern =
    /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\s*\(\s*["']([^"']+)["']\s*\)|\bcreateRequire\([^)]*\)\s*\(\s*["']([^"']+)["']\s*\)/gm;
  return [...source.matchAll(pattern)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '')
    .filter((specifier) => /^[@a-z]/i.test(specifier) && !specifier.startsWith('node:'))
    .filter((specifier) => specifier !== 'electron' && !builtinModules.includes(specifier.split('/')[0]!));
}

/** 'pdfjs-dist/legacy/build/pdf.mjs' → 'pdfjs-dist'; '@scope/name/x' → '@scope/name'. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Archive entries that are files (listPackage also lists folders). */
function isFile(file: string): boolean {
  return !('files' in statFile(archive, file.slice(1)));
}

function isUnpacked(file: string): boolean {
  const entry = statFile(archive, file.slice(1)) as { unpacked?: boolean };
  return entry.unpacked === true;
}

/** The app folder, the archive's top two levels and the unpacked packages, for the test log. */
async function abridgedListing(): Promise<string> {
  const lines = (await readdir(tree.appOutDir, { recursive: true }))
    .map((file) => file.split(sep).join('/'))
    .filter(
      (file) =>
        file.split('/').length <= 2 ||
        /^resources\/app\.asar\.unpacked\/(node_modules\/(@[^/]+\/)?[^/@]+|resources\/[^/]+\/[^/]+)$/.test(file),
    )
    .sort();
  const archiveTop = archiveFiles.filter((file) => file.split('/').length <= 3 && !file.startsWith('/node_modules/'));
  const packages = archiveFiles.filter((file) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(file)).length;
  return [
    ...lines.map((file) => `  ${file}`),
    '  resources/app.asar:',
    ...archiveTop.map((file) => `    ${file}`),
    `    /node_modules/… (${packages} packages)`,
  ].join('\n');
}

describe('the packaged Linux app (dir target)', () => {
  it('has the executable and the archive in the expected places', async () => {
    console.log(`packaged tree (abridged):\n${await abridgedListing()}`);
    expect(existsSync(join(tree.appOutDir, 'aima-prep'))).toBe(true);
    expect(existsSync(archive)).toBe(true);
    expect(existsSync(join(tree.resourcesDir, 'app.asar.unpacked'))).toBe(true);
  });

  it('the executable carries the fuses of electron-builder.yml', async () => {
    // @electron/fuses is electron-builder's own dependency; its reader is what Electron's docs point to.
    const { getCurrentFuseWire, FuseV1Options } = await import('@electron/fuses');
    const wire = await getCurrentFuseWire(join(tree.appOutDir, 'aima-prep'));
    const on = (option: number) => String.fromCharCode(wire[option as keyof typeof wire] as number) === '1';
    const fuses = (
      parse(await readFile(join(repositoryRoot, 'electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, boolean> }
    ).electronFuses;
    expect({
      runAsNode: on(FuseV1Options.RunAsNode),
      enableCookieEncryption: on(FuseV1Options.EnableCookieEncryption),
      enableNodeOptionsEnvironmentVariable: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      enableNodeCliInspectArguments: on(FuseV1Options.EnableNodeCliInspectArguments),
      enableEmbeddedAsarIntegrityValidation: on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyLoadAppFromAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
      loadBrowserProcessSpecificV8Snapshot: on(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot),
      grantFileProtocolExtraPrivileges: on(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual(fuses);
  });

  it('app.asar holds the built main, preload and renderer, and only production code', async () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/self-check.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/node_modules/pdf-lib/package.json',
    ]) {
      expect(archiveFiles, file).toContain(file);
    }
    expect(archiveFiles.some((file) => file.startsWith('/out/renderer/assets/') && file.endsWith('.js'))).toBe(true);
    // Everything electron-vite built (worker entries and chunks too), except source maps.
    const built = (await readdir(join(repositoryRoot, 'out'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
      .map((entry) => `/${relative(repositoryRoot, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
    expect(built.length).toBeGreaterThan(5);
    expect(built.filter((file) => !archiveFiles.includes(file))).toEqual([]);
    // No sources, tests or build tools in the app.
    for (const prefix of [
      '/electron/',
      '/renderer/',
      '/tests/',
      '/node_modules/electron/',
      '/node_modules/vitest/',
      '/node_modules/tsx/',
      // Bundled into the renderer's own files: not needed as packages.
      '/node_modules/react/',
      '/node_modules/react-dom/',
      '/node_modules/react-i18next/',
    ]) {
      expect(
        archiveFiles.filter((file) => file.startsWith(prefix)),
        prefix,
      ).toEqual([]);
    }
  });

  it('every package the built main process imports is in the archive (none left in devDependencies)', async () => {
    const mainFiles = archiveFiles.filter((file) => /^\/out\/main\/.+\.(js|mjs|cjs)$/.test(file));
    expect(mainFiles).toContain('/out/main/index.js');
    const wanted = new Set<string>();
    for (const file of mainFiles) {
      const source = await readFile(join(tree.presentedResourcesDir, 'app.asar', file), 'utf8');
      for (const specifier of bareSpecifiers(source)) wanted.add(packageName(specifier));
    }
    // pdf-lib is bundled into out/main (electron.vite.config.ts), so it is not among them.
    expect([...wanted]).toEqual(expect.arrayContaining(['sharp', '@neslinesli93/qpdf-wasm']));
    // heic-decode is loaded at run time through createRequire (its worker gets the resolved path),
    // which a scan of import/require statements cannot see: it must be in the archive all the same.
    wanted.add('heic-decode');
    const missing = [...wanted].filter((name) => !archiveFiles.includes(`/node_modules/${name}/package.json`));
    expect(missing).toEqual([]);
  });

  it('sharp, @img/* and every .wasm are unpacked, with their files on disk', async () => {
    const mustBeUnpacked = archiveFiles.filter(
      (file) =>
        (/^\/node_modules\/(sharp|@img)\//.test(file) || file.endsWith('.wasm') || file.startsWith('/resources/')) &&
        isFile(file),
    );
    expect(mustBeUnpacked.length).toBeGreaterThan(20);
    const notUnpacked = mustBeUnpacked.filter((file) => !isUnpacked(file));
    expect(notUnpacked).toEqual([]);
    const unpackedDir = join(tree.resourcesDir, 'app.asar.unpacked');
    const img = await readdir(join(unpackedDir, 'node_modules', '@img'));
    expect(img).toContain(`sharp-${process.platform}-${process.arch}`);
    expect(img.some((name) => name.startsWith(`sharp-libvips-${process.platform}-${process.arch}`))).toBe(true);
    const nativeDir = join(unpackedDir, 'node_modules', '@img', `sharp-${process.platform}-${process.arch}`, 'lib');
    expect((await readdir(nativeDir)).some((name) => name.endsWith('.node'))).toBe(true);
    for (const wasm of [
      'node_modules/@neslinesli93/qpdf-wasm/dist/qpdf.wasm',
      'node_modules/libheif-js/libheif-wasm/libheif.wasm',
      // pdf.js's JPEG 2000 and JBIG2 decoders (the output image check, validate/decode-check.ts).
      'node_modules/pdfjs-dist/wasm/openjpeg.wasm',
      'node_modules/pdfjs-dist/wasm/jbig2.wasm',
    ]) {
      expect(existsSync(join(unpackedDir, wasm)), wasm).toBe(true);
    }
    expect(existsSync(join(unpackedDir, 'resources', 'fonts', 'DejaVuSans.ttf'))).toBe(true);
  });

  it('runs the engine from the packaged tree: resolves every resource, converts images, decrypts a PDF', async () => {
    const manifest = JSON.parse(await readFile(join(corpus, 'MANIFEST.json'), 'utf8')) as ManifestEntry[];
    const locked = manifest.find((entry) => entry.path === ENCRYPTED);
    if (!locked?.password) throw new Error(`${ENCRYPTED} missing from the corpus manifest`);
    const outDir = join(tree.workDir, 'self-check-output');
    await mkdir(outDir);
    const presented = tree.presentedResourcesDir;
    const entry = join(presented, 'app.asar', 'out', 'main', 'self-check.js');
    // Plain Node, started outside the repository, so nothing can be resolved from the repository's node_modules.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        entry,
        '--resources-path',
        presented,
        '--image',
        JPEG,
        '--image',
        HEIC,
        '--pdf',
        join(corpus, ENCRYPTED),
        '--password-env',
        'AIMA_SELF_CHECK_PASSWORD',
        '--out',
        outDir,
      ],
      { cwd: tree.workDir, env: { ...process.env, AIMA_SELF_CHECK_PASSWORD: locked.password, NODE_OPTIONS: '' } },
    );
    const report = JSON.parse(stdout) as SelfCheckReport;
    console.log(`self-check run from the packaged tree:\n${stdout}`);

    // The resolver took its packaged branch and every resource is a real file outside the archive.
    expect(report.situation).toBe('packaged');
    const unpacked = join(presented, 'app.asar.unpacked') + sep;
    expect(report.resources.map((resource) => resource.name)).toEqual(
      expect.arrayContaining(['qpdf.wasm', 'window icon', 'font DejaVuSans.ttf']),
    );
    for (const resource of report.resources) {
      expect(resource.path.startsWith(unpacked), resource.path).toBe(true);
      expect(resource.bytes).toBeGreaterThan(0);
    }
    expect(report.sharp.resolvedFrom.startsWith(join(presented, 'app.asar', 'node_modules', 'sharp') + sep)).toBe(true);

    // Images → PDF with the engine (sharp; HEIC through libheif's wasm), checked by both parsers.
    const [jpeg, heic] = report.images;
    expect(jpeg?.kind).toBe('jpeg');
    expect(heic?.kind).toBe('heic');
    for (const image of [jpeg!, heic!]) {
      expect(image.validation.parsers.pdfLib.ok && image.validation.parsers.pdfjs.ok).toBe(true);
      expect((await PDFDocument.load(await readFile(image.output))).getPageCount()).toBe(1);
    }
    // EXIF orientation 6: stored 308×231, shown upright as 231×308.
    expect(jpeg!.pages[0]).toMatchObject({ widthPx: 231, heightPx: 308, rotatedByExif: true });
    expect(heic!.pages[0]).toMatchObject({ widthPx: 512, heightPx: 512, alphaFlattened: true });

    // The app's document calls run on the engine's own thread, started from the bundled entry in the archive.
    expect(report.engineThread).toMatchObject({ onWorkerThread: true, kind: 'jpeg', pages: 1 });
    expect(report.engineThread.entry).toBe(join(presented, 'app.asar', 'out', 'main', 'engine-worker.js'));

    // Decryption with qpdf's wasm: pdf-lib refuses encrypted files, so opening the output proves it.
    expect(report.decrypt.decrypted).toEqual({ revision: 6, method: 'AES-256' });
    expect(report.decrypt.validation.encrypted).toBe(false);
    const decrypted = await PDFDocument.load(await readFile(report.decrypt.output));
    expect(decrypted.getPageCount()).toBe(report.decrypt.pages);
    expect(decrypted.getPageCount()).toBe(locked.pages ?? 30);
  });
});

describe('reading documents from the packaged tree, offline (issue 16)', () => {
  const READING = join(repositoryRoot, 'tests', 'corpus', 'reading');
  const BLOCK_NETWORK = join(repositoryRoot, 'tests', 'integration', 'reading', 'offline', 'block-network.cjs');

  it("the OCR files and @napi-rs/canvas's native binary are unpacked, with their files on disk", () => {
    const mustBeUnpacked = archiveFiles.filter(
      (file) =>
        (/^\/node_modules\/(tesseract\.js|tesseract\.js-core|@tesseract\.js-data)\//.test(file) ||
          (/^\/node_modules\/@napi-rs\//.test(file) && file.endsWith('.node'))) &&
        isFile(file),
    );
    for (const wanted of [
      '/node_modules/tesseract.js/src/worker-script/node/index.js',
      '/node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
      '/node_modules/@tesseract.js-data/por/4.0.0_best_int/por.traineddata.gz',
    ]) {
      expect(mustBeUnpacked, wanted).toContain(wanted);
    }
    expect(mustBeUnpacked.some((file) => file.startsWith('/node_modules/tesseract.js-core/') && file.endsWith('.wasm'))).toBe(
      true,
    );
    // pdf.js renders scanned certificates for OCR with @napi-rs/canvas (a native binary: dlopen needs a real file).
    expect(mustBeUnpacked.some((file) => /^\/node_modules\/@napi-rs\/canvas-[^/]+\/.+\.node$/.test(file))).toBe(true);
    expect(mustBeUnpacked.filter((file) => !isUnpacked(file))).toEqual([]);
  });

  it(
    "reads a passport photo's MRZ and a scanned certificate with the network blocked, from the tree's own files",
    { timeout: 300_000 },
    async () => {
      const presented = tree.presentedResourcesDir;
      const entry = join(presented, 'app.asar', 'out', 'main', 'self-check.js');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          entry,
          '--resources-path',
          presented,
          '--passport',
          join(READING, 'passports', 'ind-photo.jpg'),
          '--scanned-certificate',
          join(READING, 'certificates', 'financas-scan.pdf'),
        ],
        // Preloaded in the process and in every worker thread it starts: any network call throws.
        { cwd: tree.workDir, env: { ...process.env, NODE_OPTIONS: `--require ${BLOCK_NETWORK}` } },
      );
      const report = JSON.parse(stdout) as {
        situation: string;
        reading: {
          files: { name: string; path: string; bytes: number }[];
          tesseractCore: string;
          canvas: string | null;
          mrz: { status: string; fields?: Record<string, string> } | null;
          certificate: { textSource: string; certificate: Record<string, unknown> | null } | null;
        };
      };
      console.log(`reading from the packaged tree:\n${JSON.stringify(report.reading, null, 2)}`);
      expect(report.situation).toBe('packaged');
      const unpacked = join(presented, 'app.asar.unpacked') + sep;
      expect(report.reading.files.map((file) => file.name)).toEqual([
        'tesseract worker script',
        'traineddata eng',
        'traineddata por',
      ]);
      for (const file of report.reading.files) {
        expect(file.path.startsWith(unpacked), file.path).toBe(true);
        // The traineddata are megabytes; the worker script is a small file that requires the rest.
        expect(file.bytes).toBeGreaterThan(file.name.startsWith('traineddata') ? 1_000_000 : 0);
      }
      expect(
        report.reading.tesseractCore.startsWith(join(presented, 'app.asar', 'node_modules', 'tesseract.js-core') + sep),
      ).toBe(true);
      expect(report.reading.canvas?.startsWith(join(presented, 'app.asar', 'node_modules', '@napi-rs', 'canvas') + sep)).toBe(
        true,
      );
      expect(report.reading.mrz).toMatchObject({
        status: 'read',
        fields: { surname: 'SHARMA', passportNumber: 'Z4821907', dateOfBirth: '1995-02-17', passportExpiry: '2029-07-15' },
      });
      expect(report.reading.certificate).toMatchObject({
        textSource: 'ocr',
        certificate: { kind: 'financas-certificate', issuedOn: '2026-08-14', nif: '287430120' },
      });
    },
  );
});

/** The packaged command line, run as an agency runs it: through `aima-prep` on the PATH (a link to the launcher). */
describe('the packaged command line (aima-prep)', () => {
  let bin: string;
  let standInLog: string;

  const aimaPrep = (args: string[], cwd: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'aima-prep',
        args,
        {
          cwd,
          env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, AIMA_STAND_IN_LOG: standInLog, NODE_OPTIONS: '' },
          maxBuffer: 16 * 1024 * 1024,
        },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    bin = join(tree.workDir, 'bin');
    standInLog = join(tree.workDir, 'stand-in.log');
    await mkdir(bin);
    // As the .deb's after-install links /usr/bin/aima-prep to the launcher.
    await symlink(join(tree.presentedResourcesDir, 'cli', 'aima-prep'), join(bin, 'aima-prep'));
  });

  it('ships a launcher in resources/cli and the built command line in the archive (no TypeScript, no tsx)', async () => {
    const launcher = join(tree.resourcesDir, 'cli', 'aima-prep');
    expect((await stat(launcher)).mode & 0o111).not.toBe(0);
    expect(archiveFiles).toContain('/out/main/cli.js');
    expect(archiveFiles.filter((file) => file.startsWith('/out/') && /\.m?ts$/.test(file))).toEqual([]);
  });

  it('--help and --version answer, run by the app executable as Node from the packaged tree', async () => {
    const help = await aimaPrep(['--help'], tree.workDir);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('aima-prep batch <clients-folder> --out <dir>');
    const version = await aimaPrep(['--version'], tree.workDir);
    const { version: expected } = JSON.parse(await readFile(join(repositoryRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version.stdout.trim()).toBe(expected);
    // The launcher started the app's executable with ELECTRON_RUN_AS_NODE=1 and the bundle inside the archive.
    const bundle = join(tree.presentedResourcesDir, 'app.asar', 'out', 'main', 'cli.js');
    expect(await readFile(standInLog, 'utf8')).toContain(`ELECTRON_RUN_AS_NODE=1 ${bundle} --help`);
  });

  it('prepares a one-client batch: decrypts with the packaged qpdf, converts a photo, writes the summary', async () => {
    const work = join(tree.workDir, 'cli-batch');
    const client = join(work, 'clients', 'ana');
    await mkdir(join(client, 'passport'), { recursive: true });
    await mkdir(join(client, 'financas-no-debt'), { recursive: true });
    await copyFile(JPEG, join(client, 'passport', 'passport-photo.jpg'));
    await copyFile(join(corpus, 'encrypted', 'aes-128_R4_pw-ELXRTQWS.pdf'), join(client, 'financas-no-debt', 'certidao.pdf'));
    await writeFile(join(client, 'passwords.json'), JSON.stringify({ 'certidao.pdf': 'ELXRTQWS' }));

    const run = await aimaPrep(['batch', 'clients', '--out', 'out', '--json'], work);
    // Exit 1: the client still misses categories (a work permit needs more than these two).
    expect(run.code, run.stderr).toBe(1);
    const summary = JSON.parse(run.stdout) as {
      rows: {
        client: string;
        status: string;
        categoriesReady: string[];
        categoriesWithWarnings: string[];
        categoriesFailed: string[];
        problems: { code: string }[];
      }[];
      totals: { clients: number; failed: number };
      summaryCsv: string;
    };
    console.log(`packaged aima-prep batch:\n${run.stdout.slice(0, 1500)}`);
    expect(summary.totals).toMatchObject({ clients: 1, failed: 0 });
    expect(summary.rows[0]).toMatchObject({ client: 'ana', status: 'needs-attention', categoriesFailed: [] });
    // Decrypted with the packaged qpdf (pdf-lib below opens the output, which it refuses for an encrypted
    // file); whether the page then passes every check is the engine's business, tested elsewhere.
    const row = summary.rows[0]!;
    expect([...row.categoriesReady, ...row.categoriesWithWarnings]).toContain('financas-no-debt');
    expect(row.problems.filter((problem) => /PASSWORD|ENCRYPT/.test(problem.code))).toEqual([]);
    // Both outputs are ready: the certificate's JPEG 2000 and JBIG2 images are decoded by pdf.js's
    // wasm from app.asar.unpacked (in session 3 the packaged tree reported them IMAGE_DAMAGED and the
    // file landed in the not-ready folder).
    expect(row.problems.filter((problem) => problem.code === 'IMAGE_DAMAGED')).toEqual([]);
    for (const name of ['passport.pdf', 'financas-no-debt.pdf']) {
      expect(existsSync(join(work, 'out', 'ana', NOT_READY_FOLDER, name)), name).toBe(false);
      const pdf = await PDFDocument.load(await readFile(join(work, 'out', 'ana', name)));
      expect(pdf.getPageCount(), name).toBeGreaterThan(0);
    }
    expect(await readFile(summary.summaryCsv, 'utf8')).toContain('ana');
    for (const output of [run.stdout, run.stderr, await readFile(summary.summaryCsv, 'utf8')]) {
      expect(output).not.toContain('ELXRTQWS');
    }
  });
});
