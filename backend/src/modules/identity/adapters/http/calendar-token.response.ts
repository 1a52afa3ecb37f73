import { ApiProperty } from '@nestjs/swagger';

/** Where a user's calendar feed is, with its secret in the path (GET /api/calendar/{token}.ics). */
export class CalendarTokenResponse {
  @ApiProperty({
    format: 'uri',
    example: 'https://band.example.org/api/calendar/3q2-7wEjYxk1c7zv9yqZ0Pp5oH4bFfJm1y1n8D3S0aA.ics',
    description: 'The feed, absolute from PUBLIC_ORIGIN: to paste into a calendar app’s “subscribe by URL”.',
  })
  url: string;

  @ApiProperty({
    example: 'webcal://band.example.org/api/calendar/3q2-7wEjYxk1c7zv9yqZ0Pp5oH4bFfJm1y1n8D3S0aA.ics',
    description: 'The same feed as a webcal:// link: one tap subscribes on phones (iOS, most Android calendars).',
  })
  webcalUrl: string;

  static of(publicOrigin: string, token: string): CalendarTokenResponse {
    const url = new URL(`/api/calendar/${token}.ics`, publicOrigin).href;
    return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
  }
}
