/** The keys of a keyboard event that decide whether it is the print shortcut. */
export type ShortcutKeys = {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/**
 * Ctrl+P (⌘P on a Mac), the keyboard's way into printing. With Shift or Alt it is another command
 * (Chrome's Ctrl+Shift+P prints with the system dialogue; Firefox's Ctrl+Shift+P opens a private
 * window), which stays the browser's.
 */
export function isPrintShortcut(e: ShortcutKeys): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "p"
}
