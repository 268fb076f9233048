// What the command line says of an error it did not expect.

/** An error's message chain (Eleventy wraps template errors), or its stack when asked for. */
export function describe(error: unknown, verbose: boolean): string {
  if (!(error instanceof Error)) return String(error);
  if (verbose) return error.stack ?? error.message;
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = (e as { originalError?: unknown }).originalError ?? e.cause) {
    messages.push(e.message.trim());
  }
  return messages.join(": ");
}
