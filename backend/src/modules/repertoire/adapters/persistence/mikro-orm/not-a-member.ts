/**
 * The SQL condition that `userColumn` is not a member of the band of `s` (a suggestion or a song): the
 * test a former member's votes and levels are released on, reading the table BandAccess reads.
 */
export const notAMember = (userColumn: string) =>
  `not exists (select 1 from memberships m where m.band_id = s.band_id and m.user_id = ${userColumn})`;
