// One shortcode tag read from its opening `{{`: `{{< name args >}}`, `{{% /name %}}`, `{{< name />}}`,
// or the escaped `{{</* name */>}}`, which stands for its own text. Arguments follow Hugo's lexer:
// "quoted" (with \" inside), `raw` (may span lines) or bare words; named as key=value.
// https://gohugo.io/content-management/shortcodes/#notation

export type Delimiter = "<" | "%";

export type Tag =
  | { kind: "open"; name: string; args: string[] | Record<string, string>; selfClosing: boolean; end: number; problem?: TagProblem }
  | { kind: "close"; name: string; end: number }
  | { kind: "escaped"; literal: string; end: number }
  | ({ kind: "error"; end: number } & TagProblem);

export interface TagProblem {
  message: string;
  hint: string;
}

const NAME = /[A-Za-z0-9_-]+/y;
const SPACE = /\s*/y;

function skipSpace(src: string, pos: number): number {
  SPACE.lastIndex = pos;
  SPACE.exec(src);
  return SPACE.lastIndex;
}

/** Where `{{<` or `{{%` next opens at or after `from`; -1 when none does. */
export function findTag(src: string, from: number): number {
  for (let at = src.indexOf("{{", from); at >= 0; at = src.indexOf("{{", at + 1)) {
    const next = src[at + 2];
    if (next === "<" || next === "%") return at;
  }
  return -1;
}

/** Reads the tag whose `{{` is at `start`; `end` is where the text after it begins. */
export function readTag(src: string, start: number): Tag {
  const delimiter = src[start + 2] as Delimiter;
  const close = delimiter === "<" ? ">}}" : "%}}";
  // After a broken tag, reading resumes past its closing delimiter: every character is read at most twice.
  const fail = (at: number, message: string, hint: string): Tag => {
    const found = src.indexOf(close, at);
    return { kind: "error", end: found < 0 ? src.length : found + close.length, message, hint };
  };

  let pos = skipSpace(src, start + 3);
  if (src.startsWith("/*", pos)) {
    // Unterminated, no later escape can end either: the rest of the text is taken, keeping the scan linear.
    const tag = escaped(src, pos + 2, delimiter, close);
    return tag ?? { kind: "error", end: src.length, message: "escaped shortcode is not terminated", hint: `end it with */${close}` };
  }

  const closing = src[pos] === "/";
  if (closing) pos = skipSpace(src, pos + 1);
  NAME.lastIndex = pos;
  const name = NAME.exec(src)?.[0];
  if (name === undefined) return fail(pos, "a shortcode needs a name", `write {{${delimiter} name ${close}; to show the braces, escape them: {{${delimiter}/* name */${close}`);
  pos = skipSpace(src, pos + name.length);

  if (closing) {
    if (src.startsWith(close, pos)) return { kind: "close", name, end: pos + close.length };
    return fail(pos, `closing shortcode "${name}" takes no arguments`, `write {{${delimiter} /${name} ${close}`);
  }

  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (;;) {
    pos = skipSpace(src, pos);
    if (pos >= src.length) return fail(pos, `shortcode "${name}" is not terminated`, `end it with ${close}`);
    if (src.startsWith(close, pos)) return opened(name, positional, named, false, pos + close.length);
    if (src.startsWith(`/${close}`, pos)) return opened(name, positional, named, true, pos + close.length + 1);
    const first = readValue(src, pos, close);
    if ("message" in first) return fail(first.at, first.message.replace("%s", name), first.hint);
    pos = skipSpace(src, first.end);
    if (src[pos] !== "=") {
      positional.push(first.value);
      continue;
    }
    const value = readValue(src, skipSpace(src, pos + 1), close);
    if ("message" in value) return fail(value.at, value.message.replace("%s", name), value.hint);
    named[first.value] = value.value;
    pos = value.end;
  }
}

function opened(name: string, positional: string[], named: Record<string, string>, selfClosing: boolean, end: number): Tag {
  const isNamed = Object.keys(named).length > 0;
  const problem =
    isNamed && positional.length > 0
      ? { message: `shortcode "${name}" mixes positional and named arguments`, hint: `use either positional arguments ("a" "b") or named ones (key="value"), not both` }
      : undefined;
  return { kind: "open", name, args: isNamed ? named : positional, selfClosing, end, problem };
}

type Value = { value: string; end: number } | { at: number; message: string; hint: string };

function readValue(src: string, pos: number, close: string): Value {
  const quote = src[pos];
  if (quote === '"') {
    let value = "";
    for (let i = pos + 1; i < src.length; i++) {
      const c = src[i]!;
      if (c === '"') return { value, end: i + 1 };
      if (c === "\\" && src[i + 1] === '"') i++;
      value += src[i];
    }
    return { at: src.length, message: `unterminated quoted argument in shortcode "%s"`, hint: 'close the argument with "' };
  }
  if (quote === "`") {
    const end = src.indexOf("`", pos + 1);
    if (end < 0) return { at: src.length, message: `unterminated raw string argument in shortcode "%s"`, hint: "close the argument with `" };
    return { value: src.slice(pos + 1, end), end: end + 1 };
  }
  if (quote === "'" || quote === "=") {
    return { at: pos, message: `unexpected ${quote} in shortcode "%s"`, hint: 'quote arguments with double quotes or backticks: key="value"' };
  }
  let end = pos;
  while (end < src.length && !/[\s="`]/.test(src[end]!) && !src.startsWith(close, end) && !src.startsWith(`/${close}`, end)) end++;
  return { value: src.slice(pos, end), end };
}

// The escaped form stands for its text without the comment marks: {{</* x */>}} is shown as {{< x >}}.
function escaped(src: string, from: number, delimiter: Delimiter, close: string): Tag | undefined {
  for (let at = src.indexOf("*/", from); at >= 0; at = src.indexOf("*/", at + 1)) {
    const after = skipSpace(src, at + 2);
    if (src.startsWith(close, after)) {
      return { kind: "escaped", literal: `{{${delimiter}${src.slice(from, at)}${close}`, end: after + close.length };
    }
  }
  return undefined;
}
