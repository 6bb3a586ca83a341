// Preloaded with `node --import`: writes the peak resident set size, in kilobytes, to the file
// named by RETAILGOV_BENCH_RSS_FILE when the process exits. retailgov runs with this preload
// alone, because the corpus tests already prove it opens no connection. The anchors also get
// measure.mjs, which blocks the network at a start-up cost of a few tens of milliseconds.
import { writeFileSync } from 'node:fs';

const reportFile = process.env.RETAILGOV_BENCH_RSS_FILE;
if (reportFile !== undefined) {
  process.on('exit', () => {
    writeFileSync(reportFile, String(process.resourceUsage().maxRSS));
  });
}
