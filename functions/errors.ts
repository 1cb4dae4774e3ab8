/**
 * The one error type of the API and its one renderer. Handlers throw `ApiError`; `onError`
 * renders it as RFC 9457 `application/problem+json`. Validation failures arrive here too, via
 * `validationHook`, so every 4xx/5xx body has the same shape and the spec documents it once.
 */
import { z, type Hook } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const FieldErrorSchema = z
  .object({
    field: z.string().openapi({ example: 'query.year' }),
    reason: z.string().openapi({ example: 'Expected number, received string' }),
  })
  .openapi('FieldError');

export type FieldError = z.infer<typeof FieldErrorSchema>;

/** A 400 naming one field and why it was refused. */
export function badField(field: string, reason: string, detail = `${field}: ${reason}`): ApiError {
  return new ApiError(400, 'Bad Request', detail, { errors: [{ field, reason }] });
}

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Bad Request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'The request does not match the schema.' }),
    instance: z.string().openapi({ example: '/health' }),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof ProblemSchema>;

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail: string,
    readonly extra: { type?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

/** Renders an `ApiError` for the request path `instance`. */
export function problemResponse(error: ApiError, instance: string): Response {
  const problem: Problem = {
    type: error.extra.type ?? 'about:blank',
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance,
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
  };
  return new Response(JSON.stringify(problem), {
    status: error.status,
    headers: { ...error.extra.headers, 'content-type': PROBLEM_CONTENT_TYPE },
  });
}

/** Where a value was read from, as a client names it: `body.url`, `query.year`, `path.id`. */
const TARGET_NAMES: Record<string, string> = { json: 'body', form: 'body', param: 'path', query: 'query', header: 'header' };

/** A strict object's unexpected key is the field at fault. */
function unknownKeys(issue: z.core.$ZodIssue): string[] {
  return issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [issue.keys[0]] : [];
}

/** Zod issues as `{field, reason}`, the field prefixed with where it was read from. */
export function fieldErrors(target: string, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: [TARGET_NAMES[target] ?? target, ...issue.path.map(String), ...unknownKeys(issue)].join('.'),
    reason: issue.message,
  }));
}

/** OpenAPIHono `defaultHook`: a request that fails its schema becomes a 400 problem. */
export const validationHook: Hook<unknown, any, any, unknown> = (result) => {
  if (!result.success) {
    throw new ApiError(400, 'Bad Request', 'The request does not match the schema.', {
      errors: fieldErrors(result.target, result.error),
    });
  }
};

const problemContent = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
});

/** Spread into every route's `responses` so the spec documents how each can fail. */
export const openApiErrorResponses = {
  400: problemContent('The request is malformed or does not match the schema.'),
  401: problemContent('The request needs a valid admin token.'),
  403: problemContent('The request is not allowed.'),
  404: problemContent('Nothing exists at this address.'),
  409: problemContent('The request conflicts with the current state.'),
  422: problemContent('The request is well-formed but the facts needed to answer it are missing.'),
  500: problemContent('Something went wrong on our side.'),
  503: problemContent('A dependency (the database) is unavailable.'),
} as const;
