import { processIo } from './io.ts'
import { run } from './run.ts'

/** Entry for bin/certforge.js: a crash here is a bug, so it is the one place a stack trace may print. */
export async function main(argv: string[]): Promise<number> {
  return run(argv, processIo())
}
