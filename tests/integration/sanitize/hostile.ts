import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString, StandardFonts, type PDFPage, type PDFRef } from 'pdf-lib';
import sharp from 'sharp';

/**
 * Hostile PDFs made on the fly, one per construct a portal must never receive (and one
 * with all of them): document and page scripts, every kind of action, attached files,
 * form fields with scripts, XFA, rich media, document metadata. Each has one visible
 * line of text and, for the form, a filled-in value that must still show after flattening.
 */
export const CONSTRUCTS = [
  'open-action-js',
  'document-aa',
  'page-aa',
  'names-javascript',
  'launch',
  'uri',
  'submit-form',
  'import-data',
  'goto-r',
  'goto-e',
  'embedded-file',
  'file-attachment',
  'form-field-script',
  'xfa',
  'rich-media',
  'outline-js',
  'metadata',
] as const;
export type Construct = (typeof CONSTRUCTS)[number];

/** Keys and types that must not appear in any output (searched in `qpdf --qdf` output). */
export const FORBIDDEN = [
  '/JavaScript',
  '/JS',
  '/AA',
  '/OpenAction',
  '/Launch',
  '/URI',
  '/SubmitForm',
  '/ImportData',
  '/GoToR',
  '/GoToE',
  '/EmbeddedFiles',
  '/EmbeddedFile',
  '/EF',
  '/FileAttachment',
  '/AcroForm',
  '/XFA',
  '/Widget',
  '/RichMedia',
  '/Metadata',
  '/Info',
  '/Producer',
  '/Author',
];

export const FILLED_VALUE = 'Filled in by the applicant';

function js(doc: PDFDocument, code: string): PDFRef {
  return doc.context.register(doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(code) }));
}

function action(doc: PDFDocument, type: string, extra: Record<string, unknown>): PDFRef {
  return doc.context.register(doc.context.obj({ Type: 'Action', S: type, ...extra } as never));
}

function addAnnotation(page: PDFPage, annotation: PDFRef): void {
  const existing = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (existing) existing.push(annotation);
  else page.node.set(PDFName.of('Annots'), page.doc.context.obj([annotation]));
}

function link(doc: PDFDocument, page: PDFPage, a: PDFRef): void {
  addAnnotation(
    page,
    doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 700, 300, 720], Border: [0, 0, 0], A: a })),
  );
}

function fileSpec(doc: PDFDocument): PDFRef {
  // "MZ": what an attached Windows executable starts with.
  const file = doc.context.register(doc.context.stream('MZ\x90\x00 pretend executable', { Type: 'EmbeddedFile' }));
  return doc.context.register(
    doc.context.obj({ Type: 'Filespec', F: PDFString.of('setup.exe'), UF: PDFString.of('setup.exe'), EF: { F: file } }),
  );
}

