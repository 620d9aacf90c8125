import { isNode, LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import type { ContentIssue } from './content-issue.ts'

/** A content file as text; core never reads files, callers hand them in. */
export type SourceFile = { path: string; text: string }

export type ParsedYaml = {
  data: unknown
  /** Line (1-based, in the original file) of the value at a data path, or of its closest parent. */
  lineOf: (path: readonly PropertyKey[]) => number
  issues: ContentIssue[]
}

/**
 * Parses YAML and keeps the node positions so schema errors can name a line.
 * `lineOffset` places YAML taken from Markdown front matter within its file.
 */
export function parseYaml(file: SourceFile, text = file.text, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const issues: ContentIssue[] = doc.errors.map((error) => ({
    path: file.path,
    line: (error.linePos?.[0]?.line ?? 1) + lineOffset,
    message: `YAML syntax: ${error.message.split('\n')[0]} (expected valid YAML)`,
    severity: 'error',
  }))
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const keys = path.slice(0, n).map((k) => (typeof k === 'symbol' ? String(k) : k))
      const node = n === 0 ? doc.contents : doc.getIn(keys, true)
      if (isNode(node) && node.range) {
        return lineCounter.linePos(node.range[0]).line + lineOffset
      }
    }
    return 1 + lineOffset
  }
  return { data: issues.length > 0 ? undefined : doc.toJS(), lineOf, issues }
}

function dotted(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    return out === '' ? String(key) : `${out}.${String(key)}`
  }, '')
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  return typeof value === 'object' ? 'a mapping' : String(value)
}

/** What an author should write when a field is missing, by field name. */
const FIELD_HINTS: Record<string, string> = {
  rationale: 'a rationale saying why this option is right or wrong in this scenario',
  stem: 'the question text, a scenario ending in one clear question',
  explanation: 'the reasoning a learner should take away',
  references: 'a list of documentation URLs from content/aws-docs-catalog.tsv',
  objectives: 'a mapping such as MLA-C01: [1.1.K1]',
  services: 'a list of service slugs from blueprint.yaml, such as [amazon-s3]',
  difficulty: 'an integer from 1 (easy) to 5 (hard); 3 is exam level',
  status: 'draft, live or retired',
  id: 'a permanent id; mint one with certforge content new',
  type: 'single, multiple, ordering, matching or case-study',
}

/** Turns a zod issue into "field: what is wrong (expected …)". */
export function describeZodIssue(issue: z.core.$ZodIssue): {
  path: PropertyKey[]
  message: string
} {
  const path = [...issue.path]
  const field = dotted(path) || 'the top level'
  const last = path.at(-1)
  const hint = typeof last === 'string' ? FIELD_HINTS[last] : undefined
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return { path, message: `${field} is missing (expected ${hint ?? issue.expected})` }
      return {
        path,
        message: `${field} is ${describeValue(issue.input)} (expected ${issue.expected})`,
      }
    case 'unrecognized_keys':
      return {
        path: [...path, issue.keys[0] ?? ''],
        message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} in ${field} (expected only the documented keys; see docs/content-format.md)`,
      }
    case 'invalid_value':
      return {
        path,
        message: `${field} is ${describeValue(issue.input)} (expected one of ${issue.values.map(String).join(', ')})`,
      }
    case 'invalid_union':
      return { path, message: `${field} matches no allowed shape (expected ${issue.message})` }
    case 'invalid_format':
      return {
        path,
        message: `${field} is ${describeValue(issue.input)} (expected ${issue.message.startsWith('Invalid') ? issue.format : issue.message})`,
      }
    case 'too_small':
      return {
        path,
        message: `${field} is too short or too small (expected ${issue.message.startsWith('Too small') || issue.message.startsWith('Invalid') ? `at least ${String(issue.minimum)}` : issue.message})`,
      }
    case 'too_big':
      return {
        path,
        message: `${field} is too long or too large (expected at most ${String(issue.maximum)})`,
      }
    case 'custom':
      return {
        path,
        message: issue.message.includes('(expected')
          ? `${field}: ${issue.message}`
          : `${field} is invalid (expected ${issue.message})`,
      }
    default:
      return { path, message: `${field}: ${issue.message}` }
  }
}

/** Validates parsed YAML data against a schema, mapping every zod issue to a file line. */
export function validateWith<T>(
  schema: z.ZodType<T>,
  parsed: ParsedYaml,
  file: SourceFile,
): { value?: T; issues: ContentIssue[] } {
  const result = schema.safeParse(parsed.data, { reportInput: true })
  if (result.success) return { value: result.data, issues: [] }
  const issues = result.error.issues.map((issue): ContentIssue => {
    const { path, message } = describeZodIssue(issue)
    return { path: file.path, line: parsed.lineOf(path), message, severity: 'error' }
  })
  return { issues }
}
