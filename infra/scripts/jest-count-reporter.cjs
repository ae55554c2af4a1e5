// Writes a jest run's counts to $REHA_JEST_REPORT as soon as the run completes — before global
// teardown, so the counts survive whatever teardown does to the process.
const { writeFileSync } = require('node:fs');

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.REHA_JEST_REPORT;
    if (!file) return;
    writeFileSync(
      file,
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests,
        numPendingTests: results.numPendingTests,
        numTodoTests: results.numTodoTests,
        numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
      }),
    );
  }
}

module.exports = CountReporter;
