/**
 * A calculator form is its API route's body: the form's field names are the body's paths
 * (`region`, `lapse.from`, `months.to`), read from the route's own zod schema in the app's
 * OpenAPI registry, so the form follows the API when the API changes. A submitted form (query
 * parameters) becomes the JSON body, each value typed as the schema types it; the API then
 * validates it as it validates any client's.
 */
import type { App } from '../app';

export type FieldKind = 'string' | 'number' | 'boolean' | 'enum';

export interface BodyField {
  /** Dotted path in the body: `lapse.from`. */
  path: string;
  kind: FieldKind;
  options: string[];
  /** Required when the objects around it are present. */
  required: boolean;
  /** `date` for ISO dates (z.iso.date()), else undefined. */
  format?: string;
}

type ZodLike = { _zod: { def: Record<string, any> } };

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'catch', 'nonoptional', 'prefault']);

function unwrap(schema: ZodLike): { schema: ZodLike; optional: boolean } {
  let optional = false;
  let current = schema;
  for (;;) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type)) {
      if (def.type !== 'nonoptional') optional ||= def.type === 'optional' || def.type === 'default' || def.type === 'prefault';
      current = def.innerType;
    } else if (def.type === 'pipe') {
      current = def.in;
    } else {
      return { schema: current, optional };
    }
  }
}

function fieldsOf(schema: ZodLike, prefix: string, required: boolean, out: BodyField[]) {
  const { schema: inner, optional } = unwrap(schema);
  const def = inner._zod.def;
  if (def.type === 'object') {
    for (const [name, child] of Object.entries(def.shape as Record<string, ZodLike>)) {
      fieldsOf(child, prefix ? `${prefix}.${name}` : name, prefix ? !optional && required : true, out);
    }
    return;
  }
  const path = prefix;
  const isRequired = required && !optional;
  if (def.type === 'enum') out.push({ path, kind: 'enum', options: Object.values(def.entries as Record<string, string>), required: isRequired });
  else if (def.type === 'number' || def.type === 'int' || def.type === 'bigint') out.push({ path, kind: 'number', options: [], required: isRequired });
  else if (def.type === 'boolean') out.push({ path, kind: 'boolean', options: [], required: isRequired });
  else out.push({ path, kind: 'string', options: [], required: isRequired, ...(def.format ? { format: String(def.format) } : {}) });
}

const cache = new Map<string, BodyField[]>();

/** The fields of the JSON body of `POST path`, or undefined when the API has no such route. */
export function bodyFieldsOf(app: App, path: string): BodyField[] | undefined {
  const cached = cache.get(path);
  if (cached) return cached;
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route' || definition.route.method !== 'post' || definition.route.path !== path) continue;
    const content = definition.route.request?.body?.content?.['application/json'] as { schema?: ZodLike } | undefined;
    const body = content?.schema;
    if (!body) return undefined;
    const fields: BodyField[] = [];
    fieldsOf(body, '', true, fields);
    cache.set(path, fields);
    return fields;
  }
  return undefined;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The body a filled-in form stands for. Empty fields are left out; a value that is not what the
 * schema expects is passed on as written, for the API to refuse with its reason.
 */
export function bodyFromForm(fields: BodyField[], form: URLSearchParams): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = form.get(field.path)?.trim();
    if (raw === undefined || raw === '') continue;
    let value: unknown = raw;
    if (field.kind === 'number' && NUMBER.test(raw)) value = Number(raw);
    if (field.kind === 'boolean') value = raw === 'true' || raw === 'on' ? true : raw === 'false' ? false : raw;
    const parts = field.path.split('.');
    let target = body;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts.at(-1)!] = value;
  }
  return body;
}

/** Whether the query string holds any of the form's fields: a submitted form, not a blank one. */
export function isSubmitted(fields: BodyField[], form: URLSearchParams): boolean {
  return fields.some((field) => form.has(field.path));
}
