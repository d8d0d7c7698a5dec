// A real, certified OpenID Connect provider (panva's oidc-provider) for the SSO tests, on 127.0.0.1 only.
//
// Usage: node tests/sso/oidc_provider.mjs CONFIG_JSON
//   CONFIG_JSON = {"client_id": "...", "client_secret": "...", "redirect_uris": ["http://..."],
//                  "accounts": {"login": {"email": "...", "name": "...", ...claims}}}
// Listens on a free port and prints one line of JSON once it is ready: {"issuer": "http://127.0.0.1:PORT"}.
// Log-in and consent are oidc-provider's development interactions: any listed login, any password;
// "[ Cancel ]" on its pages answers the client with access_denied.
import http from 'node:http';

import Provider from 'oidc-provider';

const config = JSON.parse(process.argv[2]);

const server = http.createServer();
await new Promise((resolve) => { server.listen(0, '127.0.0.1', resolve); });
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: config.client_id,
    client_secret: config.client_secret,
    redirect_uris: config.redirect_uris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name'],
  },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['sso-tests-only-not-secret'] },
  async findAccount(ctx, sub) {
    const account = config.accounts[sub];
    if (!account) return undefined;
    return {
      accountId: sub,
      async claims() { return { sub, email_verified: true, ...account }; },
    };
  },
});
// The tests drive it hard and fast; its development-only warnings are expected.
provider.on('server_error', (ctx, error) => { console.error('server_error', error); });

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { server.close(); process.exit(0); });
}
