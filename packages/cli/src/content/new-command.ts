import { existsSync } from 'node:fs'
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import {
  type Blueprint,
  cardStub,
  domainOfTask,
  ITEM_TYPES,
  type ItemType,
  itemStub,
  lessonStub,
  mintId,
  SLUG,
  taskOfObjective,
} from '@certforge/core'
import { type Io, UsageError } from '../io.ts'
import { checkPack } from './check-command.ts'

export type NewOptions = {
  contentRoot: string
  kind: string
  exam?: string
  type?: string
  objective?: string
  service?: string
  task?: string
  title?: string
  slug?: string
  deck?: string
}

const KINDS = ['item', 'lesson', 'card'] as const

function pickBlueprint(blueprints: Blueprint[], exam: string | undefined): Blueprint {
  const found = exam === undefined ? blueprints[0] : blueprints.find((b) => b.exam.code === exam)
  if (!found)
    throw new UsageError(
      `--exam ${exam ?? ''}: no such blueprint (expected one of ${blueprints.map((b) => b.exam.code).join(', ')})`,
    )
  return found
}

function requireObjective(
  bp: Blueprint,
  objective: string | undefined,
  task: string | undefined,
): string {
  const all = bp.domains.flatMap((d) =>
    d.taskStatements.flatMap((t) => t.objectives.map((o) => o.id)),
  )
  const chosen =
    objective ?? all.find((id) => task !== undefined && taskOfObjective(id) === task) ?? all[0]
  if (chosen === undefined || !all.includes(chosen)) {
    throw new UsageError(
      `--objective ${objective ?? ''}: not in the ${bp.exam.code} blueprint (expected an id such as 1.1.K1)`,
    )
  }
  return chosen
}

function requireService(bp: Blueprint, service: string | undefined): string {
  const chosen = service ?? bp.services[0]?.slug
  if (chosen === undefined || !bp.services.some((s) => s.slug === chosen)) {
    throw new UsageError(
      `--service ${service ?? ''}: not an in-scope service (expected a slug such as ${bp.services[0]?.slug ?? 'amazon-s3'})`,
    )
  }
  return chosen
}

/** Mints an id that no file uses yet; collisions are astronomically rare but cheap to rule out. */
function freshId(kind: 'item' | 'flashcard', taken: Set<string>, io: Io): string {
  for (;;) {
    const id = mintId(kind, io.random(4))
    if (!taken.has(id)) return id
  }
}

/** `certforge content new item|lesson|card`: mints an id and writes a stub that `content check` walks the author through. */
export async function contentNew(options: NewOptions, io: Io): Promise<number> {
  if (!KINDS.some((k) => k === options.kind))
    throw new UsageError(
      `content new ${options.kind}: unknown kind (expected one of ${KINDS.join(', ')})`,
    )
  const { pack } = await checkPack({ contentRoot: options.contentRoot, history: false }, io)
  const bp = pickBlueprint(pack.blueprints, options.exam)
  const examDir = join(options.contentRoot, bp.exam.code.toLowerCase())
  const objective = requireObjective(bp, options.objective, options.task)
  const service = requireService(bp, options.service)
  const taken = new Set([...pack.items.map((i) => i.id), ...pack.flashcards.map((c) => c.id)])
  let target: string
  if (options.kind === 'item') {
    const type = options.type ?? 'single'
    if (!ITEM_TYPES.some((t) => t === type))
      throw new UsageError(
        `--type ${type}: unknown item type (expected one of ${ITEM_TYPES.join(', ')})`,
      )
    const id = freshId('item', taken, io)
    target = join(examDir, 'items', taskOfObjective(objective), `${id}.yaml`)
    await mkdir(join(target, '..'), { recursive: true })
    await writeFile(
      target,
      itemStub(type as ItemType, { id, exam: bp.exam.code, objective, service }),
      { flag: 'wx' },
    )
  } else if (options.kind === 'lesson') {
    const slug = options.slug ?? ''
    if (!SLUG.test(slug))
      throw new UsageError(
        `--slug ${slug}: not a kebab-case lesson id (expected something like s3-storage-classes)`,
      )
    const task = options.task ?? taskOfObjective(objective)
    target = join(examDir, 'lessons', domainOfTask(task), `${slug}.md`)
    if (existsSync(target))
      throw new UsageError(
        `--slug ${slug}: ${relative(io.cwd, target)} already exists (expected a new lesson id)`,
      )
    await mkdir(join(target, '..'), { recursive: true })
    await writeFile(
      target,
      lessonStub({
        id: slug,
        exam: bp.exam.code,
        objective,
        service,
        task,
        title: options.title ?? 'TODO lesson title',
      }),
    )
  } else {
    const deck = options.deck ?? 'general'
    if (!SLUG.test(deck))
      throw new UsageError(
        `--deck ${deck}: not a kebab-case deck name (expected something like data-formats)`,
      )
    target = join(examDir, 'flashcards', `${deck}.yaml`)
    await mkdir(join(target, '..'), { recursive: true })
    if (!existsSync(target)) await writeFile(target, `deck: ${deck.replace(/-/g, ' ')}\ncards:\n`)
    await appendFile(
      target,
      cardStub({ id: freshId('flashcard', taken, io), exam: bp.exam.code, objective, service }),
    )
  }
  io.stdout.write(
    `content new: wrote ${relative(io.cwd, target)} (fill in every TODO, then run certforge content check)\n`,
  )
  return 0
}
