// Turns the components of BandTrack's OpenAPI document into TypeScript types for the PWA.
// Small on purpose: it covers what @nestjs/swagger emits for our DTOs (objects, enums, arrays,
// $ref, nullable, allOf) and fails loudly on anything else, so a new shape is noticed, not guessed.

const HEADER = `// Generated from the OpenAPI document (/api/openapi.json) by scripts/generate-api-types.mjs.
// Do not edit: change the backend DTOs, then run \`npm run api:types\`. A test fails when this file is stale.
`;

export function openApiToTypeScript(document) {
  const schemas = document.components?.schemas ?? {};
  const names = Object.keys(schemas).sort();
  const blocks = names.map((name) => declaration(name, schemas[name]));
  return `${HEADER}\n${blocks.join('\n\n')}\n`;
}

function declaration(name, schema) {
  if (schema.type === 'object' || schema.properties || schema.allOf) {
    return `export interface ${name}${extendsClause(schema)} ${objectBody(schema, '')}`;
  }
  return `export type ${name} = ${typeOf(schema, '')};`;
}

function extendsClause(schema) {
  const parents = (schema.allOf ?? []).filter((part) => part.$ref).map((part) => refName(part.$ref));
  return parents.length ? ` extends ${parents.join(', ')}` : '';
}

function objectBody(schema, indent) {
  const own = [schema, ...(schema.allOf ?? []).filter((part) => !part.$ref)];
  const lines = [];
  for (const part of own) {
    const required = new Set(part.required ?? []);
    for (const [key, property] of Object.entries(part.properties ?? {})) {
      const optional = required.has(key) ? '' : '?';
      lines.push(`${indent}  ${safeKey(key)}${optional}: ${typeOf(property, `${indent}  `)};`);
    }
  }
  return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : '{}';
}

function typeOf(schema, indent) {
  const base = baseType(schema, indent);
  return schema.nullable ? `${base} | null` : base;
}

function baseType(schema, indent) {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.allOf?.length === 1 && schema.allOf[0].$ref) return refName(schema.allOf[0].$ref);
  if (schema.oneOf) return schema.oneOf.map((part) => typeOf(part, indent)).join(' | ');
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `${wrap(typeOf(schema.items ?? {}, indent))}[]`;
    case 'object':
      return schema.properties ? objectBody(schema, indent) : 'Record<string, unknown>';
    default:
      throw new Error(`openapi-to-typescript: unsupported schema ${JSON.stringify(schema)}`);
  }
}

function wrap(type) {
  return /[|&]/.test(type) ? `(${type})` : type;
}

function refName(ref) {
  return ref.replace('#/components/schemas/', '');
}

function safeKey(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
