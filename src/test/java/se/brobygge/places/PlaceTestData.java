package se.brobygge.places;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestPrincipal;

/** Places and sign-ins for tests of the places module. Names are unique, so tests never collide. */
public final class PlaceTestData {

    private PlaceTestData() {}

    /** A plain JPEG as the JDK writes it. */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Inserts an EXIF (APP1) segment, as cameras and phones write it, right after the JPEG's SOI. */
    public static byte[] withExif(byte[] jpeg) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0});
        tiff.writeBytes("GPS 55.6050N 13.0004E camera serial 12345".getBytes(StandardCharsets.ISO_8859_1));
        byte[] payload = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static PlaceDetails details(String name, String area) {
        return new PlaceDetails(
                name,
                "Språkcafé och läxhjälp.",
                "Storgatan 1",
                area,
                55.605,
                13.0,
                "Måndag–fredag 10–18",
                Set.of(AccessibilityFact.STEP_FREE_ENTRANCE, AccessibilityFact.HEARING_LOOP),
                "kontakt@brohamn.example",
                "040-123 45 67");
    }

    public static void signIn(TestAccounts.Created account, String... roles) {
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new TestPrincipal(account.id(), account.displayName(), account.email()), null, authorities));
    }

    /** Runs as the given account, then restores who was signed in before. */
    public static <T> T as(TestAccounts.Created account, String[] roles, Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn(account, roles);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
