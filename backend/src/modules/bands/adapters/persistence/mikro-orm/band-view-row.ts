import type { BandView } from '../../../application/ports/bands.reader.js';
import type { Language, Template } from '../../../domain/band-settings.js';

/** The columns of a band's view, for a `select` or an `update … returning`. */
export const BAND_VIEW_COLUMNS = 'id, name, description, template, logo_url, timezone, language, invite_code';

export interface BandViewRow {
  id: string;
  name: string;
  description: string;
  template: Template;
  logo_url: string | null;
  timezone: string;
  language: Language;
  invite_code: string;
}

export function toBandView(row: BandViewRow): BandView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    template: row.template,
    logoUrl: row.logo_url,
    timezone: row.timezone,
    language: row.language,
    inviteCode: row.invite_code,
  };
}
