/**
 * The one error type of the API and its one renderer. Handlers throw `ApiError`; `onError`
 * renders it as RFC 9457 `application/problem+json`. Validation failures arrive here too, via
 * `validationHook`, so every 4xx/5xx body has the same shape.
 *
 * Every problem has a short `code` from `PROBLEM_TYPES` and a `type` URI naming that code's
 * explanation on `/docs` (`/docs#problem-<code>`), and carries the request's `requestId`.
 * Routes document only the problems they can return: `problemResponses(400, 404, 422)`.
 */
import { z, type Hook } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Every problem the API returns, by code: its status, title and what it means for a client. */
export const PROBLEM_TYPES = {
  'invalid-request': { status: 400, title: 'Bad Request', explanation: 'The request does not match the operation\'s schema, or a value in it is out of range. `errors` names each field at fault (`query.year`, `body.months.from`, `path.id`) and why.' },
  'ambiguous-region': { status: 400, title: 'Ambiguous Region', explanation: 'The region was given by a name that several regions share (城中区). `candidates` lists them with their codes; send one of the codes instead.' },
  'unauthorized': { status: 401, title: 'Unauthorized', explanation: 'Admin routes need `Authorization: Bearer <ADMIN_TOKEN>`, subscriber routes (`/v1/webhooks`) `Authorization: Bearer <API key>`; the header is missing, or the token or key is wrong or revoked.' },
  'not-found': { status: 404, title: 'Not Found', explanation: 'Nothing exists at this address: no route matches, or the article, source, run, webhook or delivery named in the path does not exist.' },
  'unknown-region': { status: 404, title: 'Unknown Region', explanation: 'No region has this GB/T 2260 code or name. `GET /v1/regions?q=` finds regions by name, pinyin or code.' },
  'method-not-allowed': { status: 405, title: 'Method Not Allowed', explanation: 'The path exists but not with this method; the `Allow` header lists the methods it has.' },
  'conflict': { status: 409, title: 'Conflict', explanation: 'The request conflicts with what is stored: a source or webhook that already exists, a disabled subscription, an article with a single version.' },
  'content-too-large': { status: 413, title: 'Content Too Large', explanation: 'The request body is larger than the operation accepts.' },
  'rate-limited': { status: 429, title: 'Too Many Requests', explanation: 'More requests than `RATE_LIMIT_PER_MINUTE` in a minute from this API key (or this address, without one). `Retry-After` says how many seconds to wait.' },
  'unanswerable': { status: 422, title: 'Unprocessable Content', explanation: 'The request is well-formed, but the facts needed to answer it are missing or unusable for this region, scheme and period. `errors` names the field, and `variants`, where given, lists the variants that do exist.' },
  'internal-error': { status: 500, title: 'Internal Server Error', explanation: 'Something went wrong on our side. Quote the `requestId` when reporting it.' },
  'unavailable': { status: 503, title: 'Service Unavailable', explanation: 'A dependency is unavailable: the database, or the `SECRETS_KEY` that seals webhook secrets (not set or not valid); try again later.' },
} as const satisfies Record<string, { status: number; title: string; explanation: string }>;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

const CODE_OF_STATUS: Record<number, ProblemCode> = {
  400: 'invalid-request', 401: 'unauthorized', 404: 'not-found', 405: 'method-not-allowed', 409: 'conflict',
  413: 'content-too-large', 422: 'unanswerable', 429: 'rate-limited', 500: 'internal-error', 503: 'unavailable',
};

/** Where each problem type is explained: `/docs#problem-<code>` on the server that answered. */
export const problemTypeUri = (code: string, origin = 'https://yibao.example') => `${origin}/docs#problem-${code}`;

export const FieldErrorSchema = z
  .object({
    field: z.string().openapi({ example: 'query.year' }),
    reason: z.string().openapi({ example: 'Expected number, received string' }),
  })
  .openapi('FieldError');

export type FieldError = z.infer<typeof FieldErrorSchema>;

