import { z } from 'zod'
import { type Blueprint, BlueprintSchema, type Service } from './blueprint-schema.ts'
import { type ContentIssue, compareIssues } from './content-issue.ts'
import {
  type DocsCatalog,
  markdownDocLinks,
  normalizeDocUrl,
  parseDocsCatalog,
} from './docs-catalog.ts'
import { DeckSchema, type Flashcard } from './flashcard-schema.ts'
import { splitFrontMatter } from './front-matter.ts'
import { GuideFrontMatterSchema, type GuidePage } from './guide-schema.ts'
import { taskOfObjective } from './ids.ts'
import { type CommittedItem, findImmutabilityViolations } from './immutability.ts'
import { type Item, ItemSchema, ObjectiveMapSchema, scorableQuestions } from './item-schema.ts'
import {
  extractKeyFacts,
  KEY_FACTS_HEADING,
  type Lesson,
  LessonFrontMatterSchema,
} from './lesson-schema.ts'
import { findNearDuplicates } from './near-duplicates.ts'
import { type ParsedYaml, parseYaml, type SourceFile, validateWith } from './yaml-source.ts'

/** Every content file of a pack, read by the caller. */
export type PackSources = {
  blueprints: SourceFile[]
  items: SourceFile[]
  lessons: SourceFile[]
  decks: SourceFile[]
  guide: SourceFile[]
  /** The documentation catalog TSV; references must be listed in it. */
  catalog: string
  /** Committed versions of items, oldest first; omit when there is no version history. */
  history?: readonly CommittedItem[]
}

/** A validated content pack: the only shape the server, CLI and web ever see. */
export type ContentPack = {
  blueprints: Blueprint[]
  items: Item[]
  lessons: Lesson[]
  flashcards: Flashcard[]
  guide: GuidePage[]
}

export type PackResult = { pack: ContentPack; issues: ContentIssue[] }

type Located<T> = { file: SourceFile; parsed: ParsedYaml; value: T; base: PropertyKey[] }

/** Stubs from `content new` carry these; nothing a learner sees may keep one. */
const TODO = /\bTODO\b/

class IssueList {
  readonly all: ContentIssue[] = []
  add(
    file: SourceFile,
    line: number,
    message: string,
    severity: ContentIssue['severity'] = 'error',
  ): void {
    this.all.push({ path: file.path, line, message, severity })
  }
  at<T>(
    loc: Located<T>,
    path: PropertyKey[],
    message: string,
    severity: ContentIssue['severity'] = 'error',
  ): void {
    this.add(loc.file, loc.parsed.lineOf([...loc.base, ...path]), message, severity)
  }
}

function baseName(path: string): string {
  return (
    path
      .split('/')
      .pop()
      ?.replace(/\.(ya?ml|md)$/, '') ?? path
  )
}

function loadYamlFiles<T>(
  files: SourceFile[],
  schema: z.ZodType<T>,
  issues: IssueList,
  invalid: Located<unknown>[] = [],
): Located<T>[] {
  const out: Located<T>[] = []
  for (const file of files) {
    const parsed = parseYaml(file)
    issues.all.push(...parsed.issues)
    if (parsed.issues.length > 0) continue
    const { value, issues: found } = validateWith(schema, parsed, file)
    issues.all.push(...found)
    if (value !== undefined) out.push({ file, parsed, value, base: [] })
    else invalid.push({ file, parsed, value: parsed.data, base: [] })
  }
  return out
}

const LooseRefs = z.looseObject({
  objectives: ObjectiveMapSchema.optional().catch(undefined),
  services: z.array(z.string()).optional().catch(undefined),
  references: z.array(z.string()).optional().catch(undefined),
  questions: z
    .array(z.looseObject({ objectives: ObjectiveMapSchema.optional().catch(undefined) }))
    .optional()
    .catch(undefined),
})

/**
 * Items that failed the schema still get their cross-file checks, so one run reports every
 * problem instead of revealing them one fix at a time.
 */
function checkInvalidItems(invalid: Located<unknown>[], ix: Indexes, issues: IssueList): void {
  for (const loc of invalid) {
    const raw = LooseRefs.safeParse(loc.value)
    if (!raw.success) continue
    const { objectives, services, references, questions } = raw.data
    if (objectives) checkObjectiveMap(loc, ['objectives'], objectives, ix, issues)
    questions?.forEach((q, i) => {
      if (q.objectives)
        checkObjectiveMap(loc, ['questions', i, 'objectives'], q.objectives, ix, issues)
    })
    if (services) checkServices(loc, ['services'], services, ix, issues)
    if (references) checkReferences(loc, ['references'], references, ix, issues)
  }
}

