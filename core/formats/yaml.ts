/**
 * YAML front matter. Every string is written double-quoted with JSON
 * escapes (YAML 1.2 reads a JSON string as a double-quoted scalar), so no
 * title can turn into a number, a boolean, a comment or a second key.
 */
export type YamlValue = string | number | boolean | null | string[];

export function yamlString(value: string): string {
  // JSON leaves these unescaped; some YAML parsers treat them as line breaks or a BOM.
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function yamlValue(value: YamlValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (Array.isArray(value)) return `[${value.map(yamlString).join(', ')}]`;
  return yamlString(value);
}

export function frontMatter(fields: [key: string, value: YamlValue][]): string {
  return `---\n${fields.map(([key, value]) => `${key}: ${yamlValue(value)}`).join('\n')}\n---\n`;
}
