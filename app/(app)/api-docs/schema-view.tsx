// Renders a JSON Schema (from the OpenAPI document) as a readable nested list: name, type,
// required flag, allowed values, limits. Server component; no client script.
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
  description?: string;
  additionalProperties?: Schema | boolean;
};

function typeLabel(schema: Schema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts) return alts.map(typeLabel).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (type === "array" && schema.items) return `${typeLabel(schema.items)}[]`;
  return schema.format ? `${type} (${schema.format})` : type;
}

function limits(schema: Schema): string {
  const parts: string[] = [];
  if (schema.minLength !== undefined) parts.push(`≥ ${schema.minLength} chars`);
  if (schema.maxLength !== undefined) parts.push(`≤ ${schema.maxLength} chars`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.minItems !== undefined) parts.push(`≥ ${schema.minItems} items`);
  if (schema.maxItems !== undefined) parts.push(`≤ ${schema.maxItems} items`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

function childrenOf(schema: Schema): Schema | undefined {
  if (schema.properties) return schema;
  if (schema.items?.properties) return schema.items;
  const alt = (schema.anyOf ?? schema.oneOf)?.find((s) => s.properties || s.items?.properties);
  return alt ? childrenOf(alt) : undefined;
}

export function SchemaView({ schema, requiredLabel, depth = 0 }: { schema: Schema; requiredLabel: string; depth?: number }) {
  const object = childrenOf(schema);
  if (!object?.properties) {
    return <p className="font-mono text-xs" dir="ltr">{typeLabel(schema)}</p>;
  }
  return (
    <ul className={`space-y-1 text-sm ${depth > 0 ? "ms-4 border-s border-slate-200 ps-3 dark:border-slate-700" : ""}`} dir="ltr">
      {Object.entries(object.properties).map(([name, prop]) => {
        const nested = depth < 4 ? childrenOf(prop) : undefined;
        const extra = limits(prop);
        return (
          <li key={name}>
            <code className="font-semibold">{name}</code>{" "}
            <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{typeLabel(prop)}</span>
            {object.required?.includes(name) ? <span className="ms-2 text-xs text-red-700 dark:text-red-400">{requiredLabel}</span> : null}
            {extra ? <span className="ms-2 text-xs text-slate-500">{extra}</span> : null}
            {prop.description ? <span className="ms-2 text-xs text-slate-500">— {prop.description}</span> : null}
            {nested ? <SchemaView schema={prop} requiredLabel={requiredLabel} depth={depth + 1} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
