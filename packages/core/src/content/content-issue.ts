/** One problem found in the content pack, located so an author can jump to it. */
export type ContentIssue = {
  path: string
  line: number
  message: string
  severity: 'error' | 'warning'
}

/** `path:line: message`, the format editors and terminals turn into links. */
export function formatIssue(issue: ContentIssue): string {
  const prefix = issue.severity === 'warning' ? 'warning: ' : ''
  return `${issue.path}:${issue.line}: ${prefix}${issue.message}`
}

export function compareIssues(a: ContentIssue, b: ContentIssue): number {
  return a.path.localeCompare(b.path) || a.line - b.line || a.message.localeCompare(b.message)
}
