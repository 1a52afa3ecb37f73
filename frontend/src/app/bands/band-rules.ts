/** The server's band rules (API.md, bands), mirrored for immediate feedback. */
export const BAND_NAME_MAX = 80;
export const DESCRIPTION_MAX = 2000;
export const LOGO_URL_MAX = 2048;
export const DEFAULT_TIMEZONE = 'Europe/Paris';
/** https:// or http://, something after it. */
export const LOGO_URL_PATTERN = /^https?:\/\/\S+$/i;
