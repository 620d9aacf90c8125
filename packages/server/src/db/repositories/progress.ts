import type { Kysely } from 'kysely'
import type { DatabaseTables } from '../tables.ts'

export type LessonProgress = { lessonId: string; completedAt: Date }

/** Which lessons a learner has finished. */
export interface ProgressRepository {
  find(userId: string, lessonId: string): Promise<LessonProgress | undefined>
  list(userId: string): Promise<LessonProgress[]>
  /** Idempotent: completing a lesson again keeps the first completion time. */
  markCompleted(userId: string, lessonId: string, completedAt: Date): Promise<LessonProgress>
  clear(userId: string, lessonId: string): Promise<void>
}

function toProgress(row: { lesson_id: string; completed_at: Date }): LessonProgress {
  return { lessonId: row.lesson_id, completedAt: row.completed_at }
}

export function progressRepository(db: Kysely<DatabaseTables>): ProgressRepository {
  return {
    async find(userId, lessonId) {
      const row = await db
        .selectFrom('lesson_progress')
        .select(['lesson_id', 'completed_at'])
        .where('user_id', '=', userId)
        .where('lesson_id', '=', lessonId)
        .executeTakeFirst()
      return row && toProgress(row)
    },
    async list(userId) {
      const rows = await db
        .selectFrom('lesson_progress')
        .select(['lesson_id', 'completed_at'])
        .where('user_id', '=', userId)
        .orderBy('completed_at')
        .orderBy('lesson_id')
        .execute()
      return rows.map(toProgress)
    },
    async markCompleted(userId, lessonId, completedAt) {
      const row = await db
        .insertInto('lesson_progress')
        .values({ user_id: userId, lesson_id: lessonId, completed_at: completedAt })
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'lesson_id'])
            // A no-op update, so RETURNING yields the existing row on a repeat.
            .doUpdateSet({ completed_at: (eb) => eb.ref('lesson_progress.completed_at') }),
        )
        .returning(['lesson_id', 'completed_at'])
        .executeTakeFirstOrThrow()
      return toProgress(row)
    },
    async clear(userId, lessonId) {
      await db
        .deleteFrom('lesson_progress')
        .where('user_id', '=', userId)
        .where('lesson_id', '=', lessonId)
        .execute()
    },
  }
}
