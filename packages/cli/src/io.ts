import { randomBytes } from 'node:crypto'

/** Everything a command touches outside itself, so tests run commands in process (Vitest's runVitestCli idea). */
export type Io = {
  stdout: { write: (text: string) => unknown }
  stderr: { write: (text: string) => unknown }
  env: Record<string, string | undefined>
  cwd: string
  random: (size: number) => Uint8Array
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    random: (n) => randomBytes(n),
  }
}

/** A user mistake: printed as one line, exit code 1, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
