import type { ChartPanel } from "@/lib/charts/spec"
import { panelSvg } from "@/lib/charts/layout"
import { chartFontSize, DRAW_WIDTH } from "@/lib/charts/size"
import type { Locale } from "@/lib/data/schema"
import { svgToString } from "@/lib/charts/svg-tree"

type Props = {
  panel: ChartPanel
  locale: Locale
  variant: "page" | "slide"
  /** In CSS px on a page, in stage px on a slide. */
  height: number
  scale: "linear" | "log"
}

/**
 * A panel drawn on the server, into the HTML, from its layout (lib/charts/layout.ts): every mark, label,
 * event and range is there with no script, in a page saved or printed from the browser's own menu, and
 * before the browser's drawing (panel-chart.tsx) replaces it at the box's real width. It is drawn in the
 * light theme, the page's and paper's; a deck shown in the projector theme has its near slides redrawn.
 */
export function ServerDrawing({ panel, locale, variant, height, scale }: Props) {
  const svg = panelSvg(panel, DRAW_WIDTH[variant], height, {
    locale,
    // Its own pattern ids: the browser's drawing, in the same box for a moment, has the panel's.
    scope: `${panel.id}-server`,
    fontSize: chartFontSize(variant === "slide"),
    scale,
  })
  // As markup, not React elements: it is handed to a client component (panel-chart.tsx), and React would
  // otherwise hydrate each of its thousands of nodes and carry each as an element in the page's payload.
  // The markup is the exports' own serialisation of the same tree (lib/charts/svg-tree.ts escapes every value).
  return <div className="h-full" data-server-drawing dangerouslySetInnerHTML={{ __html: svgToString(svg) }} />
}
