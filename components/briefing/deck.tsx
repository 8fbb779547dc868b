"use client"

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react"
import { PresenterPane, type PresenterLabels } from "@/components/briefing/presenter-pane"
import { DeckTheme } from "@/components/charts/chart-theme"
import { SlideDistance } from "@/components/charts/draw-gate"
import { LanguageSwitch } from "@/components/language-switch"
import { replaceAddressSearch, useAddressSearch } from "@/components/use-address"
import { useMediaQuery } from "@/components/use-hydrated"
import type { Theme } from "@/lib/charts/colours"
import type { Locale } from "@/lib/i18n/locale"
import { deckSearch, loadDeckSearchParams, type DeckQuery } from "@/lib/url/deck-params"
import {
  deckChannelName,
  isDeckMessage,
  PHONE_DECK_QUERY,
  presenterSearch,
  type DeckMessage,
} from "@/lib/deck/presenter"

type DeckLabels = {
  deck: string
  roleDescription: string
  prev: string
  next: string
  /** "Slide n of total" for each slide, formatted on the server. */
  counter: string[]
  /** "Next: <title>" for each slide, shown in the presenter view while the slide before it is up. */
  nextUp: string[]
  notes: string
  fullscreen: string
  print: string
  exit: string
  languageSwitch: string
  languageSwitchLabel: string
  presenter: string
  presenterBlocked: string
  projector: string
  pptx: string
  /** What the PowerPoint link shows: the toolbar has no room for its full name at 1024 px. */
  pptxShort: string
} & PresenterLabels

type Props = {
  /** `notes`: the slide's talking points for the presenter view (the slide's own content shows them on N). */
  slides: { id: string; title: string; content: ReactNode; notes?: string[] }[]
  locale: Locale
  exitHref: string
  /** The deck as a PowerPoint file (GET /api/briefing/pptx with this deck's language and figures). */
  pptxHref: string
  labels: DeckLabels
  /** The "Build this deck" control (components/briefing/deck-builder.tsx), in the audience's toolbar. */
  builder?: ReactNode
}

// Keys a presenter or a clicker sends. Clickers send PageDown/PageUp, some → and ←; Space advances as in
// every presentation program. → is "next" in Arabic too, not mirrored:
// - a clicker's "next" button that sends → must never go back, whatever the deck's language;
// - presentation programs (PowerPoint, Keynote) keep → as "next" for right-to-left decks;
// - time runs left to right on every chart in both languages (lib/charts/spec.ts), and the deck follows it.
function step(key: string): number | "first" | "last" | null {
  if (key === "PageDown" || key === " " || key === "Spacebar") return 1
  if (key === "PageUp") return -1
  if (key === "ArrowRight") return 1
  if (key === "ArrowLeft") return -1
  if (key === "ArrowDown") return 1
  if (key === "ArrowUp") return -1
  if (key === "Home") return "first"
  if (key === "End") return "last"
  return null
}

/** How long the controls stay after the last mouse move or key before they fade while presenting. */
const CONTROLS_IDLE_MS = 3000

/**
 * Whether the controls are shown. While presenting they fade after a few idle seconds (at once on entering
 * full screen), so the slide has the whole screen; a mouse move, a tap, a key that is not a slide move, or
 * focus or the pointer in the controls brings them back. Slide moves (a clicker's keys) leave them as they
 * are. Never hidden in the presenter's own window, nor on a phone, where they are a bar after the slides.
 */
function useControls(nav: RefObject<HTMLElement | null>, enabled: boolean): boolean {
  const [hidden, setHidden] = useState(false)
  useEffect(() => {
    if (!enabled) return
    let timer = 0
    let over = false
    const hideLater = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        if (over || nav.current?.contains(document.activeElement)) return hideLater()
        setHidden(true)
      }, CONTROLS_IDLE_MS)
    }
    const wake = () => {
      setHidden(false)
      hideLater()
    }
    const onKey = (e: KeyboardEvent) => {
      if (step(e.key) === null) wake()
    }
    const onFullscreen = () => {
      if (!document.fullscreenElement) return wake()
      window.clearTimeout(timer)
      setHidden(true)
    }
    const el = nav.current
    const enter = () => {
      over = true
      wake()
    }
    const leave = () => {
      over = false
    }
    // One signal removes every listener this effect adds, so the two lists cannot drift apart.
    const listeners = new AbortController()
    const { signal } = listeners
    window.addEventListener("pointermove", wake, { signal })
    window.addEventListener("pointerdown", wake, { signal })
    window.addEventListener("keydown", onKey, { signal })
    document.addEventListener("fullscreenchange", onFullscreen, { signal })
    el?.addEventListener("focusin", wake, { signal })
    el?.addEventListener("pointerenter", enter, { signal })
    el?.addEventListener("pointerleave", leave, { signal })
    hideLater()
    return () => {
      window.clearTimeout(timer)
      listeners.abort()
    }
  }, [nav, enabled])
  // Disabled (presenter window, phone), they are shown whatever the last state was.
  return !enabled || !hidden
}

