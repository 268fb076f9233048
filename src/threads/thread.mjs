// When the compiled thread cannot be written (src/compiled.mjs): a worker thread starts without the
// parent's TypeScript loader (Node 20 does not pass `--import` on):
// register tsx, then run the thread itself. https://tsx.is/dev-api/register-esm
import { register } from "tsx/esm/api";

register();
await import("./thread.ts");
