import type { Essentials } from "@/lib/i18n/essentials"
import { SUPPORT_RESOURCES } from "@/lib/format/support-resources"

/**
 * The content note and its support resources, from the essentials (lib/i18n/essentials.ts), so that it
 * can be drawn where the site's footer cannot: by the error boundaries, in the browser. The footer
 * draws the same text on every other page.
 */
export function SupportResources({ note }: { note: Essentials["contentNote"] }) {
  return (
    <section id="support" aria-labelledby="support-heading" className="scroll-mt-4">
      <h2 id="support-heading" className="text-lg font-semibold">
        {note.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{note.body}</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {SUPPORT_RESOURCES.map((r) => (
          <li key={r.key}>
            <a
              href={r.url}
              lang="en"
              dir="ltr"
              className="font-semibold text-blue-800 underline underline-offset-2"
            >
              {note.resources[r.key].name}
            </a>
            : {note.resources[r.key].description}
          </li>
        ))}
      </ul>
      <p className="mt-3 font-semibold">{note.notAlone}</p>
    </section>
  )
}
