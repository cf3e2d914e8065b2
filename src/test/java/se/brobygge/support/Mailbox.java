package se.brobygge.support;

import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads what the test SMTP server received for one recipient. */
public final class Mailbox {

    private Mailbox() {}

    public static List<MimeMessage> messagesFor(GreenMail server, String recipient) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> isFor(m, recipient))
                .toList();
    }

    public static MimeMessage awaitOne(GreenMail server, String recipient) {
        return awaitCount(server, recipient, 1).getLast();
    }

    public static List<MimeMessage> awaitCount(GreenMail server, String recipient, int count) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> messagesFor(server, recipient).size() >= count);
        return messagesFor(server, recipient);
    }

    /** The plain-text part of a multipart/alternative mail. */
    public static String text(MimeMessage message) {
        try {
            return part(message, "text/plain");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String html(MimeMessage message) {
        try {
            return part(message, "text/html");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link to Brobygge with a token, e.g. {@code /verify-email?token=...}. */
    public static String token(MimeMessage message, String path) {
        Matcher matcher = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)")
                .matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No " + path + " link in mail:\n" + text(message));
        }
        return matcher.group(1);
    }

    /**
     * The text of the QR code a mail shows inline under {@code contentId}, read back from the PNG
     * as a phone camera would; fails when the mail has no such image.
     */
    public static String inlineQrCode(MimeMessage message, String contentId) {
        try {
            BodyPart image = inline((MimeMultipart) message.getContent(), "<" + contentId + ">");
            if (image == null) {
                throw new AssertionError("No inline image " + contentId + " in mail");
            }
            assertImage(image.isMimeType("image/png"));
            BufferedImage png = ImageIO.read(image.getInputStream());
            int[] pixels = png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth());
            var bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(png.getWidth(), png.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap).getText();
        } catch (Exception e) {
            throw new AssertionError("Could not read the QR code of the mail", e);
        }
    }

    private static void assertImage(boolean png) {
        if (!png) {
            throw new AssertionError("The inline image is not a PNG");
        }
    }

    private static BodyPart inline(MimeMultipart multipart, String contentId) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                var found = inline(nested, contentId);
                if (found != null) {
                    return found;
                }
            } else if (part instanceof MimeBodyPart mime && contentId.equals(mime.getContentID())) {
                return part;
            }
        }
        return null;
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Object content = message.getContent();
        if (content instanceof MimeMultipart multipart) {
            String found = find(multipart, type);
            if (found != null) {
                return found;
            }
        }
        return GreenMailUtil.getBody(message);
    }

    private static String find(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        return null;
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
