import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';

/**
 * A label followed by a colon as the language writes it: French puts a narrow no-break space
 * before it ("Nom d'utilisateur :"), English none ("Username:").
 */
export function labelColon(label: string, locale: string): string {
  return locale.toLowerCase().startsWith('fr') ? `${label}\u202f:` : `${label}:`;
}

/** `{{ label | btLabelColon }}` in the UI's language (LOCALE_ID). */
@Pipe({ name: 'btLabelColon' })
export class LabelColon implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(label: string): string {
    return labelColon(label, this.locale);
  }
}
