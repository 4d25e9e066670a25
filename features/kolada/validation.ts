import { z } from 'zod';

/** The button sends nothing: which municipality and KPIs follow from the signed-in administrator. */
export const koladaFetchSchema = z.object({});
