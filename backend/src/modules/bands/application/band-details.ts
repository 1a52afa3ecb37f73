import type { Band } from '../domain/band.js';
import type { Role } from '../domain/role.js';
import type { BandView } from './ports/bands.reader.js';
import type { BandDetails } from './queries/get-band/get-band.query.js';

/** The band as its reader would show it, straight from the aggregate a command holds. */
export function bandViewOf(band: Band): BandView {
  const { createdAt: _notShown, ...view } = band.snapshot();
  return view;
}

/** What a member of `role` sees of the band: the invitation code is for admins only. */
export function bandDetailsFor(view: BandView, role: Role): BandDetails {
  if (role === 'admin') return view;
  const { inviteCode: _hidden, ...visible } = view;
  return visible;
}
