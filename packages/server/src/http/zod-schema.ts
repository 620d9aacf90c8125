import { describeZodIssue } from '@certforge/core'
import type {
  FastifySchema,
  FastifySchemaCompiler,
  FastifySerializerCompiler,
  FastifyTypeProvider,
} from 'fastify'
import { z } from 'zod'
import { AppError } from '../errors.ts'

/**
 * Route schemas are zod schemas: one definition validates the request, types the handler and
 * documents the route in OpenAPI (the job `fastify-type-provider-zod` does, in three functions).
 */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown
}

const PART_NAMES: Record<string, string> = { querystring: 'query', params: 'path', body: 'body' }

/** `body.completed is "yes" (expected boolean)`: the field, what was sent, and what would do. */
export function describeRequestIssue(part: string, issue: z.core.$ZodIssue): string {
  const where = PART_NAMES[part] ?? part
  const field = [where, ...issue.path.map(String)].join('.')
  if (issue.path.length === 0 && (issue.input === undefined || issue.input === null)) {
    return `${where} is missing (expected a JSON object)`
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field ${issue.keys.join(', ')} in ${field} (expected only the fields in /api/openapi.json)`
  }
  if (issue.code === 'custom' && issue.input === undefined) {
    return `${field} is missing (expected ${issue.message})`
  }
  return describeZodIssue({ ...issue, path: [where, ...issue.path] }).message
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart = 'request' }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true })
    if (result.success) return { value: result.data }
    const message = result.error.issues.map((issue) => describeRequestIssue(httpPart, issue))
    return { error: new AppError('VALIDATION_FAILED', message.join('; ')) }
  }

// Response schemas document and type the routes; handlers already return the right shape.
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = () => (data) =>
  JSON.stringify(data)

function toJsonSchema(schema: unknown, io: 'input' | 'output'): unknown {
  if (!(schema instanceof z.ZodType)) return schema
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
  return json
}

/** The @fastify/swagger `transform`: hands it JSON Schema made from the route's zod schemas. */
export function openApiTransform({ schema, url }: { schema: FastifySchema; url: string }): {
  schema: FastifySchema
  url: string
} {
  const { body, querystring, params, headers, response, ...rest } = schema
  const parts = { body, querystring, params, headers }
  const converted: FastifySchema = { ...rest }
  for (const [key, value] of Object.entries(parts)) {
    if (value !== undefined) Object.assign(converted, { [key]: toJsonSchema(value, 'input') })
  }
  if (response !== undefined && response !== null && typeof response === 'object') {
    converted.response = Object.fromEntries(
      Object.entries(response).map(([status, value]) => [status, toJsonSchema(value, 'output')]),
    )
  }
  return { schema: converted, url }
}
