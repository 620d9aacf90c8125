import { type BlueprintView, BlueprintViewSchema, blueprintView, ExamSchema } from '@certforge/core'
import { z } from 'zod'
import { AppError } from '../errors.ts'
import { type App, ErrorBodySchema, type RouteDeps } from './route-types.ts'

export function registerContentRoutes(app: App, { content }: RouteDeps): void {
  const { blueprints } = content.pack
  // The pack never changes while the server runs, so each exam's view is computed once.
  const views = new Map<string, BlueprintView>()
  const viewOf = (blueprint: (typeof blueprints)[number]): BlueprintView => {
    const cached = views.get(blueprint.exam.code)
    if (cached) return cached
    const view = blueprintView(content.pack, blueprint)
    views.set(blueprint.exam.code, view)
    return view
  }

  app.get(
    '/api/exams',
    {
      schema: {
        summary: 'List the exams the content pack has a blueprint for',
        tags: ['content'],
        response: {
          200: z
            .object({ exams: z.array(ExamSchema) })
            .meta({ description: 'Exams in pack order; the first is the default' }),
        },
      },
    },
    async () => ({ exams: blueprints.map((blueprint) => blueprint.exam) }),
  )

  app.get(
    '/api/blueprint',
    {
      schema: {
        summary: 'The blueprint of one exam with coverage counts',
        tags: ['content'],
        querystring: z.object({
          exam: z
            .string()
            .optional()
            .meta({ description: 'Exam code; defaults to the first exam' }),
        }),
        response: { 200: BlueprintViewSchema, 404: ErrorBodySchema, 503: ErrorBodySchema },
      },
    },
    async (request) => {
      const { exam } = request.query
      const blueprint =
        exam === undefined ? blueprints[0] : blueprints.find((b) => b.exam.code === exam)
      if (blueprint === undefined && blueprints.length === 0) {
        throw new AppError(
          'CONTENT_INVALID',
          'the content pack has no valid blueprint (run certforge content check to see why)',
        )
      }
      if (blueprint === undefined) {
        const known = blueprints.map((b) => b.exam.code).join(', ')
        throw new AppError(
          'EXAM_NOT_FOUND',
          `exam "${exam}" has no blueprint (expected one of ${known})`,
        )
      }
      return viewOf(blueprint)
    },
  )
}
