"use client"

import dynamic from "next/dynamic"
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from "react"
import type { ChartPanel, ChartPoint } from "@/lib/charts/spec"
import type { Locale } from "@/lib/data/schema"
import { useHydrated, useMediaQuery } from "@/components/use-hydrated"
import { PHONE_DECK_QUERY } from "@/lib/deck/presenter"
import { chosenScale, hasScaleSwitch, type Scale } from "@/lib/url/scale-param"
import { useChartTheme } from "./chart-theme"
import { useShouldDraw } from "./draw-gate"
import { chooseScale, useScaleChoices } from "./use-scale-choices"

// Two drawings of one layout (lib/charts/layout.ts). The server's is in the HTML (server-drawing.tsx), at
// a desktop width that scales to any other, so the chart is there with no script, in the browser's own
// print and before any of this code loads. Recharts, which draws nothing on the server, then redraws it at
// the box's real width, in its own chunk, after hydration and only when needed (see draw-gate.tsx), and
// the server's drawing is removed once the browser's is in. Everything else here renders on the server.
const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false })
const BarsChart = dynamic(() => import("./bars-chart").then((m) => m.BarsChart), { ssr: false })

const ignoreHover = () => {}

type PanelLabels = {
  chartLabel: string
  readoutEmpty: string
  /** "Source: …" for each source label the panel's points carry (translated on the server). */
  readoutSources: Record<string, string>
  scaleLog: string
  scaleLinear: string
  toLinear: string
  toLog: string
  caveatTitles: Record<string, string>
}

type Props = {
  /** The panel's data, from the server's render (the dataset is static: the browser never asks for it). */
  panel: ChartPanel
  locale: Locale
  labels: PanelLabels
  chartHeight: number | string
  defaultScale: Scale
  /** On a slide: large type, no readout or keyboard stepping (the deck owns the arrow keys). */
  variant?: "page" | "slide"
  /** The server's drawing of this panel, shown until the browser's own is in. */
  serverDrawing?: ReactNode
}