function addConstruct(doc: PDFDocument, page: PDFPage, construct: Construct, font: PDFRef): void {
  const { context, catalog } = doc;
  switch (construct) {
    case 'open-action-js':
      catalog.set(PDFName.of('OpenAction'), js(doc, 'app.alert("open")'));
      break;
    case 'document-aa':
      catalog.set(PDFName.of('AA'), context.obj({ WC: js(doc, 'app.alert("close")'), DP: js(doc, 'app.alert("print")') }));
      break;
    case 'page-aa':
      page.node.set(PDFName.of('AA'), context.obj({ O: js(doc, 'app.alert("page open")') }));
      break;
    case 'names-javascript': {
      const names = context.obj({ JavaScript: { Names: [PDFString.of('init'), js(doc, 'this.submitForm("http://x")')] } });
      catalog.set(PDFName.of('Names'), names);
      break;
    }
    case 'launch':
      link(
        doc,
        page,
        action(doc, 'Launch', { F: PDFString.of('cmd.exe'), Win: { F: PDFString.of('cmd.exe'), P: PDFString.of('/c calc') } }),
      );
      break;
    case 'uri':
      link(doc, page, action(doc, 'URI', { URI: PDFString.of('http://tracker.example/p') }));
      break;
    case 'submit-form':
      link(doc, page, action(doc, 'SubmitForm', { F: { FS: 'URL', F: PDFString.of('http://collect.example/') } }));
      break;
    case 'import-data':
      link(doc, page, action(doc, 'ImportData', { F: PDFString.of('data.fdf') }));
      break;
    case 'goto-r':
      link(doc, page, action(doc, 'GoToR', { F: PDFString.of('other.pdf'), D: [0, PDFName.of('Fit')] }));
      break;
    case 'goto-e':
      link(doc, page, action(doc, 'GoToE', { T: { R: 'C', N: PDFString.of('setup.exe') }, D: [0, PDFName.of('Fit')] }));
      break;
    case 'embedded-file': {
      const existing = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
      const tree = context.obj({ Names: [PDFString.of('setup.exe'), fileSpec(doc)] });
      if (existing) existing.set(PDFName.of('EmbeddedFiles'), tree);
      else catalog.set(PDFName.of('Names'), context.obj({ EmbeddedFiles: tree }));
      break;
    }
    case 'file-attachment':
      addAnnotation(
        page,
        context.register(
          context.obj({
            Type: 'Annot',
            Subtype: 'FileAttachment',
            Rect: [400, 700, 420, 720],
            FS: fileSpec(doc),
            Name: 'PushPin',
          }),
        ),
      );
      break;
    case 'form-field-script': {
      const appearance = context.register(
        context.stream(`/Tx BMC q BT /F1 12 Tf 2 5 Td (${FILLED_VALUE}) Tj ET Q EMC`, {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: [0, 0, 250, 20],
          Resources: { Font: { F1: font } },
        }),
      );
      const field = context.register(
        context.obj({
          Type: 'Annot',
          Subtype: 'Widget',
          FT: 'Tx',
          T: PDFString.of('name'),
          V: PDFString.of(FILLED_VALUE),
          Rect: [50, 600, 300, 620],
          AP: { N: appearance },
          AA: { K: js(doc, 'event.rc = true'), V: js(doc, 'app.launchURL("http://x")') },
          A: action(doc, 'SubmitForm', { F: { FS: 'URL', F: PDFString.of('http://collect.example/') } }),
        }),
      );
      addAnnotation(page, field);
      const form = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
      if (form) form.lookup(PDFName.of('Fields'), PDFArray).push(field);
      else catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [field] }));
      break;
    }
    case 'xfa': {
      const xfa = context.register(
        context.stream('<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><script>app.alert(1)</script></xdp:xdp>'),
      );
      const form = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
      if (form) form.set(PDFName.of('XFA'), xfa);
      else catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [], XFA: xfa }));
      break;
    }
    case 'rich-media':
      addAnnotation(
        page,
        context.register(
          context.obj({
            Type: 'Annot',
            Subtype: 'RichMedia',
            Rect: [50, 400, 250, 500],
            RichMediaContent: { Assets: { Names: [PDFString.of('movie.swf'), fileSpec(doc)] } },
          }),
        ),
      );
      break;
    case 'outline-js': {
      const outlines = context.register(context.obj({ Type: 'Outlines', Count: 1 }));
      const item = context.register(
        context.obj({ Title: PDFString.of('Start'), Parent: outlines, A: js(doc, 'app.alert("outline")') }),
      );
      const dict = context.lookup(outlines, PDFDict);
      dict.set(PDFName.of('First'), item);
      dict.set(PDFName.of('Last'), item);
      catalog.set(PDFName.of('Outlines'), outlines);
      break;
    }
    case 'metadata': {
      doc.setAuthor('Maria Silva');
      doc.setProducer('Secret Scanner Pro 9.1');
      doc.setCreator('Agency Tool');
      const xmp = context.register(
        context.stream(
          '<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Maria Silva</dc:creator></x:xmpmeta>',
          {
            Type: 'Metadata',
            Subtype: 'XML',
          },
        ),
      );
      catalog.set(PDFName.of('Metadata'), xmp);
      break;
    }
  }
}

/** A one-page PDF holding the given constructs (all of them for `combined`). */
export async function hostilePdf(constructs: readonly Construct[], photo?: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(`Hostile test page: ${constructs.join(', ')}`, { x: 50, y: 780, size: 10, font });
  if (photo) {
    const image = await doc.embedJpg(photo);
    page.drawImage(image, { x: 50, y: 100, width: 495, height: 280 });
  }
  for (const construct of constructs) addConstruct(doc, page, construct, font.ref);
  page.node.set(PDFName.of('Rotate'), PDFNumber.of(0));
  return doc.save({ useObjectStreams: false });
}

/** A phone photo with EXIF: camera make, a comment and a GPS position (Lisbon). */
export async function photoWithGps(width = 1600, height = 1200, quality = 90): Promise<Uint8Array> {
  const noise = Buffer.alloc(width * height * 3);
  let seed = 12345;
  for (let i = 0; i < noise.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = 96 + (seed % 128);
  }
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone X', ImageDescription: 'passport photo of Maria' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 43/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '9/1 8/1 0/1' },
    })
    .toBuffer();
}

/** Encrypt with native qpdf (AES-256), as a bank or an agency's scanner would. */
export function encryptWithQpdf(input: Uint8Array, dir: string, name: string, password: string): string {
  const plain = join(dir, `${name}.plain.pdf`);
  const out = join(dir, `${name}.pdf`);
  writeFileSync(plain, input);
  execFileSync('qpdf', ['--encrypt', password, `${password}-owner`, '256', '--', plain, out]);
  return out;
}

/**
 * The independent check: qpdf rewrites the file in QDF form (every stream uncompressed,
 * no object streams), then the text is searched for each forbidden key.
 */
export function forbiddenKeysIn(pdfPath: string, dir: string): string[] {
  const qdf = join(dir, `${Date.now()}-${Math.random().toString(36).slice(2)}.qdf.pdf`);
  try {
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdfPath, qdf]);
  } catch (error) {
    // qpdf exits 3 on warnings but still writes the file.
    if ((error as { status?: number }).status !== 3) throw error;
  }
  const text = readFileSync(qdf).toString('latin1');
  const found = FORBIDDEN.filter((key) => new RegExp(`${key.replace('/', '\\/')}(?![A-Za-z0-9])`).test(text));
  if (text.includes('Exif\0\0')) found.push('JPEG EXIF');
  if (text.includes('Maria Silva')) found.push('author name');
  return found;
}
