import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints each skipped test with its reason, then the closing line CI reads:
 * "tests: N passed, N failed, N skipped".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    const skipped: string[] = [];
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      if (module.state() === 'failed' && tests.length === 0) failed += 1; // a file that failed to load
      for (const test of tests) {
        const result = test.result();
        if (result.state === 'passed') passed += 1;
        else if (result.state === 'failed') failed += 1;
        else skipped.push(`  skipped: ${test.fullName}${result.state === 'skipped' && result.note ? ` — ${result.note}` : ''}`);
      }
    }
    if (skipped.length > 0) process.stdout.write(`\n${skipped.join('\n')}\n`);
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped.length} skipped\n`);
  }
}
