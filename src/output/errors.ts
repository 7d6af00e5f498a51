/** The target is something aifactory must not replace (a directory it did not write, a device, the root...). */
export class OutputRefusedError extends Error {
  override readonly name = "OutputRefusedError";
}
