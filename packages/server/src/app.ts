import type { PackResult } from '@certforge/core'
import fastifySwagger from '@fastify/swagger'
import Fastify, { type FastifyBaseLogger } from 'fastify'
import { pino } from 'pino'
import { z } from 'zod'
import type { Config } from './config.ts'
import type { Database } from './db/database.ts'
import { installErrorHandler } from './http/error-handler.ts'
import { addSecurityHeaders } from './http/security-headers.ts'
import { registerWebApp } from './http/web-app.ts'
import {
  openApiTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from './http/zod-schema.ts'
import { registerContentRoutes } from './routes/content.ts'
import { registerHealthRoutes } from './routes/health.ts'
import { registerMeRoutes } from './routes/me.ts'
import type { App, RouteDeps } from './routes/route-types.ts'

export type AppDeps = {
  config: Pick<Config, 'webDir'>
  db: Database
  /** The loaded pack and its issues; the server runs with whatever part of the pack is valid. */
  content: PackResult
  /** Defaults to a silent logger, which is what tests want. */
  logger?: FastifyBaseLogger
  clock?: () => Date
}

export const API_VERSION = '0.1.0'

function registerOpenApiRoute(app: App): void {
  app.get(
    '/api/openapi.json',
    {
      schema: {
        summary: 'This API as an OpenAPI 3.1 document',
        tags: ['system'],
        response: { 200: z.unknown().meta({ description: 'An OpenAPI 3.1 document' }) },
      },
    },
    async () => app.swagger(),
  )
}

/**
 * Builds the HTTP app without listening, so tests call `app.inject()` with no port and `serve.ts`
 * decides where to bind.
 *
 * @example
 * const app = createApp({ config, db, content: await loadPack(config.contentDir) })
 * const res = await app.inject({ url: '/api/health' })
 */
export function createApp(deps: AppDeps): App {
  const app = Fastify({
    loggerInstance: deps.logger ?? pino({ level: 'silent' }),
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  installErrorHandler(app)
  addSecurityHeaders(app)

  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'certforge',
        version: API_VERSION,
        description: 'Local certification study API',
      },
    },
    transform: openApiTransform,
  })

  const routeDeps: RouteDeps = {
    db: deps.db,
    content: deps.content,
    clock: deps.clock ?? (() => new Date()),
  }
  app.register(async (api) => {
    const typed = api.withTypeProvider<ZodTypeProvider>()
    registerHealthRoutes(typed, routeDeps)
    registerContentRoutes(typed, routeDeps)
    registerMeRoutes(typed, routeDeps)
    registerOpenApiRoute(typed)
  })
  registerWebApp(app, deps.config.webDir)
  return app
}
