import type { Theme } from "@/lib/charts/colours"
import type { Locale } from "@/lib/data/schema"

/** Called with the key of the mark under the pointer, or null when it leaves. */
export type Hover = (key: string | null) => void

/**
 * What the browser's drawing of a panel takes from components/charts/panel-chart.tsx, which hands the same
 * props to a trend and a bars panel: the box's size, the panel, and the hovered or stepped-to mark.
 */
export type ChartProps<P> = {
  width: number
  height: number
  large?: boolean
  panel: P
  locale: Locale
  activeKey: string | null
  onHover: Hover
  theme?: Theme
}
