/** The gig the schedule's browser tests plan: across midnight, on the day clocks are on summer time. */
export const MIDSUMMER_GIG = {
  title: 'Fête de la musique',
  startsAt: '2027-06-21T20:00:00+02:00',
  endsAt: '2027-06-22T01:30:00+02:00',
  location: 'Le Petit Bain',
} as const;
