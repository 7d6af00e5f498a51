// Numbers as every output writes them: en-US digit grouping whatever the machine's locale, so that outputs are
// byte-identical everywhere.

/** "1234567" → "1,234,567" (a string of digits). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 1234567.891 → "1,234,567.9": grouped, at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  const [int = "0", frac = ""] = Math.abs(rounded).toFixed(digits).split(".");
  const tail = frac.replace(/0+$/, "");
  return `${rounded < 0 ? "-" : ""}${groupDigits(int)}${tail ? `.${tail}` : ""}`;
}

/** 12345.678 → "12,345.68": grouped, exactly `decimals` decimals. */
export function formatFixed(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return frac === undefined ? `${sign}${groupDigits(int)}` : `${sign}${groupDigits(int)}.${frac}`;
}
