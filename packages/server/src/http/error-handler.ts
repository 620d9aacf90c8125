import type { FastifyInstance } from 'fastify'
import { AppError } from '../errors.ts'

function hasStatus(error: unknown): error is Error & { statusCode: number } {
  return error instanceof Error && 'statusCode' in error && typeof error.statusCode === 'number'
}

// Connection-level failures (SQLSTATE class 08, server shutdown 57P01-57P03, socket errors) mean
// the database is away, not that the request or the code is wrong.
const DATABASE_AWAY = /^(08...|57P0[123]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/

function isDatabaseAway(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    DATABASE_AWAY.test(error.code)
  )
}

/**
 * Maps anything thrown while handling a request to a catalogue error. Fastify's own 4xx errors
 * (bad JSON, wrong content type, too large) carry messages written for clients, so they pass on;
 * anything else is INTERNAL and its message stays in the log.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (isDatabaseAway(error)) return new AppError('DATABASE_UNAVAILABLE')
  if (!hasStatus(error) || error.statusCode >= 500) return new AppError('INTERNAL')
  switch (error.statusCode) {
    case 404:
      return new AppError('NOT_FOUND')
    case 413:
      return new AppError('PAYLOAD_TOO_LARGE')
    case 415:
      return new AppError('UNSUPPORTED_MEDIA_TYPE')
    default:
      return new AppError('BAD_REQUEST', error.message)
  }
}

/** Every error leaves as `{ code, message }`; unexpected server-side ones are logged with their stack. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error)
    if (appError.statusCode >= 500 && appError !== error) {
      request.log.error({ err: error }, 'request failed')
    }
    return reply.code(appError.statusCode).type('application/json').send(appError.toBody())
  })
}
