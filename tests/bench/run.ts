import fs from 'node:fs';
import path from 'node:path';
import { benchAssetRequests } from './asset.bench';
import { benchLargeBackup } from './backup-large.bench';
import { benchBackup } from './backup.bench';
import { benchCertificates } from './certificates.bench';
import { benchCli } from './cli.bench';
import { benchCommits } from './commit.bench';
import { benchDashboard } from './dashboard.bench';
import { benchExport } from './export.bench';
import { benchImport } from './import.bench';
import { benchModuleOpen } from './open.bench';
import { benchPackagings } from './packaging.bench';
import { benchPortfolio } from './portfolio.bench';
import { benchReport } from './report.bench';
import { benchSizes } from './size.bench';
import { benchValidate } from './validate.bench';

/**
 * `npm run bench`: speed and size figures, one `BENCH <name> <value> <unit>` line each, every
 * timing beside a baseline measured in the same run (ratios hold on a noisy machine).
 */
async function main() {
  if (!fs.existsSync(path.resolve(__dirname, '../../out/sco/sco.js'))) {
    console.error('Build first: npm run build');
    process.exit(1);
  }
  benchValidate();
  benchCommits();
  benchDashboard();
  benchAssetRequests();
  benchSizes();
  await benchExport();
  await benchPackagings();
  await benchModuleOpen();
  benchCli();
  benchImport();
  await benchBackup();
  benchLargeBackup();
  benchPortfolio();
  await benchCertificates();
  await benchReport();
}

void main();
