/**
 * Someone is no longer a member of the band: they left or were removed (their account being deleted
 * makes them leave every band too). Other contexts let go of what the member held in the band.
 */
export class MemberLeftBand {
  constructor(
    readonly bandId: string,
    readonly userId: string,
  ) {}
}
