/**
 * A problem that stops the server from starting, caused by a setting the user can change. The CLI
 * prints `message` (one line naming the setting and the fix) and exits non-zero, without a stack.
 */
export class StartupError extends Error {
  /** The environment variable to change, e.g. `PORT` or `DATABASE_URL`. */
  readonly setting: string

  constructor(setting: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
    this.setting = setting
  }
}
