// next-auth endpoints (sign-in, sign-out, session) for the browser UI.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
