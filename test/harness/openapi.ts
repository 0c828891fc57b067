/**
 * GitHub's own descriptions, for holding the stand-ins to them: the REST API's OpenAPI description
 * (`@octokit/openapi`, api.github.com, OpenAPI 3.0) and the webhooks' (`@octokit/openapi-webhooks`, 3.1).
 * A small JSON Schema checker covers what those documents use: $ref, type (a name or a list), nullable, enum,
 * const, properties, required, additionalProperties, items, oneOf/anyOf/allOf, and the numeric and length
 * bounds. Formats are not checked beyond the type.
 */
import { createRequire } from 'node:module';

type Schema = Record<string, unknown>;
interface Doc {
  paths?: Record<string, Record<string, Operation>>;
  webhooks?: Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }>;
  components: Record<string, Record<string, unknown>>;
}
export interface Operation {
  operationId: string;
  parameters?: Schema[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> } | Schema>;
}

const require = createRequire(import.meta.url);
let rest: Doc | undefined;
let hooks: Doc | undefined;

function load(name: string): Doc {
  try {
    return require(name) as Doc;
  } catch (e) {
    throw new Error(`cannot load ${name} (a devDependency; run \`npm ci\`): ${e instanceof Error ? e.message : String(e)}`);
  }
}
export function restDescription(): Doc {
  return (rest ??= load('@octokit/openapi/generated/api.github.com.json'));
}
export function webhooksDescription(): Doc {
  return (hooks ??= load('@octokit/openapi-webhooks/generated/api.github.com.json'));
}

