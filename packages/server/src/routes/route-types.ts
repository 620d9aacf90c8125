import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PackResult } from '@certforge/core'
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify'
import { z } from 'zod'
import type { Database } from '../db/database.ts'
import { ERROR_CODES } from '../errors.ts'
import type { ZodTypeProvider } from '../http/zod-schema.ts'

/** The Fastify instance routes are declared on: zod schemas type each handler. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>

/** What route handlers may use; the clock is injected so tests can fix time. */
export type RouteDeps = {
  db: Database
  content: PackResult
  clock: () => Date
}

export const ErrorBodySchema = z
  .object({ code: z.enum(ERROR_CODES), message: z.string() })
  .meta({ description: 'An error; every code is documented in docs/errors.md' })