type Indexes = {
  blueprints: Map<string, Blueprint>
  objectives: Map<string, Set<string>>
  tasks: Map<string, Set<string>>
  services: Map<string, Service>
  catalog: DocsCatalog
}

function buildIndexes(blueprints: Blueprint[], catalog: DocsCatalog): Indexes {
  const indexes: Indexes = {
    blueprints: new Map(),
    objectives: new Map(),
    tasks: new Map(),
    services: new Map(),
    catalog,
  }
  for (const bp of blueprints) {
    indexes.blueprints.set(bp.exam.code, bp)
    const tasks = bp.domains.flatMap((d) => d.taskStatements)
    indexes.tasks.set(bp.exam.code, new Set(tasks.map((t) => t.id)))
    indexes.objectives.set(
      bp.exam.code,
      new Set(tasks.flatMap((t) => t.objectives.map((o) => o.id))),
    )
    for (const service of bp.services) indexes.services.set(service.slug, service)
  }
  return indexes
}

function checkObjectiveMap<T>(
  loc: Located<T>,
  path: PropertyKey[],
  map: Record<string, string[]>,
  ix: Indexes,
  issues: IssueList,
): void {
  for (const [exam, objectives] of Object.entries(map)) {
    const known = ix.objectives.get(exam)
    if (!known) {
      issues.at(
        loc,
        [...path, exam],
        `exam code ${exam} has no blueprint (expected one of ${[...ix.blueprints.keys()].join(', ')})`,
      )
      continue
    }
    objectives.forEach((objective, i) => {
      if (!known.has(objective)) {
        issues.at(
          loc,
          [...path, exam, i],
          `objective ${objective} is not in the ${exam} blueprint (expected an id such as ${[...known].slice(0, 2).join(' or ')})`,
        )
      }
    })
  }
}

function checkServices<T>(
  loc: Located<T>,
  path: PropertyKey[],
  services: string[],
  ix: Indexes,
  issues: IssueList,
): void {
  services.forEach((slug, i) => {
    if (!ix.services.has(slug)) {
      issues.at(
        loc,
        [...path, i],
        `service ${slug} is not an in-scope service of any blueprint (expected a slug from blueprint.yaml services, such as amazon-s3)`,
      )
    }
  })
}

function checkReferences<T>(
  loc: Located<T>,
  path: PropertyKey[],
  urls: string[],
  ix: Indexes,
  issues: IssueList,
): void {
  urls.forEach((url, i) => {
    if (!ix.catalog.has(normalizeDocUrl(url))) {
      issues.at(
        loc,
        [...path, i],
        `reference ${url} is not in the documentation catalog (expected a URL from content/aws-docs-catalog.tsv)`,
      )
    }
  })
}

function checkItems(items: Located<Item>[], ix: Indexes, issues: IssueList): void {
  const ids = new Map<string, SourceFile>()
  for (const loc of items) {
    const item = loc.value
    if (baseName(loc.file.path) !== item.id) {
      issues.at(
        loc,
        ['id'],
        `file name ${baseName(loc.file.path)} differs from id ${item.id} (expected ${item.id}.yaml)`,
      )
    }
    const idsHere = [
      item.id,
      ...(item.type === 'case-study' ? item.questions.map((q) => q.id) : []),
    ]
    for (const id of idsHere) {
      const other = ids.get(id)
      if (other)
        issues.at(
          loc,
          ['id'],
          `id ${id} is also used by ${other.path} (expected ids to be unique; mint a new one)`,
        )
      ids.set(id, loc.file)
    }
    scorableQuestions(item).forEach((q, i) => {
      const path = item.type === 'case-study' ? ['questions', i, 'objectives'] : ['objectives']
      checkObjectiveMap(loc, path, q.objectives, ix, issues)
    })
    checkServices(loc, ['services'], item.services, ix, issues)
    checkReferences(loc, ['references'], item.references, ix, issues)
    if (item.status !== 'draft' && TODO.test(loc.file.text)) {
      issues.at(
        loc,
        ['status'],
        `${item.status} item still contains TODO markers (expected every TODO written, or status: draft)`,
      )
    }
  }
  for (const loc of items) {
    const target = loc.value.reimplements
    if (target !== undefined && !ids.has(target)) {
      issues.at(
        loc,
        ['reimplements'],
        `reimplements ${target}, which is not in the bank (expected the id of the item this one replaces; keep the old item with status: retired)`,
      )
    }
  }
}

