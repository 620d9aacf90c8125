import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A deterministic generator (mulberry32) so every bench run checks the same pack. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  `data model endpoint training pipeline feature store bucket stream shard latency throughput cost instance spot
serverless batch transform monitor drift bias baseline encryption role policy subnet tuning metric accuracy recall precision
label imbalance parquet schema catalog crawler notebook container registry canary rollback variant capacity scaling alarm
retention lifecycle replica partition query glue athena kinesis lambda queue event rule schedule artifact version approval`.split(
    /\s+/,
  )

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')
}

const URL = 'https://docs.aws.amazon.com/sagemaker/latest/dg/data-wrangler.html'

function item(id: string, next: () => number): string {
  const options = ['a', 'b', 'c', 'd']
    .map(
      (o, i) =>
        `  - id: ${o}\n    text: ${sentence(next, 8)}\n    correct: ${i === 0}\n    rationale: ${sentence(next, 14)}\n`,
    )
    .join('')
  return `id: ${id}\ntype: single\nstatus: live\ndifficulty: ${1 + Math.floor(next() * 5)}\nobjectives:\n  MINI-C01: [1.1.K${1 + Math.floor(next() * 2)}]\nservices: [amazon-s3]\nreferences:\n  - ${URL}\nstem: ${sentence(next, 45)}?\noptions:\n${options}explanation: ${sentence(next, 30)}\n`
}

/**
 * Writes the mini blueprint plus `count` generated items into a fresh git repository (one
 * commit), so the bench measures parsing, validation, duplicate search and the history read.
 */
export function generatePack(count: number, fixture: string): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'certforge-bench-'))
  const content = join(root, 'content')
  cpSync(join(fixture, 'mini-c01/blueprint.yaml'), join(content, 'mini-c01/blueprint.yaml'))
  cpSync(join(fixture, 'aws-docs-catalog.tsv'), join(content, 'aws-docs-catalog.tsv'))
  const next = rng(42)
  for (let n = 0; n < count; n++) {
    const id = `q-${n.toString(16).padStart(8, '0')}`
    const dir = join(content, 'mini-c01/items/1.1')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${id}.yaml`), item(id, next))
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=b@example.com', '-c', 'user.name=bench', ...args], {
      cwd: root,
      stdio: 'pipe',
    })
  git('init', '-q')
  git('add', '.')
  git('commit', '-qm', 'generated pack')
  return { root, content }
}
