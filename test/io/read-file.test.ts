// The one bounded reader: special files are refused by name without blocking, and never more than limit + 1 bytes
// are read. Every case runs under a short timeout: a hang (FIFO) or an endless read (/dev/zero) fails it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readBoundedFile } from "../../src/io/read-file.js";
import { readBlueprintText } from "../../src/blueprint/load.js";

const dir = mkdtempSync(join(tmpdir(), "aifactory-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LIMIT = { maxBytes: 4 * 1024 * 1024 };
const QUICK = 3_000;

describe("readBoundedFile refuses what is not a regular file, without blocking", () => {
  it("fails on /dev/zero: a character device, not read", { timeout: QUICK }, async () => {
    expect(await readBoundedFile("/dev/zero", LIMIT)).toEqual({ problem: { kind: "not-regular", what: "a character device" } });
  });

  it("fails on /dev/urandom and /dev/null", { timeout: QUICK }, async () => {
    for (const dev of ["/dev/urandom", "/dev/null"]) {
      expect(await readBoundedFile(dev, LIMIT)).toEqual({ problem: { kind: "not-regular", what: "a character device" } });
    }
  });

  it("fails on a symbolic link to /dev/zero, judged by what it points to", { timeout: QUICK }, async () => {
    symlinkSync("/dev/zero", join(dir, "zero.yaml"));
    expect(await readBoundedFile(join(dir, "zero.yaml"), LIMIT)).toEqual({ problem: { kind: "not-regular", what: "a character device" } });
  });

  it.skipIf(!existsSync("/usr/bin/mkfifo"))("fails on a named pipe with no writer, instead of hanging", { timeout: QUICK }, async () => {
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    expect(await readBoundedFile(join(dir, "pipe.yaml"), LIMIT)).toEqual({ problem: { kind: "not-regular", what: "a named pipe (FIFO)" } });
  });

  it("names a directory as a directory, whatever its name (x.js)", { timeout: QUICK }, async () => {
    mkdirSync(join(dir, "x.js"));
    expect(await readBoundedFile(join(dir, "x.js"), LIMIT)).toEqual({ problem: { kind: "directory" } });
    const r = await readBlueprintText("x.js", { cwd: dir });
    expect("finding" in r && r.finding.message).toMatch(/cannot read x\.js: it is a directory/);
  });

  it("names a missing file, a symlink loop and a path through a file", async () => {
    symlinkSync("loop-b", join(dir, "loop-a"));
    symlinkSync("loop-a", join(dir, "loop-b"));
    writeFileSync(join(dir, "plain"), "x");
    expect(await readBoundedFile(join(dir, "nowhere"), LIMIT)).toEqual({ problem: { kind: "not-found" } });
    expect(await readBoundedFile(join(dir, "loop-a"), LIMIT)).toEqual({ problem: { kind: "unreadable", reason: "a loop of symbolic links" } });
    expect(await readBoundedFile(join(dir, "plain/x"), LIMIT)).toEqual({ problem: { kind: "unreadable", reason: "a part of the path is not a directory" } });
  });
});

describe("readBoundedFile reads at most limit + 1 bytes", () => {
  it("accepts a file of exactly the limit and refuses one byte more, with its size", async () => {
    writeFileSync(join(dir, "at-limit"), "a".repeat(1000));
    writeFileSync(join(dir, "over-limit"), "a".repeat(1001));
    const at = await readBoundedFile(join(dir, "at-limit"), { maxBytes: 1000 });
    expect("bytes" in at && at.bytes.length).toBe(1000);
    expect(await readBoundedFile(join(dir, "over-limit"), { maxBytes: 1000 })).toEqual({ problem: { kind: "too-large", bytes: 1001, limit: 1000 } });
  });

  it("property: for any size and limit, returns the whole file exactly when it fits", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(70_000), fc.nat(70_000), async (size, limit) => {
        const file = join(dir, "sized");
        writeFileSync(file, Buffer.alloc(size, 0x61));
        const r = await readBoundedFile(file, { maxBytes: limit });
        if (size <= limit) expect("bytes" in r && r.bytes.length).toBe(size);
        else expect(r).toEqual({ problem: { kind: "too-large", bytes: size, limit } });
      }),
      { numRuns: 40 },
    );
  });
});

describe("readBlueprintText names the real problem", () => {
  it("a file whose lines end in CR alone is not 'empty'", async () => {
    const { analyzeText } = await import("../../src/check/analyze.js");
    const crOnly = "# a comment\rapiVersion: aifactory.dev/v1alpha1\rkind: AIFactory\r";
    const a = analyzeText(crOnly, "mac.yaml");
    expect(a.findings.map((f) => f.code)).toEqual(["AIF-Y009"]);
    expect(a.findings[0]?.message).toMatch(/carriage return \(CR\) alone/);
    expect(analyzeText("\r\r\r", "cr.yaml").findings[0]?.code).toBe("AIF-Y009");
    expect(analyzeText("# only a comment\n", "c.yaml").findings[0]?.message).toMatch(/only comments and blank lines/);
    expect(analyzeText("", "e.yaml").findings[0]?.message).toMatch(/^the file is empty/);
  });
});
