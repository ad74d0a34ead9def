import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { setCookie } from "hono/cookie";
import { z } from "zod";
import type { Deps } from "../lib/deps.ts";
import { renderPage } from "../lib/http/render.tsx";
import { SESSION_COOKIE } from "../lib/http/security.ts";
import { verifyPassword } from "../lib/http/sessions.ts";
import { Layout } from "./_layout.tsx";

const LoginForm = z.object({ password: z.string().max(1024), next: z.string().optional() });

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[A-Za-z0-9/_.-]*$/.test(next) ? next : "/";
}

/** `/login`: the optional dashboard password. */
export function loginRoutes(deps: Deps): Hono {
  const app = new Hono();
  const page = (error: string | null, next: string) => (
    <section class="panel login">
      <h1>Sign in</h1>
      <form method="post" action="/login">
        <input type="hidden" name="next" value={next} />
        <label>
          Dashboard password{" "}
          <input type="password" name="password" autocomplete="current-password" autofocus />
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit">Sign in</button>
      </form>
    </section>
  );
  app.get(
    "/login",
    describeRoute({ hide: true }),
    (c) =>
      renderPage(c, Layout, { title: "Sign in", body: page(null, safeNext(c.req.query("next"))) }),
  );
  app.post("/login", describeRoute({ hide: true }), async (c) => {
    const form = LoginForm.safeParse(Object.fromEntries(await c.req.formData()));
    const hash = deps.config.get().auth.dashboardPasswordHash;
    const next = safeNext(form.success ? form.data.next : undefined);
    if (hash === null) return c.redirect(next, 303);
    if (!form.success || !verifyPassword(form.data.password, hash)) {
      return renderPage(c, Layout, {
        title: "Sign in",
        status: 401,
        body: page("That password is not right.", next),
      });
    }
    setCookie(c, SESSION_COOKIE, deps.sessions.create(), {
      httpOnly: true,
      sameSite: "Strict",
      path: "/",
    });
    return c.redirect(next, 303);
  });
  return app;
}
