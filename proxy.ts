import { withAuth } from "next-auth/middleware";

// A first gate for the workspace: people without a session go to Đăng nhập. Every workspace page
// still checks the session itself (getActor), which also refuses deactivated accounts.
export default withAuth({ pages: { signIn: "/dang-nhap" } });

export const config = { matcher: ["/quan-ly", "/quan-ly/:path*"] };
