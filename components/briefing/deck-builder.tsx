"use client"

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { createPortal } from "react-dom"
import { CopyButton } from "@/components/copy-button"
import { useHydrated, useOrigin } from "@/components/use-hydrated"
import { deckPath, deckPptxHref, deckPresenterPath, type DeckChoice } from "@/lib/deck/url"
import type { FigureId } from "@/lib/charts/figure-defs"
import type { Locale } from "@/lib/data/schema"

type DeckBuilderLabels = {
  open: string
  title: string
  intro: string
  figures: string
  /** "Move … up" and "Move … down", by figure id. */
  moveUp: Record<string, string>
  moveDown: Record<string, string>
  /** "…: now n of total", by figure id, for n = 1 … the number of figures (the list holds them all). */
  moved: Record<string, string[]>
  /** "N figures chosen", for N = 0 … the number of figures (plural forms differ by language). */
  chosen: string[]
  year: string
  yearLatest: string
  yearHelp: string
  language: string
  languages: Record<Locale, string>
  present: string
  presenterView: string
  presenterBlocked: string
  print: string
  download: string
  address: string
  copy: string
  copied: string
  copyFailed: string
  close: string
}

type Props = {
  locale: Locale
  /** Every figure, in the default order, titled in the deck's language. */
  figures: { id: FigureId; title: string }[]
  /** The years a deck may be about (lib/analysis/figure-year.ts talkYears). */
  years: number[]
  /** Per year ("latest" for no year) and figure id: the pair the figure compares, or that it has none, written. */
  pairs: Record<string, Record<string, string>>
  /** The deck on screen: its figures in order and its year. */
  current: { figures: FigureId[]; year?: number }
  labels: DeckBuilderLabels
}

const LATEST = "latest"
// The deck's Print in a built deck that is not the one on screen: the built deck is opened with this
// fragment and prints itself once drawn. A fragment never reaches the server, so the deck's address,
// routing and cache stay as they are.
const PRINT_HASH = "#print"

/**
 * Opens a built deck as a new document, not a client-side navigation: the deck keeps its slide in its own
 * state, and the prerendered /briefing and its on-demand query view carry different security policies
 * (lib/http/csp.ts), so a built deck is loaded as if its link had been opened.
 */
function load(url: string) {
  window.location.assign(url)
}

const sameChoice = (a: DeckChoice, b: DeckChoice) =>
  a.locale === b.locale &&
  a.year === b.year &&
  a.theme === b.theme &&
  a.figures.join(",") === b.figures.join(",")

/** The deck's theme as its address has it now (the toolbar's T changes it without reloading). */
const themeNow = (): DeckChoice["theme"] =>
  new URLSearchParams(window.location.search).get("theme") === "projector" ? "projector" : undefined

/**
 * "Build deck": a modal dialog in the deck's toolbar to choose the figures and their order, the year
 * the talk is about and the language, then present, open the presenter view, print or download it. The
 * built deck is its address (lib/deck/url.ts), shown with a Copy link, so it can be sent as a link.
 * Keys pressed in the dialog stay in it: the deck behind never moves while it is open.
 */
