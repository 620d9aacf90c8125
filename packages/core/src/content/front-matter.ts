import type { ContentIssue } from './content-issue.ts'
import { type ParsedYaml, parseYaml, type SourceFile } from './yaml-source.ts'

export type FrontMatterDocument = { parsed: ParsedYaml; body: string; bodyStartLine: number }

/** Splits `---\nyaml\n---\nmarkdown`; front matter lines keep their position in the file. */
export function splitFrontMatter(file: SourceFile): FrontMatterDocument | ContentIssue {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(file.text)
  if (!match || match[1] === undefined) {
    return {
      path: file.path,
      line: 1,
      message:
        'no front matter (expected the file to start with a --- line, YAML fields, and a closing --- line)',
      severity: 'error',
    }
  }
  const parsed = parseYaml(file, match[1], 1)
  const bodyStartLine = match[0].split('\n').length
  return { parsed, body: file.text.slice(match[0].length), bodyStartLine }
}
