// The OAuth2 authorization server of the mail sign-in tests: oauth2-mock-server (axa-group) on loopback,
// with the rules a real provider keeps and the mock leaves out, added through the server's own events:
//
// - an authorization code is issued once, to the user named by `login_hint` (else --user), and redeemed once;
// - a refresh token is one the server issued and nobody revoked (RFC 7009 at /revoke, JSON body);
// - every token names its user in `email` and `preferred_username` (what Dovecot and the SMTP server check)
//   and has its own `jti`;
// - answers can be scripted, one per request, at /_control/script: token errors (invalid_grant with an
//   AADSTS code...) and authorization errors (consent_required...);
// - /_control/state says how many tokens were issued per grant type.
//
// The discovery document is also served under /tenant/ (msal's oidc_authority wants a path segment).
// Usage: node server.mjs [--port 0] [--cert cert.pem --key key.pem] [--user address] [--ttl seconds]
// Prints one JSON line {"port": ..., "issuer": ...} once listening; stops on SIGTERM.

import { randomUUID } from "node:crypto";
import { OAuth2Server } from "oauth2-mock-server";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, value, i, all) => (i % 2 === 0 ? [...pairs, [value.replace(/^--/, ""), all[i + 1]]] : pairs), []),
);
const defaultUser = args.user ?? "vendeur@relance.test";
const ttl = Number(args.ttl ?? 3600);

const server = new OAuth2Server(args.key, args.cert, {
  endpoints: { wellKnownDocument: "/tenant/.well-known/openid-configuration" },
});
await server.issuer.keys.generate("RS256", { kid: "relance-test-key" });

const codes = new Map(); // code -> user (issued, not redeemed yet)
const refreshTokens = new Map(); // refresh token -> user
const revoked = new Set();
const script = { token: [], authorize: [] };
const issued = {};

function userOf(body) {
  if (body.grant_type === "authorization_code") return codes.get(body.code);
  if (body.grant_type === "refresh_token") return refreshTokens.get(body.refresh_token);
  return undefined;
}

const service = server.service;
service.on("beforeAuthorizeRedirect", (redirect, req) => {
  const failure = script.authorize.shift();
  if (failure) {
    redirect.url.searchParams.delete("code");
    for (const [key, value] of Object.entries(failure)) redirect.url.searchParams.set(key, value);
    return;
  }
  const code = redirect.url.searchParams.get("code");
  if (code) codes.set(code, req.query.login_hint || defaultUser);
});

service.on("beforeTokenSigning", (token, req) => {
  const user = userOf(req.body) ?? defaultUser;
  token.payload.email = user;
  token.payload.preferred_username = user;
  token.payload.exp = token.payload.iat + ttl;
  token.payload.jti = randomUUID(); // two tokens of the same second differ, as a provider's do
});

service.on("beforeResponse", (response, req) => {
  const body = req.body;
  const failure = script.token.shift();
  if (failure) {
    response.statusCode = failure.status ?? 400;
    response.body = { error: failure.error, error_description: failure.error_description, error_codes: failure.error_codes };
    return;
  }
  const user = userOf(body);
  if (body.grant_type === "refresh_token" && (user === undefined || revoked.has(body.refresh_token))) {
    response.statusCode = 400;
    response.body = { error: "invalid_grant", error_description: "The refresh token is unknown, expired or revoked." };
    return;
  }
  if (body.grant_type === "authorization_code") {
    if (user === undefined) {
      response.statusCode = 400;
      response.body = { error: "invalid_grant", error_description: "The authorization code is unknown or was already used." };
      return;
    }
    codes.delete(body.code);
  }
  response.body.expires_in = ttl;
  if (response.body.refresh_token) refreshTokens.set(response.body.refresh_token, user ?? defaultUser);
  issued[body.grant_type] = (issued[body.grant_type] ?? 0) + 1;
});

service.on("beforeRevoke", (_response, req) => {
  if (req.body && typeof req.body.token === "string") revoked.add(req.body.token);
});

// Control routes of the tests, on the server's own express application.
const app = service.requestHandler;
app.post("/_control/script", (req, res) => {
  script.token.push(...(req.body.token ?? []));
  script.authorize.push(...(req.body.authorize ?? []));
  res.json({ ok: true });
});
app.get("/_control/state", (_req, res) => {
  res.json({ issued, revoked: revoked.size, refresh_tokens: refreshTokens.size });
});
app.post("/_control/reset", (_req, res) => {
  script.token.length = 0;
  script.authorize.length = 0;
  for (const key of Object.keys(issued)) delete issued[key];
  res.json({ ok: true });
});
// express matches in order: the control routes go before the catch-all 404 and the error handler.
const stack = app.router.stack;
const controls = stack.splice(stack.length - 3, 3);
stack.splice(stack.length - 2, 0, ...controls);

await server.start(Number(args.port ?? 0), "127.0.0.1");
server.issuer.url = `${args.cert ? "https" : "http"}://127.0.0.1:${server.address().port}`;
process.stdout.write(JSON.stringify({ port: server.address().port, issuer: server.issuer.url }) + "\n");
process.on("SIGTERM", async () => {
  await server.stop();
  process.exit(0);
});
