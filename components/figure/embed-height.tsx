"use client"

import { useEffect } from "react"
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from "@/lib/url/embed"

/**
 * Tells the page that frames this embed how tall the embed's content is, now and whenever it changes
 * (fonts arriving, the chart drawing, a table opened), so the embed code's optional script can fit the
 * frame to it (lib/url/embed.ts). The height is of the content (`main`), not of the document, which is at
 * least as tall as the frame and so could never let a frame shrink. Renders nothing.
 */
export function EmbedHeight({ id }: { id: string }) {
  useEffect(() => {
    if (window.parent === window) return
    const main = document.querySelector<HTMLElement>(`[data-embed="${CSS.escape(id)}"]`)
    if (!main) return
    let last = 0
    const post = () => {
      const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY)
      if (height === last || height <= 0) return
      last = height
      const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, id, height }
      // The height is no secret, and the embed cannot know who frames it: any parent may read it.
      window.parent.postMessage(message, "*")
    }
    const observer = new ResizeObserver(post)
    observer.observe(main)
    window.addEventListener("load", post)
    post()
    return () => {
      observer.disconnect()
      window.removeEventListener("load", post)
    }
  }, [id])
  return null
}
