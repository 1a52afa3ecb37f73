import { TestBed } from '@angular/core/testing';

import { ExportLinks } from './export-links';

describe('ExportLinks', () => {
  it('links each export of the address, to download, under one named group', async () => {
    const fixture = TestBed.createComponent(ExportLinks);
    fixture.componentRef.setInput('url', '/api/gigs/g1/setlist/export');
    fixture.componentRef.setInput('labelId', 'setlist-export-title');
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a')];
    expect(
      links.map((link) => [link.textContent?.trim(), link.getAttribute('href'), link.hasAttribute('download')]),
    ).toEqual([
      ['PDF liste', '/api/gigs/g1/setlist/export?format=pdf&layout=list', true],
      ['PDF scène', '/api/gigs/g1/setlist/export?format=pdf&layout=stage', true],
      ['CSV', '/api/gigs/g1/setlist/export?format=csv', true],
    ]);
    const group = root.querySelector('[role="group"]')!;
    expect(root.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent).toBe('Exporter');
  });
});
