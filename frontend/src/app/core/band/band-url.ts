/** `/api/bands/{bandId}/…` (API.md, Bands), each segment encoded. */
export function bandUrl(bandId: string, ...below: string[]): string {
  return ['/api/bands', bandId, ...below]
    .map((segment, i) => (i === 0 ? segment : encodeURIComponent(segment)))
    .join('/');
}
