import { describe, expect, it } from "vitest";
import { run, type RegisterCommand } from "../../src/cli/main.js";
import { UsageError } from "../../src/cli/io.js";
import { runCli } from "./helpers.js";

async function runWith(commands: RegisterCommand[], args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: "." }, commands);
  return { code, stdout, stderr };
}

const boom: RegisterCommand = (program) => {
  program.command("boom").action(() => {
    throw new TypeError("cannot read properties of undefined");
  });
  program.command("misuse").action(() => {
    throw new UsageError("--out needs a directory");
  });
};

describe("aifactory", () => {
  it("fails when run without a verb: help on stderr, exit 2", async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: aifactory");
  });

  it("prints help with every verb and exits 0", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/validate \[options\] \[files\.\.\.\]/);
    expect(r.stdout).toContain("catalog");
  });

  it("prints the package version with --version and exits 0", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("suggests the verb meant", async () => {
    const r = await runCli(["validat"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("(Did you mean validate?)");
  });

  it("fails on an internal error with one clear line and no stack trace", async () => {
    const r = await runWith([boom], ["boom"]);
    expect(r.code).toBe(3); // a bug, not a usage problem: its own exit code since issue 17
    expect(r.stderr).toBe("aifactory: internal error: cannot read properties of undefined\nRun again with --debug for the stack trace, and please report it.\n");
  });

  it("shows the stack trace of an internal error with --debug", async () => {
    const r = await runWith([boom], ["--debug", "boom"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^aifactory: internal error: cannot read properties of undefined\nTypeError: [^\n]*\n\s+at /);
  });

  it("fails with exit 2 and the message of a usage error", async () => {
    const r = await runWith([boom], ["misuse"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "aifactory: error: --out needs a directory\n" });
  });
});
