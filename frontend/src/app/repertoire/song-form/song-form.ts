import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

import { AddSongRequest, ProposeSuggestionRequest, Song, Suggestion } from '../../core/api/api-types';
import { applyServerFieldErrors } from '../../core/api/form-errors';
import { focusAfterRender } from '../../core/forms/focus-after-render';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { RepertoireFailure } from '../repertoire-action';
import {
  ARTIST_MAX,
  BPM_MAX,
  BPM_MIN,
  COMMENT_MAX,
  durationValidator,
  formatDuration,
  KEY_MAX,
  linksValidator,
  MAX_LINKS,
  parseDuration,
  parseLinks,
  TITLE_MAX,
} from '../song-rules';

type Field = 'title' | 'artist' | 'versionOf' | 'links' | 'comment' | 'key' | 'bpm' | 'durationSec';

/** How one field of the form shows: a one-line input, or a textarea of `rows` lines. */
interface FieldShape {
  readonly name: Field;
  readonly label: string;
  /** Required: no "(facultatif)", and `aria-required`. */
  readonly required?: true;
  readonly hint?: string;
  readonly max?: number;
  readonly rows?: number;
  readonly inputmode?: 'numeric' | 'url';
}

/**
 * A song's fields, for a suggestion (`kind` suggestion: with why it is proposed; `suggestion`
 * given: editing it) or a song of the repertoire (`kind` song: with key, tempo and duration; `song`
 * given: editing it, else adding one). Checked here first, then by the server, whose field errors (`failure`) show under
 * their fields. Ids and test ids start with the kind (`suggestion-title`, `save-song`).
 */
