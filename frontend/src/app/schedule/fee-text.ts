/** A gig's fee (integer cents of its ISO 4217 currency) in the UI's language: « 1 250,50 € », « $1,250.50 ». */
export function feeText(locale: string, feeCents: number, currency: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(feeCents / 100);
}
