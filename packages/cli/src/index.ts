export { type Io, UsageError } from './io.ts'
export { run } from './run.ts'
