import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { generatePack } from './generated-pack.ts'

const ITEMS = 2000
const RUNS = 5
const REPO = join(import.meta.dirname, '..')
const BIN = join(REPO, 'packages/cli/bin/certforge.js')

function time(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function report(name: string, samples: number[], unit: string, perItem: boolean): void {
  const med = median(samples)
  const rate = perItem ? `  ${Math.round((ITEMS / med) * 1000)} items/s` : ''
  process.stdout.write(
    `${name.padEnd(46)} median ${med.toFixed(0).padStart(6)} ${unit}  min ${Math.min(...samples).toFixed(0)}  max ${Math.max(...samples).toFixed(0)}${rate}\n`,
  )
}

process.stdout.write(`certforge bench: node ${process.version}, ${RUNS} runs each\n`)
const { root } = generatePack(ITEMS, join(REPO, 'tests/fixtures/mini-pack'))

// The whole command as an author runs it: process start, tsx, parse, validate, git history.
const full = Array.from({ length: RUNS }, () =>
  time(() => execFileSync('node', [BIN, 'content', 'check'], { cwd: root, stdio: 'pipe' })),
)
report(`content check, ${ITEMS} items (process, history)`, full, 'ms', true)

const noHistory = Array.from({ length: RUNS }, () =>
  time(() =>
    execFileSync('node', [BIN, 'content', 'check', '--no-history'], { cwd: root, stdio: 'pipe' }),
  ),
)
report(`content check, ${ITEMS} items (process, no history)`, noHistory, 'ms', true)

const startup = Array.from({ length: RUNS }, () =>
  time(() => execFileSync('node', [BIN, '--version'], { stdio: 'pipe' })),
)
report('certforge --version (startup only)', startup, 'ms', false)
