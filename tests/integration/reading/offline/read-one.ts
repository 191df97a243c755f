// Run by offline.test.ts in a child process whose network is blocked (block-network.cjs).
import { readFile } from 'node:fs/promises';
import { closeOcr } from '../../../../electron/reading/ocr';
import { readPassportImage } from '../../../../electron/reading/read-passport';

const reading = await readPassportImage(await readFile(process.argv[2]!), '2026-12-01');
await closeOcr();
process.stdout.write(JSON.stringify(reading));
