import { existsSync, readFileSync } from 'node:fs';

/**
 * Loads KEY=VALUE lines from a .env file into `env`, never overriding a variable that is already set.
 * Supports comments (#), `export KEY=...`, and single- or double-quoted values (\n escapes in double quotes).
 * Returns the keys it set.
 */
export function loadDotEnv(path, env = process.env) {
  if (!existsSync(path)) return [];
  const loaded = [];
  for (const rawLine of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rawValue] = match;
    if (env[key] !== undefined) continue;
    env[key] = parseValue(rawValue);
    loaded.push(key);
  }
  return loaded;
}

function parseValue(raw) {
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.indexOf(quote, 1) > 0) {
    const value = raw.slice(1, raw.indexOf(quote, 1));
    return quote === '"' ? value.replace(/\\n/g, '\n').replace(/\\"/g, '"') : value;
  }
  // Unquoted: an inline comment starts at " #".
  return raw.replace(/\s+#.*$/, '').trim();
}
