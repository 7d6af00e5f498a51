// Kubernetes quantities as the API server stores them. The server canonicalises every quantity it receives
// (k8s.io/apimachinery pkg/api/resource, Quantity.String: a decimal integer keeps the largest SI suffix whose
// exponent is a multiple of 3 and leaves an integer mantissa: 27000 → "27k", 43200 → "43200", 2000000 → "2M").
// Written any other way, `kubectl apply` sees its last-applied "27000" against the live "27k" and reports
// `configured` on every run, and a later server-side apply conflicts with the client-side manager.

const SUFFIXES = ["", "k", "M", "G", "T", "P", "E"] as const;

/** A whole, non-negative count in the API server's canonical form. */
export function canonicalQuantity(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`not a whole non-negative count: ${count}`);
  if (count === 0) return "0";
  let mantissa = count;
  let step = 0;
  while (mantissa % 1000 === 0 && step < SUFFIXES.length - 1) {
    mantissa /= 1000;
    step += 1;
  }
  return `${mantissa}${SUFFIXES[step]}`;
}
