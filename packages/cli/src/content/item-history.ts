import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { type CommittedItem, parseCommittedItem } from '@certforge/core'
import { parse } from 'yaml'

const run = promisify(execFile)
const ITEM_FILE = /(^|\/)items\/.+\.ya?ml$/

export type HistoryResult = { ok: true; history: CommittedItem[] } | { ok: false; reason: string }

/** Blob ids of every committed version of every item file, oldest commit first. */
async function itemBlobs(contentRoot: string): Promise<{ commit: string; blob: string }[]> {
  const { stdout } = await run(
    'git',
    [
      'log',
      '--reverse',
      '--raw',
      '--no-abbrev',
      '--no-renames',
      '--relative',
      '--format=commit %H',
      '--',
      '*/items/*',
    ],
    {
      cwd: contentRoot,
      maxBuffer: 256 * 1024 * 1024,
    },
  )
  const blobs: { commit: string; blob: string }[] = []
  let commit = ''
  for (const line of stdout.split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice(7)
    const raw = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) [AM]\t(.+)$/.exec(line)
    if (raw?.[1] && raw[2] && ITEM_FILE.test(raw[2])) blobs.push({ commit, blob: raw[1] })
  }
  return blobs
}

/** Reads many blobs through one `git cat-file --batch` process instead of one spawn each. */
function readBlobs(cwd: string, ids: string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd })
    const chunks: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => chunks.push(c))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited ${code}`))
      const out = Buffer.concat(chunks)
      const blobs = new Map<string, string>()
      let at = 0
      while (at < out.length) {
        const headerEnd = out.indexOf(10, at)
        const [id, , size] = out.subarray(at, headerEnd).toString().split(' ')
        const length = Number(size)
        if (id) blobs.set(id, out.subarray(headerEnd + 1, headerEnd + 1 + length).toString('utf8'))
        at = headerEnd + 1 + length + 1
      }
      resolve(blobs)
    })
    child.stdin.end(`${ids.join('\n')}\n`)
  })
}

/**
 * Every committed version of every item, oldest first, for the immutability rule. Outside a
 * git work tree there is no history to compare with, and the caller says so.
 */
export async function readItemHistory(contentRoot: string): Promise<HistoryResult> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: contentRoot })
  } catch {
    return { ok: false, reason: `${contentRoot} is not inside a git work tree with commits` }
  }
  const blobs = await itemBlobs(contentRoot)
  const texts = await readBlobs(contentRoot, [...new Set(blobs.map((b) => b.blob))])
  const history: CommittedItem[] = []
  for (const { commit, blob } of blobs) {
    const text = texts.get(blob)
    if (text === undefined) continue
    let data: unknown
    try {
      data = parse(text)
    } catch {
      continue
    }
    const entry = parseCommittedItem(commit, data)
    if (entry) history.push(entry)
  }
  return { ok: true, history }
}
