/**
 * Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` and `$$`. Values come from
 * the `.env` file beside the compose file; the shell environment is deliberately not
 * read, so a scan means the same on every machine. A variable that cannot be resolved
 * makes the whole value unknown — never an empty string.
 */
import { Unknown } from '../../model.js';

export type Environment = ReadonlyMap<string, string>;
/** What interpolation reads a variable from. */
type Lookup = Pick<Environment, 'get'>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** `${A:-${B:-…}}` levels followed; real files nest two or three, a hostile one thousands. */
const NESTING_LIMIT = 32;

export function interpolate(text: string, env: Lookup): string | Unknown {
  return substitute(text, env, 0);
}

/**
 * The value, and whether any of it was read from `.env`: then only the text as written may
 * be shown, since `.env` is where secrets live and reports are public.
 */
export function interpolateWritten(text: string, env: Environment): { value: string | Unknown; fromEnv: boolean } {
  let fromEnv = false;
  const value = interpolate(text, {
    get: (name: string) => {
      const found = env.get(name);
      if (found !== undefined) fromEnv = true;
      return found;
    },
  });
  return { value, fromEnv };
}

function substitute(text: string, env: Lookup, depth: number): string | Unknown {
  if (!text.includes('$')) return text;
  if (depth > NESTING_LIMIT) return new Unknown(`nests \${…} more than ${NESTING_LIMIT} levels deep`);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, dollar + 2);
      if (close < 0) return new Unknown(`has an unclosed "\${" in ${JSON.stringify(text)}`);
      const resolved = expression(text.slice(dollar + 2, close), env, depth);
      if (resolved instanceof Unknown) return resolved;
      out += resolved;
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(dollar + 1));
    if (!name) {
      out += '$';
      i = dollar + 1;
      continue;
    }
    const value = env.get(name[0]);
    if (value === undefined) return new Unknown(`uses $${name[0]}, which is not set in .env and has no default`);
    out += value;
    i = dollar + 1 + name[0].length;
  }
  return out;
}

/** The `}` closing a `${`, allowing nested `${…}` in defaults. */
function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{' && text[i - 1] === '$') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function expression(body: string, env: Lookup, depth: number): string | Unknown {
  const name = NAME.exec(body);
  if (!name) return new Unknown(`has an invalid interpolation "\${${body}}"`);
  const value = env.get(name[0]);
  const rest = body.slice(name[0].length);
  if (rest === '') {
    return value ?? new Unknown(`uses \${${name[0]}}, which is not set in .env and has no default`);
  }
  const operator = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[1];
  if (!operator) return new Unknown(`has an invalid interpolation "\${${body}}"`);
  const argument = rest.slice(operator.length);
  const unsetOrEmpty = value === undefined || value === '';
  switch (operator) {
    case ':-':
      return unsetOrEmpty ? substitute(argument, env, depth + 1) : value!;
    case '-':
      return value === undefined ? substitute(argument, env, depth + 1) : value;
    case ':?':
    case '?':
      if (operator === ':?' ? unsetOrEmpty : value === undefined) {
        return new Unknown(`requires ${name[0]} (${argument || 'no message'}), which is not set in .env`);
      }
      return value!;
    default:
      // :+ and +: the alternative when set.
      if (operator === ':+' ? !unsetOrEmpty : value !== undefined) return substitute(argument, env, depth + 1);
      return '';
  }
}

/** A `.env` file: KEY=VALUE lines, `export` prefixes, quotes, comments. */
export function parseDotEnv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2]!;
    if (/^"(?:[^"\\]|\\.)*"$/.test(value))
      value = value
        .slice(1, -1)
        .replace(/\\n/g, '\n')
        .replace(/\\(["\\])/g, '$1');
    else if (/^'[^']*'$/.test(value)) value = value.slice(1, -1);
    else {
      // A `#` after whitespace starts a comment. Cut at the first, then trim: one regular
      // expression for both backtracks over a long run of spaces, quadratic in the line.
      const comment = value.search(/\s#/);
      if (comment >= 0) value = value.slice(0, comment).trimEnd();
    }
    env.set(match[1]!, value);
  }
  return env;
}
