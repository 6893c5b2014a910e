// Preloaded with `node --import` into a CLI process the bench spawns: the peak resident set of this
// process's own memory, printed as it exits (no /usr/bin/time needed). On Linux it is VmHWM of
// /proc/self/status: getrusage's maxRSS also counts the bench runner's memory at fork, which the
// kernel keeps across exec, so every child read the same ~220 MB whatever it did.
import fs from 'node:fs';

function peakKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: getrusage is the best there is.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  fs.writeSync(2, `\nPEAK_RSS_KB ${peakKb()}\n`);
});