/** The field that holds an item's options and key, for pointing at a changed answer. */
function answerField(item: Item): string {
  if (item.type === 'ordering') return 'steps'
  if (item.type === 'matching') return 'prompts'
  if (item.type === 'case-study') return 'questions'
  return 'options'
}

function checkImmutability(
  items: Located<Item>[],
  history: readonly CommittedItem[],
  issues: IssueList,
): void {
  const byId = new Map(items.map((loc) => [loc.value.id, loc]))
  for (const violation of findImmutabilityViolations(
    items.map((loc) => loc.value),
    history,
  )) {
    const loc = byId.get(violation.id)
    if (!loc) continue
    const field =
      violation.parts.includes('stem') || violation.parts.includes('type')
        ? 'stem'
        : answerField(loc.value)
    issues.at(
      loc,
      [field],
      `${violation.id} changed its ${violation.parts.join(', ')} since commit ${violation.commit.slice(0, 10)} (expected committed items never to change: restore it, and put the new version in a new item with reimplements: ${violation.id})`,
    )
  }
}

function checkStemDuplicates(items: Located<Item>[], issues: IssueList): void {
  const texts = items.flatMap((loc) =>
    scorableQuestions(loc.value).map((q) => ({
      id: q.id,
      text: loc.value.type === 'case-study' ? `${loc.value.scenario} ${q.stem}` : q.stem,
    })),
  )
  const byId = new Map(
    items.flatMap((loc) => scorableQuestions(loc.value).map((q) => [q.id, loc] as const)),
  )
  const replaced = new Set(items.map((loc) => `${loc.value.id}|${loc.value.reimplements ?? ''}`))
  for (const dup of findNearDuplicates(texts)) {
    const parentA = dup.a.split('.')[0] ?? dup.a
    const parentB = dup.b.split('.')[0] ?? dup.b
    if (
      parentA === parentB ||
      replaced.has(`${parentA}|${parentB}`) ||
      replaced.has(`${parentB}|${parentA}`)
    )
      continue
    const loc = byId.get(dup.b)
    if (loc)
      issues.at(
        loc,
        ['stem'],
        `stem of ${dup.b} is ${Math.round(dup.similarity * 100)}% similar to ${dup.a} (expected distinct stems; merge them or rewrite one)`,
        'warning',
      )
  }
}

function loadLessons(files: SourceFile[], ix: Indexes, issues: IssueList): Lesson[] {
  const lessons: Lesson[] = []
  const ids = new Map<string, string>()
  for (const file of files) {
    const doc = splitFrontMatter(file)
    if ('message' in doc) {
      issues.all.push(doc)
      continue
    }
    issues.all.push(...doc.parsed.issues)
    if (doc.parsed.issues.length > 0) continue
    const { value, issues: found } = validateWith(LessonFrontMatterSchema, doc.parsed, file)
    issues.all.push(...found)
    if (!value) continue
    const loc: Located<typeof value> = { file, parsed: doc.parsed, value, base: [] }
    const other = ids.get(value.id)
    if (other)
      issues.at(
        loc,
        ['id'],
        `lesson id ${value.id} is also used by ${other} (expected unique lesson ids)`,
      )
    ids.set(value.id, file.path)
    if (baseName(file.path) !== value.id)
      issues.at(
        loc,
        ['id'],
        `file name ${baseName(file.path)} differs from id ${value.id} (expected ${value.id}.md)`,
      )
    for (const [exam, tasks] of Object.entries(value.taskStatements)) {
      const known = ix.tasks.get(exam)
      if (!known) {
        issues.at(
          loc,
          ['taskStatements', exam],
          `exam code ${exam} has no blueprint (expected one of ${[...ix.blueprints.keys()].join(', ')})`,
        )
        continue
      }
      tasks.forEach((task, i) => {
        if (!known.has(task))
          issues.at(
            loc,
            ['taskStatements', exam, i],
            `task statement ${task} is not in the ${exam} blueprint (expected an id such as 1.1)`,
          )
      })
      value.objectives[exam]?.forEach((objective, i) => {
        if (!tasks.includes(taskOfObjective(objective))) {
          issues.at(
            loc,
            ['objectives', exam, i],
            `objective ${objective} belongs to task ${taskOfObjective(objective)}, which the lesson does not list (expected it under taskStatements)`,
          )
        }
      })
    }
    checkObjectiveMap(loc, ['objectives'], value.objectives, ix, issues)
    checkServices(loc, ['services'], value.services, ix, issues)
    if (!KEY_FACTS_HEADING.test(doc.body)) {
      issues.add(
        file,
        doc.bodyStartLine + doc.body.split('\n').length - 1,
        'lesson has no "## Key facts" section (expected one near the end, as a bullet list)',
      )
    }
    for (const link of markdownDocLinks(doc.body)) {
      if (!ix.catalog.has(normalizeDocUrl(link.url))) {
        issues.add(
          file,
          doc.bodyStartLine + link.lineIndex,
          `link ${link.url} is not in the documentation catalog (expected a URL from content/aws-docs-catalog.tsv)`,
        )
      }
    }
    const todo = doc.body.split('\n').findIndex((line) => TODO.test(line))
    if (todo !== -1)
      issues.add(
        file,
        doc.bodyStartLine + todo,
        'lesson still contains a TODO marker (expected the section written)',
      )
    lessons.push({ ...value, body: doc.body, keyFacts: extractKeyFacts(doc.body) })
  }
  return lessons
}

