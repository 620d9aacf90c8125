import { existsSync } from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'
import { test } from 'vitest'

/** Debian's Chromium; playwright-core downloads no browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

const INSTALL_HINT = `install it with \`apt-get install chromium\` (expected at ${CHROMIUM_PATH})`

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH)
}

let skipReported = false

/**
 * Registers a browser test. Without Chromium it is skipped under a title that says how to install
 * one, or it fails when REQUIRE_BROWSER=1 (set that in CI, where a skip would hide a regression).
 */
export function browserTest(name: string, fn: () => Promise<void>): void {
  if (hasChromium()) {
    test(name, fn)
  } else if (process.env.REQUIRE_BROWSER === '1') {
    test(name, () => {
      throw new Error(`REQUIRE_BROWSER=1 but Chromium is missing: ${INSTALL_HINT}`)
    })
  } else {
    if (!skipReported) {
      skipReported = true
      // console.warn fails tests here (tests/setup/console-fails.ts), so the notice goes to stdout.
      process.stdout.write(
        `\n*** Browser tests SKIPPED: Chromium not found; ${INSTALL_HINT} ***\n\n`,
      )
    }
    test.skip(`${name} [SKIPPED: no Chromium; ${INSTALL_HINT}]`, fn)
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export type OpenedPage = {
  page: Page
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[]
  close: () => Promise<void>
}

export type PageOptions = { width?: number; colorScheme?: 'light' | 'dark' }

/** Opens `url` in a fresh context (own storage) and records anything the page complains about. */
export async function openPage(
  browser: Browser,
  url: string,
  options: PageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  await page.goto(url)
  return { page, problems, close: () => context.close() }
}
