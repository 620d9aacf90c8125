import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import {
  browserTest,
  hasChromium,
  launchChromium,
  type OpenedPage,
  openPage,
  type PageOptions,
} from '../support/browser.ts'
import { REPO_ROOT, type RunningServer, requireWebBuild, startServer } from '../support/server.ts'

const SCREENSHOTS = join(REPO_ROOT, 'test-results')
const NAV_LABELS = ['Dashboard', 'Study', 'Practice', 'Exams', 'Flashcards', 'Sandbox', 'Blueprint']

let server: RunningServer | undefined
let browser: Browser | undefined

beforeAll(async () => {
  if (!hasChromium()) return
  requireWebBuild()
  server = await startServer()
  browser = await launchChromium()
  await mkdir(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Opens a path of the running app in a fresh browser context and closes it however the check ends. */
async function withPage(
  path: string,
  options: PageOptions,
  check: (opened: OpenedPage) => Promise<void>,
) {
  if (!browser || !server) throw new Error('beforeAll did not start the server and browser')
  const opened = await openPage(browser, `${server.url}${path}`, options)
  try {
    await check(opened)
  } finally {
    await opened.close()
  }
}

async function blueprintLoaded(page: Page): Promise<void> {
  await page.locator('[data-objective-id]').first().waitFor()
}

function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor)
}

/** Perceived brightness (Rec. 709 weights) of an `rgb(r, g, b)` colour: 0 is black, 255 white. */
function brightness(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

browserTest(
  'the blueprint shows 4 weighted domains, 12 task statements and 133 objectives',
  async () => {
    await withPage('/blueprint', {}, async ({ page, problems }) => {
      await blueprintLoaded(page)
      expect(await page.locator('h1').allTextContents()).toEqual(['Exam blueprint'])
      await expect.poll(() => page.title()).toBe('Blueprint · certforge')
      const main = page.locator('main')
      expect(await main.textContent()).toContain('MLA-C01')
      for (const fact of [
        '65: 50 scored + 15 unscored',
        '130 minutes',
        '720 on a scale of 100–1000',
      ]) {
        expect(await page.locator('.facts').textContent()).toContain(fact)
      }
      expect(await page.locator('[data-domain-id]').count()).toBe(4)
      const weights = await page.locator('[data-domain-id] .domain__weight').allTextContents()
      expect(weights).toEqual([
        '28% of scored content',
        '26% of scored content',
        '22% of scored content',
        '24% of scored content',
      ])
      expect(
        await page
          .getByRole('meter')
          .evaluateAll((meters) => meters.map((m) => m.getAttribute('value'))),
      ).toEqual(['28', '26', '22', '24'])
      expect(await page.locator('[data-task-id]:visible').count()).toBe(12)
      expect(await page.locator('[data-objective-id]:visible').count()).toBe(133)
      expect(await page.locator('.explorer-bar__status').textContent()).toBe(
        'Showing 133 of 133 objectives',
      )
      const uncovered = await page.locator('[data-objective-id][data-coverage="none"]').count()
      expect(await page.locator('[data-objective-id] .badge--none').count()).toBe(uncovered)
      expect(await page.locator('[data-service-slug]').count()).toBe(88)
      expect(await page.locator('[aria-current="page"]').allTextContents()).toEqual(['Blueprint'])
      expect(problems).toEqual([])
    })
  },
)

browserTest(
  'the filter narrows objectives by text and by gaps, and tasks collapse and expand',
  async () => {
    await withPage('/blueprint', {}, async ({ page, problems }) => {
      await blueprintLoaded(page)
      const visible = page.locator('[data-objective-id]:visible')
      await page.getByLabel('Filter objectives').fill('2.3 skill')
      await expect.poll(() => visible.count()).toBeLessThan(133)
      const ids = await visible.evaluateAll((items) =>
        items.map((i) => i.getAttribute('data-objective-id')),
      )
      expect(ids.length).toBeGreaterThan(0)
      expect(ids.every((id) => id?.startsWith('2.3.S'))).toBe(true)
      expect(await page.locator('.explorer-bar__status').textContent()).toBe(
        `Showing ${ids.length} of 133 objectives`,
      )

      await page.getByLabel('Filter objectives').fill('')
      await page.getByLabel(/Gaps only/).check()
      const coverage = await visible.evaluateAll((items) =>
        items.map((i) => i.getAttribute('data-coverage')),
      )
      expect(coverage).not.toContain('full')
      await page.getByLabel(/Gaps only/).uncheck()

      await page.getByRole('button', { name: 'Collapse all' }).click()
      expect(await visible.count()).toBe(0)
      const firstTask = page.locator('[data-task-id] button').first()
      expect(await firstTask.getAttribute('aria-expanded')).toBe('false')
      await firstTask.focus()
      await page.keyboard.press('Enter')
      expect(await firstTask.getAttribute('aria-expanded')).toBe('true')
      await page.getByRole('button', { name: 'Expand all' }).click()
      expect(await visible.count()).toBe(133)
      expect(problems).toEqual([])
    })
  },
)

browserTest(
  'the theme follows the system by default and the toggle switches and remembers it',
  async () => {
    await withPage('/blueprint', { colorScheme: 'dark' }, async ({ page }) => {
      await blueprintLoaded(page)
      expect(await page.getByLabel('Theme').inputValue()).toBe('system')
      expect(brightness(await bodyBackground(page))).toBeLessThan(60)
    })
    await withPage('/blueprint', { colorScheme: 'light' }, async ({ page, problems }) => {
      await blueprintLoaded(page)
      const light = await bodyBackground(page)
      expect(brightness(light)).toBeGreaterThan(200)

      await page.getByLabel('Theme').selectOption('dark')
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
      expect(brightness(await bodyBackground(page))).toBeLessThan(60)

      await page.reload()
      await blueprintLoaded(page)
      expect(await page.getByLabel('Theme').inputValue()).toBe('dark')
      expect(brightness(await bodyBackground(page))).toBeLessThan(60)
      await page.screenshot({ path: join(SCREENSHOTS, 'blueprint-dark.png'), fullPage: true })

      await page.getByLabel('Theme').selectOption('system')
      expect(await bodyBackground(page)).toBe(light)
      expect(problems).toEqual([])
    })
  },
)

browserTest(
  'Tab reaches the skip link and every nav link, each with a visible focus outline',
  async () => {
    await withPage('/blueprint', {}, async ({ page, problems }) => {
      await blueprintLoaded(page)
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement
          if (!(el instanceof HTMLElement)) return undefined
          const style = getComputedStyle(el)
          const box = el.getBoundingClientRect()
          return {
            text: el.textContent?.trim() ?? '',
            inNav: el.closest('nav[aria-label="Main"]') !== null,
            focusVisible: el.matches(':focus-visible'),
            outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
            onScreen: box.width > 0 && box.height > 0 && box.top >= 0,
          }
        })
      await page.keyboard.press('Tab')
      expect(await focused()).toMatchObject({
        text: 'Skip to content',
        focusVisible: true,
        outline: true,
        onScreen: true,
      })

      const navStops: string[] = []
      for (let press = 0; press < 15 && navStops.length < NAV_LABELS.length; press++) {
        await page.keyboard.press('Tab')
        const state = await focused()
        if (state?.inNav) {
          expect(state).toMatchObject({ focusVisible: true, outline: true, onScreen: true })
          navStops.push(state.text)
        }
      }
      expect(navStops).toEqual(NAV_LABELS)

      await page.getByRole('link', { name: 'Skip to content' }).focus()
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
      expect(problems).toEqual([])
    })
  },
)

