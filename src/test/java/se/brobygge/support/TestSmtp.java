package se.brobygge.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * The SMTP server of the test run: a real GreenMail server on a port fixed for this JVM, which
 * tests start and stop (to simulate an outage).
 */
public final class TestSmtp {

    private static final int PORT = freePort();
    private static GreenMail server;

    private TestSmtp() {}

    public static int port() {
        return PORT;
    }

    public static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
