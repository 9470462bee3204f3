// Prints the closing line CI reads: "tests: N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync("test-reports/vitest.json")) {
  const v = JSON.parse(readFileSync("test-reports/vitest.json", "utf8"));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (existsSync("test-reports/e2e.json") && process.env.SKIP_E2E !== "1") {
  const e = JSON.parse(readFileSync("test-reports/e2e.json", "utf8"));
  passed += e.stats?.expected ?? 0;
  failed += e.stats?.unexpected ?? 0;
  skipped += e.stats?.skipped ?? 0;
  passed += e.stats?.flaky ?? 0;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
