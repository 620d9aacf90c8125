import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { StartupError } from './startup-error.ts'

/** Every setting the server reads, by its environment variable name. */
export const SETTINGS = [
  'PORT',
  'HOST',
  'CERTFORGE_DATA_DIR',
  'DATABASE_URL',
  'LOG_LEVEL',
  'CERTFORGE_CONTENT_DIR',
  'CERTFORGE_WEB_DIR',
] as const
export type SettingName = (typeof SETTINGS)[number]

/** CLI flags win over the environment; they use the same names so messages name one thing. */
export type ConfigOverrides = Partial<Record<SettingName, string | undefined>>

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export type Config = {
  port: number
  host: string
  dataDir: string
  /** Unset means the embedded PGlite database under `dataDir`. */
  databaseUrl?: string
  logLevel: LogLevel
  contentDir: string
  webDir: string
}

/** A setting with a bad value; the message is one line naming the setting and the fix. */
export class ConfigError extends StartupError {}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
export const DEFAULT_PORT = 4173
// Loopback only: a study app with no authentication must not be reachable from the network.
export const DEFAULT_HOST = '127.0.0.1'

const Port = z.string().transform((raw, ctx) => {
  const port = Number(raw)
  if (!/^\d+$/.test(raw) || port > 65535) {
    ctx.addIssue({
      code: 'custom',
      message: `PORT="${raw}" is not a port number (expected an integer from 0 to 65535)`,
    })
    return z.NEVER
  }
  return port
})

const Host = z.string().regex(/^[^\s/]+$/, {
  error: (issue) =>
    `HOST="${String(issue.input)}" is not a host name or IP address (expected e.g. 127.0.0.1 or ::1)`,
})

// The value may hold a password, so no message echoes it.
const DatabaseUrl = z.string().superRefine((raw, ctx) => {
  const example = 'postgres://user:password@localhost:5432/certforge'
  if (!URL.canParse(raw)) {
    ctx.addIssue({ code: 'custom', message: `DATABASE_URL is not a URL (expected ${example})` })
    return
  }
  const { protocol } = new URL(raw)
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    ctx.addIssue({
      code: 'custom',
      message: `DATABASE_URL uses "${protocol}//" (expected postgres:// or postgresql://, e.g. ${example}; unset it to use the embedded database)`,
    })
  }
})

const LogLevelSetting = z.enum(LOG_LEVELS, {
  error: (issue) =>
    `LOG_LEVEL="${String(issue.input)}" is not a log level (expected one of ${LOG_LEVELS.join(', ')})`,
})

const EnvSchema = z.object({
  PORT: Port.optional(),
  HOST: Host.optional(),
  CERTFORGE_DATA_DIR: z.string().optional(),
  DATABASE_URL: DatabaseUrl.optional(),
  LOG_LEVEL: LogLevelSetting.optional(),
  CERTFORGE_CONTENT_DIR: z.string().optional(),
  CERTFORGE_WEB_DIR: z.string().optional(),
  HOME: z.string().optional(),
})

/** `~` and `~/x` mean the user's home, as in a shell; relative paths are from the working directory. */
export function expandPath(path: string, home: string): string {
  if (path === '~') return home
  if (path.startsWith('~/')) return join(home, path.slice(2))
  return resolve(path)
}

/** An empty variable (`PORT=`) means "not set", as most shells and `.env` loaders treat it. */
function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
}

/**
 * Validates the environment plus CLI overrides once, at start.
 *
 * @example
 * const config = loadConfig(process.env, { PORT: flags.port })
 * if (config instanceof ConfigError) return fail(config.message)
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  overrides: ConfigOverrides = {},
): Config | ConfigError {
  const parsed = EnvSchema.safeParse({ ...definedOnly(env), ...definedOnly(overrides) })
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const setting = String(first?.path[0] ?? 'environment')
    return new ConfigError(setting, parsed.error.issues.map((issue) => issue.message).join('; '))
  }
  const values = parsed.data
  const home = values.HOME ?? homedir()
  return {
    port: values.PORT ?? DEFAULT_PORT,
    host: values.HOST ?? DEFAULT_HOST,
    dataDir: expandPath(values.CERTFORGE_DATA_DIR ?? '~/.local/share/certforge', home),
    ...(values.DATABASE_URL === undefined ? {} : { databaseUrl: values.DATABASE_URL }),
    logLevel: values.LOG_LEVEL ?? 'info',
    contentDir: expandPath(values.CERTFORGE_CONTENT_DIR ?? join(REPO_ROOT, 'content'), home),
    webDir: expandPath(values.CERTFORGE_WEB_DIR ?? join(REPO_ROOT, 'packages/web/dist'), home),
  }
}
