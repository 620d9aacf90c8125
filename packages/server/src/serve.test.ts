import { createServer } from 'node:net'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { type Config, loadConfig } from './config.ts'
import { startServer } from './serve.ts'
import { StartupError } from './startup-error.ts'
import { writeInlinePack } from './testing/inline-pack.ts'
import { tempDir } from './testing/test-app.ts'

async function configFor(env: Record<string, string>): Promise<Config> {
  const contentDir = await tempDir('content')
  await writeInlinePack(contentDir)
  const config = loadConfig({
    PORT: '0',
    CERTFORGE_DATA_DIR: await tempDir('data'),
    CERTFORGE_CONTENT_DIR: contentDir,
    CERTFORGE_WEB_DIR: join(contentDir, 'no-web-build'),
    ...env,
  })
  if (config instanceof Error) throw config
  return config
}

function sink() {
  const lines: string[] = []
  return { lines, write: (text: string) => lines.push(text) }
}

test('starts on a free port, prints one line with the real URL, serves the API and closes', async () => {
  const stdout = sink()
  const stderr = sink()
  const server = await startServer(await configFor({}), { stdout, stderr })
  try {
    expect(stdout.lines).toEqual([`certforge: serving ${server.url}\n`])
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.port).toBeGreaterThan(0)
    const health = await fetch(`${server.url}/api/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({
      database: { kind: 'pglite', ok: true },
      content: { blueprints: 2 },
    })
    const logs = stderr.lines
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(logs.find((log) => log.msg === 'database ready')).toMatchObject({
      applied: ['0001-initial'],
    })
  } finally {
    await server.close()
    await server.close()
  }
  await expect(fetch(`${server.url}/api/health`)).rejects.toThrow()
})

test('an unreachable DATABASE_URL stops the start with one line and no password anywhere', async () => {
  const stdout = sink()
  const stderr = sink()
  const config = await configFor({ DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/x' })
  const error = await startServer(config, { stdout, stderr }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(StartupError)
  expect(String(error instanceof Error && error.message)).toBe(
    'DATABASE_URL: cannot connect to postgres://u@127.0.0.1:1/x: connect ECONNREFUSED 127.0.0.1:1',
  )
  expect(stdout.lines).toEqual([])
  expect(stderr.lines.join('')).not.toContain('secret')
})

test('a missing content folder stops the start naming CERTFORGE_CONTENT_DIR', async () => {
  const config = await configFor({ CERTFORGE_CONTENT_DIR: '/nonexistent/certforge-content' })
  await expect(startServer(config, { stdout: sink(), stderr: sink() })).rejects.toMatchObject({
    setting: 'CERTFORGE_CONTENT_DIR',
  })
})

test('a port already in use stops the start naming PORT', async () => {
  const blocker = createServer()
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
  const address = blocker.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  try {
    const config = await configFor({ PORT: String(port) })
    await expect(startServer(config, { stdout: sink(), stderr: sink() })).rejects.toMatchObject({
      setting: 'PORT',
      message: `PORT=${port} is already in use on 127.0.0.1 (expected a free port; pick another, or PORT=0 for any free port)`,
    })
  } finally {
    blocker.close()
  }
})
