// Every entry point through the one bounded reader: devices, pipes, directories and links to them are refused with
// a located AIF-IO finding (or, for kubeconfigs, a one-line error) and exit 2, within a short timeout. The old code
// read /dev/zero until memory ran out and hung on a FIFO: each case here would time out on it.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";
import { cdktfAppMain } from "../../src/cli/cdktf-app.js";
import { runCli } from "../cli/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "aifactory-special-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const QUICK = { timeout: 5_000 };
const hasMkfifo = existsSync("/usr/bin/mkfifo");
const devKind = join(packageRoot(), "blueprints/dev-kind.yaml");

symlinkSync("/dev/zero", join(dir, "zero-link.yaml"));
mkdirSync(join(dir, "x.js"));
if (hasMkfifo) execFileSync("mkfifo", [join(dir, "fifo.yaml")]);

const SPECIAL: readonly [string, RegExp][] = [
  ["/dev/zero", /AIF-IO007 cannot read \/dev\/zero: it is a character device, not a regular file/],
  ["/dev/urandom", /AIF-IO007 .*character device/],
  ["zero-link.yaml", /AIF-IO007 cannot read zero-link\.yaml: it is a character device/],
  ["x.js", /AIF-IO002 cannot read x\.js: it is a directory/],
  ...(hasMkfifo ? ([["fifo.yaml", /AIF-IO007 cannot read fifo\.yaml: it is a named pipe \(FIFO\)/]] as [string, RegExp][]) : []),
];

describe.each(SPECIAL)("%s", (file, message) => {
  it("validate: a located AIF-IO finding, exit 2, no hang", QUICK, async () => {
    const r = await runCli(["validate", file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:1:1: error ${message.source}`, "m"));
  });

  it("synth, plan and plan --base: exit 2, no hang", QUICK, async () => {
    expect((await runCli(["synth", file, "--out", "out"], { cwd: dir })).code).toBe(2);
    expect((await runCli(["plan", file], { cwd: dir })).code).toBe(2);
    const base = await runCli(["plan", devKind, "--base", file], { cwd: dir });
    expect(base.code).toBe(2);
    expect(base.stderr).toMatch(/cannot read --base/);
  });

  it("the cdktf app's AIFACTORY_BLUEPRINT: exit 2, no hang", QUICK, async () => {
    let err = "";
    const code = await cdktfAppMain({ AIFACTORY_BLUEPRINT: file, CDKTF_OUTDIR: join(dir, "app-out") }, { cwd: dir, stdout: () => undefined, stderr: (s) => void (err += s) });
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe("kubeconfigs", () => {
  it.each([["/dev/zero", /character device/], ["x.js", /it is a directory/], ...(hasMkfifo ? [["fifo.yaml", /named pipe/]] : [])] as [string, RegExp][])(
    "--kubeconfig %s: one line naming it, exit 2, no hang",
    async (file, message) => {
      const r = await runCli(["kind", "fake-gpus", devKind, "--context", "kind-dev", "--kubeconfig", file], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^aifactory: error: cannot read the kubeconfig [^\n]*${message.source}`));
    },
    5_000,
  );
});

const cli = join(packageRoot(), "bin/aifactory.js");
const built = existsSync(join(packageRoot(), "dist/src/cli/main.js"));

describe("/dev/stdin", () => {
  // dist/ is built by `npm test` before vitest runs.
  it.skipIf(!built)("a pipe that never ends (validate /dev/stdin < endless writer): refused at once, exit 2", { timeout: 10_000 }, async () => {
    const child = spawn(process.execPath, [cli, "validate", "/dev/stdin"], { stdio: ["pipe", "pipe", "pipe"] });
    child.stdin.on("error", () => undefined);
    child.stdin.write("a".repeat(65_536)); // a writer that keeps the pipe open, like `< /dev/zero` through a pipe
    let out = "";
    child.stdout.on("data", (c: Buffer) => void (out += c.toString()));
    const code = await new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
    child.stdin.destroy();
    expect(code).toBe(2);
    // Node hands a child's stdin over as a pipe or a socket pair, depending on the platform: both are refused.
    expect(out).toMatch(/AIF-IO007 cannot read \/dev\/stdin: it is (a named pipe \(FIFO\)|a socket), not a regular file/);
  });

  it.skipIf(!built)("a redirect from a regular file is read like the file", { timeout: 20_000 }, () => {
    // A shell redirect makes stdin the file itself: a regular file.
    const viaShell = execFileSync("sh", ["-c", `"${process.execPath}" "${cli}" validate /dev/stdin < "${devKind}"`]).toString();
    expect(viaShell).toMatch(/^\/dev\/stdin: 0 errors/m);
  });
});

describe("a file that is not empty is not called empty", () => {
  it("CR-only line endings: AIF-Y009", async () => {
    writeFileSync(join(dir, "mac.yaml"), readFileSync(devKind, "utf8").replace(/\n/g, "\r"));
    const r = await runCli(["validate", "mac.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/AIF-Y009 the lines of the file end in a carriage return \(CR\) alone/);
    expect(r.stdout).not.toMatch(/empty/);
  });
});
