"use client"

import { useSyncExternalStore } from "react"
import { noSubscription } from "@/components/use-hydrated"

/**
 * A full address on this site, for an audience to type or scan: the origin is only known in the
 * browser, because the pages are prerendered and may be served under any host. The server HTML shows
 * the path alone.
 */
export function SiteAddress({ path }: { path: string }) {
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  )
  return <>{`${origin}${path}`}</>
}
