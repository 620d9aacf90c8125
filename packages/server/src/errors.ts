/**
 * The one catalogue of API errors. Every error response is `{ code, message }` with the status
 * listed here; `docs/errors.md` documents each code and `errors.test.ts` keeps the two in step.
 */
export const ERRORS = {
  NOT_FOUND: { status: 404, message: 'No API route matches this method and path' },
  VALIDATION_FAILED: { status: 400, message: 'The request does not match the route schema' },
  BAD_REQUEST: { status: 400, message: 'The request could not be read' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is larger than the server accepts' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message:
      'The request body has a content type the server does not read (expected application/json)',
  },
  EXAM_NOT_FOUND: { status: 404, message: 'The content pack has no blueprint for this exam' },
  LESSON_NOT_FOUND: { status: 404, message: 'The content pack has no lesson with this id' },
  CONTENT_INVALID: {
    status: 503,
    message: 'The content pack has errors that hide this resource (run certforge content check)',
  },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database did not answer' },
  INTERNAL: { status: 500, message: 'Something went wrong on the server; the log has the details' },
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERRORS

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code)
}

export const ERROR_CODES: readonly ErrorCode[] = Object.keys(ERRORS).filter(isErrorCode)

/** The body of every error response. */
export type ErrorBody = { code: ErrorCode; message: string }

/** The only error type routes throw; `detail` replaces the catalogue message with a specific one. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly statusCode: number

  constructor(code: ErrorCode, detail?: string, options?: ErrorOptions) {
    super(detail ?? ERRORS[code].message, options)
    this.name = 'AppError'
    this.code = code
    this.statusCode = ERRORS[code].status
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message }
  }
}