/**
 * The deck's keys in the address (lib/url/deck-params.ts). While the page hydrates they are the ones the
 * server drew (`initial`), then the browser's address. Read this way rather than through
 * useSearchParams (or nuqs, which uses it) because a component that calls useSearchParams is not in a
 * prerendered page's HTML: it sits under a Suspense fallback and is rendered again, whole, in the
 * browser. For the deck that was every slide: about 300 ms of blocking time at load (Lighthouse, mobile).
 */
function useDeckQuery(initial: DeckQuery): DeckQuery {
  const search = useAddressSearch(deckSearch("", initial))
  return useMemo(() => loadDeckSearchParams(search), [search])
}

/** Writes the deck's keys into the address, replaced (components/use-address.ts). */
const writeDeckQuery = (change: Partial<DeckQuery>) =>
  replaceAddressSearch(deckSearch(window.location.search, change))

const writeSlide = (slide: number) => writeDeckQuery({ slide })
const writeTheme = (theme: Theme) => writeDeckQuery({ theme: theme === "projector" ? theme : null })

/**
 * The deck at the slide the address names (`?slide=`), mirroring every move back into it. With
 * `?view=presenter` it is the presenter's window (lib/deck/presenter.ts). `initial` is the view the server
 * drew: the route's own on a prerendered page (/briefing/slide/3 is /briefing?slide=3), the request's
 * on demand.
 */
