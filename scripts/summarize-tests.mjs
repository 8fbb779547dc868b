// Prints one closing line for unit + browser tests together: "tests: N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs"

let passed = 0
let failed = 0
let skipped = 0
const [unitFile, e2eFile] = process.argv.slice(2)

if (unitFile && existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, "utf8"))
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + unit.numTodoTests
} else {
  failed += 1
  console.log("unit test results missing")
}

if (e2eFile && existsSync(e2eFile)) {
  const { stats } = JSON.parse(readFileSync(e2eFile, "utf8"))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
  skipped += stats.skipped
} else {
  failed += 1
  console.log("browser test results missing")
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
