/**
 * `GET /docs`: an API reference page rendered from the same OpenAPI document as
 * `/openapi.json`, self-contained (no script or stylesheet from elsewhere) so it works offline.
 */
import type { App } from '../../app';
import { PROBLEM_TYPES } from '../../errors';

type Json = Record<string, any>;

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

function schemaSummary(schema: Json | undefined, components: Json): string {
  if (!schema) return '';
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop()!;
    return `<a href="#schema-${escape(name)}">${escape(name)}</a>`;
  }
  if (schema.type === 'array') return `array of ${schemaSummary(schema.items, components)}`;
  if (schema.enum) return schema.enum.map((v: unknown) => `<code>${escape(v)}</code>`).join(' | ');
  if (schema.anyOf || schema.oneOf) return (schema.anyOf ?? schema.oneOf).map((s: Json) => schemaSummary(s, components)).join(' or ');
  return escape(Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type ?? 'object');
}

export function renderDocs(doc: Json): string {
  const components = doc.components?.schemas ?? {};
  const operations: string[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(item)) {
      const params = (op.parameters ?? [])
        .map((p: Json) => `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${schemaSummary(p.schema, components)}</td><td>${escape(p.description ?? p.schema?.description ?? '')}</td></tr>`)
        .join('');
      const body = op.requestBody?.content?.['application/json'];
      const responses = Object.entries<Json>(op.responses ?? {})
        .map(([status, r]) => {
          const content = r.content && Object.entries<Json>(r.content)[0];
          const example = content?.[1]?.example;
          return `<li><b>${escape(status)}</b> ${escape(r.description)}${content ? ` — <code>${escape(content[0])}</code> ${schemaSummary(content[1].schema, components)}` : ''}${example ? `<pre>${escape(JSON.stringify(example, null, 2))}</pre>` : ''}</li>`;
        })
        .join('');
      operations.push(`<section id="${escape(op.operationId ?? method + path)}"><h3><span class="m ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
<p>${escape(op.summary ?? '')}${op.security ? ' <em>(admin token)</em>' : ''}</p>${op.description ? `<p>${escape(op.description)}</p>` : ''}
${params ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th>description</th></tr>${params}</table>` : ''}
${body ? `<p>Body: <code>application/json</code> ${schemaSummary(body.schema, components)}</p>` : ''}
<ul>${responses}</ul></section>`);
    }
  }
  const schemas = Object.entries<Json>(components)
    .map(([name, schema]) => `<section id="schema-${escape(name)}"><h3>${escape(name)}</h3><pre>${escape(JSON.stringify(schema, null, 2))}</pre></section>`)
    .join('');
  const problems = Object.entries(PROBLEM_TYPES)
    .map(([code, p]) => `<section id="problem-${escape(code)}"><h3><code>${escape(code)}</code> — ${escape(p.status)} ${escape(p.title)}</h3><p>${escape(p.explanation)}</p></section>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.info?.title)} API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem}code,pre{font:13px ui-monospace,monospace}pre{background:#f6f8fa;padding:.6rem;overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}.m{display:inline-block;min-width:4.5rem;color:#fff;background:#555;border-radius:3px;text-align:center}.get{background:#2b7}.post{background:#27c}.patch{background:#c82}.delete{background:#c33}</style></head>
<body><h1>${escape(doc.info?.title)} ${escape(doc.info?.version)}</h1><p>${escape(doc.info?.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escape(doc.openapi)}). Errors are <code>application/problem+json</code> (RFC 9457).</p>
<h2>Problems</h2><p>Every error is a problem document with <code>type</code> (a link to its section below), <code>code</code>, <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code>, <code>requestId</code> (the <code>x-request-id</code> header) and, where a field is at fault, <code>errors: [{field, reason}]</code>.</p>${problems}
<h2>Operations</h2>${operations.join('\n')}<h2>Schemas</h2>${schemas}</body></html>`;
}

export function registerDocsGet(app: App, document: () => Json) {
  app.get('/docs', (c) => c.html(renderDocs(document())));
}
