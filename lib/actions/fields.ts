import { z } from 'zod';

/** Form fields every feature's schemas share; messages are catalogue keys. */

/** An id arrives as text from the form; anything but a positive whole number is a tampered form. */
export const idField = z.coerce.number({ error: 'validation.invalidId' }).int({ error: 'validation.invalidId' }).positive({ error: 'validation.invalidId' });
