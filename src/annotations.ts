/**
 * The one annotation grammar, shared by every format:
 *
 *   strata: needs=<stratum|intent> reason="<why>"
 *   strata: default needs=<stratum|intent> reason="<why>"
 *   strata-ignore: <rule>[,<rule>] reason="<why>" [until=YYYY-MM-DD]
 *
 * Parsers hand in comment text (or tag values); this module decides what it says.
 * A directive that does not parse becomes an `invalid` annotation, reported once by
 * the `invalid-annotation` rule and otherwise ignored.
 */
import { Unknown, type Annotation, type Location, type NeedSourceKind, type Stratum, type Value } from './model.js';
import { closest } from './suggest.js';
import { clip } from './text/escape.js';
import type { Vocabulary } from './vocabulary.js';

export interface AnnotationContext {
  vocabulary: Vocabulary;
  ruleIds: ReadonlySet<string>;
}

const DIRECTIVE = /^(strata-ignore|strata)\s*:/;
/**
 * What a person meant as a directive but did not quite write: another case, no colon,
 * `stratum`, `strata_ignore`. A plain `strata` or `stratum` counts only before `need(s)=`
 * or `default`, so prose that starts with the word is left alone.
 */
const NEAR_IGNORE = /^strat(?:a|um)[-_ ]?ignore\b\s*:?\s*/i;
const NEAR_NEED = /^strat(?:a|um)\b\s*:?\s*(?=(?:default\s+)?needs?\s*=)/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where a directive sits inside a comment's text: `[start, end)` in that text. */
export interface DirectiveSpan {
  start: number;
  end: number;
}

/** Finds a directive at the start of a comment's text (after blanks and `*` decoration). */
export function findDirective(commentText: string): DirectiveSpan | null {
  let start = 0;
  while (start < commentText.length && /[\s*]/.test(commentText[start]!)) start++;
  const head = commentText.slice(start, start + 40);
  if (!DIRECTIVE.test(head) && !NEAR_IGNORE.test(head) && !NEAR_NEED.test(head)) return null;
  // A directive runs to the end of its line.
  let end = commentText.length;
  const lineBreak = commentText.slice(start).search(/[\r\n]/);
  if (lineBreak >= 0) end = start + lineBreak;
  while (end > start && /\s/.test(commentText[end - 1]!)) end--;
  return { start, end };
}

/** Parses one directive (as found by `findDirective`). */
export function parseDirective(directive: string, location: Location, context: AnnotationContext): Annotation {
  const match = DIRECTIVE.exec(directive);
  if (!match) return nearMiss(directive, location);
  const keyword = match[1]!;
  const tokens = tokenize(directive.slice(match[0].length));
  if (typeof tokens === 'string') return invalid(directive, location, tokens);
  return keyword === 'strata' ? needDirective(directive, tokens, location, context) : suppressionDirective(directive, tokens, location, context);
}

/** `start`/`end`: where the token stands in the text tokenized, end exclusive. */
type Token = { key?: string; value: string; start: number; end: number };

/** Sticky, so each token is matched where it stands: no copy of the rest of a long line per token. */
const WORD = /[^\s="']+/y;
const BARE = /[^\s"']*/y;

/** `word`, `key=value` or `key="quoted value"`, separated by blanks. */
function tokenize(input: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i]!)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(input);
    if (!word) return `unexpected ${JSON.stringify(input[i])} at "${input.slice(i, i + 20)}"`;
    i += word[0].length;
    if (input[i] !== '=') {
      tokens.push({ value: word[0], start: i - word[0].length, end: i });
      continue;
    }
    const start = i - word[0].length;
    i++;
    if (input[i] === '"' || input[i] === "'") {
      const quote = input[i]!;
      let value = '';
      let j = i + 1;
      for (; j < input.length && input[j] !== quote; j++) {
        if (input[j] === '\\' && j + 1 < input.length) j++;
        value += input[j];
      }
      if (j >= input.length) return `the value of ${word[0]}= has no closing ${quote}`;
      i = j + 1;
      tokens.push({ key: word[0], value, start, end: i });
    } else {
      BARE.lastIndex = i;
      const bare = BARE.exec(input)![0];
      if (bare === '') return `${word[0]}= has no value`;
      i += bare.length;
      tokens.push({ key: word[0], value: bare, start, end: i });
    }
  }
  return tokens;
}

/**
 * The rule-list words of a suppression (`a,b` in `strata-ignore: a,b reason="…"`), each
 * with where it stands in the directive: what taking a rule out of the list rewrites.
 */
export function suppressionRuleWords(directive: string): Array<{ value: string; start: number; end: number }> {
  const match = DIRECTIVE.exec(directive);
  if (match?.[1] !== 'strata-ignore') return [];
  const tokens = tokenize(directive.slice(match[0].length));
  if (typeof tokens === 'string') return [];
  const offset = match[0].length;
  return tokens.filter((t) => t.key === undefined).map((t) => ({ value: t.value, start: t.start + offset, end: t.end + offset }));
}

function needDirective(source: string, tokens: Token[], location: Location, context: AnnotationContext): Annotation {
  let isDefault = false;
  let needs: string | undefined;
  let reason: string | undefined;
  for (const [index, token] of tokens.entries()) {
    if (token.key === undefined) {
      if (token.value === 'default' && index === 0) isDefault = true;
      else return invalid(source, location, `unexpected "${token.value}"; write needs=<stratum|intent> reason="…"`);
    } else if (token.key === 'needs') needs = token.value;
    else if (token.key === 'reason') reason = token.value;
    else return invalid(source, location, `unknown key "${token.key}"${didYouMean(token.key, ['needs', 'reason'])} (a need takes needs= and reason=)`);
  }
  if (needs === undefined) return invalid(source, location, 'needs=<stratum|intent> is missing');
  const stratum = context.vocabulary.resolve(needs);
  if (typeof stratum === 'string') return invalid(source, location, stratum);
  const cleanReason = reason?.trim() || undefined;
  if (isDefault) return { kind: 'default-need', stratum, needs, reason: cleanReason, location, source };
  return { kind: 'need', stratum, needs, reason: cleanReason, via: 'comment', location, source };
}

