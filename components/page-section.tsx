import type { ReactNode } from "react"

// A section heading's style: bold, or semibold on the home page's series list and the sources comparison.
const HEADING = { bold: "text-2xl font-bold", semibold: "text-2xl font-semibold" } as const

/**
 * A part of a page under its own h2, which names it (aria-labelledby), so that the id is written once:
 * the figure and source pages' sections, the home page's series list, the unverified and gaps lists.
 */
export function PageSection({
  id,
  heading,
  className,
  weight = "bold",
  children,
  ...data
}: {
  id: string
  heading: ReactNode
  className: string
  weight?: keyof typeof HEADING
  children: ReactNode
  [attribute: `data-${string}`]: boolean | string | undefined
}) {
  return (
    <section aria-labelledby={id} className={className} {...data}>
      <h2 id={id} className={HEADING[weight]}>
        {heading}
      </h2>
      {children}
    </section>
  )
}