const CandidateSchema = z
  .object({ code: z.string(), name: z.string(), level: z.string(), parent: z.string().nullable(), parentName: z.string().nullable() })
  .openapi('RegionCandidate');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://yibao.example/docs#problem-invalid-request', description: 'Resolves to the explanation of this kind of problem on /docs.' }),
    code: z.enum(Object.keys(PROBLEM_TYPES) as [ProblemCode, ...ProblemCode[]]).openapi({ example: 'invalid-request' }),
    title: z.string().openapi({ example: 'Bad Request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'The request does not match the schema.' }),
    instance: z.string().openapi({ example: '/v1/regions/450200/facts' }),
    requestId: z.string().openapi({ example: '6f1c2f0e-9a43-4f3e-8a57-2b0c1d9e7a10', description: 'The `x-request-id` of the request (yours if you sent one).' }),
    errors: z.array(FieldErrorSchema).optional(),
    candidates: z.array(CandidateSchema).optional().openapi({ description: 'ambiguous-region: the regions the name could mean.' }),
    variants: z.array(z.string()).optional().openapi({ description: 'unanswerable: the variants that exist for the key asked about.' }),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof ProblemSchema>;

/** Members a problem may carry beyond the standard ones. */
export type ProblemExtras = Pick<Problem, 'candidates' | 'variants'>;

export class ApiError extends Error {
  readonly code: ProblemCode;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail: string,
    readonly extra: { code?: ProblemCode; errors?: FieldError[]; headers?: Record<string, string>; members?: ProblemExtras } = {},
  ) {
    super(detail);
    this.name = 'ApiError';
    this.code = extra.code ?? CODE_OF_STATUS[status] ?? (status >= 500 ? 'internal-error' : 'invalid-request');
  }
}

/** A problem of a catalogued kind, with its status and title. */
export function problem(code: ProblemCode, detail: string, extra: Omit<ApiError['extra'], 'code'> = {}): ApiError {
  const { status, title } = PROBLEM_TYPES[code];
  return new ApiError(status as ContentfulStatusCode, title, detail, { ...extra, code });
}

/** A 400 naming one field and why it was refused. */
export function badField(field: string, reason: string, detail = `${field}: ${reason}`): ApiError {
  return problem('invalid-request', detail, { errors: [{ field, reason }] });
}

/** Renders an `ApiError` for the request path `instance`. */
export function problemResponse(error: ApiError, instance: string, request: { requestId?: string; origin?: string } = {}): Response {
  const body: Problem = {
    type: problemTypeUri(error.code, request.origin),
    code: error.code,
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance,
    requestId: request.requestId ?? '',
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
    ...error.extra.members,
  };
  return new Response(JSON.stringify(body), {
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
    throw problem('invalid-request', 'The request does not match the schema.', { errors: fieldErrors(result.target, result.error) });
  }
};

type DocumentedStatus = 400 | 401 | 404 | 409 | 413 | 422 | 429 | 503;

const DESCRIPTIONS: Record<DocumentedStatus | 500, { description: string; codes: ProblemCode[] }> = {
  400: { description: 'The request is malformed or does not match the schema.', codes: ['invalid-request', 'ambiguous-region'] },
  401: { description: 'The request needs a valid admin token (admin routes) or API key (subscriber routes).', codes: ['unauthorized'] },
  404: { description: 'Nothing exists at this address.', codes: ['not-found', 'unknown-region'] },
  409: { description: 'The request conflicts with the current state.', codes: ['conflict'] },
  413: { description: 'The request body is too large.', codes: ['content-too-large'] },
  422: { description: 'The request is well-formed but the facts needed to answer it are missing.', codes: ['unanswerable'] },
  429: { description: 'Too many requests from this API key or address; wait `Retry-After` seconds.', codes: ['rate-limited'] },
  500: { description: 'Something went wrong on our side.', codes: ['internal-error'] },
  503: { description: 'A dependency (the database, or the SECRETS_KEY sealing secrets) is unavailable.', codes: ['unavailable'] },
};

function problemContent(status: DocumentedStatus | 500) {
  const { description, codes } = DESCRIPTIONS[status];
  const code = codes[0];
  const example: Problem = {
    type: problemTypeUri(code), code, title: PROBLEM_TYPES[code].title, status, detail: PROBLEM_TYPES[code].explanation.split('. ')[0] + '.',
    instance: '/v1/…', requestId: '6f1c2f0e-9a43-4f3e-8a57-2b0c1d9e7a10',
    ...(status === 400 ? { errors: [{ field: 'query.year', reason: 'Too small: expected number to be >=1990' }] } : {}),
  };
  return { description: `${description} Problem codes: ${codes.join(', ')}.`, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema, example } } };
}

/** The problems one operation can return (500 always), for its `responses`. */
export function problemResponses<S extends DocumentedStatus>(...statuses: S[]) {
  const entries = [...statuses, 500 as const].map((status) => [status, problemContent(status)]);
  return Object.fromEntries(entries) as Record<S | 500, ReturnType<typeof problemContent>>;
}