export function PanelChart({
  panel,
  locale,
  labels,
  chartHeight,
  defaultScale,
  variant = "page",
  serverDrawing,
}: Props) {
  const [activeKey, setActiveKey] = useState<string | null>(null)
  // The reader's choice is in the address (?scale=…), so a copied link keeps it; a slide has no switch.
  const choices = useScaleChoices()
  const switchable = variant === "page" && hasScaleSwitch(defaultScale)
  const scale = switchable ? chosenScale(choices, panel.id, defaultScale) : defaultScale
  const hydrated = useHydrated()
  const box = useRef<HTMLDivElement>(null)
  // A slide's chart is drawn for the 1920 px stage (24 px labels), except on a phone, where the slide is
  // reflowed to the screen's width and the page's sizes fit (app/globals.css).
  const phone = useMediaQuery(PHONE_DECK_QUERY)
  // On a slide the server's drawing is already at the box's size: the stage is 1920 px wide on any screen
  // (scaled, not reflowed) and nothing on a slide is hovered, so a light deck redraws nothing and loads no
  // chart code. The browser redraws a slide's chart where the server's cannot serve: on a phone, which
  // reflows the slide to its own width, and in the projector theme (the server draws the light one, which
  // is also what paper gets).
  const theme = useChartTheme()
  const near = useShouldDraw(box)
  const draw = near && (variant === "page" || phone || theme !== "light")
  const size = useBoxSize(box, draw)
  const client = useRef<HTMLDivElement>(null)
  const hasMarks = panel?.layers.some((l) => l.points.length > 0) ?? false
  const clientDrawn = useDrawn(box, client, draw, hasMarks ? "svg [data-mark]" : "svg")

  // Keyboard order: along time (left to right in both languages), or down the list of countries.
  const order = useMemo<ChartPoint[]>(() => {
    if (!panel) return []
    const all = panel.layers.flatMap((l) => l.points)
    if (panel.kind === "trend") return [...all].sort((a, b) => a.x - b.x)
    const rank = new Map(panel.categories.map((c, i) => [c.code, i]))
    return [...all].sort((a, b) => (rank.get(a.category!) ?? 0) - (rank.get(b.category!) ?? 0) || a.x - b.x)
  }, [panel])

  // The chart can take focus in the server HTML, before the page hydrates (pages paint first, see
  // lib/build/defer-hydration.ts). That focus fired no onFocus here, so announce the first point now, as if
  // it had: a keyboard reader who got there early is not left with silence.
  useEffect(() => {
    if (box.current !== null && box.current === document.activeElement && order[0]) {
      const first = order[0].key
      setActiveKey((key) => key ?? first)
    }
  }, [order])

  if (!panel) return null
  const active = order.find((p) => p.key === activeKey) ?? null
  const onSlide = variant === "slide"
  const large = onSlide && !phone

  // On a slide nothing is hovered or stepped through: the presenter points, the deck owns the keys.
  const shared = { locale, activeKey, onHover: onSlide ? ignoreHover : setActiveKey, large, theme, ...size }
  const drawing = (
    <>
      {!clientDrawn && serverDrawing}
      {draw && size.width > 0 && (
        // Its own direction, left to right, like the server's: time runs left to right in both languages,
        // and each Arabic label carries its direction in-band (lib/charts/layout.ts).
        <div ref={client} dir="ltr" className="absolute inset-0" data-client-drawing>
          {panel.kind === "trend" ? (
            <TrendChart panel={panel} scale={scale} {...shared} />
          ) : (
            <BarsChart panel={panel} {...shared} />
          )}
        </div>
      )}
    </>
  )

  if (onSlide) {
    return (
      <div ref={box} className="relative" style={{ height: chartHeight }} data-chart-panel={panel.id}>
        {drawing}
      </div>
    )
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const i = active ? order.indexOf(active) : -1
    const next: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: order.length - 1,
    }
    if (!(e.key in next)) return
    e.preventDefault()
    const target = order[Math.min(Math.max(next[e.key]!, 0), order.length - 1)]
    if (target) setActiveKey(target.key)
  }

  return (
    <div>
      {switchable && (
        <div className="mb-2 flex h-16 items-center justify-between gap-3 text-sm">
          <p data-scale={scale}>{scale === "log" ? labels.scaleLog : labels.scaleLinear}</p>
          <button
            type="button"
            onClick={() => chooseScale(panel.id, scale === "log" ? "linear" : "log", defaultScale)}
            disabled={!hydrated}
            className="rounded border border-slate-600 px-2 py-1 font-medium hover:bg-slate-100 disabled:cursor-progress disabled:opacity-60"
          >
            {scale === "log" ? labels.toLinear : labels.toLog}
          </button>
        </div>
      )}
      <div
        tabIndex={0}
        role="group"
        aria-label={labels.chartLabel}
        aria-describedby={`${panel.id}-desc`}
        onKeyDown={onKeyDown}
        onFocus={() => activeKey === null && order[0] && setActiveKey(order[0].key)}
        onMouseLeave={() => setActiveKey(null)}
        className="relative rounded focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        style={{ height: chartHeight }}
        data-chart-panel={panel.id}
        ref={box}
      >
        {drawing}
      </div>
      <p aria-live="polite" className="sr-only" data-live>
        {active?.announcement ?? ""}
      </p>
      <div
        className="mt-2 h-32 overflow-hidden rounded bg-slate-50 px-3 py-2 text-sm print:hidden"
        data-readout
        aria-hidden="true"
      >
        {active ? (
          <>
            <p className="font-semibold">
              {active.periodLabel}: {active.valueLabel}{" "}
              <span className="font-normal">({active.statusLabel})</span>
            </p>
            <p className="truncate">{labels.readoutSources[active.sourceLabel] ?? ""}</p>
            {active.assumptions && (
              <p className="line-clamp-2" data-readout-assumptions>
                {active.assumptions}
              </p>
            )}
            {active.caveatIds.length > 0 && (
              <p className={active.assumptions ? "truncate" : "line-clamp-2"}>
                {active.caveatIds.map((id) => labels.caveatTitles[id]).join(" · ")}
              </p>
            )}
          </>
        ) : (
          <p className="text-slate-700">{labels.readoutEmpty}</p>
        )}
      </div>
    </div>
  )
}

/** The box's size once the chart is to be drawn, kept up to date as the window changes. */
function useBoxSize(box: RefObject<HTMLElement | null>, active: boolean): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 })
  useEffect(() => {
    const el = box.current
    if (!active || !el) return
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [box, active])
  return size
}

/**
 * True while the browser's drawing is in and has its marks: the server's drawing can then go. False again
 * when the browser's drawing is taken away (a deck switched back to the light theme), so that the
 * server's returns.
 */
function useDrawn(
  box: RefObject<HTMLElement | null>,
  client: RefObject<HTMLElement | null>,
  active: boolean,
  /** What the browser's drawing must hold before it stands alone: its marks, or for a panel with none its SVG. */
  ready: string,
): boolean {
  const [drawn, setDrawn] = useState(false)
  useEffect(() => {
    const el = box.current
    if (!active || !el) return
    // The browser's drawing mounts a render or two after `active` (it waits for the box's size, then
    // for Recharts' own state, which puts in the SVG's frame a render before its series): watch the panel
    // until its marks are there, and no longer (hovering a mark changes the drawing on every move).
    // Waiting for the SVG alone let the server's drawing go a frame before the series came, a blank flash.
    const observer = new MutationObserver(() => check())
    const check = () => {
      if (!client.current?.querySelector(ready)) return
      setDrawn(true)
      observer.disconnect()
    }
    observer.observe(el, { childList: true, subtree: true })
    check()
    return () => {
      observer.disconnect()
      setDrawn(false)
    }
  }, [box, client, active, ready])
  return drawn
}