export function Deck({
  slides,
  locale,
  exitHref,
  pptxHref,
  labels,
  builder,
  initial,
}: Props & { initial: DeckQuery }) {
  const query = useDeckQuery(initial)
  const presenter = query.view === "presenter"
  /** `?theme=projector`: white on black, for bright rooms and washed-out projectors (lib/charts/colours.ts). */
  const theme: Theme = query.theme ?? "light"
  const total = slides.length
  // The deck owns its position; the URL mirrors it (for reloads and shared links). Reading the position
  // back from the URL raced with the throttled URL writes when keys came quickly.
  const [index, setIndex] = useState(() => Math.min(Math.max(query.slide, 1), total) - 1)
  const indexRef = useRef(index)
  const [notes, setNotes] = useState(false)
  const [status, setStatus] = useState("")
  const deckRef = useRef<HTMLDivElement>(null)
  const navRef = useRef<HTMLElement>(null)
  const rtl = locale === "ar"
  // On a phone every slide is shown, one after another (app/globals.css): none is inert or hidden.
  const phone = useMediaQuery(PHONE_DECK_QUERY)
  const controlsShown = useControls(navRef, !presenter && !phone)

  // Moves this window's deck without telling the other window (used for what the other window said).
  const show = useCallback(
    (i: number) => {
      const next = Math.min(Math.max(i, 0), total - 1)
      indexRef.current = next
      setIndex(next)
      writeSlide(next + 1)
      return next
    },
    [total],
  )

  // The audience's window and the presenter's keep to the same slide: a move in either is sent to the
  // other on a channel of this deck (same origin, same browser; nothing leaves the machine).
  const channel = useRef<BroadcastChannel | null>(null)
  const channelName = deckChannelName(slides.map((s) => s.id))
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return
    const c = new BroadcastChannel(channelName)
    c.onmessage = (e: MessageEvent<unknown>) => {
      if (isDeckMessage(e.data)) show(e.data.slide)
    }
    channel.current = c
    return () => {
      c.close()
      channel.current = null
    }
  }, [channelName, show])

  const go = useCallback(
    (i: number) => {
      const message: DeckMessage = { slide: show(i) }
      channel.current?.postMessage(message)
    },
    [show],
  )

  const openPresenter = useCallback(() => {
    const url = `${window.location.pathname}${presenterSearch(window.location.search, indexRef.current + 1)}`
    const win = window.open(url, "csea-presenter", "popup,width=1280,height=800")
    setStatus(win ? "" : labels.presenterBlocked)
  }, [labels.presenterBlocked])

  // Every slide's chart is in the HTML (drawn on the server), so the dialogue can open at once.
  const print = useCallback(() => window.print(), [])

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      // Shortcuts with a modifier (Ctrl+P) are the browser's.
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return
      const target = e.target as HTMLElement | null
      // Keys typed into a control belong to the control.
      if (
        target?.closest("input, select, textarea, button, a, summary") &&
        e.key !== "PageDown" &&
        e.key !== "PageUp"
      )
        return
      const s = step(e.key)
      if (s !== null) {
        e.preventDefault()
        go(s === "first" ? 0 : s === "last" ? total - 1 : indexRef.current + s)
        return
      }
      if (e.key === "f" || e.key === "F") {
        e.preventDefault()
        if (document.fullscreenElement) void document.exitFullscreen()
        else void document.documentElement.requestFullscreen?.().catch(() => {})
      }
      if (e.key === "p" || e.key === "P") {
        e.preventDefault()
        print()
      }
      if (e.key === "n" || e.key === "N") {
        e.preventDefault()
        setNotes((v) => !v)
      }
      if (e.key === "t" || e.key === "T") {
        e.preventDefault()
        writeTheme(theme === "projector" ? "light" : "projector")
      }
      if ((e.key === "s" || e.key === "S") && !presenter) {
        e.preventDefault()
        openPresenter()
      }
    }
    window.addEventListener("keydown", onKey)
    // Says when the keys work (before hydration a key press has nowhere to go).
    deckRef.current?.setAttribute("data-ready", "")
    return () => window.removeEventListener("keydown", onKey)
  }, [go, print, total, openPresenter, presenter, theme])

  const button =
    "rounded border-2 border-black bg-white px-3 py-1 font-semibold hover:bg-slate-100 disabled:opacity-50"
  return (
    <div
      ref={deckRef}
      className="deck"
      data-view={presenter ? "presenter" : "audience"}
      data-show-notes={notes ? "on" : "off"}
      data-controls={controlsShown ? "shown" : "hidden"}
      data-theme={theme}
      role="region"
      aria-roledescription={labels.roleDescription}
      aria-label={labels.deck}
    >
      <div className="deck-stage">
        {slides.map((s, i) => {
          const state = i === index ? "current" : presenter && i === index + 1 ? "next" : undefined
          return (
            <div key={s.id} className="slide-frame" data-state={state}>
              <section
                data-slide-id={s.id}
                data-current={i === index || undefined}
                data-next={(presenter && i === index + 1) || undefined}
                aria-label={s.title}
                aria-hidden={!phone && i !== index}
                inert={!phone && i !== index}
                className="slide"
              >
                <SlideDistance value={phone ? null : Math.abs(i - index)}>
                  <DeckTheme value={theme}>{s.content}</DeckTheme>
                </SlideDistance>
              </section>
            </div>
          )
        })}
        {presenter && (
          <PresenterPane
            notes={slides[index]?.notes ?? []}
            next={labels.nextUp[index + 1] ?? null}
            labels={labels}
          />
        )}
      </div>
      <nav ref={navRef} className="deck-controls" aria-label={labels.deck}>
        {/* Back on the left and next on the right in both languages, like the → and ← keys (see step). */}
        <div dir="ltr" className="flex items-center gap-3" data-slide-steps>
          <button
            type="button"
            className={button}
            onClick={() => go(index - 1)}
            disabled={index === 0}
            aria-label={labels.prev}
          >
            ←
          </button>
          <p aria-live="polite" dir={rtl ? "rtl" : "ltr"} className="tabular-nums" data-slide-counter>
            {labels.counter[index]}
            <span className="sr-only">: {slides[index]?.title}</span>
          </p>
          <button
            type="button"
            className={button}
            onClick={() => go(index + 1)}
            disabled={index === total - 1}
            aria-label={labels.next}
          >
            →
          </button>
        </div>
        {presenter ? null : (
          <>
            <button type="button" className={button} aria-pressed={notes} onClick={() => setNotes((v) => !v)}>
              {labels.notes}
            </button>
            <button type="button" className={button} onClick={openPresenter}>
              {labels.presenter}
            </button>
            {builder}
          </>
        )}
        <button
          type="button"
          className={button}
          onClick={() =>
            document.fullscreenElement
              ? void document.exitFullscreen()
              : void document.documentElement.requestFullscreen?.().catch(() => {})
          }
        >
          {labels.fullscreen}
        </button>
        <button type="button" className={button} onClick={print}>
          {labels.print}
        </button>
        <button
          type="button"
          className={button}
          aria-pressed={theme === "projector"}
          onClick={() => writeTheme(theme === "projector" ? "light" : "projector")}
        >
          {labels.projector}
        </button>
        <a
          href={pptxHref}
          download
          className={button}
          aria-label={labels.pptx}
          title={labels.pptx}
          data-download="pptx"
        >
          {labels.pptxShort}
        </a>
        <span role="status" className="text-sm">
          {status}
        </span>
        <LanguageSwitch
          target={rtl ? "en" : "ar"}
          text={labels.languageSwitch}
          label={labels.languageSwitchLabel}
        />
        <a href={exitHref} className="underline underline-offset-2">
          {labels.exit}
        </a>
      </nav>
    </div>
  )
}
