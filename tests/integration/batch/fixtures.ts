import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { CORPUS } from '../../corpus';
import { VALID_CLIENT_JSON } from '../../client-json';

/** The shared test corpus (read-only): real scans, photos, encrypted and broken files. */
export { CORPUS, VALID_CLIENT_JSON };

/** Passwords the fixtures use; tests check none of them appears in any output. */
export const PASSWORDS = {
  ana: 'ELXRTQWS',
  bruno: 'view',
  gina: 'user3',
  duartWrong: 'not-the-password',
} as const;

type Layout = Record<string, string | { json: unknown }>;

async function place(clientDir: string, layout: Layout): Promise<void> {
  for (const [target, source] of Object.entries(layout)) {
    const path = join(clientDir, target);
    await mkdir(dirname(path), { recursive: true });
    if (typeof source === 'string') await copyFile(join(CORPUS, source), path);
    else await writeFile(path, JSON.stringify(source.json, null, 2));
  }
}

/**
 * Eight clients built from the corpus, covering both layouts and the ways a
 * client can go wrong. Returns the clients folder and the batch passwords file.
 */
export async function buildEightClients(root: string): Promise<{ clients: string; passwordsFile: string }> {
  const clients = join(root, 'clients');
  // 1. Subfolder style, every category a work permit needs, a password-protected Finanças PDF (passwords.json), two merged statements.
  await place(join(clients, '01-ana-folders'), {
    'passport/passport.pdf': 'scans/linn.pdf',
    'residence-permit/card-front.jpg': 'images/exif_orientation_6.jpg',
    'financas-no-debt/certidao.pdf': 'encrypted/aes-128_R4_pw-ELXRTQWS.pdf',
    'social-security-no-debt/declaracao.pdf': 'scans/kcs.pdf',
    'proof-of-address/contrato.pdf': 'scans/epson.pdf',
    'income-proof/statement-1.pdf': 'scans/c02-22.pdf',
    'income-proof/statement-2.pdf': 'scans/skew.pdf',
    'employment-contract/contrato.pdf': 'scans/jbig2.pdf',
    'passwords.json': { json: { 'certidao.pdf': PASSWORDS.ana } },
    'client.json': { json: VALID_CLIENT_JSON },
  });
  // 2. Loose files sorted by keywords (PT and EN), one file that fits no category.
  await place(join(clients, '02-bruno-loose'), {
    'Passaporte Bruno.heic': 'images/example.heic',
    'titulo de residencia.png': 'images/baiona_alpha.png',
    'Certidão Finanças.pdf': 'encrypted/rc4-40_R2_user-view_owner-master.pdf',
    'Segurança Social declaração.pdf': 'scans/ccitt.pdf',
    'contrato de arrendamento.tiff': 'images/g4-multi.tiff',
    'bank statement 2026.pdf': 'scans/cardinal.pdf',
    'IMG_0042.webp': 'images/photo.webp',
    'passwords.json': { json: { 'Certidão Finanças.pdf': PASSWORDS.bruno } },
  });
  // 3. A broken file: a cut PDF beside a good page in the passport, and an empty income statement.
  await place(join(clients, '03-carla-broken'), {
    'passport/1-scan.pdf': 'broken/truncated_linn.pdf',
    'passport/2-photo.png': 'scans/linn.png',
    'income-proof/recibo.pdf': 'broken/zero_bytes.pdf',
  });
  // 4. A wrong PDF password.
  await place(join(clients, '04-duarte-wrong-password'), {
    'passport/passport.pdf': 'scans/jbig2.pdf',
    'financas-no-debt/certidao.pdf': 'encrypted/aes-256_R6_utf8-pw.pdf',
    'passwords.json': { json: { 'financas-no-debt/certidao.pdf': PASSWORDS.duartWrong } },
  });
  // 5. An invalid client.json (a date in the wrong format, a NIF that is not nine digits, a misspelt field).
  await place(join(clients, '05-eva-invalid-json'), {
    'passport/passport.pdf': 'scans/francais.pdf',
    'client.json': {
      json: {
        person: { fullName: 'Eva Lima', nif: '12AB' },
        situation: { ...VALID_CLIENT_JSON.situation, permitExpiry: '31/12/2026', hasNis: true },
      },
    },
  });
  // 6. Mixed: a category folder and loose files; an owner-only encrypted PDF (opens without a password).
  await place(join(clients, '06-filipe-mixed'), {
    'passport/p1.jpg': 'images/baiona_cmyk.jpg',
    'comprovativo de morada.pdf': 'scans/multipage.pdf',
    'seguranca-social.pdf': 'encrypted/aes-256_R6_empty-user-pw.pdf',
  });
  // 7. The password comes from the batch --passwords file, not from the client folder.
  await place(join(clients, '07-gina-batch-passwords'), {
    'financas-no-debt/certidao.pdf': 'encrypted/aes-256_R5_user-user3_owner-owner3.pdf',
    'residence-permit/card.png': 'images/sample_16bit.png',
  });
  // 8. Complete, valid client.json with a DUC: route and DUC deadline in the summary.
  await place(join(clients, '08-hugo-complete'), {
    'passport.pdf': 'scans/kcs.pdf',
    'residence-permit.gif': 'images/cogs_animated.gif',
    'financas.pdf': 'encrypted/aes-128_R4_empty-user-pw.pdf',
    'seguranca social.pdf': 'encrypted/rc4-40_R3_pw-623.pdf',
    'morada.png': 'images/baiona_palette.png',
    'rendimentos.pdf': 'scans/c02-22.pdf',
    'contrato de trabalho.jpg': 'images/exif_orientation_6.jpg',
    'passwords.json': { json: { 'seguranca social.pdf': '623' } },
    'client.json': { json: VALID_CLIENT_JSON },
  });
  const passwordsFile = join(root, 'batch-passwords.json');
  await writeFile(passwordsFile, JSON.stringify({ '07-gina-batch-passwords': { 'certidao.pdf': PASSWORDS.gina } }));
  return { clients, passwordsFile };
}
