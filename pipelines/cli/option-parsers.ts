// Parsers for command-line option values that several commands share: a bad value is one clear line
// from commander (the option, what it expects), never a NaN passed on.
import { InvalidArgumentError } from "commander";

/** A whole number from min to max, for `.option(..., integer("--replicas", 1, 100))`. */
export function integer(what: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(`${what} must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
}
