import { type Logger, pino } from 'pino'
import type { LogLevel } from './config.ts'

export type TextSink = { write: (text: string) => unknown }

/**
 * Structured JSON logs (one object per line) for people and log tools alike. Credentials never
 * reach a log: the database is logged by its redacted location only, and request credentials
 * are censored here.
 */
export function createLogger(level: LogLevel, destination: TextSink): Logger {
  return pino(
    {
      level,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    },
    { write: (line: string) => void destination.write(line) },
  )
}
