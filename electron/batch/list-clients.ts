import { join, resolve } from 'node:path';
import type { ClientListing } from '../../shared/batch/listing';
import { outputAffectingSettings, type BatchSettings } from '../../shared/batch/settings';
import { rulesMeta } from '../../shared/rules/meta';
import { readMarker } from './client-output';
import { clientInputHash } from './input-hash';
import { listClientFolders, scanClientFolder } from '../clients/scan';

/**
 * The clients of a clients folder as the agency view lists them: layout, how
 * many documents, what could not be sorted, and what the last complete output
 * in `outDir` says (and whether it is still up to date with the inputs).
 */
export async function listClients(
  clientsFolder: string,
  outDir: string | null,
  settings: BatchSettings,
  appVersion: string,
): Promise<ClientListing[]> {
  const names = await listClientFolders(clientsFolder, outDir ? [resolve(outDir)] : []);
  const listings: ClientListing[] = [];
  for (const client of names) {
    const scan = await scanClientFolder(join(clientsFolder, client));
    const files = scan.inputs.reduce((sum, input) => sum + input.files.length, 0) + scan.unsorted.length;
    let lastRun: ClientListing['lastRun'] = null;
    const marker = outDir ? await readMarker(join(outDir, client)) : null;
    if (marker) {
      const hash = await clientInputHash(scan, {
        settings: outputAffectingSettings(settings),
        appVersion,
        rulesVersion: rulesMeta.rulesVersion,
      });
      lastRun = { status: marker.row.status, completedAt: marker.completedAt, upToDate: hash === marker.inputHash };
    }
    listings.push({
      client,
      folder: resolve(clientsFolder, client),
      outputFolder: marker && outDir ? resolve(outDir, client) : null,
      layout: scan.layout,
      files,
      unsortedFiles: scan.unsorted.length,
      hasClientJson: scan.clientJsonPath !== null,
      hasPasswords: scan.passwordsPath !== null,
      lastRun,
    });
  }
  return listings;
}
