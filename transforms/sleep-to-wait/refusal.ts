/** A loop the analysis leaves alone: thrown where the reason is found, caught once per loop. */
export class Refusal extends Error {}

/** Stops reading the loop, with the reason it is left alone. */
export function refuse(reason: string): never {
  throw new Refusal(reason);
}