function loadFlashcards(files: SourceFile[], ix: Indexes, issues: IssueList): Flashcard[] {
  const cards: Flashcard[] = []
  const ids = new Map<string, string>()
  for (const loc of loadYamlFiles(files, DeckSchema, issues)) {
    loc.value.cards.forEach((card, i) => {
      const at: Located<typeof card> = { ...loc, value: card, base: ['cards', i] }
      const other = ids.get(card.id)
      if (other)
        issues.at(
          at,
          ['id'],
          `flashcard id ${card.id} is also used in ${other} (expected unique ids; mint a new one)`,
        )
      ids.set(card.id, loc.file.path)
      checkObjectiveMap(at, ['objectives'], card.objectives, ix, issues)
      checkServices(at, ['services'], card.services, ix, issues)
      checkReferences(at, ['references'], card.references, ix, issues)
      if (TODO.test(card.front) || TODO.test(card.back))
        issues.at(
          at,
          ['front'],
          `flashcard ${card.id} still contains a TODO marker (expected both sides written)`,
        )
      cards.push({ ...card, deck: loc.value.deck })
    })
  }
  return cards
}

function loadGuide(files: SourceFile[], issues: IssueList): GuidePage[] {
  const pages: GuidePage[] = []
  for (const file of files) {
    const doc = splitFrontMatter(file)
    if ('message' in doc) {
      issues.all.push(doc)
      continue
    }
    issues.all.push(...doc.parsed.issues)
    if (doc.parsed.issues.length > 0) continue
    const { value, issues: found } = validateWith(GuideFrontMatterSchema, doc.parsed, file)
    issues.all.push(...found)
    if (value) pages.push({ ...value, body: doc.body })
  }
  return pages.sort((a, b) => a.order - b.order)
}

/**
 * Parses and validates a whole pack and reports every problem at once (freeCodeCamp's
 * "collect, then fail once"). The pack holds whatever was valid, so a server can still
 * show the parts that are fine while an author fixes the rest.
 */
export function buildPack(sources: PackSources): PackResult {
  const issues = new IssueList()
  const blueprints = loadYamlFiles(sources.blueprints, BlueprintSchema, issues).map(
    (loc) => loc.value,
  )
  if (sources.blueprints.length === 0) {
    issues.all.push({
      path: 'content',
      line: 1,
      message: 'no blueprint.yaml found (expected content/<exam>/blueprint.yaml)',
      severity: 'error',
    })
  }
  const ix = buildIndexes(blueprints, parseDocsCatalog(sources.catalog))
  const invalidItems: Located<unknown>[] = []
  const itemLocs = loadYamlFiles(sources.items, ItemSchema, issues, invalidItems)
  checkItems(itemLocs, ix, issues)
  checkInvalidItems(invalidItems, ix, issues)
  checkStemDuplicates(itemLocs, issues)
  if (sources.history) checkImmutability(itemLocs, sources.history, issues)
  const lessons = loadLessons(sources.lessons, ix, issues).sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id),
  )
  const flashcards = loadFlashcards(sources.decks, ix, issues)
  const guide = loadGuide(sources.guide, issues)
  const items = itemLocs.map((loc) => loc.value).sort((a, b) => a.id.localeCompare(b.id))
  return {
    pack: { blueprints, items, lessons, flashcards, guide },
    issues: issues.all.sort(compareIssues),
  }
}
