import { CdkListbox, CdkOption, ListboxValueChangeEvent } from '@angular/cdk/listbox';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  forwardRef,
  inject,
  input,
  LOCALE_ID,
  signal,
  viewChild,
} from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';

import { FieldControl } from '../../shared/ui/form-field';
import {
  currentTimeZoneName,
  describeInBackground,
  matchesTimeZone,
  orderedTimeZones,
  rememberedTimeZone,
} from '../time-zones';

/** How many zones the list shows before a search: the rest are one search away. */
const FIRST_SHOWN = 40;

/**
 * The band's time zone, as a form control (`formControlName`) inside a `bt-form-field`: a search
 * field (the field's control: its label names it) over a listbox of the zones (CDK listbox: arrow
 * keys, Home/End, type-ahead, Enter or Space to choose). Zones are named in the UI's language, the
 * band's own first; typing a city or a zone's name ("kyiv", "heure d'Europe") narrows the list.
 * Before a search only the first zones are listed, and the others are described in the background:
 * describing and listing all ~420 at once blocked a phone for seconds.
 */
@Component({
  selector: 'bt-time-zone-picker',
  imports: [CdkListbox, CdkOption, FieldControl],
  templateUrl: './time-zone-picker.html',
  styleUrl: './time-zone-picker.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => TimeZonePicker), multi: true }],
  host: { '(focusout)': 'leave($event)' },
})
export class TimeZonePicker implements ControlValueAccessor {
  private readonly locale = inject(LOCALE_ID);

  /** The band's saved zone: listed first. */
  readonly bandZone = input.required<string>();
  /** The id of the list, for the search field's `aria-controls`. */
  readonly listId = input.required<string>();
  /** The list's accessible name. */
  readonly listLabel = input.required<string>();

  protected readonly value = signal('');
  protected readonly query = signal('');
  protected readonly disabled = signal(false);

  private readonly zones = computed(() => orderedTimeZones(this.locale, this.bandZone()));
  protected readonly shown = computed(() => {
    const query = this.query();
    const zones = query.trim() ? this.zones() : this.zones().slice(0, FIRST_SHOWN);
    const options = zones.map((zone) => rememberedTimeZone(zone, this.locale));
    return query.trim() ? options.filter((option) => matchesTimeZone(option, query)) : options;
  });
  /** How many zones only a search shows. */
  protected readonly unlisted = computed(() => (this.query().trim() ? 0 : this.zones().length - this.shown().length));
  /** The chosen zone, when the search shows it. */
  protected readonly selection = computed(() =>
    this.shown().some((option) => option.value === this.value()) ? [this.value()] : [],
  );
  protected readonly chosen = computed(() => (this.value() ? rememberedTimeZone(this.value(), this.locale) : null));

  private readonly list = viewChild(CdkListbox);

  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => destroyRef.onDestroy(describeInBackground(this.zones(), this.locale)));
  }

  writeValue(value: string | null): void {
    this.value.set(currentTimeZoneName(value ?? ''));
  }

  registerOnChange(onChange: (value: string) => void): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected search(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  /** Arrow down from the search: into the list. */
  protected toList(event: Event): void {
    event.preventDefault();
    this.list()?.focus();
  }

  protected choose(event: ListboxValueChangeEvent<string>): void {
    const zone = event.value[0];
    if (!zone || zone === this.value()) return;
    this.value.set(zone);
    this.onChange(zone);
  }

  /** Touched once the focus leaves the whole picker, not when it moves from the search to the list. */
  protected leave(event: FocusEvent): void {
    const host = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node && host.contains(event.relatedTarget))) this.onTouched();
  }
}
