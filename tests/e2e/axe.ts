import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

/** The standard every page is held to: WCAG 2.2 AA (axe's tags for A and AA of 2.0, 2.1 and 2.2). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

/**
 * An axe scan of the page, or of the part `include` names, at WCAG 2.2 AA. Legacy mode runs `axe.run`
 * inside the page: the default mode runs axe in every frame, serialises every node's result (passes
 * included) and finishes the run in a second, blank page, which on the 3,300-element dashboard took longer
 * than the scan itself (6.7 s against 3.7 s for the same result on `/`, 2026-12-03). What it adds is
 * cross-origin frames, and no page here has a frame (an embed is only ever framed by other sites).
 * Not `resultTypes: ["violations"]`: that truncates the passes that landmark-unique's after-step compares,
 * and it then reports a landmark as a duplicate of itself.
 */
function axeScan(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true)
  return (include ? builder.include(include) : builder).analyze()
}

/** Each violation as "rule (impact): the first three targets", so a failure names what to fix. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const results = await axeScan(page, include)
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  )
}

/** Fails the test with every violation axe finds. */
export async function expectNoViolations(page: Page, include?: string) {
  expect(await axeViolations(page, include)).toEqual([])
}
