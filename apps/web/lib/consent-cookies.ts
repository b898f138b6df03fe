/** The shopper's analytics choice (`yes` / `no`; none yet shows the banner) and their session id. */
export const CONSENT_COOKIE = 'vc_consent';
export const SESSION_ID_COOKIE = 'vc_sid';
