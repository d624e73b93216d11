// A sentence right after a parameter table that lists the values of one of its parameters:
// "Currently these scopes are supported: projects, issues, merge_requests, milestones." (11.x
// search.md:20, below a table whose `scope` row says only "The scope to search in"). The noun
// must name a parameter of the table; the words, plain or backticked, are the whole set.
import type { Parameter } from '../model.js';

const SENTENCE = /\bthese (\w+) are (?:supported|available|allowed|valid|accepted)\s*:\s*(\x60?[\w.-]+\x60?(?:\s*,\s*(?:(?:and|or)\s+)?\x60?[\w.-]+\x60?|\s+(?:and|or)\s+\x60?[\w.-]+\x60?)+)\s*\.?\s*$/i;

/** The parameter the sentence names and its values, or undefined when it lists none of them. */
export function valuesAfterTable(sentence: string, parameters: Parameter[]): { parameter: Parameter; values: string[] } | undefined {
  const match = SENTENCE.exec(sentence.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  const noun = match[1].toLowerCase();
  const parameter = parameters.find((p) => [noun, noun.replace(/s$/, ''), noun.replace(/es$/, '')].includes(p.name));
  if (!parameter) return undefined;
  const values = match[2].replace(/\.$/, '').split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/).map((v) => v.replace(/\x60/g, '').trim()).filter(Boolean);
  return { parameter, values: [...new Set(values)] };
}
