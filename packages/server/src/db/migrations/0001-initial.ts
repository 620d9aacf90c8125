import { type Kysely, sql } from 'kysely'
import { LOCAL_USER_ID, LOCAL_USER_NAME } from '../local-user.ts'

// Migrations see the schema as it was when they were written, so they take an untyped Kysely.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('lesson_progress')
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('lesson_id', 'text', (col) => col.notNull())
    .addColumn('completed_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('lesson_progress_pkey', ['user_id', 'lesson_id'])
    .execute()

  await db.schema
    .createTable('item_bookmarks')
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('item_bookmarks_pkey', ['user_id', 'item_id'])
    .execute()

  await db.schema
    .createTable('preferences')
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('value', 'jsonb', (col) => col.notNull())
    .addPrimaryKeyConstraint('preferences_pkey', ['user_id', 'key'])
    .execute()

  await sql`insert into users (id, display_name) values (${LOCAL_USER_ID}, ${LOCAL_USER_NAME})`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['preferences', 'item_bookmarks', 'lesson_progress', 'users']) {
    await db.schema.dropTable(table).execute()
  }
}
