// Values a description names beside the parameter's main type: the `None` and `Any` of GitLab's
// filters ("`None` returns unassigned issues"), `null` to remove a setting ("or `null` to remove the
// priority"), an empty value to unassign ("Set to `0` or provide an empty value to unassign"), and
// the value of "Set to `X` to ..." sentences. Only what the sentence gives a meaning to is taken:
// a backticked word alone ("the given user `id`") is not a value. Whether a value needs a place
// beside the type (`None` for an integer does, `0` does not) is the openapi stage's call.

/** `` `None` returns unassigned issues ``, `` `Any` lists all ... ``. */
const FILTER_WORD = /\x60(None|Any)\x60 (?:returns|lists|means|matches|selects|filters|shows|gives)\b/g;
/** `` or `null` to remove the priority ``, `` Set to `null` to ... ``. */
const NULL_TO = /\x60null\x60 (?:to|for) (?:remove|unset|reset|clear|delete|disable|inherit)\b/i;
/** "provide an empty value", "Set to an empty string", "left empty", "use a blank value". */
const EMPTY = /\b(?:(?:provide|set(?: it)? to|use|pass|give|send)(?: an?)? (?:empty|blank) (?:value|string)|left empty|(?:an? )?(?:empty|blank) (?:value|string) (?:to|unassigns|removes|clears))\b/i;
/** "Set to `0` to disable timeouts", "Set the value to `0` ...": a value with a stated effect. */
const SET_TO = /\bset(?: it| the value)? to \x60([^\x60\s]+)\x60(?: or [^.]*?)? (?:to|for)\b/gi;

export function extractSpecialValues(description: string): string[] | undefined {
  const text = description.replace(/\s+/g, ' ');
  const values: string[] = [];
  const add = (value: string) => {
    if (!values.includes(value)) values.push(value);
  };
  for (const match of text.matchAll(FILTER_WORD)) add(match[1]);
  if (NULL_TO.test(text)) add('null');
  for (const match of text.matchAll(SET_TO)) add(match[1]);
  if (EMPTY.test(text)) add('');
  return values.length > 0 ? values : undefined;
}
