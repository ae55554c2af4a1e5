import 'reflect-metadata';
import { ConfigError, loadConfigSubset } from '../core/config/config.schema';
import { formatVerificationReport, verifyAuditDatabase } from '../core/audit/audit-verifier';

/**
 * Recomputes every audit chain (`npm run audit:verify`). Prints one line per organization's
 * chain and exits 0 when all are intact, 1 when any is broken, 2 when it could not check.
 */
if (require.main === module) {
  let config: { databaseUrl: string };
  try {
    config = loadConfigSubset(['databaseUrl']);
  } catch (error) {
    process.stderr.write(`${(error as ConfigError).message}\n`);
    process.exit(78);
  }
  verifyAuditDatabase(config.databaseUrl)
    .then((report) => {
      process.stdout.write(formatVerificationReport(report));
      process.exit(report.intact ? 0 : 1);
    })
    .catch((error: Error) => {
      process.stderr.write(`Audit verification could not run: ${error.message}\n`);
      process.exit(2);
    });
}