function deref(doc: Doc, s: unknown): Schema {
  let cur = s as Schema;
  for (let i = 0; cur && typeof cur.$ref === 'string'; i++) {
    if (i > 50) throw new Error(`$ref loop at ${cur.$ref}`);
    const parts = (cur.$ref as string).replace(/^#\//, '').split('/');
    let t: unknown = doc;
    for (const p of parts) t = (t as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (t === undefined) throw new Error(`unresolved $ref ${cur.$ref}`);
    cur = t as Schema;
  }
  return cur;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Every way `value` breaks `schema`, as `path: problem` lines (empty when it conforms). */
export function validate(doc: Doc, schemaIn: unknown, value: unknown, at = '$'): string[] {
  const s = deref(doc, schemaIn);
  if (!s || typeof s !== 'object' || Object.keys(s).length === 0) return [];
  const errs: string[] = [];
  if (s.allOf) for (const sub of s.allOf as Schema[]) errs.push(...validate(doc, sub, value, at));
  if (s.anyOf || s.oneOf) {
    const alts = (s.anyOf ?? s.oneOf) as Schema[];
    const results = alts.map((sub) => validate(doc, sub, value, at));
    if (!results.some((r) => r.length === 0)) {
      errs.push(`${at}: matches none of ${alts.length} alternatives (closest: ${results.sort((a, b) => a.length - b.length)[0]!.slice(0, 3).join('; ')})`);
    }
  }
  const t = typeOf(value);
  if (s.type !== undefined) {
    const types = (Array.isArray(s.type) ? s.type : [s.type]) as string[];
    const ok = types.includes(t) || (t === 'integer' && types.includes('number')) || (t === 'null' && s.nullable === true);
    if (!ok) return [...errs, `${at}: expected ${types.join(' | ')}${s.nullable ? ' | null' : ''}, got ${t}`];
  } else if (t === 'null' && s.nullable !== true && !s.anyOf && !s.oneOf && !s.allOf && (s.properties || s.items)) {
    return [...errs, `${at}: null where ${s.properties ? 'an object' : 'an array'} is expected`];
  }
  if (value === null) return errs;
  if (s.enum && !(s.enum as unknown[]).some((e) => e === value)) errs.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if ('const' in s && s.const !== value) errs.push(`${at}: expected ${JSON.stringify(s.const)}, got ${JSON.stringify(value)}`);
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && value.length < s.minLength) errs.push(`${at}: shorter than ${s.minLength}`);
    if (typeof s.maxLength === 'number' && value.length > s.maxLength) errs.push(`${at}: longer than ${s.maxLength}`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errs.push(`${at}: below ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) errs.push(`${at}: above ${s.maximum}`);
  }
  if (Array.isArray(value) && s.items) value.forEach((v, i) => errs.push(...validate(doc, s.items, v, `${at}[${i}]`)));
  if (t === 'object') {
    const o = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required ?? []) as string[]) if (!(r in o)) errs.push(`${at}: missing required '${r}'`);
    for (const [k, v] of Object.entries(o)) {
      if (k in props) errs.push(...validate(doc, props[k], v, `${at}.${k}`));
      else if (s.additionalProperties === false) errs.push(`${at}: '${k}' is not a documented field`);
      else if (s.additionalProperties && typeof s.additionalProperties === 'object') errs.push(...validate(doc, s.additionalProperties, v, `${at}.${k}`));
    }
  }
  return errs;
}

/** The documented operation for a method and a concrete path (the template with the most literal segments). */
export function findOperation(method: string, path: string): { template: string; op: Operation } | undefined {
  const doc = restDescription();
  const segs = path.split('/');
  let best: { template: string; op: Operation; literal: number } | undefined;
  for (const [template, item] of Object.entries(doc.paths ?? {})) {
    const t = template.split('/');
    if (t.length !== segs.length) continue;
    let literal = 0;
    if (!t.every((part, i) => (/^\{[^}]+\}$/.test(part) ? segs[i] !== '' : part === segs[i] && ++literal > 0))) continue;
    const op = item[method.toLowerCase()];
    if (op && (!best || literal > best.literal)) best = { template, op, literal };
  }
  return best && { template: best.template, op: best.op };
}

export interface Exchange {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  response?: unknown;
}

/** Every way one request and its response depart from the REST description. */
export function checkExchange(x: Exchange, options: { checkResponse?: boolean } = {}): string[] {
  const doc = restDescription();
  const where = `${x.method} ${x.path}`;
  const found = findOperation(x.method, x.path);
  if (!found) return [`${where}: no such route in the REST API description`];
  const { op, template } = found;
  const errs: string[] = [];
  const params = (op.parameters ?? []).map((p) => deref(doc, p));
  for (const [k, v] of Object.entries(x.query)) {
    const p = params.find((q) => q.in === 'query' && q.name === k);
    if (!p) {
      errs.push(`${where}: query parameter '${k}' is not documented for ${op.operationId}`);
      continue;
    }
    const schema = deref(doc, p.schema);
    const typed = schema.type === 'integer' || schema.type === 'number' ? (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v) : schema.type === 'boolean' ? (v === 'true' ? true : v === 'false' ? false : v) : v;
    errs.push(...validate(doc, schema, typed, `${where} ?${k}`));
  }
  if (x.body !== undefined) {
    const schema = op.requestBody?.content['application/json']?.schema;
    if (!schema) errs.push(`${where}: ${op.operationId} takes no JSON body`);
    else errs.push(...validate(doc, schema, x.body, `${where} body`));
  } else if (op.requestBody?.required) errs.push(`${where}: ${op.operationId} requires a body`);
  if (options.checkResponse !== false) {
    const res = deref(doc, op.responses[String(x.status)] ?? op.responses.default);
    if (!op.responses[String(x.status)] && !op.responses.default) errs.push(`${where}: status ${x.status} is not a documented response of ${op.operationId} (${template})`);
    else {
      const schema = (res.content as Record<string, { schema: Schema }> | undefined)?.['application/json']?.schema;
      if (schema) errs.push(...validate(doc, schema, x.response, `${where} → ${x.status}`));
      else if (x.response !== undefined && x.response !== '') errs.push(`${where}: status ${x.status} of ${op.operationId} has no body, but one was sent`);
    }
  }
  return errs;
}

/** Every way an event payload departs from the webhook description of that event (e.g. `pull-request-opened`). */
export function checkWebhookPayload(webhook: string, payload: unknown): string[] {
  const doc = webhooksDescription();
  const hook = doc.webhooks?.[webhook];
  if (!hook) return [`no webhook '${webhook}' in the webhooks description`];
  return validate(doc, hook.post.requestBody.content['application/json']!.schema, payload, webhook);
}
