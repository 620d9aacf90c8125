import { spawn } from 'node:child_process'
import type { Io } from './io.ts'

const OPENERS: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'open',
  win32: 'explorer',
  linux: 'xdg-open',
}

/** Best effort: a machine without a desktop still has the printed URL. */
export function openInBrowser(url: string, io: Io): void {
  const opener = OPENERS[process.platform] ?? 'xdg-open'
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true })
  child.on('error', () =>
    io.stderr.write(
      `certforge: could not open a browser (${opener} failed); open ${url} yourself\n`,
    ),
  )
  child.unref()
}
