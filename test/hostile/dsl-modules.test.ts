// DSL modules are code: each hostile module is a located AIF-IO005 finding with exit 2, within its limits, and its
// side effects run in a child process, never in the CLI's. On the old code (import() in the CLI's process) these
// gave an internal error, a raw stack trace after "0 errors", exit 13, exit 0 having validated nothing, a hang,
// or a V8 out-of-memory crash of the test runner itself.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";
import { analyzeInputs } from "../../src/cli/inputs.js";
import { runCli } from "../cli/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "aifactory-dsl-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODULES: readonly [string, string, RegExp][] = [
  ["a getter that throws", "export default { apiVersion: 'aifactory.dev/v1alpha1', get spec() { throw new Error('getter boom'); } };", /is not plain data: getter boom/],
  ["a Proxy whose trap throws", "export default new Proxy({}, { ownKeys() { throw new Error('trap boom'); } });", /not plain data/],
  ["a late throw", "setTimeout(() => { throw new Error('late boom'); }, 20);\nexport default { a: 1 };", /threw after loading: late boom/],
  ["an unhandled rejection", "Promise.reject(new Error('rejected boom'));\nexport default { a: 1 };", /a promise it made was rejected: rejected boom/],
  ["a top-level await that never settles", "await new Promise(() => {});\nexport default { a: 1 };", /top-level await never settles/],
  ["process.exit(0) inside the module", "process.exit(0);\nexport default { a: 1 };", /ended the process \(process\.exit\(0\)\)/],
  ["a function in the blueprint", "export default { spec: { f() {} } };", /not plain data/],
  ["a throw while loading", "throw new TypeError('load boom');", /threw while loading: load boom/],
  ["no default export", "export const x = 1;", /no default export/],
];

describe.each(MODULES)("%s", (name, source, reason) => {
  const file = `${name.replace(/\W+/g, "-")}.mjs`;
  writeFileSync(join(dir, file), source);
  it("validate: AIF-IO005 at the file, exit 2, no stack trace", { timeout: 15_000 }, async () => {
    const r = await runCli(["validate", file], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toMatch(new RegExp(`^${file.replace(/[.]/g, "\\.")}:1:1: error AIF-IO005 cannot load the DSL module ${file.replace(/[.]/g, "\\.")}: .*${reason.source}`, "m"));
    expect(r.stdout + r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe("limits", () => {
  it("an endless loop: stopped at the time limit", { timeout: 15_000 }, async () => {
    writeFileSync(join(dir, "loop.mjs"), "for (;;) {}\n");
    const t = Date.now();
    const [a] = await analyzeInputs(["loop.mjs"], { cwd: dir, dsl: { timeoutMs: 1_000 } });
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(a?.findings[0]?.message).toMatch(/did not finish within 1 s/);
  });

  it("a huge array: the child runs out of memory at its limit, the CLI does not", { timeout: 30_000 }, async () => {
    writeFileSync(join(dir, "huge.mjs"), "const a = []; for (let i = 0; ; i++) a.push({ i, s: 'x' + i });\nexport default { a };\n");
    const [a] = await analyzeInputs(["huge.mjs"], { cwd: dir, dsl: { memoryMiB: 64, timeoutMs: 20_000 } });
    expect(a?.findings[0]?.message).toMatch(/ran out of memory \(limit 64 MiB\)/);
  });

  it("a blueprint over the size limit: refused", { timeout: 15_000 }, async () => {
    writeFileSync(join(dir, "big.mjs"), "export default { spec: 'x'.repeat(100000) };\n");
    const [a] = await analyzeInputs(["big.mjs"], { cwd: dir, dsl: { maxBytes: 10_000 } });
    expect(a?.findings[0]?.message).toMatch(/over the 10000-byte limit/);
  });
});

describe("side effects", () => {
  it("run in a child process: not in the CLI's, and a valid module still validates", { timeout: 15_000 }, async () => {
    const marker = join(dir, "ran-in");
    const dsl = join(packageRoot(), "dist/blueprints/dev-kind.factory.js");
    const body = existsSync(dsl)
      ? `import bp from ${JSON.stringify(dsl)};\nimport { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, String(process.pid));\nglobalThis.__aifactorySideEffect = true;\nexport default bp;\n`
      : `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, String(process.pid));\nglobalThis.__aifactorySideEffect = true;\nexport default {};\n`;
    writeFileSync(join(dir, "side.mjs"), body);
    const r = await runCli(["validate", "side.mjs"], { cwd: dir });
    expect(Number(readFileSync(marker, "utf8"))).not.toBe(process.pid);
    expect((globalThis as { __aifactorySideEffect?: boolean }).__aifactorySideEffect).toBeUndefined();
    if (existsSync(dsl)) {
      expect(r.code, r.stdout).toBe(0);
      expect(r.stdout).toMatch(/side\.mjs: 0 errors, 0 warnings; 88 GPUs/);
    }
  });
});
