import { z } from 'zod';

/** Shared by the sign-in form (messages next to the fields) and the server's credential check. */
export const signInSchema = z.object({
  email: z
    .string({ error: 'signIn.errors.emailRequired' })
    .trim()
    .min(1, { error: 'signIn.errors.emailRequired' })
    .max(254, { error: 'signIn.errors.emailInvalid' })
    .pipe(z.email({ error: 'signIn.errors.emailInvalid' })),
  password: z.string({ error: 'signIn.errors.passwordRequired' }).min(1, { error: 'signIn.errors.passwordRequired' }).max(1024, { error: 'signIn.errors.passwordRequired' }),
});

export type SignInInput = z.infer<typeof signInSchema>;
