export { type AppDeps, createApp } from './app.ts'
export {
  type Config,
  ConfigError,
  type ConfigOverrides,
  DEFAULT_HOST,
  DEFAULT_PORT,
  LOG_LEVELS,
  type LogLevel,
  loadConfig,
  SETTINGS,
  type SettingName,
} from './config.ts'
export * from './content/pack-reader.ts'
export type { Database, DatabaseKind, Repositories } from './db/database.ts'
export { LOCAL_USER_ID } from './db/local-user.ts'
export { openDatabase } from './db/open.ts'
export { DatabaseOpenError, redactDatabaseUrl } from './db/open-error.ts'
export { openPglite } from './db/pglite.ts'
export { openPostgres, type PostgresOptions } from './db/postgres.ts'
export type { Bookmark, BookmarksRepository } from './db/repositories/bookmarks.ts'
export type { PreferencesRepository } from './db/repositories/preferences.ts'
export type { LessonProgress, ProgressRepository } from './db/repositories/progress.ts'
export type { User, UsersRepository } from './db/repositories/users.ts'
export type { JsonValue } from './db/tables.ts'
export { AppError, ERROR_CODES, ERRORS, type ErrorBody, type ErrorCode } from './errors.ts'
export { type RunningServer, type ServerIo, startServer } from './serve.ts'
export { StartupError } from './startup-error.ts'