@Component({
  selector: 'bt-song-form',
  imports: [ReactiveFormsModule, FORM_FIELD],
  templateUrl: './song-form.html',
  styleUrl: './song-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SongForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly kind = input<'suggestion' | 'song'>('suggestion');
  /** The suggestion edited; none: a new one. */
  readonly suggestion = input<Suggestion | null>(null);
  /** The song edited; none: a new one. */
  readonly song = input<Song | null>(null);
  readonly pending = input(false);
  /** The last refusal of the server, shown on the form. */
  readonly failure = input<RepertoireFailure | null>(null);
  readonly saveSuggestion = output<ProposeSuggestionRequest>();
  readonly saveSong = output<AddSongRequest>();
  readonly cancel = output<void>();

  private readonly sharedFields: readonly FieldShape[] = [
    { name: 'title', label: $localize`:@@suggestionForm.title:Titre`, required: true, max: TITLE_MAX },
    { name: 'artist', label: $localize`:@@suggestionForm.artist:Artiste`, max: ARTIST_MAX },
    { name: 'versionOf', label: $localize`:@@suggestionForm.versionOf:Reprise de`, max: ARTIST_MAX },
    {
      name: 'links',
      label: $localize`:@@suggestionForm.links:Liens`,
      hint: $localize`:@@suggestionForm.linksHint:YouTube, Spotify ou une autre page : un lien par ligne, ${MAX_LINKS}:max: au plus.`,
      rows: 2,
      inputmode: 'url',
    },
  ];
  private readonly suggestionFields: readonly FieldShape[] = [
    { name: 'comment', label: $localize`:@@suggestionForm.comment:Pourquoi ce morceau ?`, max: COMMENT_MAX, rows: 3 },
  ];
  private readonly repertoireFields: readonly FieldShape[] = [
    { name: 'key', label: $localize`:@@songForm.key:Tonalité`, max: KEY_MAX },
    { name: 'bpm', label: $localize`:@@songForm.bpm:Tempo (BPM)`, inputmode: 'numeric' },
    {
      name: 'durationSec',
      label: $localize`:@@songForm.duration:Durée`,
      hint: $localize`:@@songForm.durationHint:En minutes et secondes, par exemple 4:05.`,
      inputmode: 'numeric',
    },
  ];

  protected readonly formError = signal<string | null>(null);
  protected readonly isSong = computed(() => this.kind() === 'song');
  protected readonly editing = computed(() => (this.isSong() ? this.song() : this.suggestion()) !== null);
  /** The fields shown, in order: the song's, then the suggestion's or the repertoire's own. */
  protected readonly fields = computed(() => [
    ...this.sharedFields,
    ...(this.isSong() ? this.repertoireFields : this.suggestionFields),
  ]);
  /** Bumped when errors are (re)applied to controls, which are not signals. */
  private readonly errorsShown = signal(0);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(TITLE_MAX), Validators.pattern(/\S/)]],
    artist: ['', [Validators.maxLength(ARTIST_MAX)]],
    versionOf: ['', [Validators.maxLength(ARTIST_MAX)]],
    links: ['', [linksValidator]],
    comment: ['', [Validators.maxLength(COMMENT_MAX)]],
    key: ['', [Validators.maxLength(KEY_MAX)]],
    bpm: ['', [Validators.pattern(/^\s*\d*\s*$/), Validators.min(BPM_MIN), Validators.max(BPM_MAX)]],
    durationSec: ['', [durationValidator]],
  });

  constructor() {
    effect(() => {
      const suggestion = this.suggestion();
      const song = this.song();
      const edited = suggestion ?? song;
      untracked(() =>
        this.form.reset({
          title: edited?.title ?? '',
          artist: edited?.artist ?? '',
          versionOf: edited?.versionOf ?? '',
          links: edited?.links.join('\n') ?? '',
          comment: suggestion?.comment ?? '',
          key: song?.key ?? '',
          bpm: song?.bpm?.toString() ?? '',
          durationSec: song?.durationSec == null ? '' : formatDuration(song.durationSec),
        }),
      );
    });
    effect(() => {
      const failure = this.failure();
      untracked(() => {
        if (!failure) return this.formError.set(null);
        const unmatched = applyServerFieldErrors(this.form, failure.fieldErrors);
        this.formError.set(failure.message ?? (unmatched.map((error) => error.message).join(' ') || null));
        this.errorsShown.update((n) => n + 1);
        this.focusFirstInvalid();
      });
    });
    focusAfterRender(() => this.host.nativeElement, ['input[name=title]'], this.injector);
  }

  protected submit(): void {
    this.formError.set(null);
    if (this.fields().some((field) => this.form.controls[field.name].invalid)) {
      this.form.markAllAsTouched();
      this.errorsShown.update((n) => n + 1);
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    const text = (field: string) => field.trim() || null;
    const shared = {
      title: value.title.trim(),
      artist: text(value.artist),
      versionOf: text(value.versionOf),
      links: parseLinks(value.links),
    };
    if (this.isSong()) {
      const bpm = value.bpm.trim();
      this.saveSong.emit({
        ...shared,
        key: text(value.key),
        bpm: bpm ? Number(bpm) : null,
        durationSec: parseDuration(value.durationSec),
      });
    } else {
      this.saveSuggestion.emit({ ...shared, comment: text(value.comment) });
    }
  }

  protected errorFor(name: Field): string | null {
    this.errorsShown();
    const control = this.form.controls[name];
    if (!control.invalid) return null;
    const errors = control.errors ?? {};
    if (typeof errors['server'] === 'string') return errors['server'];
    if (name === 'title' && (errors['required'] || errors['pattern'])) {
      return $localize`:@@suggestionForm.titleRequired:Donnez le titre du morceau.`;
    }
    if (errors['tooManyLinks']) return $localize`:@@suggestionForm.tooManyLinks:${MAX_LINKS}:max: liens au plus.`;
    if (errors['badLink']) {
      return $localize`:@@suggestionForm.badLink:Un lien est une adresse qui commence par https://, un par ligne.`;
    }
    if (errors['pattern'] || errors['min'] || errors['max']) {
      return $localize`:@@songForm.bpmRule:Un tempo entre ${BPM_MIN}:min: et ${BPM_MAX}:max: battements par minute.`;
    }
    if (errors['duration']) return $localize`:@@songForm.durationRule:Une durée comme 4:05 (deux heures au plus).`;
    if (errors['maxlength']) {
      const max = errors['maxlength'].requiredLength as number;
      return $localize`:@@suggestionForm.tooLong:${max}:max: caractères au plus.`;
    }
    return null;
  }

  protected idOf(name: Field): string {
    return `${this.kind()}-${name}`;
  }

  private focusFirstInvalid(): void {
    focusAfterRender(
      () => this.host.nativeElement,
      ['[aria-invalid=true]', '[data-testid=song-form-error]'],
      this.injector,
    );
  }
}
