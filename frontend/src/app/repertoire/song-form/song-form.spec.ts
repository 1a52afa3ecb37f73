import { ComponentFixture, TestBed } from '@angular/core/testing';

import { textOf, typeInto } from '../../../testing/fixtures';
import { AddSongRequest } from '../../core/api/api-types';
import { SongForm } from './song-form';

describe('SongForm', () => {
  let fixture: ComponentFixture<SongForm>;
  let root: HTMLElement;

  async function open(kind: 'suggestion' | 'song'): Promise<void> {
    fixture = TestBed.createComponent(SongForm);
    fixture.componentRef.setInput('kind', kind);
    root = fixture.nativeElement;
    await fixture.whenStable();
  }

  const submit = async () => {
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await fixture.whenStable();
  };

  it('labels each field, marks the optional ones, and ties its hint to the control', async () => {
    await open('suggestion');
    const names = [...root.querySelectorAll<HTMLInputElement>('input, textarea')].map((control) => control.name);
    expect(names).toEqual(['title', 'artist', 'versionOf', 'links', 'comment']);
    expect(textOf(root, 'label[for=suggestion-title]')).toBe('Titre');
    expect(root.querySelector('#suggestion-title')!.getAttribute('aria-required')).toBe('true');
    expect(textOf(root, 'label[for=suggestion-artist]')).toBe('Artiste (facultatif)');
    expect(root.querySelector('#suggestion-artist')!.hasAttribute('aria-required')).toBe(false);
    expect(root.querySelector('#suggestion-artist')!.getAttribute('maxlength')).toBe('200');
    const links = root.querySelector<HTMLTextAreaElement>('#suggestion-links')!;
    expect(links.tagName).toBe('TEXTAREA');
    expect(links.getAttribute('aria-describedby')).toBe('suggestion-links-hint');
    expect(root.querySelector('#suggestion-links-hint')!.textContent!.trim()).toBe(
      'YouTube, Spotify ou une autre page\u202f: un lien par ligne, 5 au plus.',
    );

    await open('song');
    const songNames = [...root.querySelectorAll<HTMLInputElement>('input, textarea')].map((control) => control.name);
    expect(songNames).toEqual(['title', 'artist', 'versionOf', 'links', 'key', 'bpm', 'durationSec']);
    expect(root.querySelector('#song-bpm')!.getAttribute('inputmode')).toBe('numeric');
    expect(root.querySelector('#song-durationSec')!.getAttribute('aria-describedby')).toBe('song-durationSec-hint');
  });

  it('asks for a title and refuses links that are not web addresses, before the server', async () => {
    await open('suggestion');
    const saved = jest.fn();
    fixture.componentInstance.saveSuggestion.subscribe(saved);
    typeInto(root, 'textarea[name=links]', 'javascript:alert(1)');
    await submit();
    expect(textOf(root, '#suggestion-title-error')).toBe('Donnez le titre du morceau.');
    expect(textOf(root, '#suggestion-links-error')).toContain('https://');
    expect(saved).not.toHaveBeenCalled();

    typeInto(root, 'input[name=title]', 'Africa');
    typeInto(root, 'textarea[name=links]', ['https://a.example', 'https://b.example', 'x', 'y', 'z', 'w'].join('\n'));
    await submit();
    expect(textOf(root, '#suggestion-links-error')).toBe('5 liens au plus.');
  });

  it('for a song, reads the tempo and the duration (4:05 is 245 seconds), and has no comment', async () => {
    await open('song');
    const saved = jest.fn<void, [AddSongRequest]>();
    fixture.componentInstance.saveSong.subscribe(saved);
    expect(root.querySelector('textarea[name=comment]')).toBeNull();
    typeInto(root, 'input[name=title]', 'Superstition');
    typeInto(root, 'input[name=bpm]', '500');
    typeInto(root, 'input[name=durationSec]', '4:75');
    await submit();
    expect(textOf(root, '#song-bpm-error')).toContain('entre 20 et 400');
    expect(textOf(root, '#song-durationSec-error')).toContain('4:05');

    typeInto(root, 'input[name=bpm]', '100');
    typeInto(root, 'input[name=durationSec]', '4:05');
    typeInto(root, 'input[name=key]', 'Mi bémol mineur');
    await submit();
    expect(saved).toHaveBeenCalledWith({
      title: 'Superstition',
      artist: null,
      versionOf: null,
      links: [],
      key: 'Mi bémol mineur',
      bpm: 100,
      durationSec: 245,
    });
  });
});
