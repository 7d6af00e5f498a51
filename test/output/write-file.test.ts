// writeFileAtomically never replaces what is not a regular file of its own: links are followed, devices and pipes
// written through, temporary files of killed runs removed.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, lstatSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutputRefusedError, temporaryName, writeFileAtomically } from "../../src/output/write-file.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "aifactory-write-file-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomically", () => {
  it("writes through a symbolic link: the target changes, the link stays a link", async () => {
    await writeFile(join(dir, "real.md"), "old");
    await symlink("real.md", join(dir, "link.md"));
    await writeFileAtomically(join(dir, "link.md"), "new");
    expect(lstatSync(join(dir, "link.md")).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, "link.md"))).toBe("real.md");
    expect(await readFile(join(dir, "real.md"), "utf8")).toBe("new");
    expect((await readdir(dir)).sort()).toEqual(["link.md", "real.md"]);
  });

  it("refuses a dangling symbolic link instead of replacing it", async () => {
    await symlink("nowhere.md", join(dir, "dangling.md"));
    await expect(writeFileAtomically(join(dir, "dangling.md"), "x")).rejects.toThrow(/symbolic link to nothing/);
    expect(lstatSync(join(dir, "dangling.md")).isSymbolicLink()).toBe(true);
  });

  it("writes through /dev/null and leaves it a character device (no temporary file beside it)", async () => {
    await writeFileAtomically("/dev/null", "discarded");
    expect((await stat("/dev/null")).isCharacterDevice()).toBe(true);
    expect((await readdir("/dev")).filter((e) => e.includes("aifactory"))).toEqual([]);
  });

  it("writes through a symbolic link to /dev/null", async () => {
    await symlink("/dev/null", join(dir, "out.md"));
    await writeFileAtomically(join(dir, "out.md"), "discarded");
    expect(lstatSync(join(dir, "out.md")).isSymbolicLink()).toBe(true);
    expect((await stat("/dev/null")).isCharacterDevice()).toBe(true);
  });

  it.skipIf(!existsSync("/usr/bin/mkfifo"))("refuses a named pipe no one reads, without hanging", { timeout: 3_000 }, async () => {
    execFileSync("mkfifo", [join(dir, "pipe")]);
    await expect(writeFileAtomically(join(dir, "pipe"), "x")).rejects.toThrow(/named pipe that no one reads/);
  });

  it("refuses a directory, and creates nothing in it or beside it", async () => {
    await mkdir(join(dir, "taken"));
    await expect(writeFileAtomically(join(dir, "taken"), "x")).rejects.toThrow(OutputRefusedError);
    await expect(writeFileAtomically("/", "x")).rejects.toThrow(/it is a directory/);
    expect(await readdir(dir)).toEqual(["taken"]);
    expect(await readdir(join(dir, "taken"))).toEqual([]);
    expect((await readdir("/")).filter((e) => e.includes("aifactory"))).toEqual([]);
  });

  it("keeps the mode of the file it replaces; a new file gets the umask's", async () => {
    await writeFile(join(dir, "report.md"), "old");
    await chmod(join(dir, "report.md"), 0o640);
    await writeFileAtomically(join(dir, "report.md"), "new");
    expect((await stat(join(dir, "report.md"))).mode & 0o777).toBe(0o640);
    await writeFileAtomically(join(dir, "fresh.md"), "new");
    expect((await stat(join(dir, "fresh.md"))).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it("removes the temporary files of killed runs (their process is gone), and keeps those of running ones", async () => {
    // A process that has exited: its id is free (or reused, then the file stays until the next write: harmless).
    const child = spawn(process.execPath, ["-e", ""]);
    const gone = await new Promise<number>((done) => child.on("exit", () => done(child.pid!)));
    const stale = temporaryName("plan.md").replace(`-${process.pid}-`, `-${gone}-`);
    const live = temporaryName("other.md");
    await writeFile(join(dir, stale), "half");
    await writeFile(join(dir, live), "in progress");
    await writeFileAtomically(join(dir, "plan.md"), "whole");
    expect((await readdir(dir)).sort()).toEqual([live, "plan.md"].sort());
  });
});
