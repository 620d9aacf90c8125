import { stat } from 'node:fs/promises'
import type { PackResult } from '@certforge/core'
import { createApp } from './app.ts'
import type { Config } from './config.ts'
import { loadPack } from './content/pack-reader.ts'
import type { Database } from './db/database.ts'
import { openDatabase } from './db/open.ts'
import { createLogger, type TextSink } from './logger.ts'
import { StartupError } from './startup-error.ts'

export type ServerIo = {
  /** Gets exactly one line, `certforge: serving <url>`, once the port is bound. */
  stdout: TextSink
  /** JSON logs; defaults to the process's stderr. */
  stderr?: TextSink
  clock?: () => Date
}

export type RunningServer = {
  /** With the real bound port, so `PORT=0` gives a usable URL. */
  url: string
  port: number
  /** Stops accepting requests, waits for open ones, then closes the database. Safe to call twice. */
  close(): Promise<void>
}

async function readContent(contentDir: string): Promise<PackResult> {
  const isFolder = await stat(contentDir).then(
    (s) => s.isDirectory(),
    () => false,
  )
  if (!isFolder) {
    throw new StartupError(
      'CERTFORGE_CONTENT_DIR',
      `CERTFORGE_CONTENT_DIR: ${contentDir} is not a folder (expected the content folder holding <exam>/blueprint.yaml)`,
    )
  }
  return loadPack(contentDir)
}

function listenError(error: unknown, config: Config): unknown {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  const where = `${config.host}:${config.port}`
  if (code === 'EADDRINUSE') {
    return new StartupError(
      'PORT',
      `PORT=${config.port} is already in use on ${config.host} (expected a free port; pick another, or PORT=0 for any free port)`,
    )
  }
  if (code === 'EACCES') {
    return new StartupError(
      'PORT',
      `PORT=${config.port} needs privileges to bind on ${config.host} (expected a port from 1024 up, or PORT=0)`,
    )
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new StartupError(
      'HOST',
      `HOST=${config.host} is not an address of this machine, so ${where} cannot be bound (expected e.g. 127.0.0.1)`,
    )
  }
  return error
}

function urlFor(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}

/**
 * Loads the content pack, opens and migrates the database, and listens on `config.host`. A pack
 * with errors does not stop the server: the valid part is served and `/api/health` counts the
 * errors. Signals are the caller's business; call `close()` on SIGINT/SIGTERM.
 */
export async function startServer(config: Config, io: ServerIo): Promise<RunningServer> {
  const logger = createLogger(config.logLevel, io.stderr ?? process.stderr)
  const content = await readContent(config.contentDir)
  const errors = content.issues.filter((issue) => issue.severity === 'error').length
  if (errors > 0) {
    logger.warn(
      { errors, contentDir: config.contentDir },
      `content pack has ${errors} errors; run certforge content check to list them`,
    )
  }

  const db: Database = await openDatabase(config, {
    onIdleError: (error) =>
      logger.warn({ err: error }, 'database connection dropped; it reconnects on next use'),
  })
  try {
    const applied = await db.migrate()
    logger.info({ database: db.kind, location: db.location, applied }, 'database ready')
    const app = createApp({ config, db, content, logger, ...(io.clock ? { clock: io.clock } : {}) })
    await app.listen({ host: config.host, port: config.port }).catch(async (error: unknown) => {
      await app.close()
      throw listenError(error, config)
    })
    const address = app.server.address()
    const port = typeof address === 'object' && address !== null ? address.port : config.port
    const url = urlFor(config.host, port)
    io.stdout.write(`certforge: serving ${url}\n`)
    let closing: Promise<void> | undefined
    return {
      url,
      port,
      close: () => {
        closing ??= app.close().then(() => db.close())
        return closing
      },
    }
  } catch (error) {
    await db.close()
    throw error
  }
}
