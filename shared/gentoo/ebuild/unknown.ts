/** A value the static reader cannot evaluate, with the reason shown to the user. */
export class Unknown {
  constructor(readonly reason: string) {}
}
