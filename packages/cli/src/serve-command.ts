import { type Io, UsageError } from './io.ts'
import { openInBrowser } from './open-browser.ts'

export type ServeOptions = { port?: string; host?: string; open: boolean }

/** `certforge serve`: validated config, then the server until SIGINT or SIGTERM. */
export async function serve(options: ServeOptions, io: Io): Promise<number> {
  // Loaded on demand so content commands start without the HTTP stack and database drivers.
  const { loadConfig, startServer } = await import('@certforge/server')
  const overrides: Record<string, string> = {}
  if (options.port !== undefined) overrides.PORT = options.port
  if (options.host !== undefined) overrides.HOST = options.host
  const config = loadConfig(io.env, overrides)
  if (config instanceof Error) throw new UsageError(config.message)
  const server = await startServer(config, { stdout: io.stdout })
  if (options.open) openInBrowser(server.url, io)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await server.close()
  return 0
}
