// The exact source text of values inside a JSON document. Pure.
//
// Lava's free-form fields (`metadata`, `subscription`) are stored as the text Lava sent: parsing and
// re-serialising would round numbers beyond 2^53 and can drop keys such as `__proto__`. Node 20's
// JSON.parse has no source-text access, and a JSON-with-comments parser would be a dependency for
// forty lines, so this walks text that JSON.parse has already accepted.

/** Index just past the string that starts at `i` (a `"`). */
function skipString(text: string, i: number): number {
  let j = i + 1;
  while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && ' \t\n\r'.includes(text[j] as string)) j++;
  return j;
}

/** Index just past the value that starts at `i`. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    let j = i;
    do {
      const d = text[j];
      if (d === '"') {
        j = skipString(text, j);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') depth--;
      j++;
    } while (depth > 0);
    return j;
  }
  let j = i; // number, true, false, null
  while (j < text.length && !',}] \t\n\r'.includes(text[j] as string)) j++;
  return j;
}

/**
 * The members of the object whose text starts at `start` (a `{`), as source text, keyed by name.
 * A repeated name keeps its last value, as JSON.parse does.
 */
export function objectMemberTexts(text: string, start = skipSpace(text, 0)): Map<string, string> {
  const members = new Map<string, string>();
  if (text[start] !== '{') return members;
  let i = skipSpace(text, start + 1);
  while (text[i] === '"') {
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
    const valueEnd = skipValue(text, valueStart);
    members.set(key, text.slice(valueStart, valueEnd));
    i = skipSpace(text, valueEnd);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return members;
}

/** The source text of `document[outer][inner]` for each inner name present, for a valid JSON text. */
export function nestedMemberTexts(document: string, outer: string): Map<string, string> {
  const outerText = objectMemberTexts(document).get(outer);
  return outerText === undefined ? new Map() : objectMemberTexts(outerText);
}
