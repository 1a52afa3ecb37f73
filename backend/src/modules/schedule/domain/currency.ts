import { InvalidScheduleFieldError } from './schedule.errors.js';

export const DEFAULT_CURRENCY = 'EUR';

/** The ISO 4217 codes the runtime knows (ICU's list): a code outside it is no currency. */
export const CURRENCIES: readonly string[] = Intl.supportedValuesOf('currency');

export function currency(code: string): string {
  if (!CURRENCIES.includes(code)) {
    throw new InvalidScheduleFieldError('currency is an ISO 4217 code in capitals, such as EUR.', 'currency');
  }
  return code;
}
