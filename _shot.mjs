import { chromium } from "@playwright/test"
const [,, url, out, w, h] = process.argv
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" })
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } })
await p.goto("http://localhost:3250" + url)
await p.waitForTimeout(1500)
await p.screenshot({ path: out })
await b.close()
