import type { Io } from '../../packages/cli/src/io.ts'

export type MemoryIo = Io & { out: () => string; err: () => string }

/** An Io that records output, with a counter for randomness so minted ids are predictable. */
export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}): MemoryIo {
  let stdout = ''
  let stderr = ''
  let counter = 0
  return {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    cwd,
    random: (n) => {
      counter++
      return Uint8Array.from({ length: n }, (_, i) => (counter * 31 + i * 7) % 256)
    },
    out: () => stdout,
    err: () => stderr,
  }
}
