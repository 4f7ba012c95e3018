import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials } from "./credentials";
import { endSessionsOnSignOut, SESSION_MAX_AGE_SECONDS } from "./session-version";
import { clientAddress } from "./throttle";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, request) {
        const result = await checkCredentials(credentials ?? {}, clientAddress(request?.headers));
        // next-auth hands a thrown message to the form as `error`; the form maps it to Vietnamese.
        if (typeof result === "string") throw new Error(result);
        return result;
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      await endSessionsOnSignOut(token);
    },
  },
  callbacks: {
    // Only sign-in sets `sv`; `update()` from a client changes nothing, so no copied cookie can
    // bring its version up to date.
    jwt({ token, user }) {
      // `sv` ties the token to the account's session version: bumping it signs out every device.
      if (user) Object.assign(token, { uid: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0 });
      return token;
    },
    session({ session, token }) {
      Object.assign(session, { uid: token.uid, sv: token.sv });
      return session;
    },
  },
};
