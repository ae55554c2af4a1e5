/** The blind-index domain of a person (client or representative), shared with ClientsService. */
export const PERSON_ISIKUKOOD_DOMAIN = 'person:isikukood';

/**
 * The blind-index domain of a staff member's linked isikukood: its own, so the staff index and
 * the person index of one human cannot be joined.
 */
export const STAFF_ISIKUKOOD_DOMAIN = 'staff:isikukood';
