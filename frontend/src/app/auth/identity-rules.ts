/** The server's identity rules (API.md), mirrored for immediate feedback. */
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
export const USERNAME_PATTERN = /^[a-z0-9._-]+$/;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** The backend's UpdateMeRequest / InvalidDisplayNameError: 1 to 64 characters. */
export const DISPLAY_NAME_MAX = 64;
