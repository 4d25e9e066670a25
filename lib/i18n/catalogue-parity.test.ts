import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { CATALOGUE_PARTS } from './request';

/**
 * Every language must say everything the other says, with the same placeholders: a key missing in
 * English would show its raw name to an English reader, and a placeholder spelt differently would
 * throw when the page renders. The failures name the file, the key and the language.
 */
const ROOT = path.resolve(__dirname, '../../messages');
const [FIRST, SECOND] = LOCALES;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const filesIn = (locale: string) =>
  readdirSync(path.join(ROOT, locale))
    .filter((f) => f.endsWith('.json'))
    .sort();
const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join(ROOT, locale, file), 'utf8')) as Json;

/** Leaf keys as dotted paths, with their texts. */
function leaves(value: Json, prefix = ''): Map<string, Json> {
  const out = new Map<string, Json>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) for (const [p, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(p, v);
  } else out.set(prefix, value);
  return out;
}

// The node types of the ICU message parser that intl-messageformat (and so next-intl) uses.
const ARGUMENT = 1,
  NUMBER = 2,
  DATE = 3,
  TIME = 4,
  SELECT = 5,
  PLURAL = 6,
  TAG = 8;
const TYPE_NAMES: Record<number, string> = { [ARGUMENT]: 'text', [NUMBER]: 'number', [DATE]: 'date', [TIME]: 'time', [SELECT]: 'select', [PLURAL]: 'plural', [TAG]: 'tag' };

interface Node {
  type: number;
  value?: string;
  options?: Record<string, { value: Node[] }>;
  children?: Node[];
}

/** What a message needs from the code: its placeholders with their kinds, a select's choices, its tags. */
function placeholders(message: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const kind = TYPE_NAMES[node.type];
      if (kind && node.value !== undefined)
        found.add(
          node.type === SELECT
            ? `${node.value}:select(${Object.keys(node.options ?? {})
                .sort()
                .join('|')})`
            : `${node.value}:${kind}`,
        );
      if (node.type === PLURAL && !node.options?.other) found.add(`${node.value}:plural without "other"`);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown as Node[]);
  return [...found].sort();
}

describe('the message catalogue', () => {
  it(`has the same files in ${LOCALES.join(' and ')}`, () => {
    const problems = LOCALES.flatMap((locale) =>
      LOCALES.filter((other) => other !== locale).flatMap((other) =>
        filesIn(locale)
          .filter((f) => !filesIn(other).includes(f))
          .map((f) => `messages/${locale}/${f} has no messages/${other}/${f}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('has a file in every language for every part the app loads', () => {
    const problems = CATALOGUE_PARTS.flatMap((part) => LOCALES.filter((l) => !filesIn(l).includes(`${part}.json`)).map((l) => `messages/${l}/${part}.json is missing`));
    expect(problems).toEqual([]);
  });

  it('loads every file it has', () => {
    const unlisted = filesIn(FIRST).filter((f) => !(CATALOGUE_PARTS as readonly string[]).includes(f.replace(/\.json$/, '')));
    expect(unlisted.map((f) => `messages/${FIRST}/${f} is not in CATALOGUE_PARTS`)).toEqual([]);
  });

  it('has the same keys in every language', () => {
    const problems: string[] = [];
    for (const file of filesIn(FIRST).filter((f) => filesIn(SECOND).includes(f))) {
      const a = leaves(read(FIRST, file));
      const b = leaves(read(SECOND, file));
      for (const key of a.keys()) if (!b.has(key)) problems.push(`${file}: "${key}" is in ${FIRST} but not in ${SECOND}`);
      for (const key of b.keys()) if (!a.has(key)) problems.push(`${file}: "${key}" is in ${SECOND} but not in ${FIRST}`);
    }
    expect(problems).toEqual([]);
  });

  it('has valid ICU messages with the same placeholders in every language', () => {
    const problems: string[] = [];
    for (const file of filesIn(FIRST).filter((f) => filesIn(SECOND).includes(f))) {
      const a = leaves(read(FIRST, file));
      const b = leaves(read(SECOND, file));
      for (const [key, first] of a) {
        const second = b.get(key);
        if (typeof first !== 'string' || typeof second !== 'string') {
          if (second !== undefined && (typeof first !== 'string' || typeof second !== 'string')) problems.push(`${file}: "${key}" is not a text in both languages`);
          continue;
        }
        try {
          const pa = placeholders(first, FIRST).join(', ');
          const pb = placeholders(second, SECOND).join(', ');
          if (pa !== pb) problems.push(`${file}: "${key}" has {${pa}} in ${FIRST} but {${pb}} in ${SECOND}`);
        } catch (error) {
          problems.push(`${file}: "${key}" is not a valid ICU message: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no top-level key in two parts of one language', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const owner = new Map<string, string>();
      for (const file of filesIn(locale)) {
        for (const key of Object.keys(read(locale, file) as object)) {
          const earlier = owner.get(key);
          if (earlier) problems.push(`messages/${locale}: "${key}" is in both ${earlier} and ${file}`);
          else owner.set(key, file);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
