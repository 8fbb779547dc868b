// `npm run data:check [dir]`: validates the dataset; exits non-zero with one line per problem.
import path from "node:path"
import { checkDataDir } from "../lib/data/check"
import { formatIssue } from "../lib/data/validate"

const dir = path.resolve(process.argv[2] ?? "data")
const result = checkDataDir(dir)
if (result.ok) {
  console.log(`data:check ok: ${result.summary}`)
} else {
  for (const issue of result.issues) console.error(formatIssue(issue))
  console.error(`data:check failed: ${result.issues.length} problem${result.issues.length === 1 ? "" : "s"}`)
  process.exit(1)
}
