import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CLI_BIN = join(REPO_ROOT, 'packages/cli/bin/certforge.js')
const READY_LINE = /^certforge: serving (http:\/\/\S+)$/
const STDERR_LIMIT = 20_000

export type RunningServer = { url: string; stop: () => Promise<void> }

/** Throws unless `npm run build` has produced the web app the server is about to serve. */
export function requireWebBuild(): void {
  const index = join(REPO_ROOT, 'packages/web/dist/index.html')
  if (!existsSync(index)) {
    throw new Error(
      `${index} is missing: run \`npm run build\` (the root \`npm test\` does) before the e2e tests`,
    )
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

async function terminate(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM')
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited(child)
  clearTimeout(forced)
}

/**
 * Starts the real built server (`certforge serve --port 0`) on a fresh temporary data dir and
 * resolves once it prints its URL. `stop()` ends the process and deletes the data dir.
 */
export async function startServer(options: { timeoutMs?: number } = {}): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 30_000
  const dataDir = await mkdtemp(join(tmpdir(), 'certforge-e2e-'))
  const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0'], {
    cwd: REPO_ROOT,
    env: { ...process.env, CERTFORGE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_LIMIT)
  })
  const stop = async () => {
    await terminate(child)
    await rm(dataDir, { recursive: true, force: true })
  }
  const failure = (why: string) =>
    new Error(
      `certforge serve ${why}.\n--- stderr ---\n${stderr.trim() || '(empty)'}\n--------------`,
    )

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(failure(`printed no "certforge: serving <url>" line within ${timeoutMs} ms`)),
        timeoutMs,
      )
      // Read every line, even after the URL, so a chatty server never blocks on a full pipe.
      createInterface({ input: child.stdout }).on('line', (line) => {
        const match = READY_LINE.exec(line)
        if (match?.[1]) {
          clearTimeout(timer)
          resolve(match[1])
        }
      })
      child.once('error', (error) => {
        clearTimeout(timer)
        reject(failure(`could not start (${error.message})`))
      })
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(failure(`exited (code ${code}, signal ${signal}) before printing its URL`))
      })
    })
    return { url, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
