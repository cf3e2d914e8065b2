package se.brobygge.support;

import no.nav.security.mock.oauth2.MockOAuth2Server;

/** A real OpenID Connect provider (mock-oauth2-server) for login tests, started once per JVM. */
public final class TestOidcProvider {

    public static final String ISSUER_ID = "municipality";
    private static MockOAuth2Server server;

    private TestOidcProvider() {}

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "oidc-provider-stop"));
        }
        return server;
    }

    public static String issuer() {
        return server().issuerUrl(ISSUER_ID).toString();
    }
}
