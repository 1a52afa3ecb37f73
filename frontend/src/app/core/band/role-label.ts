import { BandRole } from '../api/api-types';

/** A role's name, for lists and badges (Réglages, members, my bands). */
export function roleLabel(role: BandRole): string {
  switch (role) {
    case 'admin':
      return $localize`:@@bands.role.admin:Administrateur`;
    case 'manager':
      return $localize`:@@bands.role.manager:Gestionnaire`;
    default:
      return $localize`:@@bands.role.member:Membre`;
  }
}