function suppressionDirective(source: string, tokens: Token[], location: Location, context: AnnotationContext): Annotation {
  const rules: string[] = [];
  let reason: string | undefined;
  let until: string | undefined;
  for (const token of tokens) {
    if (token.key === undefined) {
      for (const id of token.value.split(',').filter(Boolean)) {
        if (!context.ruleIds.has(id)) return invalid(source, location, `unknown rule "${id}"${didYouMean(id, context.ruleIds)} (\`strata rules\` lists them)`);
        rules.push(id);
      }
    } else if (token.key === 'reason') reason = token.value.trim() || undefined;
    else if (token.key === 'until') {
      if (!isCalendarDate(token.value)) {
        return invalid(source, location, `until=${token.value} is not a date; write until=YYYY-MM-DD`);
      }
      until = token.value;
    } else return invalid(source, location, `unknown key "${token.key}"${didYouMean(token.key, ['reason', 'until'])} (a suppression takes rule ids, reason= and until=)`);
  }
  if (rules.length === 0) return invalid(source, location, 'name the rule(s) to ignore: strata-ignore: <rule>[,<rule>] reason="…"');
  if (reason === undefined) return invalid(source, location, 'a suppression needs reason="…" saying why the finding does not apply');
  return { kind: 'suppression', rules, reason, until, location, source };
}

/** A directive written almost right: said so, with the spelling strata reads. */
function nearMiss(directive: string, location: Location): Annotation {
  const ignore = NEAR_IGNORE.exec(directive);
  const need = ignore ? null : NEAR_NEED.exec(directive);
  const prefix = (ignore ?? need)![0];
  const meant = `${ignore ? 'strata-ignore' : 'strata'}: ${directive.slice(prefix.length)}`;
  return invalid(directive, location, `strata reads only "${ignore ? 'strata-ignore:' : 'strata:'}", in lower case with a colon; did you mean "${clip(meant, 120)}"?`);
}

/** ` (did you mean "x"?)` when a near one is known. */
function didYouMean(word: string, known: Iterable<string>): string {
  const suggestion = closest(word, [...known]);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

function invalid(source: string, location: Location, problem: string): Annotation {
  return { kind: 'invalid', problem, location, source };
}

/** The keys a tag or label map may use to declare a need (and its reason). */
const NEED_KEYS = ['strata:needs', 'strata-needs', 'strata_needs', 'strata.needs', 'strata.dev/needs'];
const REASON_KEYS = ['strata:reason', 'strata-reason', 'strata_reason', 'strata.reason', 'strata.dev/reason'];

export interface TagEntry {
  key: string;
  value: Value;
  location: Location;
  /** As on Fact: the value as written, shown instead of `value` when that came from outside the scanned files. */
  written?: Value;
}

/** A need declared in structured metadata (tags, labels, x-strata). Null when none is. */
export function needFromTags(entries: TagEntry[], via: NeedSourceKind, context: AnnotationContext): Annotation | null {
  // Later entries win, as they do in a merged map.
  const needs = entries.findLast((e) => NEED_KEYS.includes(e.key));
  if (!needs) return null;
  return needFromFields(
    needs,
    entries.findLast((e) => REASON_KEYS.includes(e.key)),
    via,
    context,
  );
}

/** A need from a needs value and an optional reason value, wherever they were written. */
export function needFromFields(needs: TagEntry, reasonEntry: TagEntry | undefined, via: NeedSourceKind, context: AnnotationContext): Annotation {
  const shown = 'written' in needs ? needs.written : needs.value;
  const source = `${needs.key}=${shownValue(shown ?? null)}`;
  if (typeof needs.value !== 'string' && typeof needs.value !== 'number') {
    return invalid(source, needs.location, `${needs.key} must be a literal stratum or intent strata can read without running anything`);
  }
  const stratum: Stratum | string = context.vocabulary.resolve(String(needs.value), String(shown));
  if (typeof stratum === 'string') return invalid(source, needs.location, stratum);
  const shownReason = reasonEntry && 'written' in reasonEntry ? reasonEntry.written : reasonEntry?.value;
  const reason = typeof shownReason === 'string' ? shownReason.trim() || undefined : undefined;
  return { kind: 'need', stratum, needs: String(shown), reason, via, location: needs.location, source };
}

/** A reason that is only a placeholder (`TODO: why`, `tbd`, `fixme`, `?`, blank): `strata annotate` writes one, and it explains nothing. */
const PLACEHOLDER_REASON = /^(?:(?:todo|tbd|fixme)\b.*|\?*)$/is;

/** Whether a reason says why, rather than standing in for a reason still to write. */
export function isPlaceholderReason(reason: string | undefined): boolean {
  return reason === undefined || PLACEHOLDER_REASON.test(reason.trim());
}

/** The reason `strata annotate` writes: a placeholder, so `unexplained-need` keeps asking for the real one. */
export const PLACEHOLDER = 'TODO: why';

function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** A value as a person wrote it: an expression strata cannot evaluate by its own text (`var.x`), never strata's inner form. */
function shownValue(value: Value): string {
  const unknown = (v: Unknown) => v.reference ?? 'an expression known only at run time';
  if (typeof value === 'string') return value;
  if (value instanceof Unknown) return unknown(value);
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Unknown ? unknown(v) : v)) ?? String(value);
}
