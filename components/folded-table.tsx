import type { ReactNode } from "react"

type TableAttribute = "data-table" | "data-bridge-table"

/**
 * A chart's table (a figure's or a series', and a bridge's): folded under its summary on screen, opened
 * for print (components/print-tables.tsx opens every details[data-print-open]), scrolling sideways where
 * it is wider than its box, with a caption for screen readers. `head` is the header row, `children` the
 * body's rows; `attribute` marks the table (for app/globals.css and the tests).
 */
export function FoldedTable({
  className,
  summary,
  caption,
  attribute,
  head,
  children,
}: {
  className: string
  summary: string
  caption: string
  attribute: TableAttribute
  head: ReactNode
  children: ReactNode
}) {
  const marked: Partial<Record<TableAttribute, boolean>> = { [attribute]: true }
  return (
    <details className={className} data-print-open>
      <summary className="cursor-pointer font-semibold text-blue-800">{summary}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-start text-sm" {...marked}>
          <caption className="sr-only">{caption}</caption>
          <thead>{head}</thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </details>
  )
}
