import { z } from 'zod'
import type { App, RouteDeps } from './route-types.ts'

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean() }),
    content: z.object({
      blueprints: z.number().int(),
      items: z.number().int(),
      lessons: z.number().int(),
      flashcards: z.number().int(),
      guidePages: z.number().int(),
      errors: z.number().int().meta({ description: 'Run certforge content check to list them' }),
      warnings: z.number().int(),
    }),
  })
  .meta({ description: 'Database reachability and what the content pack holds' })

export function registerHealthRoutes(app: App, { db, content }: RouteDeps): void {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Check the database and report the content pack',
        tags: ['system'],
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (request, reply) => {
      const { pack, issues } = content
      const counts = {
        blueprints: pack.blueprints.length,
        items: pack.items.length,
        lessons: pack.lessons.length,
        flashcards: pack.flashcards.length,
        guidePages: pack.guide.length,
        errors: issues.filter((issue) => issue.severity === 'error').length,
        warnings: issues.filter((issue) => issue.severity === 'warning').length,
      }
      // SELECT 1 proves a round trip without touching tables, so it stays cheap for probes.
      const ok = await db.ping().then(
        () => true,
        (error: unknown) => {
          request.log.warn({ err: error }, 'health check: database did not answer')
          return false
        },
      )
      return reply.code(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'unavailable',
        database: { kind: db.kind, ok },
        content: counts,
      })
    },
  )
}
