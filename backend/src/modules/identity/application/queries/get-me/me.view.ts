import type { MemberBandsView } from '../../ports/member-bands.reader.js';
import type { UserProfileView } from '../../ports/user-profile.reader.js';

export type MeView = UserProfileView & MemberBandsView;
