import { Command, CommanderError, Option } from 'commander'
import { contentCheck } from './content/check-command.ts'
import { resolveContentRoot } from './content/content-root.ts'
import { contentCoverage } from './content/coverage-command.ts'
import { contentExport } from './content/export-command.ts'
import { contentNew } from './content/new-command.ts'
import { type Io, UsageError } from './io.ts'
import { serve } from './serve-command.ts'
import { VERSION } from './version.ts'

function buildProgram(io: Io, done: (code: number) => void): Command {
  const program = new Command('certforge')
    .description(
      'Local-first preparation for the AWS Certified Machine Learning Engineer – Associate exam',
    )
    .version(VERSION, '-v, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })

  program
    .command('serve')
    .description('serve the app (embedded database unless DATABASE_URL is set)')
    .option('--port <port>', 'port to listen on (0 picks a free one; env PORT, default 4173)')
    .option('--host <host>', 'address to bind (env HOST, default 127.0.0.1)')
    .option('--open', 'open the app in a browser', false)
    .action(async (o: { port?: string; host?: string; open: boolean }) => done(await serve(o, io)))

  const content = program
    .command('content')
    .description('check, measure, export and author the content pack')
  const contentOption = () => new Option('--content <dir>', 'content root (default ./content)')

  content
    .command('check')
    .description('validate every content file and report all problems as path:line: message')
    .addOption(contentOption())
    .option('--no-history', 'skip the immutability rule (needs git history)')
    .action(async (o: { content?: string; history: boolean }) =>
      done(
        await contentCheck(
          { contentRoot: resolveContentRoot(o.content, io.cwd), history: o.history },
          io,
        ),
      ),
    )

  content
    .command('coverage')
    .description(
      'count live items, lessons and flashcards per objective and service, then list the gaps',
    )
    .addOption(contentOption())
    .option('--json', 'print JSON', false)
    .option('--exam <code>', 'one exam code (default: every blueprint)')
    .action(async (o: { content?: string; json: boolean; exam?: string }) =>
      done(
        await contentCoverage(
          {
            contentRoot: resolveContentRoot(o.content, io.cwd),
            json: o.json,
            ...(o.exam ? { exam: o.exam } : {}),
          },
          io,
        ),
      ),
    )

  content
    .command('export')
    .description('write the validated pack as one JSON file (shape in docs/content-format.md)')
    .addOption(contentOption())
    .requiredOption('--json <file>', 'output file')
    .action(async (o: { content?: string; json: string }) =>
      done(
        await contentExport(
          { contentRoot: resolveContentRoot(o.content, io.cwd), file: o.json },
          io,
        ),
      ),
    )

  content
    .command('new')
    .description('mint an id and write a stub: item, lesson or card')
    .argument('<kind>', 'item | lesson | card')
    .addOption(contentOption())
    .option('--exam <code>', 'blueprint to map to (default: the first)')
    .option(
      '--type <type>',
      'item type: single | multiple | ordering | matching | case-study',
      'single',
    )
    .option('--objective <id>', 'objective id, e.g. 1.1.K1')
    .option('--service <slug>', 'service slug, e.g. amazon-s3')
    .option('--task <id>', 'task statement, e.g. 1.1 (lessons)')
    .option('--title <title>', 'lesson title')
    .option('--slug <slug>', 'lesson id, kebab-case')
    .option('--deck <name>', 'flashcard deck file name, kebab-case')
    .action(async (kind: string, o: Record<string, string | undefined>) => {
      const { content: root, ...rest } = o
      const defined = Object.fromEntries(
        Object.entries(rest).filter(([, v]) => v !== undefined),
      ) as Record<string, string>
      done(
        await contentNew({ ...defined, kind, contentRoot: resolveContentRoot(root, io.cwd) }, io),
      )
    })

  return program
}

/** The server's StartupError (and its subclasses) carry the setting to change; recognised without loading the server package up front. */
function isStartupError(error: unknown): error is Error {
  return error instanceof Error && 'setting' in error && typeof error.setting === 'string'
}

/**
 * The whole CLI as a function: argv in, exit code out, output through `io`. `bin/certforge.js`
 * only calls this, so every command is testable in process.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0
  const program = buildProgram(io, (c) => {
    code = c
  })
  if (argv.length === 0) {
    program.outputHelp()
    return 1
  }
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode
    if (error instanceof UsageError || isStartupError(error)) {
      io.stderr.write(`certforge: ${error.message}\n`)
      return 1
    }
    throw error
  }
}