export function DeckBuilder({ locale, figures, years, pairs, current, labels }: Props) {
  const hydrated = useHydrated()
  const origin = useOrigin()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const helpId = useId()
  // Chosen figures first, in the deck's order, then the others in the default order, unticked.
  const [order, setOrder] = useState<FigureId[]>(() => [
    ...current.figures,
    ...figures.map((f) => f.id).filter((id) => !current.figures.includes(id)),
  ])
  const [checked, setChecked] = useState<ReadonlySet<FigureId>>(() => new Set(current.figures))
  const [year, setYear] = useState(current.year === undefined ? LATEST : String(current.year))
  const [lang, setLang] = useState<Locale>(locale)
  const [announcement, setAnnouncement] = useState("")
  // What the dialog's own actions report while it is open (the page behind it is inert, so its status
  // line would not be read).
  const [dialogStatus, setDialogStatus] = useState("")
  const moveRefs = useRef(new Map<string, HTMLButtonElement>())
  const [refocus, setRefocus] = useState<{ id: FigureId; dir: "up" | "down" } | null>(null)

  const titles = new Map(figures.map((f) => [f.id, f.title]))
  const chosen = order.filter((id) => checked.has(id))
  const theme = hydrated ? themeNow() : undefined
  const choice: DeckChoice = {
    locale: lang,
    figures: chosen,
    ...(year === LATEST ? {} : { year: Number(year) }),
    ...(theme ? { theme } : {}),
  }
  const onScreen: DeckChoice = {
    locale,
    figures: current.figures,
    year: current.year,
    ...(theme ? { theme } : {}),
  }
  const path = deckPath(choice)
  const ready = hydrated && chosen.length > 0

  // A built deck opened by Print prints itself at once: its charts are in its HTML.
  useEffect(() => {
    if (window.location.hash !== PRINT_HASH) return
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search)
    window.print()
  }, [])

  // A moved row keeps the focus on its button; at the top or bottom, where that button is disabled,
  // on the row's other one, so that focus never falls back to the page.
  useEffect(() => {
    if (!refocus) return
    const here = moveRefs.current.get(`${refocus.id}:${refocus.dir}`)
    const other = moveRefs.current.get(`${refocus.id}:${refocus.dir === "up" ? "down" : "up"}`)
    ;(here && !here.disabled ? here : other)?.focus()
  }, [refocus, order])

  function move(id: FigureId, dir: "up" | "down") {
    const i = order.indexOf(id)
    const j = dir === "up" ? i - 1 : i + 1
    if (j < 0 || j >= order.length) return
    const next = [...order]
    ;[next[i], next[j]] = [next[j]!, next[i]!]
    setOrder(next)
    setRefocus({ id, dir })
    setAnnouncement(labels.moved[id]?.[j] ?? "")
  }

  function toggle(id: FigureId) {
    setChecked((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }

  function presentBuilt() {
    load(path)
  }

  function openPresenter() {
    const win = window.open(deckPresenterPath(choice), "csea-presenter", "popup,width=1280,height=800")
    if (!win) {
      setDialogStatus(labels.presenterBlocked)
      return
    }
    // Both windows must show the same deck to stay on the same slide (lib/deck/presenter.ts).
    if (!sameChoice(choice, onScreen)) load(path)
    else dialogRef.current?.close()
  }

  function print() {
    if (!sameChoice(choice, onScreen)) {
      load(`${path}${PRINT_HASH}`)
      return
    }
    dialogRef.current?.close()
    window.print()
  }

  // The deck's keys (→, Space, N, P…) listen on the window: in the dialog they belong to the dialog.
  // Escape is left to the dialog (it closes it), and shortcuts with a modifier (Ctrl+P) to the page.
  function keepKeys(e: KeyboardEvent<HTMLDialogElement>) {
    if (e.key === "Escape" || e.ctrlKey || e.metaKey || e.altKey) return
    e.stopPropagation()
  }

  const button =
    "rounded border-2 border-black bg-white px-3 py-1 font-semibold hover:bg-slate-100 disabled:opacity-50"
  const pairsNow = pairs[year] ?? pairs[LATEST]!
  const dialog = (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      // Focusable, so that a click on its text puts the focus (and the keys that follow) in the dialog
      // rather than on the page's body, where the deck would take them.
      tabIndex={-1}
      onKeyDown={keepKeys}
      onClose={() => openerRef.current?.focus()}
      className="deck-builder m-auto whitespace-normal max-h-[90vh] w-[min(46rem,94vw)] overflow-auto rounded border-2 border-black bg-white p-5 text-base text-black backdrop:bg-black/50"
      data-deck-builder
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id={titleId} className="text-xl font-bold">
          {labels.title}
        </h2>
        <button type="button" className={button} onClick={() => dialogRef.current?.close()}>
          {labels.close}
        </button>
      </div>
      <p className="mt-2">{labels.intro}</p>

      <fieldset className="mt-4">
        <legend className="font-semibold">{labels.figures}</legend>
        <p className="text-sm" aria-live="polite" data-builder-count>
          {labels.chosen[chosen.length] ?? ""}
        </p>
        <ol className="mt-2 space-y-1" data-builder-figures>
          {order.map((id, i) => {
            const detail = pairsNow[id] ?? ""
            return (
              <li key={id} className="flex items-start gap-2" data-builder-figure={id}>
                <span className="flex shrink-0 gap-1">
                  {(["up", "down"] as const).map((dir) => (
                    <button
                      key={dir}
                      ref={(el) => {
                        if (el) moveRefs.current.set(`${id}:${dir}`, el)
                        else moveRefs.current.delete(`${id}:${dir}`)
                      }}
                      type="button"
                      className="rounded border border-slate-600 bg-white px-2 font-semibold hover:bg-slate-100 disabled:opacity-40"
                      aria-label={(dir === "up" ? labels.moveUp : labels.moveDown)[id] ?? ""}
                      disabled={dir === "up" ? i === 0 : i === order.length - 1}
                      onClick={() => move(id, dir)}
                    >
                      <span aria-hidden="true">{dir === "up" ? "↑" : "↓"}</span>
                    </button>
                  ))}
                </span>
                <label className="flex min-w-0 flex-1 items-baseline gap-2">
                  <input type="checkbox" checked={checked.has(id)} onChange={() => toggle(id)} />
                  <span>
                    {titles.get(id)} <span className="text-sm text-slate-700">({detail})</span>
                  </span>
                </label>
              </li>
            )
          })}
        </ol>
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
      </fieldset>

      <div className="mt-4 flex flex-wrap gap-6">
        <p className="flex flex-col gap-1">
          <label htmlFor={`${titleId}-year`} className="font-semibold">
            {labels.year}
          </label>
          <select
            id={`${titleId}-year`}
            className="rounded border-2 border-black bg-white px-2 py-1"
            value={year}
            aria-describedby={helpId}
            onChange={(e) => setYear(e.target.value)}
            data-builder-year
          >
            <option value={LATEST}>{labels.yearLatest}</option>
            {[...years].reverse().map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
          <span id={helpId} className="max-w-[24rem] text-sm">
            {labels.yearHelp}
          </span>
        </p>
        <fieldset>
          <legend className="font-semibold">{labels.language}</legend>
          {(["en", "ar"] as const).map((l) => (
            <label key={l} className="me-4 inline-flex items-center gap-1">
              <input
                type="radio"
                name={`${titleId}-lang`}
                value={l}
                checked={lang === l}
                onChange={() => setLang(l)}
              />
              <span lang={l} className="[font-family:system-ui,sans-serif]">
                {labels.languages[l]}
              </span>
            </label>
          ))}
        </fieldset>
      </div>

      <p className="mt-4 flex flex-col gap-1">
        <label htmlFor={`${titleId}-address`} className="font-semibold">
          {labels.address}
        </label>
        <input
          id={`${titleId}-address`}
          readOnly
          dir="ltr"
          className="w-full rounded border border-slate-600 px-2 py-1 font-mono text-sm"
          value={`${origin}${path}`}
          onFocus={(e) => e.currentTarget.select()}
          data-builder-address
        />
      </p>
      <p className="mt-2">
        <CopyButton
          text={`${origin}${path}`}
          label={labels.copy}
          copied={labels.copied}
          failed={labels.copyFailed}
        />
      </p>

      <p className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={button}
          disabled={!ready}
          onClick={presentBuilt}
          data-builder-present
        >
          {labels.present}
        </button>
        <button type="button" className={button} disabled={!ready} onClick={openPresenter}>
          {labels.presenterView}
        </button>
        <button type="button" className={button} disabled={!ready} onClick={print}>
          {labels.print}
        </button>
        {chosen.length > 0 ? (
          <a
            href={deckPptxHref(choice)}
            download
            className="font-semibold underline underline-offset-2"
            data-builder-pptx
          >
            {labels.download}
          </a>
        ) : null}
      </p>
      <p role="status" className="mt-2 text-sm">
        {dialogStatus}
      </p>
    </dialog>
  )
  return (
    // One item in the deck's toolbar, and the
    // dialog outside it, in the body: the toolbar's one-line layout must not reach the dialog's text.
    <span className="inline-flex items-center">
      <button
        ref={openerRef}
        type="button"
        className={button}
        disabled={!hydrated}
        aria-haspopup="dialog"
        onClick={() => dialogRef.current?.showModal()}
        data-deck-builder-open
      >
        {labels.open}
      </button>
      {hydrated && createPortal(dialog, document.body)}
    </span>
  )
}
