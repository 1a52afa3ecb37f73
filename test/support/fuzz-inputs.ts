/** Hostile input for the fuzz test: fixed cases that broke real apps, plus a seeded random part. */

/** mulberry32: a small seeded generator, so every run sends the same requests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WRONG_TYPES: unknown[] = [null, -1, 1.5, true, [], ['a'], { $ne: '' }];

const ODD_STRINGS: string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\t',
  'two\nlines',
  '\u001b[31mred',
  '\u007f',
  '\u0085',
  '\ud800', // lone high surrogate
  'a\udc00b', // lone low surrogate
  '\uffff',
  '\u{10ffff}', // a noncharacter beyond the first plane
  '\u202egnp.exe', // right-to-left override
  '\u2028',
  '\ufeff',
  'e\u0301',
  '👩‍👩‍👧',
  'فرقة الخميس',
  "'; DROP TABLE users; --",
  '__proto__',
  'x'.repeat(257),
  'é'.repeat(30_000), // 60 kB of UTF-8: just under the body limit
];

/** A random string of 1 to 40 code points, lone surrogates and noncharacters included. */
function randomString(random: () => number): string {
  const length = 1 + Math.floor(random() * 40);
  let text = '';
  for (let i = 0; i < length; i++) {
    const band = random();
    const max = band < 0.5 ? 0x80 : band < 0.7 ? 0x800 : band < 0.9 ? 0x10000 : 0x110000;
    text += String.fromCodePoint(Math.floor(random() * max));
  }
  return text;
}

/** What replaces one field of a valid body. */
export function hostileValues(random: () => number, randomCount = 4): unknown[] {
  return [...WRONG_TYPES, ...ODD_STRINGS, ...Array.from({ length: randomCount }, () => randomString(random))];
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Whole bodies, sent as they are with `Content-Type: application/json`. */
export const HOSTILE_JSON_BODIES: (string | Uint8Array<ArrayBuffer>)[] = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '42',
  '{"__proto__":{"admin":true}}',
  '\ufeff{}',
  '{"a":"\\u0000"}',
  nested(40),
  `{"a":${nested(10_000)}}`,
  `{"a":"${'x'.repeat(70_000)}"}`,
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"a":"<invalid UTF-8>"}
];

/** Bodies whose content type is not JSON (or lies about it). */
export const HOSTILE_CONTENT_TYPES: { contentType: string; body: string }[] = [
  { contentType: 'text/plain', body: 'hello' },
  { contentType: 'application/x-www-form-urlencoded', body: 'a=1&b=2' },
  { contentType: 'multipart/form-data; boundary=x', body: '--x\r\n\r\nvalue\r\n--x--' },
  { contentType: 'application/json; charset=utf-16', body: '{}' },
  { contentType: '', body: '{}' },
];

/** What replaces a path parameter. Each is already URL-encoded as it goes on the wire. */
export function hostileIds(random: () => number): string[] {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return [
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    `${hex(8)}-${hex(4)}-7${hex(3)}-8${hex(3)}-${hex(12)}`, // a well-formed id nobody has
    '%00',
    '%zz', // malformed percent-encoding
    '%ED%A0%80', // an encoded lone surrogate: not valid UTF-8
    '%F0%9F%8E%B8',
    '..',
    '%2e%2e%2f%2e%2e%2f',
    "'%20OR%201=1",
    '-1',
    'x'.repeat(101), // above Fastify's route-parameter limit: 414
    'x'.repeat(20_000), // above Node's header-size limit: 431
  ];
}

/** Session cookies that are not sessions. */
export const HOSTILE_COOKIES = [
  'bt_session=',
  'bt_session=%00',
  'bt_session=not-a-token',
  `bt_session=${'a'.repeat(4000)}`,
  'bt_session=a; bt_session=b',
  'bt_session="quoted"',
];
