import { SLUG } from '@certforge/core'
import { z } from 'zod'
import { LOCAL_USER_ID } from '../db/local-user.ts'
import type { JsonValue } from '../db/tables.ts'
import { AppError } from '../errors.ts'
import { type App, ErrorBodySchema, type RouteDeps } from './route-types.ts'

// Until there are accounts, every `/api/me` request is the local learner's.
const userId = LOCAL_USER_ID

const LessonParams = z.object({
  lessonId: z.string().regex(SLUG, 'a lesson id like s3-storage-classes'),
})

const ProgressSchema = z
  .object({
    lessonId: z.string(),
    completed: z.boolean(),
    completedAt: z.string().meta({ format: 'date-time' }).nullable(),
  })
  .meta({ description: 'Whether the lesson is finished, and when it was first finished' })

const PreferenceKey = z.object({
  key: z
    .string()
    .regex(
      /^[a-z][a-zA-Z0-9._-]{0,63}$/,
      'a key like theme or exam.showTimer (letters, digits, . _ -)',
    ),
})

// The body came from JSON.parse, so anything present is already a JSON value.
const JsonValueSchema = z
  .custom<JsonValue>((value) => value !== undefined, 'a JSON value')
  .meta({ description: 'Any JSON value' })

function progressBody(
  lessonId: string,
  completedAt: Date | undefined,
): z.input<typeof ProgressSchema> {
  return {
    lessonId,
    completed: completedAt !== undefined,
    completedAt: completedAt?.toISOString() ?? null,
  }
}

export function registerMeRoutes(app: App, { db, content, clock }: RouteDeps): void {
  const { progress, preferences } = db.repositories
  const lessonIds = new Set(content.pack.lessons.map((lesson) => lesson.id))
  const examples = [...lessonIds].slice(0, 2).join(' or ') || 'none: the pack has no lessons'

  function requireLesson(lessonId: string): string {
    if (!lessonIds.has(lessonId)) {
      throw new AppError(
        'LESSON_NOT_FOUND',
        `lesson "${lessonId}" is not in the content pack (expected a lesson id such as ${examples})`,
      )
    }
    return lessonId
  }

  const progressResponses = { 200: ProgressSchema, 400: ErrorBodySchema, 404: ErrorBodySchema }

  app.get(
    '/api/me/lessons/:lessonId/progress',
    {
      schema: {
        summary: 'Whether the learner finished a lesson',
        tags: ['me'],
        params: LessonParams,
        response: progressResponses,
      },
    },
    async (request) => {
      const lessonId = requireLesson(request.params.lessonId)
      return progressBody(lessonId, (await progress.find(userId, lessonId))?.completedAt)
    },
  )

  app.put(
    '/api/me/lessons/:lessonId/progress',
    {
      schema: {
        summary: 'Mark a lesson finished (keeps the first time) or not finished',
        tags: ['me'],
        params: LessonParams,
        body: z.strictObject({ completed: z.boolean() }),
        response: progressResponses,
      },
    },
    async (request) => {
      const lessonId = requireLesson(request.params.lessonId)
      if (!request.body.completed) {
        await progress.clear(userId, lessonId)
        return progressBody(lessonId, undefined)
      }
      const done = await progress.markCompleted(userId, lessonId, clock())
      return progressBody(lessonId, done.completedAt)
    },
  )

  app.get(
    '/api/me/preferences',
    {
      schema: {
        summary: "The learner's web app preferences",
        tags: ['me'],
        response: {
          200: z
            .object({ preferences: z.record(z.string(), JsonValueSchema) })
            .meta({ description: 'Every preference the learner has set, by key' }),
        },
      },
    },
    async () => ({ preferences: await preferences.all(userId) }),
  )

  app.put(
    '/api/me/preferences/:key',
    {
      schema: {
        summary: 'Set one preference',
        tags: ['me'],
        params: PreferenceKey,
        body: z.strictObject({ value: JsonValueSchema }),
        response: {
          200: z
            .object({ key: z.string(), value: JsonValueSchema })
            .meta({ description: 'The preference as stored' }),
          400: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const { key } = request.params
      await preferences.set(userId, key, request.body.value)
      return { key, value: request.body.value }
    },
  )
}
