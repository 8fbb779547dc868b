import { describe, expect, it } from "vitest"
import { isPrintShortcut } from "@/lib/print-shortcut"

const keys = (
  key: string,
  mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe("the print shortcut", () => {
  it("is Ctrl+P, and ⌘P on a Mac", () => {
    expect(isPrintShortcut(keys("p", { ctrlKey: true }))).toBe(true)
    expect(isPrintShortcut(keys("p", { metaKey: true }))).toBe(true)
  })

  it("holds with Caps Lock on", () => {
    expect(isPrintShortcut(keys("P", { ctrlKey: true }))).toBe(true)
  })

  it("is not P alone (the deck's own key) or another letter with Ctrl", () => {
    expect(isPrintShortcut(keys("p"))).toBe(false)
    expect(isPrintShortcut(keys("o", { ctrlKey: true }))).toBe(false)
  })

  it("leaves Ctrl+Shift+P and Ctrl+Alt+P to the browser (other commands)", () => {
    expect(isPrintShortcut(keys("P", { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(isPrintShortcut(keys("p", { ctrlKey: true, altKey: true }))).toBe(false)
  })
})
