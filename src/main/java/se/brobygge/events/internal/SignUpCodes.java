package se.brobygge.events.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Short registration codes people can read out or type: no 0/O or 1/I/L to mix up. */
@Component
public class SignUpCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public String next() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
