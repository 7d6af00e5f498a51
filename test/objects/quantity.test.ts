// Counts written as the API server stores them; the real server's own canonical form is checked by the test bed
// (a second `kubectl apply` says unchanged), these are the cases it hit: 27,000 nodes and 54,000-GPU quotas.
import { describe, expect, it } from "vitest";
import { canonicalQuantity } from "../../src/objects/quantity.js";

describe("canonicalQuantity", () => {
  it("keeps the largest SI suffix that leaves a whole mantissa, as Quantity.String does", () => {
    expect(canonicalQuantity(0)).toBe("0");
    expect(canonicalQuantity(8)).toBe("8");
    expect(canonicalQuantity(1000)).toBe("1k");
    expect(canonicalQuantity(27000)).toBe("27k");
    expect(canonicalQuantity(43200)).toBe("43200");
    expect(canonicalQuantity(5400)).toBe("5400");
    expect(canonicalQuantity(2_160_000)).toBe("2160k");
    expect(canonicalQuantity(3_000_000)).toBe("3M");
    expect(canonicalQuantity(5 * 10 ** 15)).toBe("5P");
  });
  it("refuses what is not a whole non-negative count", () => {
    expect(() => canonicalQuantity(-1)).toThrow(RangeError);
    expect(() => canonicalQuantity(1.5)).toThrow(RangeError);
  });
});
