import { ComponentFixture, TestBed } from '@angular/core/testing';

import { LinkPlayer } from './link-player';

const VIDEO = 'dQw4w9WgXcQ';
const TRACK = '4uLU6hMCjMI75M1A2tKUQC';

describe('LinkPlayer', () => {
  let fixture: ComponentFixture<LinkPlayer>;
  let root: HTMLElement;

  async function show(url: string, label = ''): Promise<void> {
    fixture.componentRef.setInput('url', url);
    fixture.componentRef.setInput('label', label);
    await fixture.whenStable();
  }

  beforeEach(() => {
    fixture = TestBed.createComponent(LinkPlayer);
    root = fixture.nativeElement;
  });

  it('loads nothing from YouTube until the play button is tapped, then the privacy-enhanced player', async () => {
    await show(`https://www.youtube.com/watch?v=${VIDEO}&t=1m`, 'Superstition');
    expect(root.querySelector('iframe')).toBeNull();
    // No element that would fetch from the provider: no frame, no image, no script.
    expect(root.querySelectorAll('iframe, img, script, link, video, audio')).toHaveLength(0);
    const button = root.querySelector<HTMLButtonElement>('button.play')!;
    expect(button.textContent?.trim()).toBe('Lire « Superstition » sur YouTube');

    button.click();
    await fixture.whenStable();
    const frame = root.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(`https://www.youtube-nocookie.com/embed/${VIDEO}?start=60&autoplay=1`);
    expect(frame.title).toBe('Lecteur YouTube : Superstition');
    expect(frame.getAttribute('allow')).toContain('autoplay');
    expect(frame.getAttribute('allow')).toContain('encrypted-media');
    expect(frame.getAttribute('allow')).not.toMatch(/camera|microphone|geolocation/);
    expect(frame.hasAttribute('allowfullscreen')).toBe(true);
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(frame.classList).toContain('frame-video');
    expect(document.activeElement).toBe(frame);
    expect(root.querySelector('button.play')).toBeNull();
  });

  it('plays Spotify in its embed player, sized for a track', async () => {
    await show(`https://open.spotify.com/intl-fr/track/${TRACK}?si=abc`);
    expect(root.querySelector('button.play')?.textContent?.trim()).toBe('Lire sur Spotify');
    root.querySelector<HTMLButtonElement>('button.play')!.click();
    await fixture.whenStable();
    const frame = root.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(`https://open.spotify.com/embed/track/${TRACK}`);
    expect(frame.title).toBe('Lecteur Spotify');
    expect(frame.classList).toContain('frame-compact');
  });

  it("also links to the provider's own page, in a new tab that cannot reach back", async () => {
    await show(`https://youtu.be/${VIDEO}`);
    const open = root.querySelector<HTMLAnchorElement>('a.open')!;
    expect(open.href).toBe(`https://youtu.be/${VIDEO}`);
    expect(open.target).toBe('_blank');
    expect(open.rel).toBe('noopener noreferrer');
    expect(open.textContent).toContain('Ouvrir dans YouTube');
    expect(open.querySelector('.visually-hidden')?.textContent).toBe('(nouvel onglet)');
  });

  it('stops the player when the link changes', async () => {
    await show(`https://youtu.be/${VIDEO}`);
    root.querySelector<HTMLButtonElement>('button.play')!.click();
    await fixture.whenStable();
    expect(root.querySelector('iframe')).not.toBeNull();

    await show(`https://open.spotify.com/album/${TRACK}`);
    expect(root.querySelector('iframe')).toBeNull();
    expect(root.querySelector('button.play')?.textContent).toContain('Spotify');
  });

  it('opens any other web link in a new tab, with no player', async () => {
    await show('https://band.example/tabs/superstition');
    expect(root.querySelector('button')).toBeNull();
    const link = root.querySelector<HTMLAnchorElement>('a.external')!;
    expect(link.href).toBe('https://band.example/tabs/superstition');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it.each([
    `https://youtube.com.evil.example/watch?v=${VIDEO}`,
    `https://www.youtube.com@evil.example/embed/${VIDEO}`,
    `https://open.spotify.com.evil.example/track/${TRACK}`,
  ])('treats the lookalike %s as an ordinary link: never framed', async (url) => {
    await show(url);
    expect(root.querySelector('button, iframe')).toBeNull();
    expect(root.querySelector<HTMLAnchorElement>('a.external')?.hostname).toMatch(/(^|\.)evil\.example$/);
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'shows %s as text: no link, no frame',
    async (url) => {
      await show(url);
      expect(root.querySelector('a, button, iframe')).toBeNull();
      expect(root.textContent?.trim()).toBe(url);
    },
  );
});