browserTest(
  'full-page screenshots at desktop width and at 360px, without sideways scrolling',
  async () => {
    await withPage('/blueprint', {}, async ({ page, problems }) => {
      await blueprintLoaded(page)
      await page.screenshot({ path: join(SCREENSHOTS, 'blueprint.png'), fullPage: true })
      expect(problems).toEqual([])
    })
    await withPage('/blueprint', { width: 360 }, async ({ page, problems }) => {
      await blueprintLoaded(page)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      )
      expect(await page.locator('nav[aria-label="Main"] a:visible').count()).toBe(NAV_LABELS.length)
      await page.screenshot({ path: join(SCREENSHOTS, 'blueprint-360.png'), fullPage: true })
      expect(problems).toEqual([])
    })
  },
)

browserTest('the dashboard at / shows pack totals and links to the blueprint', async () => {
  await withPage('/', {}, async ({ page, problems }) => {
    expect(await page.locator('h1').allTextContents()).toEqual(['Dashboard'])
    const objectives = page.locator('.stat', { hasText: 'Objectives' }).locator('dd')
    expect(await objectives.textContent()).toBe('133')
    expect(await page.locator('.stat dd').count()).toBe(4)
    expect(await page.locator('[aria-current="page"]').allTextContents()).toEqual(['Dashboard'])
    await page
      .getByRole('link', { name: /blueprint/ })
      .last()
      .click()
    await blueprintLoaded(page)
    expect(new URL(page.url()).pathname).toBe('/blueprint')
    expect(problems).toEqual([])
  })
})

browserTest('each feature page has one heading and no made-up data', async () => {
  await withPage('/', {}, async ({ page, problems }) => {
    for (const label of ['Study', 'Practice', 'Exams', 'Flashcards', 'Sandbox']) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: label })
        .click()
      await page.getByRole('heading', { level: 1, name: label }).waitFor()
      expect(await page.locator('h1').count()).toBe(1)
      expect(await page.locator('main').textContent()).toContain('will appear here')
    }
    expect(problems).toEqual([])
  })
})

browserTest('an unknown route shows the 404 page inside the layout', async () => {
  await withPage('/no/such/page', {}, async ({ page, problems }) => {
    expect(await page.locator('h1').allTextContents()).toEqual(['Page not found'])
    expect(await page.locator('main').textContent()).toContain('/no/such/page')
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true)
    expect(problems).toEqual([])
  })
})

browserTest(
  'a failed blueprint request shows the error code and message, and Retry recovers',
  async () => {
    if (!browser || !server) throw new Error('beforeAll did not start the server and browser')
    const opened = await openPage(browser, 'about:blank')
    const { page } = opened
    try {
      await page.route('**/api/blueprint*', (route) =>
        route.fulfill({
          status: 503,
          json: { code: 'PACK_INVALID', message: 'The content pack failed validation.' },
        }),
      )
      await page.goto(`${server.url}/blueprint`)
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await alert.textContent()).toContain(
        'PACK_INVALID The content pack failed validation.',
      )
      expect(await page.locator('h1').allTextContents()).toEqual(['Exam blueprint'])

      await page.unroute('**/api/blueprint*')
      await alert.getByRole('button', { name: 'Retry' }).click()
      await blueprintLoaded(page)
      expect(await page.locator('[data-objective-id]:visible').count()).toBe(133)
      // The browser itself logs the 503; nothing else may appear.
      expect(opened.problems.filter((p) => !p.includes('status of 503'))).toEqual([])
    } finally {
      await opened.close()
    }
  },
)
