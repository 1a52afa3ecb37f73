import { isAcceptableText } from '../../../shared/domain/text.js';
import { InvalidBandSettingError } from './bands.errors.js';
import { RENAMED_TIME_ZONES } from './renamed-time-zones.js';

export const TEMPLATES = ['classic', 'groove', 'violet', 'image'] as const;
export type Template = (typeof TEMPLATES)[number];

/** The language a band's shared documents (exports) are written in. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_TIMEZONE = 'Europe/Paris';
export const DEFAULT_LANGUAGE: Language = 'fr';
export const BAND_NAME_MAX_LENGTH = 80;
export const DESCRIPTION_MAX_LENGTH = 2000;
export const LOGO_URL_MAX_LENGTH = 2048;

export interface BandSettings {
  readonly name: string;
  readonly description: string;
  readonly template: Template;
  readonly logoUrl: string | null;
  readonly timezone: string;
  readonly language: Language;
}

/** A change of settings as asked for: each field given is a new value, checked by `settingsChanges`. */
export type BandSettingsChanges = Partial<{
  name: string;
  description: string;
  template: string;
  logoUrl: string | null;
  timezone: string;
  language: string;
}>;

/** Validates and normalises each setting a change names; one refused setting refuses the whole change. */
export function settingsChanges(changes: BandSettingsChanges): Partial<BandSettings> {
  return {
    ...(changes.name === undefined ? {} : { name: bandName(changes.name) }),
    ...(changes.description === undefined ? {} : { description: bandDescription(changes.description) }),
    ...(changes.template === undefined ? {} : { template: template(changes.template) }),
    ...(changes.logoUrl === undefined ? {} : { logoUrl: logoUrl(changes.logoUrl) }),
    ...(changes.timezone === undefined ? {} : { timezone: timezone(changes.timezone) }),
    ...(changes.language === undefined ? {} : { language: language(changes.language) }),
  };
}

export function bandName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!isAcceptableText(raw) || name.length < 1 || [...name].length > BAND_NAME_MAX_LENGTH) {
    throw new InvalidBandSettingError(
      `A band name has 1 to ${BAND_NAME_MAX_LENGTH} characters, on one line, without control characters.`,
      'name',
    );
  }
  return name;
}

export function bandDescription(raw: string): string {
  const description = raw.trim();
  if (!isAcceptableText(raw, 'multi-line') || [...description].length > DESCRIPTION_MAX_LENGTH) {
    throw new InvalidBandSettingError(
      `A description has at most ${DESCRIPTION_MAX_LENGTH} characters, without control characters but tab and new line.`,
      'description',
    );
  }
  return description;
}

export function template(raw: string): Template {
  if (!(TEMPLATES as readonly string[]).includes(raw)) {
    throw new InvalidBandSettingError(`The template is one of ${TEMPLATES.join(', ')}.`, 'template');
  }
  return raw as Template;
}

export function language(raw: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(raw)) {
    throw new InvalidBandSettingError(`The language is one of ${LANGUAGES.join(', ')}.`, 'language');
  }
  return raw as Language;
}

/**
 * An IANA time zone the runtime knows, such as Europe/Paris, under its current name: Intl gives the
 * canonical spelling (`europe/kyiv` → `Europe/Kiev`), the renamed zones then their new name (`Europe/Kyiv`).
 */
export function timezone(raw: string): string {
  try {
    if (!raw.includes('/') && raw !== 'UTC') throw new RangeError(raw);
    const canonical = new Intl.DateTimeFormat('en', { timeZone: raw }).resolvedOptions().timeZone;
    return RENAMED_TIME_ZONES[canonical] ?? canonical;
  } catch {
    throw new InvalidBandSettingError('The time zone is an IANA name such as Europe/Paris.', 'timezone');
  }
}

export function logoUrl(raw: string | null): string | null {
  if (raw === null || raw.trim() === '') return null;
  const value = raw.trim();
  const url = isAcceptableText(value) ? URL.parse(value) : null;
  if (!url || !['https:', 'http:'].includes(url.protocol) || value.length > LOGO_URL_MAX_LENGTH) {
    throw new InvalidBandSettingError('The logo is an https:// (or http://) address.', 'logoUrl');
  }
  return value;
}
