/**
 * Every operation's success response carries an example. Routes give their own where the shape
 * needs explaining (the calculators, the feed, the diffs); for the rest one is put together from
 * the schema itself: each member's own `example`, else its enum's first value, else a value of
 * its type. Done once per document, so `/openapi.json` and `/docs` show the same.
 */
type Json = Record<string, any>;

function exampleOf(schema: Json | undefined, components: Json, depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.$ref) return exampleOf(components[String(schema.$ref).split('/').pop()!], components, depth + 1);
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return exampleOf(choice.find((s: Json) => s.type !== 'null') ?? choice[0], components, depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: Json) => exampleOf(s, components, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries<Json>(schema.properties ?? {}).map(([name, s]) => [name, exampleOf(s, components, depth + 1)]));
    case 'array':
      return [exampleOf(schema.items, components, depth + 1)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'date' ? '2025-05-20' : schema.format === 'date-time' ? '2025-03-11T06:00:00.000Z' : 'string';
    case 'null':
      return null;
    default:
      return null;
  }
}

export function withResponseExamples<T extends Json>(doc: T): T {
  const components = doc.components?.schemas ?? {};
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const op of Object.values<Json>(item)) {
      for (const [status, response] of Object.entries<Json>(op.responses ?? {})) {
        if (!status.startsWith('2')) continue;
        for (const media of Object.values<Json>(response.content ?? {})) {
          if (media.example === undefined && media.examples === undefined) media.example = exampleOf(media.schema, components);
        }
      }
    }
  }
  return doc;
}
