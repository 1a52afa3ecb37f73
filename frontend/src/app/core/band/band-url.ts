/** `/api/bands/{bandId}/…` (API.md, Bands), each segment encoded. */
export function bandUrl(bandId: string, ...below: string[]): string {
  return ['/api/bands', ...[bandId, ...below].map(encodeURIComponent)].join('/');
}
