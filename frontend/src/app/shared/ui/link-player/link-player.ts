import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
} from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

import { focusAfterRender } from '../../../core/forms/focus-after-render';

import { MediaEmbed, MediaProvider, mediaEmbed, webLink } from './media-link';

const PROVIDER_NAMES: Record<MediaProvider, string> = { youtube: 'YouTube', spotify: 'Spotify' };

interface Player extends MediaEmbed {
  readonly name: string;
  /** The link as the user gave it, to open in the provider's site or app. */
  readonly href: string;
  readonly src: SafeResourceUrl;
}

/**
 * A song's link: a YouTube or Spotify link becomes a "play" button that loads the provider's
 * embedded player only when tapped (no request to the provider before that); any other web link
 * opens in a new tab; anything else is shown as text.
 */
@Component({
  selector: 'bt-link-player',
  templateUrl: './link-player.html',
  styleUrl: './link-player.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkPlayer {
  private readonly sanitizer = inject(DomSanitizer);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  readonly url = input.required<string>();
  /** What is played (the song's title), for the button and the player's title. */
  readonly label = input('');

  protected readonly player = computed<Player | null>(() => {
    const embed = mediaEmbed(this.url());
    if (!embed) return null;
    const autoplay = embed.provider === 'youtube' ? `${embed.embedUrl.includes('?') ? '&' : '?'}autoplay=1` : '';
    return {
      ...embed,
      name: PROVIDER_NAMES[embed.provider],
      href: webLink(this.url())!,
      // The only address ever trusted: one mediaEmbed() built from a recognised id.
      src: this.sanitizer.bypassSecurityTrustResourceUrl(embed.embedUrl + autoplay),
    };
  });
  protected readonly href = computed(() => (this.player() ? null : webLink(this.url())));
  /** Another link loads a stopped player again. */
  protected readonly playing = linkedSignal({ source: this.url, computation: () => false });

  /** Loads the player, and moves the focus into it (the button it replaces is gone). */
  protected play(): void {
    this.playing.set(true);
    focusAfterRender(() => this.host, ['iframe'], this.injector);
  }

  protected playLabel(player: Player): string {
    const label = this.label();
    return label
      ? $localize`:@@linkPlayer.playTitled:Lire « ${label}:title: » sur ${player.name}:provider:`
      : $localize`:@@linkPlayer.play:Lire sur ${player.name}:provider:`;
  }

  protected frameTitle(player: Player): string {
    const label = this.label();
    return label
      ? $localize`:@@linkPlayer.frameTitled:Lecteur ${player.name}:provider: : ${label}:title:`
      : $localize`:@@linkPlayer.frame:Lecteur ${player.name}:provider:`;
  }
}
