import { StartupError } from '../startup-error.ts'

/** The database could not be opened; the message names the setting and never holds a password. */
export class DatabaseOpenError extends StartupError {}

/**
 * `postgres://user:secret@host/db?password=x` → `postgres://user@host:5432/db`: the password and
 * the query string (libpq accepts `password=` there too) never reach a log or a message.
 */
export function redactDatabaseUrl(url: string): string {
  if (!URL.canParse(url)) return '<unparsable DATABASE_URL>'
  const parsed = new URL(url)
  const user = parsed.username === '' ? '' : `${parsed.username}@`
  return `${parsed.protocol}//${user}${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`
}

/** The most useful one-line reason in an error; Node reports refused `localhost` as an AggregateError with no message. */
export function describeCause(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map(describeCause).join('; ')
  }
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : ''
    return (error.message || code || error.name).split('\n')[0] ?? error.name
  }
  return String(error)
}

/** Removes every spelling of the password from a driver message before it is shown. */
export function scrubPassword(text: string, url: string): string {
  if (!URL.canParse(url)) return text
  const raw = new URL(url).password
  if (raw === '') return text
  return [raw, decodeURIComponent(raw)].reduce((out, secret) => out.replaceAll(secret, '***'), text)
}
