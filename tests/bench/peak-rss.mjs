// Preloaded with `node --import` into a CLI process the bench spawns: getrusage's peak resident
// set of the whole process, printed as it exits (no /usr/bin/time needed).
import fs from 'node:fs';

process.on('exit', () => {
  fs.writeSync(2, `\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
