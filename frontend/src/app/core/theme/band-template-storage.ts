// Plain functions (no Angular, no $localize): main.ts applies the last active band's template
// before anything renders with them, and ActiveBand keeps it up to date afterwards.
import { localStore } from '../browser/local-store';

/** The band templates (BandResponse['template']), restated here so that main.ts stays Angular-free. */
export type BandTemplateName = 'classic' | 'groove' | 'violet' | 'image';

export const BAND_TEMPLATE_STORAGE_KEY = 'bandtrack.bandTemplate';
export const BAND_TEMPLATE_ATTRIBUTE = 'data-band-template';

export function isBandTemplate(value: unknown): value is BandTemplateName {
  return value === 'classic' || value === 'groove' || value === 'violet' || value === 'image';
}

export function readStoredBandTemplate(): BandTemplateName | null {
  const value = localStore.get(BAND_TEMPLATE_STORAGE_KEY);
  return isBandTemplate(value) ? value : null;
}

/**
 * `<html data-band-template>` selects the template's tokens (shared/ui/tokens.css) in both themes;
 * null removes it (signed out, no band: the classic look). Remembered on this device so the next
 * start paints the right colours at once.
 */
export function applyBandTemplate(document: Document, template: BandTemplateName | null): void {
  const root = document.documentElement;
  if (template) {
    root.setAttribute(BAND_TEMPLATE_ATTRIBUTE, template);
    localStore.set(BAND_TEMPLATE_STORAGE_KEY, template);
  } else {
    root.removeAttribute(BAND_TEMPLATE_ATTRIBUTE);
    localStore.remove(BAND_TEMPLATE_STORAGE_KEY);
  }
}
