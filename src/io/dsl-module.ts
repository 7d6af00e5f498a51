// A DSL blueprint (.js/.mjs) is code: it runs in a child Node process, never in aifactory's own, with a time
// limit, a heap limit and a size limit on what it hands back. The child imports the module, waits until its event
// loop is empty (so that late throws and rejections are seen), copies the default export (structured clone: plain
// data only; getters run there, Proxies and functions are refused) and writes it to a pipe. The parent reads at
// most the size limit + 1 byte. Whatever goes wrong (throw, rejection, process.exit, a top-level await that never
// settles, an endless loop, running out of memory, too much data) comes back as a reason in words.
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { deserialize } from "node:v8";
import { collectOrigins, type DslOrigin } from "./dsl-origin-registry.js";

export type { DslOrigin };

export interface DslLimits {
  /** Wall-clock time the module may take, in milliseconds. @default 10,000 */
  readonly timeoutMs?: number;
  /** V8 heap of the child, in MiB (--max-old-space-size). @default 512 */
  readonly memoryMiB?: number;
  /** Largest blueprint the module may export, serialized, in bytes. @default 4 MiB, the file limit */
  readonly maxBytes?: number;
  /** Working directory of the child. @default process.cwd() */
  readonly cwd?: string;
}

export const DSL_TIMEOUT_MS = 10_000;
export const DSL_MEMORY_MIB = 512;
export const DSL_MAX_BYTES = 4 * 1024 * 1024;

export type DslResult =
  | { readonly value: unknown; readonly origins: Readonly<Record<string, DslOrigin>> }
  | { readonly reason: string };

/** Exit codes of the runner (any other code, or a signal, is the module's own doing). */
const EXIT_REPORTED = 70;

// The child's program. Messages on fd 3: "V" + v8-serialized value, or "E" + UTF-8 reason. It exits by itself only
// after writing one; a child that exits without one was stopped by the module (process.exit) or by Node.
const RUNNER = String.raw`
import { createWriteStream } from "node:fs";
import { serialize } from "node:v8";
const [url, maxBytesText] = process.argv.slice(1);
// The positions the DSL builders recorded (src/io/dsl-origin-registry.ts: the same function, its source embedded).
const collectOrigins = ${collectOrigins.toString()};
const maxBytes = Number(maxBytesText);
const out = createWriteStream("", { fd: 3 });
const exit = process.exit.bind(process);
let done = false;
const finish = (kind, payload) => {
  if (done) return;
  done = true;
  out.end(Buffer.concat([Buffer.from(kind), payload]), () => exit(${EXIT_REPORTED}));
};
const firstLine = (e) => {
  if (e instanceof Error) return (e.message.split("\n")[0] || e.name);
  try { return String(e); } catch { return "a value that cannot be printed"; }
};
const fail = (reason) => finish("E", Buffer.from(reason, "utf8"));
process.on("uncaughtException", (e) => fail("it threw after loading: " + firstLine(e)));
process.on("unhandledRejection", (e) => fail("a promise it made was rejected: " + firstLine(e)));
let value;
try {
  const mod = await import(url);
  value = "default" in mod ? mod.default : mod.blueprint;
} catch (e) {
  fail("it threw while loading: " + firstLine(e));
}
if (!done && (value === null || typeof value !== "object")) fail("it has no default export (export default blueprint(...))");
process.on("beforeExit", () => {
  if (done) return;
  let bytes;
  try {
    bytes = serialize({ value, origins: collectOrigins(value) });
  } catch (e) {
    return fail("its default export is not plain data: " + firstLine(e));
  }
  if (bytes.length > maxBytes) return fail("its blueprint is " + bytes.length + " bytes serialized, over the " + maxBytes + "-byte limit");
  finish("V", bytes);
});
`;

/** Runs the module at `file` (an absolute path) in a child process and returns its default export as plain data. */
export function loadDslModule(file: string, limits: DslLimits = {}): Promise<DslResult> {
  const timeoutMs = limits.timeoutMs ?? DSL_TIMEOUT_MS;
  const memoryMiB = limits.memoryMiB ?? DSL_MEMORY_MIB;
  const maxBytes = limits.maxBytes ?? DSL_MAX_BYTES;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      // --enable-source-maps: the builders record their callers' positions in the module's TypeScript source.
      [
        `--max-old-space-size=${memoryMiB}`,
        "--enable-source-maps",
        "--input-type=module",
        "-e",
        RUNNER,
        pathToFileURL(file).href,
        String(maxBytes),
      ],
      { cwd: limits.cwd ?? process.cwd(), stdio: ["ignore", "ignore", "pipe", "pipe"] }, // the environment is inherited
    );
    const chunks: Buffer[] = [];
    let received = 0;
    let stderr = "";
    let verdict: string | undefined;
    const stop = (reason: string) => {
      verdict ??= reason;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(`it did not finish within ${timeoutMs / 1000} s (an endless loop, or timers and handles that keep it running)`), timeoutMs);
    const channel = child.stdio[3] as NodeJS.ReadableStream;
    channel.on("data", (chunk: Buffer) => {
      received += chunk.length;
      // The message is one kind byte plus the value: more than that is over the limit, read no further.
      if (received > maxBytes + 1) stop(`its blueprint is over the ${maxBytes}-byte limit`);
      else chunks.push(chunk);
    });
    channel.on("error", () => undefined);
    child.stderr?.on("data", (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString("utf8");
    });
    child.on("error", (e) => stop(`cannot start Node for it: ${e.message}`));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (verdict !== undefined) return resolve({ reason: verdict });
      const message = Buffer.concat(chunks);
      if (code === EXIT_REPORTED && message.length > 0) {
        const body = message.subarray(1);
        if (message[0] === 0x56 /* V */) {
          try {
            const { value, origins } = deserialize(body) as { value: unknown; origins: Record<string, DslOrigin> };
            return resolve({ value, origins });
          } catch {
            return resolve({ reason: "what it exported could not be read back" });
          }
        }
        return resolve({ reason: body.toString("utf8") });
      }
      resolve({ reason: exitReason(code, signal, stderr, memoryMiB) });
    });
  });
}

function exitReason(code: number | null, signal: NodeJS.Signals | null, stderr: string, memoryMiB: number): string {
  if (/heap out of memory|Reached heap limit/.test(stderr)) return `it ran out of memory (limit ${memoryMiB} MiB)`;
  // Node exits 13 when the event loop empties while a top-level await is still pending.
  if (code === 13) return "its top-level await never settles";
  if (signal !== null) return `it was stopped by ${signal}`;
  return `it ended the process (process.exit(${code ?? "?"})) before its blueprint was read`;
}
