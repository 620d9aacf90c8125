import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../errors.ts'

export const NOT_BUILT_MESSAGE =
  'certforge: the web app is not built yet. Run `npm run build` in the repository, then reload this page.\n'

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/')
}

// A missing `/assets/app-1a2b.js` must stay a 404: answering with HTML breaks the page obscurely.
function looksLikeFile(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '')
}

/**
 * Serves the built web app from `webDir`. Other GET paths get `index.html` so client-side routes
 * survive a reload; unknown `/api` paths get a JSON NOT_FOUND. Without a build, pages answer 503
 * with the command that fixes it.
 */
export function registerWebApp(app: FastifyInstance, webDir: string): void {
  const built = existsSync(join(webDir, 'index.html'))
  if (built) app.register(fastifyStatic, { root: webDir, index: 'index.html' })

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    const isRead = request.method === 'GET' || request.method === 'HEAD'
    if (isApiPath(path) || !isRead) {
      const error = new AppError(
        'NOT_FOUND',
        `no API route ${request.method} ${path} (expected a route listed in /api/openapi.json)`,
      )
      return reply.code(error.statusCode).send(error.toBody())
    }
    if (!built) return reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT_MESSAGE)
    if (looksLikeFile(path))
      return reply.code(404).type('text/plain; charset=utf-8').send(`${path} not found\n`)
    return reply.header('cache-control', 'no-cache').sendFile('index.html')
  })
}
