/**
 * npm run fuzz — a longer fuzz run of the document pipeline than the one in the test suite
 * (tests/integration/fuzz): 2,000 mutants by default with a random seed, printed so a finding can
 * be replayed (`AIMA_FUZZ_SEED=<seed> npm run fuzz`). Findings are printed and the exit code is 1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFuzz } from '../tests/integration/fuzz/fuzz-run';

const seed = Number(process.env.AIMA_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const mutants = Number(process.env.AIMA_FUZZ_MUTANTS ?? 2000);
const workDir = await mkdtemp(join(tmpdir(), 'aima-fuzz-'));
console.log(`fuzz: seed ${seed}, ${mutants} mutants`);
try {
  const result = await runFuzz({
    seed,
    mutants,
    budgetMs: Number(process.env.AIMA_FUZZ_BUDGET_MS ?? 60 * 60 * 1000),
    perMutantMs: 60_000,
    workDir,
    log: (line) => console.log(line),
  });
  console.log(
    `${result.done} mutants in ${Math.round(result.elapsedMs / 1000)} s; ${result.ready} rated ready, all rendered by poppler`,
  );
  for (const limit of result.knownLimits) console.log(`known limit (JBIG2 data damage only poppler reports): ${limit.mutant}`);
  for (const finding of result.findings) console.log(`${finding.kind}: ${finding.mutant}\n  ${finding.detail}`);
  process.exitCode = result.findings.length > 0 ? 1 : 0;
} finally {
  await rm(workDir, { recursive: true, force: true });
}
