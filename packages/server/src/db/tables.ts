import type { ColumnType } from 'kysely'

/** A value `JSON.parse` can return; what a `jsonb` column holds. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue }

// Timestamps are written as Date and read back as Date by both pg and PGlite.
type Timestamp = ColumnType<Date, Date, Date>
type DefaultedTimestamp = ColumnType<Date, Date | undefined, Date>
// jsonb is written as JSON text: pg would turn a JS array into a Postgres array literal otherwise.
type Jsonb = ColumnType<JsonValue, string, string>

export type UsersTable = {
  id: string
  display_name: string
  created_at: DefaultedTimestamp
}

export type LessonProgressTable = {
  user_id: string
  lesson_id: string
  completed_at: Timestamp
}

export type ItemBookmarksTable = {
  user_id: string
  item_id: string
  note: string | null
  created_at: Timestamp
}

export type PreferencesTable = {
  user_id: string
  key: string
  value: Jsonb
}

/** The Kysely view of the schema that `migrations/` builds. */
export type DatabaseTables = {
  users: UsersTable
  lesson_progress: LessonProgressTable
  item_bookmarks: ItemBookmarksTable
  preferences: PreferencesTable
}
