// The report both benchmarks print (and write with --out): the machine, the command, the programs measured, then
// wall-time and CPU-time tables of medians. One shape, so the two reports read alike.
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";

export interface BenchReport {
  /** "npm run bench -- …" with what it measured, in parentheses. */
  readonly command: string;
  readonly programs: readonly string[];
  readonly wallTitle: string;
  readonly wall: readonly string[];
  readonly cpuTitle: string;
  readonly cpu: readonly string[];
  /** Lines after the tables. */
  readonly notes?: readonly string[];
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}`;
}

/** Prints the report, and writes it to `out` when given. */
export async function printBenchReport(r: BenchReport, out: string | undefined): Promise<void> {
  const report = [
    `Machine: ${machine()}`,
    `Command: ${r.command}`,
    "",
    "Programs:",
    ...r.programs,
    "",
    r.wallTitle,
    "",
    ...r.wall,
    "",
    r.cpuTitle,
    "",
    ...r.cpu,
    "",
    ...(r.notes ?? []),
  ].join("\n");
  process.stdout.write(report);
  if (out !== undefined) await writeFile(out, report);
}
