// Loaded with `node --import` before the aima-prep command in a test: on exit, writes the process's peak
// resident size (getrusage's ru_maxrss, in kB, covering every worker thread) to AIMA_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.AIMA_RSS_FILE) writeFileSync(process.env.AIMA_RSS_FILE, String(process.resourceUsage().maxRSS));
});
